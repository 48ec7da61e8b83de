/**
 * Conversions: FCVT between integer and floating point, and between S and D.
 * `kind` is the rs2 field of FCVT: 0 = W, 1 = WU, 2 = L, 3 = LU.
 */
import type { FpHost } from './fp-host.js';
import {
  NX, NV, RNE, RTZ, RDN, RUP, RMM, TWO_32, TWO_52, TWO_63, TWO_64,
  twoSumErr,
} from './fpu-bits.js';
import { adjustD, isTieAway } from './fpu-round.js';
import { commit, isSNaND, isSNaNS, raiseOnly, readS, writeNaND, writeNaNS, writeS, writeX } from './fpu-regs.js';
import { finishS, finishSWide } from './fpu-single.js';

/** x (finite) rounded to an integral value in mode rm (IEEE 754 roundToIntegral). */
function roundToIntegral(x: number, rm: number): number {
  if (!(Math.abs(x) < TWO_52)) return x; // already integral (or infinite)
  const t = Math.trunc(x);
  const frac = x - t; // exact
  if (frac === 0) return t;
  switch (rm) {
    case RNE: {
      const af = Math.abs(frac);
      return af > 0.5 || (af === 0.5 && t % 2 !== 0) ? t + Math.sign(frac) : t;
    }
    case RTZ:
      return t;
    case RDN:
      return frac < 0 ? t - 1 : t;
    case RUP:
      return frac > 0 ? t + 1 : t;
    default: // RMM
      return Math.abs(frac) >= 0.5 ? t + Math.sign(frac) : t;
  }
}

/** Whether integral r fits the destination type. */
function fitsInt(r: number, kind: number): boolean {
  switch (kind) {
    case 0: return r >= -2147483648 && r <= 2147483647;
    case 1: return r >= 0 && r <= 4294967295;
    case 2: return r >= -TWO_63 && r < TWO_63;
    default: return r >= 0 && r < TWO_64;
  }
}

/**
 * Saturated results for invalid conversions (spec table "Domains of float-to-integer
 * conversion and behavior for invalid inputs"): NaN and too-large positive values give the
 * maximum, too-large negative values the minimum. 32-bit results are sign-extended.
 */
function writeSaturated(h: FpHost, rd: number, kind: number, negative: boolean): void {
  switch (kind) {
    case 0:
      if (negative) writeX(h, rd, 0x80000000 | 0, -1);
      else writeX(h, rd, 0x7fffffff, 0);
      break;
    case 2:
      if (negative) writeX(h, rd, 0, 0x80000000 | 0);
      else writeX(h, rd, -1, 0x7fffffff);
      break;
    default: // WU, LU
      if (negative) writeX(h, rd, 0, 0);
      else writeX(h, rd, -1, -1);
  }
}

/** FCVT.{W,WU,L,LU}.{S,D}: x is the exact source value (NaN for any NaN). */
export function fcvtToInt(h: FpHost, rd: number, x: number, rm: number, kind: number): void {
  if (x !== x) {
    writeSaturated(h, rd, kind, false);
    raiseOnly(h, NV);
    return;
  }
  const r = roundToIntegral(x, rm);
  if (!fitsInt(r, kind)) {
    writeSaturated(h, rd, kind, x < 0);
    raiseOnly(h, NV);
    return;
  }
  if (kind < 2) {
    const lo = r | 0; // WU values >= 2^31 wrap to the same bits, then sign-extend (spec: FCVT.WU)
    writeX(h, rd, lo, lo >> 31);
  } else {
    const hi = Math.floor(r / TWO_32);
    writeX(h, rd, (r - hi * TWO_32) | 0, hi | 0);
  }
  raiseOnly(h, r !== x ? NX : 0);
}

/** Integer operand rs1 as (rounded-to-nearest double, exact error); error left in intErr. */
let intErr = 0;
function intOperand(h: FpHost, rs1: number, kind: number): number {
  const lo = h.x[2 * rs1];
  intErr = 0;
  if (kind === 0) return lo;
  if (kind === 1) return lo >>> 0;
  const hiWord = h.x[2 * rs1 + 1];
  const high = (kind === 2 ? hiWord : hiWord >>> 0) * TWO_32; // exact
  const low = lo >>> 0;
  const s = high + low; // correctly rounded to nearest
  intErr = twoSumErr(high, low, s);
  return s;
}

/** FCVT.D.{W,WU,L,LU} */
export function fcvtDFromInt(h: FpHost, rd: number, rs1: number, rm: number, kind: number): void {
  let s = intOperand(h, rs1, kind);
  const err = intErr;
  let flags = 0;
  if (err !== 0) {
    flags = NX;
    if (rm !== RNE) s = adjustD(s, err, rm === RMM && isTieAway(s, err), rm);
  }
  h.f[rd] = s;
  commit(h, flags);
}

/** FCVT.S.{W,WU,L,LU} */
export function fcvtSFromInt(h: FpHost, rd: number, rs1: number, rm: number, kind: number): void {
  const s = intOperand(h, rs1, kind);
  finishSWide(h, rd, s, intErr, rm);
}

/** FCVT.S.D */
export function fcvtSD(h: FpHost, rd: number, rs1: number, rm: number): void {
  const d = h.f[rs1];
  if (d !== d) {
    writeNaNS(h, rd);
    commit(h, isSNaND(h, rs1) ? NV : 0);
  } else if (d === 0 || d - d !== 0) {
    writeS(h, rd, d); // zeros and infinities convert exactly
    commit(h, 0);
  } else {
    finishS(h, rd, d, 0, rm);
  }
}

/** FCVT.D.S: exact. */
export function fcvtDS(h: FpHost, rd: number, rs1: number): void {
  const x = readS(h, rs1);
  if (x !== x) {
    writeNaND(h, rd);
    commit(h, isSNaNS(h, rs1) ? NV : 0);
  } else {
    h.f[rd] = x;
    commit(h, 0);
  }
}
