/*
 * sv39: Sv39 address translation (privileged spec, "Sv39: Page-Based
 * 39-bit Virtual-Memory System", "Virtual Address Translation Process",
 * "Memory Privilege in mstatus Register" for MPRV/SUM/MXR).
 *   Mappings built at run time (PTE flags: V R W X U G A D):
 *     VA 0x0000_0000 + 1 GiB  -> PA 0 (RW gigapage: devices, for CHECK from S)
 *     VA 0x8000_0000 + 1 GiB  -> PA 0x8000_0000 (RWX gigapage: identity
 *                                for the image, so S code runs unchanged)
 *     VA 0xc000_0000 + 1 GiB  -> PA 0x8000_0000 (RW gigapage alias)
 *     VA 0x1_0000_0000        -> misaligned gigapage (PPN[1] != 0)
 *     VA 0xffff_ffc0_0000_0000-> PA 0x8000_0000 (upper-half canonical VA)
 *     VA 0x4000_0000 ...      -> 4 KiB pages with assorted permissions
 *     VA 0x4020_0000 + 2 MiB  -> PA 0x8040_0000 (megapage)
 *     VA 0x4040_0000          -> misaligned megapage (PPN[0] != 0)
 *   Checked:
 *   - loads/stores/fetches through each kind of page, R/W/X permission
 *     faults: fetch 12, load 13, store/AMO 15, with xtval = the faulting
 *     VA (page offset included) and xepc = the instruction (the target VA
 *     for a fetch fault);
 *   - invalid PTE, the reserved W-without-R encoding, a non-leaf PTE at
 *     level 0, misaligned super/gigapages, non-canonical VAs (bits 63:39
 *     not all equal to bit 38) all raise page faults;
 *   - U pages: S loads need SUM, S never executes them; U cannot touch
 *     S pages (load fault) or execute from them (fetch fault);
 *   - MXR makes execute-only pages readable;
 *   - MPRV: M-mode loads/stores translated and checked as MPP's mode;
 *     fetches are not affected;
 *   - A/D bits: QEMU 7.2 sets them in hardware, in the PTE in memory, on
 *     the first access (A) and the first store (D);
 *   - sfence.vma (all and by address) makes a changed PTE visible;
 *   - page faults delegated with medeleg go to S with scause/stval.
 */
#include "test.h"

    .option norvc

#define PTE_V 0x01
#define PTE_R 0x02
#define PTE_W 0x04
#define PTE_X 0x08
#define PTE_U 0x10
#define PTE_G 0x20
#define PTE_A 0x40
#define PTE_D 0x80
#define RWXAD (PTE_V | PTE_R | PTE_W | PTE_X | PTE_A | PTE_D)
#define RWAD  (PTE_V | PTE_R | PTE_W | PTE_A | PTE_D)

#define VA4K(i)   (0x40000000 + (i) * 0x1000)
#define SUPER_PA  0x80400000

/* SETPTE table, index, pa_expr(la-able symbol or value in a2), flags:
 * table[index] = PTE for a2 with flags.  Clobbers a0-a3, t0. */
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

/* EXPECT_AT va: the next trap resumes at the absolute address va (which
 * may be a virtual address only valid in the trapping mode). */
.macro EXPECT_AT va
    li t0, \va
    sd t0, FW_RESUME(gp)
    li t0, -1
    sd t0, FW_TCAUSE(gp)
    sd t0, FW_TTVAL(gp)
    sd t0, FW_TEPC(gp)
.endm

/* LDFAULT va, cause: load from va must raise cause with tval = va. */
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
/* FETCHFAULT va: jumping to va must raise a fetch page fault at va. */
.macro FETCHFAULT va
    li t1, \va
    EXPECT_TRAP 1f
    jalr ra, 0(t1)
1:  CHECK_TRAP 12, \va
    CHECKFW FW_TEPC, \va
.endm
/* LDOK va, exp: load from va gives exp. */
.macro LDOK va, exp
    li t1, \va
    ld a0, 0(t1)
    CHECK a0, \exp
.endm

