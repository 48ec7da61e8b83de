/*
 * warl: what the WARL/WLRL CSR fields of the rv64 hart read back after
 * writes of all ones and of interesting values (privileged spec, "CSR
 * Field Specifications": WARL fields accept any write and read back a
 * legal value; which one is the implementation's choice, so where the spec
 * leaves the choice open these are QEMU 7.2's choices, measured, which
 * Hartsim reproduces).  Each CSR is restored afterwards.
 *
 * Where QEMU 7.2 departs from the spec and Hartsim follows the spec, the
 * check accepts both values (CHECK_ONEOF: QEMU's value first, and that is
 * what the signature records, so both emulators print the same); the exact
 * spec checks are in spec/csr.S.  Values that depend on the H extension
 * (QEMU's default CPU has it, Hartsim does not yet) are masked out of the
 * compared values; they belong to the H-extension tests of a later issue
 * (images/tests/h/): misa.H (bit 7), mstatus.GVA/MPV (bits 38, 39),
 * medeleg bits 10 and 20-23, and the VS-level interrupt bits 2, 6, 10 and
 * SGEI 12 of mideleg/mie/mip/sie/sip (QEMU shows VS bits in mideleg/mie
 * even with h=false; with H it forces mideleg's 0x1444 to one).
 *
 * Read-backs recorded here (H bits masked):
 *   mstatus  <- ~0: 0x8000000a007e7faa per spec.  Writable: SIE MIE SPIE
 *            MPIE SPP VS MPP FS MPRV SUM MXR TVM TW TSR; SD reflects FS/VS
 *            = Dirty; UXL = SXL = 2 read-only; UBE/SBE/MBE are 0.
 *            QEMU 7.2: UXL is written when the written UXL field is
 *            non-zero, and then takes the value as is, even the reserved 3
 *            (0x8000000b007e7faa); writing 0 leaves it alone.  The spec
 *            (3.1.6.3, "Base ISA Control in mstatus Register") makes UXL a
 *            WARL field; 3 is reserved, and this hart is RV64 only, so it
 *            reads 2: both accepted.
 *   misa     read-only: 0x800000000014112d (RV64 ACDFIMSU) whatever is
 *            written.
 *   mtvec/stvec: modes 0 and 1 are accepted with any 4-byte-aligned base;
 *            a write with mode 2 or 3 is ignored entirely.
 *   medeleg  <- ~0: 0xbbff (bits 0-9, 11-13, 15: QEMU even lets
 *            ecall-from-M, bit 11, be set).
 *   mideleg  <- ~0: 0x2222 (SSI STI SEI LCOFI); <- 0: 0.
 *   mie      <- ~0: 0x2aaa.   mip <- ~0: 0x2222 (with MTIP clear).
 *   sie/sip  with mideleg = ~0: sie <- ~0: 0x2222; sip <- ~0: 0x2002.
 *   satp     modes Bare, Sv39, Sv48 accepted with all ASID (16) and
 *            PPN (44) bits writable; any other mode: the write is ignored.
 *            QEMU 7.2 also accepts Sv57; Hartsim does not (its addresses
 *            are Numbers, exact only within +-2^52), so both are accepted.
 *   mcounteren, scounteren <- ~0: 0xffffffff per spec (32-bit registers,
 *            3.1.12 "Machine Counter-Enable Register" and 4.1.5);
 *            QEMU 7.2 keeps all 64 bits.  mcountinhibit <- ~0: 0xfffffffd
 *            per spec (a 32-bit register, 3.1.13, whose bit 1 is
 *            read-only zero: there is no time counter to inhibit); QEMU
 *            keeps all 64 bits.  Both accepted.
 *   menvcfg  <- ~0: 0x8000000000000001 per spec (FIOM, STCE; CBIE, CBCFE,
 *            CBZE and PBMTE are read-only zero without Zicbom, Zicboz and
 *            Svpbmt, 3.1.18 "Machine Environment Configuration Register");
 *            QEMU 7.2 accepts them: 0xc0000000000000f1.  senvcfg <- ~0:
 *            0x1 per spec, QEMU 0xf1.  Both accepted; ADUE (bit 61) is
 *            masked out.
 *   mepc/sepc <- ~0: ~1 per spec (3.1.14: "mepc[0] is always zero");
 *            QEMU 7.2 keeps bit 0: both accepted.  mcause, scause, mtval,
 *            stval, mscratch, sscratch: all 64 bits.
 *   pmpaddr  <- ~0: 0x003fffffffffffff per spec (bits 53:0 on RV64,
 *            3.7.1); QEMU keeps all 64 bits: both accepted.  pmpcfg: the
 *            R=0/W=1 combination is reserved (3.7.1: "The R, W, and X
 *            fields form a collective WARL field for which the
 *            combinations with R=0 and W=1 are reserved"); QEMU 7.2 keeps
 *            it as written, Hartsim clears R and W: both accepted.
 *   mhpmevent3 <- ~0: all ones.
 *   sstatus  <- ~0: 0x80000002000c6722 per spec (SIE SPIE SPP VS FS SUM
 *            MXR, UXL = 2); QEMU: 0x80000003000c6722 (the UXL quirk).
 */
