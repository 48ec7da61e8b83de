/*
 * h_vsint: VS-level interrupts (privileged spec, "Hypervisor Extension":
 * "Hypervisor Interrupt Registers", "Hypervisor Trap Delegation
 * Registers", "Virtual Supervisor Interrupt Registers", "Hypervisor Time
 * Delta Registers"; Sstc: vstimecmp and henvcfg.STCE).
 *   - hvip.VSSIP/VSTIP/VSEIP delegated with hideleg are taken in VS as
 *     supervisor software/timer/external interrupts (vscause 1, 5, 9) when
 *     vsstatus.SIE and the vsie bit are set; not delegated they are taken
 *     in HS as causes 2, 6, 10, also from VS with sstatus.SIE = 0;
 *   - priorities: in VS SEI > SSI > STI; in HS VSEI > VSSI > VSTI;
 *   - time in VS/VU = time + htimedelta (mod 2^64);
 *   - vstimecmp (henvcfg.STCE = 1) drives hip.VSTIP: pending when
 *     time + htimedelta >= vstimecmp; the timer interrupt is taken in VS
 *     (hideleg) or in HS (cause 6), and wakes a WFI in VS; with
 *     henvcfg.STCE = 0 vstimecmp no longer drives VSTIP; hvip.VSTIP is not
 *     changed by writes of vstimecmp;
 *   - WFI in VS resumes when an enabled VS interrupt is pending even with
 *     vsstatus.SIE = 0 (no trap).
 * QEMU 7.2 departures (CHECK_ONEOF, see tests/README.md): it takes the
 * lowest cause number first; vsip/sip in VS read STIP and SEIP as 0;
 * vstimecmp drives VSTIP whatever henvcfg.STCE is; writing vstimecmp
 * with a future value clears hvip.VSTIP.
 */
#include "h.h"

    .option norvc

#define DELTA 0x1000000

/* VS_TAKE cause: in VS with vsstatus.SIE = 0 and an interrupt pending,
 * set SIE: the interrupt must be taken right there, by the VS handler. */
.macro VS_TAKE cause
    li a0, 0
    H_EXPECT_HERE 1f
    csrsi sstatus, MSTATUS_SIE
2:  li a0, 1
1:  H_TRAP 5, M_VS, \cause, 0
    CHECKFWA FW_TEPC, 2b
    CHECK a0, 0
.endm

/* WAIT_VSTIP exp: poll hip until VSTIP == exp (a change of the vstimecmp
 * comparison reaches VSTIP "eventually, but not necessarily immediately",
 * Sstc), at most 100000 times, then check it. */
.macro WAIT_VSTIP exp
    li t2, 100000
7:  csrr a0, hip
    andi a0, a0, MIP_VSTIP
    li t3, \exp
    beq a0, t3, 6f
    addi t2, t2, -1
    bnez t2, 7b
6:  CHECK a0, \exp
.endm

TEST_BEGIN h_vsint
    H_INIT
    li t0, CLINT_MTIMECMP
    li t1, -1
    sd t1, 0(t0)
    li t0, 0x222                /* S bits delegated, as OpenSBI does */
    csrw mideleg, t0
    csrw medeleg, zero
    csrw hgatp, zero
    csrw vsatp, zero
    csrw satp, zero
    li t0, 0x200000000
    csrw vsstatus, t0
    li t0, -1
    csrw mcounteren, t0
    csrw hcounteren, t0
    csrw scounteren, t0
    li t0, 1 << 63
    csrw menvcfg, t0
    csrw henvcfg, t0
    li t0, -1
    csrw vstimecmp, t0          /* no timer interrupt for now */
    csrw stimecmp, t0
    /* menvcfg.STCE = 0 while M writes hvip: QEMU 7.2 ignores M-mode writes
     * of hvip.VSTIP when it is 1 (see h_csrs). */
    csrw menvcfg, zero

    SECTION "hvip interrupts delegated to VS"
    li t0, MIP_VS_ALL
    csrw hideleg, t0
    csrw hie, t0
    li t0, MIP_VSSIP
    csrw hvip, t0
    MODE_VS
    VS_TAKE INTR | 1
    csrr a0, sip
    CHECK a0, 0x2
    csrci sip, MIP_SSIP         /* vsip.SSIP clears hvip.VSSIP */
    csrsi sstatus, MSTATUS_SIE
    H_EXPECT 1f
    nop
