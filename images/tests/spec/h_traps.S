/*
 * spec/h_traps: exact RISC-V behaviour of H-extension traps and trap
 * returns where QEMU 7.2 departs from the spec (privileged spec, chapter
 * "Hypervisor Extension, Version 1.0").  Hartsim only: these checks fail
 * on QEMU 7.2 by design (see images/tests/README.md, departures H7, H8,
 * H17, H18, H19, H22); the differential images h/h_deleg and h/h_virtinsn
 * accept both values where they can.
 *   H7  mstatus.GVA is written on every trap into M: 1 only when mtval
 *       holds a guest virtual address (also for HLV/HSV and MPRV accesses
 *       with MPV = 1), 0 otherwise (an illegal instruction from VS, any
 *       trap while GVA = 1 was left by software);
 *   H8  exceptions 2 and 6 delegated to VS keep their cause (only the
 *       VS-level interrupts 2, 6, 10 become 1, 5, 9); a trap into VS leaves
 *       hstatus alone;
 *   H17 HLV/HLVX/HSV raising illegal/virtual instruction: mtval = the
 *       instruction bits;
 *   H18 VU-mode: S CSRs, SRET, SFENCE.VMA, HFENCE raise virtual
 *       instruction (22); WFI with mstatus.TW = 1 raises illegal (2);
 *   H19 mstatus.TSR/TVM do not apply in VS; hstatus.VTVM traps satp;
 *   H22 MRET with MPP = 3 and MPV = 1 stays in M with V = 0.
 */
#include "../h/h.h"

    .option norvc

#define BAD 0x100000000000      /* nothing mapped: access faults */

/* X_TRAP mode, from, cause, insn...: run one instruction expecting a trap
 * taken by `mode` from `from` with tval = the instruction's bits. */
.macro X_TRAP mode, from, cause, insn:vararg
    H_EXPECT 1f
2:  \insn
1:  H_TRAP_INSN \mode, \from, \cause, 2b
.endm
/* X_OK insn...: no trap. */
.macro X_OK insn:vararg
    H_EXPECT 1f
    \insn
1:  H_NOTRAP
.endm

TEST_BEGIN spec_h_traps
    H_INIT
    li t0, CLINT_MTIMECMP
    li t1, -1
    sd t1, 0(t0)
    csrw mideleg, zero
    csrw medeleg, zero
    csrw hedeleg, zero
    csrw hideleg, zero
    csrw hgatp, zero
    csrw vsatp, zero
    csrw satp, zero
    li t0, 0x200000000
    csrw vsstatus, t0

    SECTION "H7 GVA = 0 for traps without a guest virtual address"
    /* "Machine Status (mstatus and mstatush) Registers": "Field GVA ... is
     * written by the implementation whenever a trap is taken into M-mode.
     * For any trap (breakpoint, address misaligned, access fault, page
     * fault, or guest-page fault) that writes a guest virtual address to
     * mtval, GVA is set to 1. For any other trap into M-mode, GVA is set
     * to 0."  QEMU 7.2 sets GVA on any M trap from V = 1 with a nonzero
     * mtval, here an illegal instruction whose mtval is its bits. */
    MODE_VS
    H_EXPECT 1f
2:  csrr a0, mstatus
1:  H_TRAP_INSN 3, M_VS, C_ILLEGAL, 2b
    CHECKHR HR_GVA, 0
    MODE_M
    MODE_VU
    H_EXPECT 1f
2:  csrr a0, mstatus
1:  H_TRAP_INSN 3, M_VU, C_ILLEGAL, 2b
    CHECKHR HR_GVA, 0
    MODE_M
    /* GVA = 1 written by software is overwritten with 0 by the next trap
     * into M that has no guest virtual address; QEMU 7.2 never clears GVA
     * on a trap. */
    li t0, MSTATUS_GVA
    csrs mstatus, t0
    MODE_HS
    H_EXPECT_HERE 1f
    ecall
1:  H_TRAP 3, M_HS, C_ECALL_HS, 0
    CHECKHR HR_GVA, 0
    li t0, MSTATUS_GVA
    csrs mstatus, t0
    H_EXPECT 1f
2:  ebreak                      /* from M itself */
1:  H_TRAP 3, M_M, C_BREAK, 0
    CHECKHR HR_GVA, 0
    li t0, MSTATUS_GVA
    csrs mstatus, t0
    MODE_VS
    H_EXPECT_HERE 1f
    ecall
