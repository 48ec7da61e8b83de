/*
 * h_deleg: where traps go with the hypervisor extension, and the state
 * that trap entry and SRET/MRET leave (privileged spec, "Hypervisor
 * Extension": "Hypervisor Trap Delegation Registers", "Trap Entry",
 * "Trap Return", "Machine Status Registers", "Hypervisor Status
 * Register").
 *   - exceptions from VS, VU, HS and U go to M (medeleg = 0): mcause,
 *     mepc, mtval, MPV/MPP (the mode they came from), mstatus.GVA (1 only
 *     when mtval is a guest virtual address), mtval2 = mtinst = 0, hstatus
 *     untouched; ecall causes 10 (VS), 8 (VU and U), 9 (HS);
 *   - medeleg sends them to HS: scause, sepc, stval, hstatus.SPV (V
 *     before the trap), hstatus.SPVP (sstatus.SPP when V was 1, unchanged
 *     when V was 0), hstatus.GVA, sstatus.SPP/SPIE/SIE, htval = htinst = 0,
 *     and the VS CSRs untouched; hedeleg has no effect on traps from HS/U;
 *   - medeleg + hedeleg send traps from VS/VU to VS: vscause, vsepc,
 *     vstval, vsstatus.SPP/SPIE/SIE; hstatus and the HS CSRs untouched;
 *     an ecall from VS (cause 10) cannot be delegated to VS;
 *   - interrupts: an S-level interrupt delegated to HS (mideleg) is taken
 *     in HS from VS even with sstatus.SIE = 0; not delegated, it goes to M
 *     from VS even with mstatus.MIE = 0; VSSIP goes to HS (cause 2) when
 *     hideleg is clear, to VS (cause 1) when set: only with vsstatus.SIE
 *     in VS, always in VU, never while V = 0; MSI goes to M from VS;
 *   - SRET from HS (and from M) goes to VS, VU, HS or U per hstatus.SPV and
 *     sstatus.SPP, then SPV = 0, SPP = 0, SIE = SPIE, SPIE = 1, SPVP kept;
 *     SRET in VS goes to VS or VU per vsstatus.SPP and leaves hstatus
 *     alone.
 * QEMU 7.2 departures (CHECK_ONEOF, see tests/README.md): mstatus.GVA is
 * set on an M trap from V = 1 whenever mtval is nonzero (also for an
 * illegal instruction), and never cleared by a trap.
 */
#include "h.h"

    .option norvc

#define SENT 0x5a5a
#define BAD  0x100000000000     /* nothing mapped: access faults */

/* HRFIELD off, shift, mask, exp: check (__hrec[off] >> shift) & mask. */
.macro HRFIELD off, shift, mask, exp
    sd t1, FW_T1(gp)
    la t1, __hrec
    ld t1, \off(t1)
    srli t1, t1, \shift
    andi t1, t1, \mask
    CHECK t1, \exp
    ld t1, FW_T1(gp)
.endm

/* TSTFIELD shift, mask, exp: check (FW_TSTATUS >> shift) & mask. */
.macro TSTFIELD shift, mask, exp
    sd t1, FW_T1(gp)
    ld t1, FW_TSTATUS(gp)
    srli t1, t1, \shift
    andi t1, t1, \mask
    CHECK t1, \exp
    ld t1, FW_T1(gp)
.endm

/* ECALL_M from: an ecall that goes to M, resumed in M; checks its record. */
.macro ECALL_M from, cause
    H_EXPECT_HERE 1f
2:  ecall
1:  H_TRAP 3, \from, \cause, 0
    CHECKFWA FW_TEPC, 2b
.endm

TEST_BEGIN h_deleg
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

    SECTION "exceptions from VS and VU to M"
    li t0, HSTATUS_SPVP | HSTATUS_GVA
    csrw hstatus, t0            /* sentinels: M traps leave hstatus alone */
    li t0, SENT
    csrw htval, t0
    MODE_VS
    H_EXPECT 1f
