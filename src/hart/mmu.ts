/**
 * Address translation and protection: Sv39/Sv48/Sv57 for HS/U, two-stage translation for
 * VS/VU (VS-stage through vsatp, G-stage Sv39x4/Sv48x4 through hgatp), PMP, and TLB fills.
 * The hart's loads, stores and fetches only come here on a TLB miss.
 */
import type { Hart } from './hart.js';
import { WalkStage } from './observer.js';
import { TWO32 } from './int64.js';
import { C64 } from './csr.js';
import {
  Priv, Mstatus, Cause, SATP_MODE_SV39, SATP_MODE_SV48, HGATP_MODE_SV39X4, HGATP_MODE_SV48X4, PMP_COUNT,
} from './csr-numbers.js';

const PAGE = 4096;
/** Physical addresses are 56 bits. */
const PA_LIMIT = 2 ** 56;

/** Access kinds. HLVX reads with execute permission but faults as a load. */
export const ACC_R = 0, ACC_W = 1, ACC_X = 2, ACC_RX = 3;

export const TLB_SIZE = 256;
export const TLB_MASK = TLB_SIZE - 1;
/** One TLB set per translation regime, so that changing privilege or V needs no flush. */
export const TLB_SETS = 5;

export const enum Pte { V = 1, R = 2, W = 4, X = 8, U = 16, G = 32, A = 64, D = 128 }
const enum PmpA { OFF = 0, TOR = 1, NA4 = 2, NAPOT = 3 }

/** The TLB set of a (privilege, V) regime: M, HS, U, VS, VU. */
export function tlbSet(priv: number, virt: number): number {
  if (virt) return (priv === Priv.S ? 3 : 4) * TLB_SIZE;
  return (priv === Priv.M ? 0 : priv === Priv.S ? 1 : 2) * TLB_SIZE;
}

export function pageFaultCause(acc: number): number {
  return acc === ACC_X ? Cause.InsnPage : acc === ACC_W ? Cause.StorePage : Cause.LoadPage;
}
export function guestPageFaultCause(acc: number): number {
  return acc === ACC_X ? Cause.InsnGuestPage : acc === ACC_W ? Cause.StoreGuestPage : Cause.LoadGuestPage;
}
export function accessFaultCause(acc: number): number {
  return acc === ACC_X ? Cause.InsnAccess : acc === ACC_W ? Cause.StoreAccess : Cause.LoadAccess;
}

/**
 * htinst pseudoinstructions for a fault on an implicit VS-stage page-table access (H spec,
 * "Transformed Instruction or Pseudoinstruction"): a 64-bit read, or a 64-bit write when
 * the access was the A/D update.
 */
const PSEUDO_PT_READ64 = 0x00003000;
const PSEUDO_PT_WRITE64 = 0x00003020;

/**
 * Translates va for an access by (priv, virt), checks PMP, and fills the TLB when the page
 * is RAM with uniform PMP permissions. Returns the physical address or -1 (exception raised).
 */
export function translate(h: Hart, va: number, acc: number, size: number, priv: number, virt: number): number {
  if (va !== va) return farAddressFault(h, acc, priv, virt);
  let pa: number;
  if (virt) {
    pa = translateGuest(h, va, acc, priv);
    if (pa < 0) return -1;
  } else if (priv === Priv.M || satpMode(h) === 0) {
    if (va < 0 || va >= PA_LIMIT) { h.raiseVa(accessFaultCause(acc), va, 0); return -1; }
    pa = va;
  } else {
    pa = walk(h, va, acc, priv, 0, h.c64[2 * C64.satp], h.c64[2 * C64.satp + 1]);
    if (pa < 0) return -1;
  }
  const pmp = pmpCheck(h, pa, size, acc, priv);
  if (pmp === 0) { h.raiseVa(accessFaultCause(acc), va, virt); return -1; }
  if (pmp === 2 && acc !== ACC_RX) fillTlb(h, va, pa, acc, tlbSet(priv, virt));
  return pa;
}

