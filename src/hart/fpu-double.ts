/**
 * binary64 arithmetic (D extension): add, sub, mul, div, sqrt and the fused multiply-adds.
 *
 * Fast path: the host computes the round-to-nearest-even result, an error-free
 * transformation (TwoSum, Dekker's TwoProduct, exact remainder) gives the sign of the
 * rounding error, and directed modes move the result by one ulp. Whenever the range
 * conditions those transformations need are not met (overflow, results near the subnormal
 * range, extreme operands), the BigInt path in fpu-exact.ts computes the result instead.
 */
import type { FpHost } from './fp-host.js';
import {
  NX, OF, DZ, NV, RNE, RDN, RMM, F64_MIN_NORMAL, pow2, twoSumErr, twoProductErr,
} from './fpu-bits.js';
import { adjustD, isTieAway, roundTailD, roundFlags } from './fpu-round.js';
import { exactAddD, exactMulD, exactDivD, exactFmaD, exactFlags } from './fpu-exact.js';
import { commit, isSNaND, writeNaND } from './fpu-regs.js';
import { fmaSpecial, specialFlags } from './fpu-special.js';

/**
 * Dekker's product error is exact only if it is not below the subnormal grid: with
 * |a*b| >= 2^-968 the error's LSB (ulp(a)*ulp(b)) is at least 2^-1073.
 */
const PROD_MIN = pow2(-968);
/** Keeps products, and everything derived from them, well away from overflow. */
const PROD_MAX = pow2(1021);
/** Veltkamp splitting multiplies by 2^27+1: operands must stay below 2^995. */
const SPLIT_MAX = pow2(995);
/** Results at least this large are normal, and so are their neighbours: no tininess question. */
const RESULT_MIN = pow2(-1020);
/** Results below this cannot overflow by a one-ulp directed step. */
const RESULT_MAX = pow2(1022);
/** A dividend at least this large keeps the quotient*divisor error above the subnormal grid. */
const DIVIDEND_MIN = pow2(-966);
/** sqrt operands outside [2^-960, 2^960] are scaled by 2^±200 (exact) so the residual stays exact. */
const SQRT_SMALL = pow2(-960);
const SQRT_BIG = pow2(960);
const SQRT_UP = pow2(200);
const SQRT_DOWN = pow2(-200);
const SQRT_UNDO_UP = pow2(-100);
const SQRT_UNDO_DOWN = pow2(100);

function writeExactResult(h: FpHost, rd: number, v: number): void {
  h.f[rd] = v;
  commit(h, exactFlags);
}

/** A NaN result: canonical NaN, NV if signaled. */
function nanD(h: FpHost, rd: number, nv: boolean): void {
  writeNaND(h, rd);
  commit(h, nv ? NV : 0);
}

/** NV for a NaN result of a two-operand operation: any sNaN input, or an invalid operation on non-NaNs. */
function nanNV2(h: FpHost, rs1: number, rs2: number, a: number, b: number): boolean {
  return a !== a || b !== b ? isSNaND(h, rs1) || isSNaND(h, rs2) : true;
}

/** FADD.D, and FSUB.D when sub (a - b == a + (-b) exactly, including signed zeros). */
export function addD(h: FpHost, rd: number, rs1: number, rs2: number, rm: number, sub: boolean): void {
  const a = h.f[rs1];
  const b = sub ? -h.f[rs2] : h.f[rs2];
  let s = a + b;
  if (s - s !== 0) {
    addSpecialD(h, rd, rs1, rs2, a, b, s, rm);
    return;
  }
  const err = twoSumErr(a, b, s);
  if (err === 0) {
    // IEEE 754 §6.3: an exact zero sum is +0, but -0 in RDN unless both operands are +0.
    if (s === 0 && rm === RDN) s = -(-a - b);
    h.f[rd] = s;
    commit(h, 0);
    return;
  }
  if (err - err !== 0) {
    writeExactResult(h, rd, exactAddD(a, b, rm)); // TwoSum overflowed internally
    return;
  }
  let flags = NX;
  if (rm !== RNE) {
    s = adjustD(s, err, rm === RMM && isTieAway(s, err), rm);
    if (s - s !== 0) flags |= OF; // stepped from the largest finite number to infinity
  }
  h.f[rd] = s;
  commit(h, flags);
}

