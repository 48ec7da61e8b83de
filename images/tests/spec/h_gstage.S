/*
 * spec/h_gstage: exact RISC-V behaviour of two-stage address translation
 * where QEMU 7.2 departs from the spec (privileged spec, chapter
 * "Hypervisor Extension, Version 1.0": "Two-Stage Address Translation",
 * "Guest Physical Address Translation", "Machine Status (mstatus and
 * mstatush) Registers" for MPRV, "Transformed Instruction or
 * Pseudoinstruction for mtinst or htinst").  Hartsim only: these checks
 * fail on QEMU 7.2 by design (see images/tests/README.md, departures H9,
 * H10, H11, H12, H13); the differential images h/h_gstage and h/h_ad
 * accept both outcomes.
 *   H9  Sv39x4 translates 41-bit guest physical addresses (bit 40
 *       included) and faults when bits 63:41 are not all zero; Sv48x4
 *       likewise with 50 bits;
 *   H10 a guest-page fault on the VS-stage walk's own access is reported
 *       for the original access type: 20 (fetch), 21 (load), 23
 *       (store/AMO), htval = the PTE's guest physical address >> 2,
 *       htinst = 0x3000;
 *   H11 the HS-level MXR applies to the G-stage, vsstatus.MXR does not;
 *   H12 MPRV with MPV = 1: a G-stage fault is a guest-page fault (21/23)
 *       with GVA = 1 and mtval2 = the guest physical address >> 2;
 *   H13 the walk's A/D update of a VS PTE is a store at the G-stage: the
 *       G-stage leaf mapping the VS page table gets D, and when that leaf
 *       is read-only the access takes a guest-page fault (for the original
 *       access type) with htinst = 0x3020 and nothing is written.
 */
#include "../h/h.h"

    .option norvc

#define GPA_4K   0x100200000    /* g_l0[i]: GPA_4K + i * 4 KiB */
#define GPA_HOLE 0x100400000    /* nothing mapped at the G-stage */
#define GPA_B40  0x10000000000
#define XCODE_WORD 0x0000806707700513  /* xcode: li a0, 0x77; ret */

#define VA_PT    0x40200000     /* vs_l1[1]: leaf table vs_pt, via G */
#define VA_PT2   0x40400000     /* vs_l1[2]: vs_pt2, read-only at the G-stage */
#define VA_IMPL  0x100000000    /* vs_root[4]: a table in GPA_HOLE */
#define AD       (PTE_A | PTE_D)

/* GPF mode, from, cause, tval[, tval2[, tinst]]: a guest-page fault
 * taken by `mode` (1 HS, 3 M) with these values and GVA = 1.  tinst is checked
 * only where the spec requires a value (the pseudoinstructions of the
 * walk's own accesses); for explicit accesses it may be 0 or the
 * transformed instruction (Hartsim writes the latter, QEMU 0). */
.macro GPF mode, from, cause, tval, tval2, tinst
    H_TRAP \mode, \from, \cause, \tval
    .ifnb \tval2
    CHECKHR HR_TVAL2, \tval2
    .endif
    .ifnb \tinst
    CHECKHR HR_TINST, \tinst
    .endif
    CHECKHR HR_GVA, 1
    sd zero, FW_RESUME(gp)      /* disarm, should it not have trapped */
.endm

/* TRY_LD areg, off: a0 = the doubleword at off(areg), or 0xbad00000 + the
 * cause if the load trapped (so that a wrong trap fails one check and the
 * image goes on).  Clobbers t0. */
.macro TRY_LD areg, off
    H_EXPECT 1f
    ld a0, \off(\areg)
    j 2f
1:  ld a0, FW_TCAUSE(gp)
    li t0, 0xbad00000
    add a0, a0, t0
2:  sd zero, FW_RESUME(gp)
.endm

/* PTEAD table, index, exp: check the A/D bits of table[index]. */
.macro PTEAD table, index, exp
    la t1, \table
    ld t1, (\index) * 8(t1)
    andi t1, t1, AD
    CHECK t1, \exp
.endm

/* MPAGE_AT reg, base: reg = base + (mpage - 0x80000000), the address of
 * mpage through a gigapage at `base` that maps 0x80000000. */
.macro MPAGE_AT reg, base
    la \reg, mpage
    li t0, (\base) - 0x80000000
    add \reg, \reg, t0
