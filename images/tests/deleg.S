/*
 * deleg: trap delegation to S-mode through medeleg and mideleg (privileged
 * spec, "Machine Trap Delegation Registers (medeleg and mideleg)" and
 * "Supervisor Trap Value", "Supervisor Cause", "Supervisor Status").
 *   - a delegated exception from U or S goes to stvec in S-mode with scause,
 *     stval (instruction bits for illegal instructions, 0 for ecall/ebreak),
 *     sepc; SPP = previous mode, SPIE = previous SIE, SIE = 0; the M-mode
 *     trap CSRs (mcause, mepc, mtval) are untouched;
 *   - the same exception in M-mode is never delegated;
 *   - ecall from U and from S can be delegated;
 *   - delegated interrupts (SSIP, STIP) are not taken in M-mode even with
 *     MIE set, are taken in S only when sstatus.SIE is set, and are always
 *     taken in U; the trap is precise: sepc is the instruction after the
 *     one that enabled the interrupt;
 *   - non-delegated S-level interrupts go to M, also when the hart is in S
 *     with mstatus.MIE clear (interrupts for a more privileged mode are
 *     always enabled, "Machine Interrupt Registers (mip and mie)").
 */
#include "test.h"

    .option norvc

#define U_SCAUSE  (FW_USER + 0)
#define U_SEPC    (FW_USER + 8)
#define U_SSTATUS (FW_USER + 16)
#define U_SCOUNT  (FW_USER + 24)

/* TST_FIELD shift, mask, exp: check (FW_TSTATUS >> shift) & mask. */
.macro TST_FIELD shift, mask, exp
    sd t1, FW_T1(gp)
    ld t1, FW_TSTATUS(gp)
    srli t1, t1, \shift
    andi t1, t1, \mask
    CHECK t1, \exp
    ld t1, FW_T1(gp)
.endm

/* UFIELD off, shift, mask, exp: check (FW[off] >> shift) & mask. */
.macro UFIELD off, shift, mask, exp
    sd t1, FW_T1(gp)
    ld t1, \off(gp)
    srli t1, t1, \shift
    andi t1, t1, \mask
    CHECK t1, \exp
    ld t1, FW_T1(gp)
.endm

TEST_BEGIN deleg
    la t0, __strap
    csrw stvec, t0
    li t0, 0x55
    csrw mcause, t0             /* sentinels: delegated traps leave these alone */
    csrw mepc, t0
    csrw mtval, t0

    SECTION "delegated illegal instruction from U"
    li t0, 1 << 2
    csrw medeleg, t0
    li t0, MSTATUS_SIE
    csrs mstatus, t0            /* SIE = 1 before the trap: goes to SPIE */
    MODE_U
    EXPECT_TRAP 1f
d_ill_u:
    .word 0x0000000b
1:  CHECKFW FW_TMODE, 1         /* taken by the S handler */
    CHECK_TRAP_INSN 2, d_ill_u
    CHECKFWA FW_TEPC, d_ill_u
    TST_FIELD 8, 1, 0           /* SPP = U */
    TST_FIELD 5, 1, 1           /* SPIE = old SIE */
    TST_FIELD 1, 1, 0           /* SIE cleared */
    MODE_M
    csrr a0, mcause             /* the ecall of MODE_M is the only M trap: */
    CHECK a0, 8
    csrr a0, mtval
    CHECK a0, 0

    SECTION "delegated illegal instruction from S; not delegated from M"
    li t0, 0x55
    csrw mcause, t0
    MODE_S
    EXPECT_TRAP 1f
d_ill_s:
    csrr a0, mscratch           /* M CSR from S: illegal */
1:  CHECKFW FW_TMODE, 1
    CHECK_TRAP_INSN 2, d_ill_s
    TST_FIELD 8, 1, 1           /* SPP = S */
    csrr a0, scause
    CHECK a0, 2
    MODE_M
    csrr a0, mcause
    CHECK a0, 9                 /* only MODE_M's ecall reached M */
    EXPECT_TRAP 1f
d_ill_m:
    .word 0x0000000b
1:  CHECKFW FW_TMODE, 3         /* M-mode traps are never delegated */
    CHECK_TRAP_INSN 2, d_ill_m

    SECTION "delegated ebreak and ecall"
    li t0, (1 << 3) | (1 << 8) | (1 << 9)
    csrw medeleg, t0
    MODE_U                      /* (the mret of MODE_U is not a trap) */
    EXPECT_TRAP 1f
d_ebreak_u:
    ebreak
1:  CHECKFW FW_TMODE, 1
    CHECK_TRAP 3, 0
    CHECKFWA FW_TEPC, d_ebreak_u
    EXPECT_TRAP 1f
d_ecall_u:
    ecall
1:  CHECKFW FW_TMODE, 1
    CHECK_TRAP 8, 0
    CHECKFWA FW_TEPC, d_ecall_u
    /* Back to M: ecall and ebreak both go to S now; an illegal
     * instruction (not delegated any more) with a resume in M does it. */
    EXPECT_TRAP_M 1f
    .word 0x0000000b
1:  CHECKFW FW_TMODE, 3
    csrr a0, mstatus
    srli a0, a0, 11
    andi a0, a0, 3
    CHECK a0, 0                 /* trapped from U */
    MODE_S
    EXPECT_TRAP 1f
d_ecall_s:
    ecall
