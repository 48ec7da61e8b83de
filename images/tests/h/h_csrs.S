/*
 * h_csrs: the CSRs of the hypervisor extension (privileged spec, chapter
 * "Hypervisor Extension, Version 1.0": "Hypervisor and Virtual Supervisor
 * CSRs", "Machine-Level CSRs").
 *   - misa.H; mstatus.MPV and GVA writable; mideleg bits 10, 6, 2 and 12
 *     read-only one (also right after reset); medeleg/hedeleg/hideleg
 *     writable masks; mie/mip/hie/hip/hvip/vsie/vsip masks and aliases
 *     (hip.VSSIP = hvip.VSSIP; hip.VSTIP/VSEIP read-only copies of hvip;
 *     vsip/vsie = the VS bits of hip/hie shifted down by one, zero when the
 *     hideleg bit is clear);
 *   - hstatus fields, VSXL = 2, VSBE = 0; hgeie/hgeip with GEILEN = 0;
 *     hcounteren, htimedelta, htval, htinst, mtval2, mtinst; henvcfg;
 *     hgatp: modes Bare/Sv39x4/Sv48x4/Sv57x4, 14 VMID bits, PPN[1:0];
 *     hgatp with mstatus.TVM = 1;
 *   - the VS CSRs written and read from M and HS: vsstatus, vstvec,
 *     vsscratch, vsepc, vscause, vstval, vsatp;
 *   - while V = 1 the S CSRs are the VS CSRs: sstatus, sie, sip, stvec,
 *     sscratch, sepc, scause, stval, satp read and write vs*, and the HS
 *     copies keep their values;
 *   - hgeip is read-only (a write is an illegal instruction).
 * QEMU 7.2 departures (CHECK_ONEOF, QEMU's value first, see
 * tests/README.md): whole-register writes of hstatus, vsstatus, hgatp,
 * vsatp, vstvec, vsepc, hcounteren, henvcfg and mip keep bits the spec
 * makes read-only; mideleg reads 0 before its first write; mip.VSTIP is
 * writable; hgatp ignores mstatus.TVM; in VS, sie/sip also mask with the
 * S bits of mideleg.
 */
#include "h.h"

    .option norvc

/* MODE_FLAG reg: reg = 1 if (reg >> 60) is 1 or 15 (kept as written, QEMU),
 * 2 if it is a supported mode (0, 8, 9, 10), else 3.  Clobbers t0. */
.macro MODE_FLAG reg
    srli \reg, \reg, 60
    li t0, 1
    beq \reg, t0, 1f
    li t0, 15
    beq \reg, t0, 1f
    li t0, 11
    bgeu \reg, t0, 3f
    beqz \reg, 2f
    li t0, 8
    bgeu \reg, t0, 2f
3:  li \reg, 3
    j 4f
1:  li \reg, 1
    j 4f
2:  li \reg, 2
4:
.endm

