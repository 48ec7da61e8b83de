/*
 * umode: what U-mode and S-mode may not do (privileged spec, "CSR Address
 * Mapping Conventions", "Machine Counter-Enable Register (mcounteren)",
 * "Supervisor Counter-Enable Register", "Virtualization Support in mstatus
 * Register" for TVM/TW/TSR).
 *   - CSR numbers encode the lowest privilege allowed (bits 9:8): U cannot
 *     touch S or M CSRs, S cannot touch M CSRs: illegal instruction with
 *     mtval = the instruction bits;
 *   - counters: S may read cycle/time/instret/hpmcounterN only if the bit is
 *     set in mcounteren; U needs the bit in both mcounteren and scounteren;
 *   - fcsr is a U-level CSR, usable from U while mstatus.FS != Off;
 *   - mret from S or U, sret from U, sfence.vma from U: illegal;
 *   - WFI: illegal in U (S-mode exists, whatever TW says); in S illegal when
 *     TW = 1, allowed when TW = 0; unaffected in M;
 *   - TSR = 1 makes sret illegal in S; TVM = 1 makes satp accesses and
 *     sfence.vma illegal in S; none of these affect M-mode.
 * The WFIs that are allowed are given a pending (delegated, masked by
 * sstatus.SIE = 0) interrupt so they return at once.  The U-mode tests come
 * first, before that interrupt is pending: in U it would be taken.
 */
#include "test.h"

    .option norvc

/* ILL insn...: the instruction must raise illegal instruction (cause 2)
 * with mtval = its bits, and resume after it. */
.macro ILL label, insn:vararg
    EXPECT_TRAP 1f
\label:
    \insn
1:  CHECK_TRAP_INSN 2, \label
.endm

/* OK insn...: the instruction must not trap. */
.macro OK insn:vararg
    EXPECT_TRAP 1f
    \insn
1:  CHECK_NOTRAP
.endm

TEST_BEGIN umode
    li t0, MSTATUS_FS_INITIAL
    csrs mstatus, t0

    SECTION "U-mode: CSRs of higher privilege"
    csrw mcounteren, zero
    csrw scounteren, zero
    MODE_U
    ILL u1, csrr a0, mstatus
    ILL u2, csrr a0, mscratch
    ILL u3, csrw mscratch, zero
    ILL u4, csrr a0, sstatus
    ILL u5, csrr a0, satp
    ILL u6, csrr a0, sscratch
    ILL u7, csrr a0, mhartid
    ILL u8, csrr a0, stimecmp
    OK frcsr a0                 /* fcsr: a U-level CSR */
    OK csrw fflags, zero

    SECTION "U-mode: privileged instructions"
    ILL u10, mret
    ILL u11, sret
    ILL u12, wfi
    ILL u13, sfence.vma
    ILL u14, sfence.vma zero, zero

    SECTION "U-mode: counters need mcounteren and scounteren"
    ILL u20, csrr a0, cycle
    ILL u21, csrr a0, time
    ILL u22, csrr a0, instret
    ILL u23, csrr a0, hpmcounter3
    MODE_M
    li t0, 0xf                  /* CY TM IR HPM3 */
    csrw mcounteren, t0
    MODE_U
    ILL u24, csrr a0, cycle     /* scounteren still 0 */
    ILL u25, csrr a0, time
    MODE_M
    csrw mcounteren, zero
    li t0, 0xf
    csrw scounteren, t0
    MODE_U
    ILL u26, csrr a0, cycle     /* mcounteren 0 */
    MODE_M
    li t0, 0x5                  /* CY IR */
    csrw mcounteren, t0
    MODE_U
    OK csrr a0, cycle
    OK csrr a0, instret
    ILL u27, csrr a0, time      /* TM only in scounteren */
    ILL u28, csrr a0, hpmcounter3
    MODE_M
    li t0, 0xf
    csrw mcounteren, t0
    MODE_U
    OK csrr a0, time
    OK csrr a0, hpmcounter3
    MODE_M

    SECTION "U-mode: FP with mstatus.FS = Off"
    li t0, MSTATUS_FS
    csrc mstatus, t0
    MODE_U
    ILL u30, frcsr a0
    ILL u31, fmv.x.d a0, f0
    MODE_M
    li t0, MSTATUS_FS_INITIAL
    csrs mstatus, t0

    SECTION "S-mode: M CSRs and instructions"
    csrw mcounteren, zero
    csrw scounteren, zero
    MODE_S
    ILL s1, csrr a0, mstatus
    ILL s2, csrw mtvec, zero
    ILL s3, csrr a0, medeleg
    ILL s4, csrr a0, menvcfg
    ILL s5, mret
    OK csrr a0, sstatus
    OK csrr a0, senvcfg
    OK csrr a0, satp
    ILL s6, csrr a0, cycle      /* mcounteren.CY = 0 */
    ILL s7, csrr a0, time
    MODE_M
    li t0, 0x3                  /* CY TM; scounteren stays 0: not needed by S */
    csrw mcounteren, t0
    /*
     * From here on a supervisor software interrupt is pending, enabled in
     * mie, delegated, and masked by sstatus.SIE = 0, so that WFI returns at
     * once.  (Never in U-mode: there S interrupts are always enabled.)
     */
    li t0, 2
    csrw mideleg, t0
    csrw mie, t0
    csrs mip, t0
    li t0, MSTATUS_SIE
    csrc mstatus, t0
    MODE_S
    OK csrr a0, cycle
    OK csrr a0, time
    ILL s8, csrr a0, instret
    OK wfi                      /* TW = 0 */
    MODE_M

    SECTION "S-mode: TW, TSR, TVM"
    li t0, MSTATUS_TW
    csrs mstatus, t0
    MODE_S
    ILL s10, wfi
    MODE_M
    OK wfi                      /* M-mode: TW does not apply */
    li t0, MSTATUS_TW
    csrc mstatus, t0
    li t0, MSTATUS_TSR
    csrs mstatus, t0
    MODE_S
    ILL s11, sret
    MODE_M
    li t0, MSTATUS_TSR
    csrc mstatus, t0
    li t0, MSTATUS_TVM
    csrs mstatus, t0
    MODE_S
    ILL s12, csrr a0, satp
    ILL s13, csrw satp, zero
    ILL s14, sfence.vma
    OK csrr a0, sstatus
    MODE_M
    OK csrr a0, satp            /* M-mode: TVM does not apply */
    OK sfence.vma
    li t0, MSTATUS_TVM
    csrc mstatus, t0
    /* With TSR = 0 an sret from S works (to S, SPP = S). */
    MODE_S
    li t0, MSTATUS_SPP
    csrs sstatus, t0
    la t0, 1f
    csrw sepc, t0
    sret
1:  csrr a0, sstatus            /* still S: this read is legal */
    andi a0, a0, MSTATUS_SPP
    CHECK a0, 0
    MODE_M
    li t0, 2
    csrc mip, t0
    csrw mie, zero
    csrw mideleg, zero
TEST_END
