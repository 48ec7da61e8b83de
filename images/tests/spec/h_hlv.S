/*
 * spec/h_hlv: exact RISC-V behaviour of the hypervisor virtual-machine
 * loads and stores (HLV, HLVX, HSV) where QEMU 7.2 departs from the spec
 * (privileged spec, chapter "Hypervisor Extension, Version 1.0":
 * "Hypervisor Virtual-Machine Load and Store Instructions", "Hypervisor
 * Status (hstatus) Register", "Machine Status (mstatus and mstatush)
 * Registers"; supervisor chapter, "Supervisor Memory-Management Fence
 * Instruction").  Hartsim only: these checks fail on QEMU 7.2 by design
 * (see images/tests/README.md, departures H7, H11, H14, H15, H16, H23); the
 * differential image h/h_hlv accepts both outcomes, with fences where QEMU
 * needs them.
 *   H11 for HLV the HS-level sstatus.MXR applies to both stages,
 *       vsstatus.MXR to the VS-stage only;
 *   H14 HLVX needs execute permission (at both stages), not read;
 *   H15 HLV/HSV with SPVP = 1 to a VS-level U page need vsstatus.SUM;
 *   H16 a VS-stage fault of HLV/HSV is a page fault (13/15), also when
 *       HS's satp is Bare;
 *   H7  an HLV/HSV fault taken in M sets mstatus.GVA;
 *   H23 changes of hstatus.SPVP, vsstatus.SUM, sstatus.MXR, vsstatus.MXR
 *       and hgatp (a fresh VMID) apply to the next HLV/HSV without a
 *       fence.
 *   Tables: G-stage Sv39x4, g_l0[i] maps GPA_4K + i * 4 KiB (0 URWX, 1 UR,
 *   2 RWX without U, 4 UX only, 5 URX; all onto pg_d, 1 onto pg_d too);
 *   VS-stage Sv39, VA(i) -> vs_l0[i]; HS has its own Sv39 identity map.
 */
#include "../h/h.h"

    .option norvc

#define GPA_4K   0x100200000
#define VA(i)    (0x40200000 + (i) * 0x1000)
#define D0       0x8899aabbccddeeff
#define D1       0x0011223344556677
#define E0       0x0e0e0e0e0e0e0e0e

/* FAULT mode, from, cause, tval, tval2: an HLV/HSV fault taken by `mode`
 * (1 HS, 3 M) from `from`, GVA = 1 (and hstatus.SPV = 0 in HS: the access
 * came from V = 0).  Disarms the expected trap. */
.macro FAULT mode, from, cause, tval, tval2
    H_TRAP \mode, \from, \cause, \tval
    CHECKHR HR_TVAL2, \tval2
    CHECKHR HR_GVA, 1
    .if \mode == 1
    sd t1, FW_T1(gp)
    la t1, __hrec
    ld t1, HR_HSTATUS(t1)
    andi t1, t1, HSTATUS_SPV
    CHECK t1, 0
    ld t1, FW_T1(gp)
    .endif
    sd zero, FW_RESUME(gp)
.endm

/* TRY insn...: a0 = what the instruction loaded into a0, or 0xbad00000 +
 * the cause if it trapped (so that a wrong trap fails one check and the
 * image goes on).  Clobbers t0. */
.macro TRY insn:vararg
    H_EXPECT 1f
    \insn
    j 2f
1:  ld a0, FW_TCAUSE(gp)
    li t0, 0xbad00000
    add a0, a0, t0
2:  sd zero, FW_RESUME(gp)
.endm

