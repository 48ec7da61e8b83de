/**
 * CSR instructions: access checks (privilege, read-only, counter enables, TVM/VTVM, FS, and
 * with V=1 the substitution of VS CSRs and the virtual-instruction cases), then reads and
 * writes with their WARL rules.
 */
import type { Hart } from './hart.js';
import { TWO32 } from './int64.js';
import {
  Csr, Priv, Mstatus, Cause, MSTATUS_HI_FIXED, MSTATUS_SD_HI, MSTATUS_WRITABLE, SSTATUS_MASK,
  SSTATUS_HI_FIXED, MIE_MASK, S_INTERRUPTS, MIP_WRITABLE, MIP_STIP, MEDELEG_MASK, HEDELEG_MASK,
  MENVCFG_STCE_HI, ENVCFG_FIOM, HPM_LAST, SATP_MODE_BARE, SATP_MODE_SV39,
  SATP_MODE_SV48, MISA_LO, MISA_HI, PMP_COUNT, MIP_SSIP, MIP_LCOFIP, VS_SUBSTITUTE, Hstatus,
  HSTATUS_WRITABLE, HSTATUS_HI_FIXED, MSTATUS_HI_MPV, MSTATUS_HI_GVA, VS_INTERRUPTS, MIP_VSSIP,
  MIP_SGEIP, MIP_SEIP, HIDELEG_MASK, HGATP_MODE_SV39X4, HGATP_MODE_SV48X4, HGATP_MODE_SV57X4, VMID_BITS,
} from './csr-numbers.js';

const OK = 0;
const ILLEGAL = Cause.Illegal;
const VIRTUAL = Cause.VirtualInsn;

/** Indices of 64-bit CSRs kept as (lo, hi) pairs in hart.c64. */
export const enum C64 {
  mtvec = 0, stvec, mepc, sepc, mtval, stval, mscratch, sscratch, mcause, scause, satp,
  menvcfg, senvcfg, stimecmp,
  // H extension
  htval, htinst, hgatp, htimedelta, henvcfg, vstvec, vsscratch, vsepc, vscause, vstval, vsatp,
  vstimecmp, mtval2, mtinst,
  /** mhpmevent3..18: selectors kept as written (no events are counted). */
  mhpmevent3, COUNT = mhpmevent3 + 16,
}

/** Result of a CSR read (lo, hi). */
export const csrValue = new Int32Array(2);

function set(lo: number, hi: number): number {
  csrValue[0] = lo;
  csrValue[1] = hi;
  return OK;
}
function setNumber(v: number): number {
  const hi = Math.floor(v / TWO32);
  return set(v - hi * TWO32, hi);
}
function get64(h: Hart, i: C64): number {
  return set(h.c64[2 * i], h.c64[2 * i + 1]);
}
function put64(h: Hart, i: C64, lo: number, hi: number): void {
  h.c64[2 * i] = lo;
  h.c64[2 * i + 1] = hi;
}

/**
 * Executes csrrw/csrrs/csrrc and their immediate forms on CSR n. Returns 0, or the cause to
 * raise (illegal instruction or virtual instruction).
 */
export function csrOp(h: Hart, n: number, f3: number, rd: number, rs1: number): number {
  const imm = (f3 & 4) !== 0;
  const srcLo = imm ? rs1 : h.x[2 * rs1];
  const srcHi = imm ? 0 : h.x[2 * rs1 + 1];
  const op = f3 & 3; // 1 = write, 2 = set, 3 = clear
  // csrrs/csrrc with rs1 = x0 do not write; with any other register they do, even of 0 (Zicsr).
  const writes = op === 1 || rs1 !== 0;
  const eff = resolve(h, n, writes);
  if (eff < 0) return -eff;
  // Even a write-only csrrw must name an existing CSR, so the read doubles as the check.
  const r = readCsr(h, eff);
  if (r !== OK) return r;
  const oldLo = csrValue[0], oldHi = csrValue[1];
  if (writes) {
    let lo = srcLo, hi = srcHi;
    const baseLo = eff === Csr.mip ? mipRmwBase(h, oldLo) : oldLo;
    if (op === 2) { lo = baseLo | srcLo; hi = oldHi | srcHi; }
    else if (op === 3) { lo = baseLo & ~srcLo; hi = oldHi & ~srcHi; }
    const w = writeCsr(h, eff, lo, hi);
    if (w !== OK) return w;
  }
  if (rd !== 0) { h.x[2 * rd] = oldLo; h.x[2 * rd + 1] = oldHi; }
  return OK;
}

