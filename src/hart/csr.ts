/**
 * CSR reads and writes with their WARL rules. Access checks (privilege, read-only, counter
 * enables, TVM, FS) happen here too, so the executor just asks "may I, and what is it".
 */
import type { Hart } from './hart.js';
import {
  Csr, Priv, Mstatus, MSTATUS_HI_FIXED, MSTATUS_SD_HI, MSTATUS_WRITABLE, SSTATUS_MASK,
  SSTATUS_HI_FIXED, MIE_MASK, S_INTERRUPTS, MIP_WRITABLE, MIP_STIP, MEDELEG_MASK, MENVCFG_STCE_HI,
  ENVCFG_FIOM, HPM_LAST, SATP_MODE_SV57, SATP_MODE_BARE, SATP_MODE_SV39, SATP_MODE_SV48, MISA_LO, MISA_HI,
  PMP_COUNT, MIP_SSIP, MIP_LCOFIP,
} from './csr-numbers.js';

const TWO32 = 4294967296;

/** Indices of 64-bit CSRs kept as (lo, hi) pairs in hart.c64. */
export const enum C64 {
  mtvec = 0, stvec, mepc, sepc, mtval, stval, mscratch, sscratch, mcause, scause, satp,
  menvcfg, senvcfg, stimecmp,
  /** mhpmevent3..18: selectors kept as written (no events are counted). */
  mhpmevent3, COUNT = mhpmevent3 + 16,
}

/** Result of a CSR read (lo, hi). */
export const csrValue = new Int32Array(2);

function set(lo: number, hi: number): boolean {
  csrValue[0] = lo;
  csrValue[1] = hi;
  return true;
}
function setNumber(v: number): boolean {
  const hi = Math.floor(v / TWO32);
  return set(v - hi * TWO32, hi);
}
function get64(h: Hart, i: C64): boolean {
  return set(h.c64[2 * i], h.c64[2 * i + 1]);
}
function put64(h: Hart, i: C64, lo: number, hi: number): void {
  h.c64[2 * i] = lo;
  h.c64[2 * i + 1] = hi;
}

/** May the current privilege read the counter at bit `idx` (cycle 0, time 1, instret 2, ...)? */
function counterAllowed(h: Hart, idx: number): boolean {
  if (h.priv === Priv.M) return true;
  if (((h.mcounteren >>> idx) & 1) === 0) return false;
  if (h.priv === Priv.U && ((h.scounteren >>> idx) & 1) === 0) return false;
  return true;
}

/** The high word: fixed UXL/SXL, and SD summarising a dirty FS or VS (privileged spec 3.1.6.6). */
function mstatusHi(h: Hart): number {
  const dirty = (h.mstatus & Mstatus.FS) === Mstatus.FS || (h.mstatus & Mstatus.VS) === Mstatus.VS;
  return MSTATUS_HI_FIXED | (dirty ? MSTATUS_SD_HI : 0);
}

/** The privilege a CSR address requires (bits 9:8) and whether it is read-only (11:10 = 3). */
export function csrAccessible(h: Hart, n: number, write: boolean): boolean {
  if (((n >>> 8) & 3) > h.priv) return false;
  if (write && (n >>> 10) === 3) return false;
  return true;
}

/**
 * Reads CSR n into csrValue. Returns false if the CSR does not exist or may not be read
 * now (the caller raises illegal instruction).
 */
export function readCsr(h: Hart, n: number): boolean {
  switch (n) {
    case Csr.fflags: return fpOn(h) && set(h.fflags, 0);
    case Csr.frm: return fpOn(h) && set(h.frm, 0);
    case Csr.fcsr: return fpOn(h) && set((h.frm << 5) | h.fflags, 0);
    case Csr.cycle: return counterAllowed(h, 0) && setNumber(h.cycleCount());
    case Csr.time: return counterAllowed(h, 1) && setNumber(h.mtime());
    case Csr.instret: return counterAllowed(h, 2) && setNumber(h.instretCount());

    case Csr.sstatus: return set(h.mstatus & SSTATUS_MASK, SSTATUS_HI_FIXED | (mstatusHi(h) & MSTATUS_SD_HI));
    case Csr.sie: return set(h.mie & h.mideleg, 0);
    case Csr.sip: return set(h.readMip() & h.mideleg, 0);
    case Csr.stvec: return get64(h, C64.stvec);
    case Csr.scounteren: return set(h.scounteren, 0);
    case Csr.senvcfg: return get64(h, C64.senvcfg);
    case Csr.sscratch: return get64(h, C64.sscratch);
    case Csr.sepc: return get64(h, C64.sepc);
    case Csr.scause: return get64(h, C64.scause);
    case Csr.stval: return get64(h, C64.stval);
    case Csr.stimecmp: return stimecmpAllowed(h) && get64(h, C64.stimecmp);
    case Csr.satp: return !(h.priv === Priv.S && (h.mstatus & Mstatus.TVM)) && get64(h, C64.satp);

    case Csr.mvendorid: case Csr.marchid: case Csr.mimpid: case Csr.mconfigptr: return set(0, 0);
    case Csr.mhartid: return set(h.hartId, 0);
    case Csr.mstatus: return set(h.mstatus, mstatusHi(h));
    case Csr.misa: return set(MISA_LO, MISA_HI);
    case Csr.medeleg: return set(h.medeleg, 0);
    case Csr.mideleg: return set(h.mideleg, 0);
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
    case Csr.mseccfg: return set(0, 0);
    case Csr.mcycle: return setNumber(h.cycleCount());
    case Csr.minstret: return setNumber(h.instretCount());
    case Csr.tselect: return set(0, 0);
    case Csr.tdata1: case Csr.tdata2: case Csr.tdata3: return set(0, 0);
  }
  if (n >= Csr.pmpcfg0 && n <= Csr.pmpcfg15) return readPmpcfg(h, n - Csr.pmpcfg0);
  if (n >= Csr.pmpaddr0 && n <= Csr.pmpaddr63) return readPmpaddr(h, n - Csr.pmpaddr0);
  if (n >= Csr.hpmcounter3 && n <= Csr.hpmcounter3 + HPM_LAST - 3) return counterAllowed(h, n - Csr.cycle) && set(0, 0);
  if (n >= Csr.mhpmcounter3 && n <= Csr.mhpmcounter3 + HPM_LAST - 3) return set(0, 0);
  if (n >= Csr.mhpmevent3 && n <= Csr.mhpmevent3 + HPM_LAST - 3) return get64(h, C64.mhpmevent3 + (n - Csr.mhpmevent3));
  return false;
}

