/*
 * Hartsim H-extension test images: the shared runtime and macros.
 *
 * Every program in images/tests/h/ follows the protocol of ../../common/
 * test.h (entry in M-mode, "TEST/ok/FAIL/SIG/DONE" output, finisher exit,
 * CHECK, CHECK_ONEOF, EXPECT_TRAP ...) and includes this file, which adds
 * what a hypervisor test needs.  Everything here is emitted once per image
 * (each image is one object linked with crt.o, see images/Makefile).
 *
 * THE H PROTOCOL
 * --------------
 * 1. H_INIT (first thing in test_main): if misa.H (bit 7) is clear the
 *    image prints "NO-H" and exits with the pass code (0x5555) without a
 *    DONE line, so a harness that expects DONE sees the difference.
 *    Otherwise it installs the three H-aware trap handlers below:
 *    mtvec = __h_mtrap, stvec = __h_strap (HS), vstvec = __h_vstrap (VS).
 * 2. Modes: MODE_HS, MODE_HU, MODE_VS, MODE_VU go from M to that mode at
 *    the next instruction (mret with MPP/MPV set); HS_TO_VS, HS_TO_VU,
 *    HS_TO_HU go there from HS (sret with hstatus.SPV / sstatus.SPP set).
 *    MODE_M (an ecall) comes back to M from U, HS, VS or VU while ecalls
 *    are not delegated.  Every register is preserved.
 * 3. Traps.  Each handler records the trap like __mtrap/__strap do
 *    (FW_TCAUSE, FW_TTVAL, FW_TEPC, FW_TSTATUS, FW_TCOUNT += 1) and sets
 *    FW_TMODE to the mode that took it: 3 = M, 1 = HS, 5 = VS.  It also
 *    fills the H record __hrec (HR_* offsets below, -1 = not written):
 *      HR_TVAL2   mtval2 (M) or htval (HS)
 *      HR_TINST   mtinst (M) or htinst (HS)
 *      HR_HSTATUS hstatus on entry (M and HS)
 *      HR_FROM    the mode the trap came from, as (V << 2) | privilege:
 *                 0 = U, 1 = HS, 3 = M, 4 = VU, 5 = VS (from MPV/MPP in M,
 *                 hstatus.SPV/sstatus.SPP in HS, 4 | vsstatus.SPP in VS)
 *      HR_GVA     mstatus.GVA (M) or hstatus.GVA (HS)
 *    __h_mtrap clears mstatus.GVA after recording it (QEMU 7.2 never
 *    clears GVA on a trap, see tests/README.md, so each trap starts clean).
 *    Then, if FW_RESUME is set (H_EXPECT), the handler resumes there in the
 *    mode that trapped (xRET with the hardware's xPP/xPV); with bit 0 set
 *    (H_EXPECT_HERE) the handler resumes in its own mode with that mode's
 *    interrupts disabled: __h_mtrap in M (MPP = 3, MPV = 0, MPIE = 0),
 *    __h_strap in HS (SPP = 1, SPV = 0, SPIE = 0), __h_vstrap in VS
 *    (SPP = 1, SPIE = 0), so that a test can clear a pending interrupt
 *    before it is taken again.
 *    Without FW_RESUME: __h_mtrap treats an ecall from U, HS, VS or VU
 *    (causes 8, 9, 10) as "take me to M" (returns after the ecall in M with
 *    MPV = 0 and MIE = 0); anything else is unexpected.  __h_strap and __h_vstrap
 *    escalate an unexpected trap with an ecall to M, which reports it:
 *        FAIL TRAP <M|HS|VS> cause=0x.. epc=0x.. tval=0x..
 *    and the image fails (code: the first failing check, else the next).
 * 4. Guests run on identity mappings (hgatp/vsatp Bare, or page tables
 *    that map the image, the __fw block and the devices at their physical
 *    addresses), so CHECK and the handlers work in VS and VU as well.
 * 5. FW_USER + 0 .. FW_USER + 24 (4 words) stay free for the tests;
 *    FW_USER + 32 .. FW_USER + 48 belong to this runtime.
 */