TEST_BEGIN sv39
    SECTION "building the page tables"
    /* Markers, written through physical addresses in M-mode. */
    la t0, pg0
    li t1, 0x1111
    sd t1, 0(t0)
    la t0, pg1
    li t1, 0x2222
    sd t1, 0(t0)
    la t0, pg2
    li t1, 0x3333
    sd t1, 0(t0)
    la t0, pg3
    li t1, 0x4444
    sd t1, 0(t0)
    li t0, SUPER_PA
    li t1, 0x5555
    sd t1, 0(t0)
    li t2, 0x1ff008
    add t0, t0, t2
    li t1, 0x5556
    sd t1, 0(t0)
    /* Root table. */
    SETPTE_PA root, 0, 0, RWAD
    SETPTE_PA root, 2, 0x80000000, RWXAD
    SETPTE_PA root, 3, 0x80000000, RWAD
    SETPTE_PA root, 4, 0x80200000, RWAD               /* misaligned gigapage */
    SETPTE_PA root, 256, 0x80000000, RWAD
    SETPTE_SYM root, 1, l1, PTE_V                     /* non-leaf */
    SETPTE_SYM l1, 0, l0, PTE_V
    SETPTE_PA l1, 1, SUPER_PA, RWAD                   /* megapage */
    SETPTE_PA l1, 2, SUPER_PA + 0x1000, RWAD          /* misaligned megapage */
    SETPTE_SYM l0, 0, pg0, PTE_V | PTE_R | PTE_W | PTE_A | PTE_D
    SETPTE_SYM l0, 1, pg1, PTE_V | PTE_R | PTE_A
    SETPTE_SYM l0, 2, pg2, PTE_V | PTE_R | PTE_W | PTE_U | PTE_A | PTE_D
    SETPTE_SYM l0, 3, pg3, PTE_V | PTE_X | PTE_A      /* execute-only */
    SETPTE_SYM l0, 4, ucode, PTE_V | PTE_R | PTE_X | PTE_U | PTE_A
    SETPTE_SYM l0, 5, pg0, PTE_V | PTE_R | PTE_W      /* A = D = 0 */
    SETPTE_SYM l0, 6, pg0, 0                          /* invalid */
    SETPTE_SYM l0, 7, pg0, PTE_V | PTE_W | PTE_A | PTE_D   /* W without R */
    SETPTE_SYM l0, 9, pg1, PTE_V | PTE_R | PTE_W | PTE_A   /* D = 0 */
    SETPTE_SYM l0, 10, pg0, PTE_V                     /* non-leaf at level 0 */
    SETPTE_SYM l0, 11, scode, PTE_V | PTE_R | PTE_X | PTE_A
    la t0, root
    srli t0, t0, 12
    li t1, 8 << 60              /* MODE = Sv39, ASID = 0 */
    or t0, t0, t1
    csrw satp, t0
    sfence.vma
    csrr a0, satp
    srli a0, a0, 60
    CHECK a0, 8

    SECTION "S-mode: permissions and faults on 4 KiB pages"
    MODE_S
    LDOK VA4K(0), 0x1111
    LDOK VA4K(1), 0x2222
    LDOK 0x80000000 - 0x80000000 + VA4K(9), 0x2222
    STFAULT VA4K(1) + 8, 15                 /* read-only */
    li t1, VA4K(1) + 16
    EXPECT_TRAP 1f
    amoadd.d a0, t1, (t1)                   /* AMO on a read-only page */