.endm

TEST_BEGIN spec_h_gstage
    H_INIT
    csrw satp, zero
    csrw hgatp, zero
    csrw vsatp, zero
    li t0, 0x200000000
    csrw vsstatus, t0

    SECTION "building the tables"
    la t0, pg_a
    li t1, 0xaaaa
    sd t1, 0(t0)
    la t0, pg_b
    li t1, 0xbbbb
    sd t1, 0(t0)
    /* G-stage, Sv39x4 (A/D clear where the test checks them). */
    SETPTE groot, 0, 0, PTE_URWAD
    SETPTE groot, 2, 0x80000000, PTE_URWXAD
    SETPTE_TBL groot, 4, g_l1
    SETPTE groot, 1024, 0x80000000, PTE_URWAD           /* GPA bit 40 */
    SETPTE_TBL g_l1, 1, g_l0
    SETPTE_SYM g_l0, 0, pg_a, PTE_URWAD
    SETPTE_SYM g_l0, 1, pg_b, PTE_V | PTE_R | PTE_W | PTE_U
    SETPTE_SYM g_l0, 2, pg_a, PTE_RWAD                  /* no U */
    SETPTE_SYM g_l0, 3, vs_pt, PTE_V | PTE_R | PTE_W | PTE_U
    SETPTE_SYM g_l0, 4, xcode, PTE_V | PTE_X | PTE_U | PTE_A
    SETPTE_SYM g_l0, 5, vs_pt2, PTE_V | PTE_R | PTE_U | PTE_A   /* read-only */
    /* Sv48x4: root[0] -> the usual gigapages, root[1024] (bit 49) too. */
    SETPTE_TBL groot48, 0, g48_l2
    SETPTE_TBL groot48, 1024, g48_l2b
    SETPTE g48_l2, 0, 0, PTE_URWAD
    SETPTE g48_l2, 2, 0x80000000, PTE_URWXAD
    SETPTE g48_l2b, 0, 0x80000000, PTE_URWAD
    /* VS-stage, Sv39 (tables at GPA = HPA inside the image's gigapage). */
    SETPTE vs_root, 0, 0, PTE_RWAD
    SETPTE_TBL vs_root, 1, vs_l1
    SETPTE vs_root, 2, 0x80000000, PTE_RWXAD
    SETPTE vs_root, 4, GPA_HOLE, PTE_V                  /* table in a hole */
    SETPTE vs_l1, 1, GPA_4K + 0x3000, PTE_V             /* vs_pt via G */
    SETPTE vs_l1, 2, GPA_4K + 0x5000, PTE_V             /* vs_pt2 via G */
    SETPTE vs_pt, 0, GPA_4K + 0x1000, PTE_V | PTE_R | PTE_W
    SETPTE vs_pt2, 0, GPA_4K, PTE_V | PTE_R | PTE_W     /* needs A */
    SETPTE vs_pt2, 1, GPA_4K, PTE_RWAD                  /* nothing to update */
    SETPTE vs_pt2, 2, GPA_4K, PTE_V | PTE_R | PTE_W | PTE_A /* a store needs D */
    la t0, groot
    srli t0, t0, 12
    li t1, HGATP_SV39X4 | HGATP_VMID(1)
    or t0, t0, t1
    csrw hgatp, t0
    hfence.gvma zero, zero
    hfence.vvma zero, zero
    li t0, (1 << C_FETCH_GPF) | (1 << C_LOAD_GPF) | (1 << C_STORE_GPF)
    csrw medeleg, t0

    SECTION "H9 Sv39x4: 41-bit guest physical addresses"
    /* "Guest Physical Address Translation": Sv39x4 widens the incoming
     * address by 2 bits, to 41; "Address bits 63:41 must all be zeros, or
     * else a guest-page-fault exception occurs".  vsatp = Bare: the guest
     * virtual address is the guest physical address.  QEMU 7.2 requires
     * bit 40 to equal the bits above it: a GPA with bit 40 set faults, one
     * with bits 63:40 all ones translates. */
    MODE_VS
    MPAGE_AT t1, GPA_B40        /* root[1024] */
    TRY_LD t1, 0
    CHECK a0, 0x600d
    li a1, 0x5eed
    H_EXPECT 1f
    sd a1, 8(t1)