/**
 * An address no Number holds (at or beyond +-2^52): never valid. Non-canonical for a paged
 * regime (page fault); with V=1, bare VS-stage and a G-stage it is a guest physical address
 * beyond the G-stage's range (guest-page fault, htval from the exact address); else no memory.
 */
function farAddressFault(h: Hart, acc: number, priv: number, virt: number): number {
  if (virt) {
    const vsBare = (h.c64[2 * C64.vsatp + 1] >>> 28) === 0;
    const gBare = (h.c64[2 * C64.hgatp + 1] >>> 28) === 0;
    if (!vsBare) h.raiseVa(pageFaultCause(acc), NaN, 1);
    else if (!gBare) h.raiseGuestPage(guestPageFaultCause(acc), NaN, NaN, 0);
    else h.raiseVa(accessFaultCause(acc), NaN, 1);
    return -1;
  }
  const paged = priv !== Priv.M && satpMode(h) !== 0;
  h.raiseVa(paged ? pageFaultCause(acc) : accessFaultCause(acc), NaN, 0);
  return -1;
}

function fillTlb(h: Hart, va: number, pa: number, acc: number, set: number): void {
  const off = pa - h.ramBase;
  if (off < 0 || off >= h.ramSize) return;
  const vpn = Math.floor(va / PAGE);
  const pageOff = off - (va - vpn * PAGE);
  if (pageOff < 0 || pageOff + PAGE > h.ramSize) return;
  const i = set + (vpn & TLB_MASK);
  if (acc === ACC_R) { h.tlbTagR[i] = vpn; h.tlbOffR[i] = pageOff; }
  else if (acc === ACC_W) {
    // A page holding translated code stays out of the write TLB: its stores take the slow
    // path, which tells the translations they are stale.
    if (h.codePages !== null && (h.codePages[pageOff / PAGE] & 1) !== 0) return;
    h.tlbTagW[i] = vpn; h.tlbOffW[i] = pageOff;
  }
  else { h.tlbTagX[i] = vpn; h.tlbOffX[i] = pageOff; }
}

function satpMode(h: Hart): number {
  return h.c64[2 * C64.satp + 1] >>> 28;
}

/** VS-stage (vsatp) then G-stage (hgatp) translation of a guest virtual address. */
function translateGuest(h: Hart, va: number, acc: number, priv: number): number {
  const vsatpLo = h.c64[2 * C64.vsatp], vsatpHi = h.c64[2 * C64.vsatp + 1];
  let gpa: number;
  if ((vsatpHi >>> 28) === 0) {
    // Bare VS-stage: the guest physical address is the virtual one, which must fit hgatp's range.
    gpa = va;
  } else {
    gpa = walk(h, va, acc, priv, 1, vsatpLo, vsatpHi);
    if (gpa < 0) return -1;
  }
  return gstage(h, gpa, acc, va, 0, acc);
}

/**
 * G-stage translation of a guest physical address (H spec, "Guest Physical Address
 * Translation"): every access counts as a U-mode access, leaves need U. `acc` is the
 * permission needed; a failure raises the guest-page fault of the original access `faultAcc`
 * (an implicit page-table access reports the access that caused the walk), with `gva` in stval
 * and the GPA in htval; `pseudo` is the htinst pseudoinstruction of an implicit access, else 0.
 */
function gstage(h: Hart, gpa: number, acc: number, gva: number, pseudo: number, faultAcc: number): number {
  const pa = gstageTables(h, gpa, acc, gva, pseudo, faultAcc);
  if (h.observer !== null) observeGstage(h, gpa, acc, pa);
  return pa;
}

/** A bare G-stage walks nothing: only Sv39x4/Sv48x4 walks are reported. */
function observeGstage(h: Hart, gpa: number, acc: number, pa: number): void {
  const mode = h.c64[2 * C64.hgatp + 1] >>> 28;
  if (mode !== 0) h.observer!.walk(h, WalkStage.G, mode, gpa, acc, pa);
}

