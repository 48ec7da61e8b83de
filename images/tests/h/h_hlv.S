/*
 * h_hlv: the hypervisor virtual-machine loads and stores HLV, HLVX and HSV
 * (privileged spec, "Hypervisor Virtual-Machine Load and Store
 * Instructions", "Hypervisor Status Register" for SPVP and HU, "Machine
 * Status Registers" for MPRV).
 *   Tables: G-stage Sv39x4 with pages RWX / R / RW without U / invalid /
 *   X-only / RX; VS-stage Sv39 with an S page, a U page, an X-only page,
 *   an R-only page, an RX page, an invalid entry and a page with A = D = 0.
 *   HS runs with its own Sv39 identity map (with satp = Bare QEMU 7.2
 *   reports VS-stage faults of HLV/HSV as access faults, see below).
 *   Checked:
 *   - every width: HLV.B/BU/H/HU/W/WU/D (sign and zero extension),
 *     HLVX.HU/WU, HSV.B/H/W/D, from HS, from M and from U with HU = 1;
 *     illegal instruction from U with HU = 0;
 *   - hstatus.SPVP: VS-level (1) or VU-level (0) permissions, vsstatus.SUM
 *     for VS-level accesses to U pages; MPRV does not apply;
 *   - MXR: the HS-level sstatus.MXR for both stages, vsstatus.MXR for the
 *     VS-stage only; HLVX needs execute, not read, permission;
 *   - faults: guest-page faults 21/23 and page faults 13/15 taken in HS
 *     with stval = the guest virtual address, GVA = 1, SPV = 0, htval =
 *     the guest physical address >> 2 (0 for page faults), htinst = 0 or
 *     the transformed instruction; in M with mtval2 and GVA;
 *   - HLV/HSV set A and D in the VS-stage PTE.
 * QEMU 7.2 departures (outcome codes or CHECK_ONEOF, see tests/README.md):
 * HLVX checks read permission instead of execute permission; VS-level
 * HLV/HSV ignore vsstatus.SUM (always allowed) and vsstatus.MXR, and the
 * G-stage uses vsstatus.MXR instead of the HS-level MXR; with HS satp =
 * Bare a VS-stage fault of HLV is an access fault (5); a fault of an HLV
 * executed in M leaves mstatus.GVA = 0; htinst/mtinst are 0.
 */
#include "h.h"

    .option norvc

#define GPA_4K   0x100200000
#define VA(i)    (0x40200000 + (i) * 0x1000)
#define D0       0x8899aabbccddeeff
#define D1       0x0011223344556677

/* OUT a0 code protocol: try an instruction; a0 = okc if it completed with
 * a1 == okval, trapc if it trapped with cause, 9 otherwise. */
.macro OUT_BEGIN
    li a0, 9
    H_EXPECT 1f
.endm
.macro OUT_END okval, cause, okc, trapc
    li t2, \okval
    bne a1, t2, 2f
    li a0, \okc
    j 2f
1:  ld t2, FW_TCAUSE(gp)
    li t3, \cause
    bne t2, t3, 2f
    li a0, \trapc
2:  sd zero, FW_RESUME(gp)
.endm

/* HS_FAULT from, cause, tval, tval2: a fault taken in HS from an HLV/HSV. */
.macro HS_FAULT from, cause, tval, tval2
    H_TRAP 1, \from, \cause, \tval
    CHECKHR HR_TVAL2, \tval2
    CHECKHR HR_GVA, 1
    HRFIELD_SPV 0
.endm
.macro HRFIELD_SPV exp
    sd t1, FW_T1(gp)
    la t1, __hrec
    ld t1, HR_HSTATUS(t1)
    srli t1, t1, 7
    andi t1, t1, 1
    CHECK t1, \exp
    ld t1, FW_T1(gp)
.endm

/* FLUSH: QEMU 7.2 caches HLV translations without SPVP, SUM or MXR in the
 * key; a fence after changing them keeps the checks about the rules. */
