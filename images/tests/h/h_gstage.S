/*
 * h_gstage: two-stage address translation (privileged spec, "Hypervisor
 * Extension": "Two-Stage Address Translation", "Guest Physical Address
 * Translation", "Guest-Page Faults", "Hypervisor Trap Value Register",
 * "Transformed Instruction or Pseudoinstruction for mtinst or htinst").
 *   G-stage (hgatp Sv39x4, 16 KiB root), guest physical addresses:
 *     0x0_0000_0000 + 1 GiB -> 0 (devices), 0x8000_0000 + 1 GiB -> itself
 *     (the image): U RW(X) gigapages, so guest code runs unchanged;
 *     GPA_MP   2 MiB leaf -> HPA_MP            GPA_4K + i * 4 KiB: pages
 *     GPA_IMG  1 GiB leaf -> 0x8000_0000       (0 U RW, 1 U R, 2 RW no U,
 *     GPA_NOU  1 GiB leaf without U             3 invalid, 4 U X only,
 *     GPA_MIS  misaligned 1 GiB leaf            5 a VS page table, U RW)
 *     GPA_HOLE nothing                          root[1024] (bit 40 of the
 *     root[0x7c0] (GPA 0xffffff00_00000000)     GPA) and root[0x7c0] too
 *   VS-stage (vsatp Sv39) on top: 1 GiB, 2 MiB and 4 KiB leaves, a
 *   non-leaf PTE pointing at GPA_HOLE, a page table reachable only through
 *   the G-stage, a U page, an invalid entry.
 *   Checked: loads, stores, AMOs and fetches through every combination;
 *   guest-page faults (20 fetch, 21 load, 23 store/AMO) taken in HS
 *   (medeleg) and in M, with stval/mtval = the guest virtual address,
 *   htval/mtval2 = the guest physical address >> 2, GVA = 1, SPV/MPV = 1,
 *   htinst/mtinst = 0 or the transformed instruction (Hartsim writes the
 *   transformation), the pseudoinstruction 0x3000 for a fault on the
 *   VS-stage walk's own access (htval = that PTE's address >> 2); U bit
 *   required on G-stage leaves; G-stage permissions and MXR; VS-stage page
 *   faults (12/13/15) to HS and, through hedeleg, to VS; Sv48x4 and Sv57x4;
 *   MPRV with MPV = 1 (two-stage translation of M-mode loads).
 * QEMU 7.2 departures (outcome codes or CHECK_ONEOF, see tests/README.md):
 * guest physical addresses with bit 40 set (Sv39x4) or bit 49 (Sv48x4)
 * fault, and bits 63:41 all ones do not; a guest-page fault on the
 * VS-stage walk is always reported as a load (21) instead of the original
 * access type; the G-stage uses vsstatus.MXR instead of the HS-level MXR;
 * htinst/mtinst are 0 for explicit accesses; with MPRV and MPV = 1 a
 * G-stage fault is reported as a load page fault (13) with GVA = 0.
 */
#include "h.h"

    .option norvc

#define GPA_MP   0x100000000
#define GPA_4K   0x100200000
#define GPA_HOLE 0x100400000
#define GPA_IMG  0x140000000
#define GPA_NOU  0x180000000
#define GPA_MIS  0x1c0000000
#define GPA_B40  0x10000000000
#define GPA_HIGH 0xffffff0000000000
#define HPA_MP   0x88200000
#define XCODE_WORD 0x0000806707700513  /* xcode: li a0, 0x77; ret */

#define VA_MP    0x40000000
#define VA_4K    0x40200000
#define VA_GIG   0xc0000000
#define VA_IMPL  0x100000000
#define VA_WALKG 0x140000000
#define VA_USER  0x180000000
#define VA_INV   0x1c0000000

/* OUT_LD addr_reg, okval, cause, ok_code, trap_code: load from addr_reg
 * and set a0 = ok_code if it read okval, trap_code if it trapped with
 * cause, 9 otherwise. */
.macro OUT_LD areg, okval, cause, okc, trapc
    li a0, 9
    H_EXPECT 1f
    ld a1, 0(\areg)
    li t2, \okval
    bne a1, t2, 2f
    li a0, \okc
    j 2f
