/*
 * sv48: Sv48 address translation, four levels (privileged spec, "Sv48:
 * Page-Based 48-bit Virtual-Memory System").  Mappings:
 *   VA 0 + 512 GiB               -> PA 0 (RWX terapage: identity for the
 *                                   image and the devices)
 *   VA 0x80_0000_0000 + 1 GiB    -> PA 0x8000_0000 (gigapage, level 2)
 *   VA 0x80_4000_0000 + 2 MiB    -> PA 0x8040_0000 (megapage, level 1)
 *   VA 0x80_4020_0000 ...        -> 4 KiB pages (level 0)
 *   VA 0x80_4040_0000            -> misaligned megapage
 *   VA 0x80_8000_0000            -> misaligned gigapage
 *   VA 0x100_0000_0000           -> misaligned terapage
 *   VA 0xffff_ff80_0000_0000 ... -> the same level-2 table (upper half)
 * Checked: each page size translates, including a full four-level walk;
 * misaligned superpages at every level fault; VAs whose bits 63:48 differ
 * from bit 47 fault; a VA that is canonical for Sv48 but not for Sv39
 * (0x40_0000_0000) translates (through the terapage) to a PA with nothing
 * behind it and so gets an access fault (cause 5) rather than a page fault,
 * with mtval = the VA; permissions, SUM and A/D updates at level 0; the
 * faulting VA in mtval for each fault.
 */
#include "test.h"

    .option norvc

#define PTE_V 0x01
#define PTE_R 0x02
#define PTE_W 0x04
#define PTE_X 0x08
#define PTE_U 0x10
#define PTE_A 0x40
#define PTE_D 0x80
#define RWXAD (PTE_V | PTE_R | PTE_W | PTE_X | PTE_A | PTE_D)
#define RWAD  (PTE_V | PTE_R | PTE_W | PTE_A | PTE_D)

#define GIGA_VA   0x8000000000
#define MEGA_VA   0x8040000000
#define PAGE_VA   0x8040200000
#define SUPER_PA  0x80400000

.macro SETPTE_SYM table, index, sym, flags
    la a0, \table
    li a1, \index
    la a2, \sym
    li a3, \flags
    call setpte
.endm
.macro SETPTE_PA table, index, pa, flags
    la a0, \table
    li a1, \index
    li a2, \pa
    li a3, \flags
    call setpte
.endm
.macro LDFAULT va, cause
    li t1, \va
    EXPECT_TRAP 1f
    ld a0, 0(t1)
1:  CHECK_TRAP \cause, \va
.endm
.macro STFAULT va, cause
    li t1, \va
    EXPECT_TRAP 1f
    sd t1, 0(t1)
1:  CHECK_TRAP \cause, \va
.endm
.macro LDOK va, exp
    li t1, \va
    ld a0, 0(t1)
    CHECK a0, \exp
.endm