TEST_BEGIN h_csrs
    csrr s0, mideleg            /* before anything writes it */
    csrr s1, vsstatus
    H_INIT
    li t0, CLINT_MTIMECMP       /* no machine timer interrupt pending */
    li t1, -1
    sd t1, 0(t0)

    SECTION "misa, mstatus.MPV/GVA, mideleg"
    csrr a0, misa
    CHECK a0, 0x80000000001411ad
    /* mideleg bits 10, 6, 2 (and 12: QEMU has SGEI) are read-only one
     * ("Machine Interrupt Delegation Register"); QEMU 7.2 only sets them
     * on the first write of mideleg. */
    CHECK_ONEOF s0, 0, 0x1444
    WRCHECK mideleg, 0, 0x1444
    WRCHECK mideleg, -1, 0x3666
    WRCHECK mideleg, 0, 0x1444
    li t0, MSTATUS_MPV | MSTATUS_GVA
    csrs mstatus, t0
    CHECKCSRM mstatus, MSTATUS_MPV | MSTATUS_GVA, MSTATUS_MPV | MSTATUS_GVA
    CHECKCSRM sstatus, MSTATUS_MPV | MSTATUS_GVA, 0
    csrc mstatus, t0
    CHECKCSRM mstatus, MSTATUS_MPV | MSTATUS_GVA, 0
    li t0, MSTATUS_GVA
    csrs mstatus, t0
    CHECKCSRM mstatus, MSTATUS_MPV | MSTATUS_GVA, MSTATUS_GVA
    csrc mstatus, t0

    SECTION "medeleg, hedeleg, hideleg"
    WRCHECK medeleg, -1, 0xf0bfff
    WRCHECK medeleg, 0, 0
    WRCHECK hedeleg, -1, 0xb1ff
    WRCHECK hedeleg, 0, 0
    WRCHECK hideleg, -1, 0x444
    WRCHECK hideleg, 0, 0

    SECTION "mie, hie, mip, hip, hvip"
    WRCHECK mie, -1, 0x3eee
    CHECKCSR hie, 0x1444
    CHECKCSR sie, 0            /* mideleg = 0x1444: no S bit delegated */
    WRCHECK mie, 0, 0
    WRCHECK hie, -1, 0x1444
    CHECKCSR mie, 0x1444
    WRCHECK hie, 0, 0
    csrw mideleg, zero
    /* mip <- ~0 from M: SSIP, STIP, SEIP, LCOFIP and VSSIP (= hvip.VSSIP)
     * are writable, VSTIP and VSEIP are read-only in mip ("Machine
     * Interrupt Registers"); QEMU 7.2 writes them into hvip. */
    WRCHECK_ONEOF mip, -1, 0x2666, 0x2226
    csrr a0, hvip
    CHECK_ONEOF a0, 0x444, 0x4
    WRCHECK mip, 0, 0
    CHECKCSR hvip, 0
    WRCHECK hip, -1, 0x4       /* only VSSIP is writable in hip */
    CHECKCSR hvip, 0x4
    CHECKCSR mip, 0x4
    WRCHECK hip, 0, 0
    CHECKCSR hvip, 0
    WRCHECK hvip, -1, 0x444
    CHECKCSR hip, 0x444
    CHECKCSR mip, 0x444
    CHECKCSR sip, 0            /* the VS bits are not S bits */
    WRCHECK hvip, 0, 0
    CHECKCSR hip, 0
    /* hvip.VSTIP stays writable from M with menvcfg.STCE = 1 (only mip.STIP
     * becomes read-only, Sstc); QEMU 7.2 masks VSTIP too. */
    li t0, 1 << 63
    csrw menvcfg, t0
    li t0, -1
    csrw vstimecmp, t0          /* no VSTIP from vstimecmp */
    WRCHECK_ONEOF hvip, MIP_VSTIP, 0, MIP_VSTIP
    csrw menvcfg, zero
    WRCHECK hvip, 0, 0

    SECTION "vsip, vsie and hideleg"
    li t0, 0x444
    csrw hvip, t0
    csrw hie, t0
    CHECKCSR vsip, 0           /* hideleg = 0: read-only zero */
    CHECKCSR vsie, 0
    csrw vsie, zero            /* ignored */
    CHECKCSR hie, 0x444
    li t0, 0x040
    csrw hideleg, t0           /* VSTI only */
    /* vsip.STIP and vsip.SEIP alias hip.VSTIP/VSEIP when delegated
     * ("Virtual Supervisor Interrupt Registers"); QEMU 7.2 reads vsip
     * through the writable mask (SSIP only), so they read 0. */
    csrr a0, vsip
    CHECK_ONEOF a0, 0, 0x020
    CHECKCSR vsie, 0x020
    li t0, 0x444
    csrw hideleg, t0
    csrr a0, vsip
    CHECK_ONEOF a0, 0x002, 0x222
    CHECKCSR vsie, 0x222
    WRCHECK vsie, 0x020, 0x020
    CHECKCSR hie, 0x040
    WRCHECK vsie, -1, 0x222
    CHECKCSR hie, 0x444
    WRCHECK_ONEOF vsip, 0, 0, 0x220 /* only vsip.SSIP (hvip.VSSIP) is writable */
    CHECKCSR hvip, 0x440
    WRCHECK_ONEOF vsip, -1, 0x002, 0x222
    CHECKCSR hvip, 0x444
    csrw hvip, zero
    csrw hie, zero
    csrw hideleg, zero

    SECTION "hstatus"
    /* hstatus <- ~0: writable VTSR, VTW, VTVM, VGEIN (6 bits kept, as in
     * QEMU), HU, SPVP, SPV, GVA; VSXL = 2 and VSBE = 0 read-only; every
     * other bit is WPRI and reads 0 ("Hypervisor Status Register");
     * QEMU 7.2 keeps every bit but VSXL and VSBE. */
    WRCHECK_ONEOF hstatus, -1, 0xfffffffeffffffdf, 0x20073f3c0
    WRCHECK hstatus, 0, 0x200000000
    WRCHECK hstatus, HSTATUS_GVA, 0x200000040
    WRCHECK hstatus, HSTATUS_SPV, 0x200000080
    WRCHECK hstatus, HSTATUS_SPVP, 0x200000100
    WRCHECK hstatus, HSTATUS_HU, 0x200000200
    WRCHECK hstatus, HSTATUS_VTVM, 0x200100000
    WRCHECK hstatus, HSTATUS_VTW, 0x200200000
    WRCHECK hstatus, HSTATUS_VTSR, 0x200400000
    WRCHECK hstatus, HSTATUS_VSBE, 0x200000000
    WRCHECK hstatus, (5 << 12), 0x200005000
    WRCHECK hstatus, (1 << 32), 0x200000000
    WRCHECK hstatus, 0, 0x200000000

    SECTION "hgeie, hgeip, hcounteren, htimedelta, htval, htinst, mtval2, mtinst"
    WRCHECK hgeie, -1, 0       /* GEILEN = 0 */
    CHECKCSR hgeip, 0
    H_EXPECT 1f
