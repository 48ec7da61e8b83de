/*
 * Hartsim ISA test images: start-up code, trap handlers, checking and output.
 * The protocol is described in test.h.  Everything here keeps to RV64I,
 * Zicsr and the M-mode CSRs (plus divu/remu for decimal output), so that it
 * works before the extension under test is known to work; no compressed
 * instructions either, so that pc arithmetic in the handlers is plain.
 */
#include "test.h"

    .option norvc

    .section .text.init, "ax"
    .globl _start
_start:
    /* Park every hart but hart 0 (tests are single-hart for now). */
    csrr t0, mhartid
    bnez t0, __park
    la gp, __fw
    la sp, __stack_top
    la t0, __mtrap
    csrw mtvec, t0
    csrw mscratch, zero
    /* Zero .bss (QEMU's RAM starts zeroed, but do not rely on it). */
    la t0, __bss_start
    la t1, __bss_end
1:  bgeu t0, t1, 2f
    sd zero, 0(t0)
    addi t0, t0, 8
    j 1b
2:
    /*
     * PMP entry 0: NAPOT covering all addresses, R/W/X, unlocked.  With
     * pmpaddr0 all ones the NAPOT range is the whole 2^64 space (privileged
     * spec, "Address Matching").  If PMP were absent the writes would be
     * ignored, which is fine too.
     */
    li t0, -1
    csrw pmpaddr0, t0
    li t0, 0x1f                 /* A=NAPOT (3<<3) | X | W | R */
    csrw pmpcfg0, t0
    la a0, __str_test
    call __puts
    la a0, test_name
    call __puts
    li a0, '\n'
    call __putc
    /* Clear every register the test might see, for a deterministic start. */
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
    li tp, 0
    j test_main

__park:
    wfi
    j __park

    .text
/* ------------------------------------------------------------------ */
/* Output.  These clobber only t0-t2, a0 (and a1-a2 where said). */

/* __putc: a0 = byte. */
    .globl __putc
__putc:
    li t0, UART_BASE
1:  lbu t1, 5(t0)               /* LSR */
    andi t1, t1, 0x20           /* THRE: transmit holding register empty */
    beqz t1, 1b
    sb a0, 0(t0)                /* THR */
    ret

/* __puts: a0 = NUL-terminated string; clobbers t0-t2, a0, a1. */
    .globl __puts
__puts:
    mv t2, ra
    mv a1, a0
1:  lbu a0, 0(a1)
    beqz a0, 2f
    call __putc
    addi a1, a1, 1
    j 1b
2:  mv ra, t2
    ret

/* __puthex: a0 = value, printed as 16 hex digits; clobbers t0-t2, a0-a2. */
    .globl __puthex
__puthex:
    mv t2, ra
    mv a1, a0
    li a2, 60
1:  srl a0, a1, a2
    andi a0, a0, 15
    addi a0, a0, '0'
    li t0, '9'
    ble a0, t0, 2f
    addi a0, a0, 'a' - '0' - 10
2:  call __putc
    addi a2, a2, -4
    bgez a2, 1b
    mv ra, t2
    ret

/* __puthex16: a0 = value, printed as 4 hex digits; clobbers t0-t2, a0-a2. */
__puthex16:
    mv t2, ra
    mv a1, a0
    li a2, 12
1:  srl a0, a1, a2
    andi a0, a0, 15
    addi a0, a0, '0'
    li t0, '9'
    ble a0, t0, 2f
    addi a0, a0, 'a' - '0' - 10
2:  call __putc
    addi a2, a2, -4
    bgez a2, 1b
    mv ra, t2
    ret

/* __putdec: a0 = unsigned value, printed in decimal; clobbers t0-t2, a0-a4. */
__putdec:
    mv t2, ra
    mv a1, a0
    li a3, 0                    /* digits pushed */
    li a4, 10
1:  remu a0, a1, a4
    divu a1, a1, a4
    addi sp, sp, -8
    sd a0, 0(sp)
    addi a3, a3, 1
    bnez a1, 1b
2:  ld a0, 0(sp)
    addi sp, sp, 8
    addi a0, a0, '0'
    call __putc
    addi a3, a3, -1
    bnez a3, 2b
    mv ra, t2
    ret

/* ------------------------------------------------------------------ */
/* Saving wrappers: save x1..x31 (not gp) around the real work. */

