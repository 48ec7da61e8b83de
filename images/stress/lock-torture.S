/*
 * lock-torture: spinlocks and atomic counters hammered by every hart at once.
 *
 * Phase 1, an LR/SC spinlock (lr.w.aq / sc.w, released with amoswap.w.rl),
 * and phase 2, an amoswap test-and-test-and-set spinlock (amoswap.w.aq,
 * released with fence rw,w + sw), each taken LOCK_ITERS times by every hart.
 * Inside, a hart checks that the two plain (non-atomic) doublewords the lock
 * protects are equal (another hart inside at the same time could leave them
 * different), increments the first, waits a pseudo-random few instructions,
 * and stores the same value to the second.  A pseudo-random delay outside the
 * lock varies the interleavings.  Each counter must end at n * LOCK_ITERS,
 * with no violation seen and both locks free.
 *
 * Phase 3, lock-free atomics, AMO_ITERS times per hart:
 *   amoadd.w +1                        total n * AMO_ITERS (32 bits)
 *   amoadd.d +0x180000001              total n * AMO_ITERS * 0x180000001, the
 *                                      low word's carries into the high one
 *                                      need a real 64-bit atomic add
 *   lr.d/sc.d retry loop, +0x180000001 the same total
 *   amoor.w  bit h, amoxor.w bit 8+h   all n bits set; xor: AMO_ITERS is even,
 *                                      so every bit toggled back to 0
 *   amomax.d  i*n + h                  n * AMO_ITERS - 1
 *   amominu.w 0xffffffff - (i*n + h)   0xffffffff - (n * AMO_ITERS - 1)
 * The totals are computed from the hart count and checked exactly.
 * SC failures and spins are timing-dependent and go on INFO lines.
 */
#include "smp.h"

#ifndef LOCK_ITERS
#define LOCK_ITERS   1500
#endif
#ifndef AMO_ITERS
#define AMO_ITERS    4000               /* even: see amoxor.w */
#endif
#define AMO_ADD_D    0x180000001

#define HB_VIOL1     (HB_USER + 0)      /* phase 1: mutual exclusion broken */
#define HB_VIOL2     (HB_USER + 8)      /* phase 2 */
#define HB_SCFAIL1   (HB_USER + 16)     /* phase 1: sc.w failures */
#define HB_SCFAIL3   (HB_USER + 24)     /* phase 3: sc.d failures */
#define HB_SPIN1     (HB_USER + 32)     /* phase 1: spins on a held lock */
#define HB_SPIN2     (HB_USER + 40)     /* phase 2 */

    .option norvc