/** gstage() without the report (its own retry after a lost A/D update comes here). */
function gstageTables(h: Hart, gpa: number, acc: number, gva: number, pseudo: number, faultAcc: number): number {
  const hgatpLo = h.c64[2 * C64.hgatp], hgatpHi = h.c64[2 * C64.hgatp + 1];
  const mode = hgatpHi >>> 28;
  if (mode === 0) {
    if (gpa < 0 || gpa >= PA_LIMIT) { h.raiseVa(accessFaultCause(acc), gva, 1); return -1; }
    return gpa;
  }
  const levels = mode === HGATP_MODE_SV39X4 ? 3 : mode === HGATP_MODE_SV48X4 ? 4 : 5;
  const limit = 2 ** (12 + 9 * levels + 2); // two extra bits in the root index
  if (gpa < 0 || gpa >= limit) { h.raiseGuestPage(guestPageFaultCause(faultAcc), gva, gpa, pseudo); return -1; }
  // The 16 KiB root: PPN with its two low bits ignored.
  let table = (((hgatpHi & 0xfff) * TWO32 + (hgatpLo >>> 0)) - (hgatpLo & 3)) * PAGE;
  for (let level = levels - 1; level >= 0; level--) {
    const span = 2 ** (12 + 9 * level);
    const idx = level === levels - 1 ? Math.floor(gpa / span) : Math.floor(gpa / span) & 511;
    const pteAddr = table + idx * 8;
    const off = pteAddr - h.ramBase;
    if (off < 0 || off + 8 > h.ramSize || pmpCheck(h, pteAddr, 8, ACC_R, Priv.S) === 0) {
      h.raiseVa(accessFaultCause(faultAcc), gva, 1);
      return -1;
    }
    const wi = off >>> 2;
    const lo = Atomics.load(h.m32, wi), hi = h.m32[wi + 1];
    if ((lo & Pte.V) === 0 || ((lo & Pte.R) === 0 && (lo & Pte.W) !== 0) || (hi >>> 22) !== 0) break;
    const ppn = (hi & 0x3fffff) * 1048576 + (lo >>> 10);
    if ((lo & (Pte.R | Pte.X)) === 0) {
      if (level === 0 || (lo & (Pte.A | Pte.D | Pte.U)) !== 0) break;
      table = ppn * PAGE;
      continue;
    }
    // G-stage permissions: always as U, MXR from the HS-level mstatus (H spec 9.5.1).
    if ((lo & Pte.U) === 0 || !permits(lo, acc, (h.mstatus & Mstatus.MXR) !== 0)) break;
    if (ppn % 2 ** (9 * level) !== 0) break; // misaligned superpage
    const need = Pte.A | (acc === ACC_W ? Pte.D : 0);
    if ((lo & need) !== need && Atomics.compareExchange(h.m32, wi, lo, lo | need) !== lo) {
      return gstageTables(h, gpa, acc, gva, pseudo, faultAcc);
    }
    return ppn * PAGE + (gpa - Math.floor(gpa / span) * span);
  }
  h.raiseGuestPage(guestPageFaultCause(faultAcc), gva, gpa, pseudo);
  return -1;
}

/** R/W/X permission of a leaf for an access kind, MXR making executable pages readable. */
function permits(pte: number, acc: number, mxr: boolean): boolean {
  if (acc === ACC_X || acc === ACC_RX) return (pte & Pte.X) !== 0;
  if (acc === ACC_W) return (pte & Pte.W) !== 0;
  return (pte & Pte.R) !== 0 || (mxr && (pte & Pte.X) !== 0);
}

/**
 * Single-stage walk (privileged spec 4.3.2) of satp (virt = 0) or the VS-stage of vsatp
 * (virt = 1, whose page-table addresses are guest-physical and go through the G-stage).
 * A/D bits are set in hardware, as QEMU 7.2 does. Returns the (guest) physical address or -1.
 */