1:  CHECK_TRAP 15, VA4K(1) + 16
    LDFAULT VA4K(6) + 0x10, 13              /* invalid PTE */
    STFAULT VA4K(6) + 0x18, 15
    LDFAULT VA4K(7), 13                     /* W without R: reserved */
    STFAULT VA4K(7) + 8, 15
    LDFAULT VA4K(10) + 0xff8, 13            /* non-leaf PTE at level 0 */
    LDFAULT VA4K(12), 13                    /* beyond the mapped l0 entries */
    FETCHFAULT VA4K(0)                      /* no X */
    FETCHFAULT VA4K(1) + 4

    SECTION "S-mode: executing through an alias"
    li t1, VA4K(11)
    li a0, 0
    jalr ra, 0(t1)
    CHECK a0, 0x77

    SECTION "SUM and U pages"
    LDFAULT VA4K(2), 13                     /* U page, SUM = 0 */
    STFAULT VA4K(2) + 8, 15
    li t0, MSTATUS_SUM
    csrs sstatus, t0
    LDOK VA4K(2), 0x3333
    li t1, VA4K(2) + 8
    li t2, 0x3334
    sd t2, 0(t1)
    ld a0, 0(t1)
    CHECK a0, 0x3334
    FETCHFAULT VA4K(4)                      /* S never executes U pages */
    li t0, MSTATUS_SUM
    csrc sstatus, t0

    SECTION "MXR"
    LDFAULT VA4K(3), 13                     /* execute-only */
    li t0, MSTATUS_MXR
    csrs sstatus, t0
    LDOK VA4K(3), 0x4444
    STFAULT VA4K(3) + 8, 15                 /* MXR grants reads only */
    li t0, MSTATUS_MXR
    csrc sstatus, t0

    SECTION "megapages and gigapages"
    LDOK 0x40200000, 0x5555
    LDOK 0x40200000 + 0x1ff008, 0x5556
    LDFAULT 0x40400000, 13                  /* misaligned megapage */
    STFAULT 0x40400008, 15
    la t1, marker
    li t2, 0x40000000
    add t1, t1, t2                          /* marker's alias at 0xc000_0000 + */
    ld a0, 0(t1)
    CHECK a0, 0x600dc0de
    LDFAULT 0x100000000, 13                 /* misaligned gigapage */
    la t1, marker
    li t2, 0xffffffc000000000 - 0x80000000
    add t1, t1, t2
    ld a0, 0(t1)                            /* upper-half canonical address */
    CHECK a0, 0x600dc0de

    SECTION "non-canonical virtual addresses"
    LDFAULT 0x0000004000000000, 13          /* bit 38 set, 63:39 clear */
    STFAULT 0x0000004000000008, 15
    LDFAULT 0xffffff8000000000, 13          /* bit 38 clear, 63:39 set */
    LDFAULT 0x8000000080000000, 13          /* only bit 63 wrong */
    FETCHFAULT 0x0000008080000000

    SECTION "A and D bits are set by the hardware"
    la t2, l0
    ld a0, 5*8(t2)
    andi a0, a0, PTE_A | PTE_D
    CHECK a0, 0
    LDOK VA4K(5), 0x1111
    ld a0, 5*8(t2)
    andi a0, a0, PTE_A | PTE_D
    CHECK a0, PTE_A
    li t1, VA4K(5) + 16
    sd t1, 0(t1)
    ld a0, 5*8(t2)
    andi a0, a0, PTE_A | PTE_D
    CHECK a0, PTE_A | PTE_D
    ld a0, 9*8(t2)
    andi a0, a0, PTE_A | PTE_D
    CHECK a0, PTE_A
    li t1, VA4K(9) + 24
    sd t1, 0(t1)
    ld a0, 9*8(t2)
    andi a0, a0, PTE_A | PTE_D
    CHECK a0, PTE_A | PTE_D

    SECTION "sfence.vma"
    la t2, l0
    ld s0, 0(t2)                /* PTE 0: pg0 */
    ld s1, 1*8(t2)              /* PTE 1: pg1, read-only */
    ori s2, s1, PTE_W | PTE_D
    sd s2, 0(t2)                /* VA 0 now maps pg1 */
    sfence.vma
    LDOK VA4K(0), 0x2222
    sd s0, 0(t2)
    li t1, VA4K(0)
    sfence.vma t1, zero         /* by address */
    LDOK VA4K(0), 0x1111
    MODE_M

    SECTION "U-mode on paged memory"
    li t0, MSTATUS_MPP
    csrc mstatus, t0            /* MPP = U */
    li t0, VA4K(4)
    csrw mepc, t0
    li a1, VA4K(2)              /* U page */
    li a3, VA4K(0)              /* S page */
    li a0, 0
    EXPECT_TRAP_M 1f
    mret                        /* ucode: ld a0, 0(a1); ld a2, 0(a3) */
