/**
 * Rounding: directed-mode corrections of a round-to-nearest binary64 result, and
 * correct rounding of a binary64 (plus the sign of a tiny error term) to binary32.
 *
 * Conventions: "errSign" is the sign (-1, 0, +1) of exact - approx, where approx is the
 * binary64 value at hand. Flags of the last rounding are left in `roundFlags`.
 */
import {
  NX, UF, OF, RNE, RTZ, RDN, RUP, RMM, F64, F64W, TWO_52, TWO_53,
  stepAway, stepToZero, nextUp, nextDown, isOddD, pow2,
} from './fpu-bits.js';

/** Flags raised by the last roundToF32 / roundTailD call. */
export let roundFlags = 0;

/**
 * Moves z, the round-to-nearest-even result of an inexact operation, to the result in
 * rounding mode rm. z must be finite, non-zero and far from the subnormal range; errSign
 * is the sign of exact - z; tie says exact - z is half an ulp away from zero (the only
 * case where RMM differs from RNE).
 */
export function adjustD(z: number, errSign: number, tie: boolean, rm: number): number {
  switch (rm) {
    case RTZ:
      return (z > 0 ? errSign < 0 : errSign > 0) ? stepToZero(z) : z;
    case RDN:
      return errSign < 0 ? nextDown(z) : z;
    case RUP:
      return errSign > 0 ? nextUp(z) : z;
    case RMM:
      return tie && (z > 0) === (errSign > 0) ? stepAway(z) : z;
    default:
      return z;
  }
}

/** True if err (exact - z) is exactly half the gap from z to its neighbour away from zero. */
export function isTieAway(z: number, err: number): boolean {
  if ((z > 0) !== (err > 0)) return false;
  return Math.abs(err) === Math.abs(stepAway(z) - z) * 0.5;
}

/**
 * Correctly rounds z + r + q, where z = RN(something) is normal, far from overflow and
 * underflow, |r + q| is below the gap between z and its neighbours (plus a sliver), r != 0
 * and |q| <= ulp(r)/2 (r, q a TwoSum pair). Used by the binary64 fused multiply-add.
 * Sets roundFlags (NX unless the sum is exactly a neighbour of z).
 */
export function roundTailD(z: number, r: number, q: number, rm: number): number {
  const up = r > 0;
  const n = up ? nextUp(z) : nextDown(z);
  const gap = n - z;
  const ar = Math.abs(r);
  const ah = Math.abs(gap) * 0.5;
  // First the round-to-nearest result zn and the sign of exact - zn.
  let zn = z;
  let sigma = up ? 1 : -1;
  let tie = false;
  if (ar > ah || (ar === ah && q !== 0 && (q > 0) === up)) {
    zn = n;
    // r - gap is exact (Sterbenz: gap/2 <= |r| <= 2 gap); below it only q remains.
    const u = r - gap;
    const rest = u !== 0 ? u : q;
    sigma = rest > 0 ? 1 : rest < 0 ? -1 : 0;
  } else if (ar === ah && q === 0) {
    tie = true;
    if (rm === RMM ? Math.abs(n) > Math.abs(z) : isOddD(z)) {
      zn = n;
      sigma = -sigma;
    }
  }
  roundFlags = sigma === 0 ? 0 : NX;
  if (rm === RNE || rm === RMM || sigma === 0) return zn;
  return adjustD(zn, sigma, tie, rm);
}

/** True if the magnitude must be incremented after truncation (IEEE 754 §4.3). */
function roundsUp(roundBit: boolean, sticky: boolean, odd: boolean, neg: boolean, rm: number): boolean {
  switch (rm) {
    case RNE:
      return roundBit && (sticky || odd);
    case RDN:
      return neg;
    case RUP:
      return !neg;
    case RMM:
      return roundBit;
    default:
      return false;
  }
}

/** Whether the last roundScaled discarded anything. */
let scaledInexact = false;