/**
 * The mip value csrrs/csrrc modify: as read, but with the software-writable SEIP bit instead
 * of SEIP as read (which ORs in the PLIC's line). Privileged spec 3.1.9: the interrupt
 * controller's signal "is not used to calculate the value written to SEIP". Otherwise an M-mode
 * csrs mip (OpenSBI injecting SSIP) while the line is up would latch SEIP on for good.
 */
function mipRmwBase(h: Hart, readLo: number): number {
  return (readLo & ~MIP_SEIP) | (h.mipSoft & MIP_SEIP);
}

/** Does CSR n exist at all (whoever may access it)? */
function exists(h: Hart, n: number): boolean {
  const priv = h.priv, virt = h.virt;
  h.priv = Priv.M; h.virt = 0;
  const r = readCsr(h, n);
  h.priv = priv; h.virt = virt;
  return r === OK;
}

/**
 * The CSR an access from the current mode reaches, or -cause. CSR address bits 9:8 give the
 * lowest privilege (hypervisor CSRs, 2, belong to HS); bits 11:10 = 3 mark read-only ones.
 * With V=1 (H spec, "Hypervisor and Virtual Supervisor CSRs" and "Virtual-Instruction
 * Exceptions"): M CSRs are illegal; hypervisor and VS CSRs, and from VU supervisor CSRs, raise
 * virtual instruction where HS could have made the same access; S CSRs name their VS twins.
 */
function resolve(h: Hart, n: number, write: boolean): number {
  const level = (n >>> 8) & 3;
  const readOnly = (n >>> 10) === 3;
  if (write && readOnly) return -ILLEGAL;
  if (!h.virt) {
    const need = level === 2 ? Priv.S : level;
    return need > h.priv ? -ILLEGAL : n;
  }
  if (level === 3) return -ILLEGAL;
  if (level === 2 || (level === 1 && h.priv === Priv.U)) return exists(h, n) ? -VIRTUAL : -ILLEGAL;
  if (level === 1) return VS_SUBSTITUTE.get(n) ?? n;
  return n;
}

/** Counter access (cycle 0, time 1, instret 2, hpm 3..): mcounteren, then hcounteren (V=1), then scounteren. */
function counterCheck(h: Hart, idx: number): number {
  if (h.priv === Priv.M) return OK;
  if (((h.mcounteren >>> idx) & 1) === 0) return ILLEGAL;
  if (h.virt) {
    if (((h.hcounteren >>> idx) & 1) === 0) return VIRTUAL;
    if (h.priv === Priv.U && ((h.scounteren >>> idx) & 1) === 0) return VIRTUAL;
    return OK;
  }
  if (h.priv === Priv.U && ((h.scounteren >>> idx) & 1) === 0) return ILLEGAL;
  return OK;
}

function counter(h: Hart, idx: number, value: number): number {
  const c = counterCheck(h, idx);
  return c !== OK ? c : setNumber(value);
}

/** The high word of mstatus: fixed UXL/SXL, MPV/GVA, and SD summarising a dirty FS or VS (3.1.6.6). */
function mstatusHi(h: Hart): number {
  return MSTATUS_HI_FIXED | h.mstatusHi | (dirty(h.mstatus) ? MSTATUS_SD_HI : 0);
}
function dirty(status: number): boolean {
  return (status & Mstatus.FS) === Mstatus.FS || (status & Mstatus.VS) === Mstatus.VS;
}

function fpOn(h: Hart): boolean {
  return (h.mstatus & Mstatus.FS) !== 0 && (h.virt === 0 || (h.vsstatus & Mstatus.FS) !== 0);
}

/**
 * Sstc: stimecmp is reachable below M only with menvcfg.STCE and mcounteren.TM; vstimecmp
 * from VS also needs henvcfg.STCE and hcounteren.TM (else virtual instruction).
 */