1:  H_NOTRAP
    la t2, mpage
    ld a0, 8(t2)
    CHECK a0, 0x5eed
    /* (htval for these GPAs, and GPAs beyond 2^53, are checked in
     * h_pending.S.txt: Hartsim gets them wrong.) */
    li t1, 0xffffff0000000000 + 0x1000
    H_EXPECT 1f
    ld a0, 0(t1)
1:  GPF 1, M_VS, C_LOAD_GPF, 0xffffff0000001000
    li t1, 0xfffffe0080000000
    H_EXPECT 1f
    sd a0, 0x10(t1)
1:  GPF 1, M_VS, C_STORE_GPF, 0xfffffe0080000010
    li t1, 0x40000000000 + 0x80000000   /* bit 42 */
    H_EXPECT 1f
    sd a0, 0(t1)
1:  GPF 1, M_VS, C_STORE_GPF, 0x40080000000, 0x40080000000 >> 2
    MODE_M

    SECTION "H9 Sv48x4: 50-bit guest physical addresses"
    la t0, groot48
    srli t0, t0, 12
    li t1, HGATP_SV48X4 | HGATP_VMID(2)
    or t0, t0, t1
    csrw hgatp, t0
    hfence.gvma zero, zero
    MODE_VS
    MPAGE_AT t1, (1 << 49)      /* root[1024] */
    TRY_LD t1, 0
    CHECK a0, 0x600d
    li t1, 0xfffe000000000000 + 0x2000
    H_EXPECT 1f
    ld a0, 0(t1)
1:  GPF 1, M_VS, C_LOAD_GPF, 0xfffe000000002000
    MODE_M
    la t0, groot
    srli t0, t0, 12
    li t1, HGATP_SV39X4 | HGATP_VMID(1)
    or t0, t0, t1
    csrw hgatp, t0
    hfence.gvma zero, zero

    SECTION "H11 G-stage MXR: HS-level sstatus.MXR, not vsstatus.MXR"
    /* "Two-Stage Address Translation": "The vsstatus field MXR ... only
     * overrides VS-stage page protection. Setting MXR at VS-level does not
     * override guest-physical page protections. Setting MXR at HS-level,
     * however, overrides both VS-stage and G-stage execute-only
     * permissions."  QEMU 7.2 uses vsstatus.MXR at the G-stage. */
    li t0, MSTATUS_MXR
    csrs mstatus, t0            /* HS-level MXR */
    MODE_VS
    li t1, GPA_4K + 0x4000      /* G-stage execute-only, vsatp = Bare */
    TRY_LD t1, 0
    CHECK a0, XCODE_WORD
    MODE_M
    li t0, MSTATUS_MXR
    csrc mstatus, t0
    csrs vsstatus, t0           /* vsstatus.MXR only */
    MODE_VS
    li t1, GPA_4K + 0x4000
    H_EXPECT 1f
    ld a0, 8(t1)
1:  GPF 1, M_VS, C_LOAD_GPF, GPA_4K + 0x4008, (GPA_4K + 0x4008) >> 2
    MODE_M
    li t0, MSTATUS_MXR
    csrc vsstatus, t0

    SECTION "H12 MPRV with MPV = 1: G-stage faults are guest-page faults"
    /* "Machine Status (mstatus and mstatush) Registers": with MPRV = 1
     * "explicit memory accesses are translated and protected ... as
     * though the current virtualization mode were set to MPV": two-stage
     * translation, whose G-stage faults are guest-page faults ("Guest
     * Physical Address Translation": "guest-page-fault exceptions are
     * raised instead of regular page-fault exceptions"), with a guest
     * virtual address in mtval (GVA = 1).  The trap is taken in M (traps
     * never go to a less privileged mode).  QEMU 7.2 reports a page fault
     * (13/15) with GVA = 0. */
    li t0, MSTATUS_MPP
    csrc mstatus, t0
    li t0, MSTATUS_MPRV | MSTATUS_MPV | MSTATUS_MPP_S
    csrs mstatus, t0
    li t1, GPA_4K               /* vsatp = Bare: G-stage only */
    ld a0, 0(t1)
    li t1, GPA_4K + 0x2000      /* G-stage leaf without U */
    H_EXPECT 1f
    ld a1, 0x18(t1)