TEST_BEGIN spec_h_hlv
    H_INIT
    csrw vsatp, zero
    li t0, 0x200000000
    csrw vsstatus, t0
    li t0, (1 << C_LOAD_AF) | (1 << C_STORE_AF) | (1 << C_LOAD_PF) | (1 << C_STORE_PF) | (1 << C_LOAD_GPF) | (1 << C_STORE_GPF)
    csrw medeleg, t0

    SECTION "building the tables"
    la t0, pg_d
    li t1, D0
    sd t1, 0(t0)
    li t1, D1
    sd t1, 8(t0)
    la t0, pg_e
    li t1, E0
    sd t1, 0(t0)
    SETPTE groot, 0, 0, PTE_URWAD
    SETPTE groot, 2, 0x80000000, PTE_URWXAD
    SETPTE_TBL groot, 4, g_l1
    SETPTE_TBL g_l1, 1, g_l0
    SETPTE_SYM g_l0, 0, pg_d, PTE_URWXAD
    SETPTE_SYM g_l0, 1, pg_d, PTE_V | PTE_R | PTE_U | PTE_A
    SETPTE_SYM g_l0, 2, pg_d, PTE_RWXAD                 /* no U */
    SETPTE_SYM g_l0, 4, pg_d, PTE_V | PTE_X | PTE_U | PTE_A
    SETPTE_SYM g_l0, 5, pg_d, PTE_V | PTE_R | PTE_X | PTE_U | PTE_A
    /* A second G-stage (VMID 2): the same, but GPA_4K maps pg_e. */
    SETPTE groot2, 0, 0, PTE_URWAD
    SETPTE groot2, 2, 0x80000000, PTE_URWXAD
    SETPTE_TBL groot2, 4, g2_l1
    SETPTE_TBL g2_l1, 1, g2_l0
    SETPTE_SYM g2_l0, 0, pg_e, PTE_URWXAD
    SETPTE vs_root, 0, 0, PTE_RWAD
    SETPTE_TBL vs_root, 1, vs_l1
    SETPTE vs_root, 2, 0x80000000, PTE_RWXAD
    SETPTE_TBL vs_l1, 1, vs_l0
    SETPTE vs_l0, 0, GPA_4K, PTE_RWAD                   /* S page */
    SETPTE vs_l0, 1, GPA_4K, PTE_RWAD | PTE_U           /* U page */
    SETPTE vs_l0, 2, GPA_4K, PTE_V | PTE_X | PTE_A      /* VS X-only */
    SETPTE vs_l0, 4, GPA_4K + 0x2000, PTE_RWAD          /* G without U */
    /* vs_l0[5]: invalid */
    SETPTE vs_l0, 6, GPA_4K + 0x4000, PTE_V | PTE_R | PTE_A  /* G X-only */
    SETPTE vs_l0, 7, GPA_4K + 0x5000, PTE_V | PTE_R | PTE_X | PTE_A
    SETPTE vs_l0, 8, GPA_4K, PTE_V | PTE_R | PTE_A      /* VS R, no X */
    SETPTE vs_l0, 10, GPA_4K + 0x1000, PTE_V | PTE_R | PTE_X | PTE_A /* G R, no X */
    SETPTE vs_l0, 11, GPA_4K + 0x4000, PTE_V | PTE_X | PTE_A /* X-only at both */
    SETPTE hs_root, 0, 0, PTE_RWAD
    SETPTE hs_root, 2, 0x80000000, PTE_RWXAD
    la t0, groot
    srli t0, t0, 12
    li t1, HGATP_SV39X4 | HGATP_VMID(1)
    or t0, t0, t1
    csrw hgatp, t0
    la t0, vs_root
    srli t0, t0, 12
    li t1, SATP_SV39
    or t0, t0, t1
    csrw vsatp, t0
    la t0, hs_root
    srli t0, t0, 12
    li t1, SATP_SV39
    or t0, t0, t1
    csrw satp, t0
    sfence.vma
    hfence.gvma zero, zero
    hfence.vvma zero, zero
    li t0, HSTATUS_SPVP
    csrw hstatus, t0

    SECTION "H14 HLVX needs execute permission, not read"
    /* "Instructions HLVX.HU and HLVX.WU are the same as HLV.HU and
     * HLV.WU, except that execute permission takes the place of read
     * permission during address translation. That is, the memory being
     * read must be executable in both stages of address translation, but
     * read permission is not required."  QEMU 7.2 checks read permission
     * for HLVX. */
    MODE_HS
    li t1, VA(2)                /* VS X-only */
    TRY hlvx.wu a0, (t1)
    CHECK a0, 0xccddeeff
    li t1, VA(11)               /* X-only at both stages */
    TRY hlvx.hu a0, (t1)
    CHECK a0, 0xeeff
    li t1, VA(8)                /* VS R, no X: page fault */
    H_EXPECT 1f
    hlvx.wu a0, (t1)