function stimecmpCheck(h: Hart, vs: boolean): number {
  if (h.priv === Priv.M) return OK;
  if ((h.c64[2 * C64.menvcfg + 1] & MENVCFG_STCE_HI) === 0 || (h.mcounteren & 2) === 0) return ILLEGAL;
  if (vs && h.virt) {
    if ((h.henvcfgHi() & MENVCFG_STCE_HI) === 0 || (h.hcounteren & 2) === 0) return VIRTUAL;
  }
  return OK;
}

/**
 * satp (and hgatp) from HS with TVM is illegal; vsatp reached as satp from VS with VTVM raises
 * virtual instruction, and vsatp accessed by HS itself is not affected by TVM (H spec, hstatus).
 */
function satpCheck(h: Hart, vs: boolean): number {
  if (vs) return (h.virt && (h.hstatus & Hstatus.VTVM)) ? VIRTUAL : OK;
  return (h.priv === Priv.S && (h.mstatus & Mstatus.TVM)) ? ILLEGAL : OK;
}

/** The hip view: VS interrupt pending bits and SGEIP (H spec, hip). */
function hip(h: Hart): number {
  return h.readMip() & (VS_INTERRUPTS | MIP_SGEIP);
}

/**
 * Reads CSR n (already resolved) into csrValue. Returns 0, or the cause to raise when the CSR
 * does not exist or may not be read now.
 */