1:  ld a1, FW_TCAUSE(gp)
    li t2, \cause
    bne a1, t2, 2f
    li a0, \trapc
2:  sd zero, FW_RESUME(gp)
.endm

/* GPF_HS cause, tval, gpa: a guest-page fault from VS taken in HS. */
.macro GPF_HS cause, tval, gpa
    H_TRAP 1, M_VS, \cause, \tval
    CHECKHR HR_TVAL2, (\gpa) >> 2
    CHECKHR HR_GVA, 1
.endm

TEST_BEGIN h_gstage
    H_INIT
    csrw satp, zero
    csrw hgatp, zero
    csrw vsatp, zero
    li t0, 0x200000000
    csrw vsstatus, t0

    SECTION "building the tables"
    /* Markers. */
    li t0, HPA_MP
    li t1, 0x1111
    sd t1, 0(t0)
    li t1, 0x1ff000
    add t0, t0, t1
    li t1, 0x1112
    sd t1, 0(t0)
    la t0, pg_a
    li t1, 0xaaaa
    sd t1, 0(t0)
    la t0, pg_b
    li t1, 0xbbbb
    sd t1, 0(t0)
    /* G-stage, Sv39x4. */
    SETPTE groot, 0, 0, PTE_URWAD
    SETPTE groot, 2, 0x80000000, PTE_URWXAD
    SETPTE_TBL groot, 4, g_l1
    SETPTE groot, 5, 0x80000000, PTE_URWAD
    SETPTE groot, 6, 0x80000000, PTE_RWXAD              /* no U */
    SETPTE groot, 7, 0x80200000, PTE_URWAD              /* misaligned */
    SETPTE groot, 1024, 0x80000000, PTE_URWAD           /* bit 40 */
    SETPTE groot, 0x7c0, 0x80000000, PTE_URWAD          /* bits 63:40 set */
    SETPTE g_l1, 0, HPA_MP, PTE_URWAD                   /* 2 MiB */
    SETPTE_TBL g_l1, 1, g_l0
    SETPTE_SYM g_l0, 0, pg_a, PTE_URWAD
    SETPTE_SYM g_l0, 1, pg_b, PTE_V | PTE_R | PTE_U | PTE_A
    SETPTE_SYM g_l0, 2, pg_a, PTE_RWAD                  /* no U */
    SETPTE_SYM g_l0, 4, xcode, PTE_V | PTE_X | PTE_U | PTE_A
    SETPTE_SYM g_l0, 5, vs_l1b, PTE_URWAD
    /* VS-stage, Sv39 (tables at GPA = HPA, inside the image's gigapage). */
    SETPTE vs_root, 0, 0, PTE_RWAD
    SETPTE_TBL vs_root, 1, vs_l1
    SETPTE vs_root, 2, 0x80000000, PTE_RWXAD
    SETPTE vs_root, 3, GPA_IMG, PTE_RWAD
    SETPTE vs_root, 4, GPA_HOLE, PTE_V                  /* table in a hole */
    SETPTE vs_root, 5, GPA_4K + 0x5000, PTE_V           /* vs_l1b via G */
    SETPTE vs_root, 6, 0x80000000, PTE_RWAD | PTE_U     /* U gigapage */
    SETPTE vs_l1, 0, GPA_MP, PTE_RWAD                   /* 2 MiB */
    SETPTE_TBL vs_l1, 1, vs_l0
    SETPTE vs_l0, 0, GPA_4K + 0x0000, PTE_RWXAD
    SETPTE vs_l0, 1, GPA_4K + 0x1000, PTE_RWXAD
    SETPTE vs_l0, 2, GPA_4K + 0x2000, PTE_RWXAD
    SETPTE vs_l0, 3, GPA_4K + 0x3000, PTE_RWXAD
    SETPTE vs_l0, 4, GPA_4K + 0x4000, PTE_RWXAD
    SETPTE vs_l0, 7, GPA_HOLE + 0x1000, PTE_RWXAD
    SETPTE vs_l1b, 0, GPA_MP, PTE_RWAD
    la t0, groot
    srli t0, t0, 12
    li t1, HGATP_SV39X4 | HGATP_VMID(1)
    or t0, t0, t1
    csrw hgatp, t0
    hfence.gvma zero, zero
    hfence.vvma zero, zero
    li t0, (1 << C_FETCH_GPF) | (1 << C_LOAD_GPF) | (1 << C_STORE_GPF)
    csrw medeleg, t0

    SECTION "G-stage only (vsatp = Bare): superpages and pages"
    MODE_VS
    li t1, GPA_MP
    ld a0, 0(t1)
    CHECK a0, 0x1111
    li t1, GPA_MP + 0x1ff000
    ld a0, 0(t1)
    CHECK a0, 0x1112
    li t1, GPA_IMG
    la t2, mpage
    add t1, t1, t2
    li t2, 0x80000000
    sub t1, t1, t2
    ld a0, 0(t1)
    CHECK a0, 0x600d
    li t1, GPA_4K
    ld a0, 0(t1)
    CHECK a0, 0xaaaa
    li a0, 0xa0a0
    sd a0, 8(t1)
    la t2, pg_a
    ld a1, 8(t2)
    CHECK a1, 0xa0a0
    li t1, GPA_4K + 0x1000
    ld a0, 0(t1)
    CHECK a0, 0xbbbb
    li t1, GPA_4K + 0x4000
    li a0, 0
    jalr ra, 0(t1)              /* execute-only G-stage page */
    CHECK a0, 0x77

    SECTION "guest-page faults from VS taken in HS"
    li t1, GPA_4K + 0x1000
    H_EXPECT 1f
