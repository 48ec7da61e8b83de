/*
 * spec/h_mip_gpa: exact spec checks of H-extension departures of QEMU 7.2
 * that Hartsim once shared with it (fixed in the emulator since): writes of
 * mip's VS bits (H2) and guest physical addresses beyond the G-stage range,
 * including those no JS number holds, and their htval (H9).
 *
 * H2 (privileged spec, "Hypervisor Extension": "Machine Interrupt (mip and
 * mie) Registers": "Bits SGEIP, VSEIP, VSTIP, and VSSIP in mip are aliases
 * for the same bits in hypervisor CSR hip"; "Hypervisor Interrupt (hvip,
 * hip, and hie) Registers": "VSEIP is read-only in hip", "VSTIP is
 * read-only in hip", "VSSIP in hip is an alias (writable) of the same bit
 * in hvip").  So a write of mip changes hvip.VSSIP only: mip.VSTIP and
 * mip.VSEIP are read-only views of hvip (OR'ed with the other sources),
 * and mip <- ~0 reads back SSIP, VSSIP, STIP, SEIP, LCOFIP = 0x2226 (with
 * menvcfg.STCE = 0).  QEMU 7.2 (and Hartsim before the fix) wrote mip.VSTIP/VSEIP into
 * hvip: mip <- ~0 reads 0x2666 and leaves hvip = 0x444.
 *
 * H9 (privileged spec, "Hypervisor Extension": "Guest Physical Address
 * Translation": Sv39x4 "Address bits 63:41 must all be zeros, or else a
 * guest-page-fault exception occurs" (Sv48x4: 63:50); "Hypervisor Trap
 * Value (htval) Register": htval is written "with either zero or the
 * guest physical address that faulted, shifted right by 2 bits").  With
 * vsatp = Bare the guest virtual address is the guest physical address.
 * Hartsim (src/hart/mmu.ts, src/hart/hart.ts raiseGuestPage):
 *   - a guest address that a JS number cannot hold exactly (|addr| >= 2^53
 *     as a signed value, e.g. 0x8000000080000000) becomes NaN and raises a
 *     page fault (13/15/12) with htval = 0 instead of the guest-page fault
 *     (21/23/20): so it goes to M when only guest-page faults are
 *     delegated;
 *   - for a faulting GPA with bit 63 set that is representable (e.g.
 *     0xffffff0000001000) htval = Math.floor(gpa / 4) of the negative
 *     number, i.e. an arithmetic shift: 0xffffffc000000400 instead of the
 *     GPA >> 2 = 0x3fffffc000000400 (or 0).
 * QEMU 7.2 passes every check of this section but the MPRV one (H12): it
 * raises these guest-page faults with htval = GPA >> 2 (logical); the
 * high-bit GPAs are chosen so that QEMU's own departure (it translates a
 * GPA whose bits 63:40, or 63:49, are all ones) does not apply: nothing is
 * mapped at root[1024].  So apart from the MPRV check these could also go
 * into the differential h/h_gstage.
 */
#include "../h/h.h"

    .option norvc

/* GPF mode, from, cause, tval, tval2: a guest-page fault taken by `mode`
 * (1 HS, 3 M) with these values and GVA = 1; disarms the expected trap. */
.macro GPF mode, from, cause, tval, tval2
    H_TRAP \mode, \from, \cause, \tval
    CHECKHR HR_TVAL2, \tval2
    CHECKHR HR_GVA, 1
    sd zero, FW_RESUME(gp)
.endm