function fpOn(h: Hart): boolean {
  return (h.mstatus & Mstatus.FS) !== 0;
}

/** Sstc: stimecmp is reachable from S only when menvcfg.STCE and mcounteren.TM are set. */
function stimecmpAllowed(h: Hart): boolean {
  if (h.priv === Priv.M) return true;
  if ((h.c64[2 * C64.menvcfg + 1] & MENVCFG_STCE_HI) === 0) return false;
  return (h.mcounteren & 2) !== 0;
}

function readPmpcfg(h: Hart, i: number): boolean {
  if (i & 1) return false; // RV64 has only the even pmpcfg registers
  if (i * 4 >= PMP_COUNT) return set(0, 0);
  const c = h.pmpcfg;
  const b = i * 4;
  const lo = c[b] | (c[b + 1] << 8) | (c[b + 2] << 16) | (c[b + 3] << 24);
  const hi = c[b + 4] | (c[b + 5] << 8) | (c[b + 6] << 16) | (c[b + 7] << 24);
  return set(lo, hi);
}

function readPmpaddr(h: Hart, i: number): boolean {
  if (i >= PMP_COUNT) return set(0, 0);
  return set(h.pmpaddr[2 * i], h.pmpaddr[2 * i + 1]);
}

/**
 * Writes CSR n (already checked readable/writable by address). Returns false when the
 * write itself is illegal (e.g. TVM). WARL fields keep their legal values.
 */
