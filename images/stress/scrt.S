/*
 * Hartsim S-mode payloads for OpenSBI (images/stress/sbi-NAME.S): start-up,
 * checking, output and exit, the protocol of common/test.h carried over to
 * S-mode on top of SBI.  Linked first (stress/sbi.ld puts .text.init at
 * 0x80200000, where OpenSBI's fw_dynamic jumps), then the payload.
 *
 * Differences from common/crt.S (M-mode, bare metal):
 *  - Entry: OpenSBI enters _start in S-mode on its boot hart only (chosen by
 *    its lottery, so not always hart 0) with a0 = hartid, a1 = DTB.  They
 *    are kept in scrt_boot_hart and scrt_dtb.  gp = __fw, sp = the stack,
 *    stvec = __strap, .bss cleared, then "TEST name" and test_main, with
 *    tp = the boot hart id and every other register 0.
 *  - Output: through the SBI console: the Debug Console extension's
 *    write_byte when sbi_probe_extension("DBCN") says it exists, else the
 *    legacy console_putchar (EID 0x01).  Chosen once at start-up.
 *  - Exit: on a pass, SBI SRST system_reset(shutdown, no reason), which
 *    OpenSBI turns into the finisher's pass code (exit status 0).  On a
 *    failure the payload writes (code << 16) | 0x3333 to the finisher itself
 *    (OpenSBI 1.1 maps shutdown with any reason to code 0, i.e. exit status
 *    0, so SRST cannot report a failure); S-mode reaches the finisher through
 *    OpenSBI's PMP set-up, which leaves all memory outside the firmware to S.
 *  - Traps: __strap records the trap (FW_T*, FW_TMODE = 1) and resumes at
 *    FW_RESUME (EXPECT_TRAP) or reports "FAIL TRAP scause=... sepc=...
 *    stval=..." and fails.  There is no M-mode here: the MODE_* macros and
 *    __mtrap do not exist.
 * The helpers PUTS/PUTDEC/PUTHEX of ../stress/smp.h work here too.
 */
#include "test.h"

#define SBI_EXT_LEGACY_PUTCHAR 0x01
#define SBI_EXT_BASE           0x10
#define SBI_EXT_SRST           0x53525354
#define SBI_EXT_DBCN           0x4442434e

    .option norvc

    .section .text.init, "ax"
    .globl _start
_start:
    la t0, scrt_boot_hart       /* .data: survives the .bss clearing */
    sd a0, 0(t0)
    la t0, scrt_dtb
    sd a1, 0(t0)
    la gp, __fw
    la sp, __stack_top
    la t0, __strap
    csrw stvec, t0
    csrw sscratch, zero
    csrw sie, zero
    la t0, __bss_start
    la t1, __bss_end
1:  bgeu t0, t1, 2f
    sd zero, 0(t0)
    addi t0, t0, 8
    j 1b
2:  /* Console: DBCN's write_byte if OpenSBI has it, else legacy putchar. */
    li a7, SBI_EXT_BASE
    li a6, 3                    /* probe_extension */
    li a0, SBI_EXT_DBCN
    ecall
    la t0, scrt_dbcn
    snez a1, a1
    sd a1, 0(t0)
    la a0, __str_test
    call __puts
    la a0, test_name
    call __puts
    li a0, '\n'
    call __putc
    la t0, scrt_boot_hart
    ld tp, 0(t0)
    li ra, 0
    li t0, 0
    li t1, 0
    li t2, 0
    li s0, 0
    li s1, 0
    li a0, 0
    li a1, 0
    li a2, 0
    li a3, 0
    li a4, 0
    li a5, 0
    li a6, 0
    li a7, 0
    li s2, 0
    li s3, 0
    li s4, 0
    li s5, 0
    li s6, 0
    li s7, 0
    li s8, 0
    li s9, 0
    li s10, 0
    li s11, 0
    li t3, 0
    li t4, 0
    li t5, 0
    li t6, 0
    j test_main

    .text
