/*
 * Memory-heavy benchmark: ITER passes over a 1 MiB buffer, each doubleword loaded, updated
 * and stored back (6 instructions per doubleword), then power off through the test finisher.
 */
#include "iters.h"
#ifndef ITER
#ifdef LONG
#define ITER ITER_MEMLOOP_LONG
#else
#define ITER ITER_MEMLOOP
#endif
#endif
#define WORDS (1024 * 1024 / 8)
    .section .text.init, "ax"
    .globl _start
_start:
    csrr t0, mhartid
    bnez t0, park
    li s0, ITER
    li a0, 3
    la s1, buffer
    li s2, WORDS
outer:
    mv t2, s1
    mv t3, s2
inner:
    ld t4, 0(t2)
    add t4, t4, a0
    sd t4, 0(t2)
    addi t2, t2, 8
    addi t3, t3, -1
    bnez t3, inner
    addi s0, s0, -1
    bnez s0, outer
    li t0, 0x100000
    li t1, 0x5555
    sw t1, 0(t0)
park:
    wfi
    j park

    .section .bss
    .balign 4096
buffer:
    .skip 1024 * 1024