.macro FLUSH
    hfence.vvma zero, zero
.endm

TEST_BEGIN h_hlv
    H_INIT
    csrw vsatp, zero
    li t0, 0x200000000
    csrw vsstatus, t0
    li t0, (1 << C_LOAD_AF) | (1 << C_STORE_AF) | (1 << C_FETCH_PF) | (1 << C_LOAD_PF) | (1 << C_STORE_PF) | (1 << C_FETCH_GPF) | (1 << C_LOAD_GPF) | (1 << C_STORE_GPF)
    csrw medeleg, t0

    SECTION "building the tables"
    la t0, pg_d
    li t1, D0
    sd t1, 0(t0)
    li t1, D1
    sd t1, 8(t0)
    SETPTE groot, 0, 0, PTE_URWAD
    SETPTE groot, 2, 0x80000000, PTE_URWXAD
    SETPTE_TBL groot, 4, g_l1
    SETPTE_TBL g_l1, 1, g_l0
    SETPTE_SYM g_l0, 0, pg_d, PTE_URWXAD
    SETPTE_SYM g_l0, 1, pg_d, PTE_V | PTE_R | PTE_U | PTE_A
    SETPTE_SYM g_l0, 2, pg_d, PTE_RWXAD                 /* no U */
    SETPTE_SYM g_l0, 4, pg_d, PTE_V | PTE_X | PTE_U | PTE_A
    SETPTE_SYM g_l0, 5, pg_d, PTE_V | PTE_R | PTE_X | PTE_U | PTE_A
    SETPTE vs_root, 0, 0, PTE_RWAD
    SETPTE_TBL vs_root, 1, vs_l1
    SETPTE vs_root, 2, 0x80000000, PTE_RWXAD
    SETPTE_TBL vs_l1, 1, vs_l0
    SETPTE vs_l0, 0, GPA_4K, PTE_RWAD
    SETPTE vs_l0, 1, GPA_4K, PTE_RWAD | PTE_U
    SETPTE vs_l0, 2, GPA_4K, PTE_V | PTE_X | PTE_A
    SETPTE vs_l0, 3, GPA_4K + 0x1000, PTE_RWAD
    SETPTE vs_l0, 4, GPA_4K + 0x2000, PTE_RWAD
    SETPTE vs_l0, 6, GPA_4K + 0x4000, PTE_V | PTE_R | PTE_A
    SETPTE vs_l0, 7, GPA_4K + 0x5000, PTE_V | PTE_R | PTE_X | PTE_A
    SETPTE vs_l0, 8, GPA_4K, PTE_V | PTE_R | PTE_A
    SETPTE vs_l0, 9, GPA_4K, PTE_V | PTE_R | PTE_W
    /* HS identity map (no U: HS code only). */
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

    SECTION "every width from HS (SPVP = 1)"
    MODE_HS
    li t1, VA(0)
    hlv.b a0, (t1)
    CHECK a0, 0xffffffffffffffff
    hlv.bu a0, (t1)
    CHECK a0, 0xff
    hlv.h a0, (t1)
    CHECK a0, 0xffffffffffffeeff
    hlv.hu a0, (t1)
    CHECK a0, 0xeeff
    hlv.w a0, (t1)
    CHECK a0, 0xffffffffccddeeff
    hlv.wu a0, (t1)
    CHECK a0, 0xccddeeff
    hlv.d a0, (t1)
    CHECK a0, D0
    addi t2, t1, 8
    hlv.b a0, (t2)
    CHECK a0, 0x77
    hlv.h a0, (t2)
    CHECK a0, 0x6677
    hlv.w a0, (t2)
    CHECK a0, 0x44556677
    hlv.d a0, (t2)
    CHECK a0, D1
    li t1, VA(7)                /* RX at both stages */
    hlvx.hu a0, (t1)
    CHECK a0, 0xeeff
    hlvx.wu a0, (t1)
    CHECK a0, 0xccddeeff
    addi t2, t1, 12
    hlvx.wu a0, (t2)
    CHECK a0, 0x00112233
    li t1, VA(0) + 0x100
    li a1, 0x0102030405060708
    hsv.d a1, (t1)
    addi t2, t1, 8
    hsv.w a1, (t2)
    addi t2, t1, 16
    hsv.h a1, (t2)
    addi t2, t1, 24
    hsv.b a1, (t2)
    hlv.d a0, (t1)
    CHECK a0, 0x0102030405060708
    addi t2, t1, 8
    hlv.d a0, (t2)
    CHECK a0, 0x05060708
    addi t2, t1, 16
    hlv.d a0, (t2)
    CHECK a0, 0x0708
    addi t2, t1, 24
    hlv.d a0, (t2)
    CHECK a0, 0x08
    MODE_M
    la t0, pg_d
    ld a0, 0x100(t0)
    CHECK a0, 0x0102030405060708
    ld a0, 0x108(t0)
    CHECK a0, 0x05060708

    SECTION "SPVP: VS-level and VU-level permissions, vsstatus.SUM"
    MODE_HS
    li t1, VA(1)                /* VS-stage U page */
    /* A VS-level access to a U page needs vsstatus.SUM (HLV acts "as
     * though V = 1", the HS-level SUM is ignored): 2 = load page fault
     * (spec), 1 = read (QEMU 7.2 always allows it). */
    OUT_BEGIN
    hlv.d a1, (t1)
    OUT_END D0, C_LOAD_PF, 1, 2
    CHECK_ONEOF a0, 1, 2
    li t0, MSTATUS_SUM
    csrs vsstatus, t0
    FLUSH
    hlv.d a0, (t1)
    CHECK a0, D0
    csrc vsstatus, t0
    li t0, HSTATUS_SPVP
    csrc hstatus, t0            /* VU-level */
    FLUSH
    hlv.d a0, (t1)
    CHECK a0, D0
    li t1, VA(0)                /* S page: VU cannot */
    H_EXPECT 1f
    hlv.d a0, (t1)
