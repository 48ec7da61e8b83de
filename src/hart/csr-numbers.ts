/**
 * CSR numbers and bit fields (privileged spec, "Control and Status Registers" and the
 * machine/supervisor chapters). The one place these numbers live.
 */
export const enum Csr {
  fflags = 0x001, frm = 0x002, fcsr = 0x003,
  cycle = 0xc00, time = 0xc01, instret = 0xc02,
  hpmcounter3 = 0xc03, hpmcounter31 = 0xc1f,

  sstatus = 0x100, sie = 0x104, stvec = 0x105, scounteren = 0x106, senvcfg = 0x10a,
  sscratch = 0x140, sepc = 0x141, scause = 0x142, stval = 0x143, sip = 0x144,
  stimecmp = 0x14d, satp = 0x180,

  mvendorid = 0xf11, marchid = 0xf12, mimpid = 0xf13, mhartid = 0xf14, mconfigptr = 0xf15,
  mstatus = 0x300, misa = 0x301, medeleg = 0x302, mideleg = 0x303, mie = 0x304, mtvec = 0x305,
  mcounteren = 0x306, menvcfg = 0x30a, mcountinhibit = 0x320,
  mhpmevent3 = 0x323, mhpmevent31 = 0x33f,
  mscratch = 0x340, mepc = 0x341, mcause = 0x342, mtval = 0x343, mip = 0x344,
  pmpcfg0 = 0x3a0, pmpcfg15 = 0x3af, pmpaddr0 = 0x3b0, pmpaddr63 = 0x3ef,
  mseccfg = 0x747,
  mcycle = 0xb00, minstret = 0xb02, mhpmcounter3 = 0xb03, mhpmcounter31 = 0xb1f,

  tselect = 0x7a0, tdata1 = 0x7a1, tdata2 = 0x7a2, tdata3 = 0x7a3, tinfo = 0x7a4,

  // Hypervisor extension (privileged spec, "Hypervisor Extension")
  hstatus = 0x600, hedeleg = 0x602, hideleg = 0x603, hie = 0x604, htimedelta = 0x605,
  hcounteren = 0x606, hgeie = 0x607, henvcfg = 0x60a, htval = 0x643, hip = 0x644, hvip = 0x645,
  htinst = 0x64a, hgatp = 0x680, hgeip = 0xe12,
  vsstatus = 0x200, vsie = 0x204, vstvec = 0x205, vsscratch = 0x240, vsepc = 0x241, vscause = 0x242,
  vstval = 0x243, vsip = 0x244, vstimecmp = 0x24d, vsatp = 0x280,
  mtinst = 0x34a, mtval2 = 0x34b,
}

/**
 * While V=1, these supervisor CSR numbers name the VS CSRs instead (H spec, "Hypervisor and
 * Virtual Supervisor CSRs"): the guest sees its own sstatus, satp, ...
 */
export const VS_SUBSTITUTE: ReadonlyMap<number, number> = new Map([
  [Csr.sstatus, Csr.vsstatus], [Csr.sie, Csr.vsie], [Csr.stvec, Csr.vstvec], [Csr.sscratch, Csr.vsscratch],
  [Csr.sepc, Csr.vsepc], [Csr.scause, Csr.vscause], [Csr.stval, Csr.vstval], [Csr.sip, Csr.vsip],
  [Csr.satp, Csr.vsatp], [Csr.stimecmp, Csr.vstimecmp],
]);

export const enum Priv { U = 0, S = 1, M = 3 }