1:  li t0, MSTATUS_MPRV | MSTATUS_MPV
    csrc mstatus, t0
    CHECK a0, 0xaaaa
    GPF 3, M_M, C_LOAD_GPF, GPA_4K + 0x2018, (GPA_4K + 0x2018) >> 2
    li t0, MSTATUS_MPP
    csrc mstatus, t0
    li t0, MSTATUS_MPRV | MSTATUS_MPV   /* MPP = U: VU-level */
    csrs mstatus, t0
    li t1, GPA_HOLE
    H_EXPECT 1f
    sd a0, 0x20(t1)
1:  li t0, MSTATUS_MPRV | MSTATUS_MPV
    csrc mstatus, t0
    GPF 3, M_M, C_STORE_GPF, GPA_HOLE + 0x20, (GPA_HOLE + 0x20) >> 2
    /* Through both stages: a VS-stage walk whose table is in a hole. */
    la t0, vs_root
    srli t0, t0, 12
    li t1, SATP_SV39
    or t0, t0, t1
    csrw vsatp, t0
    hfence.vvma zero, zero
    li t0, MSTATUS_MPP
    csrc mstatus, t0
    li t0, MSTATUS_MPRV | MSTATUS_MPV | MSTATUS_MPP_S
    csrs mstatus, t0
    li t1, VA_IMPL + 0x200000 + 0x28
    H_EXPECT 1f
    ld a0, 0(t1)
1:  li t0, MSTATUS_MPRV | MSTATUS_MPV
    csrc mstatus, t0
    GPF 3, M_M, C_LOAD_GPF, VA_IMPL + 0x200000 + 0x28, (GPA_HOLE + 8) >> 2, 0x3000

    SECTION "H10 guest-page faults on the VS-stage walk: original access type"
    /* "Guest Physical Address Translation": "For a memory access made to
     * support VS-stage address translation ... permissions ... are checked
     * as though for an implicit load or store, not for the original access
     * type. However, any exception is always reported for the original
     * access type (instruction, load, or store/AMO)."  htval = the
     * guest physical address of the PTE >> 2, htinst = 0x3000 (64-bit
     * read pseudoinstruction, "Transformed Instruction or
     * Pseudoinstruction").  QEMU 7.2 always reports a load guest-page
     * fault (21). */
    MODE_VS
    li t1, VA_IMPL + 0x18
    H_EXPECT 1f
    ld a0, 0(t1)
1:  GPF 1, M_VS, C_LOAD_GPF, VA_IMPL + 0x18, GPA_HOLE >> 2, 0x3000
    li t1, VA_IMPL + 3 * 0x200000 + 8
    H_EXPECT 1f
    sd a0, 0(t1)
1:  GPF 1, M_VS, C_STORE_GPF, VA_IMPL + 3 * 0x200000 + 8, (GPA_HOLE + 3 * 8) >> 2, 0x3000
    li t1, VA_IMPL + 2 * 0x200000
    li a1, 1
    H_EXPECT 1f
    amoadd.d a0, a1, (t1)
1:  GPF 1, M_VS, C_STORE_GPF, VA_IMPL + 2 * 0x200000, (GPA_HOLE + 2 * 8) >> 2, 0x3000
    li t1, VA_IMPL + 5 * 0x200000
    H_EXPECT 1f
    jalr ra, 0(t1)
1:  GPF 1, M_VS, C_FETCH_GPF, VA_IMPL + 5 * 0x200000, (GPA_HOLE + 5 * 8) >> 2, 0x3000
    CHECKFW FW_TEPC, VA_IMPL + 5 * 0x200000
    MODE_M
    /* Taken in M (not delegated): the same, in mcause/mtval2/mtinst. */
    csrw medeleg, zero
    MODE_VS
    li t1, VA_IMPL + 7 * 0x200000 + 0x10
    H_EXPECT 1f
    sw a0, 0(t1)
1:  GPF 3, M_VS, C_STORE_GPF, VA_IMPL + 7 * 0x200000 + 0x10, (GPA_HOLE + 7 * 8) >> 2, 0x3000
    li t1, VA_IMPL + 8 * 0x200000
    H_EXPECT 1f
    jalr ra, 0(t1)
