/*
 * Per-CPU state and the trap frame, shared by start.S (the CPU_* and FR_*
 * offsets) and C.  In S-mode tp always points at the current CPU's struct
 * cpu and sscratch is 0; while a user process runs, sscratch holds the
 * struct cpu and tp is the process's.
 */
#ifndef GUEST_CPU_H
#define GUEST_CPU_H

#define MAX_CPUS        8
#define KSTACK_SIZE     16384           /* per CPU: the kernel stack */
#define TSTACK_SIZE     8192            /* per CPU: traps from user mode */

/* struct frame: x0..x31 (x0's slot unused), then the trap CSRs. */
#define FR_SEPC         256
#define FR_SSTATUS      264
#define FR_SCAUSE       272
#define FR_STVAL        280
#define FRAME_SIZE      288

/* The first fields of struct cpu. */
#define CPU_SCRATCH     0
#define CPU_CURFRAME    8
#define CPU_TSTACK      16
#define CPU_RECOVER     24
#define CPU_TRAP_CAUSE  32
#define CPU_TRAP_TVAL   40
#define CPU_TRAP_EPC    48
#define CPU_KSTACK      56

#ifndef __ASSEMBLER__
#include "riscv.h"

struct frame {
    unsigned long regs[32];
    unsigned long sepc, sstatus, scause, stval;
};
_Static_assert(sizeof(struct frame) == FRAME_SIZE, "frame layout");

/* A callee-saved context for ctx_save/ctx_restore (setjmp/longjmp). */
struct ctx {
    unsigned long ra, sp, s[12];
};

struct proc;

struct cpu {
    /* --- used by start.S, keep in sync with CPU_* --- */
    unsigned long scratch;
    struct frame *curframe;          /* the user frame being run */
    unsigned long tstack_top;        /* sp for traps from user mode */
    unsigned long recover_pc;        /* != 0: resume here after an exception */
    unsigned long trap_cause, trap_tval, trap_epc;  /* the recovered exception */
    unsigned long kstack_top;
    /* --- C only --- */
    int index;                       /* logical CPU: 0 = the boot CPU */
    unsigned long hartid;
    volatile int online;

    /* mailbox: commands from the boot CPU */
    volatile unsigned long cmd_seq, done_seq;
    volatile int cmd;
    volatile unsigned long cmd_arg, cmd_arg2;
    volatile long cmd_result;

    /* IPIs */
    volatile unsigned long ipi_recv;
    volatile unsigned long ping_req, ping_ack;

    /* timer */
    volatile int timer_mode;
    volatile uint64_t deadline;
    volatile unsigned long t_fired, t_early, t_spurious;
    volatile uint64_t t_late_max, t_late_sum, t_late_min;

    /* HSM: what the CPU saw when it (re)started */
    volatile unsigned long starts;
    volatile unsigned long entry_a0, entry_a1, entry_sstatus, entry_satp;

    /* scheduler */
    struct ctx sched_ctx;
    struct proc *runq[16];
    int nrun, cur;
    uint64_t slice;                  /* preemption period, 0 = off */
    unsigned long preemptions, switches;

} __attribute__((aligned(64)));

_Static_assert(__builtin_offsetof(struct cpu, curframe) == CPU_CURFRAME, "cpu");
_Static_assert(__builtin_offsetof(struct cpu, tstack_top) == CPU_TSTACK, "cpu");
_Static_assert(__builtin_offsetof(struct cpu, recover_pc) == CPU_RECOVER, "cpu");
_Static_assert(__builtin_offsetof(struct cpu, trap_cause) == CPU_TRAP_CAUSE, "cpu");
_Static_assert(__builtin_offsetof(struct cpu, trap_tval) == CPU_TRAP_TVAL, "cpu");
_Static_assert(__builtin_offsetof(struct cpu, trap_epc) == CPU_TRAP_EPC, "cpu");
_Static_assert(__builtin_offsetof(struct cpu, kstack_top) == CPU_KSTACK, "cpu");

#define TM_OFF      0
#define TM_TEST     1
#define TM_PREEMPT  2

extern struct cpu cpus[MAX_CPUS];

static inline struct cpu *this_cpu(void)
{
    struct cpu *c;
    __asm__("mv %0, tp" : "=r"(c));
    return c;
}

/* start.S */
int ctx_save(struct ctx *c) __attribute__((returns_twice));
void ctx_restore(struct ctx *c, int val) __attribute__((noreturn));
void user_return(struct frame *f) __attribute__((noreturn));
void secondary_entry(void);
extern void trap_vector(void);

/* probe.S: each returns 0, or 1 when the access trapped (the trap in
 * this_cpu()->trap_cause/trap_tval). */
int probe_load64(uintptr_t addr, uint64_t *out);
int probe_load32(uintptr_t addr, uint32_t *out);
int probe_load8(uintptr_t addr, uint8_t *out);
int probe_store64(uintptr_t addr, uint64_t val);
int probe_store32(uintptr_t addr, uint32_t val);
int probe_store8(uintptr_t addr, uint8_t val);
int probe_exec(uintptr_t addr);

/* trap.c calls these (each guest defines them) */
void guest_interrupt(struct frame *f, unsigned long irq, int from_user);
void guest_exception(struct frame *f);         /* unexpected, S-mode */
void user_trap(struct frame *f) __attribute__((noreturn));

/* image symbols (linker script) */
extern char __image_start[], __text_end[], __user_start[], __user_end[];
extern char __rodata_end[], __data_start[], __bss_start[], __bss_end[];
extern char __codebuf[], _end[];
#endif
#endif
