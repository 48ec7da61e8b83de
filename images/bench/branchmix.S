/*
 * Branch-heavy benchmark, a small CoreMark-like mix of our own. Each of ITER iterations runs:
 *   - a bitwise CRC-16 (poly 0xA001) over a 64-byte buffer (a data-dependent branch per bit);
 *   - a state machine classifying the buffer's bytes into four classes, counting transitions;
 *   - a 32-node linked list: a filtered sum along it, then an in-place reversal;
 *   - an 8x8 by 8 integer matrix-vector product with each result clamped;
 * and changes one buffer byte, so no two iterations see the same data. About 4700
 * instructions per iteration, then power off through the test finisher. Hart 0 runs it.
 */
#include "iters.h"
#ifndef ITER
#ifdef LONG
#define ITER ITER_BRANCHMIX_LONG
#else
#define ITER ITER_BRANCHMIX
#endif
#endif
#define NODES 32

/* 64-bit xorshift step on a0 (t6 scratch). */
.macro XS
    slli t6, a0, 13
    xor a0, a0, t6
    srli t6, a0, 7
    xor a0, a0, t6
    slli t6, a0, 17
    xor a0, a0, t6
.endm

    .section .text.init, "ax"
    .globl _start
_start:
    csrr t0, mhartid
    bnez t0, park
    li a0, 0x2545f491
    // Buffer bytes, matrix and vector words from the generator.
    la t0, buf
    li t1, 64
1:  XS
    sb a0, 0(t0)
    addi t0, t0, 1
    addi t1, t1, -1
    bnez t1, 1b
    la t0, mat
    li t1, 72               // 64 matrix words then the 8 vector words just after
1:  XS
    srai t2, a0, 52         // small signed values
    sw t2, 0(t0)
    addi t0, t0, 4
    addi t1, t1, -1
    bnez t1, 1b
    // The list: node i -> node i + 1, values 0..255.
    la t0, list
    li t1, NODES
1:  XS
    andi t2, a0, 255
    sd t2, 8(t0)
    addi t3, t0, 16
    addi t1, t1, -1
    bnez t1, 2f
    li t3, 0
2:  sd t3, 0(t0)
    mv t0, t3
    bnez t1, 1b
    la t0, list
    la t1, head
    sd t0, 0(t1)

    li s0, ITER
    li s1, 0
    li a1, 0
    li a2, 0
    li a3, 0
    li a4, 0
    li a5, 0
main:
    // ---- CRC-16
    la t0, buf
    li t1, 64
    li t2, 0xffff
    li t5, 0xa001
crc_byte:
    lbu t3, 0(t0)
    xor t2, t2, t3
    li t4, 8
crc_bit:
    andi t3, t2, 1
    srli t2, t2, 1
    beqz t3, 2f
    xor t2, t2, t5
2:  addi t4, t4, -1
    bnez t4, crc_bit
    addi t0, t0, 1
    addi t1, t1, -1
    bnez t1, crc_byte
    add s1, s1, t2

    // ---- state machine: class 0 (< 64), 1 (< 128), 2 (odd), 3 (even)
    la t0, buf
    li t1, 64
    li t3, -1
sm:
    lbu t2, 0(t0)
    li t4, 64
    bltu t2, t4, c0
    li t4, 128
    bltu t2, t4, c1
    andi t4, t2, 1
    bnez t4, c2
    li t5, 3
    addi a4, a4, 1
    j cdone
c0: li t5, 0
    addi a1, a1, 1
    j cdone
c1: li t5, 1
    addi a2, a2, 1
    j cdone
c2: li t5, 2
    addi a3, a3, 1
cdone:
    beq t5, t3, 3f
    addi a5, a5, 1
3:  mv t3, t5
    addi t0, t0, 1
    addi t1, t1, -1
    bnez t1, sm
    add s1, s1, a5
    xor s1, s1, a3

    // ---- list: sum of the values above 100, then reverse the list
    la t3, head
    ld t0, 0(t3)
    li t1, 0
    li t4, 100
4:  beqz t0, 5f
    ld t2, 8(t0)
    bgeu t4, t2, 6f
    add t1, t1, t2
6:  ld t0, 0(t0)
    j 4b
5:  add s1, s1, t1
    ld t0, 0(t3)
    li t1, 0
7:  beqz t0, 8f
    ld t2, 0(t0)
    sd t1, 0(t0)
    mv t1, t0
    mv t0, t2
    j 7b
8:  sd t1, 0(t3)

    // ---- matrix-vector product, each element clamped to [-2^20, 2^20]
    la t0, mat
    li t1, 8
9:  la t2, vec
    li t3, 8
    li t4, 0
10: lw t5, 0(t0)
    lw t6, 0(t2)
    mul t5, t5, t6
    add t4, t4, t5
    addi t0, t0, 4
    addi t2, t2, 4
    addi t3, t3, -1
    bnez t3, 10b
    li t5, 1 << 20
    blt t4, t5, 11f
    mv t4, t5
11: neg t5, t5
    bge t4, t5, 12f
    mv t4, t5
12: add s1, s1, t4
    addi t1, t1, -1
    bnez t1, 9b

    // ---- new data for the next iteration
    andi t0, s0, 63
    la t1, buf
    add t1, t1, t0
    lbu t2, 0(t1)
    add t2, t2, s1
    sb t2, 0(t1)
    addi s0, s0, -1
    bnez s0, main

    li t0, 0x100000
    li t1, 0x5555
    sw t1, 0(t0)
park:
    wfi
    j park

    .section .bss
    .balign 4096            // data apart from code: a store to a code page costs translators dearly
head:
    .skip 8
buf:
    .skip 64
mat:
    .skip 64 * 4
vec:
    .skip 8 * 4
    .balign 16
list:
    .skip NODES * 16
