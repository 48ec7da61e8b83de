/*
 * pmp: physical memory protection (privileged spec, "Physical Memory
 * Protection": "PMP Configuration CSRs", "Address Matching", "Locking and
 * Privilege Mode", "Priority and Matching Logic").  QEMU 7.2 implements 16
 * entries with 4-byte granularity.
 *   - entry 15 = NAPOT over everything, RWX: the background region for
 *     S/U (code, framework block, UART); entries 0..14 are tested on top;
 *   - TOR (entries 0-1: [pA, pA+4K) read-only), NA4 (one word with no
 *     permissions), NAPOT 4 KiB and the smallest NAPOT (8 bytes);
 *   - the lowest-numbered matching entry decides; an access that matches
 *     an entry in some bytes only fails, whatever the permissions;
 *   - faults: load access fault (5), store (7), fetch (1), mtval = address;
 *   - an execute-only region can be run but not read;
 *   - M-mode ignores unlocked entries, but MPRV makes its loads/stores
 *     checked with MPP's privilege;
 *   - an S/U access that matches no entry fails while some entry is
 *     active; the spec says it fails even when no entry is active at all,
 *     while QEMU 7.2 then makes mret to S/U itself illegal: both accepted
 *     here (see the "no matching entry" section), spec/pmp.S checks the
 *     spec's behaviour exactly;
 *   - locked entries (L) apply to M-mode too, and lock their own pmpcfg
 *     and pmpaddr, plus pmpaddr[i-1] for a TOR entry i; locks last until
 *     reset, so that section comes last.
 */
#include "test.h"

    .option norvc

#define P_OFF   0x00
#define P_TOR   0x08
#define P_NA4   0x10
#define P_NAPOT 0x18
#define P_R     0x01
#define P_W     0x02
#define P_X     0x04
#define P_L     0x80


/* ACCESS kind, addr_reg, expect_cause (0 = no trap): one access. */
.macro ACCESS insn, reg, cause
    EXPECT_TRAP 1f
    \insn a0, 0(\reg)
1:  .if \cause
    CHECKFW FW_TCAUSE, \cause
    sd t1, FW_T1(gp)
    ld t1, FW_TTVAL(gp)
    CHECKR t1, \reg
    ld t1, FW_T1(gp)
    .else
    CHECK_NOTRAP
    .endif
.endm

