/*
 * h_ad: accessed and dirty bits at both translation stages (privileged
 * spec, "Virtual Address Translation Process" steps on A/D, and
 * "Hypervisor Extension": "Guest Physical Address Translation", "Transformed
 * Instruction or Pseudoinstruction for mtinst or htinst").  QEMU 7.2 sets
 * A and D in hardware, in the PTEs in memory, at both stages; so does
 * Hartsim (the menvcfg/henvcfg ADUE bits, bit 61, are set too in case
 * Svadu is implemented; QEMU 7.2 ignores them).
 *   - G-stage leaves (4 KiB and 2 MiB) get A on a load or fetch from VS
 *     and D on a store;
 *   - VS-stage leaves get A and D the same way, through two stages;
 *   - the G-stage leaf that maps a VS page table gets A when the walk
 *     reads it, and D when the walk writes A/D into it (the implicit
 *     access is a store at the G-stage);
 *   - a VS page table that the G-stage maps read-only: a walk that needs
 *     no A/D update works; one that must set A (load) or D (store) takes a
 *     guest-page fault for the original access type with htinst = 0x3020
 *     (the write pseudoinstruction) and htval = the PTE's address >> 2.
 * QEMU 7.2 departures (CHECK_ONEOF, see tests/README.md): it does not set
 * D in the G-stage leaf of a VS page table it updates, and it updates A/D
 * in a VS page table that the G-stage maps read-only.
 */
#include "h.h"

    .option norvc

#define GPA_4K   0x100200000
#define GPA_MP   0x100400000
#define HPA_MP   0x88200000
#define VA_PT    0x40200000     /* vs_l1[1]: the VS table vs_pt, via G */
#define VA_PT2   0x40400000     /* vs_l1[2]: vs_pt2, read-only at the G-stage */
#define PTE_URW  (PTE_V | PTE_R | PTE_W | PTE_U)
#define AD       (PTE_A | PTE_D)

/* PTEAD table, index, exp: check the A/D bits (0xc0) of table[index]. */
.macro PTEAD table, index, exp
    la t1, \table
    ld t1, (\index) * 8(t1)
    andi t1, t1, AD
    CHECK t1, \exp
.endm