2:  ebreak
1:  H_TRAP 3, M_VS, C_BREAK, 0
    CHECKFWA FW_TEPC, 2b
    CHECKHR HR_GVA, 0
    CHECKHR HR_TVAL2, 0
    CHECKHR HR_TINST, 0
    CHECKHR HR_HSTATUS, 0x200000140
    li t1, BAD
    H_EXPECT 1f
2:  ld a0, 8(t1)
1:  H_TRAP 3, M_VS, C_LOAD_AF, BAD + 8
    CHECKFWA FW_TEPC, 2b
    CHECKHR HR_GVA, 1
    CHECKHR HR_TVAL2, 0
    CHECKHR_ONEOF HR_TINST, 0, 0x3503   /* 0 or the transformed ld */
    H_EXPECT 1f
2:  csrr a0, mstatus
1:  H_TRAP_INSN 3, M_VS, C_ILLEGAL, 2b
    /* GVA = 1 only for traps that write a guest virtual address to mtval
     * ("Machine Status Registers"); QEMU 7.2 sets it for any nonzero
     * mtval from V = 1, here the instruction bits. */
    CHECKHR_ONEOF HR_GVA, 1, 0
    ECALL_M M_VS, C_ECALL_VS
    CHECKHR HR_GVA, 0
    MODE_VU
    H_EXPECT 1f
2:  ebreak
1:  H_TRAP 3, M_VU, C_BREAK, 0
    CHECKFWA FW_TEPC, 2b
    li t1, BAD
    H_EXPECT 1f
2:  sd a0, 0x10(t1)
1:  H_TRAP 3, M_VU, C_STORE_AF, BAD + 0x10
    CHECKFWA FW_TEPC, 2b
    CHECKHR HR_GVA, 1
    ECALL_M M_VU, C_ECALL_U
    CHECKHR HR_GVA, 0
    CHECKHR HR_HSTATUS, 0x200000140
    csrr a0, htval
    CHECK a0, SENT              /* M traps leave htval alone */

    SECTION "exceptions from HS and U to M"
    MODE_HS
    li t1, BAD
    H_EXPECT 1f
2:  ld a0, 0(t1)
1:  H_TRAP 3, M_HS, C_LOAD_AF, BAD
    CHECKFWA FW_TEPC, 2b
    CHECKHR HR_GVA, 0
    ECALL_M M_HS, C_ECALL_HS
    MODE_HU
    ECALL_M M_U, C_ECALL_U
    CHECKHR HR_GVA, 0
    /* Every trap into M writes GVA, 0 when mtval holds no guest virtual
     * address; QEMU 7.2 only ever sets it: GVA = 1 written by software
     * survives. */
    li t0, MSTATUS_GVA
    csrs mstatus, t0
    MODE_HS
    ECALL_M M_HS, C_ECALL_HS
    CHECKHR_ONEOF HR_GVA, 1, 0

    SECTION "exceptions from VS and VU to HS (medeleg)"
    li t0, (1 << C_ILLEGAL) | (1 << C_BREAK) | (1 << C_LOAD_AF) | (1 << C_STORE_AF) | (1 << C_ECALL_U) | (1 << C_ECALL_VS)
    csrw medeleg, t0
    li t0, SENT
    csrw vsepc, t0
    csrw vscause, t0
    csrw vstval, t0
    csrw htval, t0
    li t0, MSTATUS_SIE
    csrs mstatus, t0            /* HS SIE = 1 (nothing enabled in sie) */
    csrw hstatus, zero
    MODE_VS
    H_EXPECT 1f
2:  ebreak
1:  H_TRAP 1, M_VS, C_BREAK, 0
    CHECKFWA FW_TEPC, 2b
    HRFIELD HR_HSTATUS, 7, 1, 1     /* SPV */
    HRFIELD HR_HSTATUS, 8, 1, 1     /* SPVP = SPP */
    CHECKHR HR_GVA, 0
    CHECKHR HR_TVAL2, 0
    CHECKHR HR_TINST, 0
    TSTFIELD 8, 1, 1                /* SPP */
    TSTFIELD 5, 1, 1                /* SPIE = old SIE */
    TSTFIELD 1, 1, 0                /* SIE */
    li t1, BAD
    H_EXPECT 1f
