/*
 * timer-storm: every hart re-arms its own timer at short pseudo-random
 * deltas, thousands of times, first the M-mode timer (CLINT mtimecmp, MTI)
 * and then the S-mode one (Sstc stimecmp, STI delegated to S).
 *
 * For each of ITERS rounds per mode a hart picks delta = 0..255 ticks (so
 * some deadlines are already due when written), writes deadline = now +
 * delta to its compare register, and waits for the interrupt, by spinning
 * or in WFI (a pseudo-random choice per round; WFI with the check-then-WFI
 * pattern, interrupts disabled around the check).  Its handler checks:
 *   - the interrupt was armed (a second interrupt for one deadline is a
 *     "spurious" one: every interrupt must be taken exactly once);
 *   - it is not early: mtime >= mtimecmp (M: both read from the CLINT),
 *     time >= stimecmp (S: both CSRs);
 *   - the compare register still holds the deadline written;
 * then records the lateness (now - deadline, in ticks) and disarms (writes
 * all ones, which clears the pending bit).  A round whose interrupt does not
 * come within 5 s counts as a timeout and ends that mode's run.
 *
 * The S-mode part: menvcfg.STCE = 1 (Sstc), mcounteren.TM = 1 (time CSR
 * readable in S), mideleg.STI = 1, mie.STIE = 1, stvec = the S handler;
 * the loop runs in S-mode, then an ecall returns to M.
 *
 * Every count is checked exactly (ITERS interrupts per hart and mode, no
 * early, spurious or mismatched one, no timeout).  The lateness histograms
 * depend on the emulator and the host, so they go on INFO lines.
 */
#include "smp.h"

#ifndef ITERS
#define ITERS        1000
#endif
#define WAIT_TIMEOUT 50000000           /* 5 s */
#define BAD_MAGIC    0xbad

/* One set of counters per mode in the hart block (M at SET_M, S at SET_S). */
#define T_ARMED      0                  /* deadline armed, 0 = none */
#define T_FIRED      8
#define T_EARLY      16
#define T_SPUR       24
#define T_MISMATCH   32
#define T_TIMEOUTS   40
#define T_MAXLATE    48
#define T_HIST       56                 /* 6 doublewords: 0, 1-9, ..., 10000+ */
#define T_BADCAUSE   104                /* S only: an unexpected S trap's scause */
#define T_SIZE       112
#define SET_M        (HB_USER)
#define SET_S        (HB_USER + T_SIZE)
#define HB_SEED      (HB_USER + 2 * T_SIZE)

    .option norvc

TEST_BEGIN timer-storm
    call smp_start
    li a0, 0
    call hart_main
    call smp_join

    la t0, smp_nharts
    lw s0, 0(t0)
    SECTION "M-mode timer (mtimecmp): per hart fired, early, spurious, mismatched, timeouts"
    li a0, SET_M
    call check_set
    SECTION "S-mode timer (stimecmp): per hart fired, early, spurious, mismatched, timeouts, bad traps"
    li a0, SET_S
    call check_set

    PUTS "timer-storm: iterations="
    li t0, ITERS
    PUTDEC t0
    PUTS " per hart and mode, interrupts M="
    li a0, SET_M + T_FIRED
    call sum_field
    PUTDEC a0
    PUTS " S="
    li a0, SET_S + T_FIRED
    call sum_field
    PUTDEC a0
    PUTS "\n"
    PUTS "INFO M-mode lateness (ticks):"
    li a0, SET_M
    call print_hist
    PUTS "INFO S-mode lateness (ticks):"
    li a0, SET_S
    call print_hist
TEST_END

/* check_set: a0 = set offset; the checks of that set for every hart. */
check_set:
    mv s11, ra
    mv s2, a0
    li s1, 0
1:  bgeu s1, s0, 2f
    la s3, smp_blocks
    slli t0, s1, 10
    add s3, s3, t0
    add s3, s3, s2              /* s3 = the set of hart s1 */
    ld t2, T_FIRED(s3)
    CHECK t2, ITERS
    ld t2, T_EARLY(s3)
    CHECK t2, 0
    ld t2, T_SPUR(s3)
    CHECK t2, 0
    ld t2, T_MISMATCH(s3)
    CHECK t2, 0
    ld t2, T_TIMEOUTS(s3)
    CHECK t2, 0
    li t0, SET_S
    bne s2, t0, 3f
    ld t2, T_BADCAUSE(s3)
    CHECK t2, 0
3:  addi s1, s1, 1
    j 1b
2:  mv ra, s11
    ret

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

/* print_hist: a0 = set offset; " 0=n 1-9=n ... max=n\n" summed over harts. */
print_hist:
    mv s11, ra
    mv s2, a0
    li s4, 0                    /* bucket */
    la s5, hist_names
