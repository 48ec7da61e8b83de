/*
 * h_hfence: HFENCE.VVMA, HFENCE.GVMA and SFENCE.VMA with V = 1 make page
 * table changes visible (privileged spec, "Hypervisor Memory-Management
 * Fence Instructions", "Memory-Management Fences", "Hypervisor Guest
 * Address Translation and Protection Register").
 *   Each case: an access that may fill a TLB entry, a change of a G-stage
 *   or VS-stage PTE, maybe an access that may see either translation (its
 *   value is not checked: stale or fresh are both legal), the fence, and
 *   an access that must see the new translation.
 *   - HFENCE.GVMA: all; by guest physical address (>> 2); by address and
 *     VMID; by VMID; from M and from HS;
 *   - HFENCE.VVMA: all; by guest virtual address; by ASID; by address and
 *     ASID; from M and from HS; and for HLV from HS;
 *   - SFENCE.VMA in VS after the guest changes its own PTE: all, by
 *     address, by address and ASID;
 *   - without any fence, switching hgatp between two VMIDs and vsatp
 *     between two ASIDs whose tables did not change since the last fence
 *     gives each its own translation (the TLB is tagged, or flushed).
 */
#include "h.h"

    .option norvc

#define GPA_4K 0x100200000
#define VA0    0x40200000       /* vs_l0[0] */
#define VMID1  1
#define VMID2  2
#define ASID1  5
#define ASID2  6

/* In VS: a0 = *VA0. */
.macro RD_VA0
    li t1, VA0
    ld a0, 0(t1)
.endm
/* In M: table[index] = PTE(sym) with flags. */
.macro SETG table, index, sym, flags
    SETPTE_SYM \table, \index, \sym, \flags
.endm
/* VS_READ exp: go to VS, read VA0, come back to M, check it. */
.macro VS_READ exp
    MODE_VS
    RD_VA0
    MODE_M
    CHECK a0, \exp
.endm
/* VS_TOUCH: go to VS and read VA0 (stale or fresh: not checked). */
.macro VS_TOUCH
    MODE_VS
    RD_VA0
    MODE_M
.endm