1:  HS_FAULT M_HS, C_LOAD_PF, VA(0), 0
    H_EXPECT 1f
    hsv.d a0, (t1)
1:  HS_FAULT M_HS, C_STORE_PF, VA(0), 0
    li t0, HSTATUS_SPVP
    csrs hstatus, t0
    FLUSH

    SECTION "MXR and HLVX"
    li t1, VA(2)                /* VS-stage X-only */
    H_EXPECT 1f
    hlv.d a0, (t1)
1:  HS_FAULT M_HS, C_LOAD_PF, VA(2), 0
    /* HLVX needs X, not R: 2 = read (spec), 1 = page fault (QEMU 7.2
     * checks R for HLVX). */
    OUT_BEGIN
    hlvx.wu a1, (t1)
    OUT_END 0xccddeeff, C_LOAD_PF, 2, 1
    CHECK_ONEOF a0, 1, 2
    li t0, MSTATUS_MXR
    csrs sstatus, t0            /* HS-level MXR: both stages */
    FLUSH
    hlv.d a0, (t1)
    CHECK a0, D0
    li t1, VA(6)                /* VS R, G-stage X-only */
    /* 2 = read (spec: HS-level MXR covers the G-stage), 1 = guest-page
     * fault (QEMU 7.2 uses vsstatus.MXR at the G-stage). */
    OUT_BEGIN
    hlv.d a1, (t1)
    OUT_END D0, C_LOAD_GPF, 2, 1
    CHECK_ONEOF a0, 1, 2
    li t0, MSTATUS_MXR
    csrc sstatus, t0
    csrs vsstatus, t0           /* vsstatus.MXR: the VS-stage only */
    FLUSH
    li t1, VA(2)
    /* 2 = read (spec), 1 = page fault (QEMU 7.2 ignores vsstatus.MXR for
     * HLV). */
    OUT_BEGIN
    hlv.d a1, (t1)
    OUT_END D0, C_LOAD_PF, 2, 1
    CHECK_ONEOF a0, 1, 2
    li t1, VA(6)
    /* 2 = guest-page fault (spec), 1 = read (QEMU 7.2). */
    OUT_BEGIN
    hlv.d a1, (t1)
    OUT_END D0, C_LOAD_GPF, 1, 2
    CHECK_ONEOF a0, 1, 2
    li t0, MSTATUS_MXR
    csrc vsstatus, t0
    FLUSH
    /* HLVX on a page that is not executable at the VS-stage: page fault
     * 13 (spec); QEMU 7.2 checks R (fine) then finds the G-stage page not
     * readable: guest-page fault 21. */
    H_EXPECT 1f
    hlvx.hu a0, (t1)