2:  sd a0, 8(t1)                /* read-only */
1:  GPF_HS C_STORE_GPF, GPA_4K + 0x1008, GPA_4K + 0x1008
    CHECKFWA FW_TEPC, 2b
    CHECKHR HR_HSTATUS, 0x2000001c0 /* SPV, SPVP, GVA */
    CHECKHR_ONEOF HR_TINST, 0, 0x00a03023
    H_EXPECT 1f
2:  amoadd.d a0, a1, (t1)
1:  GPF_HS C_STORE_GPF, GPA_4K + 0x1000, GPA_4K + 0x1000
    CHECKHR_ONEOF HR_TINST, 0, 0x00b0352f
    li t1, GPA_4K + 0x2000
    H_EXPECT 1f
2:  ld a0, 8(t1)                /* no U on the G-stage leaf */
1:  GPF_HS C_LOAD_GPF, GPA_4K + 0x2008, GPA_4K + 0x2008
    CHECKFWA FW_TEPC, 2b
    CHECKHR_ONEOF HR_TINST, 0, 0x3503
    li t1, GPA_4K + 0x3000
    H_EXPECT 1f
2:  lw a0, 0x10(t1)             /* invalid */
1:  GPF_HS C_LOAD_GPF, GPA_4K + 0x3010, GPA_4K + 0x3010
    CHECKHR_ONEOF HR_TINST, 0, 0x2503
    li t1, GPA_4K + 0x4000
    H_EXPECT 1f
    ld a0, 0(t1)                /* execute-only */
1:  GPF_HS C_LOAD_GPF, GPA_4K + 0x4000, GPA_4K + 0x4000
    li t1, GPA_HOLE + 0x123
    H_EXPECT 1f
    lbu a0, 0(t1)
1:  GPF_HS C_LOAD_GPF, GPA_HOLE + 0x123, GPA_HOLE + 0x123
    li t1, GPA_NOU + 0x40
    H_EXPECT 1f
    ld a0, 0(t1)                /* 1 GiB leaf without U */
1:  GPF_HS C_LOAD_GPF, GPA_NOU + 0x40, GPA_NOU + 0x40
    li t1, GPA_MIS
    H_EXPECT 1f
    ld a0, 0(t1)                /* misaligned gigapage */
1:  GPF_HS C_LOAD_GPF, GPA_MIS, GPA_MIS
    li t1, 0x20000000000        /* bit 41: beyond Sv39x4 */
    H_EXPECT 1f
    ld a0, 0(t1)
1:  GPF_HS C_LOAD_GPF, 0x20000000000, 0x20000000000
    /* Fetch from a G-stage page without X: stval = sepc = the target. */
    li t1, GPA_4K + 0x10
    H_EXPECT 1f
    jalr ra, 0(t1)