TEST_BEGIN h_ad
    H_INIT
    csrw satp, zero
    csrw vsatp, zero
    li t0, 0x200000000
    csrw vsstatus, t0
    li t0, 1 << 61              /* ADUE, if Svadu is there */
    csrs menvcfg, t0
    csrs henvcfg, t0
    li t0, (1 << C_FETCH_GPF) | (1 << C_LOAD_GPF) | (1 << C_STORE_GPF)
    csrw medeleg, t0

    SECTION "building the tables (A = D = 0 where checked)"
    la t0, pg0
    li t1, 0x1010
    sd t1, 0(t0)
    la t0, pg1
    li t1, 0x2020
    sd t1, 0(t0)
    li t0, HPA_MP
    li t1, 0x3030
    sd t1, 0(t0)
    SETPTE groot, 0, 0, PTE_URWAD
    SETPTE groot, 2, 0x80000000, PTE_URWXAD
    SETPTE_TBL groot, 4, g_l1
    SETPTE_TBL g_l1, 1, g_l0
    SETPTE g_l1, 2, HPA_MP, PTE_URW                     /* 2 MiB */
    SETPTE_SYM g_l0, 0, pg0, PTE_URW
    SETPTE_SYM g_l0, 1, pg1, PTE_URW
    SETPTE_SYM g_l0, 2, vs_pt, PTE_URW                  /* a VS table */
    SETPTE_SYM g_l0, 3, vs_pt2, PTE_V | PTE_R | PTE_U | PTE_A   /* read-only */
    SETPTE_SYM g_l0, 4, xcode, PTE_URW | PTE_X
    SETPTE_SYM g_l0, 5, xcode, PTE_URW | PTE_X
    SETPTE_SYM g_l0, 6, pg0, PTE_URW
    SETPTE vs_root, 0, 0, PTE_RWAD
    SETPTE_TBL vs_root, 1, vs_l1
    SETPTE vs_root, 2, 0x80000000, PTE_RWXAD
    SETPTE vs_l1, 1, GPA_4K + 0x2000, PTE_V             /* vs_pt via G */
    SETPTE vs_l1, 2, GPA_4K + 0x3000, PTE_V             /* vs_pt2 via G */
    SETPTE vs_l1, 3, GPA_MP, PTE_V | PTE_R | PTE_W      /* VS 2 MiB leaf */
    SETPTE vs_pt, 0, GPA_4K + 0x1000, PTE_V | PTE_R | PTE_W
    SETPTE vs_pt, 1, GPA_4K + 0x4000, PTE_V | PTE_R | PTE_X
    SETPTE vs_pt, 2, GPA_4K + 0x1000, PTE_V | PTE_R | PTE_W | PTE_A
    SETPTE vs_pt, 3, GPA_4K + 0x6000, PTE_V | PTE_R | PTE_W
    SETPTE vs_pt2, 0, GPA_4K + 0x1000, PTE_V | PTE_R | PTE_W
    SETPTE vs_pt2, 1, GPA_4K + 0x1000, PTE_RWAD
    SETPTE vs_pt2, 2, GPA_4K + 0x1000, PTE_V | PTE_R | PTE_W | PTE_A
    la t0, groot
    srli t0, t0, 12
    li t1, HGATP_SV39X4 | HGATP_VMID(1)
    or t0, t0, t1
    csrw hgatp, t0
    hfence.gvma zero, zero
    hfence.vvma zero, zero

    SECTION "G-stage A/D (vsatp = Bare)"
    PTEAD g_l0, 0, 0
    MODE_VS
    li t1, GPA_4K
    ld a0, 0(t1)
    MODE_M
    CHECK a0, 0x1010
    PTEAD g_l0, 0, PTE_A
    MODE_VS
    li t1, GPA_4K
    sd t1, 8(t1)
    MODE_M
    PTEAD g_l0, 0, AD
    MODE_VS
    li t1, GPA_MP               /* 2 MiB leaf */
    ld a0, 0(t1)
    MODE_M
    CHECK a0, 0x3030
    PTEAD g_l1, 2, PTE_A
    MODE_VS
    li t1, GPA_MP + 0x2000
    sd t1, 0(t1)
    MODE_M
    PTEAD g_l1, 2, AD
    MODE_VS
    li t1, GPA_4K + 0x5000      /* fetch: A only */
    li a0, 0
    jalr ra, 0(t1)
    MODE_M
    CHECK a0, 0x77
    PTEAD g_l0, 5, PTE_A

    SECTION "VS-stage A/D through the G-stage"
    la t0, vs_root
    srli t0, t0, 12
    li t1, SATP_SV39
    or t0, t0, t1
    csrw vsatp, t0
    hfence.vvma zero, zero
    PTEAD vs_pt, 0, 0
    PTEAD g_l0, 1, 0
    PTEAD g_l0, 2, 0
    MODE_VS
    li t1, VA_PT
    ld a0, 0(t1)
    MODE_M
    CHECK a0, 0x2020
    PTEAD vs_pt, 0, PTE_A       /* VS leaf */
    PTEAD g_l0, 1, PTE_A        /* G leaf of the data page */
    /* The G leaf of the VS page table: A for the walk's read, and D for
     * its write of the VS PTE's A bit (an implicit store, "Guest Physical
     * Address Translation"); QEMU 7.2 translates that write as a load. */
    la t1, g_l0
    ld t1, 2 * 8(t1)
    andi t1, t1, AD
    CHECK_ONEOF t1, PTE_A, AD
    MODE_VS
    li t1, VA_PT
    sd t1, 0x10(t1)
    MODE_M
    PTEAD vs_pt, 0, AD
    PTEAD g_l0, 1, AD
    la t0, pg1
    ld a0, 0x10(t0)
    CHECK a0, VA_PT
    MODE_VS
    li t1, VA_PT + 0x2000       /* A already set: the store sets D */
    sd t1, 0x18(t1)
    MODE_M
    PTEAD vs_pt, 2, AD
    PTEAD g_l0, 4, 0
    PTEAD vs_pt, 1, 0
    MODE_VS
    li t1, VA_PT + 0x1000       /* fetch through both stages: A only */
    li a0, 0
    jalr ra, 0(t1)
    MODE_M
    CHECK a0, 0x77
    PTEAD vs_pt, 1, PTE_A
    PTEAD g_l0, 4, PTE_A
    PTEAD vs_pt, 3, 0           /* an AMO sets A and D at both stages */
    PTEAD g_l0, 6, 0
    MODE_VS
    li t1, VA_PT + 0x3000
    li a1, 5
    amoadd.d a0, a1, (t1)
    MODE_M
    CHECK a0, 0x1010
    PTEAD vs_pt, 3, AD
    PTEAD g_l0, 6, AD
    la t0, pg0
    ld a0, 0(t0)
    CHECK a0, 0x1015
    PTEAD vs_l1, 3, 0           /* a VS 2 MiB leaf */
    MODE_VS
    li t1, 0x40600000 + 0x1000
    ld a0, 0(t1)
    MODE_M
    PTEAD vs_l1, 3, PTE_A
    MODE_VS
    li t1, 0x40600000 + 0x3000
    sd t1, 0(t1)
    MODE_M
    PTEAD vs_l1, 3, AD
    li t0, HPA_MP + 0x3000
    ld a0, 0(t0)
    CHECK a0, 0x40603000

    SECTION "a VS page table mapped read-only at the G-stage"
    MODE_VS
    li t1, VA_PT2 + 0x1000      /* A and D already set: no write needed */
    ld a0, 0(t1)
    CHECK a0, 0x2020
    sd a0, 0x20(t1)
    la t2, pg1
    ld a1, 0x20(t2)
    CHECK a1, 0x2020
    /* A load that must set A in the VS PTE: the write is a store at the
     * G-stage, denied, so a load guest-page fault with htinst = 0x3020 and
     * htval = the PTE's guest physical address >> 2 ("Transformed
     * Instruction or Pseudoinstruction for mtinst or htinst").
     * 1 = the load completed (QEMU 7.2), 2 = that fault (spec). */
    li t1, VA_PT2
    li t3, C_LOAD_GPF
    li t4, (GPA_4K + 0x3000) >> 2
    jal ra, try_ld
    CHECK_ONEOF a0, 1, 2
    /* A store that must set D: a store guest-page fault, same values. */
    li t1, VA_PT2 + 0x2000
    li t3, C_STORE_GPF
    li t4, (GPA_4K + 0x3000 + 16) >> 2
    jal ra, try_sd
    CHECK_ONEOF a0, 1, 2
    MODE_M
    csrw vsatp, zero
    csrw hgatp, zero
    hfence.gvma zero, zero
    hfence.vvma zero, zero
    csrw medeleg, zero