TEST_BEGIN pmp
    SECTION "setting up entries"
    li t0, -1
    csrw pmpaddr15, t0
    li t0, (P_NAPOT | P_R | P_W | P_X) << 56
    csrw pmpcfg2, t0            /* entry 15: everything */
    la t0, pA
    srli t0, t0, 2
    csrw pmpaddr0, t0           /* TOR base */
    la t0, pA + 4096
    srli t0, t0, 2
    csrw pmpaddr1, t0           /* TOR top: [pA, pA + 4K) */
    la t0, pB + 0x104
    srli t0, t0, 2
    csrw pmpaddr2, t0           /* NA4: the word at pB + 0x104 */
    la t0, pB
    srli t0, t0, 2
    ori t0, t0, 0x1ff           /* NAPOT 4 KiB */
    csrw pmpaddr3, t0
    la t0, pC + 0x40
    srli t0, t0, 2              /* NAPOT 8 bytes: no trailing ones */
    csrw pmpaddr4, t0
    la t0, pC
    srli t0, t0, 2
    ori t0, t0, 0x1ff
    csrw pmpaddr5, t0
    la t0, xcode
    srli t0, t0, 2
    ori t0, t0, 0x1ff
    csrw pmpaddr6, t0
    li t0, (P_OFF) | ((P_TOR | P_R) << 8) | ((P_NA4) << 16) | ((P_NAPOT | P_R | P_W) << 24) | ((P_NAPOT) << 32) | ((P_NAPOT | P_R | P_W) << 40) | ((P_NAPOT | P_X) << 48)
    csrw pmpcfg0, t0            /* entry 0 (OFF) replaces crt.S's allow-all */
    sfence.vma
    csrr a0, pmpcfg0
    CHECKR a0, t0
    csrr a0, pmpaddr4
    la t1, pC + 0x40
    srli t1, t1, 2
    CHECKR a0, t1

    SECTION "S-mode"
    MODE_S
    la s0, pA
    ACCESS ld, s0, 0            /* TOR, R */
    ACCESS sd, s0, 7
    la s1, pA + 4088
    ACCESS sd, s1, 7            /* last doubleword of the TOR range */
    addi s1, s0, -8
    ACCESS sd, s1, 0            /* just below it: entry 15 */
    la s0, pB + 0x104
    ACCESS lw, s0, 5            /* NA4, no permissions */
    ACCESS sw, s0, 7
    addi s1, s0, -4
    ACCESS lw, s1, 0            /* the word below: entry 3 (R/W) */
    ACCESS sw, s1, 0
    ACCESS ld, s1, 5            /* 8 bytes over both: partial match fails */
    addi s1, s0, 4
    ACCESS lw, s1, 0
    la s0, pC + 0x40
    ACCESS ld, s0, 5            /* 8-byte NAPOT */
    ACCESS lb, s0, 5
    addi s1, s0, 7
    ACCESS lbu, s1, 5
    addi s1, s0, 8
    ACCESS ld, s1, 0
    addi s1, s0, -8
    ACCESS sd, s1, 0
    la s0, xcode
    ACCESS ld, s0, 5            /* execute-only: no reads */
    ACCESS sd, s0, 7
    li a0, 0
    jalr ra, 0(s0)              /* but it runs */
    CHECK a0, 0x99
    MODE_M

    SECTION "U-mode"
    MODE_U
    la s0, pA
    ACCESS lwu, s0, 0
    ACCESS sw, s0, 7
    la s0, pB + 0x104
    ACCESS lhu, s0, 5
    la s0, xcode
    li a0, 0
    jalr ra, 0(s0)
    CHECK a0, 0x99
    MODE_M

    SECTION "M-mode ignores unlocked entries, unless MPRV"
    la s0, pA
    ACCESS sd, s0, 0
    la s0, pB + 0x104
    ACCESS lw, s0, 0
    la s0, xcode
    ACCESS ld, s0, 0
    la s0, pA
    li t0, MSTATUS_MPP
    csrc mstatus, t0
    li t0, MSTATUS_MPP_S
    csrs mstatus, t0
    EXPECT_TRAP 1f
    li t0, MSTATUS_MPRV
    csrs mstatus, t0
    sd a0, 0(s0)                /* checked as S: read-only region */
1:  li t0, MSTATUS_MPRV
    csrc mstatus, t0
    CHECKFW FW_TCAUSE, 7
    CHECKFWA FW_TTVAL, pA

    SECTION "no matching entry"
    /* Entry 15 off: S code itself now matches nothing and cannot be
     * fetched, while entries 1..6 are still active. */
    csrw pmpcfg2, zero
    sfence.vma
    li t0, MSTATUS_MPP
    csrc mstatus, t0
    li t0, MSTATUS_MPP_S
    csrs mstatus, t0
    la t0, s_nomatch
    csrw mepc, t0
    EXPECT_TRAP_M 1f
    mret
1:  CHECKFW FW_TCAUSE, 1
    CHECKFWA FW_TTVAL, s_nomatch
    CHECKFWA FW_TEPC, s_nomatch
    /*
     * No entry active at all (all A fields OFF).  The spec (privileged
     * spec 3.7.1, "Physical Memory Protection CSRs": "If no PMP entry
     * matches an S-mode or U-mode access, but at least one PMP entry is
     * implemented, the access fails") has the mret succeed and the S-mode
     * fetch of its target fail: instruction access fault, mtval = mepc =
     * the target.  QEMU 7.2 instead refuses the mret itself: illegal
     * instruction, mtval = the mret's bits, mepc = the mret.  Hartsim
     * follows the spec; a1 = 1 for QEMU's outcome, 2 for the spec's, and
     * either is accepted.  Either way s_nomatch never runs (a0 stays 0).
     */
    csrw pmpcfg0, zero
    sfence.vma
    li t0, MSTATUS_MPP
    csrc mstatus, t0
    li t0, MSTATUS_MPP_S
    csrs mstatus, t0
    la t0, s_nomatch
    csrw mepc, t0
    li a0, 0
    EXPECT_TRAP_M 1f
