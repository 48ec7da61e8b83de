/*
 * spec/h_csrs: exact RISC-V values for the H-extension CSRs where QEMU 7.2
 * departs from the spec (privileged spec, chapter "Hypervisor Extension,
 * Version 1.0"; Sstc for hvip.VSTIP).  Hartsim only: these checks fail on
 * QEMU 7.2 by design (see images/tests/README.md, departures H1-H6); the
 * differential image h/h_csrs accepts both values for the same cases.
 *   H1  mideleg bits 10, 6, 2 read-only one from reset;
 *   H2  hvip.VSTIP writable from M with menvcfg.STCE = 1 (the mip half of
 *       H2, mip.VSTIP/VSEIP read-only, is in h_pending.S.txt: Hartsim
 *       does not follow the spec there yet);
 *   H3  vsip.STIP/SEIP alias hip.VSTIP/VSEIP when delegated; in VS, sie and
 *       sip do not depend on mideleg's S bits;
 *   H4  WPRI and read-only fields read 0: hstatus, hcounteren bits 63:32,
 *       henvcfg CBIE/CBCFE/CBZE/PBMTE, hgatp bits 59:58 and PPN[1:0],
 *       vsstatus (no SXL, SD computed), vsepc bit 0;
 *   H5  hgatp and vsatp (V = 0) with a reserved MODE read back a supported
 *       mode; vstvec MODE >= 2 reads back a legal MODE;
 *   H6  hgatp is an illegal instruction in HS with mstatus.TVM = 1.
 */
#include "../h/h.h"

    .option norvc

/* MODE_OK reg: reg = 1 if (reg >> 60) is a supported hgatp/vsatp mode
 * (0, 8, 9 or 10: Bare, Sv39(x4), Sv48(x4), Sv57(x4)), else 0.
 * Clobbers t0. */
.macro MODE_OK reg
    srli \reg, \reg, 60
    beqz \reg, 1f
    li t0, 8
    bltu \reg, t0, 2f
    li t0, 11
    bgeu \reg, t0, 2f
1:  li \reg, 1
    j 3f
2:  li \reg, 0
3:
.endm