/**
 * Rounds the integer significand m (< 2^54, exact as a Number) after dropping its k low
 * bits, where the exact value is m plus an infinitesimal of sign errMag (in magnitude
 * terms). Returns the rounded integer; sets scaledInexact.
 */
function roundScaled(m: number, k: number, errMag: number, neg: boolean, rm: number): number {
  const scale = pow2(k);
  let t = Math.floor(m / scale);
  const rem = m - t * scale;
  const half = scale * 0.5;
  let roundBit: boolean;
  let sticky = true;
  if (rem === 0) {
    if (errMag === 0) {
      scaledInexact = false;
      return t;
    }
    // On a grid point: just above it, or (errMag < 0) just below it, i.e. one step down with all fraction bits set.
    roundBit = errMag < 0;
    if (errMag < 0) t -= 1;
  } else if (rem === half) {
    roundBit = errMag >= 0;
    sticky = errMag !== 0;
  } else {
    roundBit = rem > half;
  }
  scaledInexact = true;
  return roundsUp(roundBit, sticky, t % 2 === 1, neg, rm) ? t + 1 : t;
}

/** binary32 result of an overflow in rounding mode rm (spec: IEEE 754 §7.4). */
export function overflowBitsS(neg: boolean, rm: number): number {
  const toInf = rm === RNE || rm === RMM || (rm === RUP && !neg) || (rm === RDN && neg);
  return (toInf ? 0x7f800000 : 0x7f7fffff) | (neg ? 0x80000000 : 0);
}

/** binary64 result of an overflow in rounding mode rm. */
export function overflowD(neg: boolean, rm: number): number {
  const toInf = rm === RNE || rm === RMM || (rm === RUP && !neg) || (rm === RDN && neg);
  const mag = toInf ? Infinity : 1.7976931348623157e308;
  return neg ? -mag : mag;
}

/**
 * Correctly rounds exact = d + (infinitesimal of sign errSign) to binary32 in mode rm and
 * returns the bit pattern; sets roundFlags. d is finite; if d is zero, errSign must be 0.
 * Tininess is detected after rounding, as RISC-V requires (spec: "Floating-Point Control and
 * Status Register": underflow after rounding), so UF needs the unbounded-exponent rounding.
 */
export function roundToF32(d: number, errSign: number, rm: number): number {
  F64[0] = d;
  const hi = F64W[1];
  const lo = F64W[0] >>> 0;
  const neg = hi < 0;
  const sign = neg ? 0x80000000 | 0 : 0;
  const ebits = (hi >>> 20) & 0x7ff;
  let m = (hi & 0xfffff) * 4294967296 + lo;
  if (ebits === 0 && m === 0) {
    roundFlags = 0;
    return sign;
  }
  let e = -1022;
  if (ebits !== 0) {
    m += TWO_52;
    e = ebits - 1023;
  }
  const errMag = neg ? -errSign : errSign;
  // Just below a power of two: the exact value lives in the binade below, with a finer grid.
  if (errMag < 0 && m === TWO_52 && ebits !== 0) {
    m = TWO_53;
    e -= 1;
  }
  if (e > 127) {
    roundFlags = OF | NX;
    return overflowBitsS(neg, rm);
  }
  let bits: number;
  let flags = 0;
  if (e >= -126) {
    const r = roundScaled(m, 29, errMag, neg, rm);
    bits = (e + 126) * 0x800000 + r; // r may carry into the exponent field, as intended
    if (bits >= 0x7f800000) {
      roundFlags = OF | NX;
      return overflowBitsS(neg, rm);
    }
    if (scaledInexact) flags = NX;
  } else {
    bits = roundScaled(m, -97 - e, errMag, neg, rm); // subnormal grid: LSB is 2^-149
    if (scaledInexact) {
      flags = NX;
      // Tiny unless rounding to 24 bits with unbounded exponent reaches 2^-126.
      if (e < -127 || roundScaled(m, 29, errMag, neg, rm) < 0x1000000) flags |= UF;
    }
  }
  roundFlags = flags;
  return bits | sign;
}
