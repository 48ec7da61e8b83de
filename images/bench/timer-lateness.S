/*
 * Timer-interrupt lateness: hart 0 arms its CLINT mtimecmp DELTA ticks ahead
 * (deadline = time + DELTA), sleeps in WFI, and its handler reads the time
 * CSR and disarms; lateness = handler time - deadline, in mtime ticks
 * (10 MHz: ticks / 10 = microseconds).  ITER times (NAME-1.elf: once;
 * -DLONG: the same as the default).  Prints
 *     timer-lateness: rounds=N delta=D
 *     INFO timer-lateness samples=N median=M p99=P min=A max=B ticks
 * and powers off.  Other harts park.  Used by bench/smp.ts on Hartsim and
 * QEMU.
 */
#ifndef ITER
#define ITER 1000
#endif
#define DELTA 500                       /* 50 us */

    .text
#include "smp.h"

    .section .text.init, "ax"
    .globl _start
_start:
    csrr t0, mhartid
    bnez t0, park
    la sp, stack_top
    la t0, h0_trap
    csrw mtvec, t0
    li s4, BENCH_MTIMECMP       /* hart 0's mtimecmp */
    li t0, -1
    sd t0, 0(s4)
    li t0, 0x80                 /* MTIE */
    csrw mie, t0
    la s1, samples
    li s0, 0
1:  li t0, ITER
    bgeu s0, t0, 8f
    la t0, got
    sd zero, 0(t0)
    csrr s2, time
    addi s2, s2, DELTA          /* deadline */
    sd s2, 0(s4)
2:  csrci mstatus, 8            /* check, then WFI, with MIE off */
    la t0, got
    ld t1, 0(t0)
    bnez t1, 3f
    wfi
    csrsi mstatus, 8
    j 2b
3:  csrsi mstatus, 8
    la t0, stamp
    ld t1, 0(t0)
    sub t1, t1, s2
    bgez t1, 4f
    li t1, 0                    /* early: never expected, counted as 0 */
    la t0, early
    ld t2, 0(t0)
    addi t2, t2, 1
    sd t2, 0(t0)
4:  slli t0, s0, 3
    add t0, t0, s1
    sd t1, 0(t0)
    addi s0, s0, 1
    j 1b
8:  csrci mstatus, 8
    la a0, str_rounds
    call bench_puts
    li a0, ITER
    call bench_putdec
    la a0, str_delta
    call bench_puts
    li a0, DELTA
    call bench_putdec
    la a0, str_early
    call bench_puts
    la t0, early
    ld a0, 0(t0)
    call bench_putdec
    li a0, '\n'
    call bench_putc
    la a0, str_label
    la a1, samples
    li a2, ITER
    call bench_report
    la t0, early
    ld t0, 0(t0)
    li a0, BENCH_PASS
    beqz t0, 9f
    li a0, BENCH_FAIL
9:  call bench_exit

    .balign 4
h0_trap:
    csrr t5, time
    la t6, stamp
    sd t5, 0(t6)
    li t5, -1
    li t6, BENCH_MTIMECMP
    sd t5, 0(t6)
    la t6, got
    li t5, 1
    sd t5, 0(t6)
    mret

park:
    wfi
    j park


    .section .rodata
str_rounds: .asciz "timer-lateness: rounds="
str_delta:  .asciz " delta="
str_early:  .asciz " early="
str_label:  .asciz "timer-lateness"

    .bss
    .balign 64
got:     .dword 0
stamp:   .dword 0
early:   .dword 0
    .balign 16
stack:   .space 1024
stack_top:
samples: .space 8 * ITER