1:  GPF_HS C_FETCH_GPF, GPA_4K + 0x10, GPA_4K + 0x10
    CHECKFW FW_TEPC, GPA_4K + 0x10
    CHECKHR HR_TINST, 0
    /* Compressed accesses: transformed into the 32-bit form, bit 1 = 0. */
    li a1, GPA_4K + 0x3000 - 8
    H_EXPECT 1f
    .option push
    .option rvc
    c.ld a0, 8(a1)
    .option pop
1:  GPF_HS C_LOAD_GPF, GPA_4K + 0x3000, GPA_4K + 0x3000
    CHECKHR_ONEOF HR_TINST, 0, 0x3501
    li a1, GPA_4K + 0x1000 - 8
    H_EXPECT 1f
    .option push
    .option rvc
    c.sd a0, 8(a1)
    .option pop
1:  GPF_HS C_STORE_GPF, GPA_4K + 0x1000, GPA_4K + 0x1000
    CHECKHR_ONEOF HR_TINST, 0, 0x00a03021

    SECTION "guest physical address width (Sv39x4: 41 bits)"
    /* Bit 40 is part of an Sv39x4 guest physical address ("Guest Physical
     * Address Translation"): 1 = guest-page fault (QEMU 7.2, which checks
     * 40 bits), 2 = translated through root[1024] (spec). */
    la t2, mpage
    li t1, GPA_B40 - 0x80000000
    add t1, t1, t2
    OUT_LD t1, 0x600d, C_LOAD_GPF, 2, 1
    CHECK_ONEOF a0, 1, 2
    /* Bits 63:41 must be zero: 1 = translated through root[0x7c0] (QEMU
     * 7.2 sign-extends from bit 40), 2 = guest-page fault (spec). */
    la t2, mpage
    li t1, GPA_HIGH - 0x80000000
    add t1, t1, t2
    OUT_LD t1, 0x600d, C_LOAD_GPF, 1, 2
    CHECK_ONEOF a0, 1, 2

    SECTION "G-stage MXR: HS-level sstatus.MXR, not vsstatus.MXR"
    MODE_M
    li t0, MSTATUS_MXR
    csrs mstatus, t0            /* HS-level MXR */
    MODE_VS
    li t1, GPA_4K + 0x4000
    /* HS-level MXR makes execute-only G-stage pages readable ("Two-Stage
     * Address Translation"): 2 = read (spec), 1 = guest-page fault (QEMU
     * 7.2 uses vsstatus.MXR at the G-stage). */
    OUT_LD t1, XCODE_WORD, C_LOAD_GPF, 2, 1
    CHECK_ONEOF a0, 1, 2
    MODE_M
    li t0, MSTATUS_MXR
    csrc mstatus, t0
    csrs vsstatus, t0           /* vsstatus.MXR only */
    MODE_VS
    li t1, GPA_4K + 0x4000
    /* vsstatus.MXR does not apply to the G-stage: 1 = read (QEMU 7.2),
     * 2 = guest-page fault (spec). */
    OUT_LD t1, XCODE_WORD, C_LOAD_GPF, 1, 2
    CHECK_ONEOF a0, 1, 2
    MODE_M
    li t0, MSTATUS_MXR
    csrc vsstatus, t0

    SECTION "guest-page faults from VU, and taken in M"
    MODE_VU
    li t1, GPA_4K + 0x2000
    H_EXPECT 1f
    ld a0, 0(t1)
1:  H_TRAP 1, M_VU, C_LOAD_GPF, GPA_4K + 0x2000
    CHECKHR HR_TVAL2, (GPA_4K + 0x2000) >> 2
    CHECKHR HR_GVA, 1
    MODE_M
    csrw medeleg, zero
    MODE_VS
    li t1, GPA_HOLE + 0x18
    H_EXPECT 1f
2:  sd a0, 0(t1)
1:  H_TRAP 3, M_VS, C_STORE_GPF, GPA_HOLE + 0x18
    CHECKFWA FW_TEPC, 2b
    CHECKHR HR_TVAL2, (GPA_HOLE + 0x18) >> 2
    CHECKHR HR_GVA, 1
    CHECKHR_ONEOF HR_TINST, 0, 0x00a03023
    li t1, GPA_4K + 0x20
    H_EXPECT 1f
    jalr ra, 0(t1)