export function readCsr(h: Hart, n: number): number {
  switch (n) {
    case Csr.fflags: return fpOn(h) ? set(h.fflags, 0) : ILLEGAL;
    case Csr.frm: return fpOn(h) ? set(h.frm, 0) : ILLEGAL;
    case Csr.fcsr: return fpOn(h) ? set((h.frm << 5) | h.fflags, 0) : ILLEGAL;
    case Csr.cycle: return counter(h, 0, h.cycleCount());
    case Csr.time: return counter(h, 1, h.mtime() + (h.virt ? h.htimedelta() : 0));
    case Csr.instret: return counter(h, 2, h.instretCount());

    case Csr.sstatus: return set(h.mstatus & SSTATUS_MASK, SSTATUS_HI_FIXED | (dirty(h.mstatus) ? MSTATUS_SD_HI : 0));
    case Csr.sie: return set(h.mie & h.mideleg & S_INTERRUPTS, 0);
    case Csr.sip: return set(h.readMip() & h.mideleg & S_INTERRUPTS, 0);
    case Csr.stvec: return get64(h, C64.stvec);
    case Csr.scounteren: return set(h.scounteren, 0);
    case Csr.senvcfg: return get64(h, C64.senvcfg);
    case Csr.sscratch: return get64(h, C64.sscratch);
    case Csr.sepc: return get64(h, C64.sepc);
    case Csr.scause: return get64(h, C64.scause);
    case Csr.stval: return get64(h, C64.stval);
    case Csr.stimecmp: { const c = stimecmpCheck(h, false); return c !== OK ? c : get64(h, C64.stimecmp); }
    case Csr.satp: { const c = satpCheck(h, false); return c !== OK ? c : get64(h, C64.satp); }

    case Csr.hstatus: return set(h.hstatus, HSTATUS_HI_FIXED);
    case Csr.hedeleg: return set(h.hedeleg, 0);
    case Csr.hideleg: return set(h.hideleg, 0);
    case Csr.hie: return set(h.mie & (VS_INTERRUPTS | MIP_SGEIP), 0);
    case Csr.hip: return set(hip(h), 0);
    case Csr.hvip: return set(h.hvip, 0);
    case Csr.hcounteren: return set(h.hcounteren, 0);
    case Csr.hgeie: case Csr.hgeip: return set(0, 0); // GEILEN = 0: no guest external interrupt files
    case Csr.htimedelta: return get64(h, C64.htimedelta);
    case Csr.henvcfg: return set(h.c64[2 * C64.henvcfg], h.henvcfgHi());
    case Csr.htval: return get64(h, C64.htval);
    case Csr.htinst: return get64(h, C64.htinst);
    case Csr.hgatp: return satpCheck(h, false) !== OK ? ILLEGAL : get64(h, C64.hgatp);
    case Csr.vsstatus: return set(h.vsstatus & SSTATUS_MASK, SSTATUS_HI_FIXED | (dirty(h.vsstatus) ? MSTATUS_SD_HI : 0));
    // The guest's sie/sip: VS bits of hie/hip moved down one place, where hideleg lets them through.
    case Csr.vsie: return set((h.mie & h.hideleg & VS_INTERRUPTS) >>> 1, 0);
    case Csr.vsip: return set((hip(h) & h.hideleg & VS_INTERRUPTS) >>> 1, 0);
    case Csr.vstvec: return get64(h, C64.vstvec);
    case Csr.vsscratch: return get64(h, C64.vsscratch);
    case Csr.vsepc: return get64(h, C64.vsepc);
    case Csr.vscause: return get64(h, C64.vscause);
    case Csr.vstval: return get64(h, C64.vstval);
    case Csr.vsatp: { const c = satpCheck(h, true); return c !== OK ? c : get64(h, C64.vsatp); }
    case Csr.vstimecmp: { const c = stimecmpCheck(h, true); return c !== OK ? c : get64(h, C64.vstimecmp); }

    case Csr.mvendorid: case Csr.marchid: case Csr.mimpid: case Csr.mconfigptr: return set(0, 0);
    case Csr.mhartid: return set(h.hartId, 0);
    case Csr.mstatus: return set(h.mstatus, mstatusHi(h));
    case Csr.misa: return set(MISA_LO, MISA_HI);
    case Csr.medeleg: return set(h.medeleg, 0);
    case Csr.mideleg: return set(h.mideleg | h.midelegForced(), 0);
    case Csr.mie: return set(h.mie, 0);
    case Csr.mip: return set(h.readMip(), 0);
    case Csr.mtvec: return get64(h, C64.mtvec);
    case Csr.mcounteren: return set(h.mcounteren, 0);
    case Csr.menvcfg: return get64(h, C64.menvcfg);
    case Csr.mcountinhibit: return set(h.mcountinhibit, 0);
    case Csr.mscratch: return get64(h, C64.mscratch);
    case Csr.mepc: return get64(h, C64.mepc);
    case Csr.mcause: return get64(h, C64.mcause);
    case Csr.mtval: return get64(h, C64.mtval);
    case Csr.mtval2: return get64(h, C64.mtval2);
    case Csr.mtinst: return get64(h, C64.mtinst);
    case Csr.mseccfg: return set(0, 0);
    case Csr.mcycle: return setNumber(h.cycleCount());
    case Csr.minstret: return setNumber(h.instretCount());
    case Csr.tselect: return set(0, 0);
    case Csr.tdata1: case Csr.tdata2: case Csr.tdata3: return set(0, 0);
  }
  if (n >= Csr.pmpcfg0 && n <= Csr.pmpcfg15) return readPmpcfg(h, n - Csr.pmpcfg0);
  if (n >= Csr.pmpaddr0 && n <= Csr.pmpaddr63) return readPmpaddr(h, n - Csr.pmpaddr0);
  if (n >= Csr.hpmcounter3 && n <= Csr.hpmcounter3 + HPM_LAST - 3) return counter(h, n - Csr.cycle, 0);
  if (n >= Csr.mhpmcounter3 && n <= Csr.mhpmcounter3 + HPM_LAST - 3) return set(0, 0);
  if (n >= Csr.mhpmevent3 && n <= Csr.mhpmevent3 + HPM_LAST - 3) return get64(h, C64.mhpmevent3 + (n - Csr.mhpmevent3));
  return ILLEGAL;
}

function readPmpcfg(h: Hart, i: number): number {
  if (i & 1) return ILLEGAL; // RV64 has only the even pmpcfg registers
  if (i * 4 >= PMP_COUNT) return set(0, 0);
  const c = h.pmpcfg;
  const b = i * 4;
  const lo = c[b] | (c[b + 1] << 8) | (c[b + 2] << 16) | (c[b + 3] << 24);
  const hi = c[b + 4] | (c[b + 5] << 8) | (c[b + 6] << 16) | (c[b + 7] << 24);
  return set(lo, hi);
}

function readPmpaddr(h: Hart, i: number): number {
  if (i >= PMP_COUNT) return set(0, 0);
  return set(h.pmpaddr[2 * i], h.pmpaddr[2 * i + 1]);
}

/** sstatus-shaped registers (sstatus, vsstatus): only these bits are writable (UBE, XS read 0). */
const SSTATUS_WRITABLE = SSTATUS_MASK & MSTATUS_WRITABLE;