export function writeCsr(h: Hart, n: number, lo: number, hi: number): boolean {
  switch (n) {
    case Csr.fflags: if (!fpOn(h)) return false; h.fflags = lo & 0x1f; h.markFsDirty(); return true;
    case Csr.frm: if (!fpOn(h)) return false; h.frm = lo & 7; h.markFsDirty(); return true;
    case Csr.fcsr: if (!fpOn(h)) return false; h.fflags = lo & 0x1f; h.frm = (lo >>> 5) & 7; h.markFsDirty(); return true;

    case Csr.sstatus: { // UBE and XS show in sstatus but are read-only zero here
      const w = SSTATUS_MASK & MSTATUS_WRITABLE;
      h.setMstatus((h.mstatus & ~w) | (lo & w));
      return true;
    }
    case Csr.sie: h.mie = (h.mie & ~h.mideleg) | (lo & h.mideleg & MIE_MASK); h.interruptsChanged(); return true;
    case Csr.sip: {
      // Only SSIP (and LCOFIP) are writable through sip, and only when delegated.
      const w = (MIP_SSIP | MIP_LCOFIP) & h.mideleg;
      h.mipSoft = (h.mipSoft & ~w) | (lo & w);
      h.interruptsChanged();
      return true;
    }
    case Csr.stvec: writeTvec(h, C64.stvec, lo, hi); return true;
    case Csr.scounteren: h.scounteren = lo; return true;
    case Csr.senvcfg: put64(h, C64.senvcfg, lo & ENVCFG_FIOM, 0); return true;
    case Csr.sscratch: put64(h, C64.sscratch, lo, hi); return true;
    case Csr.sepc: put64(h, C64.sepc, lo & ~1, hi); return true;
    case Csr.scause: put64(h, C64.scause, lo, hi); return true;
    case Csr.stval: put64(h, C64.stval, lo, hi); return true;
    case Csr.stimecmp:
      if (!stimecmpAllowed(h)) return false;
      put64(h, C64.stimecmp, lo, hi);
      h.timersChanged();
      return true;
    case Csr.satp:
      if (h.priv === Priv.S && (h.mstatus & Mstatus.TVM)) return false;
      writeSatp(h, lo, hi);
      return true;

    case Csr.mstatus: h.setMstatus((h.mstatus & ~MSTATUS_WRITABLE) | (lo & MSTATUS_WRITABLE)); return true;
    case Csr.misa: return true; // fixed: writes are ignored (WARL)
    case Csr.medeleg: h.medeleg = lo & MEDELEG_MASK; return true;
    case Csr.mideleg: h.mideleg = lo & S_INTERRUPTS; h.interruptsChanged(); return true;
    case Csr.mie: h.mie = lo & MIE_MASK; h.interruptsChanged(); return true;
    case Csr.mip: {
      // With Sstc enabled STIP mirrors stimecmp and is read-only (Sstc spec).
      let w = MIP_WRITABLE;
      if (h.c64[2 * C64.menvcfg + 1] & MENVCFG_STCE_HI) w &= ~MIP_STIP;
      h.mipSoft = (h.mipSoft & ~w) | (lo & w);
      h.interruptsChanged();
      return true;
    }
    case Csr.mtvec: writeTvec(h, C64.mtvec, lo, hi); return true;
    case Csr.mcounteren: h.mcounteren = lo; return true;
    case Csr.menvcfg:
      // ADUE stays 0: A/D bits are always updated by hardware, as QEMU 7.2 does (no Svadu switch).
      put64(h, C64.menvcfg, lo & ENVCFG_FIOM, hi & MENVCFG_STCE_HI);
      h.timersChanged();
      return true;
    case Csr.mcountinhibit: h.setCountInhibit(lo & ~2); return true; // 32 bits; TM (bit 1) is read-only zero
    case Csr.mscratch: put64(h, C64.mscratch, lo, hi); return true;
    case Csr.mepc: put64(h, C64.mepc, lo & ~1, hi); return true;
    case Csr.mcause: put64(h, C64.mcause, lo, hi); return true;
    case Csr.mtval: put64(h, C64.mtval, lo, hi); return true;
    case Csr.mseccfg: return true;
    case Csr.mcycle: h.setCycle(hi * TWO32 + (lo >>> 0)); return true;
    case Csr.minstret: h.setInstret(hi * TWO32 + (lo >>> 0)); return true;
    case Csr.tselect: case Csr.tdata1: case Csr.tdata2: case Csr.tdata3: return true;
  }
  if (n >= Csr.pmpcfg0 && n <= Csr.pmpcfg15) return writePmpcfg(h, n - Csr.pmpcfg0, lo, hi);
  if (n >= Csr.pmpaddr0 && n <= Csr.pmpaddr63) return writePmpaddr(h, n - Csr.pmpaddr0, lo, hi);
  // The hpm counters that exist count nothing (writes are dropped); their event selectors keep what is written.
  if (n >= Csr.mhpmcounter3 && n <= Csr.mhpmcounter3 + HPM_LAST - 3) return true;
  if (n >= Csr.mhpmevent3 && n <= Csr.mhpmevent3 + HPM_LAST - 3) { put64(h, C64.mhpmevent3 + (n - Csr.mhpmevent3), lo, hi); return true; }
  return false;
}

/** satp: Bare, Sv39, Sv48 and Sv57 are accepted (as QEMU 7.2); other modes leave satp unchanged (WARL). */
function writeSatp(h: Hart, lo: number, hi: number): void {
  const mode = hi >>> 28;
  if (mode !== SATP_MODE_BARE && mode !== SATP_MODE_SV39 && mode !== SATP_MODE_SV48 && mode !== SATP_MODE_SV57) return;
  // PPN is 44 bits (43:0); ASID 16 bits (59:44).
  put64(h, C64.satp, lo, hi);
  h.translationChanged();
}

/** mtvec/stvec: modes 2 and 3 are reserved; QEMU 7.2 ignores such a write entirely (WARL). */
function writeTvec(h: Hart, i: C64, lo: number, hi: number): void {
  if ((lo & 3) >= 2) return;
  put64(h, i, lo, hi);
}

const PMP_L = 0x80;

function writePmpcfg(h: Hart, i: number, lo: number, hi: number): boolean {
  if (i & 1) return false;
  if (i * 4 >= PMP_COUNT) return true;
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
  return true;
}

function writePmpaddr(h: Hart, i: number, lo: number, hi: number): boolean {
  if (i >= PMP_COUNT) return true;
  if (h.pmpcfg[i] & PMP_L) return true;
  // An entry followed by a locked TOR entry is locked too (its address is the TOR base).
  if (i + 1 < PMP_COUNT && (h.pmpcfg[i + 1] & PMP_L) && ((h.pmpcfg[i + 1] >> 3) & 3) === 1) return true;
  h.pmpaddr[2 * i] = lo; // bits 53:0 (G = 0: every bit writable)
  h.pmpaddr[2 * i + 1] = hi & 0x3fffff;
  h.pmpChanged();
  return true;
}
