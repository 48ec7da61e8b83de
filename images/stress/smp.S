/*
 * Hartsim stress images: multi-hart start-up, join, barrier and printing
 * helpers (see smp.h for the protocol).  Linked first, so __smp_entry (in
 * .text.init, ahead of crt.S's) sits at 0x80000000; the Makefile makes it
 * the ELF entry (-e __smp_entry).  RV64IMA + Zicsr, no compressed
 * instructions, like crt.S.
 */
#include "smp.h"

    .option norvc

    .section .text.init, "ax"
    .globl __smp_entry
__smp_entry:
    csrr t0, mhartid
    la t1, smp_arrived          /* .data: crt.S's .bss clearing spares it */
    li t2, 1
    amoadd.w zero, t2, (t1)
    bnez t0, __smp_secondary
    la t1, smp_dtb
    sd a1, 0(t1)
    j _start                    /* crt.S: set-up, "TEST name", test_main */

__smp_secondary:
    li t1, MAX_HARTS
    bgeu t0, t1, __smp_park     /* no hart block for it: stays out */
    la t1, smp_go
1:  lw t2, 0(t1)
    beqz t2, 1b
    fence r, rw
    mv tp, t0
    li gp, 0
    la sp, smp_stacks
    addi t1, t0, 1
    slli t1, t1, 12             /* SMP_STACK = 4096 */
    add sp, sp, t1
    SMP_BLOCK t1, t2
    csrw mscratch, t1
    la t1, smp_unexpected
    csrw mtvec, t1
    li t1, -1                   /* PMP entry 0: NAPOT, everything, RWX */
    csrw pmpaddr0, t1
    li t1, 0x1f
    csrw pmpcfg0, t1
    csrw mie, zero
    mv a0, tp
    li ra, 0
    call hart_main
    /* fall through */

/* A hart is done: count it and park (every interrupt off). */
    .globl __smp_done_park
__smp_done_park:
    fence rw, rw
    la t0, smp_done
    li t1, 1
    amoadd.w zero, t1, (t0)
__smp_park:
    csrw mie, zero
    csrci mstatus, MSTATUS_MIE
1:  wfi
    j 1b

    .text
/* Save/restore every register but gp in the __fw block (hart 0's helpers). */
.macro SAVE_REGS_FW
    sd x1, FW_REGS+1*8(gp)
    sd x2, FW_REGS+2*8(gp)
    .irp r, 4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
    sd x\r, FW_REGS+\r*8(gp)
    .endr
.endm
.macro RESTORE_REGS_FW
    ld x1, FW_REGS+1*8(gp)
    ld x2, FW_REGS+2*8(gp)
    .irp r, 4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
    ld x\r, FW_REGS+\r*8(gp)
    .endr
.endm

/* ------------------------------------------------------------------ */
/*
 * smp_start (hart 0, from test_main): count the harts in the DTB, wait for
 * them, check, release them.  Clobbers t0-t6, a0-a5.
 */
    .globl smp_start
smp_start:
    mv s11, ra
    SMP_BLOCK t0, t1
    csrw mscratch, t0
    la t0, smp_dtb
    ld a0, 0(t0)
    call fdt_count_cpus
    la t0, smp_nharts
    sw a0, 0(t0)
    /* The DTB describes 1..MAX_HARTS harts. */
    li t1, MAX_HARTS
    addi t0, a0, -1
    sltu t0, t0, t1
    CHECK t0, 1
    beqz t0, __finish           /* no usable hart count: stop here */
    /* Wait (bounded) until every one of them has entered __smp_entry. */
    la t0, smp_nharts
    lw a2, 0(t0)
    csrr a3, time
    li t0, ARRIVE_TIMEOUT
    add a3, a3, t0
    la a1, smp_arrived
1:  lw t0, 0(a1)
    bgeu t0, a2, 2f
    csrr t1, time
    bltu t1, a3, 1b
2:  lw t0, 0(a1)
    CHECKR t0, a2               /* harts arrived == harts in the DTB */
    PUTS "harts="
    PUTDEC a2
    PUTS "\n"
    fence rw, rw
    la t0, smp_go
    li t1, 1
    sw t1, 0(t0)
    mv ra, s11
    ret

/*
 * smp_join (hart 0, after its own hart_main): wait (bounded) for the others
 * to be done; check that they all are and that none took an unexpected
 * trap.  Clobbers t0-t6, a0-a5, s10, s11.
 */
    .globl smp_join
smp_join:
    mv s11, ra
    csrci mstatus, MSTATUS_MIE
    csrw mie, zero
    RESTORE_MTVEC
    la t0, smp_nharts
    lw a2, 0(t0)
    addi a2, a2, -1             /* others */
    csrr a3, time
    li t0, JOIN_TIMEOUT
    add a3, a3, t0
    la a1, smp_done
