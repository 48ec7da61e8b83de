/*
 * smc: self-modifying code, for the translating engine's invalidation.
 *   1. a function called from a hot loop is patched halfway through the loop, then FENCE.I
 *      (unprivileged spec, "Zifencei": the hart sees its own instruction stores after it);
 *   2. a loop patches an instruction of its own body, then FENCE.I;
 *   3. a compressed instruction of a hot function is patched (a 16-bit store), then FENCE.I;
 *   4. a hot function is patched with no FENCE.I: the spec leaves what the hart then fetches
 *      unspecified, QEMU 7.2 sees the store at once (it drops translations of a written page),
 *      and so does Hartsim;
 *   5. a hot loop stores to a word in the same 4 KiB page as its own code, over and over.
 * Every loop runs long enough to be translated; the results are the same in the interpreter.
 */
#include "test.h"

    .option norvc

TEST_BEGIN smc
    SECTION "1: patched callee, fence.i"
    li s0, 0            // iteration
    li s1, 0            // sum of the callee's results
1:  call callee1
    add s1, s1, a0
    addi s0, s0, 1
    li t0, 10000
    bne s0, t0, 2f
    la t1, callee1
    lw t2, new_li2
    sw t2, 0(t1)
    fence.i
2:  li t0, 20000
    bne s0, t0, 1b
    CHECK s1, 30000     // 10000 x 1 + 10000 x 2

    SECTION "2: loop patches its own body, fence.i"
    li s0, 0
    li s1, 0
3:
site2:
    addi s1, s1, 1      // becomes addi s1, s1, 3
    addi s0, s0, 1
    li t0, 10000
    bne s0, t0, 4f
    la t1, site2
    lw t2, new_add3
    sw t2, 0(t1)
    fence.i
4:  li t0, 20000
    bne s0, t0, 3b
    CHECK s1, 40000     // 10000 x 1 + 10000 x 3

    SECTION "3: patched compressed instruction, fence.i"
    li s0, 0
    li s1, 0
5:  call callee3
    add s1, s1, a0
    addi s0, s0, 1
    li t0, 10000
    bne s0, t0, 6f
    la t1, callee3
    lh t2, new_cli5
    sh t2, 0(t1)
    fence.i
6:  li t0, 20000
    bne s0, t0, 5b
    CHECK s1, 70000     // 10000 x 2 + 10000 x 5

    SECTION "4: patched callee, no fence.i"
    li s0, 0
    li s1, 0
7:  call callee4
    add s1, s1, a0
    addi s0, s0, 1
    li t0, 10000
    bne s0, t0, 8f
    la t1, callee4
    lw t2, new_li7
    sw t2, 0(t1)
8:  li t0, 20000
    bne s0, t0, 7b
    CHECK s1, 80000     // 10000 x 1 + 10000 x 7

    SECTION "5: data word in the loop's own page"
    la s2, shared_word
    sd zero, 0(s2)
    li s0, 2000
9:  ld t0, 0(s2)
    addi t0, t0, 3
    sd t0, 0(s2)
    addi s0, s0, -1
    bnez s0, 9b
    ld t0, 0(s2)
    CHECK t0, 6000
TEST_END

    .balign 4
callee1:
    li a0, 1            // becomes li a0, 2
    ret
callee4:
    li a0, 1            // becomes li a0, 7
    ret
    .option push
    .option rvc
    .balign 4
callee3:
    c.li a0, 2          // becomes c.li a0, 5
    ret
    .option pop
    .balign 8
shared_word:
    .dword 0

    .section .rodata
    .balign 4
new_li2:
    li a0, 2
new_li7:
    li a0, 7
new_add3:
    addi s1, s1, 3
    .option push
    .option rvc
new_cli5:
    c.li a0, 5
    .option pop