TEST_BEGIN lock-torture
    call smp_start
    li a0, 0
    call hart_main
    call smp_join

    la t0, smp_nharts
    lw s0, 0(t0)                /* n */
    li t0, LOCK_ITERS
    mul s1, s0, t0              /* n * LOCK_ITERS */
    li t0, AMO_ITERS
    mul s2, s0, t0              /* n * AMO_ITERS */

    SECTION "LR/SC spinlock: counter, violations, lock free"
    la t0, data1
    ld t1, 0(t0)
    CHECKR t1, s1
    ld t1, 8(t0)
    CHECKR t1, s1
    li a0, HB_VIOL1
    call sum_field
    CHECK a0, 0
    la t0, lock1
    lw t1, 0(t0)
    CHECK t1, 0

    SECTION "amoswap spinlock: counter, violations, lock free"
    la t0, data2
    ld t1, 0(t0)
    CHECKR t1, s1
    ld t1, 8(t0)
    CHECKR t1, s1
    li a0, HB_VIOL2
    call sum_field
    CHECK a0, 0
    la t0, lock2
    lw t1, 0(t0)
    CHECK t1, 0

    SECTION "atomics: amoadd.w, amoadd.d, lr.d/sc.d, amoor.w, amoxor.w, amomax.d, amominu.w"
    la t0, cnt_w
    lwu t1, 0(t0)
    slli t2, s2, 32
    srli t2, t2, 32
    CHECKR t1, t2
    li t2, AMO_ADD_D
    mul t2, t2, s2
    la t0, cnt_d
    ld t1, 0(t0)
    CHECKR t1, t2
    la t0, cnt_lrsc
    ld t1, 0(t0)
    CHECKR t1, t2
    li t2, 1
    sll t2, t2, s0
    addi t2, t2, -1             /* (1 << n) - 1 */
    la t0, or_w
    lw t1, 0(t0)
    CHECKR t1, t2
    la t0, xor_w
    lw t1, 0(t0)
    CHECK t1, 0
    addi t2, s2, -1
    la t0, max_d
    ld t1, 0(t0)
    CHECKR t1, t2
    li t3, 0xffffffff
    sub t2, t3, t2
    la t0, minu_w
    lwu t1, 0(t0)
    CHECKR t1, t2

    PUTS "lock-torture: lock-iterations="
    li t0, LOCK_ITERS
    PUTDEC t0
    PUTS " amo-iterations="
    li t0, AMO_ITERS
    PUTDEC t0
    PUTS " per hart; lrsc-lock="
    la t0, data1
    ld t0, 0(t0)
    PUTDEC t0
    PUTS " amoswap-lock="
    la t0, data2
    ld t0, 0(t0)
    PUTDEC t0
    PUTS " amoadd.w="
    la t0, cnt_w
    lwu t0, 0(t0)
    PUTDEC t0
    PUTS "\n"
    PUTS "INFO sc.w failures="
    li a0, HB_SCFAIL1
    call sum_field
    PUTDEC a0
    PUTS " sc.d failures="
    li a0, HB_SCFAIL3
    call sum_field
    PUTDEC a0
    PUTS " spins lrsc-lock="
    li a0, HB_SPIN1
    call sum_field
    PUTDEC a0
    PUTS " amoswap-lock="
    li a0, HB_SPIN2
    call sum_field
    PUTDEC a0
    PUTS "\n"
TEST_END

/* sum_field: a0 = offset in the hart block; returns the sum over harts. */
sum_field:
    mv t2, a0
    li a0, 0
    li t3, 0
1:  bgeu t3, s0, 2f
    la t0, smp_blocks
    slli t1, t3, 10
    add t0, t0, t1
    add t0, t0, t2
    ld t0, 0(t0)
    add a0, a0, t0
    addi t3, t3, 1
    j 1b
2:  ret

/* ------------------------------------------------------------------ */
/* hart_main: a0 = hart id (= tp).  Runs on every hart; no interrupts. */
    .globl hart_main
hart_main:
    mv s11, ra
    SMP_BLOCK s10, t0
    addi t0, tp, 1
    li t1, 0x9e3779b97f4a7c15
    mul s9, t0, t1              /* xorshift seed, per hart */
    bnez tp, 1f
    la t0, minu_w               /* hart 0: the amominu.w start value */
    li t1, -1
    sw t1, 0(t0)
1:  call smp_barrier

    /* ---- Phase 1: LR/SC spinlock ---- */
    la s1, lock1
    la s2, data1
    li s3, LOCK_ITERS
10: beqz s3, 19f
11: lr.w.aq t0, (s1)
    bnez t0, 13f
    li t1, 1
    sc.w t2, t1, (s1)
    beqz t2, 14f
    ld t0, HB_SCFAIL1(s10)
    addi t0, t0, 1
    sd t0, HB_SCFAIL1(s10)
    j 11b
13: ld t0, HB_SPIN1(s10)        /* held: wait with plain loads */
    addi t0, t0, 1
    sd t0, HB_SPIN1(s10)
12: lw t0, 0(s1)
    bnez t0, 12b
    j 11b
14: li a0, HB_VIOL1
    call critical
    amoswap.w.rl zero, zero, (s1)
    call delay
    addi s3, s3, -1
    j 10b