#ifndef HARTSIM_H_TEST_H
#define HARTSIM_H_TEST_H

#include "test.h"

#define MSTATUS_SD    (1 << 63)
#define MSTATUS_GVA   (1 << 38)
#define MSTATUS_MPV   (1 << 39)

#define HSTATUS_VSBE  (1 << 5)
#define HSTATUS_GVA   (1 << 6)
#define HSTATUS_SPV   (1 << 7)
#define HSTATUS_SPVP  (1 << 8)
#define HSTATUS_HU    (1 << 9)
#define HSTATUS_VGEIN (0x3f << 12)
#define HSTATUS_VTVM  (1 << 20)
#define HSTATUS_VTW   (1 << 21)
#define HSTATUS_VTSR  (1 << 22)
#define HSTATUS_VSXL  (3 << 32)

#define MIP_SSIP   (1 << 1)
#define MIP_VSSIP  (1 << 2)
#define MIP_MSIP   (1 << 3)
#define MIP_STIP   (1 << 5)
#define MIP_VSTIP  (1 << 6)
#define MIP_MTIP   (1 << 7)
#define MIP_SEIP   (1 << 9)
#define MIP_VSEIP  (1 << 10)
#define MIP_MEIP   (1 << 11)
#define MIP_SGEIP  (1 << 12)
#define MIP_VS_ALL (MIP_VSSIP | MIP_VSTIP | MIP_VSEIP)

#define INTR       (1 << 63)    /* interrupt bit of xcause */

#define SATP_SV39    (8 << 60)
#define SATP_SV48    (9 << 60)
#define HGATP_SV39X4 (8 << 60)
#define HGATP_SV48X4 (9 << 60)
#define HGATP_SV57X4 (10 << 60)
#define HGATP_VMID(v) ((v) << 44)

#define PTE_V 0x01
#define PTE_R 0x02
#define PTE_W 0x04
#define PTE_X 0x08
#define PTE_U 0x10
#define PTE_G 0x20
#define PTE_A 0x40
#define PTE_D 0x80
#define PTE_RWXAD (PTE_V | PTE_R | PTE_W | PTE_X | PTE_A | PTE_D)
#define PTE_RWAD  (PTE_V | PTE_R | PTE_W | PTE_A | PTE_D)
#define PTE_URWXAD (PTE_RWXAD | PTE_U)
#define PTE_URWAD  (PTE_RWAD | PTE_U)

/* Causes. */
#define C_ILLEGAL   2
#define C_BREAK     3
#define C_LOAD_AF   5
#define C_STORE_AF  7
#define C_ECALL_U   8
#define C_ECALL_HS  9
#define C_ECALL_VS  10
#define C_FETCH_PF  12
#define C_LOAD_PF   13
#define C_STORE_PF  15
#define C_FETCH_GPF 20
#define C_LOAD_GPF  21
#define C_VIRTUAL   22
#define C_STORE_GPF 23

/* Modes as (V << 2) | privilege: FW_TMODE uses 3 (M), 1 (HS), 5 (VS). */
#define M_U  0
#define M_HS 1
#define M_M  3
#define M_VU 4
#define M_VS 5

/* Offsets in __hrec. */
#define HR_TVAL2   0
#define HR_TINST   8
#define HR_HSTATUS 16
#define HR_FROM    24
#define HR_GVA     32
#define HR_VSREGS  64           /* __h_vstrap's register save area */
#define HR_SIZE    (64 + 32 * 8)

/* Runtime scratch in the __fw block. */
#define FW_H_T0    (FW_USER + 32)
#define FW_H_T1    (FW_USER + 40)
#define FW_H_VS    (FW_USER + 48)

#ifdef __ASSEMBLER__

    .option arch, +h