/** mstatus bits in the low word. */
export const enum Mstatus {
  SIE = 1 << 1, MIE = 1 << 3, SPIE = 1 << 5, UBE = 1 << 6, MPIE = 1 << 7, SPP = 1 << 8,
  VS = 3 << 9, MPP = 3 << 11, MPP_SHIFT = 11, FS = 3 << 13, FS_SHIFT = 13, XS = 3 << 15,
  MPRV = 1 << 17, SUM = 1 << 18, MXR = 1 << 19, TVM = 1 << 20, TW = 1 << 21, TSR = 1 << 22,
}
/** mstatus high word: UXL = SXL = 2 (64-bit), fixed. SD (bit 63) is derived from FS. */
export const MSTATUS_HI_FIXED = 0x0000000a;
export const MSTATUS_SD_HI = 0x80000000 | 0;
/**
 * Writable low-word bits of mstatus. UBE/SBE/MBE stay 0 (little-endian only). VS is writable
 * although there is no V extension: the spec lets it be (3.1.6.6) and QEMU 7.2 does so.
 */
export const MSTATUS_WRITABLE =
  Mstatus.SIE | Mstatus.MIE | Mstatus.SPIE | Mstatus.MPIE | Mstatus.SPP | Mstatus.MPP | Mstatus.FS | Mstatus.VS |
  Mstatus.MPRV | Mstatus.SUM | Mstatus.MXR | Mstatus.TVM | Mstatus.TW | Mstatus.TSR;
/** The sstatus view of mstatus (low word). */
export const SSTATUS_MASK =
  Mstatus.SIE | Mstatus.SPIE | Mstatus.UBE | Mstatus.SPP | Mstatus.VS | Mstatus.FS | Mstatus.XS |
  Mstatus.SUM | Mstatus.MXR;
/** sstatus high word shows UXL (bits 33:32) and SD. */
export const SSTATUS_HI_FIXED = 0x00000002;

/** Interrupt numbers and mip/mie bits. */
export const enum Irq {
  SSI = 1, VSSI = 2, MSI = 3, STI = 5, VSTI = 6, MTI = 7, SEI = 9, VSEI = 10, MEI = 11, SGEI = 12, LCOFI = 13,
}
export const MIP_SSIP = 1 << Irq.SSI;
export const MIP_MSIP = 1 << Irq.MSI;
export const MIP_STIP = 1 << Irq.STI;
export const MIP_MTIP = 1 << Irq.MTI;
export const MIP_SEIP = 1 << Irq.SEI;
export const MIP_MEIP = 1 << Irq.MEI;
export const MIP_LCOFIP = 1 << Irq.LCOFI;
export const MIP_VSSIP = 1 << Irq.VSSI;
export const MIP_VSTIP = 1 << Irq.VSTI;
export const MIP_VSEIP = 1 << Irq.VSEI;
export const MIP_SGEIP = 1 << Irq.SGEI;
/** The VS-level interrupts and SGEI: always delegated past M (mideleg reads them as one). */
export const VS_INTERRUPTS = MIP_VSSIP | MIP_VSTIP | MIP_VSEIP;
export const MIDELEG_FORCED = VS_INTERRUPTS | MIP_SGEIP;
/** Interrupts that exist on this hart. */
export const MIE_MASK = MIP_SSIP | MIP_MSIP | MIP_STIP | MIP_MTIP | MIP_SEIP | MIP_MEIP | MIP_LCOFIP | VS_INTERRUPTS | MIP_SGEIP;
/** Supervisor-level interrupts mideleg can delegate. */
export const S_INTERRUPTS = MIP_SSIP | MIP_STIP | MIP_SEIP | MIP_LCOFIP;
/** mip bits software may write through mip (others are driven by hardware); VS bits go to hvip. */
export const MIP_WRITABLE = MIP_SSIP | MIP_STIP | MIP_SEIP | MIP_LCOFIP;
/** hideleg's writable bits: the VS interrupts. */
export const HIDELEG_MASK = VS_INTERRUPTS;
/**
 * Taking order when several interrupts are pending and enabled (privileged spec 3.1.9 and the
 * H chapter: MEI, MSI, MTI, SEI, SSI, STI, SGEI, VSEI, VSSI, VSTI, then LCOFI).
 */