1:  GPF 3, M_VS, C_FETCH_GPF, VA_IMPL + 8 * 0x200000, (GPA_HOLE + 8 * 8) >> 2, 0x3000
    MODE_M
    li t0, (1 << C_FETCH_GPF) | (1 << C_LOAD_GPF) | (1 << C_STORE_GPF)
    csrw medeleg, t0

    SECTION "H13 the walk's A/D write is a store at the G-stage"
    /* "Guest Physical Address Translation": for the walk's own accesses
     * "the need to set A and/or D bits at the G-stage level [is] checked
     * as though for an implicit load or store": writing A into a VS PTE
     * is a store, so the G-stage leaf of that VS page table gets D (and
     * A).  QEMU 7.2 translates that write as a load: the G-stage leaf gets
     * A only. */
    PTEAD vs_pt, 0, 0
    PTEAD g_l0, 1, 0
    PTEAD g_l0, 3, 0
    MODE_VS
    li t1, VA_PT
    ld a0, 0(t1)
    MODE_M
    CHECK a0, 0xbbbb
    PTEAD vs_pt, 0, PTE_A       /* VS leaf: A */
    PTEAD g_l0, 1, PTE_A        /* G leaf of the data page: A */
    PTEAD g_l0, 3, AD           /* G leaf of the VS table: A and D */
    MODE_VS
    li t1, VA_PT
    sd t1, 0x10(t1)
    MODE_M
    PTEAD vs_pt, 0, AD
    PTEAD g_l0, 1, AD
    /* A VS page table that the G-stage maps read-only (vs_pt2): a walk
     * that must set A (a load) or D (a store) in it needs a G-stage store
     * permission, so it takes a guest-page fault for the original access
     * type, htval = the PTE's guest physical address >> 2, htinst =
     * 0x3020 (64-bit write pseudoinstruction, "used for the case that the
     * machine is attempting automatically to update bits A and/or D in
     * VS-level page tables"), and the PTE is not written.  QEMU 7.2
     * completes the access and writes A/D through the read-only mapping. */
    MODE_VS
    li t1, VA_PT2 + 0x1000      /* A and D already set: no write needed */
    ld a0, 0(t1)
    CHECK a0, 0xaaaa
    li t1, VA_PT2
    H_EXPECT 1f
    ld a0, 0(t1)
1:  GPF 1, M_VS, C_LOAD_GPF, VA_PT2, (GPA_4K + 0x5000) >> 2, 0x3020
    li t1, VA_PT2 + 0x2000 + 0x30
    H_EXPECT 1f
    sd a0, 0(t1)
1:  GPF 1, M_VS, C_STORE_GPF, VA_PT2 + 0x2030, (GPA_4K + 0x5000 + 16) >> 2, 0x3020
    li t1, VA_PT2 + 0x2000 + 0x38
    li a1, 3
    H_EXPECT 1f
    amoor.d a0, a1, (t1)
1:  GPF 1, M_VS, C_STORE_GPF, VA_PT2 + 0x2038, (GPA_4K + 0x5000 + 16) >> 2, 0x3020
    li t1, VA_PT2 + 0x2000 + 0x40
    ld a0, 0(t1)                /* a load through the A-only PTE is fine */
    CHECK a0, 0
    MODE_M
    PTEAD vs_pt2, 0, 0          /* not written */
    PTEAD vs_pt2, 2, PTE_A
    la t1, pg_a
    ld a0, 0x30(t1)
    CHECK a0, 0                 /* the store did not happen */
    ld a0, 0x38(t1)
    CHECK a0, 0
    /* In M (not delegated): mtval2/mtinst the same. */
    csrw medeleg, zero
    MODE_VS
    li t1, VA_PT2
    H_EXPECT 1f
    lw a0, 4(t1)
1:  GPF 3, M_VS, C_LOAD_GPF, VA_PT2 + 4, (GPA_4K + 0x5000) >> 2, 0x3020
    MODE_M
    csrw vsatp, zero
    csrw hgatp, zero
    hfence.gvma zero, zero
    hfence.vvma zero, zero
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
    .dword 0
    .balign 4096

    .bss
    .balign 16384
groot:   .space 16384
groot48: .space 16384
g_l1:    .space 4096
g_l0:    .space 4096
g48_l2:  .space 4096
g48_l2b: .space 4096
vs_root: .space 4096
vs_l1:   .space 4096
vs_pt:   .space 4096
vs_pt2:  .space 4096
pg_a:    .space 4096
pg_b:    .space 4096