/* ------------------------------------------------------------------ */
/* Checks on the H trap record. */

/* CHECKHR off, exp: check the __hrec doubleword at off. */
.macro CHECKHR off, exp
    sd t1, FW_T1(gp)
    la t1, __hrec
    ld t1, \off(t1)
    CHECK t1, \exp
    ld t1, FW_T1(gp)
.endm
.macro CHECKHR_ONEOF off, a, b
    sd t1, FW_T1(gp)
    la t1, __hrec
    ld t1, \off(t1)
    CHECK_ONEOF t1, \a, \b
    ld t1, FW_T1(gp)
.endm

/* Clear the H record to -1 (part of H_EXPECT). */
.macro H_CLEAR_REC
    sd t0, FW_H_T0(gp)
    sd t1, FW_H_T1(gp)
    la t0, __hrec
    li t1, -1
    sd t1, HR_TVAL2(t0)
    sd t1, HR_TINST(t0)
    sd t1, HR_HSTATUS(t0)
    sd t1, HR_FROM(t0)
    sd t1, HR_GVA(t0)
    ld t1, FW_H_T1(gp)
    ld t0, FW_H_T0(gp)
.endm

/* H_EXPECT label: the next trap resumes at label in the trapping mode. */
.macro H_EXPECT label
    EXPECT_TRAP \label
    H_CLEAR_REC
.endm

/* H_EXPECT_HERE label: the next trap resumes at label in the mode of the
 * handler that takes it (M for __h_mtrap, HS for __h_strap, VS with
 * SIE = 0 for __h_vstrap). */
.macro H_EXPECT_HERE label
    EXPECT_TRAP_M \label
    H_CLEAR_REC
.endm

/* H_TRAP mode, from, cause, tval: after H_EXPECT, check that the trap was
 * taken (5 checks): by which handler (3 = M, 1 = HS, 5 = VS), from which
 * mode (M_*), its cause and tval. */
.macro H_TRAP mode, from, cause, tval
    CHECKFW FW_RESUME, 0
    CHECKFW FW_TMODE, \mode
    CHECKHR HR_FROM, \from
    CHECKFW FW_TCAUSE, \cause
    CHECKFW FW_TTVAL, \tval
.endm

/* H_TRAPA: the same, tval = the address of a symbol. */
.macro H_TRAPA mode, from, cause, sym
    CHECKFW FW_RESUME, 0
    CHECKFW FW_TMODE, \mode
    CHECKHR HR_FROM, \from
    CHECKFW FW_TCAUSE, \cause
    CHECKFWA FW_TTVAL, \sym
.endm

/* H_TRAP_INSN mode, from, cause, label: tval = the 32-bit instruction at
 * label (illegal and virtual instructions). */
.macro H_TRAP_INSN mode, from, cause, label
    CHECKFW FW_TMODE, \mode
    CHECKHR HR_FROM, \from
    CHECK_TRAP_INSN \cause, \label
.endm

/* H_TRAP_INSNQ mode, from, cause, label: like H_TRAP_INSN, for the traps
 * that QEMU 7.2 raises while translating (HLV/HLVX/HSV where they are not
 * allowed): it leaves a stale value in xtval instead of the instruction
 * bits, so the check is "tval = the instruction" = 1 (spec: as for any
 * illegal instruction, and the virtual-instruction rule "written the same
 * as for an illegal instruction trap"), either value accepted, 0 recorded
 * (see tests/README.md). */
.macro H_TRAP_INSNQ mode, from, cause, label
    CHECKFW FW_RESUME, 0
    CHECKFW FW_TMODE, \mode
    CHECKHR HR_FROM, \from
    CHECKFW FW_TCAUSE, \cause
    sd t1, FW_T1(gp)
    sd t2, FW_USER+56(gp)
    ld t1, FW_TTVAL(gp)
    la t2, \label
    lwu t2, 0(t2)
    sub t1, t1, t2
    seqz t1, t1
    CHECK_ONEOF t1, 0, 1
    ld t2, FW_USER+56(gp)
    ld t1, FW_T1(gp)
