/**
 * Address translation for debuggers: what a hart's current regime maps a virtual address to,
 * without any of a real access's side effects (no A/D updates, no TLB fills, no exceptions)
 * and without permission checks, so a debugger can read execute-only code or user pages from
 * S-mode. Also walks whole page tables for the monitor's `info mem` and `info tlb`.
 * The formats are the privileged spec's ("Sv39", "Sv48", "Sv57", and the H chapter's
 * "Two-Stage Address Translation").
 */
import { Pte } from '../hart/mmu.js';
import { Priv, SATP_MODE_SV39, SATP_MODE_SV48, SATP_MODE_SV57 } from '../hart/csr-numbers.js';

const PAGE = 4096;
const TWO32 = 4294967296;

/** A hart's translation regime: privilege, V, and satp/vsatp/hgatp as (lo, hi) words. */
export interface Regime {
  priv: number;
  virt: number;
  satpLo: number; satpHi: number;
  vsatpLo: number; vsatpHi: number;
  hgatpLo: number; hgatpHi: number;
}

/** Physical memory the walker reads page tables from: RAM as 32-bit words at `base`. */
export interface PtMemory {
  words: Int32Array;
  base: number;
  size: number;
}

/** Levels of a satp/hgatp mode (Sv39 = 8, Sv48 = 9, Sv57 = 10; same numbers for the x4 G-stage modes), 0 for Bare or unknown. */
export function modeLevels(mode: number): number {
  return mode === SATP_MODE_SV39 ? 3 : mode === SATP_MODE_SV48 ? 4 : mode === SATP_MODE_SV57 ? 5 : 0;
}

/** The root page-table address of a satp-format register (PPN in bits 43:0). */
export function rootOf(lo: number, hi: number): number {
  return ((hi & 0xfff) * TWO32 + (lo >>> 0)) * PAGE;
}

/** Reads the 8-byte PTE at physical `pa`, or returns false when it is not in RAM. */
function readPte(mem: PtMemory, pa: number, out: Int32Array): boolean {
  const off = pa - mem.base;
  if (off < 0 || off + 8 > mem.size || off % 8 !== 0) return false;
  out[0] = Atomics.load(mem.words, off >>> 2);
  out[1] = mem.words[(off >>> 2) + 1];
  return true;
}

const pte = new Int32Array(2);

/**
 * One stage: walks the table at `root` with `levels` levels for `va`. `extraRootBits` is 2
 * for a G-stage (its root is four pages), `ptAddr` maps each page-table address (identity,
 * or the G-stage for a VS-stage walk). Returns the output address or -1.
 */
function walk(mem: PtMemory, root: number, levels: number, extraRootBits: number, va: number,
  ptAddr: (a: number) => number): number {
  let table = root;
  for (let level = levels - 1; level >= 0; level--) {
    const span = 2 ** (12 + 9 * level);
    const width = level === levels - 1 ? 512 * 2 ** extraRootBits : 512;
    const idx = mod(Math.floor(va / span), width);
    const pa = ptAddr(table + idx * 8);
    if (pa < 0 || !readPte(mem, pa, pte)) return -1;
    const lo = pte[0], hi = pte[1];
    if ((lo & Pte.V) === 0 || ((lo & Pte.R) === 0 && (lo & Pte.W) !== 0)) return -1;
    const ppn = (hi & 0x3fffff) * 1048576 + (lo >>> 10);
    if ((lo & (Pte.R | Pte.X)) === 0) { table = ppn * PAGE; continue; }
    if (ppn % 2 ** (9 * level) !== 0) return -1;
    return ppn * PAGE + mod(va, span);
  }
  return -1;
}

/** Non-negative remainder (the index bits of a sign-extended address). */
function mod(a: number, m: number): number {
  const r = a % m;
  return r < 0 ? r + m : r;
}