1:  FAULT 1, M_HS, C_LOAD_PF, VA(8), 0
    li t1, VA(10)               /* VS RX, G-stage R without X: guest-page fault */
    H_EXPECT 1f
    hlvx.hu a0, (t1)
1:  FAULT 1, M_HS, C_LOAD_GPF, VA(10), (GPA_4K + 0x1000) >> 2
    /* sstatus.MXR does not stand in for X with HLVX. */
    li t0, MSTATUS_MXR
    csrs sstatus, t0
    hfence.vvma zero, zero
    li t1, VA(8)
    H_EXPECT 1f
    hlvx.wu a0, (t1)
1:  FAULT 1, M_HS, C_LOAD_PF, VA(8), 0
    li t0, MSTATUS_MXR
    csrc sstatus, t0
    hfence.vvma zero, zero

    SECTION "H15 SPVP = 1: VS-level U pages need vsstatus.SUM"
    /* "Each instruction performs an explicit memory access as though
     * V=1 ... The explicit memory access is done as though in VU-mode when
     * SPVP=0, and as though in VS-mode when SPVP=1. As usual when V=1,
     * two-stage address translation is applied, and the HS-level
     * sstatus.SUM is ignored": VS-mode accesses to U pages need
     * vsstatus.SUM.  QEMU 7.2 always allows them. */
    li t1, VA(1)
    H_EXPECT 1f
    hlv.d a0, (t1)
1:  FAULT 1, M_HS, C_LOAD_PF, VA(1), 0
    H_EXPECT 1f
    hsv.d a0, (t1)
1:  FAULT 1, M_HS, C_STORE_PF, VA(1), 0
    addi t2, t1, 3
    H_EXPECT 1f
    hlv.bu a0, (t2)
1:  FAULT 1, M_HS, C_LOAD_PF, VA(1) + 3, 0
    li t0, MSTATUS_SUM
    csrs sstatus, t0            /* the HS-level SUM does not help */
    hfence.vvma zero, zero
    H_EXPECT 1f
    hlv.w a0, (t1)
1:  FAULT 1, M_HS, C_LOAD_PF, VA(1), 0
    csrc sstatus, t0
    csrs vsstatus, t0           /* vsstatus.SUM does */
    hfence.vvma zero, zero
    TRY hlv.d a0, (t1)
    CHECK a0, D0
    csrc vsstatus, t0
    hfence.vvma zero, zero
    li t0, HSTATUS_SPVP
    csrc hstatus, t0            /* VU-level: U pages need no SUM */
    hfence.vvma zero, zero
    TRY hlv.d a0, (t1)
    CHECK a0, D0
    li t0, HSTATUS_SPVP
    csrs hstatus, t0
    hfence.vvma zero, zero

    SECTION "H11 HLV and MXR: HS-level both stages, vsstatus.MXR the VS-stage"
    /* "HS-level sstatus.MXR makes execute-only pages readable by explicit
     * loads for both stages of address translation (VS-stage and
     * G-stage), whereas vsstatus.MXR affects only the first translation
     * stage (VS-stage)."  QEMU 7.2 uses vsstatus.MXR at the G-stage and
     * ignores it at the VS-stage of HLV. */
    li t0, MSTATUS_MXR
    csrs sstatus, t0
    hfence.vvma zero, zero
    li t1, VA(2)                /* VS X-only */
    TRY hlv.d a0, (t1)
    CHECK a0, D0
    li t1, VA(6)                /* G-stage X-only */
    TRY hlv.w a0, (t1)
    CHECK a0, 0xffffffffccddeeff
    li t0, MSTATUS_MXR
    csrc sstatus, t0
    csrs vsstatus, t0           /* vsstatus.MXR only */
    hfence.vvma zero, zero
    li t1, VA(2)
    TRY hlv.d a0, (t1)
    CHECK a0, D0
    li t1, VA(6)
    H_EXPECT 1f
    hlv.d a0, (t1)