.endm

/* H_NOTRAP: no trap since H_EXPECT; disarm it. */
.macro H_NOTRAP
    CHECK_NOTRAP
.endm

/* CHECKCSRM csr, mask, exp: check (csr & mask) == exp; mask fits li. */
.macro CHECKCSRM csr, mask, exp
    sd t1, FW_T1(gp)
    sd t2, FW_USER+56(gp)
    csrr t1, \csr
    li t2, \mask
    and t1, t1, t2
    CHECK t1, \exp
    ld t2, FW_USER+56(gp)
    ld t1, FW_T1(gp)
.endm

/* WRCHECK csr, val, exp: write val to csr, read it back, check it. */
.macro WRCHECK csr, val, exp
    sd t1, FW_T1(gp)
    li t1, \val
    csrw \csr, t1
    csrr t1, \csr
    CHECK t1, \exp
    ld t1, FW_T1(gp)
.endm

/* WRCHECK_ONEOF csr, val, qemu, spec. */
.macro WRCHECK_ONEOF csr, val, a, b
    sd t1, FW_T1(gp)
    li t1, \val
    csrw \csr, t1
    csrr t1, \csr
    CHECK_ONEOF t1, \a, \b
    ld t1, FW_T1(gp)
.endm

/* ------------------------------------------------------------------ */
/* Mode changes (all registers preserved). */

.macro H_MODE code
    sd t0, FW_T0(gp)
    li t0, \code
    sd ra, FW_RA(gp)
    jal ra, __h_enter
.endm
.macro MODE_HS
    H_MODE M_HS
.endm
.macro MODE_HU
    H_MODE M_U
.endm
.macro MODE_VS
    H_MODE M_VS
.endm
.macro MODE_VU
    H_MODE M_VU
.endm

.macro H_SRET_TO code
    sd t0, FW_T0(gp)
    li t0, \code
    sd ra, FW_RA(gp)
    jal ra, __h_hs_enter
.endm
.macro HS_TO_VS
    H_SRET_TO M_VS
.endm
.macro HS_TO_VU
    H_SRET_TO M_VU
.endm
.macro HS_TO_HU
    H_SRET_TO M_U
.endm

/* H_INIT: see the protocol above. */
.macro H_INIT
    csrr t0, misa
    andi t0, t0, 0x80
    bnez t0, 8f
    la a0, __h_str_noh
    call __puts
    li t0, FINISHER_BASE
    li t1, 0x5555
    sw t1, 0(t0)
9:  wfi
    j 9b
8:  la t0, __h_mtrap
    csrw mtvec, t0
    la t0, __h_strap
    csrw stvec, t0
    la t0, __h_vstrap
    csrw vstvec, t0
    li t0, 0
.endm

/* G-stage / VS-stage page table helper: table[index] = PTE(pa, flags).
 * Clobbers a0-a3 (arguments) and t0. */
.macro SETPTE table, index, pa, flags
    la a0, \table
    li a1, \index
    li a2, \pa
    li a3, \flags
    call __h_setpte
.endm
.macro SETPTE_SYM table, index, sym, flags
    la a0, \table
    li a1, \index
    la a2, \sym
    li a3, \flags
    call __h_setpte
.endm
/* SETPTE_TBL table, index, sym: a non-leaf PTE pointing at table sym. */
.macro SETPTE_TBL table, index, sym
    SETPTE_SYM \table, \index, \sym, PTE_V
.endm

/* ------------------------------------------------------------------ */
/* The runtime. */
    .pushsection .text.hrt, "ax"
    .option push
    .option norvc

