/**
 * Register access for the FPU: NaN-boxed binary32 reads and writes, canonical NaNs, and
 * the flag/dirty bookkeeping every FP instruction ends with.
 */
import type { FpHost } from './fp-host.js';
import { CANON_NAN_D_HI, CANON_NAN_S, f32FromBits, f32ToBits, isSNaNBits32, isSNaNWords } from './fpu-bits.js';

/** Accrues flags and marks FS dirty (the spec allows Dirty after any executed FP instruction). */
export function commit(h: FpHost, flags: number): void {
  if (flags !== 0) h.fflags |= flags;
  h.markFsDirty();
}

/** Accrues flags from an instruction that writes no FP register (marks dirty only if it raised one). */
export function raiseOnly(h: FpHost, flags: number): void {
  if (flags !== 0) {
    h.fflags |= flags;
    h.markFsDirty();
  }
}

/** The binary32 pattern in f[r]; not NaN-boxed means the canonical NaN (spec: "NaN Boxing"). */
export function bitsS(h: FpHost, r: number): number {
  return h.fw[2 * r + 1] === -1 ? h.fw[2 * r] : CANON_NAN_S;
}

/** The value of binary32 f[r] as a double (NaN for any NaN, boxed or not). */
export function readS(h: FpHost, r: number): number {
  return h.fw[2 * r + 1] === -1 ? f32FromBits(h.fw[2 * r]) : NaN;
}

/** Whether f[r] holds a properly boxed binary32 signaling NaN (raw bits: never via Float32Array). */
export function isSNaNS(h: FpHost, r: number): boolean {
  return h.fw[2 * r + 1] === -1 && isSNaNBits32(h.fw[2 * r]);
}

/** Whether f[r] holds a binary64 signaling NaN. */
export function isSNaND(h: FpHost, r: number): boolean {
  return isSNaNWords(h.fw[2 * r + 1], h.fw[2 * r]);
}

/** Writes a binary32 pattern, NaN-boxed. */
export function writeSBits(h: FpHost, rd: number, bits: number): void {
  h.fw[2 * rd] = bits;
  h.fw[2 * rd + 1] = -1;
}

/** Writes a non-NaN value that is exactly representable in binary32, NaN-boxed. */
export function writeS(h: FpHost, rd: number, f: number): void {
  h.fw[2 * rd] = f32ToBits(f);
  h.fw[2 * rd + 1] = -1;
}

export function writeNaNS(h: FpHost, rd: number): void {
  writeSBits(h, rd, CANON_NAN_S);
}

/** Writes the canonical binary64 NaN (never a host NaN, whose sign and payload vary). */
export function writeNaND(h: FpHost, rd: number): void {
  h.fw[2 * rd] = 0;
  h.fw[2 * rd + 1] = CANON_NAN_D_HI;
}

/** Writes integer register rd (lo/hi words); x0 is never written. */
export function writeX(h: FpHost, rd: number, lo: number, hi: number): void {
  if (rd !== 0) {
    h.x[2 * rd] = lo;
    h.x[2 * rd + 1] = hi;
  }
}