TEST_BEGIN h_hfence
    H_INIT
    csrw satp, zero
    li t0, 0x200000000
    csrw vsstatus, t0
    la t0, pg_a
    li t1, 0xa
    sd t1, 0(t0)
    la t0, pg_b
    li t1, 0xb
    sd t1, 0(t0)
    la t0, pg_c
    li t1, 0xc
    sd t1, 0(t0)
    /* G-stage tables for VMID1 (groot) and VMID2 (groot2). */
    SETPTE groot, 0, 0, PTE_URWAD
    SETPTE groot, 2, 0x80000000, PTE_URWXAD
    SETPTE_TBL groot, 4, g_l1
    SETPTE_TBL g_l1, 1, g_l0
    SETG g_l0, 0, pg_a, PTE_URWAD
    SETG g_l0, 1, pg_c, PTE_URWAD
    SETPTE groot2, 0, 0, PTE_URWAD
    SETPTE groot2, 2, 0x80000000, PTE_URWXAD
    SETPTE_TBL groot2, 4, g2_l1
    SETPTE_TBL g2_l1, 1, g2_l0
    SETG g2_l0, 0, pg_b, PTE_URWAD
    SETG g2_l0, 1, pg_c, PTE_URWAD
    /* VS tables for ASID1 (vs_root) and ASID2 (vs_root2). */
    SETPTE vs_root, 0, 0, PTE_RWAD
    SETPTE_TBL vs_root, 1, vs_l1
    SETPTE vs_root, 2, 0x80000000, PTE_RWXAD
    SETPTE_TBL vs_l1, 1, vs_l0
    SETPTE vs_l0, 0, GPA_4K, PTE_RWAD
    SETPTE vs_root2, 0, 0, PTE_RWAD
    SETPTE_TBL vs_root2, 1, vs_l1b
    SETPTE vs_root2, 2, 0x80000000, PTE_RWXAD
    SETPTE_TBL vs_l1b, 1, vs_l0b
    SETPTE vs_l0b, 0, GPA_4K + 0x1000, PTE_RWAD
    jal ra, use_vmid1
    jal ra, use_asid1
    hfence.gvma zero, zero
    hfence.vvma zero, zero

    SECTION "HFENCE.GVMA from M"
    VS_READ 0xa
    SETG g_l0, 0, pg_b, PTE_URWAD
    VS_TOUCH
    hfence.gvma zero, zero
    VS_READ 0xb
    SETG g_l0, 0, pg_c, PTE_URWAD
    VS_TOUCH
    li t0, GPA_4K >> 2
    hfence.gvma t0, zero
    VS_READ 0xc
    SETG g_l0, 0, pg_a, PTE_URWAD
    li t0, GPA_4K >> 2
    li t1, VMID1
    hfence.gvma t0, t1
    VS_READ 0xa
    SETG g_l0, 0, pg_b, PTE_URWAD
    VS_TOUCH
    li t1, VMID1
    hfence.gvma zero, t1
    VS_READ 0xb

    SECTION "HFENCE.GVMA from HS"
    SETG g_l0, 0, pg_a, PTE_URWAD
    VS_TOUCH
    MODE_HS
    li t0, (GPA_4K + 0x123) >> 2    /* any address within the page */
    hfence.gvma t0, zero
    MODE_M
    VS_READ 0xa
    SETG g_l0, 0, pg_c, PTE_URWAD
    MODE_HS
    hfence.gvma zero, zero
    MODE_M
    VS_READ 0xc

    SECTION "HFENCE.VVMA from M and HS"
    SETG g_l0, 0, pg_a, PTE_URWAD
    hfence.gvma zero, zero
    VS_READ 0xa
    SETPTE vs_l0, 0, GPA_4K + 0x1000, PTE_RWAD     /* -> pg_c */
    VS_TOUCH
    hfence.vvma zero, zero
    VS_READ 0xc
    SETPTE vs_l0, 0, GPA_4K, PTE_RWAD              /* -> pg_a */
    VS_TOUCH
    li t0, VA0
    hfence.vvma t0, zero
    VS_READ 0xa
    SETPTE vs_l0, 0, GPA_4K + 0x1000, PTE_RWAD
    VS_TOUCH
    li t1, ASID1
    hfence.vvma zero, t1
    VS_READ 0xc
    SETPTE vs_l0, 0, GPA_4K, PTE_RWAD
    VS_TOUCH
    li t0, VA0 + 0x800
    li t1, ASID1
    hfence.vvma t0, t1
    VS_READ 0xa
    SETPTE vs_l0, 0, GPA_4K + 0x1000, PTE_RWAD
    VS_TOUCH
    MODE_HS
    li t0, VA0
    li t1, ASID1
    hfence.vvma t0, t1
    MODE_M
    VS_READ 0xc
    SETPTE vs_l0, 0, GPA_4K, PTE_RWAD
    MODE_HS
    hfence.vvma zero, zero
    MODE_M
    VS_READ 0xa

    SECTION "SFENCE.VMA in VS after the guest changes its PTE"
    MODE_VS
    RD_VA0
    CHECK a0, 0xa
    la t2, vs_l0                /* the guest writes its own table */
    li t3, ((GPA_4K + 0x1000) >> 12 << 10) | PTE_RWAD
    sd t3, 0(t2)
    RD_VA0                      /* stale or fresh */
    sfence.vma
    RD_VA0
    CHECK a0, 0xc
    li t3, ((GPA_4K) >> 12 << 10) | PTE_RWAD
    sd t3, 0(t2)
    RD_VA0
    li t0, VA0
    sfence.vma t0, zero
    RD_VA0
    CHECK a0, 0xa
    li t3, ((GPA_4K + 0x1000) >> 12 << 10) | PTE_RWAD
    sd t3, 0(t2)
    RD_VA0
    li t0, VA0
    li t1, ASID1
    sfence.vma t0, t1
    RD_VA0
    CHECK a0, 0xc
    li t3, ((GPA_4K) >> 12 << 10) | PTE_RWAD
    sd t3, 0(t2)
    li t1, ASID1
    sfence.vma zero, t1
    RD_VA0
    CHECK a0, 0xa
    MODE_M

    SECTION "HLV from HS after HFENCE.VVMA / GVMA"
    li t0, HSTATUS_SPVP
    csrw hstatus, t0
    MODE_HS
    li t1, VA0
    hlv.d a0, (t1)
    CHECK a0, 0xa
    la t2, vs_l0
    li t3, ((GPA_4K + 0x1000) >> 12 << 10) | PTE_RWAD
    sd t3, 0(t2)
    hlv.d a0, (t1)
    hfence.vvma t1, zero
    hlv.d a0, (t1)
    CHECK a0, 0xc
    la t2, g_l0                 /* G-stage: GPA_4K + 0x1000 -> pg_b */
    la t3, pg_b
    srli t3, t3, 12
    slli t3, t3, 10
    ori t3, t3, PTE_URWAD
    sd t3, 8(t2)
    hlv.d a0, (t1)
    li t4, (GPA_4K + 0x1000) >> 2
    hfence.gvma t4, zero
    hlv.d a0, (t1)
    CHECK a0, 0xb
    MODE_M
    SETG g_l0, 1, pg_c, PTE_URWAD
    SETPTE vs_l0, 0, GPA_4K, PTE_RWAD
    hfence.gvma zero, zero
    hfence.vvma zero, zero
    csrw hstatus, zero

    SECTION "switching VMID and ASID without fences"
    VS_READ 0xa
    jal ra, use_vmid2           /* groot2: GPA_4K -> pg_b */
    VS_READ 0xb
    jal ra, use_vmid1
    VS_READ 0xa
    jal ra, use_vmid2
    VS_READ 0xb
    jal ra, use_vmid1
    jal ra, use_asid2           /* vs_root2: VA0 -> GPA_4K + 0x1000 */
    VS_READ 0xc
    jal ra, use_asid1
    VS_READ 0xa
    /* The guest switches address spaces itself. */
    MODE_VS
    RD_VA0
    mv s1, a0
    la t0, vs_root2
    srli t0, t0, 12
    li t1, SATP_SV39 | (ASID2 << 44)
    or t0, t0, t1
    csrw satp, t0
    RD_VA0
    mv s2, a0
    la t0, vs_root
    srli t0, t0, 12
    li t1, SATP_SV39 | (ASID1 << 44)
    or t0, t0, t1
    csrw satp, t0
    RD_VA0
    mv s3, a0
    MODE_M
    CHECK s1, 0xa
    CHECK s2, 0xc
    CHECK s3, 0xa
    /* VMID2 with ASID2: GPA_4K + 0x1000 -> pg_c through groot2 too. */
    jal ra, use_vmid2
    jal ra, use_asid2
    VS_READ 0xc
    jal ra, use_asid1
    VS_READ 0xb
    csrw hgatp, zero
    csrw vsatp, zero
    hfence.gvma zero, zero
    hfence.vvma zero, zero
