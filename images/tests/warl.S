/*
 * warl: what the WARL/WLRL CSR fields of QEMU 7.2's default rv64 hart read
 * back after writes of all ones and of interesting values (privileged spec,
 * "CSR Field Specifications": WARL fields accept any write and read back
 * a legal value; which one is the implementation's choice, so these are
 * QEMU's choices, measured, which Hartsim must reproduce).  Each CSR is
 * restored afterwards.  Read-backs recorded here:
 *   mstatus  <- ~0: 0x800000cb007e7faa.  Writable: SIE MIE SPIE MPIE SPP
 *            VS MPP FS MPRV SUM MXR TVM TW TSR, GVA and MPV (H extension);
 *            SD reflects FS/VS = Dirty; SXL = 2 is read-only; UBE/SBE/MBE
 *            are 0.  Quirk: UXL is written only when the written UXL field
 *            is non-zero, and then takes the value as is, even the
 *            reserved 3; writing 0 leaves it alone.
 *   misa     read-only: 0x80000000001411ad whatever is written.
 *   mtvec/stvec: modes 0 and 1 are accepted with any 4-byte-aligned base;
 *            a write with mode 2 or 3 is ignored entirely.
 *   medeleg  <- ~0: 0xf0bfff (bits 0-13, 15, 20-23: QEMU even lets
 *            ecall-from-M, bit 11, be set).
 *   mideleg  <- ~0: 0x3666; <- 0: 0x1444 (VSSIP, VSTIP, VSEIP and SGEIP
 *            read-only one with the H extension).
 *   mie      <- ~0: 0x3eee.   mip <- ~0: 0x2666 (with MTIP clear).
 *   sie/sip  with mideleg = 0x3666: sie <- ~0: 0x2222; sip <- ~0: 0x2002.
 *   satp     modes Bare, Sv39, Sv48, Sv57 accepted with all ASID (16) and
 *            PPN (44) bits writable; any other mode: the write is ignored.
 *   mcounteren, scounteren, mcountinhibit <- ~0: all 64 bits read back
 *            (QEMU keeps the whole register, even bits above 31 and
 *            mcountinhibit.TM).
 *   menvcfg  <- ~0: 0xc0000000000000f1 (FIOM, CBIE, CBCFE, CBZE, PBMTE,
 *            STCE);  senvcfg <- ~0: 0xf1.
 *   mepc/sepc <- ~0: all ones (QEMU 7.2 keeps bit 0; the spec says it
 *            reads as zero).  mcause, scause, mtval, stval, mscratch,
 *            sscratch: all 64 bits.
 *   pmpaddr  <- ~0: all 64 bits read back; pmpcfg accepts the reserved
 *            R=0/W=1 combination as written.
 *   mhpmevent3 <- ~0: all ones.
 *   sstatus  <- ~0: 0x80000003000c6722 (SIE SPIE SPP VS FS SUM MXR, and the
 *            UXL quirk above).
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
    WARLS mstatus, -1, 0x800000cb007e7faa
    WARLS mstatus, 0, 0x0000000b00000000         /* UXL = 3 stays */
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
    WARL misa, 0, 0x80000000001411ad
    WARL misa, -1, 0x80000000001411ad
    WARL misa, 0x8000000000001101, 0x80000000001411ad

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
    WARL medeleg, -1, 0xf0bfff
    WARL medeleg, 0x800, 0x800
    WARL mideleg, -1, 0x3666
    WARL mideleg, 0, 0x1444
    WARL mideleg, 0x20, 0x1464
    WARL mie, -1, 0x3eee
    WARL mie, 0x888, 0x888
    csrr a0, mip
    CHECK a0, 0
    WARL mip, -1, 0x2666
    WARL mip, 0x888, 0
    csrr a0, mip
    CHECK a0, 0
    li t0, -1
    csrw mideleg, t0
    WARL sie, -1, 0x2222
    WARL sip, -1, 0x2002
    csrr a0, mie
    CHECK a0, 0
    csrr a0, mip
    CHECK a0, 0
    csrw mideleg, zero
    WARL sie, -1, 0             /* nothing delegated: nothing visible */
    WARL sip, -1, 0

    SECTION "satp"
    csrw satp, zero
    WARL satp, -1, 0                            /* mode 15: ignored */
    WARL satp, 0x8fffffffffffffff, 0x8fffffffffffffff
    WARL satp, 0x9fffffffffffffff, 0x9fffffffffffffff
    WARL satp, 0xafffffffffffffff, 0xafffffffffffffff
    WARL satp, 0xbfffffffffffffff, 0            /* Sv64: not supported */
    WARL satp, 0x1000000000000000, 0            /* mode 1: reserved */
    li t0, 0x8000000000012345
    csrw satp, t0
    WARL satp, 0xf000000000000000, 0x8000000000012345  /* ignored, old value kept */
    WARL satp, 0x0000000000000001, 0x0000000000000001  /* Bare keeps the other fields */
    csrw satp, zero

    SECTION "counter enables and inhibit, environment configuration"
    WARL mcounteren, -1, -1
    WARL scounteren, -1, -1
    WARL mcountinhibit, -1, -1
    WARL mcountinhibit, 0x5, 0x5
    csrr a0, menvcfg
    CHECK a0, 0
    WARL menvcfg, -1, 0xc0000000000000f1
    WARL senvcfg, -1, 0xf1

    SECTION "trap CSRs and scratch registers"
    WARL mepc, -1, -1
    WARL mepc, 0x80000003, 0x80000003
    WARL sepc, -1, -1
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
    WARL pmpaddr1, -1, -1
    WARL pmpaddr1, 0, 0
    WARL pmpcfg0, 0x021f, 0x021f              /* entry 1: R=0 W=1 kept */
    WARL pmpcfg0, 0x1f1f, 0x1f1f
    WARL mhpmevent3, -1, -1

    SECTION "sstatus"
    csrr s1, mstatus
    li t0, -1
    csrw sstatus, t0
    csrr a0, sstatus
    csrr a1, mstatus
    csrw mstatus, s1
    CHECK a0, 0x80000003000c6722
    li t0, ~0x80000003000c6722
    and a1, a1, t0
    CHECK a1, 0x0000000800000000  /* only SXL outside sstatus's view */
    csrr a0, mstatus
    CHECKR a0, s1
TEST_END