/* ------------------------------------------------------------------ */
/* Output.  These clobber only t0-t2, a0 (and a1-a2 where said); the SBI
 * calls preserve every register but a0 and a1 (SBI calling convention),
 * which are saved around them. */

/* __putc: a0 = byte. */
    .globl __putc
__putc:
    mv t0, a1
    mv t1, a6
    mv t2, a7
    la a1, scrt_dbcn
    ld a1, 0(a1)
    beqz a1, 1f
    li a7, SBI_EXT_DBCN
    li a6, 2                    /* console_write_byte */
    ecall
    j 2f
1:  li a7, SBI_EXT_LEGACY_PUTCHAR
    li a6, 0
    ecall
2:  mv a1, t0
    mv a6, t1
    mv a7, t2
    ret

/* __puts: a0 = NUL-terminated string; clobbers t0-t2, a0, a1. */
    .globl __puts
__puts:
    addi sp, sp, -16
    sd ra, 0(sp)
    sd s0, 8(sp)
    mv s0, a0
1:  lbu a0, 0(s0)
    beqz a0, 2f
    call __putc
    addi s0, s0, 1
    j 1b
2:  ld ra, 0(sp)
    ld s0, 8(sp)
    addi sp, sp, 16
    ret

/* __puthex: a0 = value, 16 hex digits; clobbers t0-t2, a0-a2. */
    .globl __puthex
__puthex:
    li a2, 60
    j __puthex_n
/* __puthex16: a0 = value, 4 hex digits; clobbers t0-t2, a0-a2. */
__puthex16:
    li a2, 12
__puthex_n:
    addi sp, sp, -32
    sd ra, 0(sp)
    sd s0, 8(sp)
    sd s1, 16(sp)
    mv s0, a0
    mv s1, a2
1:  srl a0, s0, s1
    andi a0, a0, 15
    addi a0, a0, '0'
    li t0, '9'
    ble a0, t0, 2f
    addi a0, a0, 'a' - '0' - 10
2:  call __putc
    addi s1, s1, -4
    bgez s1, 1b
    ld ra, 0(sp)
    ld s0, 8(sp)
    ld s1, 16(sp)
    addi sp, sp, 32
    ret

/* __putdec: a0 = unsigned value, in decimal; clobbers t0-t2, a0-a4. */
__putdec:
    addi sp, sp, -16
    sd ra, 0(sp)
    sd s0, 8(sp)
    mv a1, a0
    li a3, 0
    li a4, 10
1:  remu a0, a1, a4
    divu a1, a1, a4
    addi sp, sp, -8
    sd a0, 0(sp)
    addi a3, a3, 1
    bnez a1, 1b
    mv s0, a3
2:  ld a0, 0(sp)
    addi sp, sp, 8
    addi a0, a0, '0'
    call __putc
    addi s0, s0, -1
    bnez s0, 2b
    ld ra, 0(sp)
    ld s0, 8(sp)
    addi sp, sp, 16
    ret

/* ------------------------------------------------------------------ */
/* Saving wrappers: save x1..x31 (not gp) around the real work. */
.macro SAVE_ALL base
    sd x1, \base+1*8(gp)
    sd x2, \base+2*8(gp)
    .irp r, 4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
    sd x\r, \base+\r*8(gp)
    .endr
.endm
.macro RESTORE_ALL base
    ld x1, \base+1*8(gp)
    ld x2, \base+2*8(gp)
    .irp r, 4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
    ld x\r, \base+\r*8(gp)
    .endr
.endm

/* __puts_saved: a0 = string; every register preserved. */
    .globl __puts_saved
__puts_saved:
    SAVE_ALL FW_REGS
    la sp, __stack_top
    call __puts
    RESTORE_ALL FW_REGS
    ret

/* smp_putdec_saved / smp_puthex_saved: print FW_GOT (PUTDEC, PUTHEX). */
    .globl smp_putdec_saved
smp_putdec_saved:
    SAVE_ALL FW_REGS
    la sp, __stack_top
    ld a0, FW_GOT(gp)
    call __putdec
    RESTORE_ALL FW_REGS
    ret
    .globl smp_puthex_saved