.macro H_SAVE base, reg
    sd x1, \base+1*8(\reg)
    sd x2, \base+2*8(\reg)
    sd x4, \base+4*8(\reg)
    sd x6, \base+6*8(\reg)
    sd x7, \base+7*8(\reg)
    sd x8, \base+8*8(\reg)
    sd x9, \base+9*8(\reg)
    sd x10, \base+10*8(\reg)
    sd x11, \base+11*8(\reg)
    sd x12, \base+12*8(\reg)
    sd x13, \base+13*8(\reg)
    sd x14, \base+14*8(\reg)
    sd x15, \base+15*8(\reg)
    sd x16, \base+16*8(\reg)
    sd x17, \base+17*8(\reg)
    sd x18, \base+18*8(\reg)
    sd x19, \base+19*8(\reg)
    sd x20, \base+20*8(\reg)
    sd x21, \base+21*8(\reg)
    sd x22, \base+22*8(\reg)
    sd x23, \base+23*8(\reg)
    sd x24, \base+24*8(\reg)
    sd x25, \base+25*8(\reg)
    sd x26, \base+26*8(\reg)
    sd x27, \base+27*8(\reg)
    sd x28, \base+28*8(\reg)
    sd x29, \base+29*8(\reg)
    sd x30, \base+30*8(\reg)
    sd x31, \base+31*8(\reg)
.endm
.macro H_RESTORE base, reg
    ld x1, \base+1*8(\reg)
    ld x2, \base+2*8(\reg)
    ld x4, \base+4*8(\reg)
    ld x6, \base+6*8(\reg)
    ld x7, \base+7*8(\reg)
    ld x8, \base+8*8(\reg)
    ld x9, \base+9*8(\reg)
    ld x10, \base+10*8(\reg)
    ld x11, \base+11*8(\reg)
    ld x12, \base+12*8(\reg)
    ld x13, \base+13*8(\reg)
    ld x14, \base+14*8(\reg)
    ld x15, \base+15*8(\reg)
    ld x16, \base+16*8(\reg)
    ld x17, \base+17*8(\reg)
    ld x18, \base+18*8(\reg)
    ld x19, \base+19*8(\reg)
    ld x20, \base+20*8(\reg)
    ld x21, \base+21*8(\reg)
    ld x22, \base+22*8(\reg)
    ld x23, \base+23*8(\reg)
    ld x24, \base+24*8(\reg)
    ld x25, \base+25*8(\reg)
    ld x26, \base+26*8(\reg)
    ld x27, \base+27*8(\reg)
    ld x28, \base+28*8(\reg)
    ld x29, \base+29*8(\reg)
    ld x30, \base+30*8(\reg)
    ld x31, \base+31*8(\reg)
.endm

/* __h_enter: t0 = target mode code, ra = target; caller's t0/ra in FW. */
__h_enter:
    csrw mepc, ra
    sd t1, FW_T1(gp)
    li t1, MSTATUS_MPP | MSTATUS_MPV
    csrc mstatus, t1
    andi t1, t0, 3
    slli t1, t1, 11
    csrs mstatus, t1
    srli t1, t0, 2
    slli t1, t1, 39
    csrs mstatus, t1
    ld t1, FW_T1(gp)
    ld t0, FW_T0(gp)
    ld ra, FW_RA(gp)
    mret

/* __h_hs_enter: the same from HS with sret (hstatus.SPV, sstatus.SPP). */
__h_hs_enter:
    csrw sepc, ra
    sd t1, FW_T1(gp)
    li t1, MSTATUS_SPP
    csrc sstatus, t1
    andi t1, t0, 1
    slli t1, t1, 8
    csrs sstatus, t1
    li t1, HSTATUS_SPV
    csrc hstatus, t1
    srli t1, t0, 2
    slli t1, t1, 7
    csrs hstatus, t1
    ld t1, FW_T1(gp)
    ld t0, FW_T0(gp)
    ld ra, FW_RA(gp)
    sret

/* __h_setpte: a0[a1] = ((a2 >> 12) << 10) | a3.  Clobbers t0, a0, a1. */
    .globl __h_setpte
