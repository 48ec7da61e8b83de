/*
 * IPI round-trip latency: hart 0 sends a machine software interrupt (CLINT
 * msip) to hart 1, which sleeps in WFI; hart 1's handler clears its msip and
 * answers with an IPI to hart 0, which waits in WFI too; hart 0's handler
 * takes the time.  ITER round trips (NAME-1.elf: one; -DLONG: the same as
 * the default, the figure does not need a long run), each timed with the
 * time CSR from just before the msip write to hart 0's handler, in mtime
 * ticks (10 MHz: ticks / 10 = microseconds).  Prints
 *     ipi-latency: rounds=N
 *     INFO ipi-round-trip samples=N median=M p99=P min=A max=B ticks
 * and powers off.  Harts 2 and up park; with one hart it prints a note and
 * passes.  Used by bench/smp.ts on Hartsim and QEMU.
 */
#ifndef ITER
#define ITER 2000
#endif
#define MSIP0   0x2000000
#define MSIP1   0x2000004

    .text
#include "smp.h"
#include "../stress/fdt.h"

    .section .text.init, "ax"
    .globl _start
_start:
    csrr t0, mhartid
    beqz t0, hart0
    li t1, 1
    bne t0, t1, park

    /* Hart 1: answer every IPI, asleep in between. */
    la t0, h1_trap
    csrw mtvec, t0
    li t0, 8                    /* MSIE */
    csrw mie, t0
    csrsi mstatus, 8            /* MIE */
    la t0, ready
    li t1, 1
    sw t1, 0(t0)
1:  wfi
    j 1b

    .balign 4
h1_trap:
    li t5, MSIP1
    sw zero, 0(t5)
    li t5, MSIP0
    li t6, 1
    sw t6, 0(t5)
    mret

hart0:
    la sp, stack_top
    mv s3, a1
    mv a0, s3
    call fdt_count_cpus
    li t0, 2
    bgeu a0, t0, 2f
    la a0, str_one
    call bench_puts
    li a0, BENCH_PASS
    call bench_exit
2:  la t0, h0_trap
    csrw mtvec, t0
    li t0, 8
    csrw mie, t0
    la t0, ready                /* hart 1 is listening */
3:  lw t1, 0(t0)
    beqz t1, 3b
    la s1, samples
    li s0, 0
4:  li t0, ITER
    bgeu s0, t0, 8f
    la t0, got
    sd zero, 0(t0)
    csrr s2, time
    li t0, MSIP1
    li t1, 1
    sw t1, 0(t0)
5:  csrci mstatus, 8            /* check, then WFI, with MIE off */
    la t0, got
    ld t1, 0(t0)
    bnez t1, 6f
    wfi
    csrsi mstatus, 8
    j 5b
6:  csrsi mstatus, 8
    la t0, stamp
    ld t1, 0(t0)
    sub t1, t1, s2
    slli t0, s0, 3
    add t0, t0, s1
    sd t1, 0(t0)
    addi s0, s0, 1
    j 4b
8:  csrci mstatus, 8
    la a0, str_rounds
    call bench_puts
    li a0, ITER
    call bench_putdec
    li a0, '\n'
    call bench_putc
    la a0, str_label
    la a1, samples
    li a2, ITER
    call bench_report
    li a0, BENCH_PASS
    call bench_exit

    .balign 4
h0_trap:
    csrr t5, time
    la t6, stamp
    sd t5, 0(t6)
    li t5, MSIP0
    sw zero, 0(t5)
    la t6, got
    li t5, 1
    sd t5, 0(t6)
    mret

park:
    wfi
    j park


    .section .rodata
str_rounds: .asciz "ipi-latency: rounds="
str_label:  .asciz "ipi-round-trip"
str_one:    .asciz "ipi-latency: needs 2 harts, nothing measured\n"

    .bss
    .balign 64
ready:   .word 0
    .balign 64
got:     .dword 0
stamp:   .dword 0
    .balign 16
stack:   .space 1024
stack_top:
samples: .space 8 * ITER
