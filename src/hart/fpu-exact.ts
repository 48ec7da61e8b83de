/**
 * Exact binary64 slow path with BigInt: used only when the double-arithmetic fast paths
 * cannot prove their result (overflow, results near or in the subnormal range, operands
 * so large or small that error-free transformations break down). Every function takes
 * finite operands and returns the correctly rounded binary64 result, leaving the raised
 * flags in `exactFlags`.
 */
import { NX, UF, OF, RDN, RNE, RUP, RMM, F64, F64W } from './fpu-bits.js';
import { overflowD } from './fpu-round.js';

/** Flags raised by the last exact-path operation. */
export let exactFlags = 0;

/** A finite binary64 split into sign, integer significand and exponent: value = ±sig * 2^exp. */
interface Unpacked {
  neg: boolean;
  sig: bigint;
  exp: number;
}

function unpack(x: number): Unpacked {
  F64[0] = x;
  const hi = F64W[1];
  const ebits = (hi >>> 20) & 0x7ff;
  let sig = (BigInt(hi & 0xfffff) << 32n) | BigInt(F64W[0] >>> 0);
  if (ebits !== 0) sig |= 1n << 52n;
  return { neg: hi < 0, sig, exp: ebits === 0 ? -1074 : ebits - 1075 };
}

function bitLength(x: bigint): number {
  return x === 0n ? 0 : x.toString(2).length;
}

/** The binary64 with the given sign and magnitude bit pattern (a finite or infinite value). */
function fromBits(neg: boolean, mag: bigint): number {
  F64W[0] = Number(mag & 0xffffffffn) | 0;
  F64W[1] = (Number(mag >> 32n) | (neg ? 0x80000000 : 0)) | 0;
  return F64[0];
}

/** Whether the last roundBig discarded anything. */
let bigInexact = false;

/** Rounds sig (exact value sig, plus a sticky fraction below its LSB) after dropping k >= 1 low bits. */
function roundBig(sig: bigint, k: number, sticky: boolean, neg: boolean, rm: number): bigint {
  if (k <= 0) {
    bigInexact = sticky;
    return sig << BigInt(-k);
  }
  const kb = BigInt(k);
  const t = sig >> kb;
  const rem = sig & ((1n << kb) - 1n);
  const half = 1n << (kb - 1n);
  const roundBit = rem >= half;
  const st = sticky || (rem & (half - 1n)) !== 0n;
  bigInexact = roundBit || st;
  if (!bigInexact) return t;
  let up: boolean;
  switch (rm) {
    case RNE: up = roundBit && (st || (t & 1n) === 1n); break;
    case RDN: up = neg; break;
    case RUP: up = !neg; break;
    case RMM: up = roundBit; break;
    default: up = false;
  }
  return up ? t + 1n : t;
}

/**
 * Rounds ±sig * 2^exp (sig > 0; sticky: the exact value is slightly above that magnitude,
 * in which case sig must carry at least two bits below the final LSB) to binary64.
 * Tininess is detected after rounding (RISC-V), overflow per IEEE 754 §7.4.
 */
export function roundPackD(neg: boolean, sig: bigint, exp: number, sticky: boolean, rm: number): number {
  const e = exp + bitLength(sig) - 1; // value in [2^e, 2^(e+1))
  if (e > 1023) {
    exactFlags = OF | NX;
    return overflowD(neg, rm);
  }
  let flags = 0;
  let mag: bigint;
  if (e >= -1022) {
    const r = roundBig(sig, e - 52 - exp, sticky, neg, rm);
    mag = (BigInt(e + 1022) << 52n) + r; // a carry out of r bumps the exponent, as intended
    if (mag >= 0x7ff0000000000000n) {
      exactFlags = OF | NX;
      return overflowD(neg, rm);
    }
    if (bigInexact) flags = NX;
  } else {
    mag = roundBig(sig, -1074 - exp, sticky, neg, rm);
    if (bigInexact) {
      flags = NX;
      if (e < -1023 || roundBig(sig, e - 52 - exp, sticky, neg, rm) < 1n << 53n) flags |= UF;
    }
  }
  exactFlags = flags;
  return fromBits(neg, mag);
}

/** Sum of two aligned signed terms, rounded; an exact zero takes the IEEE 754 §6.3 sign. */
function roundSum(x: Unpacked, y: Unpacked, zeroIfCancel: number, rm: number): number {
  const e = Math.min(x.exp, y.exp);
  const xs = x.sig << BigInt(x.exp - e);
  const ys = y.sig << BigInt(y.exp - e);
  const sum = (x.neg ? -xs : xs) + (y.neg ? -ys : ys);
  if (sum === 0n) {
    exactFlags = 0;
    return zeroIfCancel;
  }
  return roundPackD(sum < 0n, sum < 0n ? -sum : sum, e, false, rm);
}

/** a + b for finite a, b. */
export function exactAddD(a: number, b: number, rm: number): number {
  // An exact zero sum is +0 except in RDN, where it is -0 (unless both are +0): -(-a-b) does that.
  return roundSum(unpack(a), unpack(b), rm === RDN ? -(-a - b) : a + b, rm);
}

/** a * b for finite non-zero a, b (the caller handles zero operands exactly). */
export function exactMulD(a: number, b: number, rm: number): number {
  const x = unpack(a);
  const y = unpack(b);
  return roundPackD(x.neg !== y.neg, x.sig * y.sig, x.exp + y.exp, false, rm);
}

/** a / b for finite non-zero a, b. */
export function exactDivD(a: number, b: number, rm: number): number {
  const x = unpack(a);
  const y = unpack(b);
  const neg = x.neg !== y.neg;
  // Enough quotient bits (>= 55) that the remainder only matters as a sticky bit.
  const shift = Math.max(0, 56 + bitLength(y.sig) - bitLength(x.sig));
  const num = x.sig << BigInt(shift);
  const q = num / y.sig;
  const sticky = q * y.sig !== num;
  return roundPackD(neg, q, x.exp - y.exp - shift, sticky, rm);
}

/** a * b + c for finite a, b, c with a*b != 0 (zero products are handled by the caller). */
export function exactFmaD(a: number, b: number, c: number, rm: number): number {
  const x = unpack(a);
  const y = unpack(b);
  const prod: Unpacked = { neg: x.neg !== y.neg, sig: x.sig * y.sig, exp: x.exp + y.exp };
  // a*b != 0, so an exact zero can only come from cancellation: +0, or -0 in RDN.
  return roundSum(prod, unpack(c), rm === RDN ? -0 : 0, rm);
}