1:  CHECKFW FW_TMODE, 1
    CHECK_TRAP 9, 0
    CHECKFWA FW_TEPC, d_ecall_s
    EXPECT_TRAP_M 1f
    .word 0x0000000b
1:  csrw medeleg, zero

    SECTION "delegated software interrupt"
    la t0, s_irq
    csrw stvec, t0
    sd zero, U_SCOUNT(gp)
    li t0, 1 << 1
    csrw mideleg, t0            /* SSI delegated */
    csrw mie, t0                /* SSIE */
    csrs mip, t0                /* SSIP pending */
    csrsi mstatus, MSTATUS_MIE  /* M: delegated interrupts stay masked */
    nop
    nop
    csrci mstatus, MSTATUS_MIE
    CHECKFW U_SCOUNT, 0
    csrr a0, mip
    andi a0, a0, 2
    CHECK a0, 2                 /* still pending */
    li t0, MSTATUS_SIE
    csrc mstatus, t0
    MODE_S
    nop                         /* S with SIE = 0: masked */
    nop
    CHECKFW U_SCOUNT, 0
    csrsi sstatus, MSTATUS_SIE  /* the interrupt is taken right after this */
ssi_after:
    nop
    CHECKFW U_SCOUNT, 1
    CHECKFW U_SCAUSE, 0x8000000000000001
    CHECKFWA U_SEPC, ssi_after
    UFIELD U_SSTATUS, 8, 1, 1   /* SPP = S */
    UFIELD U_SSTATUS, 5, 1, 1   /* SPIE = the SIE just set */
    UFIELD U_SSTATUS, 1, 1, 0   /* SIE = 0 in the handler */
    csrci sstatus, MSTATUS_SIE
    MODE_M
    /* In U the delegated interrupt is taken whatever SIE says. */
    li t0, MSTATUS_SIE
    csrc mstatus, t0
    la t0, 1f
    csrw mepc, t0
    li t0, MSTATUS_MPP
    csrc mstatus, t0            /* MPP = U */
    li t0, 2
    csrs mip, t0                /* SSIP pending before the mret */
    mret
1:  nop                         /* taken at the first U instruction */
    CHECKFW U_SCOUNT, 2
    CHECKFWA U_SEPC, 1b
    UFIELD U_SSTATUS, 8, 1, 0   /* SPP = U */
    MODE_M

    SECTION "delegated timer interrupt (mip.STIP written by M)"
    li t0, 1 << 5
    csrw mideleg, t0
    csrw mie, t0                /* STIE */
    csrs mip, t0                /* STIP: writable by M while menvcfg.STCE = 0 */
    MODE_S
    csrsi sstatus, MSTATUS_SIE
sti_after:
    nop
    CHECKFW U_SCOUNT, 3
    CHECKFW U_SCAUSE, 0x8000000000000005
    CHECKFWA U_SEPC, sti_after
    csrci sstatus, MSTATUS_SIE
    MODE_M
    li t0, 1 << 5
    csrc mip, t0

    SECTION "non-delegated S interrupt goes to M, even from S with MIE = 0"
    csrw mideleg, zero
    li t0, 2
    csrw mie, t0
    la t0, m_irq
    csrw mtvec, t0
    li t0, MSTATUS_MIE
    csrc mstatus, t0
    li t0, MSTATUS_MPP
    csrc mstatus, t0
    li t0, MSTATUS_MPP_S
    csrs mstatus, t0
    la t0, 1f
    csrw mepc, t0
    li t0, 2
    csrs mip, t0
    mret
1:  nop                         /* S-mode: taken here by M */
    CHECKFW U_SCOUNT, 0x103     /* m_irq adds 0x100 */
    CHECKFW U_SCAUSE, 0x8000000000000001
    CHECKFWA U_SEPC, 1b
    UFIELD U_SSTATUS, 11, 3, 1  /* mstatus.MPP = S */
    MODE_M
    csrw mie, zero
TEST_END

/*
 * s_irq: S-mode interrupt handler: records scause/sepc/sstatus, counts,
 * clears the source (sip.SSIP, or sie.STIE for the timer, whose pending
 * bit S cannot clear), returns.
 */
    .balign 4
s_irq:
    csrw sscratch, t0
    csrr t0, scause
    sd t0, U_SCAUSE(gp)
    csrr t0, sepc
    sd t0, U_SEPC(gp)
    csrr t0, sstatus
    sd t0, U_SSTATUS(gp)
    ld t0, U_SCOUNT(gp)
    addi t0, t0, 1
    sd t0, U_SCOUNT(gp)
    li t0, 2
    csrc sip, t0
    li t0, 0x20
    csrc sie, t0
    csrr t0, sscratch
    sret

/* m_irq: the same for an M-mode interrupt (counts by 0x100); one-shot: it
 * puts the framework's handler back in mtvec. */
    .balign 4
m_irq:
    csrw mscratch, t0
    csrr t0, mcause
    sd t0, U_SCAUSE(gp)
    csrr t0, mepc
    sd t0, U_SEPC(gp)
    csrr t0, mstatus
    sd t0, U_SSTATUS(gp)
    ld t0, U_SCOUNT(gp)
    addi t0, t0, 0x100
    sd t0, U_SCOUNT(gp)
    li t0, 2
    csrc mip, t0
    la t0, __mtrap
    csrw mtvec, t0
    csrr t0, mscratch
    mret