__h_setpte:
    srli t0, a2, 12
    slli t0, t0, 10
    or t0, t0, a3
    slli a1, a1, 3
    add a0, a0, a1
    sd t0, 0(a0)
    ret

/* Common record part: t0 = cause, t1 = tval, t2 = epc, t3 = status,
 * t4 = mode.  Clobbers t0. */
__h_record:
    sd t0, FW_TCAUSE(gp)
    sd t1, FW_TTVAL(gp)
    sd t2, FW_TEPC(gp)
    sd t3, FW_TSTATUS(gp)
    sd t4, FW_TMODE(gp)
    ld t0, FW_TCOUNT(gp)
    addi t0, t0, 1
    sd t0, FW_TCOUNT(gp)
    ret

    .balign 4
    .globl __h_mtrap
__h_mtrap:
    H_SAVE FW_TREGS, gp
    sd x5, FW_TREGS+5*8(gp)
    csrr t0, mcause
    csrr t1, mtval
    csrr t2, mepc
    csrr t3, mstatus
    li t4, 3
    call __h_record
    la t5, __hrec
    csrr t0, mtval2
    sd t0, HR_TVAL2(t5)
    csrr t0, mtinst
    sd t0, HR_TINST(t5)
    csrr t0, hstatus
    sd t0, HR_HSTATUS(t5)
    srli t0, t3, 11
    andi t0, t0, 3
    srli t1, t3, 39
    andi t1, t1, 1
    slli t1, t1, 2
    or t0, t0, t1
    sd t0, HR_FROM(t5)
    srli t0, t3, 38
    andi t0, t0, 1
    sd t0, HR_GVA(t5)
    li t0, MSTATUS_GVA
    csrc mstatus, t0
    ld t0, FW_RESUME(gp)
    beqz t0, 1f
    sd zero, FW_RESUME(gp)
    andi t1, t0, 1
    beqz t1, 2f
    xori t0, t0, 1              /* resume in M with MIE = 0 */
    li t1, MSTATUS_MPP
    csrs mstatus, t1
    li t1, MSTATUS_MPV | MSTATUS_MPIE
    csrc mstatus, t1
2:  csrw mepc, t0
    j 9f
1:  /* ecall from U, HS, VS or VU: back to M after the ecall. */
    ld t0, FW_TCAUSE(gp)
    addi t0, t0, -8
    li t1, 2
    bgtu t0, t1, 5f
    csrr t0, mepc
    addi t0, t0, 4
    csrw mepc, t0
    li t0, MSTATUS_MPP
    csrs mstatus, t0
    li t0, MSTATUS_MPV | MSTATUS_MPIE
    csrc mstatus, t0
9:  H_RESTORE FW_TREGS, gp
    ld x5, FW_TREGS+5*8(gp)
    mret
5:  la a0, __h_str_m
    j __h_unexpected

    .balign 4
    .globl __h_strap
__h_strap:
    H_SAVE FW_SREGS, gp
    sd x5, FW_SREGS+5*8(gp)
    csrr t0, scause
    csrr t1, stval
    csrr t2, sepc
    csrr t3, sstatus
    li t4, 1
    call __h_record
    la t5, __hrec
    csrr t0, htval
    sd t0, HR_TVAL2(t5)
    csrr t0, htinst
    sd t0, HR_TINST(t5)
    csrr t6, hstatus
    sd t6, HR_HSTATUS(t5)
    srli t0, t3, 8
    andi t0, t0, 1
    srli t1, t6, 7
    andi t1, t1, 1
    slli t1, t1, 2
    or t0, t0, t1
    sd t0, HR_FROM(t5)
    srli t0, t6, 6
    andi t0, t0, 1
    sd t0, HR_GVA(t5)
    ld t0, FW_RESUME(gp)
    beqz t0, 1f
    sd zero, FW_RESUME(gp)
    andi t1, t0, 1
    beqz t1, 2f
    xori t0, t0, 1              /* resume in HS with SIE = 0 */
    li t1, MSTATUS_SPP
    csrs sstatus, t1
    li t1, MSTATUS_SPIE
    csrc sstatus, t1
    li t1, HSTATUS_SPV
    csrc hstatus, t1
