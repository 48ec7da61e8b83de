/*
 * spec/csr: CSR behaviour where QEMU 7.2 departs from the RISC-V spec and
 * Hartsim follows the spec.  Hartsim only: these checks fail on QEMU by
 * design (see images/tests/README.md); the differential images zicsr.S and
 * warl.S accept both QEMU's and the spec's values for the same cases.
 *   - csrrs/csrrc with rs1 != x0 on a read-only CSR raise illegal
 *     instruction even when rs1 holds 0 (unprivileged spec, "Zicsr",
 *     "CSR Instructions": for CSRRS/CSRRC "if rs1=x0, then the instruction
 *     will not write to the CSR at all"; otherwise it does, whatever the
 *     value, and a write to a read-only CSR is illegal, privileged spec
 *     "CSR Address Mapping Conventions"); rd is not written, mtval = the
 *     instruction bits.  QEMU 7.2: no trap;
 *   - mepc[0] and sepc[0] always read 0 (privileged spec 3.1.14 "Machine
 *     Exception Program Counter", 4.1.7): QEMU keeps bit 0;
 *   - mstatus.UXL and SXL are read-only 2 on this RV64-only hart (3.1.6.3
 *     "Base ISA Control in mstatus Register": WARL; 3 is reserved): QEMU
 *     7.2 lets UXL take any non-zero value written, 3 included;
 *   - sstatus shows and writes only its fields (4.1.1): UBE and XS stay 0;
 *   - mcounteren, scounteren and mcountinhibit are 32-bit registers (3.1.12,
 *     3.1.13, 4.1.5): bits 63:32 read 0; mcountinhibit bit 1 (there is no
 *     time counter to inhibit) reads 0: QEMU keeps all 64 bits;
 *   - pmpaddr holds bits 55:2 of the address, so on RV64 bits 63:54 read 0
 *     (3.7.1 "Physical Memory Protection CSRs"): QEMU keeps them;
 *   - pmpcfg: R=0/W=1 is a reserved combination of the WARL R/W/X field
 *     (3.7.1), never read back: QEMU 7.2 keeps it as written;
 *   - menvcfg: FIOM and STCE writable; CBIE, CBCFE, CBZE, PBMTE read-only
 *     0, as Zicbom, Zicboz and Svpbmt are not implemented (3.1.18 "Machine
 *     Environment Configuration Register": those fields are read-only zero
 *     when the extension is absent); senvcfg: only FIOM.  QEMU 7.2 accepts
 *     writes to all of them.  (ADUE, bit 61, is not checked.)
 */
#include "test.h"

    .option norvc

/*
 * RO_TRAP label, insn: `insn` (with t1 = 0, a0 = -1 before it) must raise
 * illegal instruction, mtval = its bits, mepc = label, a0 untouched.
 * Disarms the expected trap either way (so that where it did not trap, as
 * on QEMU 7.2, the failure stays local).
 */
.macro RO_TRAP label, insn:vararg
    li t1, 0
    li a0, -1
    EXPECT_TRAP 1f
\label:
    \insn
1:  CHECK_TRAP_INSN 2, \label
    sd zero, FW_RESUME(gp)
    CHECKFWA FW_TEPC, \label
    CHECK a0, -1
.endm

/* NO_TRAP insn: must not trap. */
.macro NO_TRAP insn:vararg
    EXPECT_TRAP 1f
    \insn
1:  CHECK_NOTRAP
.endm

/* RB csr, val, exp: write val, check the read-back, restore. */
.macro RB csr, val, exp
    csrr s0, \csr
    li t0, \val
    csrw \csr, t0
    csrr a0, \csr
    csrw \csr, s0
    CHECK a0, \exp
.endm

/* RBM csr, val, mask, exp: like RB on (read-back & mask). */
.macro RBM csr, val, mask, exp
    csrr s0, \csr
    li t0, \val
    csrw \csr, t0
    csrr a0, \csr
    csrw \csr, s0
    li t0, \mask
    and a0, a0, t0
    CHECK a0, \exp
.endm

/* MSTATUS_XL val: write mstatus = s1 with bits 35:32 (SXL, UXL) = val,
 * check bits 35:32 read back 0xa (SXL = UXL = 2). */
.macro MSTATUS_XL val
    li t0, ~(0xf << 32)
    and t0, s1, t0
    li t1, (\val) << 32
    or t0, t0, t1
    csrw mstatus, t0
    csrr a0, mstatus
    srli a0, a0, 32
    andi a0, a0, 0xf
    CHECK a0, 0xa
.endm