1:  CHECK a0, 0x3333
    CHECK_TRAP 13, VA4K(0)
    CHECKFW FW_TEPC, VA4K(4) + 4
    /* U fetch from an S page. */
    li t0, VA4K(11)
    csrw mepc, t0
    EXPECT_TRAP_M 1f
    mret
1:  CHECK_TRAP 12, VA4K(11)
    /* U access to a U page with the page offset in tval. */
    li t0, VA4K(4) + 8          /* ucode + 8: sd a1, 0(a3) */
    csrw mepc, t0
    li a3, VA4K(1) + 0x7f8      /* no U: store fault */
    EXPECT_TRAP_M 1f
    mret
1:  CHECK_TRAP 15, VA4K(1) + 0x7f8

    SECTION "MPRV: M-mode data accesses translated as MPP"
    li t0, MSTATUS_MPP
    csrc mstatus, t0
    li t0, MSTATUS_MPP_S | MSTATUS_MPRV
    csrs mstatus, t0
    li t1, VA4K(1)
    ld a0, 0(t1)                /* as S: translated */
    li t0, MSTATUS_MPRV
    csrc mstatus, t0
    CHECK a0, 0x2222
    li t0, MSTATUS_MPP
    csrc mstatus, t0            /* MPP = U */
    /* Armed before MPRV is set: the macro's own stores to the __fw block
     * would otherwise be done as U-mode accesses to an S page. */
    EXPECT_TRAP 1f
    li t0, MSTATUS_MPRV
    csrs mstatus, t0
    li t1, VA4K(2)
    ld a0, 0(t1)                /* as U: a U page */
    li t1, VA4K(0)
    ld a2, 0(t1)                /* as U: an S page faults */
1:  li t0, MSTATUS_MPRV
    csrc mstatus, t0
    CHECK a0, 0x3333
    CHECK_TRAP 13, VA4K(0)
    /* Without MPRV, M-mode ignores satp. */
    la t1, pg2
    ld a0, 0(t1)
    CHECK a0, 0x3333

    SECTION "page faults delegated to S"
    la t0, __strap
    csrw stvec, t0
    li t0, (1 << 12) | (1 << 13) | (1 << 15)
    csrw medeleg, t0
    MODE_S
    li t1, VA4K(6) + 0x20
    EXPECT_TRAP 1f
    ld a0, 0(t1)
1:  CHECKFW FW_TMODE, 1
    CHECK_TRAP 13, VA4K(6) + 0x20
    csrr a0, scause
    CHECK a0, 13
    csrr a0, stval
    CHECK a0, VA4K(6) + 0x20
    li t1, VA4K(1) + 0x28
    EXPECT_TRAP 1f
    sw a0, 0(t1)
1:  CHECKFW FW_TMODE, 1
    CHECK_TRAP 15, VA4K(1) + 0x28
    li t1, VA4K(0) + 0x30
    EXPECT_TRAP 1f
    jalr ra, 0(t1)
1:  CHECKFW FW_TMODE, 1
    CHECK_TRAP 12, VA4K(0) + 0x30
    MODE_M
    csrw medeleg, zero
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

/* Code pages mapped at other virtual addresses: position-independent. */
    .balign 4096
ucode:
    ld a0, 0(a1)                /* VA4K(4) + 0 */
    ld a2, 0(a3)                /* VA4K(4) + 4 */
    sd a1, 0(a3)                /* VA4K(4) + 8 */
    ecall                       /* only reached if no fault came: the armed
                                   EXPECT_TRAP_M then fails the checks */
    .balign 4096
scode:
    li a0, 0x77
    ret
    .balign 4096

    .data
    .balign 8
marker:
    .dword 0x600dc0de

    .bss
    .balign 4096
root: .space 4096
l1:   .space 4096
l0:   .space 4096
pg0:  .space 4096
pg1:  .space 4096
pg2:  .space 4096
pg3:  .space 4096