/**
 * Writes CSR n (already resolved and readable). Returns 0, or the cause when the write itself
 * is not allowed. WARL fields keep their legal values.
 */
export function writeCsr(h: Hart, n: number, lo: number, hi: number): number {
  switch (n) {
    case Csr.fflags: h.fflags = lo & 0x1f; h.markFsDirty(); return OK;
    case Csr.frm: h.frm = lo & 7; h.markFsDirty(); return OK;
    case Csr.fcsr: h.fflags = lo & 0x1f; h.frm = (lo >>> 5) & 7; h.markFsDirty(); return OK;

    case Csr.sstatus: h.setMstatus((h.mstatus & ~SSTATUS_WRITABLE) | (lo & SSTATUS_WRITABLE)); return OK;
    case Csr.sie: {
      const w = h.mideleg & S_INTERRUPTS;
      h.mie = (h.mie & ~w) | (lo & w);
      h.interruptsChanged();
      return OK;
    }
    case Csr.sip: {
      // Only SSIP (and LCOFIP) are writable through sip, and only when delegated.
      const w = (MIP_SSIP | MIP_LCOFIP) & h.mideleg;
      h.mipSoft = (h.mipSoft & ~w) | (lo & w);
      h.interruptsChanged();
      return OK;
    }
    case Csr.stvec: writeTvec(h, C64.stvec, lo, hi); return OK;
    case Csr.scounteren: h.scounteren = lo; return OK;
    case Csr.senvcfg: put64(h, C64.senvcfg, lo & ENVCFG_FIOM, 0); return OK;
    case Csr.sscratch: put64(h, C64.sscratch, lo, hi); return OK;
    case Csr.sepc: put64(h, C64.sepc, lo & ~1, hi); return OK;
    case Csr.scause: put64(h, C64.scause, lo, hi); return OK;
    case Csr.stval: put64(h, C64.stval, lo, hi); return OK;
    case Csr.stimecmp: put64(h, C64.stimecmp, lo, hi); h.timersChanged(); return OK;
    case Csr.satp: writeSatp(h, C64.satp, lo, hi); return OK;

    case Csr.hstatus:
      // VSXL stays 64-bit and VSBE 0 (little-endian only); VGEIN keeps its 6 bits as on QEMU 7.2.
      h.hstatus = lo & (HSTATUS_WRITABLE | Hstatus.VGEIN);
      return OK;
    case Csr.hedeleg: h.hedeleg = lo & HEDELEG_MASK; return OK;
    case Csr.hideleg: h.hideleg = lo & HIDELEG_MASK; h.interruptsChanged(); return OK;
    case Csr.hie: {
      const w = VS_INTERRUPTS | MIP_SGEIP; // SGEIE is writable, as on QEMU 7.2, though GEILEN = 0
      h.mie = (h.mie & ~w) | (lo & w);
      h.interruptsChanged();
      return OK;
    }
    case Csr.hip: h.hvip = (h.hvip & ~MIP_VSSIP) | (lo & MIP_VSSIP); h.interruptsChanged(); return OK;
    case Csr.hvip: h.hvip = lo & VS_INTERRUPTS; h.interruptsChanged(); return OK;
    case Csr.hcounteren: h.hcounteren = lo; return OK;
    case Csr.hgeie: return OK;
    case Csr.htimedelta: put64(h, C64.htimedelta, lo, hi); h.timersChanged(); return OK;
    case Csr.henvcfg:
      // STCE only where menvcfg.STCE allows it (and it reads 0 while menvcfg.STCE is 0, see henvcfgHi).
      put64(h, C64.henvcfg, lo & ENVCFG_FIOM, hi & h.c64[2 * C64.menvcfg + 1] & MENVCFG_STCE_HI);
      h.timersChanged();
      return OK;
    case Csr.htval: put64(h, C64.htval, lo, hi); return OK;
    case Csr.htinst: return OK; // WARL: holds only what traps write; QEMU 7.2 ignores writes too
    case Csr.hgatp: writeHgatp(h, lo, hi); return OK;
    case Csr.vsstatus: h.setVsstatus((h.vsstatus & ~SSTATUS_WRITABLE) | (lo & SSTATUS_WRITABLE)); return OK;
    case Csr.vsie: {
      const w = h.hideleg & VS_INTERRUPTS;
      h.mie = (h.mie & ~w) | ((lo << 1) & w);
      h.interruptsChanged();
      return OK;
    }
    case Csr.vsip: {
      // The guest can set or clear only its software interrupt (VSSIP, when delegated).
      const w = h.hideleg & MIP_VSSIP;
      h.hvip = (h.hvip & ~w) | ((lo << 1) & w);
      h.interruptsChanged();
      return OK;
    }
    case Csr.vstvec: writeTvec(h, C64.vstvec, lo, hi); return OK;
    case Csr.vsscratch: put64(h, C64.vsscratch, lo, hi); return OK;
    case Csr.vsepc: put64(h, C64.vsepc, lo & ~1, hi); return OK;
    case Csr.vscause: put64(h, C64.vscause, lo, hi); return OK;
    case Csr.vstval: put64(h, C64.vstval, lo, hi); return OK;
    case Csr.vsatp: writeSatp(h, C64.vsatp, lo, hi); return OK;
    case Csr.vstimecmp: put64(h, C64.vstimecmp, lo, hi); h.timersChanged(); return OK;

    case Csr.mstatus:
      h.mstatusHi = hi & (MSTATUS_HI_MPV | MSTATUS_HI_GVA);
      h.setMstatus((h.mstatus & ~MSTATUS_WRITABLE) | (lo & MSTATUS_WRITABLE));
      h.privChanged(); // MPV matters to MPRV's regime
      return OK;
    case Csr.misa: return OK; // fixed: writes are ignored (WARL)
    case Csr.medeleg: h.medeleg = lo & MEDELEG_MASK; return OK;
    case Csr.mideleg: h.mideleg = lo & S_INTERRUPTS; h.interruptsChanged(); return OK;
    case Csr.mie: h.mie = lo & MIE_MASK; h.interruptsChanged(); return OK;
    case Csr.mip: {
      // With Sstc enabled STIP mirrors stimecmp and is read-only (Sstc spec). QEMU 7.2 also lets
      // M write VSTIP and VSEIP through mip; the spec makes them read-only there.
      let w = MIP_WRITABLE;
      if (h.c64[2 * C64.menvcfg + 1] & MENVCFG_STCE_HI) w &= ~MIP_STIP;
      h.mipSoft = (h.mipSoft & ~w) | (lo & w);
      // Of the VS bits only VSSIP is writable here, as an alias of hvip.VSSIP (H spec, mip/hip).
      h.hvip = (h.hvip & ~MIP_VSSIP) | (lo & MIP_VSSIP);
      h.interruptsChanged();
      return OK;
    }
    case Csr.mtvec: writeTvec(h, C64.mtvec, lo, hi); return OK;
    case Csr.mcounteren: h.mcounteren = lo; return OK;
    case Csr.menvcfg:
      // ADUE stays 0: A/D bits are always updated by hardware, as QEMU 7.2 does (no Svadu switch).
      put64(h, C64.menvcfg, lo & ENVCFG_FIOM, hi & MENVCFG_STCE_HI);
      h.timersChanged();
      return OK;
    case Csr.mcountinhibit: h.setCountInhibit(lo & ~2); return OK; // 32 bits; TM (bit 1) is read-only zero
    case Csr.mscratch: put64(h, C64.mscratch, lo, hi); return OK;
    case Csr.mepc: put64(h, C64.mepc, lo & ~1, hi); return OK;
    case Csr.mcause: put64(h, C64.mcause, lo, hi); return OK;
    case Csr.mtval: put64(h, C64.mtval, lo, hi); return OK;
    case Csr.mtval2: put64(h, C64.mtval2, lo, hi); return OK;
    case Csr.mtinst: put64(h, C64.mtinst, lo, hi); return OK;
    case Csr.mseccfg: return OK;
    case Csr.mcycle: h.setCycle(hi * TWO32 + (lo >>> 0)); return OK;
    case Csr.minstret: h.setInstret(hi * TWO32 + (lo >>> 0)); return OK;
    case Csr.tselect: case Csr.tdata1: case Csr.tdata2: case Csr.tdata3: return OK;
  }
  if (n >= Csr.pmpcfg0 && n <= Csr.pmpcfg15) return writePmpcfg(h, n - Csr.pmpcfg0, lo, hi);
  if (n >= Csr.pmpaddr0 && n <= Csr.pmpaddr63) return writePmpaddr(h, n - Csr.pmpaddr0, lo, hi);
  // The hpm counters that exist count nothing (writes are dropped); their event selectors keep what is written.
  if (n >= Csr.mhpmcounter3 && n <= Csr.mhpmcounter3 + HPM_LAST - 3) return OK;
  if (n >= Csr.mhpmevent3 && n <= Csr.mhpmevent3 + HPM_LAST - 3) { put64(h, C64.mhpmevent3 + (n - Csr.mhpmevent3), lo, hi); return OK; }
  return ILLEGAL;
}

