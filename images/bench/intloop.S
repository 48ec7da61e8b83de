/*
 * Integer loop benchmark: a xorshift generator summed into an accumulator, 9 instructions
 * per iteration, ITER iterations, then power off through the test finisher. Hart 0 runs it;
 * other harts park. Used by bench/mips.ts on Hartsim and on qemu-system-riscv64.
 */
#include "iters.h"
#ifndef ITER
#ifdef LONG
#define ITER ITER_INTLOOP_LONG
#else
#define ITER ITER_INTLOOP
#endif
#endif
    .section .text.init, "ax"
    .globl _start
_start:
    csrr t0, mhartid
    bnez t0, park
    li s0, ITER
    li a0, 0x12345
    li a1, 0
1:  slli t1, a0, 13
    xor a0, a0, t1
    srli t1, a0, 7
    xor a0, a0, t1
    slli t1, a0, 17
    xor a0, a0, t1
    add a1, a1, a0
    addi s0, s0, -1
    bnez s0, 1b
    li t0, 0x100000
    li t1, 0x5555
    sw t1, 0(t0)
park:
    wfi
    j park