.macro SAVE_ALL base
    sd x1, \base+1*8(gp)
    sd x2, \base+2*8(gp)
    sd x4, \base+4*8(gp)
    sd x5, \base+5*8(gp)
    sd x6, \base+6*8(gp)
    sd x7, \base+7*8(gp)
    sd x8, \base+8*8(gp)
    sd x9, \base+9*8(gp)
    sd x10, \base+10*8(gp)
    sd x11, \base+11*8(gp)
    sd x12, \base+12*8(gp)
    sd x13, \base+13*8(gp)
    sd x14, \base+14*8(gp)
    sd x15, \base+15*8(gp)
    sd x16, \base+16*8(gp)
    sd x17, \base+17*8(gp)
    sd x18, \base+18*8(gp)
    sd x19, \base+19*8(gp)
    sd x20, \base+20*8(gp)
    sd x21, \base+21*8(gp)
    sd x22, \base+22*8(gp)
    sd x23, \base+23*8(gp)
    sd x24, \base+24*8(gp)
    sd x25, \base+25*8(gp)
    sd x26, \base+26*8(gp)
    sd x27, \base+27*8(gp)
    sd x28, \base+28*8(gp)
    sd x29, \base+29*8(gp)
    sd x30, \base+30*8(gp)
    sd x31, \base+31*8(gp)
.endm
.macro RESTORE_ALL base
    ld x1, \base+1*8(gp)
    ld x2, \base+2*8(gp)
    ld x4, \base+4*8(gp)
    ld x5, \base+5*8(gp)
    ld x6, \base+6*8(gp)
    ld x7, \base+7*8(gp)
    ld x8, \base+8*8(gp)
    ld x9, \base+9*8(gp)
    ld x10, \base+10*8(gp)
    ld x11, \base+11*8(gp)
    ld x12, \base+12*8(gp)
    ld x13, \base+13*8(gp)
    ld x14, \base+14*8(gp)
    ld x15, \base+15*8(gp)
    ld x16, \base+16*8(gp)
    ld x17, \base+17*8(gp)
    ld x18, \base+18*8(gp)
    ld x19, \base+19*8(gp)
    ld x20, \base+20*8(gp)
    ld x21, \base+21*8(gp)
    ld x22, \base+22*8(gp)
    ld x23, \base+23*8(gp)
    ld x24, \base+24*8(gp)
    ld x25, \base+25*8(gp)
    ld x26, \base+26*8(gp)
    ld x27, \base+27*8(gp)
    ld x28, \base+28*8(gp)
    ld x29, \base+29*8(gp)
    ld x30, \base+30*8(gp)
    ld x31, \base+31*8(gp)
.endm

/* __puts_saved: a0 = string; every register preserved. */
    .globl __puts_saved
__puts_saved:
    SAVE_ALL FW_REGS
    la sp, __stack_top
    call __puts
    RESTORE_ALL FW_REGS
    ret

/* Append FW_GOT to the signature; clobbers t0, t1 (internal). */
__sig_push:
    ld t0, FW_NSIG(gp)
    li t1, SIG_MAX_WORDS
    bgeu t0, t1, 1f             /* full: dropped, __finish reports it */
    slli t1, t0, 3
    la a0, __sig
    add t1, t1, a0
    ld a0, FW_GOT(gp)
    sd a0, 0(t1)
1:  addi t0, t0, 1
    sd t0, FW_NSIG(gp)
    ret

/* __sig_append: append FW_GOT to the signature; preserves every register. */
    .globl __sig_append
__sig_append:
    SAVE_ALL FW_REGS
    call __sig_push
    RESTORE_ALL FW_REGS
    ret

/*
 * __check: compare FW_GOT with FW_EXP, count, print, record.  Preserves
 * every register (the CHECK macros save/restore ra around the call).  Uses
 * its own stack top so a test's sp may hold anything.
 */
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

/*
 * __check_oneof: like __check, but FW_GOT may also equal FW_EXP2; it is
 * then replaced by FW_EXP before the comparison, so the check passes and
 * the signature records FW_EXP (see CHECK_ONEOF in test.h).
 */
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
/*
 * __finish: dump the signature, print the summary, exit via the finisher.
 * Never returns.  Entered in M-mode (tests must return to M first).
 */
    .globl __finish
__finish:
    la sp, __stack_top
    /* Signature: 4 words per line, "SIG iiii: w w w w". */
    li s0, 0                    /* index */
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
5:  /* Signature overflow counts as a failure of its own. */
    ld t0, FW_NSIG(gp)
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
    li t1, 0x5555
    j __exit

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
__exit:
    li t0, FINISHER_BASE
    sw t1, 0(t0)