TEST_END

use_vmid1:
    la t0, groot
    srli t0, t0, 12
    li t1, HGATP_SV39X4 | HGATP_VMID(VMID1)
    or t0, t0, t1
    csrw hgatp, t0
    ret
use_vmid2:
    la t0, groot2
    srli t0, t0, 12
    li t1, HGATP_SV39X4 | HGATP_VMID(VMID2)
    or t0, t0, t1
    csrw hgatp, t0
    ret
use_asid1:
    la t0, vs_root
    srli t0, t0, 12
    li t1, SATP_SV39 | (ASID1 << 44)
    or t0, t0, t1
    csrw vsatp, t0
    ret
use_asid2:
    la t0, vs_root2
    srli t0, t0, 12
    li t1, SATP_SV39 | (ASID2 << 44)
    or t0, t0, t1
    csrw vsatp, t0
    ret

    .bss
    .balign 16384
groot:    .space 16384
groot2:   .space 16384
g_l1:     .space 4096
g_l0:     .space 4096
g2_l1:    .space 4096
g2_l0:    .space 4096
vs_root:  .space 4096
vs_l1:    .space 4096
vs_l0:    .space 4096
vs_root2: .space 4096
vs_l1b:   .space 4096
vs_l0b:   .space 4096
pg_a:     .space 4096
pg_b:     .space 4096
pg_c:     .space 4096
