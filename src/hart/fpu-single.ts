/**
 * binary32 arithmetic (F extension): add, sub, mul, div, sqrt and the fused multiply-adds.
 *
 * Operands are exact in binary64, so each operation is computed in binary64 (exactly for
 * mul and for the product of an FMA) together with, where it can matter (add/sub, FMA,
 * 64-bit integers), the sign of that computation's error, and then rounded to binary32. For add/sub/mul/div/sqrt that second rounding in
 * RNE equals a direct rounding (binary64 has more than 2*24+2 bits), so Math.fround is
 * used; directed modes, subnormal or overflowing results, and the FMA (whose binary64 sum
 * can land exactly on a binary32 midpoint) go through roundToF32 with the error sign.
 */
import type { FpHost } from './fp-host.js';
import { NX, DZ, NV, RNE, RDN, F32_MIN_NORMAL, onBinary32Grid, twoSumErr } from './fpu-bits.js';
import { roundToF32, roundFlags } from './fpu-round.js';
import { commit, isSNaNS, readS, writeNaNS, writeS, writeSBits } from './fpu-regs.js';
import { fmaSpecial, specialFlags } from './fpu-special.js';

/**
 * Writes the binary32 rounding of exact = d + (error of sign err) to f[rd] and accrues
 * flags. Valid whenever RNE-rounding d directly is innocuous (see file comment) or err is 0.
 */
export function finishS(h: FpHost, rd: number, d: number, err: number, rm: number): void {
  if (rm === RNE) {
    const f = Math.fround(d);
    const af = Math.abs(f);
    // Normal, finite results: no tininess or overflow question.
    if (af > F32_MIN_NORMAL && af < Infinity) {
      writeS(h, rd, f);
      commit(h, f !== d || err !== 0 ? NX : 0);
      return;
    }
  }
  writeSBits(h, rd, roundToF32(d, err > 0 ? 1 : err < 0 ? -1 : 0, rm));
  commit(h, roundFlags);
}

/**
 * Like finishS, for d that is itself a rounded binary64 value of something wider (FMA sum,
 * 64-bit integer): if d sits on a binary32 midpoint, the error term decides the direction.
 */
export function finishSWide(h: FpHost, rd: number, d: number, err: number, rm: number): void {
  if (err !== 0 && onBinary32Grid(d)) {
    writeSBits(h, rd, roundToF32(d, err > 0 ? 1 : -1, rm));
    commit(h, roundFlags);
  } else {
    finishS(h, rd, d, err, rm);
  }
}

function nanS(h: FpHost, rd: number, nv: boolean): void {
  writeNaNS(h, rd);
  commit(h, nv ? NV : 0);
}

function nanNV2(h: FpHost, rs1: number, rs2: number, a: number, b: number): boolean {
  return a !== a || b !== b ? isSNaNS(h, rs1) || isSNaNS(h, rs2) : true;
}

/** FADD.S, and FSUB.S when sub. */
export function addS(h: FpHost, rd: number, rs1: number, rs2: number, rm: number, sub: boolean): void {
  const a = readS(h, rs1);
  const b = sub ? -readS(h, rs2) : readS(h, rs2);
  let s = a + b;
  if (s - s !== 0) {
    // NaN operand or inf - inf; otherwise an infinite operand (binary32 sums cannot overflow binary64).
    if (s !== s) nanS(h, rd, nanNV2(h, rs1, rs2, a, b));
    else exactS(h, rd, s);
    return;
  }
  if (s === 0) {
    if (rm === RDN) s = -(-a - b); // IEEE 754 §6.3 sign of an exact zero sum
    exactS(h, rd, s);
    return;
  }
  finishS(h, rd, s, twoSumErr(a, b, s), rm);
}

function exactS(h: FpHost, rd: number, f: number): void {
  writeS(h, rd, f);
  commit(h, 0);
}

/** FMUL.S: the binary64 product of two binary32 values is exact. */
export function mulS(h: FpHost, rd: number, rs1: number, rs2: number, rm: number): void {
  const a = readS(h, rs1);
  const b = readS(h, rs2);
  const p = a * b;
  if (p - p !== 0) {
    if (p !== p) nanS(h, rd, nanNV2(h, rs1, rs2, a, b));
    else exactS(h, rd, p);
    return;
  }
  if (p === 0) exactS(h, rd, p);
  else finishS(h, rd, p, 0, rm);
}

/** FDIV.S */
export function divS(h: FpHost, rd: number, rs1: number, rs2: number, rm: number): void {
  const a = readS(h, rs1);
  const b = readS(h, rs2);
  const q = a / b;
  if (q - q !== 0) {
    if (q !== q) nanS(h, rd, nanNV2(h, rs1, rs2, a, b));
    else {
      writeS(h, rd, q);
      commit(h, b === 0 && a - a === 0 ? DZ : 0); // finite/0 divides by zero; inf/x is exact
    }
    return;
  }
  if (q === 0) {
    exactS(h, rd, q);
    return;
  }
  // The binary64 quotient carries no error sign, and needs none: only a quotient on the
  // 25-bit grid (a binary32 value or midpoint) could hide the direction, and such a q is
  // exact, since a - q*b is a multiple of ulp(q)*ulp(b) yet smaller than it.
  finishS(h, rd, q, 0, rm);
}

/** FSQRT.S */
export function sqrtS(h: FpHost, rd: number, rs1: number, rm: number): void {
  const a = readS(h, rs1);
  if (!(a > 0 && a < Infinity)) {
    if (a !== a) nanS(h, rd, isSNaNS(h, rs1));
    else if (a === 0 || a === Infinity) exactS(h, rd, a);
    else nanS(h, rd, true);
    return;
  }
  // As for division, a binary64 root on the 25-bit grid is exact (a - s*s would be a
  // non-zero multiple of ulp(s)^2 smaller than ulp(s)^2), so no error sign is needed.
  finishS(h, rd, Math.sqrt(a), 0, rm);
}

/** FMADD.S family (see fmaD for the negations). a*b is exact in binary64; p + c = s + err exactly. */
export function fmaS(
  h: FpHost, rd: number, rs1: number, rs2: number, rs3: number, rm: number, negProduct: boolean, negAddend: boolean,
): void {
  const a = negProduct ? -readS(h, rs1) : readS(h, rs1);
  const b = readS(h, rs2);
  const c = negAddend ? -readS(h, rs3) : readS(h, rs3);
  const p = a * b;
  let s = p + c;
  if (s - s !== 0) {
    const anySNaN = isSNaNS(h, rs1) || isSNaNS(h, rs2) || isSNaNS(h, rs3);
    const v = fmaSpecial(a, b, c, anySNaN);
    if (v !== v) nanS(h, rd, (specialFlags & NV) !== 0);
    else {
      writeS(h, rd, v);
      commit(h, specialFlags);
    }
    return;
  }
  if (s === 0) {
    if (rm === RDN) s = -(-p - c); // exact zero: §6.3 sign rule (p is exact, so this covers 0*x + 0 too)
    exactS(h, rd, s);
    return;
  }
  finishSWide(h, rd, s, twoSumErr(p, c, s), rm);
}