2:  csrw sepc, t0
    H_RESTORE FW_SREGS, gp
    ld x5, FW_SREGS+5*8(gp)
    sret
1:  /* Unexpected: keep the record, go to M with an ecall, report there. */
    ld s0, FW_TCAUSE(gp)
    ld s1, FW_TTVAL(gp)
    ld s2, FW_TEPC(gp)
    ecall
    sd s0, FW_TCAUSE(gp)
    sd s1, FW_TTVAL(gp)
    sd s2, FW_TEPC(gp)
    la a0, __h_str_hs
    j __h_unexpected

    .balign 4
    .globl __h_vstrap
__h_vstrap:
    sd t0, FW_H_VS(gp)
    la t0, __hrec
    H_SAVE HR_VSREGS, t0
    ld t1, FW_H_VS(gp)
    sd t1, HR_VSREGS+5*8(t0)
    mv t5, t0
    csrr t0, scause
    csrr t1, stval
    csrr t2, sepc
    csrr t3, sstatus
    li t4, 5
    call __h_record
    srli t0, t3, 8
    andi t0, t0, 1
    ori t0, t0, 4
    sd t0, HR_FROM(t5)
    ld t0, FW_RESUME(gp)
    beqz t0, 1f
    sd zero, FW_RESUME(gp)
    andi t1, t0, 1
    beqz t1, 2f
    xori t0, t0, 1              /* resume in VS with SIE = 0 */
    li t1, MSTATUS_SPP
    csrs sstatus, t1
    li t1, MSTATUS_SPIE
    csrc sstatus, t1
2:  csrw sepc, t0
    la t0, __hrec
    H_RESTORE HR_VSREGS, t0
    ld t0, HR_VSREGS+5*8(t0)
    sret
1:  ld s0, FW_TCAUSE(gp)
    ld s1, FW_TTVAL(gp)
    ld s2, FW_TEPC(gp)
    ecall
    sd s0, FW_TCAUSE(gp)
    sd s1, FW_TTVAL(gp)
    sd s2, FW_TEPC(gp)
    la a0, __h_str_vs
    j __h_unexpected

/* __h_unexpected: in M, a0 = level name; FW_T* = the trap.  Fails. */
__h_unexpected:
    li t0, MSTATUS_MPRV
    csrc mstatus, t0
    la sp, __stack_top
    mv s3, a0
    la a0, __h_str_trap
    call __puts
    mv a0, s3
    call __puts
    la a0, __h_str_cause
    call __puts
    ld a0, FW_TCAUSE(gp)
    call __puthex
    la a0, __h_str_epc
    call __puts
    ld a0, FW_TEPC(gp)
    call __puthex
    la a0, __h_str_tval
    call __puts
    ld a0, FW_TTVAL(gp)
    call __puthex
    li a0, '\n'
    call __putc
    ld t0, FW_NFAIL(gp)
    addi t0, t0, 1
    sd t0, FW_NFAIL(gp)
    j __finish

    .option pop
    .popsection

    .pushsection .rodata.hrt, "a"
__h_str_noh:   .asciz "NO-H\n"
__h_str_trap:  .asciz "FAIL TRAP "
__h_str_m:     .asciz "M"
__h_str_hs:    .asciz "HS"
__h_str_vs:    .asciz "VS"
__h_str_cause: .asciz " cause=0x"
__h_str_epc:   .asciz " epc=0x"
__h_str_tval:  .asciz " tval=0x"
    .popsection

    .pushsection .bss.hrt, "aw", @nobits
    .balign 64
    .globl __hrec
__hrec:
    .space HR_SIZE
    .popsection

#endif /* __ASSEMBLER__ */
#endif /* HARTSIM_H_TEST_H */
