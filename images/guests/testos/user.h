/* The user programs (user.c, user_asm.S): linked into the image's user
 * section and run at USER_TEXT_VA + their offset in it. */
#ifndef TESTOS_USER_H
#define TESTOS_USER_H

#define SYS_write        64
#define SYS_exit         93
#define SYS_sched_yield  124
#define SYS_getpid       172

#define E_FAULT          14
#define E_NOSYS          38

#define USER_TEXT_VA     0x00400000UL
#define USER_SHARED_VA   0x10000000UL
#define USER_DATA_VA     0x10001000UL
#define USER_STACK_TOP   0x20000000UL
#define USER_STACK_PAGES 2

#ifndef __ASSEMBLER__
void uprog_hello(long rounds, long a1, long a2, long a3);
void uprog_errors(long kernel_addr, long a1, long a2, long a3);
void uprog_priv(long a0, long a1, long a2, long a3);
void uprog_kread(long kernel_addr, long a1, long a2, long a3);
void uprog_spin(long idx, long nproc, long rounds, long shared);
/* user_asm.S: fill the registers with a pattern, spin, check them: 0 = intact */
long user_regcheck(long seed, long spins);
#endif
#endif