1:  H_TRAP 3, M_VS, C_FETCH_GPF, GPA_4K + 0x20
    CHECKFW FW_TEPC, GPA_4K + 0x20
    CHECKHR HR_TVAL2, (GPA_4K + 0x20) >> 2
    CHECKHR HR_TINST, 0
    CHECKHR HR_GVA, 1
    MODE_M
    li t0, (1 << C_FETCH_GPF) | (1 << C_LOAD_GPF) | (1 << C_STORE_GPF)
    csrw medeleg, t0

    SECTION "two-stage: VS-stage Sv39 on top"
    la t0, vs_root
    srli t0, t0, 12
    li t1, SATP_SV39 | (5 << 44)
    or t0, t0, t1
    csrw vsatp, t0
    hfence.vvma zero, zero
    MODE_VS
    li t1, VA_MP                /* VS 2 MiB + G 2 MiB */
    ld a0, 0(t1)
    CHECK a0, 0x1111
    li t1, VA_MP + 0x1ff000
    ld a0, 0(t1)
    CHECK a0, 0x1112
    li t1, VA_4K                /* VS 4 KiB + G 4 KiB */
    ld a0, 0(t1)
    CHECK a0, 0xaaaa
    ld a0, 8(t1)
    CHECK a0, 0xa0a0
    la t2, mpage                /* VS 1 GiB + G 1 GiB */
    li t1, VA_GIG - 0x80000000
    add t1, t1, t2
    ld a0, 0(t1)
    CHECK a0, 0x600d
    li t1, VA_WALKG             /* VS table reached through the G-stage */
    ld a0, 0(t1)
    CHECK a0, 0x1111
    li t1, VA_4K + 0x4000
    li a0, 0
    jalr ra, 0(t1)
    CHECK a0, 0x77
    li t1, VA_4K + 0x2000
    H_EXPECT 1f
    ld a0, 0x30(t1)
1:  GPF_HS C_LOAD_GPF, VA_4K + 0x2030, GPA_4K + 0x2030
    li t1, VA_4K + 0x7000
    H_EXPECT 1f
    sw a0, 4(t1)
1:  GPF_HS C_STORE_GPF, VA_4K + 0x7004, GPA_HOLE + 0x1004
    li t1, VA_4K + 0x44
    H_EXPECT 1f
    jalr ra, 0(t1)
1:  GPF_HS C_FETCH_GPF, VA_4K + 0x44, GPA_4K + 0x44
    CHECKFW FW_TEPC, VA_4K + 0x44

    SECTION "guest-page faults on the VS-stage walk itself"
    /* The VS page table at GPA_HOLE is not mapped at the G-stage: the
     * implicit read of the level-1 PTE faults.  htval = that PTE's guest
     * physical address >> 2, htinst = 0x3000 (64-bit read
     * pseudoinstruction), stval = the original virtual address. */
    li t1, VA_IMPL + 0x18
    H_EXPECT 1f
2:  ld a0, 0(t1)
1:  GPF_HS C_LOAD_GPF, VA_IMPL + 0x18, GPA_HOLE
    CHECKFWA FW_TEPC, 2b
    CHECKHR HR_TINST, 0x3000
    /* A store: the fault is reported for the original access type (23,
     * "Guest Physical Address Translation"); QEMU 7.2 reports 21. */
    li t1, VA_IMPL + 3 * 0x200000 + 8
    H_EXPECT 1f
    sd a0, 0(t1)
1:  CHECKFW FW_RESUME, 0
    CHECKFW FW_TMODE, 1
    CHECKHR HR_FROM, M_VS
    CHECKFW_ONEOF FW_TCAUSE, C_LOAD_GPF, C_STORE_GPF
    CHECKFW FW_TTVAL, VA_IMPL + 3 * 0x200000 + 8
    CHECKHR HR_TVAL2, (GPA_HOLE + 3 * 8) >> 2
    CHECKHR HR_TINST, 0x3000
    CHECKHR HR_GVA, 1
    /* A fetch: 20 (spec), QEMU 7.2 reports 21. */
    li t1, VA_IMPL + 0x200000 * 5
    H_EXPECT 1f
    jalr ra, 0(t1)