TEST_END

/* try_ld / try_sd: access t1 in VS; a0 = 1 if it completed (a load must
 * read 0x2020), 2 if it took the guest-page fault t3 in HS with htinst =
 * 0x3020, htval = t4, stval = t1, GVA = 1; 9 otherwise. */
try_ld:
    mv s0, ra
    li a0, 9
    H_EXPECT 1f
    ld a1, 0(t1)
    li t2, 0x2020
    bne a1, t2, 2f
    li a0, 1
    j 2f
1:  jal ra, gpf_ok
2:  sd zero, FW_RESUME(gp)
    mv ra, s0
    ret
try_sd:
    mv s0, ra
    li a0, 9
    H_EXPECT 1f
    sd t1, 0(t1)
    li a0, 1
    j 2f
1:  jal ra, gpf_ok
2:  sd zero, FW_RESUME(gp)
    mv ra, s0
    ret
gpf_ok:
    li a0, 9
    ld t2, FW_TMODE(gp)
    li t5, 1
    bne t2, t5, 1f
    ld t2, FW_TCAUSE(gp)
    bne t2, t3, 1f
    ld t2, FW_TTVAL(gp)
    bne t2, t1, 1f
    la t5, __hrec
    ld t2, HR_TVAL2(t5)
    bne t2, t4, 1f
    ld t2, HR_TINST(t5)
    li t6, 0x3020
    bne t2, t6, 1f
    ld t2, HR_GVA(t5)
    li t6, 1
    bne t2, t6, 1f
    li a0, 2
1:  ret

    .balign 4096
xcode:
    li a0, 0x77
    ret
    .balign 4096

    .bss
    .balign 16384
groot:   .space 16384
g_l1:    .space 4096
g_l0:    .space 4096
vs_root: .space 4096
vs_l1:   .space 4096
vs_pt:   .space 4096
vs_pt2:  .space 4096
pg0:     .space 4096
pg1:     .space 4096
