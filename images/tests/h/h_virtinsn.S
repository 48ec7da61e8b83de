/*
 * h_virtinsn: virtual-instruction exceptions (cause 22) versus illegal
 * instructions (2) (privileged spec, "Hypervisor Extension": "Trap Cause
 * Codes" list of virtual-instruction cases, "Hypervisor Status Register"
 * for VTSR/VTW/VTVM, "Hypervisor Counter-Enable Register", "Hypervisor
 * Memory-Management Fence Instructions", "Machine Status Registers" for
 * TSR/TW/TVM with V = 1; Sstc for vstimecmp).
 *   - from VS: HLV/HLVX/HSV, HFENCE.VVMA/GVMA and H/VS CSRs (hstatus,
 *     hgatp, vsstatus, vsatp, htimedelta, hgeip reads, vstimecmp) -> 22;
 *     writing the read-only hgeip, M CSRs, MRET -> 2;
 *   - VTW -> WFI is 22 in VS; TW -> WFI is 2 in VS and HS; VTSR -> SRET
 *     22; VTVM -> SFENCE.VMA 22; TSR/TVM do not apply to VS;
 *   - counters: mcounteren bit clear -> 2; else hcounteren bit clear -> 22
 *     (VS and VU), scounteren bit clear -> 22 (VU only); stimecmp in VS
 *     needs hcounteren.TM and henvcfg.STCE (22), menvcfg.STCE (2);
 *   - from VU: H instructions and CSRs, S CSRs, SRET, SFENCE.VMA, WFI
 *     (TW = 0) -> 22; M CSRs and MRET -> 2;
 *   - from U and HS (V = 0): HFENCE in U -> 2 even with HU = 1; H CSRs in
 *     U -> 2; HFENCE.GVMA and SFENCE.VMA in HS with TVM = 1 -> 2, while
 *     HFENCE.VVMA and vsatp are not affected;
 *   - mtval/stval = the instruction bits; delegated with medeleg to HS:
 *     SPV = 1, htval = htinst = 0, GVA = 0; hedeleg bit 22 is read-only 0.
 * QEMU 7.2 departures (outcome codes or CHECK_ONEOF, see tests/README.md):
 * from VU it raises 2 instead of 22 for S CSRs, SRET, SFENCE.VMA and
 * HFENCE, and 22 instead of 2 for WFI with TW = 1; in VS, TSR and TVM
 * still apply (2 for SRET, SFENCE.VMA, satp) and VTVM does not cover
 * satp; HLV/HLVX/HSV traps get a stale tval.
 */
#include "h.h"

    .option norvc

/* TRY ... TRY_END cause: a0 = 1 if the instruction(s) between trapped with
 * cause, 2 if they did not trap, 9 otherwise (resumes in the same mode). */
.macro TRY
    H_EXPECT 8f
.endm
.macro TRY_END cause
8:  li a0, 2
    ld t2, FW_RESUME(gp)
    bnez t2, 9f
    li a0, 9
    ld t2, FW_TCAUSE(gp)
    li t3, \cause
    bne t2, t3, 9f
    li a0, 1
9:  sd zero, FW_RESUME(gp)
.endm

/* VI from, label: a virtual-instruction trap taken in M from `from` with
 * mtval = the instruction at label. */
.macro VI from, label
    H_TRAP_INSN 3, \from, C_VIRTUAL, \label
.endm
.macro IL from, label
    H_TRAP_INSN 3, \from, C_ILLEGAL, \label
.endm

/* X_VI insn...: run one instruction expecting a virtual instruction. */
.macro X_VI from, insn:vararg
    H_EXPECT 1f
2:  \insn
1:  VI \from, 2b
.endm
.macro X_IL from, insn:vararg
    H_EXPECT 1f
2:  \insn
1:  IL \from, 2b
.endm
/* VU_VIRT label: a trap from VU that the spec makes a virtual instruction
 * and QEMU 7.2 an illegal instruction; mtval = the instruction. */