1:  H_NOTRAP
    MODE_M
    csrr a0, hvip
    CHECK a0, 0
    li t0, MIP_VSTIP
    csrw hvip, t0
    li t0, 0x200000000
    csrw vsstatus, t0
    MODE_VS
    /* vsip.STIP = hip.VSTIP when delegated ("Virtual Supervisor Interrupt
     * Registers"); QEMU 7.2 reads vsip through the writable mask. */
    csrr a0, sip
    CHECK_ONEOF a0, 0, 0x20
    VS_TAKE INTR | 5
    MODE_M
    li t0, MIP_VSEIP
    csrw hvip, t0
    li t0, 0x200000000
    csrw vsstatus, t0
    MODE_VS
    csrr a0, sip
    CHECK_ONEOF a0, 0, 0x200
    VS_TAKE INTR | 9
    MODE_M
    /* Masked by vsie: not taken. */
    li t0, MIP_VSEIP
    csrc hie, t0
    li t0, 0x200000000 | MSTATUS_SIE
    csrw vsstatus, t0
    MODE_VS
    H_EXPECT 1f
    nop
1:  H_NOTRAP
    csrr a0, sie
    CHECK a0, 0x22
    MODE_M
    csrw hvip, zero

    SECTION "priorities in VS: SEI, SSI, STI"
    li t0, MIP_VS_ALL
    csrw hie, t0
    csrw hvip, t0
    li s1, 0
    li s2, 3
3:  li t0, 0x200000000
    csrw vsstatus, t0
    MODE_VS
    H_EXPECT_HERE 1f
    csrsi sstatus, MSTATUS_SIE
    nop
1:  ld t0, FW_TCAUSE(gp)
    CHECKFW FW_TMODE, 5
    MODE_M
    slli s1, s1, 4
    andi t1, t0, 0xf
    or s1, s1, t1
    addi t1, t1, 1              /* cause 1/5/9 -> hvip bit 2/6/10 */
    li t2, 1
    sll t2, t2, t1
    csrc hvip, t2
    addi s2, s2, -1
    bnez s2, 3b
    /* Order of the three vscause values: 0x915 (spec: SEI, SSI, STI,
     * "Hypervisor Interrupt Registers"), 0x159 (QEMU 7.2: lowest first). */
    CHECK_ONEOF s1, 0x159, 0x915
    csrr a0, hvip
    CHECK a0, 0

    SECTION "not delegated: to HS as 2, 6, 10; priorities VSEI, VSSI, VSTI"
    csrw hideleg, zero
    li t0, MIP_VS_ALL
    csrw hvip, t0
    li s1, 0
    li s2, 3
3:  H_EXPECT_HERE 1f
    MODE_VS
2:  nop                         /* taken before this, with HS SIE = 0 */
    nop