1:  wfi                         /* the finisher does not return */
    j 1b

/* ------------------------------------------------------------------ */
/*
 * __enter_mode: t0 = target mode (0 = U, 1 = S), ra = where to continue,
 * caller's t0 in FW_T0 and ra in FW_RA.  mret there with MPP = mode.
 * mret also sets MIE = MPIE and MPIE = 1 (privileged spec, "Trap-Return
 * Instructions"); lower modes run with M interrupts enabled anyway.
 */
    .globl __enter_mode
__enter_mode:
    csrw mepc, ra
    sd t1, FW_T1(gp)
    li t1, MSTATUS_MPP
    csrc mstatus, t1
    slli t0, t0, 11
    csrs mstatus, t0
    ld t1, FW_T1(gp)
    ld t0, FW_T0(gp)
    ld ra, FW_RA(gp)
    mret

/* ------------------------------------------------------------------ */
/* __mtrap: the M-mode trap handler (direct mode; see test.h). */
    .balign 4
    .globl __mtrap
__mtrap:
    SAVE_ALL FW_TREGS
    csrr t0, mcause
    sd t0, FW_TCAUSE(gp)
    csrr t0, mtval
    sd t0, FW_TTVAL(gp)
    csrr t0, mepc
    sd t0, FW_TEPC(gp)
    csrr t0, mstatus
    sd t0, FW_TSTATUS(gp)
    li t0, 3
    sd t0, FW_TMODE(gp)
    ld t0, FW_TCOUNT(gp)
    addi t0, t0, 1
    sd t0, FW_TCOUNT(gp)
    ld t0, FW_RESUME(gp)
    beqz t0, 1f
    /* Expected trap: resume at FW_RESUME in the trapping mode, or in
     * M-mode if bit 0 is set (EXPECT_TRAP_M). */
    sd zero, FW_RESUME(gp)
    andi t1, t0, 1
    beqz t1, 2f
    xori t0, t0, 1
    li t1, MSTATUS_MPP
    csrs mstatus, t1
2:  csrw mepc, t0
    j 9f
1:  /* ecall from U (8) or S (9): return to M-mode after the ecall. */
    ld t0, FW_TCAUSE(gp)
    addi t0, t0, -8
    li t1, 1
    bgtu t0, t1, __unexpected
    csrr t0, mepc
    addi t0, t0, 4
    csrw mepc, t0
    li t0, MSTATUS_MPP
    csrs mstatus, t0
9:  RESTORE_ALL FW_TREGS
    mret

/* Unexpected trap: report and fail.  FW_T* hold the record. */
__unexpected:
    /* Undo anything that would stop M-mode from reaching memory/UART. */
    li t0, MSTATUS_MPRV
    csrc mstatus, t0
    la sp, __stack_top
    la a0, __str_trap
    call __puts
    ld a0, FW_TCAUSE(gp)
    call __puthex
    la a0, __str_mepc
    call __puts
    ld a0, FW_TEPC(gp)
    call __puthex
    la a0, __str_mtval
    call __puts
    ld a0, FW_TTVAL(gp)
    call __puthex
    li a0, '\n'
    call __putc
    ld t0, FW_NFAIL(gp)
    addi t0, t0, 1
    sd t0, FW_NFAIL(gp)
    j __finish

/*
 * __strap: an S-mode trap handler for tests that set stvec to it.  Records
 * the trap like __mtrap (FW_TMODE = 1, FW_TSTATUS = sstatus) and resumes at
 * FW_RESUME with sret.  With no resume address set, it escalates: ecall to
 * M-mode (which returns to M here, see __mtrap) and reports from there.
 */
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
    andi t0, t0, -2             /* S cannot resume in M: bit 0 ignored */
    csrw sepc, t0
    RESTORE_ALL FW_SREGS
    sret
1:  /* Keep the S-mode record safe from the ecall's own trap record. */
    ld s0, FW_TCAUSE(gp)
    ld s1, FW_TTVAL(gp)
    ld s2, FW_TEPC(gp)
    ecall
    sd s0, FW_TCAUSE(gp)
    sd s1, FW_TTVAL(gp)
    sd s2, FW_TEPC(gp)
    j __unexpected

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
__str_trap:     .asciz "FAIL TRAP mcause=0x"
__str_mepc:     .asciz " mepc=0x"
__str_mtval:    .asciz " mtval=0x"

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