1:  CHECKFW FW_RESUME, 0
    CHECKFW FW_TMODE, 1
    CHECKFW_ONEOF FW_TCAUSE, C_LOAD_GPF, C_FETCH_GPF
    CHECKFW FW_TTVAL, VA_IMPL + 0x200000 * 5
    CHECKFW FW_TEPC, VA_IMPL + 0x200000 * 5
    CHECKHR HR_TVAL2, (GPA_HOLE + 5 * 8) >> 2
    CHECKHR HR_TINST, 0x3000
    CHECKHR HR_GVA, 1

    SECTION "VS-stage page faults: to HS, and to VS through hedeleg"
    MODE_M
    li t0, (1 << C_FETCH_GPF) | (1 << C_LOAD_GPF) | (1 << C_STORE_GPF) | (1 << C_FETCH_PF) | (1 << C_LOAD_PF) | (1 << C_STORE_PF)
    csrw medeleg, t0
    MODE_VS
    li t1, VA_INV + 0x100
    H_EXPECT 1f
2:  ld a0, 0(t1)
1:  H_TRAP 1, M_VS, C_LOAD_PF, VA_INV + 0x100
    CHECKFWA FW_TEPC, 2b
    CHECKHR HR_TVAL2, 0         /* not a guest-page fault */
    CHECKHR HR_GVA, 1
    CHECKHR_ONEOF HR_TINST, 0, 0x3503
    MODE_M
    li t0, (1 << C_FETCH_PF) | (1 << C_LOAD_PF) | (1 << C_STORE_PF)
    csrw hedeleg, t0
    MODE_VS
    li t1, VA_INV + 0x200
    H_EXPECT 1f
2:  sd a0, 0(t1)
1:  H_TRAP 5, M_VS, C_STORE_PF, VA_INV + 0x200
    CHECKFWA FW_TEPC, 2b
    la t2, mpage                /* a VS-stage U page: VS needs SUM */
    li t1, VA_USER - 0x80000000
    add t1, t1, t2
    H_EXPECT 1f
    ld a0, 0(t1)
1:  CHECKFW FW_RESUME, 0
    CHECKFW FW_TMODE, 5
    CHECKFW FW_TCAUSE, C_LOAD_PF
    ld t2, FW_TTVAL(gp)
    CHECKR t2, t1
    li t0, MSTATUS_SUM
    csrs sstatus, t0            /* vsstatus.SUM */
    ld a0, 0(t1)
    CHECK a0, 0x600d
    csrc sstatus, t0
    li t1, VA_USER + 0x10
    H_EXPECT 1f
    jalr ra, 0(t1)              /* VS never executes VS-level U pages */
1:  H_TRAP 5, M_VS, C_FETCH_PF, VA_USER + 0x10
    li t1, VA_INV
    H_EXPECT 1f
    jalr ra, 0(t1)
1:  H_TRAP 5, M_VS, C_FETCH_PF, VA_INV
    /* Guest-page faults still go to HS. */
    li t1, VA_4K + 0x3000
    H_EXPECT 1f
    ld a0, 0(t1)
1:  GPF_HS C_LOAD_GPF, VA_4K + 0x3000, GPA_4K + 0x3000
    MODE_M
    csrw hedeleg, zero
    li t0, (1 << C_FETCH_GPF) | (1 << C_LOAD_GPF) | (1 << C_STORE_GPF)
    csrw medeleg, t0

    SECTION "MPRV with MPV = 1: M-mode loads through both stages"
    li t0, MSTATUS_MPP
    csrc mstatus, t0
    li t0, MSTATUS_MPRV | MSTATUS_MPV | MSTATUS_MPP_S
    csrs mstatus, t0
    li t1, VA_MP
    ld a0, 0(t1)
    li t1, VA_4K
    ld a1, 0(t1)
    li t0, MSTATUS_MPRV
    csrc mstatus, t0
    CHECK a0, 0x1111
    CHECK a1, 0xaaaa
    li t0, MSTATUS_MPRV
    csrs mstatus, t0
    li t1, VA_4K + 0x2000
    H_EXPECT 1f
    ld a0, 0(t1)