function walk(h: Hart, va: number, acc: number, priv: number, virt: number, satpLo: number, satpHi: number): number {
  const pa = walkTables(h, va, acc, priv, virt, satpLo, satpHi);
  if (h.observer !== null) h.observer.walk(h, virt ? WalkStage.VS : WalkStage.S, satpHi >>> 28, va, acc, pa);
  return pa;
}

/** walk() without the report (its own retry after a lost A/D update comes here). */
function walkTables(h: Hart, va: number, acc: number, priv: number, virt: number, satpLo: number, satpHi: number): number {
  const mode = satpHi >>> 28;
  const levels = mode === SATP_MODE_SV39 ? 3 : mode === SATP_MODE_SV48 ? 4 : 5;
  const half = 2 ** (12 + 9 * levels - 1);
  if (va < -half || va >= half) { h.raiseVa(pageFaultCause(acc), va, virt); return -1; }
  // With V=1 the guest's own sstatus (vsstatus) supplies SUM and MXR; mstatus.MXR also applies.
  const status = virt ? h.vsstatus : h.mstatus;
  const sum = (status & Mstatus.SUM) !== 0;
  const mxr = ((status | (virt ? h.mstatus : 0)) & Mstatus.MXR) !== 0;
  let table = ((satpHi & 0xfff) * TWO32 + (satpLo >>> 0)) * PAGE;
  for (let level = levels - 1; level >= 0; level--) {
    const span = 2 ** (12 + 9 * level);
    const ptePa = virt ? gstage(h, table + (Math.floor(va / span) & 511) * 8, ACC_R, va, PSEUDO_PT_READ64, acc)
      : table + (Math.floor(va / span) & 511) * 8;
    if (ptePa < 0) return -1;
    const off = ptePa - h.ramBase;
    // Implicit page-table reads are S-mode accesses for PMP (privileged spec 3.7.1).
    if (off < 0 || off + 8 > h.ramSize || pmpCheck(h, ptePa, 8, ACC_R, Priv.S) === 0) {
      h.raiseVa(accessFaultCause(acc), va, virt);
      return -1;
    }
    const wi = off >>> 2;
    const lo = Atomics.load(h.m32, wi), hi = h.m32[wi + 1];
    if ((lo & Pte.V) === 0 || ((lo & Pte.R) === 0 && (lo & Pte.W) !== 0) || (hi >>> 22) !== 0) {
      // Invalid, W without R, or reserved/N/PBMT bits set (not implemented here).
      h.raiseVa(pageFaultCause(acc), va, virt);
      return -1;
    }
    const ppn = (hi & 0x3fffff) * 1048576 + (lo >>> 10); // bits 53:10
    if ((lo & (Pte.R | Pte.X)) === 0) {
      if (level === 0 || (lo & (Pte.A | Pte.D | Pte.U)) !== 0) { h.raiseVa(pageFaultCause(acc), va, virt); return -1; }
      table = ppn * PAGE;
      continue;
    }
    if (!leafAllows(lo, acc, priv, sum, mxr)) { h.raiseVa(pageFaultCause(acc), va, virt); return -1; }
    if (ppn % 2 ** (9 * level) !== 0) { h.raiseVa(pageFaultCause(acc), va, virt); return -1; } // misaligned superpage
    const need = Pte.A | (acc === ACC_W ? Pte.D : 0);
    if ((lo & need) !== need) {
      // The A/D update is a write; for a VS-stage PTE it must be writable at G-stage too.
      if (virt && gstage(h, table + (Math.floor(va / span) & 511) * 8, ACC_W, va, PSEUDO_PT_WRITE64, acc) < 0) return -1;
      // Set A/D only if the PTE is unchanged since we read it; otherwise walk again (4.3.2 step 8).
      if (Atomics.compareExchange(h.m32, wi, lo, lo | need) !== lo) return walkTables(h, va, acc, priv, virt, satpLo, satpHi);
    }
    return ppn * PAGE + (va - Math.floor(va / span) * span);
  }
  return -1;
}