smp_puthex_saved:
    SAVE_ALL FW_REGS
    la sp, __stack_top
    ld a0, FW_GOT(gp)
    call __puthex
    RESTORE_ALL FW_REGS
    ret

/* Append FW_GOT to the signature; clobbers t0, t1, a0 (internal). */
__sig_push:
    ld t0, FW_NSIG(gp)
    li t1, SIG_MAX_WORDS
    bgeu t0, t1, 1f
    slli t1, t0, 3
    la a0, __sig
    add t1, t1, a0
    ld a0, FW_GOT(gp)
    sd a0, 0(t1)
1:  addi t0, t0, 1
    sd t0, FW_NSIG(gp)
    ret

    .globl __sig_append
__sig_append:
    SAVE_ALL FW_REGS
    call __sig_push
    RESTORE_ALL FW_REGS
    ret

/* __check: compare FW_GOT with FW_EXP, count, print, record (see crt.S). */
    .globl __check
__check:
    SAVE_ALL FW_REGS
__check_saved:
    la sp, __stack_top
    ld t0, FW_NCHECK(gp)
    addi t0, t0, 1
    sd t0, FW_NCHECK(gp)
    call __sig_push
    ld a0, FW_GOT(gp)
    ld a1, FW_EXP(gp)
    bne a0, a1, 1f
    la a0, __str_ok
    call __puts
    ld a0, FW_NCHECK(gp)
    call __putdec
    j 3f
1:  ld t0, FW_NFAIL(gp)
    addi t0, t0, 1
    sd t0, FW_NFAIL(gp)
    ld t0, FW_FIRSTFAIL(gp)
    bnez t0, 2f
    ld t0, FW_NCHECK(gp)
    sd t0, FW_FIRSTFAIL(gp)
2:  la a0, __str_fail
    call __puts
    ld a0, FW_NCHECK(gp)
    call __putdec
    la a0, __str_got
    call __puts
    ld a0, FW_GOT(gp)
    call __puthex
    la a0, __str_exp
    call __puts
    ld a0, FW_EXP(gp)
    call __puthex
3:  li a0, '\n'
    call __putc
    RESTORE_ALL FW_REGS
    ret

    .globl __check_oneof
__check_oneof:
    SAVE_ALL FW_REGS
    ld t0, FW_GOT(gp)
    ld t1, FW_EXP2(gp)
    bne t0, t1, __check_saved
    ld t0, FW_EXP(gp)
    sd t0, FW_GOT(gp)
    j __check_saved

/* ------------------------------------------------------------------ */
/* __finish: signature, summary, then SRST shutdown or the failure exit. */
    .globl __finish
__finish:
    csrci sstatus, MSTATUS_SIE
    csrw sie, zero
    la sp, __stack_top
    li s0, 0
    ld s1, FW_NSIG(gp)
    li t0, SIG_MAX_WORDS
    bleu s1, t0, 1f
    mv s1, t0
1:  la s2, __sig
2:  bgeu s0, s1, 5f
    la a0, __str_sig
    call __puts
    mv a0, s0
    call __puthex16
    li a0, ':'
    call __putc
    li s3, 0
3:  li a0, ' '
    call __putc
    slli t0, s0, 3
    add t0, t0, s2
    ld a0, 0(t0)
    call __puthex
    addi s0, s0, 1
    addi s3, s3, 1
    bgeu s0, s1, 4f
    li t0, 4
    bltu s3, t0, 3b
4:  li a0, '\n'
    call __putc
    j 2b
5:  ld t0, FW_NSIG(gp)
    li t1, SIG_MAX_WORDS
    bleu t0, t1, 6f
    la a0, __str_sigfull
    call __puts
    ld t0, FW_NFAIL(gp)
    addi t0, t0, 1
    sd t0, FW_NFAIL(gp)