/**
 * satp/vsatp: Bare, Sv39 and Sv48; any other mode leaves the register unchanged (WARL,
 * privileged spec 4.1.11). Sv57 is refused although QEMU 7.2 takes it: its upper-half
 * addresses (0xff00... and up) lie beyond the +-2^52 a Number holds exactly, so the hart could
 * not translate them. Refusing it is how a guest learns that (Linux probes Sv57, then Sv48).
 */
function writeSatp(h: Hart, reg: C64, lo: number, hi: number): void {
  const mode = hi >>> 28;
  if (mode !== SATP_MODE_BARE && mode !== SATP_MODE_SV39 && mode !== SATP_MODE_SV48) return;
  put64(h, reg, lo, hi);
  h.translationChanged();
}

/**
 * hgatp: Bare, Sv39x4, Sv48x4 and Sv57x4 (as QEMU 7.2); other modes leave it unchanged. VMID keeps VMID_BITS bits;
 * the root is 16 KiB aligned, so the PPN's two low bits read as zero (H spec, hgatp).
 */
function writeHgatp(h: Hart, lo: number, hi: number): void {
  const mode = hi >>> 28;
  if (mode !== SATP_MODE_BARE && mode !== HGATP_MODE_SV39X4 && mode !== HGATP_MODE_SV48X4 && mode !== HGATP_MODE_SV57X4) return;
  const vmidMask = ((1 << VMID_BITS) - 1) << 12; // VMID: bits 57:44, i.e. high-word bits 25:12
  put64(h, C64.hgatp, lo & ~3, (hi & (0xf0000000 | vmidMask | 0xfff)) | 0);
  h.translationChanged();
}