1:  FAULT 1, M_HS, C_LOAD_GPF, VA(6), (GPA_4K + 0x4000) >> 2
    li t0, MSTATUS_MXR
    csrc vsstatus, t0
    hfence.vvma zero, zero
    MODE_M

    SECTION "H16 VS-stage faults of HLV/HSV with HS satp = Bare"
    /* The VS-stage of an HLV is VS-level address translation, whose
     * faults are page faults (13, 15) whatever HS's own satp is.  QEMU 7.2
     * reports an access fault (5, 7) when HS's satp is Bare. */
    csrw satp, zero
    sfence.vma
    MODE_HS
    li t1, VA(5)                /* VS-stage invalid */
    H_EXPECT 1f
    hlv.d a0, (t1)
1:  FAULT 1, M_HS, C_LOAD_PF, VA(5), 0
    H_EXPECT 1f
    hsv.w a0, (t1)
1:  FAULT 1, M_HS, C_STORE_PF, VA(5), 0
    H_EXPECT 1f
    hlvx.hu a0, (t1)
1:  FAULT 1, M_HS, C_LOAD_PF, VA(5), 0
    li t1, VA(8)                /* VS read-only */
    H_EXPECT 1f
    hsv.d a0, (t1)
1:  FAULT 1, M_HS, C_STORE_PF, VA(8), 0
    li t1, VA(1)                /* U page, SPVP = 1, vsstatus.SUM = 0 */
    H_EXPECT 1f
    hlv.d a0, (t1)
1:  FAULT 1, M_HS, C_LOAD_PF, VA(1), 0
    MODE_M

    SECTION "H7 HLV/HSV faults taken in M set mstatus.GVA"
    /* "Machine Status (mstatus and mstatush) Registers": GVA = 1 for any
     * trap that writes a guest virtual address to mtval; the address of an
     * HLV/HSV is one ("Hypervisor Status (hstatus) Register": for these
     * "SPV=0 but GVA=1").  QEMU 7.2 sets mstatus.GVA only for traps from
     * V = 1. */
    csrw medeleg, zero
    li t1, VA(5)
    H_EXPECT 1f
    hlv.d a0, (t1)              /* from M: VS-stage page fault */
1:  FAULT 3, M_M, C_LOAD_PF, VA(5), 0
    li t1, VA(4)
    H_EXPECT 1f
    hsv.d a0, (t1)              /* from M: G-stage leaf without U */
1:  FAULT 3, M_M, C_STORE_GPF, VA(4), (GPA_4K + 0x2000) >> 2
    MODE_HS
    li t1, VA(4)
    addi t1, t1, 4
    H_EXPECT 1f
    hlv.wu a0, (t1)             /* from HS, not delegated */
1:  FAULT 3, M_HS, C_LOAD_GPF, VA(4) + 4, (GPA_4K + 0x2004) >> 2
    MODE_M
    li t0, HSTATUS_HU
    csrs hstatus, t0
    MODE_HU
    li t1, VA(5)
    H_EXPECT 1f
    hlv.d a0, (t1)              /* from U with HU = 1 */
1:  FAULT 3, M_U, C_LOAD_PF, VA(5), 0
    MODE_M
    li t0, HSTATUS_HU
    csrc hstatus, t0
    li t0, (1 << C_LOAD_AF) | (1 << C_STORE_AF) | (1 << C_LOAD_PF) | (1 << C_STORE_PF) | (1 << C_LOAD_GPF) | (1 << C_STORE_GPF)
    csrw medeleg, t0
    la t0, hs_root
    srli t0, t0, 12
    li t1, SATP_SV39
    or t0, t0, t1
    csrw satp, t0
    sfence.vma
    hfence.vvma zero, zero

    SECTION "H23 SPVP, SUM, MXR and VMID changes need no fence for HLV"
    /* Supervisor chapter, "Supervisor Memory-Management Fence
     * Instruction": "Changes to the sstatus fields SUM and MXR take effect
     * immediately, without the need to execute an SFENCE.VMA instruction"
     * (vsstatus is VS-mode's sstatus); hstatus.SPVP selects the privilege
     * of the next HLV/HSV access ("Hypervisor Status (hstatus) Register")
     * and is no page-table change; a write of hgatp with a VMID not used
     * before needs no HFENCE.GVMA when that VM's tables were fenced
     * ("Hypervisor Guest Address Translation and Protection (hgatp)
     * Register").  QEMU 7.2's TLB is not keyed by any of these for HLV/HSV:
     * it reuses the previous translation (and its permission). */
    MODE_HS
    li t1, VA(0)                /* S page */
    TRY hlv.d a0, (t1)
    CHECK a0, D0
    li t0, HSTATUS_SPVP
    csrc hstatus, t0            /* VU-level, no fence */
    H_EXPECT 1f
    hlv.d a0, (t1)