2:  lw a0, 4(t1)
1:  H_TRAP 1, M_VS, C_LOAD_AF, BAD + 4
    CHECKFWA FW_TEPC, 2b
    CHECKHR HR_GVA, 1
    CHECKHR HR_TVAL2, 0
    H_EXPECT 1f
2:  csrr a0, mstatus
1:  H_TRAP_INSN 1, M_VS, C_ILLEGAL, 2b
    CHECKHR HR_GVA, 0
    H_EXPECT 1f
2:  ecall
1:  H_TRAP 1, M_VS, C_ECALL_VS, 0
    CHECKFWA FW_TEPC, 2b
    /* To VU through HS: sret with SPV = 1, SPP = 0. */
    H_EXPECT_HERE 1f
    csrr a0, mstatus            /* illegal: delegated, resumed in HS */
1:  HS_TO_VU
    H_EXPECT 1f
2:  ecall
1:  H_TRAP 1, M_VU, C_ECALL_U, 0
    CHECKFWA FW_TEPC, 2b
    HRFIELD HR_HSTATUS, 7, 1, 1     /* SPV */
    HRFIELD HR_HSTATUS, 8, 1, 0     /* SPVP = SPP = 0 */
    TSTFIELD 8, 1, 0                /* SPP */
    H_EXPECT 1f
2:  ebreak
1:  H_TRAP 1, M_VU, C_BREAK, 0
    li t1, BAD
    H_EXPECT 1f
2:  sd a0, 0(t1)
1:  H_TRAP 1, M_VU, C_STORE_AF, BAD
    CHECKHR HR_GVA, 1
    H_EXPECT_HERE 1f
    csrr a0, mstatus
1:  /* HS: traps from HS stay in HS, SPV = 0, SPVP unchanged (0). */
    H_EXPECT 1f
2:  ebreak
1:  H_TRAP 1, M_HS, C_BREAK, 0
    HRFIELD HR_HSTATUS, 7, 1, 0
    HRFIELD HR_HSTATUS, 8, 1, 0
    CHECKHR HR_GVA, 0
    li t0, HSTATUS_SPVP
    csrs hstatus, t0
    li t0, 1 << C_BREAK
    csrw hedeleg, t0            /* no effect on traps from V = 0 */
    H_EXPECT 1f
2:  ebreak
1:  H_TRAP 1, M_HS, C_BREAK, 0
    HRFIELD HR_HSTATUS, 8, 1, 1     /* SPVP kept */
    csrw hedeleg, zero
    li t1, BAD
    H_EXPECT 1f
2:  ld a0, 0(t1)
1:  H_TRAP 1, M_HS, C_LOAD_AF, BAD
    CHECKHR HR_GVA, 0
    HS_TO_HU
    H_EXPECT 1f
2:  ecall
1:  H_TRAP 1, M_U, C_ECALL_U, 0
    HRFIELD HR_HSTATUS, 7, 1, 0
    HRFIELD HR_HSTATUS, 8, 1, 1     /* SPVP kept */
    TSTFIELD 8, 1, 0
    H_EXPECT_HERE 1f
    ecall
1:  MODE_M
    csrr a0, vsepc
    CHECK a0, SENT              /* HS traps leave the VS CSRs alone */
    csrr a0, vscause
    CHECK a0, SENT
    csrr a0, vstval
    CHECK a0, SENT
    li t0, MSTATUS_SIE
    csrc mstatus, t0

    SECTION "exceptions from VS and VU to VS (medeleg + hedeleg)"
    li t0, (1 << C_ILLEGAL) | (1 << C_BREAK) | (1 << C_LOAD_AF) | (1 << C_ECALL_U) | (1 << C_ECALL_VS)
    csrw medeleg, t0
    csrw hedeleg, t0
    CHECKCSR hedeleg, (1 << C_ILLEGAL) | (1 << C_BREAK) | (1 << C_LOAD_AF) | (1 << C_ECALL_U)
    li t0, SENT
    csrw sepc, t0
    csrw scause, t0
    csrw stval, t0
    li t0, HSTATUS_SPVP | HSTATUS_GVA
    csrw hstatus, t0
    li t0, 0x200000000 | MSTATUS_SIE
    csrw vsstatus, t0
    MODE_VS
    H_EXPECT 1f
