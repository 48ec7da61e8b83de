/*
 * spec/xret: mret and sret to a mode below M clear mstatus.MPRV
 * (privileged spec 1.12, "Memory Privilege in mstatus Register" and
 * "Privilege and Global Interrupt-Enable Stack in mstatus register": "An
 * MRET or SRET instruction that changes the privilege mode to a mode less
 * privileged than M also sets MPRV=0"; "If y != M, xRET also sets
 * MPRV=0").  An mret that stays in M keeps MPRV.  Hartsim only: QEMU 7.2
 * keeps MPRV across every xRET, so this image fails there by design (see
 * images/tests/README.md); traps.S accepts both behaviours.
 */
#include "test.h"

    .option norvc

/* TST_FIELD shift, mask, exp: check (FW_TSTATUS >> shift) & mask, i.e. a
 * field of mstatus as the last trap (MODE_M's ecall) found it. */
.macro TST_FIELD shift, mask, exp
    sd t1, FW_T1(gp)
    ld t1, FW_TSTATUS(gp)
    srli t1, t1, \shift
    andi t1, t1, \mask
    CHECK t1, \exp
    ld t1, FW_T1(gp)
.endm

/* SETUP mpp, spp: set mstatus.MPP and SPP (the caller then sets MPRV and
 * the return address and executes the xRET). */
.macro SETUP mpp, spp
    li t0, MSTATUS_MPP | MSTATUS_SPP
    csrc mstatus, t0
    li t0, ((\mpp) << 11) | ((\spp) << 8)
    csrs mstatus, t0
.endm

TEST_BEGIN spec_xret
    SECTION "mret to S clears MPRV"
    SETUP 1, 0
    la t0, 1f
    csrw mepc, t0
    li t0, MSTATUS_MPRV
    csrs mstatus, t0
    mret
1:  MODE_M
    TST_FIELD 11, 3, 1          /* it was S */
    TST_FIELD 17, 1, 0          /* MPRV = 0 */

    SECTION "mret to U clears MPRV"
    SETUP 0, 0
    la t0, 1f
    csrw mepc, t0
    li t0, MSTATUS_MPRV
    csrs mstatus, t0            /* (MPP = U: no memory access until the mret) */
    mret
1:  MODE_M
    TST_FIELD 11, 3, 0
    TST_FIELD 17, 1, 0

    SECTION "mret to M keeps MPRV"
    SETUP 3, 0
    la t0, 1f
    csrw mepc, t0
    li t0, MSTATUS_MPRV
    csrs mstatus, t0
    mret
1:  csrr a0, mstatus
    li t0, MSTATUS_MPRV         /* MPP is U now: clear MPRV before any load */
    csrc mstatus, t0
    li t0, MSTATUS_MPRV | MSTATUS_MPP
    and a0, a0, t0
    CHECK a0, MSTATUS_MPRV      /* kept; MPP = U */

    SECTION "sret from M to S clears MPRV"
    SETUP 3, 1
    la t0, 1f
    csrw sepc, t0
    li t0, MSTATUS_MPRV
    csrs mstatus, t0
    sret
1:  MODE_M
    TST_FIELD 11, 3, 1
    TST_FIELD 17, 1, 0

    SECTION "sret from M to U clears MPRV"
    SETUP 3, 0
    la t0, 1f
    csrw sepc, t0
    li t0, MSTATUS_MPRV
    csrs mstatus, t0
    sret
1:  MODE_M
    TST_FIELD 11, 3, 0
    TST_FIELD 17, 1, 0

    SECTION "the xRET semantics otherwise unchanged"
    csrr a0, mstatus
    andi a0, a0, MSTATUS_SPP
    CHECK a0, 0                 /* sret set SPP = U */
    li t0, MSTATUS_MPRV
    csrr a0, mstatus
    and a0, a0, t0
    CHECK a0, 0
TEST_END