#include "test.h"

    .option norvc

/* WARL csr, value, exp: write value, check the read-back, restore. */
.macro WARL csr, val, exp
    csrr s0, \csr
    li t0, \val
    csrw \csr, t0
    csrr a0, \csr
    csrw \csr, s0
    CHECK a0, \exp
.endm

/* WARLA csr, val, sym: expected read-back is the address of sym. */
.macro WARLA csr, val, sym
    csrr s0, \csr
    li t0, \val
    csrw \csr, t0
    csrr a0, \csr
    csrw \csr, s0
    CHECKA a0, \sym
.endm

/* WARLM csr, val, mask, exp: like WARL, the read-back ANDed with mask
 * (to leave out H-extension bits). */
.macro WARLM csr, val, mask, exp
    csrr s0, \csr
    li t0, \val
    csrw \csr, t0
    csrr a0, \csr
    csrw \csr, s0
    li t0, \mask
    and a0, a0, t0
    CHECK a0, \exp
.endm

/* WARL1 csr, val, a, b: like WARL, either read-back accepted (a = QEMU
 * 7.2's, b = the spec's; see CHECK_ONEOF). */
.macro WARL1 csr, val, a, b
    csrr s0, \csr
    li t0, \val
    csrw \csr, t0
    csrr a0, \csr
    csrw \csr, s0
    CHECK_ONEOF a0, \a, \b
.endm

/* WARLM1 csr, val, mask, a, b: WARLM with either value accepted. */
.macro WARLM1 csr, val, mask, a, b
    csrr s0, \csr
    li t0, \val
    csrw \csr, t0
    csrr a0, \csr
    csrw \csr, s0
    li t0, \mask
    and a0, a0, t0
    CHECK_ONEOF a0, \a, \b
.endm

/* WARLS csr, val, exp: write and check without restoring. */
.macro WARLS csr, val, exp
    li t0, \val
    csrw \csr, t0
    csrr a0, \csr
    CHECK a0, \exp
.endm