2:  ebreak
1:  H_TRAP 5, M_VS, C_BREAK, 0
    CHECKFWA FW_TEPC, 2b
    TSTFIELD 8, 1, 1                /* vsstatus.SPP */
    TSTFIELD 5, 1, 1                /* SPIE = old SIE */
    TSTFIELD 1, 1, 0
    H_EXPECT 1f
2:  csrr a0, mstatus
1:  CHECKFW FW_RESUME, 0
    CHECKFW FW_TMODE, 5
    CHECKHR HR_FROM, M_VS
    /* vscause = 2: only the VS-level interrupt causes 2, 6 and 10 become
     * 1, 5 and 9 for VS-mode ("Hypervisor Trap Delegation Registers");
     * QEMU 7.2 also turns exception 2 (and 6) into 1. */
    CHECKFW_ONEOF FW_TCAUSE, 1, C_ILLEGAL
    sd t1, FW_T1(gp)
    sd t2, FW_USER+56(gp)
    ld t1, FW_TTVAL(gp)
    la t2, 2b
    lwu t2, 0(t2)
    CHECKR t1, t2
    ld t2, FW_USER+56(gp)
    ld t1, FW_T1(gp)
    li t1, BAD
    H_EXPECT 1f
2:  ld a0, 0x18(t1)
1:  H_TRAP 5, M_VS, C_LOAD_AF, BAD + 0x18
    CHECKFWA FW_TEPC, 2b
    /* To VU with sret (vsstatus.SPP = 0). */
    li t0, MSTATUS_SPP
    csrc sstatus, t0
    la t0, 3f
    csrw sepc, t0
    sret
3:  H_EXPECT 1f
2:  ecall
1:  H_TRAP 5, M_VU, C_ECALL_U, 0
    CHECKFWA FW_TEPC, 2b
    TSTFIELD 8, 1, 0
    H_EXPECT ebreak_vu_ret
ebreak_vu:
    ebreak
ebreak_vu_ret:
    H_TRAP 5, M_VU, C_BREAK, 0
    CHECKFWA FW_TEPC, ebreak_vu
    li t1, BAD
    H_EXPECT_HERE 1f
2:  sd a0, 0(t1)                /* not delegated: to M */
1:  H_TRAP 3, M_VU, C_STORE_AF, BAD
    /* VS traps leave hstatus and the HS CSRs alone ("Trap Entry");
     * QEMU 7.2 clears hstatus.GVA on a trap into VS. */
    csrr a0, hstatus
    CHECK_ONEOF a0, 0x200000100, 0x200000140
    csrr a0, sepc
    CHECK a0, SENT
    csrr a0, scause
    CHECK a0, SENT
    csrr a0, stval
    CHECK a0, SENT
    csrr a0, vscause
    CHECK a0, C_BREAK
    csrr a0, vsepc              /* written by __h_vstrap to resume */
    CHECKA a0, ebreak_vu_ret
    csrr a0, vstval
    CHECK a0, 0
    /* An ecall from VS cannot be delegated to VS: HS takes it. */
    MODE_VS
    H_EXPECT 1f
2:  ecall
1:  H_TRAP 1, M_VS, C_ECALL_VS, 0
    li t1, BAD
    H_EXPECT_HERE 1f
    sd a0, 0(t1)