1:  FAULT 1, M_HS, C_LOAD_PF, VA(0), 0
    H_EXPECT 1f
    hsv.d a0, (t1)
1:  FAULT 1, M_HS, C_STORE_PF, VA(0), 0
    li t0, HSTATUS_SPVP
    csrs hstatus, t0            /* VS-level again, no fence */
    TRY hlv.d a0, (t1)
    CHECK a0, D0
    li t1, VA(1)                /* U page */
    li t0, MSTATUS_SUM
    csrs vsstatus, t0
    TRY hlv.d a0, (t1)
    CHECK a0, D0
    li t0, MSTATUS_SUM
    csrc vsstatus, t0           /* no fence */
    H_EXPECT 1f
    hlv.d a0, (t1)
1:  FAULT 1, M_HS, C_LOAD_PF, VA(1), 0
    li t1, VA(6)                /* G-stage X-only */
    li t0, MSTATUS_MXR
    csrs sstatus, t0
    TRY hlv.d a0, (t1)
    CHECK a0, D0
    li t0, MSTATUS_MXR
    csrc sstatus, t0            /* no fence */
    H_EXPECT 1f
    hlv.d a0, (t1)
1:  FAULT 1, M_HS, C_LOAD_GPF, VA(6), (GPA_4K + 0x4000) >> 2
    li t1, VA(2)                /* VS X-only */
    li t0, MSTATUS_MXR
    csrs vsstatus, t0
    TRY hlv.d a0, (t1)
    CHECK a0, D0
    li t0, MSTATUS_MXR
    csrc vsstatus, t0           /* no fence */
    H_EXPECT 1f
    hlv.d a0, (t1)
1:  FAULT 1, M_HS, C_LOAD_PF, VA(2), 0
    li t1, VA(0)
    TRY hlv.d a0, (t1)
    CHECK a0, D0
    la t0, groot2               /* VMID 2, GPA_4K -> pg_e; no fence */
    srli t0, t0, 12
    li t2, HGATP_SV39X4 | HGATP_VMID(2)
    or t0, t0, t2
    csrw hgatp, t0
    TRY hlv.d a0, (t1)
    CHECK a0, E0
    li a1, 0x1234
    addi t2, t1, 8
    hsv.d a1, (t2)
    la t0, pg_e
    ld a0, 8(t0)
    CHECK a0, 0x1234
    la t0, groot                /* back to VMID 1 */
    srli t0, t0, 12
    li t2, HGATP_SV39X4 | HGATP_VMID(1)
    or t0, t0, t2
    csrw hgatp, t0
    TRY hlv.d a0, (t1)
    CHECK a0, D0
    MODE_M
    csrw vsatp, zero
    csrw hgatp, zero
    csrw satp, zero
    csrw hstatus, zero
    csrw medeleg, zero
    sfence.vma
    hfence.gvma zero, zero
    hfence.vvma zero, zero
TEST_END

    .bss
    .balign 16384
groot:   .space 16384
groot2:  .space 16384
g_l1:    .space 4096
g_l0:    .space 4096
g2_l1:   .space 4096
g2_l0:   .space 4096
vs_root: .space 4096
vs_l1:   .space 4096
vs_l0:   .space 4096
hs_root: .space 4096
pg_d:    .space 4096
pg_e:    .space 4096