1:  li t0, MSTATUS_MPRV | MSTATUS_MPV
    csrc mstatus, t0
    CHECKFW FW_RESUME, 0
    CHECKFW FW_TMODE, 3
    CHECKHR HR_FROM, M_M
    /* A G-stage fault is a guest-page fault (21) with GVA = 1 whatever
     * makes the access two-stage; QEMU 7.2 reports a load page fault (13)
     * with GVA = 0 under MPRV. */
    CHECKFW_ONEOF FW_TCAUSE, C_LOAD_PF, C_LOAD_GPF
    CHECKFW FW_TTVAL, VA_4K + 0x2000
    CHECKHR HR_TVAL2, (GPA_4K + 0x2000) >> 2
    CHECKHR_ONEOF HR_GVA, 0, 1
    csrw vsatp, zero

    SECTION "Sv48x4"
    SETPTE_TBL groot48, 0, g48_l2
    SETPTE_TBL groot48, 2, g48_l2b                      /* bit 40 */
    SETPTE_TBL groot48, 1024, g48_l2b                   /* bit 49 */
    SETPTE g48_l2, 0, 0, PTE_URWAD
    SETPTE g48_l2, 2, 0x80000000, PTE_URWXAD
    SETPTE g48_l2b, 0, 0x80000000, PTE_URWAD
    la t0, groot48
    srli t0, t0, 12
    li t1, HGATP_SV48X4 | HGATP_VMID(2)
    or t0, t0, t1
    csrw hgatp, t0
    hfence.gvma zero, zero
    MODE_VS
    la t1, mpage
    ld a0, 0(t1)
    CHECK a0, 0x600d
    li t1, GPA_B40 - 0x80000000
    la t2, mpage
    add t1, t1, t2
    ld a0, 0(t1)
    CHECK a0, 0x600d
    li t1, (1 << 49) - 0x80000000
    add t1, t1, t2
    /* Bit 49 is part of an Sv48x4 guest physical address: 1 = fault (QEMU
     * 7.2 checks 49 bits), 2 = translated through root[1024] (spec). */
    OUT_LD t1, 0x600d, C_LOAD_GPF, 2, 1
    CHECK_ONEOF a0, 1, 2
    li t1, 1 << 50
    H_EXPECT 1f
    ld a0, 0(t1)
1:  GPF_HS C_LOAD_GPF, 1 << 50, 1 << 50
    MODE_M

    SECTION "Sv57x4"
    SETPTE_TBL groot57, 0, g57_l3
    SETPTE_TBL groot57, 1, g57_l3                       /* bit 48 */
    SETPTE_TBL g57_l3, 0, g48_l2
    la t0, groot57
    srli t0, t0, 12
    li t1, HGATP_SV57X4 | HGATP_VMID(3)
    or t0, t0, t1
    csrw hgatp, t0
    csrr a0, hgatp
    srli a0, a0, 60
    CHECK a0, 10
    hfence.gvma zero, zero
    MODE_VS
    la t1, mpage
    ld a0, 0(t1)
    CHECK a0, 0x600d
    li t2, 1 << 48              /* only Sv57x4 reaches this */
    add t1, t1, t2
    ld a0, 0(t1)
    CHECK a0, 0x600d
    li t1, (2 << 48) + 0x80000000
    H_EXPECT 1f
    ld a0, 0(t1)
1:  GPF_HS C_LOAD_GPF, (2 << 48) + 0x80000000, (2 << 48) + 0x80000000
    MODE_M
    csrw hgatp, zero
    hfence.gvma zero, zero
    csrw medeleg, zero
TEST_END

    .balign 4096
xcode:
    li a0, 0x77
    ret
    .balign 4096

    .data
    .balign 4096
mpage:
    .dword 0x600d
    .balign 4096

    .bss
    .balign 16384
groot:   .space 16384
groot48: .space 16384
groot57: .space 16384
g_l1:    .space 4096
g_l0:    .space 4096
g48_l2:  .space 4096
g48_l2b: .space 4096
g57_l3:  .space 4096
vs_root: .space 4096
vs_l1:   .space 4096
vs_l0:   .space 4096
vs_l1b:  .space 4096
pg_a:    .space 4096
pg_b:    .space 4096