1:  li t0, 6
    bgeu s4, t0, 2f
    PUTS " "
    ld a0, 0(s5)
    call __puts_saved
    PUTS "="
    slli a0, s4, 3
    add a0, a0, s2
    addi a0, a0, T_HIST
    call sum_field
    PUTDEC a0
    addi s4, s4, 1
    addi s5, s5, 8
    j 1b
2:  PUTS " max="
    li s6, 0
    li s4, 0
3:  bgeu s4, s0, 4f
    la t0, smp_blocks
    slli t1, s4, 10
    add t0, t0, t1
    add t0, t0, s2
    ld t0, T_MAXLATE(t0)
    bgeu s6, t0, 5f
    mv s6, t0
5:  addi s4, s4, 1
    j 3b
4:  PUTDEC s6
    PUTS "\n"
    mv ra, s11
    ret

/* ------------------------------------------------------------------ */
/* hart_main: a0 = hart id (= tp).  Runs on every hart. */
    .globl hart_main
hart_main:
    mv s11, ra
    SMP_BLOCK s10, t0           /* s10 = this hart's block */
    la t0, timer_mtrap
    csrw mtvec, t0
    li t0, CLINT_MTIMECMP
    slli t1, tp, 3
    add s7, t0, t1              /* s7 = &mtimecmp[h] */
    li t0, -1
    sd t0, 0(s7)
    /* seed = (h + 1) * golden ratio, for a different sequence per hart */
    addi t0, tp, 1
    li t1, 0x9e3779b97f4a7c15
    mul s9, t0, t1
    call smp_barrier

    /* ---- M-mode: mtimecmp ---- */
    addi s8, s10, SET_M
    li t0, MIP_MTIP
    csrw mie, t0
    csrsi mstatus, MSTATUS_MIE
    li s1, 0
10: li t0, ITERS
    bgeu s1, t0, 19f
    call next_rand
    andi s2, s9, 0xff           /* delta */
    li t0, CLINT_MTIME
    ld t1, 0(t0)
    add s2, s2, t1              /* deadline */
    sd s2, T_ARMED(s8)
    sd s2, 0(s7)
    addi s1, s1, 1              /* fired must reach s1 */
    li t0, WAIT_TIMEOUT
    add s3, s2, t0              /* give up after */
    srli t0, s9, 16
    andi t0, t0, 1
    bnez t0, 13f
11: ld t0, T_FIRED(s8)          /* spin */
    bgeu t0, s1, 10b
    csrr t1, time
    bltu t1, s3, 11b
    j 18f
13: csrci mstatus, MSTATUS_MIE  /* wfi */
    ld t0, T_FIRED(s8)
    bgeu t0, s1, 14f
    csrr t1, time
    bgeu t1, s3, 17f
    wfi
    csrsi mstatus, MSTATUS_MIE
    j 13b
14: csrsi mstatus, MSTATUS_MIE
    j 10b
17: csrsi mstatus, MSTATUS_MIE
18: ld t0, T_TIMEOUTS(s8)       /* timed out: count it, disarm, stop */
    addi t0, t0, 1
    sd t0, T_TIMEOUTS(s8)
    li t0, -1
    sd t0, 0(s7)
    sd zero, T_ARMED(s8)
19: csrci mstatus, MSTATUS_MIE
    csrw mie, zero
    call smp_barrier

    /* ---- S-mode: stimecmp (Sstc) ---- */
    addi s8, s10, SET_S
    li t0, -1
    csrw CSR_STIMECMP, t0
    li t0, MENVCFG_STCE
    csrs CSR_MENVCFG, t0
    csrsi mcounteren, 2         /* TM: time readable in S */
    li t0, MIP_STIP
    csrw mideleg, t0
    csrw mie, t0
    la t0, timer_strap
    csrw stvec, t0
    csrw sscratch, s10
    csrsi mstatus, MSTATUS_SIE
    li t0, MSTATUS_MPP
    csrc mstatus, t0
    li t0, MSTATUS_MPP_S
    csrs mstatus, t0
    la t0, 20f
    csrw mepc, t0
    mret
20: li s1, 0                    /* now in S-mode */
21: li t0, ITERS
    bgeu s1, t0, 29f
    ld t0, T_BADCAUSE(s8)
    bnez t0, 29f
    call next_rand
    andi s2, s9, 0xff
    csrr t1, time
    add s2, s2, t1
    sd s2, T_ARMED(s8)
    csrw CSR_STIMECMP, s2
    addi s1, s1, 1
    li t0, WAIT_TIMEOUT
    add s3, s2, t0
    srli t0, s9, 16
    andi t0, t0, 1
    bnez t0, 23f
22: ld t0, T_FIRED(s8)          /* spin */
    bgeu t0, s1, 21b
    csrr t1, time
    bltu t1, s3, 22b
    j 28f
