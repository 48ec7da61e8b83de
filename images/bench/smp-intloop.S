/*
 * SMP integer loop benchmark: every hart runs the loop of intloop.S (a
 * xorshift generator summed into an accumulator, 9 instructions per
 * iteration) ITER times, each on its own registers, so the harts share
 * nothing but the finishing counter.  Each hart adds itself to `done` when
 * its loop ends; hart 0, after its own loop, waits until every hart of the
 * DTB (a1 at entry, ../stress/fdt.h) is done, then powers off through the
 * test finisher.  Used by bench/smp.ts for aggregate MIPS with 1 to 8 harts
 * on Hartsim and on qemu-system-riscv64 -smp N.  The counts are intloop's
 * (iters.h): NAME.elf ITER_INTLOOP, NAME-1.elf ITER = 1, NAME-long.elf
 * ITER_INTLOOP_LONG, per hart.
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
    csrr s2, mhartid
    mv s3, a1                   /* DTB */
    li t0, 8
    bgeu s2, t0, park
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
    la t0, done
    li t1, 1
    amoadd.w zero, t1, (t0)
    bnez s2, park
    mv a0, s3
    call fdt_count_cpus
    beqz a0, fail
    la t0, done
2:  lw t1, 0(t0)
    bltu t1, a0, 2b
    li t0, 0x100000
    li t1, 0x5555
    sw t1, 0(t0)
    j park
fail:
    li t0, 0x100000
    li t1, 0x13333                /* no usable hart count */
    sw t1, 0(t0)
park:
    wfi
    j park

#include "../stress/fdt.h"

    .bss
    .balign 64
done: .word 0