TEST_BEGIN warl
    csrw mie, zero              /* nothing can interrupt while MIE is toggled */
    li t0, -1
    li t1, CLINT_MTIMECMP
    sd t0, 0(t1)                /* MTIP clear, so mip reads are deterministic */
    csrw stimecmp, t0           /* STIP stays clear when menvcfg.STCE is set */

    SECTION "mstatus"
    csrr s1, mstatus
    csrr a0, mstatus
    CHECK a0, 0x0000000a00000000  /* reset value seen at entry: SXL = UXL = 2 */
    /* GVA/MPV (H) masked; UXL: QEMU takes 3, the spec keeps 2 (header). */
    li t0, -1
    csrw mstatus, t0
    csrr a0, mstatus
    li t0, ~(3 << 38)
    and a0, a0, t0
    CHECK_ONEOF a0, 0x8000000b007e7faa, 0x8000000a007e7faa
    li t0, 0
    csrw mstatus, t0
    csrr a0, mstatus
    CHECK_ONEOF a0, 0x0000000b00000000, 0x0000000a00000000  /* QEMU: UXL = 3 stays */
    WARLS mstatus, 0x0000000200000000, 0x0000000a00000000
    WARLS mstatus, MSTATUS_MPP_S, 0x0000000a00000800
    WARLS mstatus, MSTATUS_FS_INITIAL, 0x0000000a00002000
    WARLS mstatus, MSTATUS_FS, 0x8000000a00006000   /* SD follows FS = Dirty */
    WARLS mstatus, MSTATUS_VS, 0x8000000a00000600   /* ... and VS = Dirty */
    WARLS mstatus, MSTATUS_UBE, 0x0000000a00000000  /* little-endian only */
    WARLS mstatus, 0x3000000000, 0x0000000a00000000 /* SBE/MBE read-only 0 */
    WARLS mstatus, 0x0000000800000000, 0x0000000a00000000  /* SXL read-only */
    csrw mstatus, s1

    SECTION "misa"
    WARLM misa, 0, ~(1 << 7), 0x800000000014112d          /* H masked */
    WARLM misa, -1, ~(1 << 7), 0x800000000014112d
    WARLM misa, 0x8000000000001101, ~(1 << 7), 0x800000000014112d

    SECTION "mtvec and stvec"
    WARLA mtvec, -1, __mtrap                    /* mode 3: ignored */
    WARL mtvec, 0x80000101, 0x80000101
    WARL mtvec, 0x80000105, 0x80000105
    WARLA mtvec, 0x80000102, __mtrap            /* mode 2: ignored */
    WARL mtvec, 0x80000100, 0x80000100
    csrw stvec, zero
    WARL stvec, -1, 0
    WARL stvec, 0x80000101, 0x80000101
    WARL stvec, 0x80000102, 0
    WARL stvec, 0x80000204, 0x80000204

    SECTION "medeleg, mideleg, mie, mip, sie, sip"
    /* H masked: medeleg bits 10 and 20-23; VS interrupt bits 0x1444. */
    WARLM medeleg, -1, ~0xf00400, 0xbbff
    WARLM medeleg, 0x800, ~0xf00400, 0x800
    WARLM mideleg, -1, ~0x1444, 0x2222
    WARLM mideleg, 0, ~0x1444, 0
    WARLM mideleg, 0x20, ~0x1444, 0x20
    WARLM mie, -1, ~0x1444, 0x2aaa
    WARLM mie, 0x888, ~0x1444, 0x888
    csrr a0, mip
    CHECK a0, 0
    WARLM mip, -1, ~0x1444, 0x2222
    WARLM mip, 0x888, ~0x1444, 0
    csrr a0, mip
    CHECK a0, 0
    li t0, -1
    csrw mideleg, t0
    WARLM sie, -1, ~0x1444, 0x2222
    WARLM sip, -1, ~0x1444, 0x2002
    csrr a0, mie
    CHECK a0, 0
    csrr a0, mip
    CHECK a0, 0
    csrw mideleg, zero
    WARLM sie, -1, ~0x1444, 0   /* nothing delegated: nothing visible */
    WARLM sip, -1, ~0x1444, 0

    SECTION "satp"
    csrw satp, zero
    WARL satp, -1, 0                            /* mode 15: ignored */
    WARL satp, 0x8fffffffffffffff, 0x8fffffffffffffff
    WARL satp, 0x9fffffffffffffff, 0x9fffffffffffffff
    WARL1 satp, 0xafffffffffffffff, 0xafffffffffffffff, 0  /* Sv57: QEMU only (header) */
    WARL satp, 0xbfffffffffffffff, 0            /* Sv64: not supported */
    WARL satp, 0x1000000000000000, 0            /* mode 1: reserved */
    li t0, 0x8000000000012345
    csrw satp, t0
    WARL satp, 0xf000000000000000, 0x8000000000012345  /* ignored, old value kept */
    WARL satp, 0x0000000000000001, 0x0000000000000001  /* Bare keeps the other fields */
    csrw satp, zero

    SECTION "counter enables and inhibit, environment configuration"
    /* 32-bit registers per spec, 64 bits on QEMU 7.2 (header). */
    WARL1 mcounteren, -1, -1, 0xffffffff
    WARL1 scounteren, -1, -1, 0xffffffff
    WARL1 mcountinhibit, -1, -1, 0xfffffffd
    WARL mcountinhibit, 0x5, 0x5
    csrr a0, menvcfg
    CHECK a0, 0
    /* Zicbom/Zicboz/Svpbmt bits: QEMU accepts them, the spec reads 0;
     * ADUE (bit 61) masked. */
    WARLM1 menvcfg, -1, ~(1 << 61), 0xc0000000000000f1, 0x8000000000000001
    WARL1 senvcfg, -1, 0xf1, 0x1

    SECTION "trap CSRs and scratch registers"
    /* xepc bit 0: QEMU keeps it, the spec reads 0 (header). */
    WARL1 mepc, -1, -1, -2
    WARL1 mepc, 0x80000003, 0x80000003, 0x80000002
    WARL1 sepc, -1, -1, -2
    WARL mcause, -1, -1
    WARL scause, -1, -1
    WARL mtval, -1, -1
    WARL stval, -1, -1
    WARL mscratch, -1, -1
    WARL sscratch, -1, -1

    SECTION "PMP and hpm CSRs"
    csrr a0, pmpcfg0
    CHECK a0, 0x1f              /* entry 0 as crt.S set it up */
    csrr a0, pmpcfg2
    CHECK a0, 0
    csrr a0, pmpaddr15
    CHECK a0, 0
    WARL1 pmpaddr1, -1, -1, 0x003fffffffffffff   /* spec: bits 53:0 only */
    WARL pmpaddr1, 0, 0
    /* entry 1 R=0 W=1: reserved; QEMU keeps it, Hartsim clears R/W. */
    WARL1 pmpcfg0, 0x021f, 0x021f, 0x001f
    WARL pmpcfg0, 0x1f1f, 0x1f1f
    WARL mhpmevent3, -1, -1

    SECTION "sstatus"
    csrr s1, mstatus
    li t0, -1
    csrw sstatus, t0
    csrr a0, sstatus
    csrr a1, mstatus
    csrw mstatus, s1
    CHECK_ONEOF a0, 0x80000003000c6722, 0x80000002000c6722  /* UXL: QEMU 3, spec 2 */
    li t0, ~0x80000003000c6722
    and a1, a1, t0
    CHECK a1, 0x0000000800000000  /* only SXL outside sstatus's view */
    csrr a0, mstatus
    CHECKR a0, s1
TEST_END