.macro VU_VIRT label
    CHECKFW FW_TMODE, 3
    CHECKHR HR_FROM, M_VU
    CHECKFW FW_RESUME, 0
    CHECKFW_ONEOF FW_TCAUSE, C_ILLEGAL, C_VIRTUAL
    sd t1, FW_T1(gp)
    sd t2, FW_USER+56(gp)
    ld t1, FW_TTVAL(gp)
    la t2, \label
    lwu t2, 0(t2)
    CHECKR t1, t2
    ld t2, FW_USER+56(gp)
    ld t1, FW_T1(gp)
.endm

/* X_OK insn: no trap. */
.macro X_OK insn:vararg
    H_EXPECT 1f
    \insn
1:  H_NOTRAP
.endm

TEST_BEGIN h_virtinsn
    H_INIT
    csrw medeleg, zero
    csrw hgatp, zero
    csrw vsatp, zero
    csrw satp, zero
    li t0, 0x200000000
    csrw vsstatus, t0
    li t0, -1
    csrw mcounteren, t0
    csrw scounteren, t0
    csrw hcounteren, zero
    li t0, 1 << 63
    csrw menvcfg, t0            /* STCE */
    csrw henvcfg, zero
    li t0, CLINT_MTIMECMP
    li t1, -1
    sd t1, 0(t0)

    SECTION "hypervisor instructions and CSRs from VS"
    MODE_VS
    la t1, scratch
    H_EXPECT 1f
2:  hlv.d a0, (t1)
1:  H_TRAP_INSNQ 3, M_VS, C_VIRTUAL, 2b
    H_EXPECT 1f
2:  hlvx.wu a0, (t1)
1:  H_TRAP_INSNQ 3, M_VS, C_VIRTUAL, 2b
    H_EXPECT 1f