1:  CHECKFW FW_RESUME, 0
    CHECKFW_ONEOF FW_TCAUSE, C_LOAD_GPF, C_LOAD_PF
    CHECKFW FW_TTVAL, VA(6)

    SECTION "guest-page faults and page faults"
    li t1, VA(4)                /* G-stage leaf without U */
    H_EXPECT 1f
    hlv.d a0, (t1)
1:  HS_FAULT M_HS, C_LOAD_GPF, VA(4), (GPA_4K + 0x2000) >> 2
    CHECKHR_ONEOF HR_TINST, 0, 0x6c004573
    addi t1, t1, 3
    H_EXPECT 1f
    hlv.b a0, (t1)
1:  HS_FAULT M_HS, C_LOAD_GPF, VA(4) + 3, (GPA_4K + 0x2003) >> 2
    CHECKHR_ONEOF HR_TINST, 0, 0x60004573
    li t1, VA(3)                /* G-stage read-only */
    hlv.wu a0, (t1)
    CHECK a0, 0xccddeeff
    H_EXPECT 1f
    hsv.d a0, (t1)
1:  HS_FAULT M_HS, C_STORE_GPF, VA(3), (GPA_4K + 0x1000) >> 2
    CHECKHR_ONEOF HR_TINST, 0, 0x6ea04073
    H_EXPECT 1f
    hsv.w a0, (t1)
1:  HS_FAULT M_HS, C_STORE_GPF, VA(3), (GPA_4K + 0x1000) >> 2
    CHECKHR_ONEOF HR_TINST, 0, 0x6aa04073
    li t1, VA(5)                /* VS-stage invalid */
    H_EXPECT 1f
    hlv.d a0, (t1)
1:  HS_FAULT M_HS, C_LOAD_PF, VA(5), 0
    CHECKHR_ONEOF HR_TINST, 0, 0x6c004573
    li t1, VA(8)                /* VS-stage read-only */
    H_EXPECT 1f
    hsv.d a0, (t1)
1:  HS_FAULT M_HS, C_STORE_PF, VA(8), 0
    MODE_M

    SECTION "HS satp = Bare"
    csrw satp, zero
    sfence.vma
    MODE_HS
    li t1, VA(5)
    /* A VS-stage fault of HLV is a page fault (13) whatever HS's satp
     * is; QEMU 7.2 takes its page-fault-or-access-fault decision from the
     * HS satp and reports an access fault (5) when it is Bare. */
    H_EXPECT 1f
    hlv.d a0, (t1)
1:  CHECKFW FW_RESUME, 0
    CHECKFW_ONEOF FW_TCAUSE, C_LOAD_AF, C_LOAD_PF
    CHECKFW FW_TTVAL, VA(5)
    li t1, VA(4)
    H_EXPECT 1f
    hlv.d a0, (t1)