2:  csrw hgeip, zero           /* read-only CSR */
1:  H_TRAP_INSN 3, M_M, C_ILLEGAL, 2b
    /* hcounteren is a 32-bit register ("Hypervisor Counter-Enable
     * Register"); QEMU 7.2 keeps 64 bits. */
    WRCHECK_ONEOF hcounteren, -1, -1, 0xffffffff
    WRCHECK hcounteren, 0x5, 0x5
    WRCHECK hcounteren, 0, 0
    WRCHECK htimedelta, 0x123456789abcdef0, 0x123456789abcdef0
    WRCHECK htimedelta, -1, -1
    WRCHECK htimedelta, 0, 0
    WRCHECK htval, -1, -1
    WRCHECK htval, 0x20001234, 0x20001234
    WRCHECK htval, 0, 0
    WRCHECK htinst, 0x3000, 0  /* writes ignored (WARL, as in QEMU) */
    WRCHECK mtval2, -1, -1
    WRCHECK mtval2, 0x20001234, 0x20001234
    WRCHECK mtval2, 0, 0
    WRCHECK mtinst, 0x3000, 0x3000
    WRCHECK mtinst, -1, -1
    WRCHECK mtinst, 0, 0

    SECTION "henvcfg"
    li t0, 1 << 63
    csrs menvcfg, t0           /* menvcfg.STCE = 1 */
    /* henvcfg <- ~0: FIOM and STCE (bit 61, ADUE, masked out: Svadu is
     * optional); CBIE/CBCFE/CBZE/PBMTE read 0 without Zicbom/Zicboz/Svpbmt
     * ("Hypervisor Environment Configuration Registers"); QEMU 7.2 keeps
     * them. */
    li t0, -1
    csrw henvcfg, t0
    csrr a0, henvcfg
    li t0, ~(1 << 61)
    and a0, a0, t0
    CHECK_ONEOF a0, 0xc0000000000000f1, 0x8000000000000001
    WRCHECK henvcfg, 1, 1
    WRCHECK henvcfg, (1 << 63), (1 << 63)
    WRCHECK henvcfg, 0, 0
    csrw menvcfg, zero

    SECTION "hgatp"
    WRCHECK hgatp, 0, 0
    /* PPN[1:0] of hgatp read 0 in the paged modes ("Hypervisor Guest
     * Address Translation and Protection Register"); QEMU 7.2 keeps them.
     * 14 VMID bits (VMIDLEN = VMIDMAX, as in QEMU). */
    WRCHECK_ONEOF hgatp, 0x83ffffffffffffff, 0x83ffffffffffffff, 0x83fffffffffffffc
    WRCHECK hgatp, 0x8000000000012344, 0x8000000000012344
    WRCHECK hgatp, 0x9000000000012344, 0x9000000000012344
    WRCHECK hgatp, 0xa000000000012344, 0xa000000000012344
    WRCHECK hgatp, HGATP_SV39X4 | HGATP_VMID(0x2a), HGATP_SV39X4 | HGATP_VMID(0x2a)
    /* Bits 59:58 are read-only zero; QEMU 7.2 keeps them. */
    WRCHECK_ONEOF hgatp, 0x8c00000000000000, 0x8c00000000000000, 0x8000000000000000
    /* A reserved MODE is not ignored as in satp, the fields are WARL:
     * any supported mode may read back; QEMU 7.2 keeps 1 and 15. */
    li t0, (1 << 60) | 0x1000
    csrw hgatp, t0
    csrr a0, hgatp
    MODE_FLAG a0
    CHECK_ONEOF a0, 1, 2
    li t0, (15 << 60) | 0x1000
    csrw hgatp, t0
    csrr a0, hgatp
    MODE_FLAG a0
    CHECK_ONEOF a0, 1, 2
    csrw hgatp, zero
    CHECKCSR hgatp, 0

    SECTION "hgatp and vsatp from HS with mstatus.TVM = 1"
    li t0, MSTATUS_TVM
    csrs mstatus, t0
    MODE_HS
    /* TVM = 1: HS-mode access to hgatp is an illegal instruction
     * ("Hypervisor Guest Address Translation ..."); QEMU 7.2 allows it.
     * 1 = no trap (QEMU), 2 = illegal instruction (spec). */
    li a0, 1
    H_EXPECT 1f
    csrr a1, hgatp
    j 2f