TEST_BEGIN spec_csr
    csrw mie, zero

    SECTION "csrrs/csrrc with rs1 != x0 holding 0 on read-only CSRs: illegal"
    RO_TRAP r0, csrrs a0, mhartid, t1
    RO_TRAP r1, csrrc a0, mhartid, t1
    RO_TRAP r2, csrrs a0, mvendorid, t1
    RO_TRAP r3, csrrc a0, marchid, t1
    RO_TRAP r4, csrrs a0, mimpid, t1
    RO_TRAP r5, csrrs a0, 0xf15, t1     /* mconfigptr */
    RO_TRAP r6, csrrs a0, cycle, t1
    RO_TRAP r7, csrrc a0, time, t1
    RO_TRAP r8, csrrs a0, instret, t1
    RO_TRAP r9, csrrs a0, hpmcounter3, t1
    RO_TRAP r10, csrrs zero, mhartid, t1 /* rd = x0: still a write attempt */
    /* The read-only forms stay legal. */
    NO_TRAP csrrs a0, mhartid, zero
    NO_TRAP csrrc a0, mhartid, zero
    NO_TRAP csrrsi a0, mhartid, 0
    NO_TRAP csrrci a0, cycle, 0
    /* From U-mode, with the counter enabled for U. */
    li t0, 7
    csrw mcounteren, t0
    csrw scounteren, t0
    MODE_U
    NO_TRAP csrr a0, cycle
    RO_TRAP r11, csrrs a0, cycle, t1
    RO_TRAP r12, csrrc a0, instret, t1
    MODE_M
    csrw mcounteren, zero
    csrw scounteren, zero

    SECTION "mepc and sepc: bit 0 reads 0"
    RB mepc, -1, -2
    RB mepc, 0x80000003, 0x80000002
    RB mepc, 1, 0
    RB sepc, -1, -2
    RB sepc, 0x80000001, 0x80000000

    SECTION "mstatus.UXL and SXL are 2"
    csrr s1, mstatus
    csrr a0, mstatus
    srli a0, a0, 32
    andi a0, a0, 0xf
    CHECK a0, 0xa               /* at reset */
    MSTATUS_XL 0xb              /* UXL = 3 */
    MSTATUS_XL 0x9              /* UXL = 1 */
    MSTATUS_XL 0x8              /* UXL = 0 */
    MSTATUS_XL 0xe              /* SXL = 3 */
    MSTATUS_XL 0x6              /* SXL = 1 */
    MSTATUS_XL 0x2              /* SXL = 0 */
    MSTATUS_XL 0xf
    MSTATUS_XL 0x0
    /* All ones: UXL/SXL stay 2; MPV (39) and GVA (38) are the H extension's writable bits. */
    li t0, -1
    csrw mstatus, t0
    csrr a0, mstatus
    csrw mstatus, s1
    CHECK a0, 0x800000ca007e7faa

    SECTION "sstatus: its own fields only, UXL = 2"
    li t0, 0x0000000a00000000
    csrw mstatus, t0
    li t0, -1
    csrw sstatus, t0
    csrr a0, sstatus
    csrr a1, mstatus
    CHECK a0, 0x80000002000c6722  /* SD SIE SPIE SPP VS FS SUM MXR, UXL = 2 */
    CHECK a1, 0x8000000a000c6722  /* nothing else in mstatus changed */
    li t0, 0x0000000100000000
    csrw sstatus, t0            /* UXL = 3 */
    csrr a0, sstatus
    CHECK a0, 0x0000000200000000
    li t0, (1 << 6) | (3 << 15)
    csrw sstatus, t0            /* UBE, XS */
    csrr a0, sstatus
    CHECK a0, 0x0000000200000000
    csrw mstatus, s1

    SECTION "mcounteren, scounteren, mcountinhibit are 32 bits wide"
    RB mcounteren, -1, 0xffffffff
    RB scounteren, -1, 0xffffffff
    RB mcounteren, 0xffffffff00000005, 5
    RBM mcountinhibit, -1, 0xffffffff00000000, 0   /* bits 63:32 */
    RBM mcountinhibit, -1, 0x2, 0                  /* TM */
    RBM mcountinhibit, -1, 0x5, 0x5                /* CY, IR */
    RB mcountinhibit, 0x2, 0
    csrr a0, mcountinhibit
    CHECK a0, 0

    SECTION "pmpaddr: bits 53:0"
    csrr a0, pmpaddr0           /* crt.S wrote all ones */
    CHECK a0, 0x003fffffffffffff
    RB pmpaddr1, -1, 0x003fffffffffffff
    RB pmpaddr7, -1, 0x003fffffffffffff
    RB pmpaddr15, -1, 0x003fffffffffffff
    RB pmpaddr15, 0xffc0000000000001, 1

    SECTION "pmpcfg: R=0 W=1 is never read back"
    csrr s1, pmpcfg0
    li t0, 0x021f               /* entry 1 (OFF): W */
    csrw pmpcfg0, t0
    csrr a0, pmpcfg0
    andi a1, a0, 0xff
    CHECK a1, 0x1f              /* entry 0 as written */
    srli a0, a0, 8
    andi a0, a0, 3
    xori a0, a0, 2
    snez a0, a0
    CHECK a0, 1                 /* entry 1: R/W not (0, 1) */
    li t0, 0x061f               /* entry 1: W X */
    csrw pmpcfg0, t0
    csrr a0, pmpcfg0
    srli a0, a0, 8
    andi a0, a0, 3
    xori a0, a0, 2
    snez a0, a0
    CHECK a0, 1
    li t0, 0x031f               /* entry 1: R W is fine */
    csrw pmpcfg0, t0
    csrr a0, pmpcfg0
    CHECK a0, 0x031f
    csrw pmpcfg0, s1
    csrr a0, pmpcfg0
    CHECK a0, 0x1f

    SECTION "menvcfg and senvcfg"
    li t0, -1
    csrw stimecmp, t0           /* no STIP when STCE gets set */
    csrr a0, menvcfg
    CHECK a0, 0
    RBM menvcfg, -1, ~(1 << 61), 0x8000000000000001  /* FIOM, STCE */
    RB menvcfg, 0x30, 0         /* CBIE */
    RB menvcfg, 0x40, 0         /* CBCFE */
    RB menvcfg, 0x80, 0         /* CBZE */
    RB menvcfg, 0x4000000000000000, 0  /* PBMTE */
    RB menvcfg, 0x1, 0x1        /* FIOM */
    RB menvcfg, 0x8000000000000000, 0x8000000000000000  /* STCE */
    RB senvcfg, -1, 0x1
    RB senvcfg, 0xf0, 0
    csrr a0, menvcfg
    CHECK a0, 0
TEST_END