/** G-stage translation of a guest physical address, or -1. */
export function gstageTranslate(mem: PtMemory, r: Regime, gpa: number): number {
  const levels = modeLevels(r.hgatpHi >>> 28);
  if (levels === 0) return gpa;
  if (gpa < 0 || gpa >= 2 ** (12 + 9 * levels + 2)) return -1;
  const root = rootOf(r.hgatpLo & ~3, r.hgatpHi);
  return walk(mem, root, levels, 2, gpa, (a) => a);
}

/**
 * The physical address `va` maps to for instruction fetches and (without MPRV) data accesses
 * of the regime, or -1 when nothing is mapped there. M-mode and Bare are the identity.
 */
export function debugTranslate(mem: PtMemory, r: Regime, va: number): number {
  if (!Number.isFinite(va)) return -1;
  if (r.virt) {
    const levels = modeLevels(r.vsatpHi >>> 28);
    let gpa = va;
    if (levels !== 0) {
      if (!canonical(va, levels)) return -1;
      gpa = walk(mem, rootOf(r.vsatpLo, r.vsatpHi), levels, 0, va, (a) => gstageTranslate(mem, r, a));
      if (gpa < 0) return -1;
    }
    return gstageTranslate(mem, r, gpa);
  }
  const levels = modeLevels(r.satpHi >>> 28);
  if (r.priv === Priv.M || levels === 0) return va >= 0 ? va : -1;
  if (!canonical(va, levels)) return -1;
  return walk(mem, rootOf(r.satpLo, r.satpHi), levels, 0, va, (a) => a);
}

/** Sign-extended from bit 12 + 9 * levels - 1 (privileged spec 4.4.1). */
function canonical(va: number, levels: number): boolean {
  const half = 2 ** (12 + 9 * levels - 1);
  return va >= -half && va < half;
}

/** One leaf of a page table, as `info tlb` lists it. */
export interface Mapping {
  va: number;
  pa: number;
  size: number;
  /** PTE flag bits (V R W X U G A D). */
  flags: number;
}

/**
 * Every leaf of a page table (at most `limit`), in address order. Virtual addresses come out
 * sign-extended (negative Numbers for the upper half, as the hart holds them).
 */
export function listMappings(mem: PtMemory, root: number, levels: number, extraRootBits: number, limit: number,
  ptAddr: (a: number) => number = (a) => a): Mapping[] {
  const out: Mapping[] = [];
  const top = 12 + 9 * levels + extraRootBits;
  const visit = (table: number, level: number, base: number): void => {
    const span = 2 ** (12 + 9 * level);
    const width = level === levels - 1 ? 512 * 2 ** extraRootBits : 512;
    for (let i = 0; i < width && out.length < limit; i++) {
      const pa = ptAddr(table + i * 8);
      if (pa < 0 || !readPte(mem, pa, pte)) continue;
      const lo = pte[0], hi = pte[1];
      if ((lo & Pte.V) === 0 || ((lo & Pte.R) === 0 && (lo & Pte.W) !== 0)) continue;
      const ppn = (hi & 0x3fffff) * 1048576 + (lo >>> 10);
      const va = base + i * span;
      if ((lo & (Pte.R | Pte.X)) === 0) {
        if (level > 0) visit(ppn * PAGE, level - 1, va);
        continue;
      }
      const signed = extraRootBits === 0 && va >= 2 ** (top - 1) ? va - 2 ** top : va;
      out.push({ va: signed, pa: ppn * PAGE, size: span, flags: lo & 0xff });
    }
  };
  visit(root, levels - 1, 0);
  return out;
}

/** "rwxugad" style flags, '-' where clear. */
export function flagString(flags: number): string {
  const names: [number, string][] = [[Pte.R, 'r'], [Pte.W, 'w'], [Pte.X, 'x'], [Pte.U, 'u'], [Pte.G, 'g'], [Pte.A, 'a'], [Pte.D, 'd']];
  return names.map(([bit, c]) => ((flags & bit) !== 0 ? c : '-')).join('');
}