1:  csrw medeleg, zero
    csrw hedeleg, zero

    SECTION "S-level interrupts while V = 1"
    li t0, MSTATUS_MIE | MSTATUS_SIE
    csrc mstatus, t0
    li t0, MIP_SSIP
    csrw mideleg, t0            /* SSI to HS */
    csrs mie, t0
    csrs mip, t0
    H_EXPECT_HERE 1f
    MODE_VS
2:  nop                         /* taken before this: HS SIE = 0 is no mask */
    nop
1:  H_TRAP 1, M_VS, INTR | 1, 0
    CHECKFWA FW_TEPC, 2b
    HRFIELD HR_HSTATUS, 7, 1, 1
    CHECKHR HR_GVA, 0
    csrci sip, MIP_SSIP
    MODE_M
    li t0, MIP_SSIP
    csrs mip, t0
    H_EXPECT_HERE 1f
    MODE_VU
2:  nop
    nop
1:  H_TRAP 1, M_VU, INTR | 1, 0
    CHECKFWA FW_TEPC, 2b
    csrci sip, MIP_SSIP
    MODE_M
    /* Not delegated: to M, also with mstatus.MIE = 0. */
    csrw mideleg, zero
    li t0, MIP_SSIP
    csrs mip, t0
    H_EXPECT_HERE 1f
    MODE_VS
2:  nop
    nop
1:  H_TRAP 3, M_VS, INTR | 1, 0
    CHECKFWA FW_TEPC, 2b
    CHECKHR HR_GVA, 0
    CHECKHR HR_TVAL2, 0
    li t0, MIP_SSIP
    csrc mip, t0
    csrc mie, t0
    /* A machine software interrupt from VS. */
    li t0, MIP_MSIP
    csrs mie, t0
    li t0, CLINT_BASE
    li t1, 1
    sw t1, 0(t0)
    H_EXPECT_HERE 1f
    MODE_VS
2:  nop
    nop
1:  H_TRAP 3, M_VS, INTR | 3, 0
    CHECKFWA FW_TEPC, 2b
    li t0, CLINT_BASE
    sw zero, 0(t0)
    li t0, MIP_MSIP
    csrc mie, t0

    SECTION "VS software interrupt: hideleg clear -> HS, set -> VS"
    li t0, MIP_VSSIP
    csrw hie, t0
    csrw hvip, t0
    H_EXPECT_HERE 1f
    MODE_VS
2:  nop
    nop
1:  H_TRAP 1, M_VS, INTR | 2, 0
    CHECKFWA FW_TEPC, 2b
    HRFIELD HR_HSTATUS, 7, 1, 1
    /* In HS: masked by sstatus.SIE; taken once SIE is set. */
    li a0, 0
    H_EXPECT_HERE 1f
    csrsi sstatus, MSTATUS_SIE
2:  li a0, 1
1:  H_TRAP 1, M_HS, INTR | 2, 0
    CHECKFWA FW_TEPC, 2b
    CHECK a0, 0
    HRFIELD HR_HSTATUS, 7, 1, 0
    csrw hvip, zero
    MODE_M
    li t0, MIP_VSSIP
    csrw hideleg, t0
    csrw hvip, t0
    li t0, 0x200000000
    csrw vsstatus, t0           /* vsstatus.SIE = 0 */
    li t0, MSTATUS_SIE
    csrs mstatus, t0            /* HS SIE = 1: delegated to VS, not taken */
    MODE_HS
    H_EXPECT 1f
    nop
1:  H_NOTRAP
    MODE_M
    MODE_VS
    H_EXPECT 1f
    nop
1:  H_NOTRAP                    /* vsstatus.SIE = 0 */
    li a0, 0
    H_EXPECT_HERE 1f
    csrsi sstatus, MSTATUS_SIE
2:  li a0, 1
1:  H_TRAP 5, M_VS, INTR | 1, 0
    CHECKFWA FW_TEPC, 2b
    CHECK a0, 0
    TSTFIELD 5, 1, 1            /* SPIE */
    csrci sip, MIP_SSIP         /* vsip.SSIP = hvip.VSSIP */
    MODE_M
    csrr a0, hvip
    CHECK a0, 0
    li t0, MIP_VSSIP
    csrw hvip, t0
    H_EXPECT_HERE 1f
    MODE_VU                     /* always taken in VU */