function addSpecialD(h: FpHost, rd: number, rs1: number, rs2: number, a: number, b: number, s: number, rm: number): void {
  if (s !== s) {
    nanD(h, rd, nanNV2(h, rs1, rs2, a, b)); // NaN operand, or inf - inf
  } else if (a - a !== 0 || b - b !== 0) {
    h.f[rd] = s; // an infinite operand: exact
    commit(h, 0);
  } else {
    writeExactResult(h, rd, exactAddD(a, b, rm)); // overflow: the result depends on rm
  }
}

/** FMUL.D */
export function mulD(h: FpHost, rd: number, rs1: number, rs2: number, rm: number): void {
  const a = h.f[rs1];
  const b = h.f[rs2];
  const p = a * b;
  const ap = Math.abs(p);
  if (ap >= PROD_MIN && ap < PROD_MAX && Math.abs(a) >= F64_MIN_NORMAL && Math.abs(b) >= F64_MIN_NORMAL) {
    const e = twoProductErr(a, b, p);
    if (e === 0) {
      h.f[rd] = p;
      commit(h, 0);
      return;
    }
    if (e - e === 0) {
      h.f[rd] = rm === RNE ? p : adjustD(p, e, rm === RMM && isTieAway(p, e), rm);
      commit(h, NX);
      return;
    }
  }
  mulEdgeD(h, rd, rs1, rs2, a, b, p, rm);
}

function mulEdgeD(h: FpHost, rd: number, rs1: number, rs2: number, a: number, b: number, p: number, rm: number): void {
  if (p !== p) {
    nanD(h, rd, nanNV2(h, rs1, rs2, a, b)); // NaN operand, or inf * 0
  } else if (a - a !== 0 || b - b !== 0 || a === 0 || b === 0) {
    h.f[rd] = p; // infinite or zero operand: exact
    commit(h, 0);
  } else {
    writeExactResult(h, rd, exactMulD(a, b, rm));
  }
}

/** FDIV.D. Quotients of normal numbers are never halfway cases, so RMM needs no tie test. */
export function divD(h: FpHost, rd: number, rs1: number, rs2: number, rm: number): void {
  const a = h.f[rs1];
  const b = h.f[rs2];
  const q = a / b;
  const aq = Math.abs(q);
  const ab = Math.abs(b);
  if (aq >= RESULT_MIN && aq < SPLIT_MAX && ab >= F64_MIN_NORMAL && ab < SPLIT_MAX && Math.abs(a) >= DIVIDEND_MIN) {
    // The remainder a - q*b is exactly representable; a - p is exact by Sterbenz's lemma.
    const p = q * b;
    const rem = a - p - twoProductErr(q, b, p);
    if (rem === 0) {
      h.f[rd] = q;
      commit(h, 0);
      return;
    }
    if (rem - rem === 0) {
      h.f[rd] = rm === RNE ? q : adjustD(q, (rem > 0) === (b > 0) ? 1 : -1, false, rm);
      commit(h, NX);
      return;
    }
  }
  divEdgeD(h, rd, rs1, rs2, a, b, q, rm);
}

function divEdgeD(h: FpHost, rd: number, rs1: number, rs2: number, a: number, b: number, q: number, rm: number): void {
  if (q !== q) {
    nanD(h, rd, nanNV2(h, rs1, rs2, a, b)); // NaN operand, 0/0 or inf/inf
  } else if (b === 0) {
    h.f[rd] = q; // x/0 = ±inf: DZ for finite x, exact for infinite x
    commit(h, a - a === 0 ? DZ : 0);
  } else if (a - a !== 0 || b - b !== 0 || a === 0) {
    h.f[rd] = q; // inf/x, x/inf, 0/x: exact
    commit(h, 0);
  } else {
    writeExactResult(h, rd, exactDivD(a, b, rm));
  }
}