function leafAllows(pte: number, acc: number, priv: number, sum: boolean, mxr: boolean): boolean {
  const user = (pte & Pte.U) !== 0;
  if (priv === Priv.U && !user) return false;
  if (priv === Priv.S && user && (acc === ACC_X || acc === ACC_RX || !sum)) return false;
  return permits(pte, acc, mxr);
}

/**
 * PMP check (privileged spec 3.7): 0 = denied, 1 = allowed for this access only,
 * 2 = allowed and the same answer holds for the whole 4 KiB page (cacheable in the TLB).
 */
export function pmpCheck(h: Hart, pa: number, size: number, acc: number, priv: number): number {
  const pageLo = Math.floor(pa / PAGE) * PAGE, pageHi = pageLo + PAGE;
  let uniform = true;
  for (let i = 0; i < PMP_COUNT; i++) {
    const cfg = h.pmpcfg[i];
    if (((cfg >>> 3) & 3) === PmpA.OFF) continue;
    const lo = h.pmpLo[i], hi = h.pmpHi[i];
    if (hi <= lo) continue;
    if (!(pa < hi && pa + size > lo)) {
      if (pageLo < hi && pageHi > lo) uniform = false; // a higher-priority entry overlaps the page
      continue;
    }
    if (pa < lo || pa + size > hi) return 0; // straddles the region edge: fails
    const locked = (cfg & 0x80) !== 0;
    const bit = acc === ACC_R ? 0 : acc === ACC_W ? 1 : acc === ACC_X ? 2 : 0;
    const ok = (priv === Priv.M && !locked) || ((cfg >>> bit) & 1) !== 0;
    if (!ok) return 0;
    return uniform && pageLo >= lo && pageHi <= hi ? 2 : 1;
  }
  if (priv === Priv.M) return uniform ? 2 : 1;
  // No entry matched an S/U access: with PMP entries implemented it fails, active or not
  // (privileged spec 3.7.1). QEMU 7.2 instead faults the mret into S/U when none is active.
  return 0;
}

/** Recomputes each PMP entry's byte range (privileged spec 3.7.1, "Address Matching"). */
export function pmpRanges(h: Hart): void {
  for (let i = 0; i < PMP_COUNT; i++) {
    const a = (h.pmpcfg[i] >>> 3) & 3;
    const lo = h.pmpaddr[2 * i], hi = h.pmpaddr[2 * i + 1];
    const addr = ((hi >>> 0) * TWO32 + (lo >>> 0)) * 4; // inexact only above 2^53, where no RAM is
    if (a === PmpA.TOR) {
      h.pmpLo[i] = i === 0 ? 0 : ((h.pmpaddr[2 * i - 1] >>> 0) * TWO32 + (h.pmpaddr[2 * i - 2] >>> 0)) * 4;
      h.pmpHi[i] = addr;
    } else if (a === PmpA.NA4) {
      h.pmpLo[i] = addr;
      h.pmpHi[i] = addr + 4;
    } else if (a === PmpA.NAPOT) {
      // Trailing ones give the size 2^(ones+3); clearing them gives the base exactly.
      const ones = lo === -1 ? 32 + ctz32(~hi) : ctz32(~lo);
      const baseLo = ones >= 32 ? 0 : lo & ~((2 ** ones - 1) | 0);
      const baseHi = ones >= 32 ? hi & ~((2 ** (ones - 32) - 1) | 0) : hi;
      const base = ((baseHi >>> 0) * TWO32 + (baseLo >>> 0)) * 4;
      h.pmpLo[i] = base;
      h.pmpHi[i] = base + 2 ** (ones + 3);
    } else {
      h.pmpLo[i] = h.pmpHi[i] = 0;
    }
  }
}

function ctz32(v: number): number {
  return v === 0 ? 32 : 31 - Math.clz32(v & -v);
}