1:  ld a1, FW_TCAUSE(gp)
    li a0, 2
    beq a1, a0, 2f
    li a0, 3
2:  CHECK_ONEOF a0, 1, 2
    sd zero, FW_RESUME(gp)
    li a0, 1
    H_EXPECT 1f
    csrw hgatp, zero
    j 2f
1:  ld a1, FW_TCAUSE(gp)
    li a0, 2
    beq a1, a0, 2f
    li a0, 3
2:  CHECK_ONEOF a0, 1, 2
    sd zero, FW_RESUME(gp)
    /* vsatp is not affected by TVM. */
    H_EXPECT 1f
    li a1, SATP_SV39 | 0x80000
    csrw vsatp, a1
    csrr a2, vsatp
1:  H_NOTRAP
    CHECK a2, SATP_SV39 | 0x80000
    csrw vsatp, zero
    MODE_M
    li t0, MSTATUS_TVM
    csrc mstatus, t0

    SECTION "VS CSRs from M and HS"
    /* vsstatus has no SXL field; QEMU 7.2 resets it with SXL = 2. */
    CHECK_ONEOF s1, 0xa00000000, 0x200000000
    /* vsstatus <- ~0: the sstatus fields only, UXL = 2, SD computed
     * ("Virtual Supervisor Status Register"); QEMU 7.2 keeps every bit. */
    WRCHECK_ONEOF vsstatus, -1, -1, 0x80000002000c6722
    li t0, 0x200000000
    csrw vsstatus, t0
    CHECKCSRM vsstatus, ~(3 << 32), 0
    li t0, 0x2000c0122           /* MXR SUM SPP SPIE SIE, UXL = 2 */
    csrw vsstatus, t0
    CHECKCSR vsstatus, 0x2000c0122
    CHECKCSRM sstatus, 0xc0122, 0   /* HS sstatus untouched */
    li t0, 0x200006000           /* FS = Dirty: SD */
    csrw vsstatus, t0
    /* SD summarises FS/VS/XS in vsstatus too; QEMU 7.2 does not compute
     * it for vsstatus reads. */
    csrr a0, vsstatus
    CHECK_ONEOF a0, 0x200006000, 0x8000000200006000
    li t0, 0x200000000
    csrw vsstatus, t0
    WRCHECK vstvec, 0x80001000, 0x80001000
    WRCHECK vstvec, 0x80001001, 0x80001001
    /* vstvec MODE >= 2 is reserved: WARL, kept as for stvec (the write is
     * ignored); QEMU 7.2 keeps it. */
    WRCHECK_ONEOF vstvec, 0x80001002, 0x80001002, 0x80001001
    WRCHECK vsscratch, -1, -1
    WRCHECK vsscratch, 0x1234, 0x1234
    /* vsepc bit 0 reads 0 (as sepc, "Virtual Supervisor Exception Program
     * Counter"); QEMU 7.2 keeps it. */
    WRCHECK_ONEOF vsepc, -1, -1, -2
    WRCHECK vsepc, 0x80002000, 0x80002000
    WRCHECK vscause, -1, -1
    WRCHECK vscause, 0x800000000000000a, 0x800000000000000a
    WRCHECK vstval, -1, -1
    WRCHECK vstval, 0x4321, 0x4321
    WRCHECK vsatp, SATP_SV39 | (0xffff << 44) | 0xfffffffffff, SATP_SV39 | (0xffff << 44) | 0xfffffffffff
    WRCHECK vsatp, SATP_SV48 | 0x80000, SATP_SV48 | 0x80000
    /* vsatp with a reserved MODE while V = 0: WARL; QEMU 7.2 keeps it. */
    li t0, (1 << 60) | 0x1000
    csrw vsatp, t0
    csrr a0, vsatp
    MODE_FLAG a0
    CHECK_ONEOF a0, 1, 2
    WRCHECK vsatp, 0, 0
    MODE_HS
    WRCHECK vsscratch, 0x5678, 0x5678
    WRCHECK vsepc, 0x80003000, 0x80003000
    WRCHECK vscause, 5, 5
    WRCHECK vstval, 0x9999, 0x9999
    WRCHECK vstvec, 0x80004000, 0x80004000
    WRCHECK vsatp, 0, 0
    li t0, 0x200000000
    csrw vsstatus, t0
    CHECKCSRM vsstatus, ~(3 << 32), 0
    MODE_M

    SECTION "S CSRs are the VS CSRs while V = 1"
    /* A VS page table: identity gigapages for the devices and RAM. */
    SETPTE vs_root, 0, 0, PTE_RWAD
    SETPTE vs_root, 2, 0x80000000, PTE_RWXAD
    /* HS copies with recognisable values. */
    li t0, 0x1111
    csrw sscratch, t0
    li t0, 0x80005000
    csrw sepc, t0
    li t0, 3
    csrw scause, t0
    li t0, 0x2222
    csrw stval, t0
    la t0, __h_strap
    csrw stvec, t0
    csrw satp, zero
    li t0, 0xaaaa
    csrw vsscratch, t0
    li t0, 0x80006000
    csrw vsepc, t0
    li t0, 8
    csrw vscause, t0
    li t0, 0xbbbb
    csrw vstval, t0
    li t0, 0x80007000
    csrw vstvec, t0
    li t0, 0x200040020           /* SUM, SPIE, UXL = 2 */
    csrw vsstatus, t0
    li t0, MSTATUS_SIE | MSTATUS_SPP
    csrs mstatus, t0             /* HS sstatus: SIE (no HS interrupt is
                                    enabled in sie) and SPP */
    li t0, 0x222
    csrw mideleg, t0             /* S bits delegated: mideleg = 0x1666 */
    li t0, 0x444
    csrw hideleg, t0
    csrw hie, t0
    li t0, MIP_VSSIP
    csrw hvip, t0
    MODE_VS
    csrr a0, sstatus
    CHECK a0, 0x200040020
    csrr a0, sscratch
    CHECK a0, 0xaaaa
    csrr a0, sepc
    CHECK a0, 0x80006000
    csrr a0, scause
    CHECK a0, 8
    csrr a0, stval
    CHECK a0, 0xbbbb
    csrr a0, stvec
    CHECK a0, 0x80007000
    csrr a0, satp
    CHECK a0, 0
    csrr a0, sie
    CHECK a0, 0x222
    csrr a0, sip
    CHECK a0, 0x2
    /* Writes go to the VS CSRs. */
    li t0, 0xcccc
    csrw sscratch, t0
    li t0, 0x80008000
    csrw sepc, t0
    li t0, 13
    csrw scause, t0
    li t0, 0xdddd
    csrw stval, t0
    li t0, 0x80009000
    csrw stvec, t0
    la t1, vs_root
    srli t1, t1, 12
    li t0, SATP_SV39 | (7 << 44)
    or t1, t1, t0
    csrw satp, t1              /* identity map: fetches go on */
    csrr a0, satp
    csrw satp, zero
    CHECKR a0, t1
    li t0, MSTATUS_SUM
    csrc sstatus, t0
    li t0, MSTATUS_MXR
    csrs sstatus, t0
    li t0, MIP_STIP
    csrw sie, t0                /* vsie.STIE only: hie = VSTIE */
    csrci sip, MIP_SSIP         /* clears hvip.VSSIP */
    MODE_M
    csrr a0, vsscratch
    CHECK a0, 0xcccc
    csrr a0, vsepc
    CHECK a0, 0x80008000
    csrr a0, vscause
    CHECK a0, 13
    csrr a0, vstval
    CHECK a0, 0xdddd
    csrr a0, vstvec
    CHECK a0, 0x80009000
    csrr a0, vsatp
    CHECK a0, 0
    csrr a0, vsstatus
    li t0, MSTATUS_SUM | MSTATUS_MXR | MSTATUS_SPIE | MSTATUS_SPP
    and a0, a0, t0
    CHECK a0, MSTATUS_MXR | MSTATUS_SPIE
    CHECKCSR hie, 0x40
    CHECKCSR hvip, 0
    /* The HS copies kept their values. */
    csrr a0, sscratch
    CHECK a0, 0x1111
    csrr a0, sepc
    CHECK a0, 0x80005000
    csrr a0, scause
    CHECK a0, 3
    csrr a0, stval
    CHECK a0, 0x2222
    csrr a0, stvec
    CHECKA a0, __h_strap
    csrr a0, satp
    CHECK a0, 0
    CHECKCSRM sstatus, MSTATUS_SUM | MSTATUS_MXR | MSTATUS_SIE | MSTATUS_SPP, MSTATUS_SIE | MSTATUS_SPP

    SECTION "VS sie/sip without the S bits of mideleg"
    li t0, MSTATUS_SIE | MSTATUS_SPP
    csrc mstatus, t0
    csrw mideleg, zero          /* mideleg = 0x1444 */
    li t0, 0x444
    csrw hie, t0
    li t0, MIP_VSSIP
    csrw hvip, t0
    li t0, 0x200000000
    csrw vsstatus, t0
    MODE_VS
    /* vsie/vsip alias the hideleg'd VS bits of hie/hip whatever mideleg's
     * S bits are ("Virtual Supervisor Interrupt Registers"); QEMU 7.2 also
     * masks them with mideleg's S bits. */
    csrr a0, sie
    CHECK_ONEOF a0, 0, 0x222
    csrr a0, sip
    CHECK_ONEOF a0, 0, 0x2
    MODE_M
    csrw hvip, zero
    csrw hie, zero
    csrw hideleg, zero
    la t0, __h_vstrap
    csrw vstvec, t0
TEST_END

    .bss
    .balign 4096
vs_root: .space 4096