/** FSQRT.D. sqrt never overflows or underflows and is never a halfway case. */
export function sqrtD(h: FpHost, rd: number, rs1: number, rm: number): void {
  let a = h.f[rs1];
  if (!(a > 0 && a < Infinity)) {
    sqrtEdgeD(h, rd, rs1, a);
    return;
  }
  let scale = 1;
  if (a < SQRT_SMALL) {
    a *= SQRT_UP;
    scale = SQRT_UNDO_UP;
  } else if (a > SQRT_BIG) {
    a *= SQRT_DOWN;
    scale = SQRT_UNDO_DOWN;
  }
  let s = Math.sqrt(a);
  const p = s * s;
  const rem = a - p - twoProductErr(s, s, p);
  let flags = 0;
  if (rem !== 0) {
    flags = NX;
    if (rm !== RNE) s = adjustD(s, rem > 0 ? 1 : -1, false, rm);
  }
  h.f[rd] = s * scale;
  commit(h, flags);
}

function sqrtEdgeD(h: FpHost, rd: number, rs1: number, a: number): void {
  if (a !== a) {
    nanD(h, rd, isSNaND(h, rs1));
  } else if (a === 0 || a === Infinity) {
    h.f[rd] = a; // sqrt(±0) = ±0, sqrt(+inf) = +inf
    commit(h, 0);
  } else {
    nanD(h, rd, true); // negative operand
  }
}

/**
 * FMADD.D family: rounds a*b + c once, where the caller's negations give FMSUB
 * (c negated), FNMSUB (a negated) and FNMADD (both), which is exactly -(a*b) ± c.
 *
 * Fast path: a*b = p + e exactly (TwoProduct), p + c = s + t (TwoSum), t + e = v + w,
 * s + v = z + y, so the exact result is z + (y + w), and y + w = r + q (TwoSum). z is
 * within an ulp of the answer and roundTailD settles the last step.
 */
export function fmaD(
  h: FpHost, rd: number, rs1: number, rs2: number, rs3: number, rm: number, negProduct: boolean, negAddend: boolean,
): void {
  const a = negProduct ? -h.f[rs1] : h.f[rs1];
  const b = h.f[rs2];
  const c = negAddend ? -h.f[rs3] : h.f[rs3];
  const p = a * b;
  const ap = Math.abs(p);
  if (ap >= PROD_MIN && ap < PROD_MAX && Math.abs(a) >= F64_MIN_NORMAL && Math.abs(b) >= F64_MIN_NORMAL) {
    const e = twoProductErr(a, b, p);
    const s = p + c;
    const t = twoSumErr(p, c, s);
    const v = t + e;
    const w = twoSumErr(t, e, v);
    const z = s + v;
    const y = twoSumErr(s, v, z);
    const az = Math.abs(z);
    if (az >= RESULT_MIN && az < RESULT_MAX) {
      const r = y + w;
      if (r === 0) {
        h.f[rd] = z;
        commit(h, 0);
        return;
      }
      if (r - r === 0) {
        h.f[rd] = roundTailD(z, r, twoSumErr(y, w, r), rm);
        commit(h, roundFlags);
        return;
      }
    } else if (z === 0 && w === 0) {
      // Exact cancellation of a non-zero product (y is 0 too when z is): +0, or -0 in RDN.
      h.f[rd] = rm === RDN ? -0 : 0;
      commit(h, 0);
      return;
    }
  }
  fmaEdgeD(h, rd, rs1, rs2, rs3, a, b, c, rm);
}

function fmaEdgeD(h: FpHost, rd: number, rs1: number, rs2: number, rs3: number, a: number, b: number, c: number, rm: number): void {
  if (a - a !== 0 || b - b !== 0 || c - c !== 0) {
    const anySNaN = isSNaND(h, rs1) || isSNaND(h, rs2) || isSNaND(h, rs3);
    const v = fmaSpecial(a, b, c, anySNaN);
    if (v !== v) nanD(h, rd, (specialFlags & NV) !== 0);
    else {
      h.f[rd] = v;
      commit(h, specialFlags);
    }
  } else if (a === 0 || b === 0) {
    // Zero product: exactly c, or a signed zero by the §6.3 rule for zero + zero.
    const p = a * b;
    h.f[rd] = c !== 0 ? c : rm === RDN ? -(-p - c) : p + c;
    commit(h, 0);
  } else {
    writeExactResult(h, rd, exactFmaD(a, b, c, rm));
  }
}