2:  nop
    nop
1:  H_TRAP 5, M_VU, INTR | 1, 0
    CHECKFWA FW_TEPC, 2b
    csrci sip, MIP_SSIP
    MODE_M
    li t0, MSTATUS_SIE
    csrc mstatus, t0
    csrw hvip, zero
    csrw hie, zero
    csrw hideleg, zero

    SECTION "SRET from HS and M"
    li t0, HSTATUS_SPVP
    csrw hstatus, t0
    MODE_HS
    li t0, HSTATUS_SPV
    csrs hstatus, t0
    li t0, MSTATUS_SPP | MSTATUS_SPIE
    csrs sstatus, t0
    csrci sstatus, MSTATUS_SIE
    la t0, 1f
    csrw sepc, t0
    sret
1:  ECALL_M M_VS, C_ECALL_VS    /* sret went to VS */
    CHECKCSRM hstatus, HSTATUS_SPV | HSTATUS_SPVP, HSTATUS_SPVP
    CHECKCSRM sstatus, MSTATUS_SPP | MSTATUS_SPIE | MSTATUS_SIE, MSTATUS_SPIE | MSTATUS_SIE
    li t0, MSTATUS_SIE
    csrc mstatus, t0
    MODE_HS
    li t0, HSTATUS_SPV
    csrs hstatus, t0
    li t0, MSTATUS_SPP
    csrc sstatus, t0
    la t0, 1f
    csrw sepc, t0
    sret
1:  ECALL_M M_VU, C_ECALL_U     /* VU */
    CHECKCSRM hstatus, HSTATUS_SPV | HSTATUS_SPVP, HSTATUS_SPVP
    MODE_HS
    li t0, MSTATUS_SPP
    csrs sstatus, t0
    la t0, 1f
    csrw sepc, t0
    sret
1:  ECALL_M M_HS, C_ECALL_HS    /* SPV = 0, SPP = 1: HS */
    CHECKCSRM sstatus, MSTATUS_SPP, 0
    MODE_HS
    la t0, 1f
    csrw sepc, t0
    sret
1:  ECALL_M M_U, C_ECALL_U      /* SPV = 0, SPP = 0: U */
    /* SRET in M uses SPV and SPP the same way. */
    li t0, HSTATUS_SPV
    csrs hstatus, t0
    li t0, MSTATUS_SPP
    csrs mstatus, t0
    la t0, 1f
    csrw sepc, t0
    sret
1:  ECALL_M M_VS, C_ECALL_VS
    CHECKCSRM hstatus, HSTATUS_SPV, 0
    li t0, MSTATUS_SIE
    csrc mstatus, t0

    SECTION "SRET in VS"
    li t0, HSTATUS_SPV | HSTATUS_SPVP
    csrw hstatus, t0
    li t0, 0x200000000 | MSTATUS_SPP | MSTATUS_SPIE
    csrw vsstatus, t0
    MODE_VS
    la t0, 1f
    csrw sepc, t0
    sret
1:  csrr a0, sstatus
    ECALL_M M_VS, C_ECALL_VS    /* still VS */
    li t0, MSTATUS_SPP | MSTATUS_SPIE | MSTATUS_SIE
    and a0, a0, t0
    CHECK a0, MSTATUS_SPIE | MSTATUS_SIE
    csrr a0, hstatus
    CHECK a0, 0x200000000 | HSTATUS_SPV | HSTATUS_SPVP
    li t0, 0x200000000
    csrw vsstatus, t0
    MODE_VS
    la t0, 1f
    csrw sepc, t0
    sret
1:  ECALL_M M_VU, C_ECALL_U     /* vsstatus.SPP = 0: VU */
    csrw hstatus, zero
TEST_END