1:  HS_FAULT M_HS, C_LOAD_GPF, VA(4), (GPA_4K + 0x2000) >> 2
    MODE_M

    SECTION "from M; MPRV does not apply"
    li t1, VA(0)
    hlv.d a0, (t1)
    CHECK a0, D0
    li t1, VA(4)
    H_EXPECT 1f
    hlv.d a0, (t1)
1:  H_TRAP 3, M_M, C_LOAD_GPF, VA(4)
    CHECKHR HR_TVAL2, (GPA_4K + 0x2000) >> 2
    /* mtval holds a guest virtual address: GVA = 1 ("Machine Status
     * Registers"); QEMU 7.2 sets GVA only for traps from V = 1. */
    CHECKHR_ONEOF HR_GVA, 0, 1
    CHECKHR_ONEOF HR_TINST, 0, 0x6c004573
    li t0, MSTATUS_MPP
    csrc mstatus, t0            /* MPP = U, MPV = 0 */
    li t0, MSTATUS_MPRV
    csrs mstatus, t0
    li t1, VA(0)                /* an S page: fine for SPVP = 1 */
    hlv.d a0, (t1)
    li t2, 0x4444
    addi t3, t1, 0x100
    hsv.d t2, (t3)
    csrc mstatus, t0
    CHECK a0, D0
    la t0, pg_d
    ld a1, 0x100(t0)
    CHECK a1, 0x4444

    SECTION "from U: hstatus.HU"
    li t0, HSTATUS_HU
    csrs hstatus, t0
    MODE_HU
    li t1, VA(0)
    hlv.d a0, (t1)
    CHECK a0, D0
    hlv.hu a0, (t1)
    CHECK a0, 0xeeff
    li t2, 0x5555
    addi t3, t1, 0x100
    hsv.w t2, (t3)
    hlv.wu a0, (t3)
    CHECK a0, 0x5555
    li t1, VA(7)
    hlvx.wu a0, (t1)
    CHECK a0, 0xccddeeff
    li t1, VA(4)
    H_EXPECT 1f
    hlv.d a0, (t1)
1:  HS_FAULT M_U, C_LOAD_GPF, VA(4), (GPA_4K + 0x2000) >> 2
    MODE_M
    li t0, HSTATUS_HU
    csrc hstatus, t0
    MODE_HU
    li t1, VA(0)
    H_EXPECT 1f
2:  hlv.d a0, (t1)
1:  H_TRAP_INSNQ 3, M_U, C_ILLEGAL, 2b
    H_EXPECT 1f
2:  hsv.d a0, (t1)
1:  H_TRAP_INSNQ 3, M_U, C_ILLEGAL, 2b
    H_EXPECT 1f
2:  hlvx.wu a0, (t1)
1:  H_TRAP_INSNQ 3, M_U, C_ILLEGAL, 2b
    MODE_M

    SECTION "A and D set by HLV/HSV"
    la t1, vs_l0
    ld a0, 9 * 8(t1)
    andi a0, a0, PTE_A | PTE_D
    CHECK a0, 0
    li t1, VA(9)
    hlv.d a0, (t1)
    CHECK a0, D0
    la t1, vs_l0
    ld a0, 9 * 8(t1)
    andi a0, a0, PTE_A | PTE_D
    CHECK a0, PTE_A
    li t1, VA(9) + 0x200
    hsv.d a0, (t1)
    la t1, vs_l0
    ld a0, 9 * 8(t1)
    andi a0, a0, PTE_A | PTE_D
    CHECK a0, PTE_A | PTE_D
    csrw vsatp, zero
    csrw hgatp, zero
    csrw hstatus, zero
    csrw medeleg, zero
    hfence.gvma zero, zero
    hfence.vvma zero, zero
TEST_END

    .bss
    .balign 16384
groot:   .space 16384
g_l1:    .space 4096
g_l0:    .space 4096
vs_root: .space 4096
vs_l1:   .space 4096
vs_l0:   .space 4096
hs_root: .space 4096
pg_d:    .space 4096