1:  lw t0, 0(a1)
    bgeu t0, a2, 2f
    csrr t1, time
    bltu t1, a3, 1b
2:  fence rw, rw
    lw t0, 0(a1)
    CHECKR t0, a2               /* every other hart finished hart_main */
    /* Report every hart that took an unexpected trap. */
    li s10, 0                   /* harts with a trap record */
    li a4, 0
3:  la t0, smp_nharts
    lw t0, 0(t0)
    bgeu a4, t0, 5f
    la a5, smp_fail
    slli t0, a4, 5
    add a5, a5, t0
    ld t0, 0(a5)
    beqz t0, 4f
    addi s10, s10, 1
    PUTS "FAIL hart "
    PUTDEC a4
    PUTS " trap mcause=0x"
    ld t0, 0(a5)
    PUTHEX t0
    PUTS " mepc=0x"
    ld t0, 8(a5)
    PUTHEX t0
    PUTS " mtval=0x"
    ld t0, 16(a5)
    PUTHEX t0
    PUTS "\n"
4:  addi a4, a4, 1
    j 3b
5:  CHECK s10, 0
    mv ra, s11
    ret

/*
 * smp_unexpected: an image's trap handler jumps here, after SMP_MSAVE, for
 * a trap it does not expect (also the default mtvec of secondary harts,
 * which then have not saved anything: the record below needs no register).
 */
    .balign 4
    .globl smp_unexpected
smp_unexpected:
    bnez tp, 1f
    SMP_MRESTORE
    j __mtrap                   /* reports FAIL TRAP and fails the run */
1:  la t0, smp_fail
    slli t1, tp, 5
    add t0, t0, t1
    csrr t1, mepc
    sd t1, 8(t0)
    csrr t1, mtval
    sd t1, 16(t0)
    csrr t1, mcause
    bnez t1, 2f
    li t1, 0xfff                /* cause 0 (misaligned fetch): record non-zero */
2:  sd t1, 0(t0)
    j __smp_done_park

/*
 * smp_barrier: every hart of the run waits here until all have arrived
 * (sense-reversing).  Interrupts stay as they are, so a hart's handler
 * keeps serving other harts while it waits.  Clobbers t0-t3.
 */
    .globl smp_barrier
smp_barrier:
    SMP_BLOCK t1, t0
    ld t0, HB_SENSE(t1)
    xori t0, t0, 1
    sd t0, HB_SENSE(t1)
    la t1, smp_bar_count
    li t2, 1
    amoadd.w.aqrl t2, t2, (t1)
    la t3, smp_nharts
    lw t3, 0(t3)
    addi t3, t3, -1
    bne t2, t3, 2f
    sw zero, 0(t1)              /* last one: reset, then flip the sense */
    fence rw, w
    la t1, smp_bar_sense
    sw t0, 0(t1)
    ret
2:  la t1, smp_bar_sense
1:  lw t2, 0(t1)
    bne t2, t0, 1b
    fence r, rw
    ret

/* smp_putdec_saved: print FW_GOT in decimal; every register preserved. */
    .globl smp_putdec_saved
smp_putdec_saved:
    SAVE_REGS_FW
    la sp, __stack_top
    ld a1, FW_GOT(gp)
    li a3, 0
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
    RESTORE_REGS_FW
    ret

/* smp_puthex_saved: print FW_GOT as 16 hex digits; every register preserved. */
    .globl smp_puthex_saved
smp_puthex_saved:
    SAVE_REGS_FW
    la sp, __stack_top
    ld a0, FW_GOT(gp)
    call __puthex
    RESTORE_REGS_FW
    ret

#include "fdt.h"

/* ------------------------------------------------------------------ */
    .data
    .balign 8
    .globl smp_arrived, smp_go, smp_dtb
smp_dtb:     .dword 0
smp_arrived: .word 0            /* harts that entered __smp_entry */
smp_go:      .word 0            /* hart 0 sets it to release the others */

    .bss
    .balign 64
    .globl smp_nharts, smp_done, smp_blocks
smp_nharts:    .word 0
smp_done:      .word 0          /* secondaries done (or trapped) */
    .balign 64
smp_bar_count: .word 0
    .balign 64
smp_bar_sense: .word 0
    .balign 64
smp_fail:      .space 32 * MAX_HARTS   /* mcause, mepc, mtval of a bad trap */
    .balign 64
smp_blocks:    .space HART_BLOCK * MAX_HARTS
    .balign 16
smp_stacks:    .space SMP_STACK * MAX_HARTS