mret_nopmp:
    mret
1:  li a1, 0
    ld t1, FW_RESUME(gp)
    bnez t1, 3f                 /* no trap at all */
    ld t1, FW_TCAUSE(gp)
    li t2, 2
    bne t1, t2, 2f
    ld t1, FW_TTVAL(gp)         /* QEMU: illegal mret */
    la t2, mret_nopmp
    lwu t2, 0(t2)
    bne t1, t2, 3f
    ld t1, FW_TEPC(gp)
    la t2, mret_nopmp
    bne t1, t2, 3f
    li a1, 1
    j 3f
2:  li t2, 1                    /* spec: fetch access fault at the target */
    bne t1, t2, 3f
    la t2, s_nomatch
    ld t1, FW_TTVAL(gp)
    bne t1, t2, 3f
    ld t1, FW_TEPC(gp)
    bne t1, t2, 3f
    li a1, 2
3:  CHECK_ONEOF a1, 1, 2
    CHECK a0, 0

    SECTION "locked entries"
    li t0, -1
    csrw pmpaddr15, t0
    li t0, (P_NAPOT | P_R | P_W | P_X) << 56
    csrw pmpcfg2, t0
    la t0, pD
    srli t0, t0, 2
    csrw pmpaddr8, t0
    la t0, pD + 4096
    srli t0, t0, 2
    csrw pmpaddr9, t0
    la t0, pE
    srli t0, t0, 2
    ori t0, t0, 0x1ff
    csrw pmpaddr10, t0
    /* entry 9: TOR [pD, pD+4K) locked, R; entry 10: NAPOT pE locked, none */
    li t0, ((P_NAPOT | P_R | P_W | P_X) << 56) | ((P_L | P_TOR | P_R) << 8) | ((P_L | P_NAPOT) << 16)
    csrw pmpcfg2, t0
    sfence.vma
    la s0, pD
    ACCESS ld, s0, 0            /* M-mode, locked R */
    ACCESS sd, s0, 7            /* locked entries bind M-mode too */
    la s0, pE
    ACCESS ld, s0, 5
    ACCESS sd, s0, 7
    /* Locked: writes to their cfg bytes and addresses are ignored. */
    csrr s1, pmpcfg2
    li t0, ((P_NAPOT | P_R | P_W | P_X) << 56) | ((P_NAPOT | P_R | P_W | P_X) << 8) | ((P_NAPOT | P_R | P_W | P_X) << 16) | ((P_NAPOT | P_R) << 24)
    csrw pmpcfg2, t0
    csrr a0, pmpcfg2
    li t0, ((P_NAPOT | P_R | P_W | P_X) << 56) | ((P_L | P_TOR | P_R) << 8) | ((P_L | P_NAPOT) << 16) | ((P_NAPOT | P_R) << 24)
    CHECKR a0, t0               /* entries 9, 10 kept; unlocked 11 written */
    csrr s2, pmpaddr9
    csrw pmpaddr9, zero
    csrr a0, pmpaddr9
    CHECKR a0, s2
    csrr s2, pmpaddr8           /* TOR base of locked entry 9: locked too */
    csrw pmpaddr8, zero
    csrr a0, pmpaddr8
    CHECKR a0, s2
    csrr s2, pmpaddr10
    csrw pmpaddr10, zero
    csrr a0, pmpaddr10
    CHECKR a0, s2
    ACCESS sd, s0, 7            /* still enforced */
TEST_END

/* Fetching this from S fails when no PMP entry matches it.  Should it run
 * anyway, its ecall ends the excursion at once (the armed EXPECT_TRAP_M
 * catches it and the cause check fails) instead of hanging. */
    .balign 4
s_nomatch:
    li a0, 1
    ecall

/* An execute-only page (entry 6). */
    .balign 4096
xcode:
    li a0, 0x99
    ret
    .balign 4096

    .bss
    .balign 4096
pA: .space 4096
pB: .space 4096
pC: .space 4096
pD: .space 4096
pE: .space 4096