2:  hsv.w a0, (t1)
1:  H_TRAP_INSNQ 3, M_VS, C_VIRTUAL, 2b
    X_VI M_VS, hfence.vvma zero, zero
    X_VI M_VS, hfence.vvma t1, a0
    X_VI M_VS, hfence.gvma zero, zero
    X_VI M_VS, csrr a0, hstatus
    X_VI M_VS, csrw hstatus, zero
    X_VI M_VS, csrr a0, hgatp
    X_VI M_VS, csrw hgatp, zero
    X_VI M_VS, csrr a0, hedeleg
    X_VI M_VS, csrr a0, hvip
    X_VI M_VS, csrr a0, hcounteren
    X_VI M_VS, csrr a0, htimedelta
    X_VI M_VS, csrr a0, htval
    X_VI M_VS, csrr a0, henvcfg
    X_VI M_VS, csrr a0, hgeip
    X_IL M_VS, csrw hgeip, zero     /* read-only: not allowed in HS either */
    X_VI M_VS, csrr a0, vsstatus
    X_VI M_VS, csrr a0, vsatp
    X_VI M_VS, csrw vsscratch, a0
    X_VI M_VS, csrr a0, vstimecmp
    X_IL M_VS, csrr a0, mstatus
    X_IL M_VS, csrr a0, mtval2
    X_IL M_VS, mret
    X_OK csrr a0, sstatus           /* vsstatus */
    X_OK csrr a0, senvcfg           /* no VS copy: the HS one */
    X_OK csrr a0, scounteren
    MODE_M

    SECTION "VTW, VTSR, VTVM in VS"
    li t0, HSTATUS_VTW | HSTATUS_VTSR | HSTATUS_VTVM
    csrw hstatus, t0
    MODE_VS
    X_VI M_VS, wfi
    X_VI M_VS, sret
    X_VI M_VS, sfence.vma
    X_VI M_VS, sfence.vma t1, zero
    /* VTVM also covers satp ("Hypervisor Status Register"): 1 = virtual
     * instruction (spec), 2 = no trap (QEMU 7.2 checks VTVM only for
     * SFENCE.VMA). */
    TRY
    csrr a1, satp
    TRY_END C_VIRTUAL
    CHECK_ONEOF a0, 2, 1
    MODE_M
    csrw hstatus, zero

    SECTION "TW, TSR, TVM with V = 1"
    li t0, MSTATUS_TW
    csrs mstatus, t0
    MODE_VS
    X_IL M_VS, wfi              /* TW applies to every mode below M */
    MODE_M
    MODE_HS
    X_IL M_HS, wfi
    MODE_M
    li t0, MSTATUS_TW
    csrc mstatus, t0
    li t0, MSTATUS_TSR | MSTATUS_TVM
    csrs mstatus, t0
    MODE_VS
    /* TSR and TVM affect HS-mode only ("Machine Status Registers"):
     * 2 = the instruction executes (spec), 1 = illegal instruction (QEMU
     * 7.2). */
    TRY
    csrr a1, satp
    TRY_END C_ILLEGAL
    CHECK_ONEOF a0, 1, 2
    TRY
    csrw satp, zero
    TRY_END C_ILLEGAL
    CHECK_ONEOF a0, 1, 2
    TRY
    sfence.vma
    TRY_END C_ILLEGAL
    CHECK_ONEOF a0, 1, 2
    la t0, 8f
    csrw sepc, t0
    li t0, MSTATUS_SPP
    csrs sstatus, t0
    TRY
    sret                        /* to 8f in VS, if it executes */
    TRY_END C_ILLEGAL
    CHECK_ONEOF a0, 1, 2
    MODE_M
    MODE_HS
    X_IL M_HS, sret
    X_IL M_HS, sfence.vma
    X_IL M_HS, csrr a0, satp
    X_IL M_HS, hfence.gvma zero, zero
    X_IL M_HS, hfence.gvma t1, zero
    X_OK hfence.vvma zero, zero     /* TVM: not HFENCE.VVMA */
    X_OK csrw vsatp, zero           /* nor vsatp */
    MODE_M
    li t0, MSTATUS_TSR | MSTATUS_TVM
    csrc mstatus, t0

    SECTION "counters from VS: mcounteren, hcounteren"
    MODE_VS
    X_VI M_VS, csrr a0, cycle
    X_VI M_VS, csrr a0, time
    X_VI M_VS, csrr a0, instret
    X_VI M_VS, csrr a0, hpmcounter3
    MODE_M
    li t0, 0xf
    csrw hcounteren, t0
    MODE_VS
    X_OK csrr a0, cycle
    X_OK csrr a0, time
    X_OK csrr a0, instret
    X_OK csrr a0, hpmcounter3
    X_VI M_VS, csrr a0, hpmcounter4
    MODE_M
    li t0, 0x5
    csrc mcounteren, t0         /* CY, IR off in mcounteren */
    MODE_VS
    X_IL M_VS, csrr a0, cycle
    X_IL M_VS, csrr a0, instret
    X_OK csrr a0, time
    MODE_M
    li t0, -1
    csrw mcounteren, t0

    SECTION "stimecmp (vstimecmp) from VS: hcounteren.TM, henvcfg.STCE"
    MODE_VS
    X_VI M_VS, csrr a0, stimecmp    /* henvcfg.STCE = 0 */
    MODE_M
    li t0, 1 << 63
    csrw henvcfg, t0
    li t0, -1
    csrw vstimecmp, t0
    MODE_VS
    X_OK csrr a0, stimecmp
    CHECK a0, -1
    MODE_M
    li t0, 2
    csrc hcounteren, t0         /* TM off */
    MODE_VS
    X_VI M_VS, csrr a0, stimecmp
    X_VI M_VS, csrr a0, time
    MODE_M
    li t0, 2
    csrs hcounteren, t0
    csrw menvcfg, zero          /* menvcfg.STCE = 0: illegal */
    MODE_VS
    X_IL M_VS, csrr a0, stimecmp
    MODE_M
    li t0, 1 << 63
    csrw menvcfg, t0

    SECTION "from VU"
    li t0, -1
    csrw hcounteren, t0
    csrw scounteren, zero
    MODE_VU
    la t1, scratch
    H_EXPECT 1f