19: call smp_barrier

    /* ---- Phase 2: amoswap test-and-test-and-set spinlock ---- */
    la s1, lock2
    la s2, data2
    li s3, LOCK_ITERS
20: beqz s3, 29f
21: lw t0, 0(s1)
    beqz t0, 22f
    ld t0, HB_SPIN2(s10)
    addi t0, t0, 1
    sd t0, HB_SPIN2(s10)
23: lw t0, 0(s1)
    bnez t0, 23b
22: li t1, 1
    amoswap.w.aq t0, t1, (s1)
    bnez t0, 21b
    li a0, HB_VIOL2
    call critical
    fence rw, w
    sw zero, 0(s1)
    call delay
    addi s3, s3, -1
    j 20b
29: call smp_barrier

    /* ---- Phase 3: lock-free atomics ---- */
    la a1, cnt_w
    la a2, cnt_d
    la a3, cnt_lrsc
    la a4, or_w
    la a5, xor_w
    la a6, max_d
    la a7, minu_w
    li s4, AMO_ADD_D
    li t0, 1
    sll s5, t0, tp              /* bit h */
    slli s6, s5, 8              /* bit 8 + h */
    la t0, smp_nharts
    lw s7, 0(t0)                /* n */
    li s3, 0                    /* i */
30: li t0, AMO_ITERS
    bgeu s3, t0, 39f
    li t0, 1
    amoadd.w zero, t0, (a1)
    amoadd.d zero, s4, (a2)
31: lr.d t0, (a3)
    add t0, t0, s4
    sc.d t1, t0, (a3)
    beqz t1, 32f
    ld t0, HB_SCFAIL3(s10)
    addi t0, t0, 1
    sd t0, HB_SCFAIL3(s10)
    j 31b
32: amoor.w zero, s5, (a4)
    amoxor.w zero, s6, (a5)
    mul t0, s3, s7
    add t0, t0, tp              /* i * n + h */
    amomax.d zero, t0, (a6)
    not t1, t0                  /* 0xffffffff - (i*n + h) in the low word */
    amominu.w zero, t1, (a7)
    call delay
    addi s3, s3, 1
    j 30b
39: call smp_barrier
    mv ra, s11
    ret

/*
 * critical: the protected section; s2 = the two plain doublewords, a0 =
 * the violation counter's offset in the hart block.  Clobbers t0-t3.
 */
critical:
    ld t0, 0(s2)
    ld t1, 8(s2)
    beq t0, t1, 1f
    add t2, s10, a0             /* someone else is (or was) inside */
    ld t3, 0(t2)
    addi t3, t3, 1
    sd t3, 0(t2)
1:  addi t0, t0, 1
    sd t0, 0(s2)
    andi t1, s9, 7              /* linger 0..7 rounds between the stores */
2:  beqz t1, 3f
    addi t1, t1, -1
    j 2b
3:  sd t0, 8(s2)
    ret

/* delay: s9 = xorshift64(s9), then 0..15 idle rounds.  Clobbers t0. */
delay:
    slli t0, s9, 13
    xor s9, s9, t0
    srli t0, s9, 7
    xor s9, s9, t0
    slli t0, s9, 17
    xor s9, s9, t0
    srli t0, s9, 20
    andi t0, t0, 15
1:  beqz t0, 2f
    addi t0, t0, -1
    j 1b
2:  ret

    .bss
    .balign 64
lock1:    .word 0
    .balign 64
data1:    .dword 0, 0
    .balign 64
lock2:    .word 0
    .balign 64
data2:    .dword 0, 0
    .balign 64
cnt_w:    .word 0
    .balign 8
cnt_d:    .dword 0               /* on the same line as cnt_w, on purpose */
    .balign 64
cnt_lrsc: .dword 0
    .balign 64
or_w:     .word 0
xor_w:    .word 0
    .balign 64
max_d:    .dword 0
minu_w:   .word 0