1:  H_TRAP 3, M_VS, C_ECALL_VS, 0
    CHECKHR HR_GVA, 0

    SECTION "H7 GVA = 1 for HLV/HSV and MPRV faults taken in M"
    /* An HLV/HSV access is done "as though V=1": its address is a guest
     * virtual address, so an access fault on it sets GVA ("Hypervisor
     * Status (hstatus) Register" note: for HLV/HSV faults "SPV=0 but
     * GVA=1"; the same rule for mstatus.GVA).  vsatp = hgatp = Bare, so
     * the guest virtual address BAD reaches memory unchanged and faults.
     * QEMU 7.2 leaves GVA = 0 for HLV/HSV faults. */
    li t1, BAD
    H_EXPECT 1f
    hlv.d a0, (t1)              /* from M */
1:  H_TRAP 3, M_M, C_LOAD_AF, BAD
    CHECKHR HR_GVA, 1
    H_EXPECT 1f
    hsv.w a0, (t1)
1:  H_TRAP 3, M_M, C_STORE_AF, BAD
    CHECKHR HR_GVA, 1
    MODE_HS
    H_EXPECT 1f
    hlvx.hu a0, (t1)            /* from HS, not delegated */
1:  H_TRAP 3, M_HS, C_LOAD_AF, BAD
    CHECKHR HR_GVA, 1
    MODE_M
    /* MPRV with MPV = 1: the access is translated "as though the current
     * virtualization mode were set to MPV": a guest virtual address.
     * QEMU 7.2 leaves GVA = 0 for MPRV accesses. */
    li t0, MSTATUS_MPP
    csrc mstatus, t0
    li t0, MSTATUS_MPRV | MSTATUS_MPV | MSTATUS_MPP_S
    csrs mstatus, t0
    li t1, BAD
    H_EXPECT 1f
    ld a0, 8(t1)
1:  li t0, MSTATUS_MPRV | MSTATUS_MPV
    csrc mstatus, t0
    H_TRAP 3, M_M, C_LOAD_AF, BAD + 8
    CHECKHR HR_GVA, 1
    li t0, MSTATUS_MPP
    csrc mstatus, t0
    li t0, MSTATUS_MPRV | MSTATUS_MPV
    csrs mstatus, t0            /* MPP = U: VU-level */
    li t1, BAD
    H_EXPECT 1f
    sd a0, 0x10(t1)
1:  li t0, MSTATUS_MPRV | MSTATUS_MPV
    csrc mstatus, t0
    H_TRAP 3, M_M, C_STORE_AF, BAD + 0x10
    CHECKHR HR_GVA, 1
    /* MPRV with MPV = 0: a (host) virtual address, GVA = 0. */
    li t0, MSTATUS_MPP
    csrc mstatus, t0
    li t0, MSTATUS_MPRV | MSTATUS_MPP_S
    csrs mstatus, t0
    li t1, BAD
    H_EXPECT 1f
    ld a0, 0(t1)
1:  li t0, MSTATUS_MPRV
    csrc mstatus, t0
    H_TRAP 3, M_M, C_LOAD_AF, BAD
    CHECKHR HR_GVA, 0

    SECTION "H8 exceptions 2 and 6 delegated to VS keep their cause"
    /* "Hypervisor Trap Delegation (hedeleg and hideleg) Registers": only
     * the VS-level interrupts are translated for VS-mode (10 -> 9, 6 -> 5,
     * 2 -> 1); exceptions keep their cause.  "Trap Entry": "When a trap is
     * taken into VS-mode ... Register hstatus and the HS-level sstatus are
     * not modified".  QEMU 7.2 turns exception 2 (and 6) into 1 (5) and
     * clears hstatus.GVA on a trap into VS. */
    li t0, (1 << C_ILLEGAL) | (1 << 6)
    csrw medeleg, t0
    csrw hedeleg, t0
    li t0, HSTATUS_SPVP | HSTATUS_GVA
    csrw hstatus, t0
    li t0, 0x5a5a
    csrw sepc, t0
    csrw scause, t0
    csrw stval, t0
    MODE_VS
    H_EXPECT 1f
2:  csrr a0, mstatus
1:  H_TRAP_INSN 5, M_VS, C_ILLEGAL, 2b
    la t1, scratch + 1
    li a1, 1
    H_EXPECT 1f
    amoadd.w a0, a1, (t1)       /* misaligned AMO: cause 6 */
1:  H_TRAPA 5, M_VS, 6, scratch + 1
    MODE_M
    MODE_VU
    H_EXPECT 1f
2:  csrr a0, mstatus
1:  H_TRAP_INSN 5, M_VU, C_ILLEGAL, 2b
    la t1, scratch + 2
    H_EXPECT 1f
    amoswap.d a0, a1, (t1)