23: csrci sstatus, MSTATUS_SIE  /* wfi */
    ld t0, T_FIRED(s8)
    bgeu t0, s1, 24f
    csrr t1, time
    bgeu t1, s3, 27f
    wfi
    csrsi sstatus, MSTATUS_SIE
    j 23b
24: csrsi sstatus, MSTATUS_SIE
    j 21b
27: csrsi sstatus, MSTATUS_SIE
28: ld t0, T_TIMEOUTS(s8)
    addi t0, t0, 1
    sd t0, T_TIMEOUTS(s8)
    li t0, -1
    csrw CSR_STIMECMP, t0
    sd zero, T_ARMED(s8)
29: csrci sstatus, MSTATUS_SIE
    ecall                       /* back to M-mode (timer_mtrap) */
    csrw mie, zero
    csrw mideleg, zero
    call smp_barrier
    mv ra, s11
    ret

/* next_rand: s9 = xorshift64(s9).  Clobbers t0. */
next_rand:
    slli t0, s9, 13
    xor s9, s9, t0
    srli t0, s9, 7
    xor s9, s9, t0
    slli t0, s9, 17
    xor s9, s9, t0
    ret

/*
 * TIMER_TAKEN set, now, cmp: the common part of both handlers, with sp =
 * the hart block, \now and \cmp (registers) holding the time and the compare
 * register as read in the handler.  Clobbers t0-t3.
 */
.macro TIMER_TAKEN set, now, cmp
    ld t0, \set+T_ARMED(sp)
    bnez t0, 1f
    ld t1, \set+T_SPUR(sp)       /* not armed: a second interrupt */
    addi t1, t1, 1
    sd t1, \set+T_SPUR(sp)
    j 9f
1:  beq t0, \cmp, 2f
    ld t1, \set+T_MISMATCH(sp)
    addi t1, t1, 1
    sd t1, \set+T_MISMATCH(sp)
2:  bgeu \now, \cmp, 3f
    ld t1, \set+T_EARLY(sp)      /* taken before its deadline */
    addi t1, t1, 1
    sd t1, \set+T_EARLY(sp)
    mv \now, t0
3:  sub t1, \now, t0             /* lateness, ticks */
    ld t2, \set+T_MAXLATE(sp)
    bgeu t2, t1, 4f
    sd t1, \set+T_MAXLATE(sp)
4:  li t2, 0                     /* bucket: 0, 1-9, 10-99, ..., 10000+ */
    li t3, 1
5:  bltu t1, t3, 6f
    addi t2, t2, 1
    li t0, 5
    bgeu t2, t0, 6f
    slli t0, t3, 3
    slli t3, t3, 1
    add t3, t3, t0               /* t3 *= 10 */
    j 5b
6:  slli t2, t2, 3
    add t2, t2, sp
    ld t0, \set+T_HIST(t2)
    addi t0, t0, 1
    sd t0, \set+T_HIST(t2)
    sd zero, \set+T_ARMED(sp)
    ld t0, \set+T_FIRED(sp)
    addi t0, t0, 1
    sd t0, \set+T_FIRED(sp)
9:
.endm

    .balign 4
timer_mtrap:
    SMP_MSAVE
    csrr t0, mcause
    li t1, CAUSE_MTI
    beq t0, t1, 1f
    li t1, 9                    /* ecall from S: back to M after it */
    bne t0, t1, 8f
    li t1, BAD_MAGIC
    beq a7, t1, 8f
    csrr t0, mepc
    addi t0, t0, 4
    csrw mepc, t0
    li t0, MSTATUS_MPP
    csrs mstatus, t0
    SMP_MRESTORE
    mret
1:  li a0, CLINT_MTIME
    ld a0, 0(a0)
    li a2, CLINT_MTIMECMP
    slli t0, tp, 3
    add a2, a2, t0
    ld a1, 0(a2)
    TIMER_TAKEN SET_M, a0, a1
    li t0, -1
    sd t0, 0(a2)                /* disarm: clears MTIP */
    SMP_MRESTORE
    mret
8:  j smp_unexpected

    .balign 4
timer_strap:
    SMP_SSAVE
    csrr t0, scause
    li t1, CAUSE_STI
    bne t0, t1, 8f
    csrr a0, time
    csrr a1, CSR_STIMECMP
    TIMER_TAKEN SET_S, a0, a1
    li t0, -1
    csrw CSR_STIMECMP, t0       /* disarm: clears STIP */
    SMP_SRESTORE
    sret
8:  sd t0, SET_S+T_BADCAUSE(sp) /* unexpected in S: record, fail in M */
    li a7, BAD_MAGIC
    ecall

    .section .rodata
    .balign 8
hist_names:
    .dword 1f, 2f, 3f, 4f, 5f, 6f
1:  .asciz "0"
2:  .asciz "1-9"
3:  .asciz "10-99"
4:  .asciz "100-999"
5:  .asciz "1000-9999"
6:  .asciz "10000+"