6:  la a0, __str_done
    call __puts
    ld a0, FW_NCHECK(gp)
    call __putdec
    la a0, __str_failures
    call __puts
    ld a0, FW_NFAIL(gp)
    call __putdec
    li a0, '\n'
    call __putc
    ld t0, FW_NFAIL(gp)
    bnez t0, __exit_fail
    /* Pass: SBI system_reset(shutdown = 0, no reason = 0). */
    li a7, SBI_EXT_SRST
    li a6, 0
    li a0, 0
    li a1, 0
    ecall
    /* Still here: the shutdown failed, with error a0. */
    mv s0, a0
    la a0, __str_srst
    call __puts
    mv a0, s0
    call __puthex
    li a0, '\n'
    call __putc
    ld t0, FW_NCHECK(gp)
    addi t0, t0, 1
    sd t0, FW_FIRSTFAIL(gp)

/* Fail with the first failing check's number, else the next check's. */
__exit_fail:
    ld t0, FW_FIRSTFAIL(gp)
    bnez t0, 1f
    ld t0, FW_NCHECK(gp)
    addi t0, t0, 1
1:  li t1, 255
    bleu t0, t1, 2f
    mv t0, t1
2:  slli t1, t0, 16
    li t0, 0x3333
    or t1, t1, t0
    li t0, FINISHER_BASE
    sw t1, 0(t0)
3:  wfi
    j 3b

/* ------------------------------------------------------------------ */
/* __strap: the S-mode trap handler (see the header). */
    .balign 4
    .globl __strap
__strap:
    SAVE_ALL FW_SREGS
    csrr t0, scause
    sd t0, FW_TCAUSE(gp)
    csrr t0, stval
    sd t0, FW_TTVAL(gp)
    csrr t0, sepc
    sd t0, FW_TEPC(gp)
    csrr t0, sstatus
    sd t0, FW_TSTATUS(gp)
    li t0, 1
    sd t0, FW_TMODE(gp)
    ld t0, FW_TCOUNT(gp)
    addi t0, t0, 1
    sd t0, FW_TCOUNT(gp)
    ld t0, FW_RESUME(gp)
    beqz t0, 1f
    sd zero, FW_RESUME(gp)
    andi t0, t0, -2
    csrw sepc, t0
    RESTORE_ALL FW_SREGS
    sret
1:  la sp, __stack_top
    la a0, __str_trap
    call __puts
    ld a0, FW_TCAUSE(gp)
    call __puthex
    la a0, __str_sepc
    call __puts
    ld a0, FW_TEPC(gp)
    call __puthex
    la a0, __str_stval
    call __puts
    ld a0, FW_TTVAL(gp)
    call __puthex
    li a0, '\n'
    call __putc
    ld t0, FW_NFAIL(gp)
    addi t0, t0, 1
    sd t0, FW_NFAIL(gp)
    j __finish

/* ------------------------------------------------------------------ */
    .section .rodata.crt, "a"
__str_test:     .asciz "TEST "
__str_ok:       .asciz "ok "
__str_fail:     .asciz "FAIL "
__str_got:      .asciz " got=0x"
__str_exp:      .asciz " exp=0x"
__str_sig:      .asciz "SIG "
__str_sigfull:  .asciz "FAIL signature overflow\n"
__str_done:     .asciz "DONE checks="
__str_failures: .asciz " failures="
__str_trap:     .asciz "FAIL TRAP scause=0x"
__str_sepc:     .asciz " sepc=0x"
__str_stval:    .asciz " stval=0x"
__str_srst:     .asciz "FAIL SRST shutdown returned error=0x"

    .data
    .balign 8
    .globl scrt_boot_hart, scrt_dtb
scrt_boot_hart: .dword 0
scrt_dtb:       .dword 0
scrt_dbcn:      .dword 0

    .section .bss.fw, "aw", @nobits
    .balign 64
    .globl __fw
__fw:
    .space FW_SIZE
    .balign 16
__stack:
    .space 4096
    .globl __stack_top
__stack_top:
    .balign 8
    .globl __sig
__sig:
    .space SIG_MAX_WORDS * 8