2:  hlv.d a0, (t1)
1:  H_TRAP_INSNQ 3, M_VU, C_VIRTUAL, 2b
    X_VI M_VU, csrr a0, hstatus
    X_VI M_VU, csrr a0, vsstatus
    X_VI M_VU, csrr a0, cycle       /* scounteren.CY = 0 */
    X_VI M_VU, csrr a0, time
    X_VI M_VU, wfi                  /* TW = 0 */
    X_IL M_VU, csrr a0, mstatus
    X_IL M_VU, mret
    /* An S CSR, SRET, SFENCE.VMA, HFENCE from VU: virtual instruction
     * (22, the instructions are HS-qualified); QEMU 7.2 raises an
     * illegal instruction (2). */
    H_EXPECT 1f
2:  csrr a0, sstatus
1:  VU_VIRT 2b
    H_EXPECT 1f
2:  csrr a0, sscratch
1:  VU_VIRT 2b
    H_EXPECT 1f
2:  sret
1:  VU_VIRT 2b
    H_EXPECT 1f
2:  sfence.vma
1:  VU_VIRT 2b
    H_EXPECT 1f
2:  hfence.vvma zero, zero
1:  VU_VIRT 2b
    H_EXPECT 1f
2:  hfence.gvma zero, zero
1:  VU_VIRT 2b
    MODE_M
    li t0, -1
    csrw scounteren, t0
    csrw hcounteren, zero
    MODE_VU
    X_VI M_VU, csrr a0, cycle       /* hcounteren.CY = 0 */
    MODE_M
    li t0, -1
    csrw hcounteren, t0
    MODE_VU
    X_OK csrr a0, cycle
    X_OK csrr a0, instret
    MODE_M
    li t0, MSTATUS_TW
    csrs mstatus, t0
    MODE_VU
    /* WFI in VU with TW = 1: illegal instruction (the virtual-instruction
     * case is "when mstatus.TW = 0"); QEMU 7.2 raises 22. */
    H_EXPECT 1f
2:  wfi
1:  CHECKFW FW_RESUME, 0
    CHECKFW_ONEOF FW_TCAUSE, C_VIRTUAL, C_ILLEGAL
    MODE_M
    li t0, MSTATUS_TW
    csrc mstatus, t0

    SECTION "from U (V = 0)"
    li t0, HSTATUS_HU
    csrw hstatus, t0
    MODE_HU
    X_IL M_U, hfence.vvma zero, zero    /* HU covers HLV/HSV only */
    X_IL M_U, hfence.gvma zero, zero
    X_IL M_U, csrr a0, hstatus
    X_IL M_U, csrr a0, vsstatus
    X_IL M_U, sret
    MODE_M
    csrw hstatus, zero

    SECTION "delegated to HS"
    li t0, -1
    csrw hedeleg, t0
    csrr a0, hedeleg
    srli a0, a0, C_VIRTUAL
    andi a0, a0, 1
    CHECK a0, 0                 /* hedeleg bit 22 is read-only zero */
    csrw hedeleg, zero
    li t0, 1 << C_VIRTUAL
    csrw medeleg, t0
    MODE_VS
    H_EXPECT 1f
2:  csrr a0, hstatus
1:  H_TRAP_INSN 1, M_VS, C_VIRTUAL, 2b
    CHECKHR HR_TVAL2, 0
    CHECKHR HR_TINST, 0
    CHECKHR HR_GVA, 0
    H_EXPECT 1f
2:  hfence.gvma zero, zero
1:  H_TRAP_INSN 1, M_VS, C_VIRTUAL, 2b
    MODE_M
    MODE_VU
    H_EXPECT 1f
2:  csrr a0, hgatp
1:  H_TRAP_INSN 1, M_VU, C_VIRTUAL, 2b
    MODE_M
    csrw medeleg, zero
    csrw hcounteren, zero
    csrw henvcfg, zero
    csrw menvcfg, zero
TEST_END

    .data
    .balign 8
scratch: .dword 0