TEST_BEGIN sv48
    SECTION "building the page tables"
    la t0, pg0
    li t1, 0x1111
    sd t1, 0(t0)
    la t0, pg1
    li t1, 0x2222
    sd t1, 0(t0)
    la t0, pg2
    li t1, 0x3333
    sd t1, 0(t0)
    li t0, SUPER_PA
    li t1, 0x5555
    sd t1, 0(t0)
    SETPTE_PA l3, 0, 0, RWXAD                         /* terapage */
    SETPTE_SYM l3, 1, l2, PTE_V
    SETPTE_PA l3, 2, 0x40000000, RWAD                 /* misaligned terapage */
    SETPTE_SYM l3, 511, l2, PTE_V                     /* upper half */
    SETPTE_PA l2, 0, 0x80000000, RWAD                 /* gigapage */
    SETPTE_SYM l2, 1, l1, PTE_V
    SETPTE_PA l2, 2, 0x80001000, RWAD                 /* misaligned gigapage */
    SETPTE_PA l1, 0, SUPER_PA, RWAD                   /* megapage */
    SETPTE_SYM l1, 1, l0, PTE_V
    SETPTE_PA l1, 2, SUPER_PA + 0x3000, RWAD          /* misaligned megapage */
    SETPTE_SYM l0, 0, pg0, PTE_V | PTE_R | PTE_W      /* A = D = 0 */
    SETPTE_SYM l0, 1, pg1, PTE_V | PTE_R | PTE_A
    SETPTE_SYM l0, 2, pg2, PTE_V | PTE_R | PTE_W | PTE_U | PTE_A | PTE_D
    la t0, l3
    srli t0, t0, 12
    li t1, 9 << 60              /* MODE = Sv48 */
    or t0, t0, t1
    csrw satp, t0
    sfence.vma
    csrr a0, satp
    srli a0, a0, 60
    CHECK a0, 9
    MODE_S

    SECTION "each level"
    la t1, marker
    li t2, GIGA_VA - 0x80000000
    add t1, t1, t2
    ld a0, 0(t1)                /* through the gigapage */
    CHECK a0, 0x600dc0de
    LDOK MEGA_VA, 0x5555
    LDOK PAGE_VA + 0x1000, 0x2222
    la t1, marker
    li t2, 0xffffff8000000000 - 0x80000000
    add t1, t1, t2
    ld a0, 0(t1)                /* upper-half canonical VA */
    CHECK a0, 0x600dc0de

    SECTION "misaligned superpages"
    LDFAULT MEGA_VA + 0x400000, 13          /* l1[2] */
    LDFAULT 0x8080000000, 13                /* l2[2] */
    STFAULT 0x10000000000 + 0x18, 15        /* l3[2] */

    SECTION "canonical and non-canonical addresses"
    LDFAULT 0x0000800000000000, 13          /* bit 47 set, 63:48 clear */
    LDFAULT 0xffff000000000000, 13          /* bit 47 clear, 63:48 set */
    STFAULT 0x7fff800000000000, 15
    /* Canonical for Sv48, not for Sv39: translated, but no memory there. */
    LDFAULT 0x0000004000000000, 5
    STFAULT 0x0000004000000040, 7
    LDFAULT PAGE_VA + 0x3000, 13            /* unmapped 4 KiB page */

    SECTION "permissions, SUM, A/D at level 0"
    STFAULT PAGE_VA + 0x1008, 15            /* read-only */
    LDFAULT PAGE_VA + 0x2000, 13            /* U page from S, SUM = 0 */
    li t0, MSTATUS_SUM
    csrs sstatus, t0
    LDOK PAGE_VA + 0x2000, 0x3333
    li t0, MSTATUS_SUM
    csrc sstatus, t0
    la t2, l0
    ld a0, 0(t2)
    andi a0, a0, PTE_A | PTE_D
    CHECK a0, 0
    LDOK PAGE_VA, 0x1111
    ld a0, 0(t2)
    andi a0, a0, PTE_A | PTE_D
    CHECK a0, PTE_A
    li t1, PAGE_VA + 0x10
    sd t1, 0(t1)
    ld a0, 0(t2)
    andi a0, a0, PTE_A | PTE_D
    CHECK a0, PTE_A | PTE_D
    la t1, pg0
    ld a0, 0x10(t1)             /* the store landed in pg0 */
    li t2, PAGE_VA + 0x10
    sub a0, a0, t2
    CHECK a0, 0
    MODE_M
    csrw satp, zero
    sfence.vma
TEST_END

/* setpte: a0[a1] = ((a2 >> 12) << 10) | a3.  Clobbers t0. */
setpte:
    srli t0, a2, 12
    slli t0, t0, 10
    or t0, t0, a3
    slli a1, a1, 3
    add a0, a0, a1
    sd t0, 0(a0)
    ret

    .data
    .balign 8
marker:
    .dword 0x600dc0de

    .bss
    .balign 4096
l3:  .space 4096
l2:  .space 4096
l1:  .space 4096
l0:  .space 4096
pg0: .space 4096
pg1: .space 4096
pg2: .space 4096