TEST_BEGIN spec_h_mip_gpa
    H_INIT
    li t0, CLINT_MTIMECMP       /* no machine timer interrupt pending */
    li t1, -1
    sd t1, 0(t0)
    csrw mideleg, zero          /* reads 0x1444 */
    csrw mie, zero
    csrw menvcfg, zero
    csrw henvcfg, zero
    csrw hideleg, zero
    csrw hvip, zero

    SECTION "H2 mip.VSTIP and mip.VSEIP are read-only"
    WRCHECK mip, -1, 0x2226
    CHECKCSR hvip, MIP_VSSIP
    CHECKCSR hip, MIP_VSSIP
    WRCHECK mip, 0, 0
    CHECKCSR hvip, 0
    /* Setting VSTIP/VSEIP through mip does nothing. */
    li t0, MIP_VSTIP | MIP_VSEIP
    csrs mip, t0
    CHECKCSR mip, 0
    CHECKCSR hvip, 0
    /* Clearing them through mip does nothing either: hvip keeps them. */
    li t0, MIP_VSTIP | MIP_VSEIP
    csrw hvip, t0
    CHECKCSR mip, MIP_VSTIP | MIP_VSEIP
    WRCHECK mip, 0, MIP_VSTIP | MIP_VSEIP
    CHECKCSR hvip, MIP_VSTIP | MIP_VSEIP
    li t0, MIP_VSTIP | MIP_VSEIP
    csrc mip, t0
    CHECKCSR hvip, MIP_VSTIP | MIP_VSEIP
    csrw hvip, zero
    /* VSSIP stays writable through mip. */
    li t0, MIP_VSSIP
    csrs mip, t0
    CHECKCSR hvip, MIP_VSSIP
    csrc mip, t0
    CHECKCSR hvip, 0

    SECTION "H9 guest physical addresses with high bits set"
    SETPTE groot, 0, 0, PTE_URWAD
    SETPTE groot, 2, 0x80000000, PTE_URWXAD
    SETPTE_TBL groot48, 0, g48_l2
    SETPTE g48_l2, 0, 0, PTE_URWAD
    SETPTE g48_l2, 2, 0x80000000, PTE_URWXAD
    csrw vsatp, zero
    li t0, 0x200000000
    csrw vsstatus, t0
    la t0, groot
    srli t0, t0, 12
    li t1, HGATP_SV39X4 | HGATP_VMID(1)
    or t0, t0, t1
    csrw hgatp, t0
    hfence.gvma zero, zero
    li t0, (1 << C_FETCH_GPF) | (1 << C_LOAD_GPF) | (1 << C_STORE_GPF)
    csrw medeleg, t0
    MODE_VS
    /* htval = the GPA shifted right (logically) by 2. */
    li t1, 0xffffff0000001000
    H_EXPECT 1f
    ld a0, 0(t1)
1:  GPF 1, M_VS, C_LOAD_GPF, 0xffffff0000001000, 0x3fffffc000000400
    li t1, 0xfffffe0080000000
    H_EXPECT 1f
    sd a0, 0x10(t1)
1:  GPF 1, M_VS, C_STORE_GPF, 0xfffffe0080000010, 0x3fffff8020000004
    /* Addresses beyond 2^53: guest-page faults too, taken in HS. */
    li t1, 0x8000000080000000
    H_EXPECT 1f
    ld a0, 0(t1)
1:  GPF 1, M_VS, C_LOAD_GPF, 0x8000000080000000, 0x2000000020000000
    H_EXPECT 1f
    sd a0, 8(t1)
1:  GPF 1, M_VS, C_STORE_GPF, 0x8000000080000008, 0x2000000020000002
    li t1, 0x0123456780000000
    H_EXPECT 1f
    jalr ra, 0(t1)
1:  GPF 1, M_VS, C_FETCH_GPF, 0x0123456780000000, 0x0048d159e0000000
    MODE_M
    /* The same for HLV from HS and for MPRV with MPV = 1. */
    csrw hstatus, zero
    MODE_HS
    li t1, 0x8000000080000000
    H_EXPECT 1f
    hlv.d a0, (t1)
1:  GPF 1, M_HS, C_LOAD_GPF, 0x8000000080000000, 0x2000000020000000
    MODE_M
    li t0, MSTATUS_MPP
    csrc mstatus, t0
    li t0, MSTATUS_MPRV | MSTATUS_MPV | MSTATUS_MPP_S
    csrs mstatus, t0
    li t1, 0x8000000080000000
    H_EXPECT 1f
    ld a0, 0x18(t1)
1:  li t0, MSTATUS_MPRV | MSTATUS_MPV
    csrc mstatus, t0
    GPF 3, M_M, C_LOAD_GPF, 0x8000000080000018, 0x2000000020000006
    /* Sv48x4: bits 63:50. */
    la t0, groot48
    srli t0, t0, 12
    li t1, HGATP_SV48X4 | HGATP_VMID(2)
    or t0, t0, t1
    csrw hgatp, t0
    hfence.gvma zero, zero
    MODE_VS
    li t1, 0xfffe000000002000
    H_EXPECT 1f
    ld a0, 0(t1)
1:  GPF 1, M_VS, C_LOAD_GPF, 0xfffe000000002000, 0x3fff800000000800
    li t1, 0x8000000000000000
    H_EXPECT 1f
    ld a0, 0(t1)
1:  GPF 1, M_VS, C_LOAD_GPF, 0x8000000000000000, 0x2000000000000000
    MODE_M
    csrw hgatp, zero
    hfence.gvma zero, zero
    csrw medeleg, zero
TEST_END

    .bss
    .balign 16384
groot:   .space 16384
groot48: .space 16384
g48_l2:  .space 4096