1:  ld t0, FW_TCAUSE(gp)
    slli s1, s1, 4
    andi t1, t0, 0xf
    or s1, s1, t1
    li t2, 1
    sll t2, t2, t1
    csrc hvip, t2               /* from HS */
    CHECKFW FW_TMODE, 1
    CHECKHR HR_FROM, M_VS
    CHECKFWA FW_TEPC, 2b
    MODE_M
    addi s2, s2, -1
    bnez s2, 3b
    /* 0xa26 (spec: VSEI, VSSI, VSTI), 0x26a (QEMU 7.2: lowest first). */
    CHECK_ONEOF s1, 0x26a, 0xa26
    csrw hie, zero

    SECTION "time and htimedelta"
    li t0, DELTA
    csrw htimedelta, t0
    csrr s3, time
    MODE_VS
    csrr s4, time
    MODE_M
    csrr s5, time
    li t0, DELTA
    sub s4, s4, t0
    sltu a0, s4, s3             /* VS time - delta >= M time before */
    CHECK a0, 0
    sltu a0, s5, s4             /* and <= M time after */
    CHECK a0, 0
    MODE_VU
    csrr s4, time
    MODE_M
    csrr s5, time
    li t0, DELTA
    sub s4, s4, t0
    sltu a0, s5, s4
    CHECK a0, 0
    li t0, -DELTA               /* a negative offset: wraps */
    csrw htimedelta, t0
    MODE_VS
    csrr s4, time
    MODE_M
    csrr s5, time
    li t0, DELTA
    add s4, s4, t0
    sltu a0, s5, s4
    CHECK a0, 0
    li t0, DELTA
    csrw htimedelta, t0

    SECTION "vstimecmp and hip.VSTIP"
    li t0, 1 << 63
    csrw menvcfg, t0
    csrw hideleg, zero
    csrw hie, zero
    csrw vstimecmp, zero        /* in the past */
    WAIT_VSTIP MIP_VSTIP
    CHECKCSRM mip, MIP_VSTIP, MIP_VSTIP
    CHECKCSR hvip, 0
    li t0, -1
    csrw vstimecmp, t0
    WAIT_VSTIP 0
    csrr t0, time
    li t1, DELTA - 1            /* time + delta - 1 < now + delta: pending */
    add t0, t0, t1
    csrw vstimecmp, t0
    WAIT_VSTIP MIP_VSTIP
    li t0, -1
    csrw vstimecmp, t0
    WAIT_VSTIP 0
    /* hvip.VSTIP is a separate source: writing vstimecmp does not touch
     * it; QEMU 7.2 clears it on a write of a future vstimecmp. */
    MODE_HS
    li t0, MIP_VSTIP
    csrw hvip, t0
    li t0, -1
    csrw vstimecmp, t0
    csrr a0, hvip
    CHECK_ONEOF a0, 0, MIP_VSTIP
    csrw hvip, zero
    MODE_M
    /* henvcfg.STCE = 0: VSTIP no longer follows vstimecmp (Sstc, "VSTIP
     * in hip reverts to its defined behavior"); QEMU 7.2 ignores STCE. */
    csrw henvcfg, zero
    csrw vstimecmp, zero
    csrr a0, hip
    andi a0, a0, MIP_VSTIP
    CHECK_ONEOF a0, MIP_VSTIP, 0
    li t0, -1
    csrw vstimecmp, t0
    li t0, 1 << 63
    csrw henvcfg, t0
    WAIT_VSTIP 0

    SECTION "the VS timer interrupt: in VS, through WFI"
    li t0, MIP_VSTIP
    csrw hideleg, t0
    csrw hie, t0
    li t0, 0x200000000
    csrw vsstatus, t0
    MODE_VS
    li t0, MIP_STIP
    csrw sie, t0
    csrr t0, time               /* VS time */
    li t1, 20000                /* 2 ms at 10 MHz */
    add t0, t0, t1
    csrw stimecmp, t0           /* = vstimecmp */
    H_EXPECT_HERE 1f
    csrsi sstatus, MSTATUS_SIE
3:  wfi
    j 3b
1:  CHECKFW FW_RESUME, 0
    CHECKFW FW_TMODE, 5
    CHECKFW FW_TCAUSE, INTR | 5
    csrr t1, time
    sltu a0, t1, t0             /* the deadline has passed */
    CHECK a0, 0
    li t0, -1
    csrw stimecmp, t0
    MODE_M
    WAIT_VSTIP 0
    /* Not delegated: to HS as cause 6. */
    csrw hideleg, zero
    li t0, MIP_VSTIP
    csrw hie, t0
    MODE_VS
    csrr t0, time
    li t1, 20000
    add t0, t0, t1
    csrw stimecmp, t0
    H_EXPECT_HERE 1f
3:  wfi                         /* VTW = 0: waits */
    j 3b
1:  CHECKFW FW_RESUME, 0
    CHECKFW FW_TMODE, 1
    CHECKHR HR_FROM, M_VS
    CHECKFW FW_TCAUSE, INTR | 6
    li t0, -1
    csrw vstimecmp, t0          /* from HS */
    MODE_M
    csrw hie, zero

    SECTION "WFI in VS with vsstatus.SIE = 0"
    li t0, MIP_VSSIP
    csrw hideleg, t0
    csrw hie, t0
    csrw hvip, t0
    li t0, 0x200000000
    csrw vsstatus, t0
    MODE_VS
    H_EXPECT 1f
    wfi                         /* VSSIP pending and enabled: resumes */
    nop
1:  H_NOTRAP
    VS_TAKE INTR | 1
    csrci sip, MIP_SSIP
    li t0, MIP_STIP
    csrw sie, t0
    MODE_M
    li t0, MIP_VSTIP
    csrw hideleg, t0
    csrw hie, t0
    MODE_VS
    csrr t0, time
    li t1, 20000
    add t0, t0, t1
    csrw stimecmp, t0
    H_EXPECT 1f
3:  wfi
    csrr t1, time
    bltu t1, t0, 3b
1:  H_NOTRAP
    VS_TAKE INTR | 5
    li t0, -1
    csrw stimecmp, t0
    MODE_M
    csrw hideleg, zero
    csrw hie, zero
    csrw hvip, zero
    csrw henvcfg, zero
    csrw menvcfg, zero
    csrw htimedelta, zero
TEST_END