/** mtvec/stvec/vstvec: modes 2 and 3 are reserved; QEMU 7.2 ignores such a write entirely (WARL). */
function writeTvec(h: Hart, i: C64, lo: number, hi: number): void {
  if ((lo & 3) >= 2) return;
  put64(h, i, lo, hi);
}

const PMP_L = 0x80;

function writePmpcfg(h: Hart, i: number, lo: number, hi: number): number {
  if (i & 1) return ILLEGAL;
  if (i * 4 >= PMP_COUNT) return OK;
  const b = i * 4;
  for (let k = 0; k < 8; k++) {
    const e = b + k;
    if (e >= PMP_COUNT) break;
    if (h.pmpcfg[e] & PMP_L) continue; // locked entries ignore writes
    let v = (k < 4 ? lo >>> (8 * k) : hi >>> (8 * (k - 4))) & 0x9f;
    if ((v & 3) === 2) v &= ~3; // W without R is reserved: keep the entry inaccessible-safe (R=W=0)
    h.pmpcfg[e] = v;
  }
  h.pmpChanged();
  return OK;
}

function writePmpaddr(h: Hart, i: number, lo: number, hi: number): number {
  if (i >= PMP_COUNT) return OK;
  if (h.pmpcfg[i] & PMP_L) return OK;
  // An entry followed by a locked TOR entry is locked too (its address is the TOR base).
  if (i + 1 < PMP_COUNT && (h.pmpcfg[i + 1] & PMP_L) && ((h.pmpcfg[i + 1] >> 3) & 3) === 1) return OK;
  h.pmpaddr[2 * i] = lo; // bits 53:0 (G = 0: every bit writable)
  h.pmpaddr[2 * i + 1] = hi & 0x3fffff;
  h.pmpChanged();
  return OK;
}