1:  H_TRAPA 5, M_VU, 6, scratch + 2
    MODE_M
    csrr a0, vscause
    CHECK a0, 6
    csrr a0, hstatus
    CHECK a0, 0x200000000 | HSTATUS_SPVP | HSTATUS_GVA
    csrr a0, sepc
    CHECK a0, 0x5a5a
    csrr a0, scause
    CHECK a0, 0x5a5a
    csrr a0, stval
    CHECK a0, 0x5a5a
    csrw medeleg, zero
    csrw hedeleg, zero
    csrw hstatus, zero

    SECTION "H17 tval of HLV/HLVX/HSV illegal and virtual instructions"
    /* "Hypervisor Virtual-Machine Load and Store Instructions": from VS or
     * VU they raise a virtual-instruction exception, from U with
     * hstatus.HU = 0 an illegal-instruction exception; "Trap Cause Codes":
     * "On a virtual-instruction trap, mtval or stval is written the same
     * as for an illegal-instruction trap", i.e. with the instruction bits
     * (Hartsim's and QEMU's choice for illegal instructions).  QEMU 7.2
     * raises these while translating and leaves a stale mtval. */
    la t1, scratch
    MODE_VS
    X_TRAP 3, M_VS, C_VIRTUAL, hlv.d a0, (t1)
    X_TRAP 3, M_VS, C_VIRTUAL, hlv.bu a0, (t1)
    X_TRAP 3, M_VS, C_VIRTUAL, hlvx.hu a0, (t1)
    X_TRAP 3, M_VS, C_VIRTUAL, hlvx.wu a0, (t1)
    X_TRAP 3, M_VS, C_VIRTUAL, hsv.d a0, (t1)
    X_TRAP 3, M_VS, C_VIRTUAL, hsv.b a0, (t1)
    MODE_M
    MODE_VU
    X_TRAP 3, M_VU, C_VIRTUAL, hlv.w a0, (t1)
    X_TRAP 3, M_VU, C_VIRTUAL, hlvx.wu a0, (t1)
    X_TRAP 3, M_VU, C_VIRTUAL, hsv.h a0, (t1)
    MODE_M
    csrw hstatus, zero          /* HU = 0 */
    MODE_HU
    X_TRAP 3, M_U, C_ILLEGAL, hlv.d a0, (t1)
    X_TRAP 3, M_U, C_ILLEGAL, hlv.hu a0, (t1)
    X_TRAP 3, M_U, C_ILLEGAL, hlvx.hu a0, (t1)
    X_TRAP 3, M_U, C_ILLEGAL, hsv.w a0, (t1)
    MODE_M
    /* Delegated to HS: stval the same. */
    li t0, (1 << C_ILLEGAL) | (1 << C_VIRTUAL)
    csrw medeleg, t0
    MODE_VS
    X_TRAP 1, M_VS, C_VIRTUAL, hlv.d a0, (t1)
    X_TRAP 1, M_VS, C_VIRTUAL, hsv.d a0, (t1)
    H_EXPECT_HERE 1f
    csrr a0, mstatus            /* back to HS */
1:  HS_TO_HU
    X_TRAP 1, M_U, C_ILLEGAL, hlv.d a0, (t1)
    X_TRAP 1, M_U, C_ILLEGAL, hlvx.wu a0, (t1)
    H_EXPECT_HERE 1f
    csrr a0, sstatus            /* U: illegal, resumed in HS */