TEST_BEGIN spec_h_csrs
    csrr s0, mideleg            /* before anything writes it */
    csrr s1, vsstatus
    H_INIT
    li t0, CLINT_MTIMECMP       /* no machine timer interrupt pending */
    li t1, -1
    sd t1, 0(t0)

    SECTION "H1 mideleg VS bits read-only one from reset"
    /* "Machine Interrupt Delegation (mideleg) Register": "bits 10, 6, and
     * 2 of mideleg (corresponding to the standard VS-level interrupts) are
     * each read-only one" -- from reset, before any write.  QEMU 7.2 reads
     * 0 until mideleg is first written. */
    li t0, 0x444
    and a0, s0, t0
    CHECK a0, 0x444

    SECTION "H2 hvip.VSTIP writable from M with menvcfg.STCE = 1"
    /* "Hypervisor Interrupt (hvip, hip, and hie) Registers": "Bits VSEIP,
     * VSTIP, and VSSIP of hvip are writable"; Sstc makes only mip.STIP
     * read-only when menvcfg.STCE = 1.  QEMU 7.2 drops an M-mode write of
     * hvip.VSTIP while menvcfg.STCE = 1. */
    csrw mideleg, zero
    li t0, 1 << 63
    csrw menvcfg, t0
    li t0, -1
    csrw vstimecmp, t0          /* vstimecmp asserts nothing */
    csrw henvcfg, zero
    WRCHECK hvip, MIP_VSTIP, MIP_VSTIP
    CHECKCSR hip, MIP_VSTIP
    WRCHECK hvip, MIP_VS_ALL, MIP_VS_ALL
    WRCHECK hvip, 0, 0
    csrw menvcfg, zero

    SECTION "H3 vsip aliases hip when delegated"
    /* "Virtual Supervisor Interrupt (vsip and vsie) Registers": "When bit
     * 10 of hideleg is zero, vsip.SEIP and vsie.SEIE are read-only zeros.
     * Else, vsip.SEIP and vsie.SEIE are aliases of hip.VSEIP and
     * hie.VSEIE" (likewise bit 6 / STIP, bit 2 / SSIP).  QEMU 7.2 reads
     * vsip through its writable mask (SSIP only): STIP and SEIP read 0. */
    li t0, MIP_VS_ALL
    csrw hvip, t0
    csrw hie, t0
    csrw hideleg, zero
    CHECKCSR vsip, 0
    li t0, MIP_VSTIP
    csrw hideleg, t0
    CHECKCSR vsip, MIP_STIP
    li t0, MIP_VSEIP
    csrw hideleg, t0
    CHECKCSR vsip, MIP_SEIP
    li t0, MIP_VS_ALL
    csrw hideleg, t0
    CHECKCSR vsip, 0x222
    WRCHECK vsip, 0, 0x220      /* only vsip.SSIP (hvip.VSSIP) is writable */
    CHECKCSR hvip, 0x440
    WRCHECK vsip, -1, 0x222
    CHECKCSR hvip, 0x444
    /* In VS the S CSRs sie/sip are vsie/vsip: they depend on hideleg
     * only, not on mideleg's S bits (mideleg = 0x1444 here, no S bit
     * delegated).  QEMU 7.2 also masks them with mideleg's S bits, so
     * they read 0. */
    li t0, 0x200000000          /* vsstatus.SIE = 0: nothing is taken */
    csrw vsstatus, t0
    MODE_VS
    csrr a0, sip
    csrr a1, sie
    li t0, MIP_STIP
    csrw sie, t0                /* vsie.STIE only: hie = VSTIE */
    csrr a2, sie
    MODE_M
    CHECK a0, 0x222
    CHECK a1, 0x222
    CHECK a2, MIP_STIP
    CHECKCSR hie, MIP_VSTIP
    csrw hvip, zero
    csrw hie, zero
    csrw hideleg, zero

    SECTION "H4 hstatus WPRI bits"
    /* "Hypervisor Status (hstatus) Register": writable VTSR, VTW, VTVM,
     * VGEIN (WLRL, 6 bits kept as in QEMU), HU, SPVP, SPV, GVA; VSXL = 2,
     * VSBE = 0 read-only (Hartsim's choice, as QEMU's); every other bit is
     * WPRI and reads 0.  QEMU 7.2 keeps every bit written but VSXL/VSBE
     * (hstatus <- ~0 = 0xfffffffeffffffdf). */
    WRCHECK hstatus, -1, 0x20073f3c0
    WRCHECK hstatus, ~0x30073f3e0, 0x200000000
    WRCHECK hstatus, 0, 0x200000000

    SECTION "H4 hcounteren is 32-bit"
    /* "Hypervisor Counter-Enable (hcounteren) Register": "a 32-bit
     * register".  QEMU 7.2 keeps all 64 bits. */
    WRCHECK hcounteren, -1, 0xffffffff
    WRCHECK hcounteren, 0xffffffff00000000, 0
    WRCHECK hcounteren, 0, 0

    SECTION "H4 henvcfg without Zicbom/Zicboz/Svpbmt"
    /* "Hypervisor Environment Configuration Register (henvcfg)": "If
     * Svpbmt is not implemented, PBMTE is read-only zero"; CBIE, CBCFE
     * (Zicbom) and CBZE (Zicboz) likewise; the other bits are WPRI or
     * belong to extensions Hartsim lacks.  FIOM and STCE (with
     * menvcfg.STCE = 1) are writable; ADUE (bit 61) is not checked.  QEMU 7.2: henvcfg <- ~0 keeps CBIE/CBCFE/CBZE/PBMTE
     * (0xc0000000000000f1 without ADUE). */
    li t0, 1 << 63
    csrw menvcfg, t0
    li t0, -1
    csrw henvcfg, t0
    csrr a0, henvcfg
    li t0, ~(1 << 61)
    and a0, a0, t0
    CHECK a0, 0x8000000000000001
    li t0, (1 << 62) | 0xf0
    csrw henvcfg, t0
    CHECKCSR henvcfg, 0
    csrw menvcfg, zero

    SECTION "H4 hgatp PPN[1:0] and bits 59:58"
    /* "Hypervisor Guest Address Translation and Protection (hgatp)
     * Register": for the paged modes "the lowest two bits of the physical
     * page number (PPN) in hgatp always read as zeros"; bits 59:58 (above
     * the 14 VMID bits) are WARL zero in the HSXLEN=64 layout.  QEMU 7.2
     * keeps both. */
    WRCHECK hgatp, 0x83ffffffffffffff, 0x83fffffffffffffc
    WRCHECK hgatp, 0x8c00000000000000, 0x8000000000000000
    WRCHECK hgatp, 0x9000000000000003, 0x9000000000000000
    WRCHECK hgatp, 0xa000000000012347, 0xa000000000012344
    WRCHECK hgatp, 0, 0

    SECTION "H4 vsstatus fields"
    /* "Virtual Supervisor Status (vsstatus) Register" (VSXLEN = 64): the
     * sstatus fields only -- SIE, SPIE, UBE, SPP, VS, FS, XS, SUM, MXR,
     * UXL, SD; no SXL (bits 35:34 WPRI).  QEMU 7.2 resets vsstatus with
     * SXL = 2 (0xa00000000). */
    li t0, ~0x80000003000de762
    and a0, s1, t0
    CHECK a0, 0
    srli a0, s1, 34
    andi a0, a0, 3
    CHECK a0, 0
    /* vsstatus <- ~0: SD, UXL = 2, MXR, SUM, FS, VS, SPP, SPIE, SIE; UBE
     * reads 0 (a read-only copy of hstatus.VSBE = 0), XS 0, SD computed.
     * QEMU 7.2 keeps every bit (reads -1). */
    WRCHECK vsstatus, -1, 0x80000002000c6722
    /* "Read-only fields SD and XS summarize the extension context status
     * as it is visible to VS-mode": FS = Dirty sets SD; QEMU 7.2 does not
     * compute SD for vsstatus reads. */
    WRCHECK vsstatus, 0x200006000, 0x8000000200006000
    WRCHECK vsstatus, 0x200000600, 0x8000000200000600
    WRCHECK vsstatus, 0x200000000, 0x200000000

    SECTION "H4 vsepc bit 0"
    /* "Virtual Supervisor Exception Program Counter (vsepc) Register":
     * "WARL register that must be able to hold the same set of values that
     * sepc can hold"; sepc[0] is always 0 (IALIGN = 16: bit 0 reads 0).
     * QEMU 7.2 keeps bit 0. */
    WRCHECK vsepc, -1, -2
    WRCHECK vsepc, 0x80002001, 0x80002000
    WRCHECK vsepc, 0, 0

    SECTION "H5 hgatp and vsatp reserved MODE, vstvec MODE"
    /* "A write to hgatp with an unsupported MODE value is not ignored as
     * it is for satp. Instead, the fields of hgatp are WARL in the normal
     * way": a supported MODE reads back.  QEMU 7.2 keeps the reserved
     * MODE (1, 15) as written. */
    li t0, (1 << 60) | 0x1000
    csrw hgatp, t0
    csrr a0, hgatp
    MODE_OK a0
    CHECK a0, 1
    li t0, (15 << 60) | 0x1000
    csrw hgatp, t0
    csrr a0, hgatp
    MODE_OK a0
    CHECK a0, 1
    li t0, (11 << 60) | 0x1000
    csrw hgatp, t0
    csrr a0, hgatp
    MODE_OK a0
    CHECK a0, 1
    csrw hgatp, zero
    /* "When V=0, a write to vsatp with an unsupported MODE value is either
     * ignored as it is for satp, or the fields of vsatp are treated as
     * WARL in the normal way": either way a supported MODE reads back.
     * QEMU 7.2 keeps the reserved MODE. */
    li t0, SATP_SV39 | 0x80000
    csrw vsatp, t0
    li t0, (1 << 60) | 0x1000
    csrw vsatp, t0
    csrr a0, vsatp
    MODE_OK a0
    CHECK a0, 1
    li t0, (12 << 60) | 0x1000
    csrw vsatp, t0
    csrr a0, vsatp
    MODE_OK a0
    CHECK a0, 1
    csrw vsatp, zero
    /* vstvec is VS-mode's stvec ("Virtual Supervisor Trap Vector Base
     * Address (vstvec) Register"): MODE is WARL, values >= 2 reserved, so
     * a legal MODE (0 or 1) reads back; Hartsim keeps the previous value,
     * as it does (and QEMU does) for stvec.  QEMU 7.2 keeps MODE = 2. */
    WRCHECK vstvec, 0x80001001, 0x80001001
    li t0, 0x80001002
    csrw vstvec, t0
    csrr a0, vstvec
    andi a1, a0, 2
    CHECK a1, 0                 /* MODE is 0 or 1 */
    CHECK a0, 0x80001001
    li t0, 0x80001003
    csrw vstvec, t0
    csrr a0, vstvec
    andi a1, a0, 2
    CHECK a1, 0
    la t0, __h_vstrap
    csrw vstvec, t0

    SECTION "H6 hgatp in HS with mstatus.TVM = 1"
    /* "Hypervisor Guest Address Translation and Protection (hgatp)
     * Register": "When mstatus.TVM=1, attempts to read or write hgatp
     * while executing in HS-mode will raise an illegal-instruction
     * exception"; mtval = the instruction.  QEMU 7.2 allows the access. */
    li t0, HGATP_SV39X4 | HGATP_VMID(5)
    csrw hgatp, t0
    li t0, MSTATUS_TVM
    csrs mstatus, t0
    MODE_HS
    li a1, 0x1234
    H_EXPECT 1f
2:  csrr a1, hgatp
1:  H_TRAP_INSN 3, M_HS, C_ILLEGAL, 2b
    CHECK a1, 0x1234            /* rd not written */
    H_EXPECT 1f
2:  csrw hgatp, zero
1:  H_TRAP_INSN 3, M_HS, C_ILLEGAL, 2b
    H_EXPECT 1f
2:  csrrsi a1, hgatp, 1
1:  H_TRAP_INSN 3, M_HS, C_ILLEGAL, 2b
    MODE_M
    li t0, MSTATUS_TVM
    csrc mstatus, t0
    CHECKCSR hgatp, HGATP_SV39X4 | HGATP_VMID(5)   /* the write did not happen */
    csrw hgatp, zero
    /* With TVM = 0 HS may access it. */
    MODE_HS
    H_EXPECT 1f
    csrr a1, hgatp
1:  H_NOTRAP
    MODE_M
TEST_END
