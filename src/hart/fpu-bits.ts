/**
 * Bit-level helpers shared by the FPU files: flag and rounding-mode constants, scratch
 * views for reinterpreting numbers without allocating, IEEE 754 neighbours (nextUp /
 * nextDown), error-free transformations and NaN tests on raw register words.
 *
 * The scratch views assume a little-endian host, as FpHost.fw does (word 0 = low word).
 */

/** fflags bits (unprivileged spec, "Floating-Point Control and Status Register"). */
export const NX = 1;
export const UF = 2;
export const OF = 4;
export const DZ = 8;
export const NV = 16;

/** Rounding modes as encoded in the rm field and in frm. */
export const RNE = 0;
export const RTZ = 1;
export const RDN = 2;
export const RUP = 3;
export const RMM = 4;

/** Scratch binary64 and its two words (F64W[0] low, F64W[1] high). */
export const F64 = new Float64Array(1);
export const F64W = new Int32Array(F64.buffer);
/** Scratch binary32 and its bit pattern. */
const F32 = new Float32Array(1);
const F32I = new Int32Array(F32.buffer);

/** The canonical NaNs (spec: "NaN Generation and Propagation"). */
export const CANON_NAN_S = 0x7fc00000;
export const CANON_NAN_D_HI = 0x7ff80000;

export const TWO_32 = 4294967296;
export const TWO_52 = 4503599627370496;
export const TWO_53 = 9007199254740992;
export const TWO_63 = 9223372036854775808;
export const TWO_64 = 18446744073709551616;
/** Smallest positive normal binary32. */
export const F32_MIN_NORMAL = 1.1754943508222875e-38;
/** Smallest positive normal binary64. */
export const F64_MIN_NORMAL = 2.2250738585072014e-308;

/** The binary32 value of a bit pattern. Only for non-NaN patterns: a NaN read this way loses its payload. */
export function f32FromBits(bits: number): number {
  F32I[0] = bits;
  return F32[0];
}

/** The bit pattern of a number that is exactly representable in binary32 (not NaN). */
export function f32ToBits(f: number): number {
  F32[0] = f;
  return F32I[0];
}

/** 2^k for integer k in [-1022, 1023] (normal range), built exactly from the exponent field. */
export function pow2(k: number): number {
  F64W[0] = 0;
  F64W[1] = (k + 1023) << 20;
  return F64[0];
}

/** One ulp further from zero (x finite, non-zero); MAX steps to infinity. */
export function stepAway(x: number): number {
  F64[0] = x;
  const lo = (F64W[0] + 1) | 0;
  F64W[0] = lo;
  if (lo === 0) F64W[1] = (F64W[1] + 1) | 0;
  return F64[0];
}

/** One ulp closer to zero (x finite, non-zero). */
export function stepToZero(x: number): number {
  F64[0] = x;
  const lo = F64W[0];
  if (lo === 0) F64W[1] = (F64W[1] - 1) | 0;
  F64W[0] = (lo - 1) | 0;
  return F64[0];
}

/** IEEE 754 nextUp for finite x. */
export function nextUp(x: number): number {
  if (x > 0) return stepAway(x);
  if (x < 0) return stepToZero(x);
  return 5e-324;
}

/** IEEE 754 nextDown for finite x. */
export function nextDown(x: number): number {
  if (x > 0) return stepToZero(x);
  if (x < 0) return stepAway(x);
  return -5e-324;
}

/** True if the significand of binary64 x is odd (x finite). */
export function isOddD(x: number): boolean {
  F64[0] = x;
  return (F64W[0] & 1) !== 0;
}

/**
 * True if x (finite) fits in 25 significant bits, i.e. it is a binary32 value or the
 * midpoint between two of them. Only then can a binary64 intermediate hide which side of
 * a binary32 rounding boundary the exact result lies on.
 */
export function onBinary32Grid(x: number): boolean {
  F64[0] = x;
  return (F64W[0] & 0x0fffffff) === 0;
}

/** Knuth's TwoSum: the exact error (a + b) - s where s = fl(a + b). NaN/Inf if an intermediate overflows. */
export function twoSumErr(a: number, b: number, s: number): number {
  const bv = s - a;
  return (a - (s - bv)) + (b - bv);
}

/** Veltkamp's splitting constant 2^27 + 1. */
const SPLITTER = 134217729;

/**
 * Dekker's TwoProduct: the exact error a*b - p where p = fl(a*b). Exact when a and b are
 * normal, a*b neither overflows nor comes within 2^53 of the subnormal range; an overflow
 * in the split shows up as a non-finite result.
 */
export function twoProductErr(a: number, b: number, p: number): number {
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b);
  const bl = b - bh;
  return ah * bh - p + ah * bl + al * bh + al * bl;
}

/** sNaN test on a binary64 register's high and low words. */
export function isSNaNWords(hi: number, lo: number): boolean {
  return (hi & 0x7ff80000) === 0x7ff00000 && ((hi & 0x7ffff) | lo) !== 0;
}

/** sNaN test on a binary32 pattern. */
export function isSNaNBits32(bits: number): boolean {
  return (bits & 0x7fc00000) === 0x7f800000 && (bits & 0x3fffff) !== 0;
}

/** Result of fclass as a bit index (spec table "Format of result of FCLASS instruction"). */
function classIndex(neg: boolean, expAllOnes: boolean, expZero: boolean, fracZero: boolean, quietBit: boolean): number {
  if (expAllOnes) {
    if (fracZero) return neg ? 0 : 7;
    return quietBit ? 9 : 8;
  }
  if (expZero) {
    if (fracZero) return neg ? 3 : 4;
    return neg ? 2 : 5;
  }
  return neg ? 1 : 6;
}

/** fclass of a binary64 given as words. */
export function classifyD(hi: number, lo: number): number {
  const e = (hi >>> 20) & 0x7ff;
  const fracZero = ((hi & 0xfffff) | lo) === 0;
  return 1 << classIndex(hi < 0, e === 0x7ff, e === 0, fracZero, (hi & 0x80000) !== 0);
}

/** fclass of a binary32 pattern. */
export function classifyS(bits: number): number {
  const e = (bits >>> 23) & 0xff;
  const fracZero = (bits & 0x7fffff) === 0;
  return 1 << classIndex(bits < 0, e === 0xff, e === 0, fracZero, (bits & 0x400000) !== 0);
}