1:  MODE_M                      /* ecall from HS: not delegated */
    csrw medeleg, zero

    SECTION "H18 VU-mode: virtual instruction for HS-qualified instructions"
    /* "Trap Cause Codes": a virtual-instruction exception is raised "in
     * VU-mode, attempts to execute WFI when mstatus.TW=0, or to execute a
     * supervisor instruction (SRET or SFENCE)", "in VU-mode, attempts to
     * access an implemented non-high-half supervisor CSR when the same
     * access (read/write) would be allowed in HS-mode", "in VS-mode or
     * VU-mode, attempts to execute a hypervisor instruction (HLV, HLVX,
     * HSV, or HFENCE)".  QEMU 7.2 raises an illegal instruction (2) for
     * the S CSRs, SRET, SFENCE.VMA and HFENCE from VU. */
    li t0, -1
    csrw mcounteren, t0
    csrw hcounteren, t0
    csrw scounteren, t0
    MODE_VU
    X_TRAP 3, M_VU, C_VIRTUAL, csrr a0, sstatus
    X_TRAP 3, M_VU, C_VIRTUAL, csrw sscratch, a0
    X_TRAP 3, M_VU, C_VIRTUAL, csrr a0, sepc
    X_TRAP 3, M_VU, C_VIRTUAL, csrr a0, satp
    X_TRAP 3, M_VU, C_VIRTUAL, csrr a0, sie
    X_TRAP 3, M_VU, C_VIRTUAL, csrr a0, scounteren
    X_TRAP 3, M_VU, C_VIRTUAL, sret
    X_TRAP 3, M_VU, C_VIRTUAL, sfence.vma
    X_TRAP 3, M_VU, C_VIRTUAL, sfence.vma t1, zero
    X_TRAP 3, M_VU, C_VIRTUAL, hfence.vvma zero, zero
    X_TRAP 3, M_VU, C_VIRTUAL, hfence.gvma zero, zero
    X_TRAP 3, M_VU, C_VIRTUAL, wfi
    MODE_M
    /* "in VU-mode, attempts to execute WFI when mstatus.TW=0": with TW = 1
     * WFI is an illegal instruction in every mode below M ("The TW field
     * affects execution in all modes except M-mode").  QEMU 7.2 raises a
     * virtual instruction. */
    li t0, MSTATUS_TW
    csrs mstatus, t0
    MODE_VU
    X_TRAP 3, M_VU, C_ILLEGAL, wfi
    MODE_M
    MODE_VS
    X_TRAP 3, M_VS, C_ILLEGAL, wfi
    MODE_M
    li t0, MSTATUS_TW
    csrc mstatus, t0

    SECTION "H19 TSR and TVM do not apply in VS; VTVM covers satp"
    /* "Machine Status (mstatus and mstatush) Registers": "The TSR and TVM
     * fields of mstatus affect execution only in HS-mode, not in VS-mode".
     * QEMU 7.2 raises illegal instruction for SRET, SFENCE.VMA and satp in
     * VS with TSR/TVM = 1. */
    li t0, 0x200000000
    csrw vsstatus, t0
    li t0, MSTATUS_TSR | MSTATUS_TVM
    csrs mstatus, t0
    MODE_VS
    X_OK csrr a1, satp
    X_OK csrw satp, zero
    X_OK sfence.vma
    X_OK sfence.vma t1, zero
    la t0, 3f
    csrw sepc, t0
    li t0, MSTATUS_SPP
    csrs sstatus, t0
    li a0, 0
    H_EXPECT 1f
    sret                        /* vsstatus.SPP = 1: to 3f in VS */
    li a0, 9
3:  addi a0, a0, 1
1:  H_NOTRAP
    CHECK a0, 1
    csrr a1, sstatus            /* still VS: vsstatus */
    li t0, 0x200000000 | MSTATUS_SPIE
    CHECKR a1, t0
    MODE_M
    CHECKHR HR_FROM, M_VS        /* MODE_M's ecall came from VS */
    li t0, MSTATUS_TSR | MSTATUS_TVM
    csrc mstatus, t0
    /* "When VTVM=1, an attempt in VS-mode to execute SFENCE.VMA or
     * SINVAL.VMA or to access CSR satp raises a virtual-instruction
     * exception" ("Hypervisor Status (hstatus) Register").  QEMU 7.2 does
     * not trap satp accesses for VTVM. */
    li t0, HSTATUS_VTVM
    csrw hstatus, t0
    MODE_VS
    X_TRAP 3, M_VS, C_VIRTUAL, csrr a1, satp
    X_TRAP 3, M_VS, C_VIRTUAL, csrw satp, zero
    X_TRAP 3, M_VS, C_VIRTUAL, csrrwi a1, satp, 0
    X_TRAP 3, M_VS, C_VIRTUAL, sfence.vma
    MODE_M
    csrw hstatus, zero

    SECTION "H22 MRET with MPP = 3 and MPV = 1 stays in M, V = 0"
    /* "Machine Status (mstatus and mstatush) Registers": "When an MRET
     * instruction is executed, the virtualization mode V is set to MPV,
     * unless MPP=3, in which case V remains 0"; "Trap Return": MRET then
     * sets MPV = 0.  With V = 0, sscratch is the HS sscratch and the H
     * CSRs are accessible.  QEMU 7.2 sets V = 1 in M-mode (the
     * differential images cannot recover from that, so they do not try). */
    li t0, 0x1111
    csrw sscratch, t0
    li t0, 0x2222
    csrw vsscratch, t0
    li t0, MSTATUS_MPP | MSTATUS_MPV
    csrs mstatus, t0
    la t0, 1f
    csrw mepc, t0
    H_EXPECT 2f
    mret
1:  csrr a0, sscratch
    csrr a1, mstatus
    csrr a2, hstatus
2:  H_NOTRAP
    CHECK a0, 0x1111
    srli a1, a1, 39
    andi a1, a1, 1
    CHECK a1, 0                 /* MPV cleared */
    CHECK a2, 0x200000000
    /* Still M: M CSRs work, and an ecall is from M (cause 11). */
    H_EXPECT 1f
    ecall
1:  H_TRAP 3, M_M, 11, 0
TEST_END

    .data
    .balign 16
scratch: .dword 0, 0