export const IRQ_PRIORITY: readonly number[] = [
  Irq.MEI, Irq.MSI, Irq.MTI, Irq.SEI, Irq.SSI, Irq.STI, Irq.SGEI, Irq.VSEI, Irq.VSSI, Irq.VSTI, Irq.LCOFI,
];

/** Exception causes. */
export const enum Cause {
  InsnMisaligned = 0, InsnAccess = 1, Illegal = 2, Breakpoint = 3,
  LoadMisaligned = 4, LoadAccess = 5, StoreMisaligned = 6, StoreAccess = 7,
  EcallU = 8, EcallS = 9, EcallVS = 10, EcallM = 11,
  InsnPage = 12, LoadPage = 13, StorePage = 15,
  InsnGuestPage = 20, LoadGuestPage = 21, VirtualInsn = 22, StoreGuestPage = 23,
}
/**
 * medeleg's writable bits: causes 0-13, 15 and the guest-page faults and virtual instruction
 * (20-23). Bit 11 (ecall from M) is writable as on QEMU 7.2, though a trap from M is never delegated.
 */
export const MEDELEG_MASK = 0xf0bfff;
/**
 * hedeleg's writable bits: what can be delegated on to VS. Not the ecalls from HS/VS/M, nor
 * guest-page faults and virtual instructions, which only HS can handle (H spec, hedeleg).
 */
export const HEDELEG_MASK = 0xb1ff;

/** menvcfg bits (high word): STCE = bit 63, PBMTE = 62, ADUE = 61. */
export const MENVCFG_STCE_HI = 0x80000000 | 0;
export const MENVCFG_PBMTE_HI = 0x40000000;
export const MENVCFG_ADUE_HI = 0x20000000;
/** menvcfg/senvcfg low word: FIOM (bit 0), CBIE (5:4), CBCFE (6), CBZE (7). */
export const ENVCFG_FIOM = 1;

/** satp fields (high word view): MODE in bits 63:60, ASID 59:44. */
export const SATP_MODE_BARE = 0;
export const SATP_MODE_SV39 = 8;
export const SATP_MODE_SV48 = 9;
export const SATP_MODE_SV57 = 10;

/** misa for RV64 IMAFDC + H + S + U (MXL = 2 in bits 63:62). */
export const MISA_LO =
  (1 << 0) | (1 << 2) | (1 << 3) | (1 << 5) | (1 << 7) | (1 << 8) | (1 << 12) | (1 << 18) | (1 << 20);
export const MISA_HI = 0x80000000 | 0;

export const PMP_COUNT = 16;
/** QEMU 7.2's default PMU: mhpmcounter3..18 exist (read zero); 19..31 are illegal. */
export const HPM_LAST = 18;

/** mstatus high-word bits of the H extension: GVA (bit 38) and MPV (bit 39). */
export const MSTATUS_HI_GVA = 1 << 6;
export const MSTATUS_HI_MPV = 1 << 7;

/** hstatus (low word) fields; VSXL (bits 33:32) is fixed at 2. */
export const enum Hstatus {
  VSBE = 1 << 5, GVA = 1 << 6, SPV = 1 << 7, SPVP = 1 << 8, HU = 1 << 9, VGEIN = 0x3f << 12,
  VTVM = 1 << 20, VTW = 1 << 21, VTSR = 1 << 22,
}
export const HSTATUS_WRITABLE = Hstatus.GVA | Hstatus.SPV | Hstatus.SPVP | Hstatus.HU | Hstatus.VTVM | Hstatus.VTW | Hstatus.VTSR;
export const HSTATUS_HI_FIXED = 0x2;

/** hgatp modes (bits 63:60). */
export const HGATP_MODE_SV39X4 = 8;
export const HGATP_MODE_SV48X4 = 9;
export const HGATP_MODE_SV57X4 = 10;
/** VMID width: 14 bits (hgatp bits 57:44), as QEMU 7.2. */
export const VMID_BITS = 14;
