/**
 * Tests for the F/D computational instructions (src/hart/fpu.ts).
 *
 * Three kinds of evidence:
 *  1. hand-derived spec cases (rounding modes, subnormals, tininess after rounding,
 *     overflow per rm, NaN rules, saturation, NaN boxing, reserved encodings);
 *  2. reference vectors recorded from qemu-system-riscv64 running the same instruction
 *     words bare-metal (see the comment above QEMU_VECTORS);
 *  3. randomized comparison against an exact BigInt rational oracle written here,
 *     independent of the implementation's own fast and slow paths.
 */
import { expect } from 'chai';
import { executeFp } from '../src/hart/fpu.js';
import type { FpHost } from '../src/hart/fp-host.js';

// ---------------------------------------------------------------------------
// Host and register access (64-bit patterns as BigInt)

class TestHost implements FpHost {
  readonly x = new Int32Array(64);
  readonly f = new Float64Array(32);
  readonly fw = new Int32Array(this.f.buffer);
  fflags = 0;
  frm = 0;
  dirty = 0;
  markFsDirty(): void {
    this.dirty++;
  }
}

const M64 = (1n << 64n) - 1n;

function set64(words: Int32Array, r: number, v: bigint): void {
  words[2 * r] = Number(v & 0xffffffffn) | 0;
  words[2 * r + 1] = Number((v >> 32n) & 0xffffffffn) | 0;
}

function get64(words: Int32Array, r: number): bigint {
  return (BigInt(words[2 * r + 1] >>> 0) << 32n) | BigInt(words[2 * r] >>> 0);
}

const hex = (v: bigint, digits = 16): string => v.toString(16).padStart(digits, '0');

// ---------------------------------------------------------------------------
// Encodings. Fixed registers: FP sources f0, f1, f2, FP result f3; integer source x11,
// integer result x10.

const RNE = 0, RTZ = 1, RDN = 2, RUP = 3, RMM = 4, DYN = 7;
const NX = 1, UF = 2, OF = 4, DZ = 8, NV = 16;
const ALL_RM = [RNE, RTZ, RDN, RUP, RMM];

function opFp(funct7: number, rd: number, rs1: number, rs2: number, f3: number): number {
  return ((funct7 << 25) | (rs2 << 20) | (rs1 << 15) | (f3 << 12) | (rd << 7) | 0x53) | 0;
}

function r4(opcode: number, fmt: number, rd: number, rs1: number, rs2: number, rs3: number, rm: number): number {
  return ((rs3 << 27) | (fmt << 25) | (rs2 << 20) | (rs1 << 15) | (rm << 12) | (rd << 7) | opcode) | 0;
}

type Kind = 'ff1' | 'ff2' | 'ff3' | 'fx1' | 'fx2' | 'xf';
interface OpDef {
  kind: Kind;
  prec: 's' | 'd';
  encode(rm: number): number;
}

/** All instructions by assembler name. */
const OPS = new Map<string, OpDef>();
for (const [t, fmt] of [['s', 0], ['d', 1]] as const) {
  const def = (name: string, kind: Kind, encode: (rm: number) => number): void => {
    OPS.set(name, { kind, prec: t, encode });
  };
  const arith = (name: string, f5: number, kind: Kind, rs2 = 1): void =>
    def(`${name}.${t}`, kind, (rm) => opFp((f5 << 2) | fmt, kind.startsWith('fx') ? 10 : 3, 0, rs2, rm));
  const fixed = (name: string, f5: number, f3: number, kind: Kind): void =>
    def(`${name}.${t}`, kind, () => opFp((f5 << 2) | fmt, kind.startsWith('fx') ? 10 : 3, 0, kind === 'fx1' ? 0 : 1, f3));
  arith('fadd', 0, 'ff2');
  arith('fsub', 1, 'ff2');
  arith('fmul', 2, 'ff2');
  arith('fdiv', 3, 'ff2');
  arith('fsqrt', 11, 'ff1', 0);
  fixed('fsgnj', 4, 0, 'ff2');
  fixed('fsgnjn', 4, 1, 'ff2');
  fixed('fsgnjx', 4, 2, 'ff2');
  fixed('fmin', 5, 0, 'ff2');
  fixed('fmax', 5, 1, 'ff2');
  fixed('feq', 20, 2, 'fx2');
  fixed('flt', 20, 1, 'fx2');
  fixed('fle', 20, 0, 'fx2');
  fixed('fclass', 28, 1, 'fx1');
  def(`fmadd.${t}`, 'ff3', (rm) => r4(0x43, fmt, 3, 0, 1, 2, rm));
  def(`fmsub.${t}`, 'ff3', (rm) => r4(0x47, fmt, 3, 0, 1, 2, rm));
  def(`fnmsub.${t}`, 'ff3', (rm) => r4(0x4b, fmt, 3, 0, 1, 2, rm));
  def(`fnmadd.${t}`, 'ff3', (rm) => r4(0x4f, fmt, 3, 0, 1, 2, rm));
  ['w', 'wu', 'l', 'lu'].forEach((it, k) => {
    def(`fcvt.${it}.${t}`, 'fx1', (rm) => opFp(0x60 | fmt, 10, 0, k, rm));
    def(`fcvt.${t}.${it}`, 'xf', (rm) => opFp(0x68 | fmt, 3, 11, k, rm));
  });
  const w = t === 's' ? 'w' : 'd';
  def(`fmv.x.${w}`, 'fx1', () => opFp(0x70 | fmt, 10, 0, 0, 0));
  def(`fmv.${w}.x`, 'xf', () => opFp(0x78 | fmt, 3, 11, 0, 0));
}
OPS.set('fcvt.s.d', { kind: 'ff1', prec: 'd', encode: (rm) => opFp(0x20, 3, 0, 1, rm) });
OPS.set('fcvt.d.s', { kind: 'ff1', prec: 's', encode: (rm) => opFp(0x21, 3, 0, 0, rm) });

interface Outcome {
  res: bigint;
  flags: number;
}

/**
 * Runs one instruction on fresh registers: a, b, c go to f0..f2 (or a to x11 for integer
 * sources). rm is put in the instruction; with dynamic = true it goes to frm instead.
 */
function run(name: string, rm: number, a: bigint, b = 0n, c = 0n, dynamic = false): Outcome {
  const op = OPS.get(name);
  if (!op) throw new Error(`unknown op ${name}`);
  const h = new TestHost();
  set64(h.fw, 0, a);
  set64(h.fw, 1, b);
  set64(h.fw, 2, c);
  set64(h.fw, 3, 0xdeadbeefcafef00dn);
  set64(h.x, 11, a);
  set64(h.x, 10, 0x1234567890abcdefn);
  h.frm = dynamic ? rm : 0;
  const ok = executeFp(h, op.encode(dynamic ? DYN : rm));
  expect(ok, `${name} should be legal`).to.equal(true);
  return { res: op.kind.startsWith('fx') ? get64(h.x, 10) : get64(h.fw, 3), flags: h.fflags };
}

function expectRun(name: string, rm: number, args: bigint[], res: bigint, flags: number): void {
  const got = run(name, rm, args[0] ?? 0n, args[1] ?? 0n, args[2] ?? 0n);
  const what = `${name} rm=${rm} (${args.map((v) => hex(v)).join(', ')})`;
  expect(hex(got.res), `${what} result`).to.equal(hex(res));
  expect(got.flags, `${what} flags`).to.equal(flags);
}

// ---------------------------------------------------------------------------
// Value helpers

const dv = new DataView(new ArrayBuffer(8));
function dBits(x: number): bigint {
  dv.setFloat64(0, x);
  return dv.getBigUint64(0);
}
function fBits(x: number): bigint {
  dv.setFloat32(0, x);
  return BigInt(dv.getUint32(0));
}
/** NaN-boxed binary32 register value. */
const box = (bits32: bigint): bigint => 0xffffffff00000000n | bits32;
const S = (x: number): bigint => box(fBits(x));
const D = dBits;

const D_QNAN = 0x7ff8000000000000n;
const D_SNAN = 0x7ff0000000000001n;
const D_INF = 0x7ff0000000000000n;
const D_NINF = 0xfff0000000000000n;
const D_MAX = 0x7fefffffffffffffn;
const D_MIN_NORMAL = 0x0010000000000000n;
const D_MAX_SUB = 0x000fffffffffffffn;
const D_NEG_ZERO = 1n << 63n;
const S_QNAN = box(0x7fc00000n);
const S_SNAN = box(0x7f800001n);
const S_INF = box(0x7f800000n);
const S_NINF = box(0xff800000n);
const S_MAX = box(0x7f7fffffn);
const S_NEG_ZERO = box(0x80000000n);
const NEG = 1n << 63n;

// ---------------------------------------------------------------------------
// Exact oracle: IEEE 754 binary formats with BigInt rationals.

interface Format {
  p: number; // precision
  emin: number;
  emax: number;
  width: 32 | 64;
}
const FMT_S: Format = { p: 24, emin: -126, emax: 127, width: 32 };
const FMT_D: Format = { p: 53, emin: -1022, emax: 1023, width: 64 };

type Val =
  | { cls: 'nan'; snan: boolean }
  | { cls: 'inf'; neg: boolean }
  | { cls: 'fin'; neg: boolean; m: bigint; e: number }; // value (-1)^neg * m * 2^e, m >= 0

const fracBits = (F: Format): bigint => BigInt(F.p - 1);
const expBits = (F: Format): bigint => BigInt(F.width - F.p);

function decode(bits: bigint, F: Format): Val {
  const fb = fracBits(F);
  const frac = bits & ((1n << fb) - 1n);
  const ef = Number((bits >> fb) & ((1n << expBits(F)) - 1n));
  const neg = (bits >> BigInt(F.width - 1)) === 1n;
  const eAllOnes = (1 << (F.width - F.p)) - 1;
  if (ef === eAllOnes) {
    if (frac === 0n) return { cls: 'inf', neg };
    return { cls: 'nan', snan: (frac >> (fb - 1n)) === 0n };
  }
  const bias = F.emax;
  if (ef === 0) return { cls: 'fin', neg, m: frac, e: F.emin - F.p + 1 };
  return { cls: 'fin', neg, m: frac | (1n << fb), e: ef - bias - F.p + 1 };
}

/** Operand of precision prec from a 64-bit register pattern (unboxed binary32 = canonical NaN). */
function operand(reg: bigint, prec: 's' | 'd'): Val {
  if (prec === 'd') return decode(reg, FMT_D);
  if (reg >> 32n !== 0xffffffffn) return { cls: 'nan', snan: false };
  return decode(reg & 0xffffffffn, FMT_S);
}

const bitLen = (x: bigint): number => (x === 0n ? 0 : x.toString(2).length);
const signBit = (F: Format, neg: boolean): bigint => (neg ? 1n << BigInt(F.width - 1) : 0n);
const infBits = (F: Format, neg: boolean): bigint => signBit(F, neg) | (((1n << expBits(F)) - 1n) << fracBits(F));
const maxBits = (F: Format, neg: boolean): bigint => infBits(F, neg) - 1n;
const zeroBits = (F: Format, neg: boolean): bigint => signBit(F, neg);
const nanBits = (F: Format): bigint => (F.width === 32 ? 0x7fc00000n : D_QNAN);

interface Rounded {
  bits: bigint; // in the format's width
  flags: number;
}

/**
 * Integer q = value / 2^k rounded in mode rm, where value = n / d > 0. Returns q and
 * whether it was inexact.
 */
function roundAt(neg: boolean, n: bigint, d: bigint, k: number, rm: number): [bigint, boolean] {
  const num = k >= 0 ? n : n << BigInt(-k);
  const den = k >= 0 ? d << BigInt(k) : d;
  const q = num / den;
  const r = num - q * den;
  if (r === 0n) return [q, false];
  const twice = 2n * r;
  const above = twice > den;
  const half = twice === den;
  let up: boolean;
  switch (rm) {
    case RNE: up = above || (half && (q & 1n) === 1n); break;
    case RTZ: up = false; break;
    case RDN: up = neg; break;
    case RUP: up = !neg; break;
    default: up = above || half;
  }
  return [up ? q + 1n : q, true];
}

/** Correct rounding of the non-zero rational (-1)^neg * n/d to format F (IEEE 754 with tininess after rounding). */
function roundRational(neg: boolean, n: bigint, d: bigint, F: Format, rm: number): Rounded {
  // e = floor(log2(n/d))
  let e = bitLen(n) - bitLen(d);
  const below = e >= 0 ? n < d << BigInt(e) : n << BigInt(-e) < d;
  if (below) e--;
  const p1 = 1n << BigInt(F.p - 1);
  // With unbounded exponent range: decides overflow and tininess.
  let [q, inexact] = roundAt(neg, n, d, e - F.p + 1, rm);
  let eu = e;
  if (q === 2n * p1) eu++;
  if (eu > F.emax) {
    const toInf = rm === RNE || rm === RMM || (rm === RUP && !neg) || (rm === RDN && neg);
    return { bits: toInf ? infBits(F, neg) : maxBits(F, neg), flags: OF | NX };
  }
  const tiny = eu < F.emin;
  let mag: bigint;
  if (e < F.emin) {
    [q, inexact] = roundAt(neg, n, d, F.emin - F.p + 1, rm);
    mag = q; // the subnormal encoding; q = 2^(p-1) is the smallest normal
  } else {
    const sig = q === 2n * p1 ? p1 : q;
    mag = (BigInt(eu + F.emax) << fracBits(F)) | (sig - p1);
  }
  return { bits: signBit(F, neg) | mag, flags: (inexact ? NX : 0) | (tiny && inexact ? UF : 0) };
}

/** Rounds the exact value (-1)^neg * m * 2^e (m > 0). */
function roundScaled(neg: boolean, m: bigint, e: number, F: Format, rm: number): Rounded {
  return e >= 0 ? roundRational(neg, m << BigInt(e), 1n, F, rm) : roundRational(neg, m, 1n << BigInt(-e), F, rm);
}

const nanResult = (F: Format, nv: boolean): Rounded => ({ bits: nanBits(F), flags: nv ? NV : 0 });
const isSNaN = (v: Val): boolean => v.cls === 'nan' && v.snan;
const isInf = (v: Val): boolean => v.cls === 'inf';
const isZero = (v: Val): boolean => v.cls === 'fin' && v.m === 0n;
const negOf = (v: Val): boolean => (v.cls === 'nan' ? false : v.neg);
const negate = (v: Val): Val => (v.cls === 'nan' ? v : { ...v, neg: !v.neg });

/** Exact sum of finite values as (neg, m, e); m may be 0. */
function exactSum(x: { neg: boolean; m: bigint; e: number }, y: { neg: boolean; m: bigint; e: number }): [boolean, bigint, number] {
  const e = Math.min(x.e, y.e);
  const a = (x.neg ? -1n : 1n) * (x.m << BigInt(x.e - e));
  const b = (y.neg ? -1n : 1n) * (y.m << BigInt(y.e - e));
  const s = a + b;
  return [s < 0n, s < 0n ? -s : s, e];
}

/** Sign of an exact zero sum (IEEE 754 §6.3). */
function zeroSumSign(xNeg: boolean, yNeg: boolean, bothZero: boolean, rm: number): boolean {
  if (bothZero) return rm === RDN ? xNeg || yNeg : xNeg && yNeg;
  return rm === RDN;
}

function oracleAdd(a: Val, b: Val, F: Format, rm: number): Rounded {
  if (a.cls === 'nan' || b.cls === 'nan') return nanResult(F, isSNaN(a) || isSNaN(b));
  if (a.cls === 'inf' || b.cls === 'inf') {
    if (a.cls === 'inf' && b.cls === 'inf' && a.neg !== b.neg) return nanResult(F, true);
    return { bits: infBits(F, a.cls === 'inf' ? a.neg : negOf(b)), flags: 0 };
  }
  const [neg, m, e] = exactSum(a, b as { neg: boolean; m: bigint; e: number });
  if (m === 0n) return { bits: zeroBits(F, zeroSumSign(a.neg, negOf(b), isZero(a) && isZero(b), rm)), flags: 0 };
  return roundScaled(neg, m, e, F, rm);
}

function oracleMul(a: Val, b: Val, F: Format, rm: number): Rounded {
  if (a.cls === 'nan' || b.cls === 'nan') return nanResult(F, isSNaN(a) || isSNaN(b));
  const neg = a.neg !== b.neg;
  if (a.cls === 'inf' || b.cls === 'inf') {
    if (isZero(a) || isZero(b)) return nanResult(F, true);
    return { bits: infBits(F, neg), flags: 0 };
  }
  if (a.m === 0n || b.m === 0n) return { bits: zeroBits(F, neg), flags: 0 };
  return roundScaled(neg, a.m * b.m, a.e + b.e, F, rm);
}

function oracleDiv(a: Val, b: Val, F: Format, rm: number): Rounded {
  if (a.cls === 'nan' || b.cls === 'nan') return nanResult(F, isSNaN(a) || isSNaN(b));
  const neg = a.neg !== b.neg;
  if (a.cls === 'inf') return b.cls === 'inf' ? nanResult(F, true) : { bits: infBits(F, neg), flags: 0 };
  if (b.cls === 'inf') return { bits: zeroBits(F, neg), flags: 0 };
  if (b.m === 0n) return a.m === 0n ? nanResult(F, true) : { bits: infBits(F, neg), flags: DZ };
  if (a.m === 0n) return { bits: zeroBits(F, neg), flags: 0 };
  const de = a.e - b.e;
  const n = de >= 0 ? a.m << BigInt(de) : a.m;
  const d = de >= 0 ? b.m : b.m << BigInt(-de);
  return roundRational(neg, n, d, F, rm);
}

function isqrt(x: bigint): bigint {
  if (x < 2n) return x;
  let r = 1n << BigInt(Math.ceil(bitLen(x) / 2));
  for (;;) {
    const next = (r + x / r) >> 1n;
    if (next >= r) return r;
    r = next;
  }
}

function oracleSqrt(a: Val, F: Format, rm: number): Rounded {
  if (a.cls === 'nan') return nanResult(F, a.snan);
  if (a.cls === 'inf') return a.neg ? nanResult(F, true) : { bits: infBits(F, false), flags: 0 };
  if (a.m === 0n) return { bits: zeroBits(F, a.neg), flags: 0 };
  if (a.neg) return nanResult(F, true);
  // sqrt(m * 2^e) = sqrt(m * 2^(e - 2k)) * 2^k with e - 2k even-adjusted and >= 0, and
  // enough integer bits (> p + 3) that an inexact root can be replaced by s + 1/2.
  let k = Math.floor((a.e + bitLen(a.m) - 2 * (F.p + 4)) / 2);
  if (k * 2 > a.e) k = Math.floor(a.e / 2);
  const x = a.m << BigInt(a.e - 2 * k);
  const s = isqrt(x);
  const exact = s * s === x;
  const n = exact ? s : 2n * s + 1n;
  const kk = exact ? k : k - 1;
  return kk >= 0 ? roundRational(false, n << BigInt(kk), 1n, F, rm) : roundRational(false, n, 1n << BigInt(-kk), F, rm);
}

function oracleFma(a: Val, b: Val, c: Val, F: Format, rm: number): Rounded {
  const infZero = (isInf(a) && isZero(b)) || (isZero(a) && isInf(b));
  if (a.cls === 'nan' || b.cls === 'nan' || c.cls === 'nan') return nanResult(F, isSNaN(a) || isSNaN(b) || isSNaN(c) || infZero);
  if (infZero) return nanResult(F, true);
  const pNeg = a.neg !== b.neg;
  if (a.cls === 'inf' || b.cls === 'inf') {
    if (c.cls === 'inf' && c.neg !== pNeg) return nanResult(F, true);
    return { bits: infBits(F, pNeg), flags: 0 };
  }
  if (c.cls === 'inf') return { bits: infBits(F, c.neg), flags: 0 };
  const prod = { neg: pNeg, m: a.m * b.m, e: a.e + b.e };
  const [neg, m, e] = exactSum(prod, c);
  if (m === 0n) return { bits: zeroBits(F, zeroSumSign(pNeg, c.neg, prod.m === 0n && c.m === 0n, rm)), flags: 0 };
  return roundScaled(neg, m, e, F, rm);
}

/** Float to integer: [result as 64-bit pattern, flags]. kind: 0 W, 1 WU, 2 L, 3 LU. */
function oracleToInt(a: Val, kind: number, rm: number): Rounded {
  const bounds: [bigint, bigint][] = [[-(1n << 31n), (1n << 31n) - 1n], [0n, (1n << 32n) - 1n], [-(1n << 63n), (1n << 63n) - 1n], [0n, M64]];
  const [lo, hi] = bounds[kind];
  const sext = (v: bigint): bigint => (kind < 2 ? BigInt.asIntN(32, v) & M64 : v & M64);
  if (a.cls === 'nan') return { bits: sext(hi), flags: NV };
  if (a.cls === 'inf') return { bits: sext(a.neg ? lo : hi), flags: NV };
  let q = 0n;
  let inexact = false;
  if (a.m !== 0n) {
    [q, inexact] = a.e >= 0 ? [a.m << BigInt(a.e), false] : roundAt(a.neg, a.m, 1n << BigInt(-a.e), 0, rm);
  }
  const v = a.neg ? -q : q;
  if (v < lo || v > hi) return { bits: sext(a.neg ? lo : hi), flags: NV };
  return { bits: sext(v), flags: inexact ? NX : 0 };
}

/** Integer (64-bit pattern, interpreted per kind) to float. */
function oracleFromInt(x: bigint, kind: number, F: Format, rm: number): Rounded {
  const v = [BigInt.asIntN(32, x), BigInt.asUintN(32, x), BigInt.asIntN(64, x), BigInt.asUintN(64, x)][kind];
  if (v === 0n) return { bits: 0n, flags: 0 };
  return roundRational(v < 0n, v < 0n ? -v : v, 1n, F, rm);
}

/** The oracle's 64-bit register result for a named FP-result operation. */
function oracle(name: string, rm: number, a: bigint, b: bigint, c: bigint): Outcome {
  const op = OPS.get(name)!;
  const F = op.prec === 's' ? FMT_S : FMT_D;
  const va = operand(a, op.prec);
  const vb = operand(b, op.prec);
  const vc = operand(c, op.prec);
  const base = name.split('.')[0];
  let r: Rounded;
  switch (base) {
    case 'fadd': r = oracleAdd(va, vb, F, rm); break;
    case 'fsub': r = oracleAdd(va, negate(vb), F, rm); break;
    case 'fmul': r = oracleMul(va, vb, F, rm); break;
    case 'fdiv': r = oracleDiv(va, vb, F, rm); break;
    case 'fsqrt': r = oracleSqrt(va, F, rm); break;
    case 'fmadd': r = oracleFma(va, vb, vc, F, rm); break;
    case 'fmsub': r = oracleFma(va, vb, negate(vc), F, rm); break;
    case 'fnmsub': r = oracleFma(negate(va), vb, vc, F, rm); break;
    case 'fnmadd': r = oracleFma(negate(va), vb, negate(vc), F, rm); break;
    default: throw new Error(`no oracle for ${name}`);
  }
  return { res: F.width === 32 ? box(r.bits) : r.bits, flags: r.flags };
}

// ---------------------------------------------------------------------------
// Seeded random operands biased towards hard cases.

class Rng {
  private s: bigint;
  constructor(seed: number) {
    this.s = BigInt(seed) | 1n;
  }
  next64(): bigint {
    // xorshift64*
    let s = this.s;
    s ^= s >> 12n;
    s ^= (s << 25n) & M64;
    s ^= s >> 27n;
    this.s = s;
    return (s * 0x2545f4914f6cdd1dn) & M64;
  }
  int(n: number): number {
    return Number(this.next64() % BigInt(n));
  }
  chance(p: number): boolean {
    return this.int(1 << 20) < p * (1 << 20);
  }
}

/** A random significand (frac bits): uniform, or with few significant bits (exact results and ties). */
function randomFrac(rng: Rng, fb: number): bigint {
  const all = (1n << BigInt(fb)) - 1n;
  const r = rng.next64() & all;
  switch (rng.int(4)) {
    case 0: {
      const keep = BigInt(rng.int(fb + 1));
      return (r >> (BigInt(fb) - keep)) << (BigInt(fb) - keep);
    }
    case 1:
      return all ^ (rng.chance(0.5) ? 0n : 1n << BigInt(rng.int(fb)));
    default:
      return r;
  }
}

/** Random pattern of format F; ranges chosen so products/sums reach overflow and subnormals. */
function randomBits(rng: Rng, F: Format): bigint {
  const fb = F.p - 1;
  const emaxField = (1 << (F.width - F.p)) - 2;
  const u = rng.int(100);
  let e: number;
  if (u < 5) {
    const specials = [0, emaxField + 1];
    e = specials[rng.int(2)];
    const frac = rng.chance(0.5) ? 0n : randomFrac(rng, fb);
    return signBit(F, rng.chance(0.5)) | (BigInt(e) << BigInt(fb)) | frac;
  }
  if (u < 40) e = rng.int(emaxField + 1);
  else if (u < 75) e = F.emax - 40 + rng.int(80);
  else e = [0, 1, 2, F.p, F.p + 1, emaxField - 1, emaxField][rng.int(7)];
  return signBit(F, rng.chance(0.5)) | (BigInt(e) << BigInt(fb)) | randomFrac(rng, fb);
}

function randomReg(rng: Rng, prec: 's' | 'd'): bigint {
  if (prec === 'd') return randomBits(rng, FMT_D);
  const bits = randomBits(rng, FMT_S);
  return rng.chance(0.02) ? bits : box(bits); // occasionally not NaN-boxed
}

/** A second operand close to -a / a shifted by about p bits, to provoke cancellation and ties. */
function relatedReg(rng: Rng, a: bigint, prec: 's' | 'd'): bigint {
  const F = prec === 's' ? FMT_S : FMT_D;
  const mask = F.width === 32 ? 0xffffffffn : M64;
  const raw = a & mask;
  const hiBox = prec === 's' ? 0xffffffff00000000n : 0n;
  if (rng.chance(0.5)) return hiBox | ((raw ^ signBit(F, true)) + BigInt(rng.int(5)) - 2n) & mask;
  const shift = BigInt(F.p + rng.int(5) - 2) << BigInt(F.p - 1);
  const e = (raw >> BigInt(F.p - 1)) & ((1n << expBits(F)) - 1n);
  if (e <= shift >> BigInt(F.p - 1)) return randomReg(rng, prec);
  return hiBox | ((raw - shift) & mask) | (rng.chance(0.5) ? signBit(F, true) : 0n);
}

// ---------------------------------------------------------------------------
// Reference vectors recorded from QEMU 7.2 (qemu-system-riscv64 -M virt, bare metal):
// each line is "insn rm a b c result fflags" in hex, operands loaded with fmv.d.x (so S
// operands may be unboxed), frm = rm and the instruction executed with rm = DYN,
// fflags cleared before and read after. A selection (every distinct flag outcome per
// instruction, plus random ones) of about 1.7 million vectors that matched this FPU bit
// for bit when it was written.
const QEMU_VECTORS = `
fadd.s 0 ffffffff7f800001 ffffffff7fc00000 0 ffffffff7fc00000 10
fadd.s 2 ffffffffc44fff40 ffffffff7fa00000 0 ffffffff7fc00000 10
fadd.s 0 ffffffff0025c000 ffffffff7fa00000 0 ffffffff7fc00000 10
fadd.s 2 ffffffffce600001 ffffffff7fa00000 0 ffffffff7fc00000 10
fadd.s 4 fffffffffea7f74d ffffffffff7fffff 0 ffffffffff800000 05
fadd.s 4 ffffffff7fa00000 ffffffff3a3cc001 0 ffffffff7fc00000 10
fadd.s 1 ffffffffff7fffff fffffffff47ffffc 0 ffffffffff7fffff 05
fadd.s 3 ffffffff6efa40e3 ffffffff7fa00000 0 ffffffff7fc00000 10
fadd.s 1 ffffffff7fa00000 ffffffff40200000 0 ffffffff7fc00000 10
fadd.s 3 ffffffff7f7fffff ffffffff40200000 0 ffffffff7f800000 05
fadd.s 0 ffffffffff2916c0 ffffffffff7fffff 0 ffffffffff800000 05
fadd.s 2 ffffffffff7fffff ffffffff807c8001 0 ffffffffff800000 05
fadd.s 2 ffffffffff7fffff ffffffffb1646600 0 ffffffffff800000 05
fadd.s 4 ffffffffff7fffff fffffffff47ffffc 0 ffffffffff800000 05
fadd.s 3 ffffffff7f7fffff ffffffff72ffffff 0 ffffffff7f800000 05
fadd.s 0 ffffffff7afbd0a3 ffffffff7f7fffff 0 ffffffff7f800000 05
fadd.s 1 ffffffff7f7fffff ffffffff73fffffb 0 ffffffff7f7fffff 05
fadd.s 1 ffffffff3f000000 ffffffff7f800001 0 ffffffff7fc00000 10
fadd.s 4 ffffffff7fa00000 000000007f282ee1 0 ffffffff7fc00000 10
fadd.s 3 ffffffff7f800001 ffffffff34f34160 0 ffffffff7fc00000 10
fadd.s 2 ffffffff2f010a28 ffffffffaf010a2b 0 ffffffffa4400000 00
fadd.s 1 ffffffff7f500000 fffffffff1d00004 0 ffffffff7f4fffff 01
fadd.s 3 ffffffff3840d128 ffffffffae40d12c 0 ffffffff3840d11c 01
fadd.s 1 ffffffff6901df43 ffffffff5d81df43 0 ffffffff6901df44 01
fadd.s 4 ffffffffffc00123 ffffffff4ccfdb29 0 ffffffff7fc00000 00
fadd.s 3 ffffffff690091f8 ffffffff8b868000 0 ffffffff690091f8 01
fadd.s 1 ffffffffbf920000 ffffffff3f920003 0 ffffffff34c00000 00
fadd.s 2 ffffffff44200001 ffffffff5a834001 0 ffffffff5a834001 01
fadd.s 2 ffffffffb97fefff ffffffffced99001 0 ffffffffced99002 01
fadd.s 4 ffffffff4b6efbd0 ffffffff3f6efbd1 0 ffffffff4b6efbd1 01
fadd.s 4 ffffffff46e8f49c ffffffffc6e8f49d 0 ffffffffbb000000 00
fadd.s 0 ffffffffd43ca000 ffffffff7f3fffff 0 ffffffff7f3fffff 01
fadd.s 3 ffffffffc51c67e7 ffffffff451c67e5 0 ffffffffba000000 00
fadd.s 3 ffffffff417d4000 ffffffffc17d4000 0 ffffffff00000000 00
fadd.s 0 ffffffff4407a4a0 ffffffff3907a4a3 0 ffffffff4407a4a2 01
fadd.s 1 ffffffffd2a51df5 ffffffff52a51df5 0 ffffffff00000000 00
fadd.s 4 ffffffff779f0000 ffffffffc4ca7d3e 0 ffffffff779f0000 01
fadd.s 0 ffffffff68ed0000 ffffffffe8ed0001 0 ffffffffdd000000 00
fadd.s 2 ffffffff35ab8d38 ffffffffb5ab8d3a 0 ffffffffaa800000 00
fadd.s 0 ffffffff5f7fffff ffffffffdf7fffff 0 ffffffff00000000 00
fsub.s 3 ffffffffdf53b5fc ffffffff7f800001 0 ffffffff7fc00000 10
fsub.s 3 ffffffff7e9dab8b ffffffffff749af5 0 ffffffff7f800000 05
fsub.s 2 ffffffff7fa00000 ffffffff37f813bc 0 ffffffff7fc00000 10
fsub.s 2 ffffffffff7fffff ffffffff4b7374d0 0 ffffffffff800000 05
fsub.s 4 ffffffff795ad4cd ffffffffff7fff7f 0 ffffffff7f800000 05
fsub.s 4 fffffffffee60000 ffffffff7f698001 0 ffffffffff800000 05
fsub.s 3 ffffffff7f7fffff ffffffff99fbdc64 0 ffffffff7f800000 05
fsub.s 0 ffffffffff7fffff ffffffff747ffff8 0 ffffffffff800000 05
fsub.s 1 ffffffffff7fffff ffffffff73fffff8 0 ffffffffff7fffff 05
fsub.s 1 ffffffffff7fffff ffffffff73fffffb 0 ffffffffff7fffff 05
fsub.s 2 ffffffffff7fffff ffffffff24621980 0 ffffffffff800000 05
fsub.s 0 ffffffff7f7fffff fffffffff47ffffe 0 ffffffff7f800000 05
fsub.s 4 ffffffff7fa00000 ffffffff3dfff7ff 0 ffffffff7fc00000 10
fsub.s 3 ffffffff7f800001 ffffffff4e578000 0 ffffffff7fc00000 10
fsub.s 1 ffffffff7f800001 ffffffffc4fffffe 0 ffffffff7fc00000 10
fsub.s 0 ffffffff7fa00000 ffffffff8cc77f11 0 ffffffff7fc00000 10
fsub.s 0 ffffffff7fa00000 ffffffffda5688dd 0 ffffffff7fc00000 10
fsub.s 1 ffffffff7fa00000 00000000cf13548d 0 ffffffff7fc00000 10
fsub.s 2 ffffffff7f800001 ffffffffe10e356d 0 ffffffff7fc00000 10
fsub.s 2 ffffffff007fdfff ffffffff007fdffc 0 ffffffff00000003 00
fsub.s 4 ffffffff7f800001 ffffffff00000001 0 ffffffff7fc00000 10
fsub.s 1 ffffffff772a437e ffffffff772a437d 0 ffffffff6b800000 00
fsub.s 3 ffffffff00000000 ffffffffd6ca0001 0 ffffffff56ca0001 00
fsub.s 1 ffffffff0a5ac4fc ffffffffc00e81dd 0 ffffffff400e81dd 01
fsub.s 2 ffffffff01266321 ffffffff8c33d9ea 0 ffffffff0c33d9ec 01
fsub.s 2 ffffffff21f96e2a ffffffff21f96e28 0 ffffffff16800000 00
fsub.s 4 ffffffff0cb3c007 ffffffffbada68e7 0 ffffffff3ada68e7 01
fsub.s 2 ffffffff4effffff ffffffff7f7fffff 0 ffffffffff7fffff 01
fsub.s 3 ffffffffd05c821f ffffffffd05c821f 0 ffffffff00000000 00
fsub.s 1 ffffffff55007000 ffffffff48007003 0 ffffffff55006fff 01
fsub.s 0 fffffffffe800000 fffffffffe800001 0 ffffffff73000000 00
fsub.s 0 ffffffffa16d6613 ffffffffa16d6610 0 ffffffff96400000 00
fsub.s 0 ffffffff4787dba6 ffffffffba07dba1 0 ffffffff4787dba6 01
fsub.s 3 ffffffffcdffffff ffffffff407ffffd 0 ffffffffcdffffff 01
fsub.s 1 ffffffff6c702fdf 7fffffff61702fdd 0 ffffffff7fc00000 00
fsub.s 0 ffffffffb4518201 ffffffffa7518204 0 ffffffffb4518201 01
fsub.s 3 ffffffff0fffd000 ffffffff4ab097c2 0 ffffffffcab097c1 01
fsub.s 4 ffffffffc0a43e61 ffffffff36a43e60 0 ffffffffc0a43e6b 01
fsub.s 4 ffffffffb87fffff ffffffffb87fffff 0 ffffffff00000000 00
fsub.s 4 ffffffffd9930000 ffffffffd9ffffdf 0 ffffffff5959ffbe 00
fmul.s 4 ffffffff7f800001 ffffffffd5891528 0 ffffffff7fc00000 10
fmul.s 2 ffffffff4f182a75 ffffffff7f800001 0 ffffffff7fc00000 10
fmul.s 0 ffffffff7fa00000 ffffffffb7642175 0 ffffffff7fc00000 10
fmul.s 3 ffffffff515a7b29 ffffffff7f800001 0 ffffffff7fc00000 10
fmul.s 1 ffffffff347fefff ffffffff7fa00000 0 ffffffff7fc00000 10
fmul.s 0 ffffffff7e142ef7 ffffffffd8ffffff 0 ffffffffff800000 05
fmul.s 0 ffffffffb4feffff ffffffff8a80808a 0 ffffffff00400004 03
fmul.s 3 ffffffff7f800001 ffffffff48e43000 0 ffffffff7fc00000 10
fmul.s 2 ffffffff6266a04c ffffffff5d284200 0 ffffffff7f7fffff 05
fmul.s 1 ffffffffdd6a0bd8 ffffffff7f800001 0 ffffffff7fc00000 10
fmul.s 3 ffffffffda0b5365 ffffffffff7ffffd 0 ffffffff7f800000 05
fmul.s 2 ffffffffdf000000 ffffffff40200000 0 ffffffffdfa00000 00
fmul.s 2 ffffffff00280000 ffffffff34ccccce 0 ffffffff00000001 03
fmul.s 3 ffffffffc1fb73cc ffffffff80041282 0 ffffffff007fffa1 03
fmul.s 0 ffffffff7fa00000 ffffffffe08bf5c0 0 ffffffff7fc00000 10
fmul.s 1 ffffffffb58d44b5 ffffffff007fffff 0 ffffffff80000008 03
fmul.s 2 ffffffffc04b0001 ffffffff80142d6b 0 ffffffff0040000f 03
fmul.s 2 ffffffff7fa00000 ffffffff9cc7fa9d 0 ffffffff7fc00000 10
fmul.s 1 fffffffff559e275 ffffffff75672b2e 0 ffffffffff7fffff 05
fmul.s 4 ffffffff7f4eac2c ffffffff4c4abcc4 0 ffffffff7f800000 05
fmul.s 2 ffffffffff11418c ffffffff47ffffef 0 ffffffffff800000 05
fmul.s 0 fffffffffe2ed86b ffffffffc14074ff 0 ffffffff7f800000 05
fmul.s 4 ffffffff97c4e708 ffffffff55e00000 0 ffffffffae2c4a27 00
fmul.s 4 ffffffff49cd0eea ffffffff4f800000 0 ffffffff59cd0eea 00
fmul.s 4 fffffffff0ea9780 ffffffff75b7de35 0 ffffffffff800000 05
fmul.s 4 ffffffff00800000 ffffffff8c8d7371 0 ffffffff80000000 03
fmul.s 3 ffffffff72bda411 ffffffff4d7fffbf 0 ffffffff7f800000 05
fmul.s 4 ffffffffdd13a000 ffffffffa1ddf7ce 0 ffffffff3f800006 01
fmul.s 3 ffffffff00878800 ffffffff7e82bc93 0 ffffffff3f8a6dcc 01
fmul.s 2 ffffffff6dc8c000 ffffffff1e3a4000 0 ffffffff4c920db0 00
fmul.s 0 ffffffff38780001 ffffffff04451c11 0 ffffffff00017de6 03
fmul.s 2 ffffffffb1675374 ffffffffc00ab9b3 0 ffffffff31fab593 01
fmul.s 4 ffffffffcd4d4e47 ffffffff4e940001 0 ffffffffdc6d6284 01
fmul.s 1 ffffffff004b4bec ffffffff3dac4401 0 ffffffff00065560 03
fmul.s 3 ffffffffbf000000 ffffffff81000000 0 ffffffff00800000 00
fmul.s 1 ffffffff8c7fffdf ffffffffb3ffffcb 0 ffffffff00ffffaa 01
fmul.s 3 ffffffffc87fffff ffffffff3233b4e3 0 ffffffffbb33b4e2 01
fmul.s 4 ffffffff7f800001 ffffffffb4513d6c 0 ffffffff7fc00000 10
fmul.s 1 fffffffffc000001 ffffffff4d6c5106 0 ffffffffff7fffff 05
fmul.s 1 ffffffffee08cde3 0000000090ef8656 0 ffffffff7fc00000 00
fmul.s 2 ffffffff41c86e10 ffffffff4d580000 0 ffffffff4fa91cdd 01
fmul.s 3 ffffffff5f800000 ffffffffd1600000 0 fffffffff1600000 00
fmul.s 1 ffffffffd7300001 ffffffff807fffff 0 ffffffff182fffff 01
fmul.s 0 ffffffffcc9074d4 ffffffff9c612dfd 0 ffffffff297e2143 01
fmul.s 0 ffffffffcf000000 ffffffff5854016b 0 ffffffffe7d4016b 00
fmul.s 3 ffffffff8c4bd801 ffffffffa820c02d 0 ffffffff00000002 03
fmul.s 1 ffffffffbd849000 ffffffff3cb80000 0 ffffffffbabe8f00 00
fmul.s 0 ffffffff80580ca8 ffffffffbfba13ce 0 ffffffff00800004 01
fmul.s 4 ffffffff94ca114e ffffffffab2229db 0 ffffffff007ffffd 03
fmul.s 0 7fffffff804d5001 ffffffffb4a40000 0 ffffffff7fc00000 00
fdiv.s 4 ffffffff7fa00000 ffffffffffc00123 0 ffffffff7fc00000 10
fdiv.s 2 ffffffffa0ffffff ffffffff80000000 0 ffffffff7f800000 08
fdiv.s 0 ffffffff4df7ef56 ffffffff7fa00000 0 ffffffff7fc00000 10
fdiv.s 2 ffffffff7f800001 ffffffff3b28f00e 0 ffffffff7fc00000 10
fdiv.s 4 ffffffff7fa00000 ffffffffcd661d00 0 ffffffff7fc00000 10
fdiv.s 1 ffffffffb30613ce ffffffff80000000 0 ffffffff7f800000 08
fdiv.s 3 ffffffff5f7fffff ffffffff00000000 0 ffffffff7f800000 08
fdiv.s 0 ffffffff7fa00000 ffffffff29fea1e5 0 ffffffff7fc00000 10
fdiv.s 4 ffffffff49fe21ac ffffffff80000000 0 ffffffffff800000 08
fdiv.s 3 ffffffff358ab1fc ffffffff00000000 0 ffffffff7f800000 08
fdiv.s 2 ffffffff007fffff ffffffff00000000 0 ffffffff7f800000 08
fdiv.s 1 ffffffff7fa00000 ffffffff447fffff 0 ffffffff7fc00000 10
fdiv.s 3 ffffffffcd5e9e0d ffffffff7f800001 0 ffffffff7fc00000 10
fdiv.s 1 ffffffff4987e580 ffffffff80000000 0 ffffffffff800000 08
fdiv.s 0 ffffffffff3c7681 ffffffff80000000 0 ffffffff7f800000 08
fdiv.s 4 ffffffff55d00001 ffffffff00000000 0 ffffffff7f800000 08
fdiv.s 3 fffffffffe700000 ffffffff81aa35bf 0 ffffffff7f800000 05
fdiv.s 2 ffffffffff7dc256 ffffffff3377e22c 0 ffffffffff800000 05
fdiv.s 3 ffffffffb71fc000 fffffffff977bc8d 0 ffffffff00014a29 03
fdiv.s 0 ffffffff8bffffff ffffffff7afffeff 0 ffffffff80000000 03
fdiv.s 1 ffffffff12e7c741 ffffffff7ba7fbe4 0 ffffffff00000000 03
fdiv.s 0 ffffffffd62e29f5 ffffffff0a68ed63 0 ffffffffff800000 05
fdiv.s 3 ffffffff7fa00000 ffffffff0f0160ee 0 ffffffff7fc00000 10
fdiv.s 2 ffffffff4d655381 ffffffff7fa00000 0 ffffffff7fc00000 10
fdiv.s 0 ffffffff38b00000 7fffffff7830000c 0 ffffffff7fc00000 00
fdiv.s 4 ffffffff3cb29126 00000000cde313f7 0 ffffffff7fc00000 00
fdiv.s 1 ffffffffff1dead3 ffffffff0067554c 0 ffffffffff7fffff 05
fdiv.s 0 ffffffff149ce0e9 ffffffffdb209f61 0 ffffffff800000fa 03
fdiv.s 3 ffffffff0ce8fb30 ffffffff5768fb36 0 ffffffff00000001 03
fdiv.s 1 ffffffffb8692f40 ffffffff7f800001 0 ffffffff7fc00000 10
fdiv.s 1 ffffffffb2ffffff ffffffff0cffffff 0 ffffffffe5800000 00
fdiv.s 4 ffffffff7f180000 ffffffff34b3f9a2 0 ffffffff7f800000 05
fdiv.s 2 ffffffff687fffff ffffffff5b000000 0 ffffffff4cffffff 00
fdiv.s 4 ffffffffd9e60000 ffffffff7f000000 0 ffffffff9a660000 00
fdiv.s 4 ffffffff80743000 ffffffff471d3bf4 0 ffffffff800000bd 03
fdiv.s 1 ffffffff6dc91884 ffffffff007fffff 0 ffffffff7f7fffff 05
fdiv.s 2 ffffffff3594c9b4 ffffffff7514c9b0 0 ffffffff00400001 03
fdiv.s 4 ffffffffb5f07000 ffffffff7e000000 0 ffffffff8000001e 03
fdiv.s 4 ffffffff49e654c0 ffffffff82fdffff 0 ffffffffff800000 05
fdiv.s 2 ffffffffcb2de7c9 ffffffff75ffffff 0 ffffffff94ade7ca 01
fdiv.s 1 ffffffffb55c0871 fffffffff722b000 0 ffffffff0002b479 03
fdiv.s 1 ffffffffff726bb8 ffffffffcf000000 0 ffffffff6ff26bb8 00
fdiv.s 0 ffffffffebd61028 ffffffff327fffef 0 fffffffff8d61036 01
fdiv.s 3 ffffffff69cebf72 ffffffffb9ffffff 0 ffffffffef4ebf72 01
fdiv.s 3 ffffffff401de25b ffffffff3f800000 0 ffffffff401de25b 00
fdiv.s 1 ffffffff4aca7fe0 ffffffff0aca8021 0 ffffffff7f7fffad 01
fdiv.s 3 ffffffff4f7fffff ffffffffd0b40000 0 ffffffffbe360b60 00
fdiv.s 0 ffffffffbedc3c01 ffffffff0d818198 0 fffffffff0d9ac46 01
fdiv.s 0 ffffffff4f7fffff ffffffff80000000 0 ffffffffff800000 08
fdiv.s 3 ffffffffcd7fffff ffffffff8d80002d 0 ffffffff7f7fffa6 01
fdiv.s 1 ffffffff4d99e0c5 ffffffffc0a7bbed 0 ffffffffcc6ada3d 01
fdiv.s 2 ffffffffd871782d ffffffff0c014000 0 ffffffffff800000 05
fdiv.s 0 ffffffff7f7fffff ffffffff0051c6cf 0 ffffffff7f800000 05
fdiv.s 0 ffffffffff800000 ffffffff168051e3 0 ffffffffff800000 00
fdiv.s 4 ffffffff184d6581 ffffffffc2000001 0 ffffffff95cd657f 01
fdiv.s 4 ffffffff37e499fd ffffffff8cc80001 0 ffffffffea924e12 01
fdiv.s 2 ffffffff00ffffff ffffffff4b7ffffc 0 ffffffff00000001 03
fdiv.s 2 00000000ea695d1f ffffffff0bcc5dab 0 ffffffff7fc00000 00
fdiv.s 3 ffffffffdefb0ea4 ffffffff802266c1 0 ffffffff7f800000 05
fdiv.s 2 ffffffff81e00000 ffffffff313a3c01 0 ffffffff9019f4df 01
fsqrt.s 0 ffffffff3f800000 0 0 ffffffff3f800000 00
fsqrt.s 1 ffffffff80000000 0 0 ffffffff80000000 00
fsqrt.s 1 000000008be48200 0 0 ffffffff7fc00000 00
fsqrt.s 2 ffffffff00800000 0 0 ffffffff20000000 00
fsqrt.s 3 7fffffffbba795c2 0 0 ffffffff7fc00000 00
fsqrt.s 3 000000005f800000 0 0 ffffffff7fc00000 00
fsqrt.s 4 ffffffff80000000 0 0 ffffffff80000000 00
fsqrt.s 2 ffffffffffc00123 0 0 ffffffff7fc00000 00
fsqrt.s 3 ffffffff26d439fd 0 0 ffffffff3324d16d 01
fsqrt.s 0 00000000ffc00123 0 0 ffffffff7fc00000 00
fsqrt.s 4 ffffffff49d80001 0 0 ffffffff44a646e2 01
fsqrt.s 2 ffffffff985f1ba5 0 0 ffffffff7fc00000 10
fsqrt.s 4 000000004424a800 0 0 ffffffff7fc00000 00
fsqrt.s 1 ffffffffd17c2447 0 0 ffffffff7fc00000 10
fsqrt.s 4 ffffffff2ba3ce00 0 0 ffffffff3590ccc4 01
fsqrt.s 0 ffffffff0562d725 0 0 ffffffff2270fac4 01
fsqrt.s 3 ffffffffff180000 0 0 ffffffff7fc00000 10
fsqrt.s 1 ffffffffc41c3555 0 0 ffffffff7fc00000 10
fsqrt.s 2 ffffffffdf000000 0 0 ffffffff7fc00000 10
fsqrt.s 4 ffffffffbf5972ab 0 0 ffffffff7fc00000 10
fsqrt.s 0 ffffffff3f7fffff 0 0 ffffffff3f7fffff 01
fsqrt.s 0 ffffffffb185451f 0 0 ffffffff7fc00000 10
fsqrt.s 2 ffffffff0b4dd1c2 0 0 ffffffff25658ae1 01
fsqrt.s 3 ffffffff12539c29 0 0 ffffffff28e8bfc8 01
fsqrt.s 3 ffffffffbed65025 0 0 ffffffff7fc00000 10
fsqrt.s 0 ffffffffc8c4defb 0 0 ffffffff7fc00000 10
fsqrt.s 4 ffffffffb92188a2 0 0 ffffffff7fc00000 10
fsqrt.s 2 ffffffff54f29f6d 0 0 ffffffff4a3039ef 01
fsqrt.s 1 ffffffff3fe00000 0 0 ffffffff3fa953fd 01
fsqrt.s 1 ffffffff66dea1c1 0 0 ffffffff5328cf67 01
fsgnj.s 4 ffffffff3f330540 ffffffffa9700000 0 ffffffffbf330540 00
fsgnj.s 2 ffffffffbcfa8000 ffffffff38fd577d 0 ffffffff3cfa8000 00
fsgnjn.s 1 ffffffff0cb23f37 ffffffff5a3fffff 0 ffffffff8cb23f37 00
fsgnjn.s 4 ffffffff04f64c53 ffffffffc019dbc6 0 ffffffff04f64c53 00
fsgnjx.s 1 ffffffff7f800000 ffffffff3b05d40d 0 ffffffff7f800000 00
fsgnjx.s 1 ffffffff0b770000 ffffffff48366764 0 ffffffff0b770000 00
fmin.s 3 7fffffff487fbfff ffffffff7fa00000 0 ffffffff7fc00000 10
fmin.s 1 ffffffff7fa00000 fffffffff5f00000 0 fffffffff5f00000 10
fmin.s 2 ffffffffc4708400 ffffffffc92572b2 0 ffffffffc92572b2 00
fmin.s 2 ffffffffeae05c19 ffffffff3b400000 0 ffffffffeae05c19 00
fmax.s 2 ffffffffb46c7b00 ffffffff7fa00000 0 ffffffffb46c7b00 10
fmax.s 0 ffffffff7f800001 ffffffffc2060000 0 ffffffffc2060000 10
fmax.s 2 ffffffff527706fc ffffffffff0585b6 0 ffffffff527706fc 00
fmax.s 1 ffffffff4f9a8596 ffffffff8b0b7997 0 ffffffff4f9a8596 00
feq.s 3 ffffffffd3ffefff ffffffff7fa00000 0 0000000000000000 10
feq.s 1 ffffffff7f800001 ffffffff80e12d8b 0 0000000000000000 10
feq.s 3 ffffffff0ca00000 ffffffff88200000 0 0000000000000000 00
feq.s 0 ffffffffb9c814c9 ffffffffd8b1a28d 0 0000000000000000 00
flt.s 2 00000000c78085cf fffffffffb5cb92c 0 0000000000000000 10
flt.s 2 0000000021bfffff ffffffff7af00001 0 0000000000000000 10
flt.s 3 ffffffffb8c34000 ffffffff4a9043d0 0 0000000000000001 00
flt.s 1 ffffffff00000000 ffffffffd8ffffff 0 0000000000000000 00
fle.s 1 ffffffff8ae58cca 7fffffffd017e2c2 0 0000000000000000 10
fle.s 0 ffffffff47800000 ffffffff7fc00000 0 0000000000000000 10
fle.s 0 ffffffff81480000 ffffffffbd5c0b57 0 0000000000000000 00
fle.s 4 fffffffffa868efa ffffffff6cfff7ff 0 0000000000000001 00
fclass.s 2 ffffffff81dcef75 0 0 0000000000000002 00
fclass.s 1 ffffffff40200000 0 0 0000000000000040 00
fmadd.s 1 ffffffff6e3cb70b ffffffffdf000000 ffffffff4250ca80 ffffffffff7fffff 05
fmadd.s 0 ffffffff7effff7f ffffffffcefe1c5d ffffffffce186afc ffffffffff800000 05
fmadd.s 0 ffffffff48300001 ffffffffff7f7fff ffffffff00000001 ffffffffff800000 05
fmadd.s 4 ffffffff7e7fffff ffffffffc5fa0000 ffffffff7f800005 ffffffff7fc00000 10
fmadd.s 3 ffffffff61cbf800 ffffffffff080001 ffffffffff7fffff ffffffffff7fffff 05
fmadd.s 4 ffffffffde92f9e2 ffffffff7c605000 ffffffffcc7830d6 ffffffffff800000 05
fmadd.s 3 ffffffff7f6fffff ffffffffc6d9471a ffffffff38dbde03 ffffffffff7fffff 05
fmadd.s 3 ffffffffcab81d75 fffffffffe3e0001 ffffffffff800003 ffffffff7fc00000 10
fmadd.s 2 ffffffff3681c8a5 ffffffff807fffff ffffffff00000022 ffffffff00000001 03
fmadd.s 1 ffffffff7fa00000 ffffffff78b806ec 0000000040200000 ffffffff7fc00000 10
fmadd.s 2 ffffffff65a00000 ffffffff6b468c0b ffffffffffbfffff ffffffff7fc00000 10
fmadd.s 0 ffffffff7ed347c1 ffffffff55e7c000 ffffffff7f800002 ffffffff7fc00000 10
fmadd.s 3 ffffffff80f6a001 ffffffff01b34534 ffffffff00000000 ffffffff80000000 03
fmadd.s 4 ffffffff01be15a0 ffffffff0fd74b05 ffffffff00000001 ffffffff00000001 03
fmadd.s 0 ffffffff8c1001cf ffffffffb7c22891 ffffffff845a7061 ffffffff00000037 03
fmadd.s 1 ffffffffcc8ed517 ffffffff7fa00000 ffffffff4b7e5001 ffffffff7fc00000 10
fmadd.s 4 fffffffffe72e000 ffffffff5af6b7e0 ffffffff49438000 ffffffffff800000 05
fmadd.s 2 fffffffffe51848d ffffffff46225e21 ffffffffbf800000 ffffffffff800000 05
fmadd.s 4 ffffffff37626743 ffffffff002742bc ffffffff80000022 ffffffff00000001 03
fmadd.s 1 ffffffff957fffff ffffffff814da7cc ffffffff00000000 ffffffff00000000 03
fmadd.s 2 ffffffff1f70d479 ffffffffb2f60000 ffffffffff7fffff ffffffffff800000 05
fmadd.s 2 ffffffff806d5940 ffffffff3c8e4682 ffffffff80000001 ffffffff8001e62e 03
fmadd.s 3 ffffffff3d2b49e9 ffffffffba50209d ffffffff380b41e2 ffffffff2d19a307 01
fmadd.s 0 ffffffffa0618a20 ffffffff1518c000 ffffffff80000000 ffffffff80000004 03
fmadd.s 1 ffffffffff1ab5a9 ffffffffbd35ab0c fffffffffcdb939f fffffffff0d53228 00
fmadd.s 1 ffffffffcb2a1800 ffffffffdc05c001 ffffffffe7a8891b ffffffff65932fa5 01
fmadd.s 2 ffffffff71000001 ffffffff4effffff ffffffff7f800001 ffffffff7fc00000 10
fmadd.s 0 ffffffff5c800000 ffffffffba255e50 7fffffff57255e50 ffffffff7fc00000 00
fmadd.s 1 ffffffff80553884 ffffffffb326c000 ffffffff80000003 ffffffff80000002 03
fmadd.s 2 ffffffff8075b7f1 ffffffff3f800000 ffffffffffffffff ffffffff7fc00000 00
fmadd.s 1 ffffffffbf3109f4 ffffffff4f41921f ffffffffbc05dd8d ffffffffcf05dd8e 01
fmadd.s 2 ffffffff0e9bf583 ffffffffbf000000 ffffffff0e1bf586 ffffffff03400000 00
fmadd.s 0 ffffffff37932cf3 ffffffffd1a2a33f ffffffffbd0cdccc ffffffffc9bb0098 01
fmadd.s 3 ffffffff00000003 ffffffff7f762c09 ffffffffb5b8a102 ffffffff2b180000 00
fmadd.s 3 ffffffff0ccb12a9 ffffffff164e50d5 ffffffff80000001 ffffffff80000000 03
fmadd.s 0 7fffffffd6b8707a ffffffffcac1c800 ffffffff38907d89 ffffffff7fc00000 00
fmadd.s 4 ffffffff7c71a2db ffffffffd981a1d0 ffffffff7f800003 ffffffff7fc00000 10
fmadd.s 0 ffffffff3fde2e00 ffffffffd5742000 ffffffff49000000 ffffffffd5d3df9e 01
fmadd.s 1 ffffffff7fc00000 ffffffff3b268d0c ffffffffcbff462a ffffffff7fc00000 00
fmadd.s 4 ffffffffbea620d1 ffffffffc963417e ffffffffc893799d ffffffffbde4f209 01
fmadd.s 2 ffffffff3b7fffff ffffffffce4ba898 ffffffff34cba897 ffffffffca4ba898 01
fmadd.s 3 ffffffff59006490 ffffffff409c5881 ffffffffda1cd356 ffffffff4c059200 00
fmadd.s 3 ffffffff81bd4c56 ffffffff477573ad ffffffff3d1bde00 ffffffff3d1bde00 01
fmadd.s 1 ffffffff55852e80 fffffffffecbf7a6 ffffffffcc6e7b02 ffffffffff7fffff 05
fmadd.s 2 ffffffff4f13a300 ffffffff60400000 ffffffffde5d7480 ffffffff6fdd747f 01
fmadd.s 0 ffffffffff48a144 ffffffff5f800000 ffffffff7f800004 ffffffff7fc00000 10
fmadd.s 4 ffffffff3ef2d581 7fffffffe178b1df ffffffff20bf5edd ffffffff7fc00000 00
fmadd.s 3 ffffffff7f50c0b2 ffffffff5513cc58 ffffffffff800005 ffffffff7fc00000 10
fmadd.s 4 ffffffff7cca3920 ffffffff2684ecd8 ffffffffe3d2011f ffffffffd96d9340 00
fmadd.s 4 ffffffffcb8c2700 ffffffffbb7fffff ffffffffb77fffff ffffffff478c26ff 01
fmsub.s 0 fffffffffe920ed1 ffffffffd67ffffb ffffffff7f7fffff ffffffff7f800000 05
fmsub.s 1 ffffffff4794f362 ffffffffff7fffff ffffffff80e4c041 ffffffffff7fffff 05
fmsub.s 3 ffffffff7ebe4629 ffffffffc84f9763 ffffffff30cb9aaf ffffffffff7fffff 05
fmsub.s 3 ffffffff7fa00000 ffffffff798a9a64 ffffffff0c06de87 ffffffff7fc00000 10
fmsub.s 0 ffffffffd49bdee3 ffffffff69f78000 ffffffff7f16b1f8 ffffffffff800000 05
fmsub.s 1 ffffffff497a9c40 ffffffff7ea10000 fffffffffa1d9c44 ffffffff7f7fffff 05
fmsub.s 2 ffffffff7fa00000 ffffffff4b4d1912 ffffffff7fa00000 ffffffff7fc00000 10
fmsub.s 3 ffffffff96a55053 ffffffff16434367 ffffffff00000002 ffffffff80000002 03
fmsub.s 4 ffffffff26b50c2e ffffffff8d5b8da7 ffffffff00000003 ffffffff80000004 03
fmsub.s 4 ffffffff017fffff ffffffff00d61d8f ffffffff00000000 ffffffff00000000 03
fmsub.s 0 ffffffffcbdf48cd fffffffffe169900 ffffffff7f800001 ffffffff7fc00000 10
fmsub.s 1 ffffffff7fa00000 ffffffff00000000 ffffffffc8a8237b ffffffff7fc00000 10
fmsub.s 3 ffffffff8b90e46b ffffffff00467901 ffffffff00000001 ffffffff80000001 03
fmsub.s 4 ffffffff417dfe1a fffffffffe7f4712 fffffffff2fd469e ffffffffff800000 05
fmsub.s 4 ffffffff7fa00000 ffffffff2b740000 ffffffff8cc00000 ffffffff7fc00000 10
fmsub.s 1 ffffffff8060c293 ffffffff3f800001 ffffffff00000000 ffffffff8060c293 03
fmsub.s 1 ffffffff7f800001 ffffffff527fca34 ffffffff007b9997 ffffffff7fc00000 10
fmsub.s 2 ffffffff5f2f4200 ffffffffdf8fd1b4 ffffffff7f44eadd ffffffffff800000 05
fmsub.s 0 ffffffff32042600 ffffffff0ba00001 ffffffff00000000 ffffffff0005297c 03
fmsub.s 4 ffffffffdf000000 ffffffffe9048001 ffffffff7f7fffff ffffffff7f800000 05
fmsub.s 4 ffffffff7fa00000 ffffffffb9e08f4e ffffffff537fffff ffffffff7fc00000 10
fmsub.s 0 ffffffff4f55fe50 ffffffff7f540000 ffffffffff800005 ffffffff7fc00000 10
fmsub.s 1 ffffffff0cc20449 ffffffff931516ca ffffffff00000003 ffffffff80000003 03
fmsub.s 4 ffffffffceff5000 ffffffff7fc00000 ffffffff5d5270e0 ffffffff7fc00000 00
fmsub.s 0 ffffffffc3754489 ffffffff7f02dff8 ffffffff7f800000 ffffffffff800000 00
fmsub.s 2 ffffffff00000001 ffffffff3da8ba1f ffffffff00000000 ffffffff00000000 03
fmsub.s 2 ffffffff7eafc000 ffffffffca080000 ffffffffffc00123 ffffffff7fc00000 00
fmsub.s 2 ffffffff00800000 ffffffff31f0a31b ffffffff80000005 ffffffff00000005 03
fmsub.s 0 ffffffff018b311a ffffffffffc00123 ffffffff8bfaed15 ffffffff7fc00000 00
fmsub.s 3 ffffffff00063964 ffffffff0076aeba 7fffffff80000000 ffffffff7fc00000 00
fmsub.s 3 7fffffffb7882d7e ffffffff159b67d4 ffffffff4cff8001 ffffffff7fc00000 00
fmsub.s 1 ffffffffb745f448 ffffffffaedd5600 00000000ff73c000 ffffffff7fc00000 00
fmsub.s 4 ffffffff368e8200 ffffffffffc00123 ffffffffd2280000 ffffffff7fc00000 00
fmsub.s 2 fffffffff1fa9356 ffffffffd86ea780 ffffffff7f800000 ffffffffff800000 00
fmsub.s 2 ffffffff3da404b3 ffffffffb156ef65 ffffffff2f89b54b ffffffffb009b54d 01
fmsub.s 1 ffffffff0c0d89ba ffffffffb5f4d000 ffffffff48c70461 ffffffffc8c70461 01
fmsub.s 3 ffffffff73a66ff6 ffffffff56070054 ffffffff7f800001 ffffffff7fc00000 10
fmsub.s 2 ffffffff72530589 ffffffffd9d15a51 ffffffff00000000 ffffffffff800000 05
fmsub.s 4 ffffffff3c0383b5 ffffffff3f800000 ffffffffbc0383b4 ffffffff3c8383b5 01
fmsub.s 4 ffffffffcac9bc00 ffffffff4c95c325 ffffffff57e303b2 ffffffffd867860c 01
fmsub.s 2 ffffffff7f800001 ffffffff7f800001 ffffffff3fc00000 ffffffff7fc00000 10
fmsub.s 3 fffffffffeb36000 ffffffff47fc0000 ffffffff4db44001 ffffffffff7fffff 05
fmsub.s 0 ffffffff867c731f ffffffffbf7fffff ffffffff867c731f ffffffff06fc731f 01
fmsub.s 0 ffffffff00000003 ffffffff39ddcd8b ffffffff80000002 ffffffff00000002 03
fmsub.s 0 ffffffffb7ebc595 ffffffffb27e0000 ffffffffaae9ee0d ffffffff2b69ee0b 01
fmsub.s 1 ffffffff7ef00001 0000000080583443 fffffffffe6e96d3 ffffffff7fc00000 00
fmsub.s 1 ffffffffba200001 ffffffffb6fa9000 ffffffffb19c9a02 ffffffff321c9a01 01
fmsub.s 2 ffffffff4c298701 ffffffff5fa81001 ffffffffec57e3c5 ffffffff6cdb3d14 01
fmsub.s 3 ffffffff4da0b4c1 ffffffff44326bac ffffffff801b6404 ffffffff5260028c 01
fmsub.s 3 ffffffff97cd17ef ffffffff57d6beae ffffffffa40c598e ffffffffb02c0ac4 01
fnmsub.s 0 ffffffff4c8ff6d8 fffffffffe442541 ffffffff807fffff ffffffff7f800000 05
fnmsub.s 4 ffffffff4f7fffff fffffffffe202e88 ffffffff4b000000 ffffffff7f800000 05
fnmsub.s 4 fffffffff7bbe774 ffffffff4f800000 ffffffffff800001 ffffffff7fc00000 10
fnmsub.s 2 ffffffff90ffffef ffffffff01bfffff ffffffff00000007 ffffffff00000007 03
fnmsub.s 2 ffffffff7e155eb2 ffffffffd164410b ffffffff0cfefd31 ffffffff7f7fffff 05
fnmsub.s 4 fffffffffd7fefff ffffffffd0ffefff ffffffff4f4d407b ffffffffff800000 05
fnmsub.s 3 ffffffff8ca26599 ffffffff80c97c01 ffffffff80000000 ffffffff80000000 03
fnmsub.s 1 fffffffffea00000 ffffffffce4417c4 ffffffffcc880000 ffffffffff7fffff 05
fnmsub.s 0 ffffffffee43b5c1 ffffffff6155f6ab ffffffffff800001 ffffffff7fc00000 10
fnmsub.s 1 fffffffff2195701 ffffffffd6dbede8 ffffffffff800007 ffffffff7fc00000 10
fnmsub.s 1 ffffffff0c6cb5d2 ffffffff003b0ab6 ffffffff80000007 ffffffff80000007 03
fnmsub.s 3 ffffffff7fa00000 ffffffffe44419ee ffffffffc15c64a4 ffffffff7fc00000 10
fnmsub.s 3 ffffffff7a210200 ffffffffc951cda6 ffffffffee03f3fa ffffffff7f800000 05
fnmsub.s 2 ffffffff752a1665 ffffffff5b000000 ffffffff32b9e388 ffffffffff800000 05
fnmsub.s 0 ffffffff4f2f1dbd ffffffffff7fffff ffffffff335f86cb ffffffff7f800000 05
fnmsub.s 0 ffffffffcf8fac23 ffffffff7e8cab65 ffffffff7f800002 ffffffff7fc00000 10
fnmsub.s 4 ffffffff10deeb59 ffffffff0b000001 ffffffff80000000 ffffffff80000000 03
fnmsub.s 4 fffffffffbffffff ffffffff544fd772 ffffffffff800003 ffffffff7fc00000 10
fnmsub.s 3 ffffffff015f517d 7fffffff211f4634 ffffffff5b34c001 ffffffff7fc00000 00
fnmsub.s 4 ffffffff3f800001 ffffffff80381692 ffffffff00381693 ffffffff00702d25 03
fnmsub.s 0 ffffffff126778a5 ffffffff94cb4700 ffffffff80000000 ffffffff00000000 03
fnmsub.s 2 ffffffffc0a2f6c3 ffffffffc43e3da0 ffffffffc57234be ffffffffc5f234bf 01
fnmsub.s 0 ffffffffc5753401 7fffffff4a90ac01 ffffffffc701cba3 ffffffff7fc00000 00
fnmsub.s 3 ffffffff7e548cd5 ffffffffcc800001 ffffffffd41c51c4 ffffffff7f800000 05
fnmsub.s 3 ffffffff16828000 ffffffff807ffffd ffffffff00000000 ffffffff00000001 03
fnmsub.s 1 ffffffffff7fffff ffffffff41332ca7 ffffffff7f800006 ffffffff7fc00000 10
fnmsub.s 2 ffffffff0ba80000 ffffffff0161f151 ffffffff00000000 ffffffff80000001 03
fnmsub.s 0 ffffffff3f8e3cd9 ffffffffc74de3b0 ffffffff30e4ca77 ffffffff4764ca77 01
fnmsub.s 4 ffffffff4f000000 7fffffff3e4602ce ffffffff80443e80 ffffffff7fc00000 00
fnmsub.s 2 ffffffff43ac13c8 ffffffffdf000000 ffffffff632c13ce ffffffff63ac13cb 00
fnmsub.s 0 ffffffff26800001 ffffffff8b6e27af ffffffff00000001 ffffffff00000001 03
fnmsub.s 2 ffffffffcb486d31 ffffffff382f07c4 00000000b08908bb ffffffff7fc00000 00
fnmsub.s 3 ffffffff477a2921 ffffffff99482e08 ffffffff21439d1e ffffffff21c39d1e 01
fnmsub.s 2 ffffffff59c00001 ffffffffbf0ae600 ffffffff45d05903 ffffffff59505901 01
fnmsub.s 3 fffffffffd91f25e ffffffff43f07da7 ffffffffff800001 ffffffff7fc00000 10
fnmsub.s 1 ffffffffad5cbae6 ffffffff6f300000 ffffffff5d1f4a94 ffffffff5d9b8589 01
fnmsub.s 0 ffffffffb626fe62 ffffffff3b600000 ffffffff32121e96 ffffffff32921e96 01
fnmsub.s 4 ffffffff37800000 ffffffff3b570000 ffffffff27000001 ffffffffb356ffff 01
fnmsub.s 4 0000000024400001 ffffffff85ffffff ffffffff59f15521 ffffffff7fc00000 00
fnmsub.s 1 ffffffff81f4e001 ffffffffb8b00001 ffffffff80000001 ffffffff8000150c 03
fnmsub.s 1 7fffffffbd187000 ffffffffc03bf3d7 ffffffff55c7d025 ffffffff7fc00000 00
fnmsub.s 0 ffffffff00800000 000000003083aee1 ffffffff5f800000 ffffffff7fc00000 00
fnmsub.s 2 ffffffff7f7fffff ffffffff5b6c17b4 ffffffff7f800003 ffffffff7fc00000 10
fnmsub.s 4 ffffffff5f000000 ffffffff58d007cb ffffffff5e444000 fffffffff85007cb 01
fnmsub.s 1 ffffffff7e429e39 ffffffff53f00001 ffffffffc270a8f1 ffffffffff7fffff 05
fnmsub.s 2 ffffffff4effffff ffffffff7fa00000 ffffffff5e600001 ffffffff7fc00000 10
fnmsub.s 3 ffffffffbf2a9e03 ffffffff6e7fffff ffffffff6e2930cc ffffffff6ea9e768 01
fnmsub.s 1 ffffffff4f3182e5 ffffffff17631262 ffffffff9b3735aa ffffffffa71d73d0 01
fnmsub.s 3 ffffffff59de06d6 ffffffff7f7fffff ffffffffff800000 ffffffffff800000 00
fnmsub.s 1 ffffffff7f7fffff ffffffff53400000 ffffffff7f800000 ffffffff7f800000 00
fnmadd.s 0 ffffffff4a7fffdf ffffffff7f481842 ffffffffc9fa1600 ffffffffff800000 05
fnmadd.s 3 ffffffff5fffffff ffffffff7ed0ba56 ffffffff52d7d3f8 ffffffffff7fffff 05
fnmadd.s 3 ffffffffff7fffff ffffffff46ffffff ffffffff7f800001 ffffffff7fc00000 10
fnmadd.s 0 ffffffffe16c7d24 ffffffff77b776b4 ffffffff3b9ef12b ffffffff7f800000 05
fnmadd.s 1 ffffffff323a24e6 ffffffff01800000 ffffffff00000000 ffffffff80000000 03
fnmadd.s 0 ffffffff12e90000 ffffffff0bb0d7ef ffffffff80000001 ffffffff00000001 03
fnmadd.s 1 fffffffffe400001 ffffffff5006154a ffffffff596e4800 ffffffff7f7fffff 05
fnmadd.s 4 ffffffff4c21df35 fffffffffe7fffff ffffffff7f800004 ffffffff7fc00000 10
fnmadd.s 3 ffffffff01800000 ffffffffacfcb81c ffffffff80000000 ffffffff00000001 03
fnmadd.s 2 ffffffffff7fffff ffffffff58d61315 ffffffff7f800003 ffffffff7fc00000 10
fnmadd.s 2 ffffffff78915777 ffffffffcbe88001 ffffffff7583fff1 ffffffff7f7fffff 05
fnmadd.s 4 ffffffff68947c03 ffffffffd99dfebb ffffffff77374798 ffffffff7f800000 05
fnmadd.s 3 ffffffff7e253127 ffffffff5f340000 ffffffffff800002 ffffffff7fc00000 10
fnmadd.s 1 ffffffff8bc80000 ffffffff977fffff ffffffff80000000 ffffffff80000000 03
fnmadd.s 0 ffffffffdc656000 ffffffffe785c30b ffffffff7f800001 ffffffff7fc00000 10
fnmadd.s 2 ffffffffb3c4cc81 ffffffff061ad151 ffffffff80016c01 ffffffff00017371 03
fnmadd.s 4 ffffffffb1ca4bfc ffffffff0321c001 ffffffff00000001 ffffffff00000001 03
fnmadd.s 0 ffffffffc2140000 ffffffff7e04a255 ffffffff7f800005 ffffffff7fc00000 10
fnmadd.s 4 ffffffffd939dfe2 fffffffffc910000 ffffffffff800005 ffffffff7fc00000 10
fnmadd.s 1 ffffffffcce00000 fffffffff3215f1e ffffffff89d61bd6 ffffffffff7fffff 05
fnmadd.s 1 ffffffff7dffdfff ffffffff4ed9373c ffffffffff800006 ffffffff7fc00000 10
fnmadd.s 3 ffffffff00ef6000 ffffffffb1a7b3f3 ffffffff80000000 ffffffff00000001 03
fnmadd.s 4 fffffffffbc8fcd7 fffffffff1eec000 ffffffff3f800001 ffffffffff800000 05
fnmadd.s 4 ffffffff92c00000 fffffffff7d8a76e ffffffffcb227d93 ffffffff3f000000 00
fnmadd.s 3 ffffffffd0104c71 ffffffff7472c2e1 ffffffffff7fffff ffffffff7f800000 05
fnmadd.s 2 ffffffffbe6fffff ffffffff006d774d ffffffff0019a7f4 ffffffff00000001 03
fnmadd.s 2 ffffffffc602c795 ffffffff4effffff ffffffff49fd386a ffffffff5582c793 01
fnmadd.s 4 ffffffff228d0215 ffffffffd2d63e80 ffffffff29a04100 ffffffff35ec0455 01
fnmadd.s 2 fffffffffe51d571 ffffffff5f800000 ffffffff0eb81768 ffffffff7f7fffff 05
fnmadd.s 2 ffffffff0b9e9271 ffffffff4c8d7b69 ffffffff852f4631 ffffffff98af4634 01
fnmadd.s 0 ffffffffacea8001 ffffffff4bfbffff ffffffffacdd0001 ffffffff3966d600 01
fnmadd.s 1 ffffffffcf9e94fe ffffffffcf980000 ffffffffd2800001 ffffffffdfbc50ed 01
fnmadd.s 0 ffffffffc7d4231f ffffffff4dd40000 ffffffffc9afad14 ffffffff562fad16 01
fnmadd.s 1 ffffffff4cefef35 ffffffff0bfccc50 ffffffff996ceef4 ffffffff8de27e48 00
fnmadd.s 3 ffffffff1f000000 7fffffffbae7728c ffffffff2f58e270 ffffffff7fc00000 00
fnmadd.s 0 ffffffff4a900000 ffffffff00bfeaea ffffffff8bd7e843 ffffffff81080000 00
fnmadd.s 4 ffffffffc1825adc fffffffff5c6618e ffffffff69ca07e6 fffffffff7ca07e6 01
fnmadd.s 2 ffffffff790ad152 ffffffff7f4b7e48 ffffffffff800007 ffffffff7fc00000 10
fnmadd.s 1 ffffffffce200000 ffffffffc85a0214 ffffffffd7032c79 ffffffffd4a29a70 00
fnmadd.s 0 00000000bf800000 ffffffff33647782 ffffffff3f7fffff ffffffff7fc00000 00
fnmadd.s 1 ffffffff33164edd ffffffff5509d433 ffffffffbc8b740e ffffffffc8a1d996 01
fnmadd.s 4 ffffffffcda9c86d ffffffffc9335c48 ffffffffd76de8b3 ffffffff4c40baac 00
fnmadd.s 3 ffffffff4b6bbb94 ffffffff34f38d6d ffffffffc0e04548 ffffffffb3ad8810 00
fnmadd.s 0 ffffffff80935219 ffffffffb9e27c9d ffffffff00000000 ffffffff8000104b 03
fnmadd.s 3 ffffffff4655e281 ffffffff8c043880 ffffffff81e4ccf1 ffffffff12dcefff 01
fnmadd.s 2 ffffffff428ce3e8 ffffffff9e6c9c2f ffffffff2182380f ffffffff954190d0 00
fnmadd.s 2 ffffffff7e90d201 ffffffff49cff702 ffffffff7f800000 ffffffffff800000 00
fnmadd.s 4 ffffffff0bb3746f ffffffffbbfffff7 ffffffff0833746a ffffffff8000a78c 03
fnmadd.s 1 fffffffff258af8d ffffffff7e500000 ffffffffffbfffff ffffffff7fc00000 10
fnmadd.s 3 ffffffff593fffff ffffffffc17ffff7 ffffffff5b4977f9 ffffffffd917800b 01
fcvt.w.s 1 ffffffff80000000 0 0 0000000000000000 00
fcvt.w.s 3 ffffffffc9800000 0 0 fffffffffff00000 00
fcvt.w.s 0 ffffffff3f800000 0 0 0000000000000001 00
fcvt.w.s 2 ffffffffcaac75fe 0 0 ffffffffffa9c501 00
fcvt.w.s 4 ffffffff4effffff 0 0 000000007fffff80 00
fcvt.w.s 1 ffffffff81600000 0 0 0000000000000000 01
fcvt.w.s 2 ffffffffc4648601 0 0 fffffffffffffc6d 01
fcvt.w.s 3 ffffffff36fbffff 0 0 0000000000000001 01
fcvt.w.s 0 ffffffff02e20000 0 0 0000000000000000 01
fcvt.w.s 4 ffffffffcf000000 0 0 ffffffff80000000 00
fcvt.w.s 4 ffffffff46410f67 0 0 0000000000003044 01
fcvt.w.s 0 ffffffff7f7fffff 0 0 000000007fffffff 10
fcvt.w.s 1 ffffffff477fdfff 0 0 000000000000ffdf 01
fcvt.w.s 3 ffffffffca7fffff 0 0 ffffffffffc00001 01
fcvt.w.s 4 ffffffffd57bd621 0 0 ffffffff80000000 10
fcvt.w.s 1 ffffffffd0cd1e40 0 0 ffffffff80000000 10
fcvt.w.s 3 ffffffff7f384400 0 0 000000007fffffff 10
fcvt.w.s 0 ffffffff3f800000 0 0 0000000000000001 00
fcvt.w.s 2 ffffffffc0caad66 0 0 fffffffffffffff9 01
fcvt.w.s 2 ffffffff50582bf8 0 0 000000007fffffff 10
fcvt.w.s 3 ffffffffd0ffffff 0 0 ffffffff80000000 10
fcvt.w.s 2 ffffffff4ee0bf47 0 0 00000000705fa380 00
fcvt.w.s 4 ffffffff3cf1ef19 0 0 0000000000000000 01
fcvt.w.s 1 ffffffffebb9a000 0 0 ffffffff80000000 10
fcvt.w.s 0 ffffffff5eb85df3 0 0 000000007fffffff 10
fcvt.w.s 0 ffffffffba917493 0 0 0000000000000000 01
fcvt.w.s 4 ffffffffd0470e01 0 0 ffffffff80000000 10
fcvt.w.s 2 ffffffff7fc00000 0 0 000000007fffffff 10
fcvt.w.s 3 ffffffff4b29b4f0 0 0 0000000000a9b4f0 00
fcvt.w.s 1 ffffffff4b400000 0 0 0000000000c00000 00
fcvt.s.w 0 0000337619fa4069 0 0 ffffffff4dcfd203 01
fcvt.s.w 2 ffffffffffffff7e 0 0 ffffffffc3020000 00
fcvt.s.w 4 000001fa00000001 0 0 ffffffff3f800000 00
fcvt.s.w 2 fffffffffed550a9 0 0 ffffffffcb9557ac 01
fcvt.s.w 2 0000000000078a11 0 0 ffffffff48f14220 00
fcvt.s.w 3 0000000000000000 0 0 ffffffff00000000 00
fcvt.s.w 1 0025ff9c884b5272 0 0 ffffffffceef695b 01
fcvt.s.w 3 feb7f9c49e7c9ea7 0 0 ffffffffcec306c2 01
fcvt.s.w 4 fffcbf59baa91b6b 0 0 ffffffffce8aadc9 01
fcvt.s.w 4 fffb882982000000 0 0 ffffffffcefc0000 00
fcvt.s.w 0 0000000000000000 0 0 ffffffff00000000 00
fcvt.s.w 4 0000003c70e6e66b 0 0 ffffffff4ee1cdcd 01
fcvt.s.w 1 0000000000000003 0 0 ffffffff40400000 00
fcvt.s.w 1 000000000003781f 0 0 ffffffff485e07c0 00
fcvt.s.w 0 0000003b24000000 0 0 ffffffff4e100000 00
fcvt.s.w 1 000000b9e07d874b 0 0 ffffffffcdfc13c5 01
fcvt.s.w 3 001ab6f2ebe3ad93 0 0 ffffffffcda0e293 01
fcvt.s.w 0 ffffff9dc7ffffff 0 0 ffffffffce600000 01
fcvt.s.w 2 000000007fffffff 0 0 ffffffff4effffff 01
fcvt.s.w 3 00000000000003c1 0 0 ffffffff44704000 00
fcvt.wu.s 2 ffffffff4a700000 0 0 00000000003c0000 00
fcvt.wu.s 2 ffffffff4d7f6c82 0 0 000000000ff6c820 00
fcvt.wu.s 4 ffffffff496fbc40 0 0 00000000000efbc4 00
fcvt.wu.s 3 ffffffff00000000 0 0 0000000000000000 00
fcvt.wu.s 3 ffffffff4d836ac6 0 0 00000000106d58c0 00
fcvt.wu.s 0 ffffffff4c25416b 0 0 00000000029505ac 00
fcvt.wu.s 0 ffffffff4f7fffff 0 0 ffffffffffffff00 00
fcvt.wu.s 4 fffffffffd553168 0 0 0000000000000000 10
fcvt.wu.s 1 ffffffff4b816aae 0 0 000000000102d55c 00
fcvt.wu.s 2 ffffffffd6b1154a 0 0 0000000000000000 10
fcvt.wu.s 0 ffffffff7efffffb 0 0 ffffffffffffffff 10
fcvt.wu.s 0 ffffffff18f66000 0 0 0000000000000000 01
fcvt.wu.s 3 ffffffff35da6300 0 0 0000000000000001 01
fcvt.wu.s 2 ffffffffc17fffff 0 0 0000000000000000 10
fcvt.wu.s 4 ffffffff8c3fbb17 0 0 0000000000000000 01
fcvt.wu.s 1 ffffffff4f800000 0 0 ffffffffffffffff 10
fcvt.wu.s 4 ffffffff4f7fffff 0 0 ffffffffffffff00 00
fcvt.wu.s 0 ffffffffb099086a 0 0 0000000000000000 01
fcvt.wu.s 3 ffffffff4412b168 0 0 000000000000024b 01
fcvt.wu.s 3 fffffffffe0f166e 0 0 0000000000000000 10
fcvt.wu.s 2 ffffffff48972cf7 0 0 000000000004b967 01
fcvt.wu.s 0 ffffffff595724b4 0 0 ffffffffffffffff 10
fcvt.wu.s 3 ffffffff5466180f 0 0 ffffffffffffffff 10
fcvt.wu.s 2 ffffffff490c80f8 0 0 000000000008c80f 01
fcvt.wu.s 4 ffffffff8055a5bb 0 0 0000000000000000 01
fcvt.wu.s 1 ffffffffee7fffff 0 0 0000000000000000 10
fcvt.wu.s 1 ffffffff3c953cbc 0 0 0000000000000000 01
fcvt.wu.s 1 ffffffff3a5751d1 0 0 0000000000000000 01
fcvt.wu.s 4 fffffffff389afc5 0 0 0000000000000000 10
fcvt.wu.s 1 ffffffff4f17e03e 0 0 ffffffff97e03e00 00
fcvt.s.wu 4 0000fef000000000 0 0 ffffffff00000000 00
fcvt.s.wu 4 0001162be9000000 0 0 ffffffff4f690000 00
fcvt.s.wu 0 0020000000000001 0 0 ffffffff3f800000 00
fcvt.s.wu 4 00000003d0a6bacc 0 0 ffffffff4f50a6bb 01
fcvt.s.wu 1 fb09b4530db025c0 0 0 ffffffff4d5b025c 00
fcvt.s.wu 4 fef7719db15a6d9f 0 0 ffffffff4f315a6e 01
fcvt.s.wu 2 ffffffff80000000 0 0 ffffffff4f000000 00
fcvt.s.wu 3 0000000000000aae 0 0 ffffffff452ae000 00
fcvt.s.wu 3 00032687fc7fd04e 0 0 ffffffff4f7c7fd1 01
fcvt.s.wu 0 fffffffc17000000 0 0 ffffffff4db80000 00
fcvt.s.wu 1 0000013fe7c47fcf 0 0 ffffffff4f67c47f 01
fcvt.s.wu 2 0000000001000001 0 0 ffffffff4b800000 01
fcvt.s.wu 1 0000000080000000 0 0 ffffffff4f000000 00
fcvt.s.wu 0 0000000075000001 0 0 ffffffff4eea0000 01
fcvt.s.wu 0 fffffe9124dbcfb9 0 0 ffffffff4e136f3f 01
fcvt.s.wu 1 000000020fffcfb2 0 0 ffffffff4d7ffcfb 01
fcvt.s.wu 3 0000000000960dd8 0 0 ffffffff4b160dd8 00
fcvt.s.wu 2 0000000000000087 0 0 ffffffff43070000 00
fcvt.s.wu 3 fffffffffffecea8 0 0 ffffffff4f7ffecf 01
fcvt.s.wu 2 0000000001000001 0 0 ffffffff4b800000 01
fcvt.l.s 4 ffffffff3f800000 0 0 0000000000000001 00
fcvt.l.s 1 ffffffffde540001 0 0 caffffc000000000 00
fcvt.l.s 0 ffffffff4e200001 0 0 0000000028000040 00
fcvt.l.s 0 ffffffffff2e8001 0 0 8000000000000000 10
fcvt.l.s 1 ffffffffd341cde1 0 0 ffffff3e321f0000 00
fcvt.l.s 4 ffffffff7f200000 0 0 7fffffffffffffff 10
fcvt.l.s 1 7fffffffc77fffff 0 0 7fffffffffffffff 10
fcvt.l.s 4 ffffffffda138498 0 0 ffdb1eda00000000 00
fcvt.l.s 2 ffffffff7f800001 0 0 7fffffffffffffff 10
fcvt.l.s 0 ffffffffbf000000 0 0 0000000000000000 01
fcvt.l.s 1 7fffffffb70a2000 0 0 7fffffffffffffff 10
fcvt.l.s 2 ffffffffcb0daa71 0 0 ffffffffff72558f 00
fcvt.l.s 4 ffffffff7f7fffff 0 0 7fffffffffffffff 10
fcvt.l.s 0 ffffffff29ed44cf 0 0 0000000000000000 01
fcvt.l.s 4 ffffffff8bffffff 0 0 0000000000000000 01
fcvt.l.s 3 7fffffffc2b169d3 0 0 7fffffffffffffff 10
fcvt.l.s 2 ffffffff8968a994 0 0 ffffffffffffffff 01
fcvt.l.s 3 000000005deeab88 0 0 7fffffffffffffff 10
fcvt.l.s 4 ffffffff10bf7637 0 0 0000000000000000 01
fcvt.l.s 2 ffffffff4f800000 0 0 0000000100000000 00
fcvt.l.s 2 ffffffff5f800000 0 0 7fffffffffffffff 10
fcvt.l.s 0 ffffffff4f000000 0 0 0000000080000000 00
fcvt.l.s 3 ffffffff4e5a8000 0 0 0000000036a00000 00
fcvt.l.s 3 ffffffff8caa2a70 0 0 0000000000000000 01
fcvt.l.s 1 ffffffffac542709 0 0 0000000000000000 01
fcvt.l.s 1 ffffffff31268c02 0 0 0000000000000000 01
fcvt.l.s 0 7fffffffc9d60000 0 0 7fffffffffffffff 10
fcvt.l.s 3 ffffffffc9ade400 0 0 ffffffffffea4380 00
fcvt.l.s 2 ffffffffb47ab000 0 0 ffffffffffffffff 01
fcvt.l.s 3 ffffffff12e9758a 0 0 0000000000000001 01
fcvt.s.l 4 000000026cb00000 0 0 ffffffff501b2c00 00
fcvt.s.l 2 0000000000000310 0 0 ffffffff44440000 00
fcvt.s.l 3 fffff96800000000 0 0 ffffffffd4d30000 00
fcvt.s.l 2 ffecc414ac491658 0 0 ffffffffd999df5b 01
fcvt.s.l 0 00000000001d1d11 0 0 ffffffff49e8e888 00
fcvt.s.l 4 00000503911c79f8 0 0 ffffffff54a07224 01
fcvt.s.l 3 ff804892ce865b67 0 0 ffffffffdaff6eda 01
fcvt.s.l 4 054690da3f99837c 0 0 ffffffff5ca8d21b 01
fcvt.s.l 1 fff4000000000000 0 0 ffffffffd9400000 00
fcvt.s.l 2 ffd9c37881453635 0 0 ffffffffda18f21e 01
fcvt.s.l 1 fffffffffbe8b6ca 0 0 ffffffffcc82e926 01
fcvt.s.l 1 00000000a06daf99 0 0 ffffffff4f206daf 01
fcvt.s.l 0 0000000001000001 0 0 ffffffff4b800000 01
fcvt.s.l 2 ffffffffff6b7802 0 0 ffffffffcb1487fe 00
fcvt.s.l 1 fffffff8dca00000 0 0 ffffffffd0e46c00 00
fcvt.s.l 4 0000002d95800000 0 0 ffffffff52365600 00
fcvt.s.l 0 ffffffd400000000 0 0 ffffffffd2300000 00
fcvt.s.l 3 0000000080000000 0 0 ffffffff4f000000 00
fcvt.s.l 3 fffff112e4ebef22 0 0 ffffffffd56ed1b1 01
fcvt.s.l 0 fffffffffda6b73d 0 0 ffffffffcc165231 01
fcvt.lu.s 4 ffffffff44d38000 0 0 000000000000069c 00
fcvt.lu.s 2 ffffffff4b400000 0 0 0000000000c00000 00
fcvt.lu.s 2 ffffffff4b21d02a 0 0 0000000000a1d02a 00
fcvt.lu.s 1 ffffffff5affffff 0 0 007fffff80000000 00
fcvt.lu.s 4 ffffffff67ffffff 0 0 ffffffffffffffff 10
fcvt.lu.s 4 ffffffff7f50da30 0 0 ffffffffffffffff 10
fcvt.lu.s 2 ffffffff7e048e39 0 0 ffffffffffffffff 10
fcvt.lu.s 3 ffffffff4f800000 0 0 0000000100000000 00
fcvt.lu.s 3 ffffffff5e685a99 0 0 3a16a64000000000 00
fcvt.lu.s 0 ffffffff51ffffff 0 0 0000001fffffe000 00
fcvt.lu.s 4 ffffffff80000000 0 0 0000000000000000 00
fcvt.lu.s 2 ffffffff3505fa75 0 0 0000000000000000 01
fcvt.lu.s 0 ffffffff7f4473d8 0 0 ffffffffffffffff 10
fcvt.lu.s 1 ffffffff4f800000 0 0 0000000100000000 00
fcvt.lu.s 1 ffffffffff7fffff 0 0 0000000000000000 10
fcvt.lu.s 2 ffffffff3fc00000 0 0 0000000000000001 01
fcvt.lu.s 2 ffffffff7f5a0000 0 0 ffffffffffffffff 10
fcvt.lu.s 0 ffffffff52cd3a3b 0 0 000000669d1d8000 00
fcvt.lu.s 4 ffffffff94398000 0 0 0000000000000000 01
fcvt.lu.s 0 ffffffff3e7e5efa 0 0 0000000000000000 01
fcvt.lu.s 1 ffffffff7e600000 0 0 ffffffffffffffff 10
fcvt.lu.s 3 ffffffffdd108a5d 0 0 0000000000000000 10
fcvt.lu.s 0 fffffffff20e0000 0 0 0000000000000000 10
fcvt.lu.s 3 ffffffff80800000 0 0 0000000000000000 01
fcvt.lu.s 3 ffffffff00800000 0 0 0000000000000001 01
fcvt.lu.s 1 ffffffffb1900000 0 0 0000000000000000 01
fcvt.lu.s 1 ffffffff44200001 0 0 0000000000000280 01
fcvt.lu.s 3 ffffffff65fbaaae 0 0 ffffffffffffffff 10
fcvt.lu.s 4 ffffffff8b108000 0 0 0000000000000000 01
fcvt.lu.s 0 ffffffff48fffffd 0 0 0000000000080000 01
fcvt.s.lu 4 000000000000056a 0 0 ffffffff44ad4000 00
fcvt.s.lu 2 0000000063080000 0 0 ffffffff4ec61000 00
fcvt.s.lu 2 0000000000beffdb 0 0 ffffffff4b3effdb 00
fcvt.s.lu 1 0000000000000000 0 0 ffffffff00000000 00
fcvt.s.lu 2 ffffffffffffa086 0 0 ffffffff5f7fffff 01
fcvt.s.lu 4 fafc4fd3ea1bca26 0 0 ffffffff5f7afc50 01
fcvt.s.lu 0 8000000000000000 0 0 ffffffff5f000000 00
fcvt.s.lu 1 ffffffffff8f74e4 0 0 ffffffff5f7fffff 01
fcvt.s.lu 3 0002e1d4e6000000 0 0 ffffffff5838753a 01
fcvt.s.lu 3 0000000fe1800000 0 0 ffffffff517e1800 00
fcvt.s.lu 3 0000000000000005 0 0 ffffffff40a00000 00
fcvt.s.lu 1 0000000000000a6a 0 0 ffffffff4526a000 00
fcvt.s.lu 0 00000000ffffffff 0 0 ffffffff4f800000 01
fcvt.s.lu 4 fffff7b336a3857a 0 0 ffffffff5f7ffff8 01
fcvt.s.lu 1 000000000302a191 0 0 ffffffff4c40a864 01
fcvt.s.lu 4 0000000000000022 0 0 ffffffff42080000 00
fcvt.s.lu 3 8ec5728000000000 0 0 ffffffff5f0ec573 01
fcvt.s.lu 2 fffffff5f9c4f505 0 0 ffffffff5f7fffff 01
fcvt.s.lu 0 ffffffffffffffff 0 0 ffffffff5f800000 01
fcvt.s.lu 0 e725f90000000000 0 0 ffffffff5f6725f9 00
fmv.x.w 2 ffffffff4effffff 0 0 000000004effffff 00
fmv.x.w 0 ffffffffc4ffffff 0 0 ffffffffc4ffffff 00
fmv.w.x 2 9c8c0c116acf39e1 0 0 ffffffff6acf39e1 00
fmv.w.x 4 d6022be0d873da0f 0 0 ffffffffd873da0f 00
fadd.d 1 7ff4000000000000 c19ba5a280000000 0 7ff8000000000000 10
fadd.d 3 ffefffffffffffff ffe7be3d78f9b0cb 0 ffefffffffffffff 05
fadd.d 2 7ff0000000000001 7feffb332f680fb8 0 7ff8000000000000 10
fadd.d 4 7fefffffffffffff 7ccffffffffffffc 0 7ff0000000000000 05
fadd.d 2 7ff0000000000001 3a53cdca80000000 0 7ff8000000000000 10
fadd.d 3 ffefffffffffffff fcbffffffffffffb 0 ffefffffffffffff 05
fadd.d 0 ffefffffffffffff fcaffffffffffff8 0 fff0000000000000 05
fadd.d 0 fff0000000000010 3ee7d67fb72e77bb 0 7ff8000000000000 10
fadd.d 0 bc61db1d706c408a 7ff4000000000000 0 7ff8000000000000 10
fadd.d 2 ffefffffffffffff c380d20000000001 0 fff0000000000000 05
fadd.d 2 ffefffffffffffff 84030a2d171ce6ec 0 fff0000000000000 05
fadd.d 4 7fefffffffffffff 7ccffffffffffffe 0 7ff0000000000000 05
fadd.d 1 ffefffffffffffff fcafffffffffffff 0 ffefffffffffffff 05
fadd.d 1 ffefffffffffffff fccffffffffffffa 0 ffefffffffffffff 05
fadd.d 1 fff0000000000010 bd198f5076d81f31 0 7ff8000000000000 10
fadd.d 4 7ff4000000000000 bf4940c249989123 0 7ff8000000000000 10
fadd.d 3 fff0000000000010 bfe0000000000000 0 7ff8000000000000 10
fadd.d 0 ffa9c8bd63b4a5da ffefffffffffffff 0 fff0000000000000 05
fadd.d 1 5b48f5f967a37f8f db48f5f967a37f8c 0 5818000000000000 00
fadd.d 3 7ff0000000000001 c168000000000000 0 7ff8000000000000 10
fadd.d 3 7c1beef5c6840800 fc1beef5c6840800 0 0000000000000000 00
fadd.d 2 2e03b40000000000 ae03b40000000002 0 aad0000000000000 00
fadd.d 0 ffdb3a9aeaedc988 7fdb3a9aeaedc98b 0 7ca8000000000000 00
fadd.d 3 c1daf80e00000000 43efffffffffffff 0 43effffffff283f8 00
fadd.d 4 bd6764a096a16fe3 7ff4000000000000 0 7ff8000000000000 10
fadd.d 4 be7a2b8bd74a480d 3afa2b8bd74a4809 0 be7a2b8bd74a480d 01
fadd.d 2 c0cd1d1c2bcf6fb4 4004000000000000 0 c0cd1bdc2bcf6fb4 00
fadd.d 4 036fffff7fffffff c37ed89c9186a82c 0 c37ed89c9186a82c 01
fadd.d 3 c219f9cdf1da6e61 bec9f9cdf1da6e64 0 c219f9cdf1da6e61 01
fadd.d 1 c32c7f03b92c0000 432c7f03b92c0003 0 3ff8000000000000 00
fadd.d 2 7fdbe355f7c7771c 86e4000000000001 0 7fdbe355f7c7771b 01
fadd.d 0 c1d3d4a2ee5396fa 2f51426a4c63e7fe 0 c1d3d4a2ee5396fa 01
fadd.d 4 08faf90842274280 88faf90842274283 0 85c8000000000000 00
fadd.d 1 0ca259e000000000 bc00000000000000 0 bbffffffffffffff 01
fadd.d 1 c15f1cfa5ecae001 43e054a724afb1a5 0 43e054a724afa216 01
fadd.d 0 5f469820badd3fe2 df469820badd3fe1 0 5c00000000000000 00
fadd.d 3 001fffffffffffff bda544a9402d0000 0 bda544a9402cffff 01
fadd.d 4 320ab9cb8fd4c000 b20ab9cb8fd4c002 0 aed0000000000000 00
fadd.d 0 c420548e40000000 c100548e40000005 0 c420548e40000004 01
fadd.d 2 5d86edbc2ec76046 bf66000000000000 0 5d86edbc2ec76045 01
fsub.d 2 7ff0000000000001 c3c8000000000001 0 7ff8000000000000 10
fsub.d 0 7ff0000000000001 40afa2849e6ba682 0 7ff8000000000000 10
fsub.d 1 e24a1da2e5639c92 7ff0000000000001 0 7ff8000000000000 10
fsub.d 3 ffefffffffffffff 7caffffffffffffa 0 ffefffffffffffff 05
fsub.d 3 4438dec0f431f001 ffefffffffffffff 0 7ff0000000000000 05
fsub.d 2 c140fea58f668001 7fefffffffffffff 0 fff0000000000000 05
fsub.d 2 ffefffffffffffff 3efa882ffe5218df 0 fff0000000000000 05
fsub.d 1 ffefffffffffffff 7caffffffffffffb 0 ffefffffffffffff 05
fsub.d 1 ffea5655d2af0251 7feae5d48983b2b9 0 ffefffffffffffff 05
fsub.d 4 7fefffffffffffff fcbffffffffffffb 0 7ff0000000000000 05
fsub.d 4 ffefffffffffffff 7cbffffffffffffb 0 fff0000000000000 05
fsub.d 0 ffefffffffffffff 7c9ffffffffffffe 0 fff0000000000000 05
fsub.d 3 7ff0000000000001 ad7fbd19939d256b 0 7ff8000000000000 10
fsub.d 0 7fee0bcc3ae57160 ffeffffffff7ffff 0 7ff0000000000000 05
fsub.d 4 fff0000000000010 43dfffffffffffff 0 7ff8000000000000 10
fsub.d 0 fff0000000000010 001bb1e622400000 0 7ff8000000000000 10
fsub.d 2 7ff4000000000000 8368df8000000000 0 7ff8000000000000 10
fsub.d 3 7ff0000000000001 42bfffffffbfffff 0 7ff8000000000000 10
fsub.d 4 7ff8000000000000 41effffffff00000 0 7ff8000000000000 00
fsub.d 4 bfe0000000000000 bfe0000000000002 0 3cb0000000000000 00
fsub.d 0 43e0000000000000 43e0000000000002 0 c0b0000000000000 00
fsub.d 1 c18ffff7ffffffff 3ff0000000000000 0 c18ffff807ffffff 00
fsub.d 0 43d76deee672e000 2e26821600000000 0 43d76deee672e000 01
fsub.d 4 7ff0000000000001 42e48c33eecb5900 0 7ff8000000000000 10
fsub.d 2 bc1ffffbffffffff bc1ffffbfffffffc 0 b8e8000000000000 00
fsub.d 1 dc90c303432b65f2 dc90c303432b65f2 0 0000000000000000 00
fsub.d 3 4491568000000000 4101568000000005 0 4491568000000000 01
fsub.d 2 492e000000000000 c5de000000000007 0 492e000000000000 01
fsub.d 1 43d5ea399fdb873c 002354303cf46a08 0 43d5ea399fdb873b 01
fsub.d 0 76603f0f8df70ee8 42c3d1582a7d0001 0 76603f0f8df70ee8 01
fsub.d 1 c26a08aaf9d5cfe4 7ff0000000000001 0 7ff8000000000000 10
fsub.d 2 ccda210000000001 ccda210000000002 0 4990000000000000 00
fsub.d 1 bde4000000000000 0eb2ca230f204747 0 bde4000000000000 01
fsub.d 3 4199000000000000 3c0e214c85457f78 0 4199000000000000 01
fsub.d 4 a2aee8e81b59d4a1 1f7ee8e81b59d4a3 0 a2aee8e81b59d4a5 01
fsub.d 4 116450e80d436b30 84006b0ef19255b6 0 116450e80d436b30 01
fsub.d 0 3beffffffffffbff 3beffffffffffbfe 0 38a0000000000000 00
fsub.d 3 000fb3d0c226538d 000fb3d0c226538d 0 0000000000000000 00
fsub.d 2 3e653b6000000000 40efa08200000001 0 c0efa081ffffeac6 01
fsub.d 3 c09a211f90bf0000 c09a211f90bf0002 0 3d60000000000000 00
fmul.d 0 bdec6b88993e962f 7ff4000000000000 0 7ff8000000000000 10
fmul.d 1 fff0000000000010 409c61b3b97610ca 0 7ff8000000000000 10
fmul.d 0 7ff0000000000001 bc42f58695d00000 0 7ff8000000000000 10
fmul.d 1 c2d98993df04b8e3 7ff0000000000001 0 7ff8000000000000 10
fmul.d 1 f724d8acadc40000 5fb54c9613bd55cb 0 ffefffffffffffff 05
fmul.d 4 7fd8000000000001 4a3c8b4b548c8000 0 7ff0000000000000 05
fmul.d 3 74f505cea3fec697 ea2f0d8000000000 0 ffefffffffffffff 05
fmul.d 3 0324fca66220cb3c 0000000000000003 0 0000000000000001 03
fmul.d 4 7fecd68f7ad88000 436bb59000000000 0 7ff0000000000000 05
fmul.d 0 f5f5f3014853cbaa 77bdec75b875c2ae 0 fff0000000000000 05
fmul.d 3 409fffffffffffff fff0000000000010 0 7ff8000000000000 10
fmul.d 1 ee18e42e262fabdb 7fe8a1f2df750a16 0 ffefffffffffffff 05
fmul.d 2 4067bbe7024bbb1f fff0000000000010 0 7ff8000000000000 10
fmul.d 2 0b80f80000000000 41dfffffffc00000 0 0d70f7ffffde1000 00
fmul.d 4 c406980000000000 7ff0000000000001 0 7ff8000000000000 10
fmul.d 2 bdab6507a36f4408 8242b095906bd798 0 0007fffffffffffd 03
fmul.d 3 c1e0000000000000 7fcfffffffffffff 0 ffefffffffffffff 05
fmul.d 0 db144016561204ca 6bb461650b4059dc 0 fff0000000000000 05
fmul.d 0 803a22d93132cc46 00319eeef87b3926 0 8000000000000000 03
fmul.d 2 8007bb5000000000 bdd085aaad098001 0 000000000001fef9 03
fmul.d 2 f966749871000000 ffefffffffffffff 0 7fefffffffffffff 05
fmul.d 1 e374fa6cdcf3775f 0010000000000000 0 a394fa6cdcf3775f 00
fmul.d 2 441ed90e18d39497 7fc3a8b0f8000001 0 7fefffffffffffff 05
fmul.d 3 7ff0000000000001 7fc5c00000000000 0 7ff8000000000000 10
fmul.d 0 43e0000000000000 c433ec602b66ea84 0 c823ec602b66ea84 00
fmul.d 2 7ff4000000000000 3ff8000000000000 0 7ff8000000000000 10
fmul.d 2 c342185b33300000 39eff52fe41ea61c 0 bd42123de89b393f 01
fmul.d 4 1d691248f16e4a55 9487f90043fb9eef 0 8000000000000000 03
fmul.d 4 3ff0000000000000 3f019e7f9276b707 0 3f019e7f9276b707 00
fmul.d 2 3b4fa4af8b9e6acc be08000000000000 0 b967bb83a8b6d019 00
fmul.d 0 0000000000000000 22fd945a09f60f5e 0 0000000000000000 00
fmul.d 1 bd1eea0000000000 82d08fe1fb3668a8 0 0007fffffffffffd 03
fmul.d 0 035bc2f400000000 3c92715a478bb39a 0 0008000000000002 03
fmul.d 3 43e0000000000000 c358cbfa2d1d3410 0 c748cbfa2d1d3410 00
fmul.d 4 c3e976f950000001 fff0000000000010 0 7ff8000000000000 10
fmul.d 2 000d589bbdf45f1c c141400000000001 0 815cc70fd196ed17 01
fmul.d 3 4004000000000000 3fd9999999999994 0 3feffffffffffff9 00
fmul.d 1 c32fffffffffffff 8000000000000000 0 0000000000000000 00
fmul.d 1 a4ce9bde08aff2ed 000fffffffffffff 0 8000000000000000 03
fmul.d 4 036b000000000001 278a9e2ea27d472b 0 0000000000000000 03
fmul.d 4 427bffffffffffff 003fffffffffffff 0 02cbfffffffffffe 01
fmul.d 3 8b045c7937973029 77b8b1be46000000 0 c2cf6ce6f38dc738 01
fmul.d 1 c2f56bac299130fd 07f79a51957457e7 0 8aff99610dfed3e4 01
fmul.d 4 40c62fda00000001 8367c1eecdc104e5 0 844078dadd5dc090 01
fmul.d 3 bd606e6ca0131173 828f28f2edb74f41 0 0008000000000000 03
fmul.d 4 7fe93ddcd02744d1 fff8000000000123 0 7ff8000000000000 00
fmul.d 3 40d8cf1ddea00000 43dfffffffffffff 0 44c8cf1ddea00000 01
fmul.d 1 bdd5a1b643d53534 c1d96bdb811b7db6 0 3fc12f3f806f3ee3 01
fmul.d 0 2ce227d4bbb12cba 3ec9dfac00000000 0 2bbd5c0ab66bacf3 01
fmul.d 0 c12fffffffffffff feafffffe5280d6a 0 7fefffffe5280d69 01
fdiv.d 4 7ff0000000000001 7fd3f96f598d8000 0 7ff8000000000000 10
fdiv.d 0 7ff0000000000001 bc655fccf475ce96 0 7ff8000000000000 10
fdiv.d 2 55e7b64f1315caa1 159521593e3f2000 0 7fefffffffffffff 05
fdiv.d 0 bdfb58450c800000 8000000000000000 0 7ff0000000000000 08
fdiv.d 2 4362356ff4c4cd15 fff0000000000010 0 7ff8000000000000 10
fdiv.d 1 415fffffffffffff 7ff0000000000001 0 7ff8000000000000 10
fdiv.d 0 7ff4000000000000 43035886710f3200 0 7ff8000000000000 10
fdiv.d 1 262129f61b0c7685 8000000000000000 0 fff0000000000000 08
fdiv.d 4 410492ac4e9ae4ae 0000000000000000 0 7ff0000000000000 08
fdiv.d 1 42559c40e267c92f 0000000000000000 0 7ff0000000000000 08
fdiv.d 3 fff0000000000010 9dc2b58e367d73e3 0 7ff8000000000000 10
fdiv.d 3 fff0000000000010 85e5846c04c4b881 0 7ff8000000000000 10
fdiv.d 4 ca77ae91d972f9ea 8000000000000000 0 7ff0000000000000 08
fdiv.d 3 427c2852fa780000 8000000000000000 0 fff0000000000000 08
fdiv.d 0 568fffffffffffff 0000000000000000 0 7ff0000000000000 08
fdiv.d 3 6e883b2c61f4e735 8000000000000000 0 fff0000000000000 08
fdiv.d 2 409fffffffffffff 8000000000000000 0 fff0000000000000 08
fdiv.d 2 c187c81536495a51 0000000000000000 0 fff0000000000000 08
fdiv.d 2 7fec3f2a4c000000 7ff0000000000000 0 0000000000000000 00
fdiv.d 3 7fd3898e40000001 8360ce7a38cf34a8 0 ffefffffffffffff 05
fdiv.d 2 ffdfffdfffffffff b8552ef208000000 0 7fefffffffffffff 05
fdiv.d 2 df74f6ba00000000 7ff0000000000001 0 7ff8000000000000 10
fdiv.d 2 0f5d400000000000 6899980000000000 0 0000000000000000 03
fdiv.d 2 f01e1cad96d481be 3fd0000000000000 0 f03e1cad96d481be 00
fdiv.d 0 8000000000000000 acb7112000000001 0 0000000000000000 00
fdiv.d 3 06e84fc73b320cc8 3fe0000000000000 0 06f84fc73b320cc8 00
fdiv.d 0 41f0000000000000 801219630af0c240 0 fff0000000000000 05
fdiv.d 4 0000000000000003 fff0000000000010 0 7ff8000000000000 10
fdiv.d 4 000ffffff7ffffff c63262275c1039e2 0 8000000000000000 03
fdiv.d 4 434f000000000000 003114212d325463 0 7ff0000000000000 05
fdiv.d 0 42e6e1e9c0813600 fff0000000000000 0 8000000000000000 00
fdiv.d 1 c362d836c643e48e 7f60000000000000 0 83f2d836c643e48e 00
fdiv.d 4 3cff452b0ff4d841 0000000000000004 0 7ff0000000000000 05
fdiv.d 1 c2ab70e4582ba492 7ff4000000000000 0 7ff8000000000000 10
fdiv.d 3 43a804771b9156ec 023fefffffffffff 0 7ff0000000000000 05
fdiv.d 1 3eeffffffffffffb 0010000000000000 0 7ecffffffffffffb 00
fdiv.d 3 fff8000000000123 c271240212800000 0 7ff8000000000000 00
fdiv.d 0 8022e6697c245374 42fe000000000001 0 8000000000000014 03
fdiv.d 2 441539ceeec556d5 bc60249dac7a408d 0 c7a509a9def434f6 01
fdiv.d 3 8006b212d7fba4d9 ffefffffffffffff 0 0000000000000001 03
fdiv.d 4 8012d7a081be3633 fff8000000000123 0 7ff8000000000000 00
fdiv.d 1 175676e2f8b8727c 572676e30b90a40d 0 001fffffe5280d61 01
fdiv.d 4 bc26d698cd0b2f21 ff46d698cd0b2f2a 0 0000000000000001 03
fdiv.d 0 ffc28f54bf07a7d2 3c30c00000000000 0 fff0000000000000 05
fdiv.d 3 b3045da880000000 42e8000000000001 0 b00b278b55555554 01
fdiv.d 2 0365381b2bf64962 649fe59bf89f3be0 0 0000000000000000 03
fdiv.d 4 0a0a765ec4b58c84 c3e0000000000000 0 861a765ec4b58c84 00
fdiv.d 1 037022d6a8000000 c41fffffffffff7f 0 8000008116b54000 03
fdiv.d 4 0000000000000003 a55f15072238d7dc 0 9778b56ee43f44b1 01
fdiv.d 1 be04af2000000001 fde4af200000000d 0 000ffffffffffff6 03
fdiv.d 1 f16ee54b5fefe511 832d6de5606800aa 0 7fefffffffffffff 05
fdiv.d 0 3fefffffffffffff 3754ff70b8556ad8 0 4888622c75d306aa 01
fdiv.d 4 3f7fffffffffdfff 7f5000000d6be958 0 001fffffe5280d66 01
fdiv.d 0 d425130000000000 9425130011ada774 0 7fefffffe5280d72 01
fdiv.d 2 3c04cd21a9d52ca9 431cdf4fc8000001 0 38d70dfe78f53579 01
fdiv.d 0 001d9af9f3ff5ac2 433d9af9f3ff5ace 0 0000000000000001 03
fdiv.d 1 c1171e53ed108793 037968ce717f2bab 0 fd8d1d67166214d2 01
fdiv.d 3 bd8be928d01c0001 fd7be928d01c0003 0 0008000000000000 03
fdiv.d 3 c395b90000000000 be4f9637fe54345a 0 453601bf47b4fd69 01
fdiv.d 1 7fe6999fc0d5d9b0 bc13cd0fabad92ed 0 ffefffffffffffff 05
fsqrt.d 2 8000000000000000 0 0 8000000000000000 00
fsqrt.d 0 7ff0000000000000 0 0 7ff0000000000000 00
fsqrt.d 3 3fd0000000000000 0 0 3fe0000000000000 00
fsqrt.d 2 41f0000000000000 0 0 40f0000000000000 00
fsqrt.d 1 7ff0000000000000 0 0 7ff0000000000000 00
fsqrt.d 3 3fd0000000000000 0 0 3fe0000000000000 00
fsqrt.d 0 7ff0000000000000 0 0 7ff0000000000000 00
fsqrt.d 1 3c90000000000000 0 0 3e40000000000000 00
fsqrt.d 1 441fd7753de5f90f 0 0 4206924467698c13 01
fsqrt.d 1 0012ddd320f9db4d 0 0 20015fcddf040d4c 01
fsqrt.d 4 437addb0aa2680c0 0 0 41b4bba3448145a2 01
fsqrt.d 4 7fe2000000000000 0 0 5fe8000000000000 00
fsqrt.d 4 a210a822e3617b75 0 0 7ff8000000000000 10
fsqrt.d 3 ffe510c600a11a69 0 0 7ff8000000000000 10
fsqrt.d 4 c18fffffefffffff 0 0 7ff8000000000000 10
fsqrt.d 2 ce0ceebb881993b9 0 0 7ff8000000000000 10
fsqrt.d 2 11d168d5f784c9ff 0 0 28e0b09c41f1fbaf 01
fsqrt.d 4 39b9d56ed9074000 0 0 3cd454ac4d0c4eb7 01
fsqrt.d 4 3ff0000000000000 0 0 3ff0000000000000 00
fsqrt.d 1 c1bb5d5290865f8c 0 0 7ff8000000000000 10
fsqrt.d 0 0368cb48f29dd344 0 0 21ac2ae442e5b5f7 01
fsqrt.d 0 803535b29b1aec4a 0 0 7ff8000000000000 10
fsqrt.d 3 05295131e95a0bf6 0 0 228c768f3a9758f8 01
fsqrt.d 0 bebf5da14b98697b 0 0 7ff8000000000000 10
fsqrt.d 2 8324facfe2a266e0 0 0 7ff8000000000000 10
fsqrt.d 0 3c836359fcda468c 0 0 3e38e8807806c1bc 01
fsqrt.d 1 bff8000000000000 0 0 7ff8000000000000 10
fsqrt.d 2 41efffffffe00000 0 0 40efffffffefffff 01
fsqrt.d 3 44ceb0dd0beeeeeb 0 0 425f56ae938b16c7 01
fsqrt.d 3 bec87c182863c88f 0 0 7ff8000000000000 10
fsgnj.d 4 837094abf5f3d15e 3e5868f5fdafd7c1 0 037094abf5f3d15e 00
fsgnj.d 4 bff0000000000000 ea2f92d7d8580000 0 bff0000000000000 00
fsgnjn.d 0 41ffffffffffffff 4200c82a8a069ea3 0 c1ffffffffffffff 00
fsgnjn.d 3 f1f2f43776800000 8bc36d274d3d1256 0 71f2f43776800000 00
fsgnjx.d 0 b4cd56f585bbbaea 453fffffffffffff 0 b4cd56f585bbbaea 00
fsgnjx.d 3 b85e0caf864e2455 3c3811dd562d891e 0 b85e0caf864e2455 00
fmin.d 4 7ff4000000000000 55ffffffefffffff 0 55ffffffefffffff 10
fmin.d 1 e3e8c41a5e51fc89 7ff0000000000001 0 e3e8c41a5e51fc89 10
fmin.d 0 43efffffffffffff c190d705361c9e95 0 c190d705361c9e95 00
fmin.d 3 acea725bcb7e36c0 3d02779e81d59c9c 0 acea725bcb7e36c0 00
fmax.d 4 7ff0000000000001 444a6a64e7ba3e2e 0 444a6a64e7ba3e2e 10
fmax.d 0 7ff0000000000001 189ea8a6c3050ed7 0 189ea8a6c3050ed7 10
fmax.d 3 ffefffffffffffff c010000000000000 0 c010000000000000 00
fmax.d 0 101e1dd1a2880ade 8b5ccbf88e648892 0 101e1dd1a2880ade 00
feq.d 1 00366744ef96b101 7ff4000000000000 0 0000000000000000 10
feq.d 3 3a43f64c49400000 7ff0000000000001 0 0000000000000000 10
feq.d 4 b15fe5b182400000 4148e36a72638000 0 0000000000000000 00
feq.d 2 42c79fef1c6c5bae 3f66647ca0000000 0 0000000000000000 00
flt.d 4 fff0000000000010 d28ff785fb2a8000 0 0000000000000000 10
flt.d 3 7ff4000000000000 c078000000000000 0 0000000000000000 10
flt.d 4 fd72c5afef5b09cf bc35170dc164ca22 0 0000000000000001 00
flt.d 1 0032000000000001 3c86d91908b5ca41 0 0000000000000001 00
fle.d 2 3d37798000000000 7ff0000000000001 0 0000000000000000 10
fle.d 0 801fffffffffffff fff0000000000010 0 0000000000000000 10
fle.d 1 bedffffff7ffffff 3c5e08ac9cad947e 0 0000000000000001 00
fle.d 2 ffdc721398400000 413288d35b44a085 0 0000000000000001 00
fclass.d 1 13f3750247c1a5e2 0 0 0000000000000040 00
fclass.d 1 7fefffdfffffffff 0 0 0000000000000040 00
fmadd.d 2 00338c42ed5cafd7 95d46ed338295001 80038e206aa89064 80038e206aa89065 03
fmadd.d 1 c25d12ba4f22ad77 bd7a6f04dc933f69 7ff4000000000000 7ff8000000000000 10
fmadd.d 3 3fe0f73ab99223df 7ff4000000000000 5ed0d1965c3b32c6 7ff8000000000000 10
fmadd.d 3 41e0000000000000 ffefffffffffffff c2c7c4eee8d53994 ffefffffffffffff 05
fmadd.d 4 fff0000000000010 400fffffffffffff 631872f05179173e 7ff8000000000000 10
fmadd.d 1 7fdeb9d4043ee096 c7bffffffff7ffff 321fb7a7d0000001 ffefffffffffffff 05
fmadd.d 0 fff0000000000010 c2abaaa5f589d2fb 43a7634000000001 7ff8000000000000 10
fmadd.d 2 c3410cdc460c708e 7ff0000000000001 5a0f594d5bedd566 7ff8000000000000 10
fmadd.d 3 bde169c7a276f975 8031377178680000 8000000000257978 8000000000000001 03
fmadd.d 1 bc5b2baf216daa5a 7ff0000000000001 f07fffffffefffff 7ff8000000000000 10
fmadd.d 4 3e2b0f842c269933 80343a53a3f42972 8000000000000000 800000000446c15e 03
fmadd.d 3 7ff8000000000000 fff0000000000010 ffefffffffffffff 7ff8000000000000 10
fmadd.d 0 be978bd916700001 003da26d5a1c009c 00000002b9c825c5 0000000000000005 03
fmadd.d 2 fff0000000000010 bb95000000000000 7fce03aef8000000 7ff8000000000000 10
fmadd.d 4 8329b58ca4e2cd43 3e0d326a037356fe 014775084d56be1a 0000000000033442 03
fmadd.d 2 f36e6a9d2eea3b80 ebedc370a066ec6c 3c8fffffefffffff 7fefffffffffffff 05
fmadd.d 1 819edf0000000000 bdc909960be46c45 80000609ddd44a10 000000000009e831 03
fmadd.d 3 96e9f3e16725ce2b a82fffffffffefff 80000033e7c28af9 0000000000004353 03
fmadd.d 0 801dbad7c8c83400 bcb41db9b308240a 8000000000000006 8000000000000004 03
fmadd.d 1 df61280000000001 7feb324da2270e98 4d1af8b0dc440d71 ffefffffffffffff 05
fmadd.d 0 7c6e000000000000 43efffffffffffff 8036ca5e070436b0 7ff0000000000000 05
fmadd.d 0 7fcffb00d2a14000 d2229d9db95f2d79 4a42097e6681cb00 fff0000000000000 05
fmadd.d 2 ffdeb5121aa86e48 63dffffffeffffff 3f55e6869f300000 fff0000000000000 05
fmadd.d 2 3ff0000000000001 800309730f23e000 0003097322bcda7a 000000001398fa79 03
fmadd.d 1 33c5a5185c629182 e20fffffffffffff 55e5a5185c629180 d2a52d73d1ceb73f 00
fmadd.d 2 c304b68a733adc00 171e87ec6db1c470 1a33c31ced5b38cc 97089a0a658c1000 00
fmadd.d 4 ead535bd81dc5ba4 706d816000000000 c3b0000000000000 fff0000000000000 05
fmadd.d 3 7fe31581c4082000 c786f29000000001 ba7a18875f0f54b3 ffefffffffffffff 05
fmadd.d 4 ffefffffffffffff 431def1d4f00c689 170e4addfbb3cfb8 fff0000000000000 05
fmadd.d 3 c0a8cf04c913fc51 c32c3d8f5407e800 c08b459f2dc0d001 43e5e4ddef53bb27 01
fmadd.d 0 7ff4000000000000 3ecfffffffffffff 594ed1c288b05b7b 7ff8000000000000 10
fmadd.d 3 9794fd14b25febd1 8000000000000000 c1e0000000100000 c1e0000000100000 00
fmadd.d 3 de22506f8ce4059d c1e0000000000000 e012506f8ce40598 5cf4000000000000 00
fmadd.d 4 5f5d0e09f9deef5b 41effffffff00000 e15d0e09f9d06855 5e10310885280000 00
fmadd.d 1 0010000000000000 87b1ae19687589e8 dbfcacc82542dc01 dbfcacc82542dc01 01
fmadd.d 4 43dfffffffffffff 7ff4000000000000 42affffffbffffff 7ff8000000000000 10
fmadd.d 1 40246d2cd3bf6628 8000000000000001 0000000000000008 8000000000000002 03
fmadd.d 1 77aff7ffffffffff c3ca419d703f0084 7b8a3b0d08e2f0c2 f840cf3147e07fbe 00
fmadd.d 2 c1ad4c4ce21a398a f53ffffffdffffff f6fd4c4ce04574bb f3680bff61a398a0 00
fmadd.d 0 98d9e9f31d280001 ec1fffffffffff7f 4242c8c000000001 4509e9f31d2800c5 01
fmadd.d 4 3c3c3056f9beccea 4060000000000001 b940c15be6fb33a8 3cac3056f9beccec 01
fmadd.d 2 41efffffffe00000 42290a4299169235 40a9169235000000 44290a4298fd87f2 01
fmadd.d 0 bbe16e9cd7e00000 c1fc73dec555834c ba71333db4000000 3deeffd036d6e314 01
fmadd.d 4 4b2ffffffffdffff c04bc450c0282000 4b8bc451013a80fa 4a2045074ffa8942 01
fmadd.d 2 47d5d7be4e93427e bd8c82b3fcffcc88 41f7bfa2d5cdd781 c57375fdd5622d70 01
fmadd.d 0 c24ce13cd82d0346 3f88af21b941acf1 41e646fbd65824e8 3eaab1d46a53718d 00
fmadd.d 3 3e85cb82f630fca6 406c7cdd85b6d0fa bba046a02a433438 3f03671e1377ab44 01
fmadd.d 0 23f17cc088508ae3 c31fffffffffffff 27217cc088508ae2 a3cd067eef5eea3a 00
fmadd.d 4 3fefb75434e1e343 df25ca851746c664 5f2599086f49f50a 5bdd913678ab67d4 00
fmadd.d 1 440581826f10e747 407f78d1e163229a c49526a9120e01e7 c17bdba063350e29 01
fmsub.d 1 3c967a98c079a2fd 802c6ebd2d133396 0000000000000005 8000000000000006 03
fmsub.d 4 00071723520222be 3fd30cd38986653c 80021c4a54db16a5 000438949757f700 03
fmsub.d 4 80016f6770000000 bda007d81c62a0ba 8000000000000001 0000000000000b82 03
fmsub.d 1 fff0000000000010 ffe0051c6a5496b8 3fbdcbff433d6970 7ff8000000000000 10
fmsub.d 3 7fdfffffffffffff 7ff4000000000000 3fbc953d1c7b8301 7ff8000000000000 10
fmsub.d 0 835c000000000001 ffd1100000000000 fff7ffffffffffff 7ff8000000000000 10
fmsub.d 2 800f800000000000 7ff4000000000000 8818628d8ea1fd62 7ff8000000000000 10
fmsub.d 4 f0b7152a8f9dc8e4 513f5ebd9c9e0001 037c8e01be367481 fff0000000000000 05
fmsub.d 1 c259474000000000 7fe29b3c30000000 4367aab3cc3db103 ffefffffffffffff 05
fmsub.d 3 c1ff00a300000000 c407477c8820b5b3 7ff0000000000001 7ff8000000000000 10
fmsub.d 1 3b986d417ece7aee 837d869200000000 0000002d1378338c 8000005a26f0d2dd 03
fmsub.d 2 4144e92eaf4b9bc9 7ff0000000000001 8014e0ba90000000 7ff8000000000000 10
fmsub.d 3 83655c9148ce9601 8ff884214db37501 8007d6e61055ab83 0007d6e61055ab84 03
fmsub.d 4 800b7e926231e301 c0e6f0f79688b4e5 fff0000000000010 7ff8000000000000 10
fmsub.d 4 e2b846c000000000 ffefffffffffffff 002ec4078ff2a08e 7ff0000000000000 05
fmsub.d 3 43efffffffffffff 7fd4775d7443bd1f 0366000000000000 7ff0000000000000 05
fmsub.d 4 c2f382d30153faca c3e0000000000000 c6e382d30153fac8 46f382d30153fac9 00
fmsub.d 2 7fefffffffffffff c35c8de3c40509a1 431a0b2ec885a000 fff0000000000000 05
fmsub.d 3 8000000000000001 429fffffffffffff 8000000000000001 800007fffffffffe 03
fmsub.d 2 a9fc000000000000 8000000000000000 3fd0000000000000 bfd0000000000000 00
fmsub.d 3 7ff8000000000000 800b4f8000000000 801580c9bd616043 7ff8000000000000 00
fmsub.d 0 032fffffffffffff 3c5ffffbffffffff 80001ffffc000003 00003ffff8000003 03
fmsub.d 1 3fd0000000000000 8372cac841780001 0352cac841780005 8362cac841780003 00
fmsub.d 2 be31f32ada800000 800475367436822c 0000000000000003 000000000050049c 03
fmsub.d 4 7ff0000000000001 e1c7e902c0e34693 8370d9aad0000000 7ff8000000000000 10
fmsub.d 1 3c059a4000000001 fff0000000000010 2cefffdfffffffff 7ff8000000000000 10
fmsub.d 3 e9c4a42b5b05cba8 f8cf95366e2bdf8b 3ff0000000000000 7ff0000000000000 05
fmsub.d 1 41fb16ce0565d17a 1ef8835d36a0da89 a104c04ec7f7dc4d 2114c04ec7f7dc4c 01
fmsub.d 0 41effffffff00000 0000000000000001 8000000000000003 0000000100000002 03
fmsub.d 0 d40754a1b4fc3fd9 f3ee8ad05472f957 bd303d0000000001 7ff0000000000000 05
fmsub.d 4 8014b7708412fe40 7fdbe198709c8e01 fff8000000000000 7ff8000000000000 00
fmsub.d 1 ff5342aac83acac6 35e5453397d24000 fff8000000000000 7ff8000000000000 00
fmsub.d 0 7ff4000000000000 023f815c05bdaa25 3c44d68000000000 7ff8000000000000 10
fmsub.d 1 43efffffffffffff 7fee4cb736d797b7 bd8d44e900000001 7fefffffffffffff 05
fmsub.d 0 ffe439da1d0f7400 db499c7800000000 c1e0000000200000 7ff0000000000000 05
fmsub.d 1 41dfffffffe00000 c2984212488b24e8 c13911649d000000 c48842124872e2d4 01
fmsub.d 0 ffefffffffffffff 0000000000000000 47586d4b0180ba25 c7586d4b0180ba25 00
fmsub.d 2 0000000000000000 def8777950000000 d73cabe4046e0fda 573cabe4046e0fda 00
fmsub.d 4 beeb588c191626e0 c34805efc1408000 bfcc1325fd0d1ede 4244877bcb302b80 01
fmsub.d 3 894fd9a059e79835 41eb07ac27dacd57 87fe147f4d46d4fe 8b4ae7424057f8b4 01
fmsub.d 4 bb2fffffffffffff c3f6964706b1867e 3ea7a5afed039ac2 3f368a742ebb04b0 01
fmsub.d 0 4260000000000001 bcf2000000000000 bc08000000000000 bf62000000000001 01
fmsub.d 0 e8c8f1e84d7866b0 803b3cd52547a16c 25c8459aadcffdc0 29153b87bc30a738 01
fmsub.d 2 552a867800000001 003039914d3c2f07 956ae5e7ee2a67ba 157ae5e7ee2a67b9 01
fmsub.d 0 3fd0000000000000 99afffffffffffff 198fffffffffffff 999fffffffffffff 00
fmsub.d 2 4ea8460b3dd2b732 f2dfffffffffffff c18125455f184bc3 fff0000000000000 05
fmsub.d 3 0378000000000000 e480ae8fd179695f 24c0000000000000 a80905d7ba361e0f 01
fmsub.d 2 3fdf955dc36ab901 000b92995134eba0 bff0000000000000 3ff0000000000000 01
fmsub.d 2 bbea21c2e9980001 83770bba33b034ce 800004b475f0560c 00000968ebe0ac17 03
fmsub.d 3 ffede8dfe0384534 7ff0000000000000 bca86655fc016241 fff0000000000000 00
fnmsub.d 1 fff0000000000010 43613ae76e200001 0327c0e1740e720f 7ff8000000000000 10
fnmsub.d 4 dd69d7697a800000 fff0000000000010 ffde0ffc8f663667 7ff8000000000000 10
fnmsub.d 0 3f40a64cd7ca9ced 7ff0000000000001 3fd0000000000000 7ff8000000000000 10
fnmsub.d 3 0000000000000001 417f0f00a83c514f 8000000001f0f009 8000000003e1e013 03
fnmsub.d 2 7ff0000000000001 8db3cde1198c4cb9 7fc0000000000001 7ff8000000000000 10
fnmsub.d 1 878103722a09c58f 7ff0000000000001 03533b493c593dfb 7ff8000000000000 10
fnmsub.d 2 be9f2d8cf432ba0c 811e7b7d542a6000 8000ed982ab54d30 8001db30556a9a65 03
fnmsub.d 2 3ba6ba8f49aa5580 0328eacc607fb862 0000000000000002 8000000236561b1b 03
fnmsub.d 0 d468fb2800000000 7fcfffffbfffffff ce2cce0933e25e5b 7ff0000000000000 05
fnmsub.d 4 42afffffffffffff 8000000000000001 0000000000000000 0000100000000000 03
fnmsub.d 3 fff0000000000010 42bfffffffffefff c1e0000000200000 7ff8000000000000 10
fnmsub.d 4 7fefffffffffffff ffdee39800000000 398fffffffffffff 7ff0000000000000 05
fnmsub.d 0 884654a3af09da87 ffd9cd3ce7b56005 fff7ffffffffffff 7ff8000000000000 10
fnmsub.d 0 e39e966400000001 f58fefffffffffff 775e00dbd6000000 fff0000000000000 05
fnmsub.d 3 0010000000000000 3cf1db33e7adee64 0000000000000000 8000000000000011 03
fnmsub.d 1 43161d48a656587b 0000000000000001 800587522995961e 800b0ea4532b2c3c 03
fnmsub.d 4 3d52960000000000 8000128029039aa7 0000000000000004 0000000000000009 03
fnmsub.d 0 800fc493aa9f2098 bef33d8edaa77600 80000012f61995b2 80000025ec332b63 03
fnmsub.d 2 c5e8d1affa268001 7840000000000000 7e38d1b17a121a25 7e48d1b0ba1c4d13 00
fnmsub.d 1 78d3c118c4d91a99 f01648839d6b1c52 0c0da4cd3206ec0d 7fefffffffffffff 05
fnmsub.d 4 c3b6000000000001 7fe2dd311054971e 59d6400000000000 7ff0000000000000 05
fnmsub.d 0 ce7fffefffffffff fff8000000000123 4373fd6eb13370e5 7ff8000000000000 00
fnmsub.d 1 3f56aa1000000000 800d886e73600000 0000000000000003 000004cadbbf2716 03
fnmsub.d 4 7ff8000000000000 348febe68a40c5e0 43a34ea438848372 7ff8000000000000 00
fnmsub.d 0 801498f7dc000000 bd32c2af5ab860ff 8000000000000182 8000000000000304 03
fnmsub.d 3 8000000000000000 47aeca0000000001 650c000000000001 650c000000000001 00
fnmsub.d 2 7ff0000000000000 3fe0000000000000 c340d00000000000 fff0000000000000 00
fnmsub.d 3 43dfffffffffffff 7fd2d10080000001 0d663eb262b0e200 ffefffffffffffff 05
fnmsub.d 1 ee0bd34cb1800001 7fe0496e52040000 0534f80000000001 7fefffffffffffff 05
fnmsub.d 1 802e600000000000 fff8000000000123 b546be3dc5c063be 7ff8000000000000 00
fnmsub.d 4 7ff4000000000000 eb7aaabd24f46653 723e390e21164b76 7ff8000000000000 10
fnmsub.d 0 ce9b86ce285354c4 26efeb278a6ad9fa 323bb3218ac5d6d1 359b74dfb4656254 01
fnmsub.d 4 4cacf8d7c11ae497 7ff0000000000000 7fcadc7f00000000 fff0000000000000 00
fnmsub.d 1 7fefffffffffffff 0000000000000000 bd7e000000000000 bd7e000000000000 00
fnmsub.d 0 fff8000000000123 53f8000000000001 9116b42117eccf99 7ff8000000000000 00
fnmsub.d 3 42ad7baeaa7e284a 7fd4a2d1385c1499 c1e0000000200000 ffefffffffffffff 05
fnmsub.d 3 479585a4d669f32f fff0000000000010 c3335e90b0511eb4 7ff8000000000000 10
fnmsub.d 2 f1a5b50000000000 e1d5218000000000 4186d197285c9ec7 fff0000000000000 05
fnmsub.d 2 3cd1f7e3bc000001 c129724ec66687a7 baaf5ff65665e164 3e0c93b283a07b5a 01
fnmsub.d 3 c01dfa59613c6de7 423feb8880000000 426de72eacbe0c05 427de72dd19bf685 01
fnmsub.d 2 f71361374d013d01 f41276e6a7ef867c 7fefffffffffffff fff0000000000000 05
fnmsub.d 1 3c5c16114588ec06 001fffffffffffff 3d12c6882c21b4af 3d12c6882c21b4ae 01
fnmsub.d 4 43562c1af91ee144 428f688000000001 c5f5c321b72affb9 c605c321f04b3966 01
fnmsub.d 2 3d2717c444c3fe0e bff0000000000000 b9d0000000000000 3d2717c444c3fe0d 01
fnmsub.d 3 bd4021c6dda7fb82 0000000000000001 42efdfffffffffff 42efe00000000000 01
fnmsub.d 1 ee011d3286b9ec38 c333e46823d3deee f14546fb74178ba6 f15546fb74178ba5 01
fnmsub.d 2 7ff0000000000001 7fe73bdbe1ac8bd4 905b7a1ef76425bf 7ff8000000000000 10
fnmsub.d 3 0351428b72e848a2 c3486a175732799c fff0000000000000 fff0000000000000 00
fnmsub.d 4 3cd4ca6800000000 03295b088c1c3aad 4232cdec6bc48c01 4232cdec6bc48c01 01
fnmsub.d 0 21bbd43b5ac00001 c3abe539841ac426 9f18426ae23fe381 2578426ae23fe382 01
fnmadd.d 3 013ffffffffffffe bd32d85b4b50199d 00000000096c2dd9 8000000000000033 03
fnmadd.d 3 7ff0000000000001 c040000000000001 d4dfffffffffffff 7ff8000000000000 10
fnmadd.d 1 b8dda76c49c57cd6 7ff4000000000000 2b96a5e000000001 7ff8000000000000 10
fnmadd.d 2 d21b6fa0c1200001 faa8006000000000 41b8bd6f65c65efe fff0000000000000 05
fnmadd.d 3 4104d36cbb9e40c3 0039fcf9303ac3b1 8150e9d01762966e 000000000062efa0 03
fnmadd.d 2 fff0000000000010 254ed04bb84f5718 b64eac0000000001 7ff8000000000000 10
fnmadd.d 4 0aa21adb8b828000 03738e73735c93b3 8000fe3e3e98586e 0000fe3e3e98586e 03
fnmadd.d 1 0332de16dae00000 1b5c967dff91bdb7 800ef2df516a56de 000ef2df516a56dd 03
fnmadd.d 1 fff0000000000010 7fd9f45e1e770d00 d7a760db49000001 7ff8000000000000 10
fnmadd.d 4 7ff0000000000001 90c78cb51a8c6ce4 bf9fabf291cb1873 7ff8000000000000 10
fnmadd.d 0 0026df676809c919 fff0000000000010 4415c9690435113b 7ff8000000000000 10
fnmadd.d 2 51b89af5c259eb6d fff0000000000010 c6f023a7acbc66d8 7ff8000000000000 10
fnmadd.d 0 803093543a400000 bec8be4a2ec11c42 8000000cd1105cb2 8000000000000002 03
fnmadd.d 4 4422fc05fa82a3b4 7d955c510c6caaa2 3d806b4d97aac683 fff0000000000000 05
fnmadd.d 4 0003d18585612f6e 3f356e0000000000 80000051d3fdfd99 000000000002ad50 03
fnmadd.d 0 9dbff3590621bc00 013298f400000001 0000000000000000 0000000000000000 03
fnmadd.d 1 ffe228b3d8780000 41d2f74c2926e8a9 002c888d81fc9a51 7fefffffffffffff 05
fnmadd.d 4 16442f51f879acac fff0000000000010 c3332f59c9ae4000 7ff8000000000000 10
fnmadd.d 0 7e3ca994ce734a9d 43576ac59c14bc30 7fe0000000000000 fff0000000000000 05
fnmadd.d 3 3d10fda5140aeefc fff0000000000010 3c835141c50bf898 7ff8000000000000 10
fnmadd.d 2 bce592ad2036c7f5 03797d5a67000000 00712f192767aa0d 000000000000004f 03
fnmadd.d 0 5372a035c9beacd4 7ff4000000000000 3c4b357a68697000 7ff8000000000000 10
fnmadd.d 3 412a068680000001 ffd9f96d91b39bc3 3cdfffffffffffff 7ff0000000000000 05
fnmadd.d 1 c2097eacf2f38629 000fffffffffffff 02297eacf2f38624 00000006d02a61a1 03
fnmadd.d 4 41906c7c5d0a6af4 ffd6425e47540000 f6c7cac026fbe90d 7ff0000000000000 05
fnmadd.d 3 ffd146be4d0212f4 f43bef9ba27542b2 3e8ffc2efe34e549 ffefffffffffffff 05
fnmadd.d 4 851fefffffffffff 4673d74618037dc6 0ba3cd5a74f77c05 0867e45cf3fe411d 00
fnmadd.d 1 ffd56271b8accf3e 3d0ffbffffffffff 7cf55fc56a75b9a3 799b4b1c8ea66184 00
fnmadd.d 2 0000000000000003 416fefffffffffff 8000000002fe8004 0000000000000004 03
fnmadd.d 4 bcb254635f130051 ffe930d777a239d0 fcacdbcf45afb2cc 795fb7c956776a60 00
fnmadd.d 0 c3d3d096eeaf51cf 3ff8000000000000 43ddb8e26606fab0 40ba000000000000 00
fnmadd.d 3 3c5314cf2edf958f 3fd0000000000000 bc3314ceecfbba24 bad078f6dac00000 00
fnmadd.d 4 b27a1a9888a51001 3c5aef80ca643936 2b9821349dc59936 2ee5f8fba1be750b 01
fnmadd.d 0 c30ca00000000000 ffefffffffffffff 41f0000000000000 fff0000000000000 05
fnmadd.d 2 b6b34b1211b40980 d3ffffffbfffffff 45f34b11eb1de55d cac34b11eb1de55c 01
fnmadd.d 1 435e6ab552c16374 7fefffffffffffff c2df000000000000 ffefffffffffffff 05
fnmadd.d 0 406fffffffffefff 8e4e1b4322000000 8b426b1910000001 0ece1b4321fff0f2 01
fnmadd.d 0 fe6ed04dbe8eb6b2 3c78ec7675fdf43f 7af7ffec9e053a91 f7b7e454166ab119 00
fnmadd.d 3 264e511229c4ca1a 73231bb4c9922001 9e2630551736ac67 d9821a62771deb48 01
fnmadd.d 1 c18d7e6c00000001 533f4ca18986487b c2fbc00000000001 54dcd919c3506293 01
fnmadd.d 3 43697b4a90a76baf dcb860ee7af5c873 603369a7b313debf dd07d990310bba18 01
fnmadd.d 4 c3d28d40ec693fb1 c3174098ca96fe40 c6faf5f4f7445f5e 45b76ec4232fa22f 01
fnmadd.d 2 37332d2895e71ff5 516dec3daf36ce0b 45644fa75aac7a79 c8b1ee7eca4028e5 01
fnmadd.d 3 c70a005920000001 44415f858bc210c1 4b5c3b99c9313fb9 4806e96d57842182 00
fnmadd.d 2 442d338f8a026f96 ffc2d58403a51d0b c153800000000001 7fefffffffffffff 05
fnmadd.d 0 c35fffffffffefff ac34c5753e57449f afa4c57528988379 ae25beb6c29f352a 01
fnmadd.d 1 3c7afe1000000000 a586878000000001 221300f6cbc00003 9ee1407c00000000 00
fnmadd.d 2 0000000000000000 8e863df239e722ea 0001300000000000 8001300000000000 00
fnmadd.d 2 3ff0000000000001 ffe98bd681036ae0 7fe98bd681036ae1 7c9317ad0206d5c0 00
fnmadd.d 1 4270fbe99320a001 c025a4547d1ab11c 3f542014c6986237 42a6f9125a958afd 01
fcvt.w.d 0 3ff0000000000000 0 0 0000000000000001 00
fcvt.w.d 2 c0e42b4000000000 0 0 ffffffffffff5ea6 00
fcvt.w.d 4 41dfffffffc00000 0 0 000000007fffffff 00
fcvt.w.d 4 41dfffffffc00000 0 0 000000007fffffff 00
fcvt.w.d 1 3ff0000000000000 0 0 0000000000000001 00
fcvt.w.d 3 41dfffffffc00000 0 0 000000007fffffff 00
fcvt.w.d 0 0000000000000000 0 0 0000000000000000 00
fcvt.w.d 2 0000000000000000 0 0 0000000000000000 00
fcvt.w.d 1 41838b4800000000 0 0 0000000002716900 00
fcvt.w.d 3 c34febc000000001 0 0 ffffffff80000000 10
fcvt.w.d 2 e3bffffffffffeff 0 0 ffffffff80000000 10
fcvt.w.d 2 ebd7eb7468e11723 0 0 ffffffff80000000 10
fcvt.w.d 3 3fd288c6cf85b116 0 0 0000000000000001 01
fcvt.w.d 3 bff0000000000000 0 0 ffffffffffffffff 00
fcvt.w.d 0 ffdce5b800000001 0 0 ffffffff80000000 10
fcvt.w.d 3 ffefffffffffffff 0 0 ffffffff80000000 10
fcvt.w.d 1 d375d63600000000 0 0 ffffffff80000000 10
fcvt.w.d 1 3ff8000000000000 0 0 0000000000000001 01
fcvt.w.d 0 3dc0429d0cd75748 0 0 0000000000000000 01
fcvt.w.d 4 7fc7860e2b77e3c1 0 0 000000007fffffff 10
fcvt.w.d 4 b18dea65f3fcf340 0 0 0000000000000000 01
fcvt.w.d 1 c5a6dc7800000000 0 0 ffffffff80000000 10
fcvt.w.d 0 fbf7c3bce0000000 0 0 ffffffff80000000 10
fcvt.w.d 4 21fe9f36283e99cb 0 0 0000000000000000 01
fcvt.w.d 2 c0dcfec3f6000000 0 0 ffffffffffff8c04 01
fcvt.w.d 4 5947efe11c200000 0 0 000000007fffffff 10
fcvt.w.d 1 3d56900000000001 0 0 0000000000000000 01
fcvt.w.d 0 bedf9c19baa2aa50 0 0 0000000000000000 01
fcvt.w.d 3 0283000000000000 0 0 0000000000000001 01
fcvt.w.d 2 3fab954e25bdfd93 0 0 0000000000000000 01
fcvt.d.w 3 000000000025f000 0 0 4142f80000000000 00
fcvt.d.w 3 003caab3ad8e3155 0 0 c1d49c73aac00000 00
fcvt.d.w 2 0040000000000002 0 0 4000000000000000 00
fcvt.d.w 0 0000000000766017 0 0 415d9805c0000000 00
fcvt.d.w 0 ffffffff80000000 0 0 c1e0000000000000 00
fcvt.d.w 1 00000000007559e8 0 0 415d567a00000000 00
fcvt.d.w 2 00000000000014bb 0 0 40b4bb0000000000 00
fcvt.d.w 4 fffffffffff1b8fa 0 0 c12c8e0c00000000 00
fcvt.d.w 1 ffffffffffc54000 0 0 c14d600000000000 00
fcvt.d.w 4 ffffffffffffffff 0 0 bff0000000000000 00
fcvt.wu.d 1 0000000000000000 0 0 0000000000000000 00
fcvt.wu.d 2 3ff0000000000000 0 0 0000000000000001 00
fcvt.wu.d 4 40e2326000000000 0 0 0000000000009193 00
fcvt.wu.d 0 3ff0000000000000 0 0 0000000000000001 00
fcvt.wu.d 4 41efffffffe00000 0 0 ffffffffffffffff 00
fcvt.wu.d 1 0000000000000000 0 0 0000000000000000 00
fcvt.wu.d 3 41efffffffe00000 0 0 ffffffffffffffff 00
fcvt.wu.d 1 3f9310ea46b21600 0 0 0000000000000000 01
fcvt.wu.d 4 4322b80000000000 0 0 ffffffffffffffff 10
fcvt.wu.d 2 41bbff23fae6bc81 0 0 000000001bff23fa 01
fcvt.wu.d 2 bdd742f380000001 0 0 0000000000000000 10
fcvt.wu.d 1 bd1f0444af300001 0 0 0000000000000000 01
fcvt.wu.d 3 c68c6cda3f472998 0 0 0000000000000000 10
fcvt.wu.d 3 168b001c5ffcedab 0 0 0000000000000001 01
fcvt.wu.d 4 44345fdfadcf1d00 0 0 ffffffffffffffff 10
fcvt.wu.d 3 0a4d1d7a2b942001 0 0 0000000000000001 01
fcvt.wu.d 1 c18fffffffffffff 0 0 0000000000000000 10
fcvt.wu.d 0 bfe0000000000000 0 0 0000000000000000 01
fcvt.wu.d 4 be9dcc6eeaa63008 0 0 0000000000000000 01
fcvt.wu.d 2 00014761dbd7d001 0 0 0000000000000000 01
fcvt.wu.d 4 2dad0bded60c6cb4 0 0 0000000000000000 01
fcvt.wu.d 2 936f9f6730000000 0 0 0000000000000000 10
fcvt.wu.d 1 4badb12afd6c9401 0 0 ffffffffffffffff 10
fcvt.wu.d 3 4175c00000000000 0 0 00000000015c0000 00
fcvt.wu.d 2 3ff0000000000000 0 0 0000000000000001 00
fcvt.wu.d 0 fff0000000000000 0 0 0000000000000000 10
fcvt.wu.d 0 c118978826000001 0 0 0000000000000000 10
fcvt.wu.d 0 41efffffffe00000 0 0 ffffffffffffffff 00
fcvt.wu.d 0 b4f9a6827e6d0000 0 0 0000000000000000 01
fcvt.wu.d 3 ffe27b93645b7a48 0 0 0000000000000000 10
fcvt.d.wu 1 0000000000000000 0 0 0000000000000000 00
fcvt.d.wu 3 07bcd2f86f2181de 0 0 41dbc86077800000 00
fcvt.d.wu 3 fffffffffff0e30a 0 0 41effe1c61400000 00
fcvt.d.wu 2 000007dc06030000 0 0 41980c0000000000 00
fcvt.d.wu 4 ffffffffbd8b3e0f 0 0 41e7b167c1e00000 00
fcvt.d.wu 2 00000000a46d7162 0 0 41e48dae2c400000 00
fcvt.d.wu 0 f806fef000000000 0 0 0000000000000000 00
fcvt.d.wu 1 0000000000000000 0 0 0000000000000000 00
fcvt.d.wu 0 ffffffe488d2d6ef 0 0 41e11a5adde00000 00
fcvt.d.wu 4 ffffffffffd58093 0 0 41effab012600000 00
fcvt.l.d 0 3ff0000000000000 0 0 0000000000000001 00
fcvt.l.d 0 c2362e8000000000 0 0 ffffffe9d1800000 00
fcvt.l.d 3 4380a6db968f1fc0 0 0 0214db72d1e3f800 00
fcvt.l.d 4 f5bd224200000000 0 0 8000000000000000 10
fcvt.l.d 2 c24b000000000000 0 0 ffffffca00000000 00
fcvt.l.d 3 436fffffffffffff 0 0 00fffffffffffff8 00
fcvt.l.d 2 4215641fe6c00001 0 0 000000055907f9b0 01
fcvt.l.d 4 fff0000000000000 0 0 8000000000000000 10
fcvt.l.d 4 41f0000000000000 0 0 0000000100000000 00
fcvt.l.d 1 ffefffffffffffff 0 0 8000000000000000 10
fcvt.l.d 1 43a49943c0ed1800 0 0 0a4ca1e0768c0000 00
fcvt.l.d 0 753286e59a042f2a 0 0 7fffffffffffffff 10
fcvt.l.d 1 41e285c000000000 0 0 00000000942e0000 00
fcvt.l.d 4 c312000000000000 0 0 fffb800000000000 00
fcvt.l.d 0 7fce8eb51dc00000 0 0 7fffffffffffffff 10
fcvt.l.d 3 fc54e3127da4fc0b 0 0 8000000000000000 10
fcvt.l.d 3 43e0000000000000 0 0 7fffffffffffffff 10
fcvt.l.d 1 bd5b5b3eb0b4adcb 0 0 0000000000000000 01
fcvt.l.d 1 a8a273f300000000 0 0 0000000000000000 01
fcvt.l.d 2 3f8c900000000001 0 0 0000000000000000 01
fcvt.l.d 3 42ce63d70cb186c8 0 0 00003cc7ae19630e 01
fcvt.l.d 3 002ca0a640000000 0 0 0000000000000001 01
fcvt.l.d 2 c3e0000000000000 0 0 8000000000000000 00
fcvt.l.d 0 3d9b21d800000001 0 0 0000000000000000 01
fcvt.l.d 4 420d9c1fc15a0834 0 0 00000003b383f82b 01
fcvt.l.d 2 ffefffffffffffff 0 0 8000000000000000 10
fcvt.l.d 2 69ab7c20500d2739 0 0 7fffffffffffffff 10
fcvt.l.d 4 41c8b51ee2faf53e 0 0 00000000316a3dc6 01
fcvt.l.d 1 c40dd598cf4848dc 0 0 8000000000000000 10
fcvt.l.d 0 8dcffffffffffffd 0 0 0000000000000000 01
fcvt.d.l 0 01fb8ce546efbc6b 0 0 437fb8ce546efbc7 01
fcvt.d.l 4 7fffffffffffffff 0 0 43e0000000000000 01
fcvt.d.l 2 fd610bda67e1e7bc 0 0 c384f7a12cc0f0c3 01
fcvt.d.l 1 7fffffffffffffff 0 0 43dfffffffffffff 01
fcvt.d.l 2 fffad5ffffffffff 0 0 c314a80000000004 00
fcvt.d.l 1 fee9d4d2ddb3dfc7 0 0 c37162b2d224c203 01
fcvt.d.l 3 05f4000000000001 0 0 4397d00000000001 01
fcvt.d.l 4 0040000000000002 0 0 4350000000000001 01
fcvt.d.l 0 fd0951e6d42624bc 0 0 c387b570c95eceda 01
fcvt.d.l 3 007a9b9452d3e2af 0 0 435ea6e514b4f8ac 01
fcvt.d.l 4 fffffffffffffc00 0 0 c090000000000000 00
fcvt.d.l 2 0040000000000002 0 0 4350000000000000 01
fcvt.d.l 4 ffffffff65a39aff 0 0 c1e34b8ca0200000 00
fcvt.d.l 3 ff84000000000000 0 0 c35f000000000000 00
fcvt.d.l 1 0003b23fc11be9d7 0 0 430d91fe08df4eb8 00
fcvt.d.l 0 0007e00000000000 0 0 431f800000000000 00
fcvt.d.l 1 0000000000000001 0 0 3ff0000000000000 00
fcvt.d.l 0 000000000007426b 0 0 411d09ac00000000 00
fcvt.d.l 3 000000000000001d 0 0 403d000000000000 00
fcvt.d.l 2 0000000413880000 0 0 42104e2000000000 00
fcvt.lu.d 4 4364000000000001 0 0 00a0000000000008 00
fcvt.lu.d 0 41efffffffe00000 0 0 00000000ffffffff 00
fcvt.lu.d 1 439b3c2c5aa00da9 0 0 06cf0b16a8036a40 00
fcvt.lu.d 1 54b153aba8db8771 0 0 ffffffffffffffff 10
fcvt.lu.d 2 4250f00000000000 0 0 00000043c0000000 00
fcvt.lu.d 0 42b00984c0000000 0 0 0000100984c00000 00
fcvt.lu.d 0 c28569f1a6b4129b 0 0 0000000000000000 10
fcvt.lu.d 2 002c43c4d74b60f7 0 0 0000000000000000 01
fcvt.lu.d 4 4331cab652ad557b 0 0 0011cab652ad557b 00
fcvt.lu.d 3 468c53562fe291d0 0 0 ffffffffffffffff 10
fcvt.lu.d 2 4315e101532b42b0 0 0 0005784054cad0ac 00
fcvt.lu.d 3 c2e4bed08c3ec720 0 0 0000000000000000 10
fcvt.lu.d 2 0ac57ed48b6fccf9 0 0 0000000000000000 01
fcvt.lu.d 0 835fffffefffffff 0 0 0000000000000000 01
fcvt.lu.d 3 42a0000000000000 0 0 0000080000000000 00
fcvt.lu.d 1 5676a185934789d3 0 0 ffffffffffffffff 10
fcvt.lu.d 3 43efffffffffffff 0 0 fffffffffffff800 00
fcvt.lu.d 1 43e8f16951386343 0 0 c78b4a89c31a1800 00
fcvt.lu.d 3 bea3123556358000 0 0 0000000000000000 01
fcvt.lu.d 4 42089683a6df1244 0 0 0000000312d074dc 01
fcvt.lu.d 1 801faf72ea2e50c1 0 0 0000000000000000 01
fcvt.lu.d 0 e06fffffffffffff 0 0 0000000000000000 10
fcvt.lu.d 4 bebc459566f45249 0 0 0000000000000000 01
fcvt.lu.d 2 bafc3e2208000000 0 0 0000000000000000 10
fcvt.lu.d 4 d7bdc0aebeca0bdf 0 0 0000000000000000 10
fcvt.lu.d 0 0970785588400000 0 0 0000000000000000 01
fcvt.lu.d 2 c400446383d6a2c8 0 0 0000000000000000 10
fcvt.lu.d 3 321bdeb0a0b48398 0 0 0000000000000001 01
fcvt.lu.d 1 bd2f2d75adf51269 0 0 0000000000000000 01
fcvt.lu.d 4 492f566aee000000 0 0 ffffffffffffffff 10
fcvt.d.lu 1 0000000000016e9d 0 0 40f6e9d000000000 00
fcvt.d.lu 4 a645000000000000 0 0 43e4c8a000000000 00
fcvt.d.lu 2 0230b43c5a250e91 0 0 438185a1e2d12874 01
fcvt.d.lu 1 0040000000000002 0 0 4350000000000000 01
fcvt.d.lu 2 000000f9999f7a5a 0 0 426f3333ef4b4000 00
fcvt.d.lu 1 ffffef0000000000 0 0 43effffde0000000 00
fcvt.d.lu 0 fffffffff4ba3b40 0 0 43effffffffe9747 01
fcvt.d.lu 0 ffffffffffffffb7 0 0 43f0000000000000 01
fcvt.d.lu 2 fffffdcbee695620 0 0 43efffffb97dcd2a 01
fcvt.d.lu 0 000a4ebb4fb5b165 0 0 43249d769f6b62ca 00
fcvt.d.lu 0 00000000000030fd 0 0 40c87e8000000000 00
fcvt.d.lu 1 ffffff9edeab75bc 0 0 43effffff3dbd56e 01
fcvt.d.lu 4 00fee2eb1775e70a 0 0 436fdc5d62eebce1 01
fcvt.d.lu 3 ffffffff80000000 0 0 43effffffff00000 00
fcvt.d.lu 2 000033e2b2ab71e6 0 0 42c9f15955b8f300 00
fcvt.d.lu 4 000029afaff7d8b5 0 0 42c4d7d7fbec5a80 00
fcvt.d.lu 4 ffffffffffffb304 0 0 43effffffffffff6 01
fcvt.d.lu 3 ab195acf7c5bf76d 0 0 43e5632b59ef8b7f 01
fcvt.d.lu 3 ffff525a1d0b5d23 0 0 43efffea4b43a16c 01
fcvt.d.lu 3 0000000000000007 0 0 401c000000000000 00
fmv.x.d 0 43f0000000000000 0 0 43f0000000000000 00
fmv.x.d 4 428e79f8033f45d6 0 0 428e79f8033f45d6 00
fmv.d.x 2 21ed69bca6b1d5d3 0 0 21ed69bca6b1d5d3 00
fmv.d.x 3 97d73f7f512ee241 0 0 97d73f7f512ee241 00
fcvt.s.d 3 7ff4000000000000 0 0 ffffffff7fc00000 10
fcvt.s.d 0 7ff0000000000001 0 0 ffffffff7fc00000 10
fcvt.s.d 2 fff0000000000010 0 0 ffffffff7fc00000 10
fcvt.s.d 4 fff0000000000010 0 0 ffffffff7fc00000 10
fcvt.s.d 2 fff0000000000010 0 0 ffffffff7fc00000 10
fcvt.s.d 3 fff0000000000010 0 0 ffffffff7fc00000 10
fcvt.s.d 4 7ff0000000000001 0 0 ffffffff7fc00000 10
fcvt.s.d 0 7ff4000000000000 0 0 ffffffff7fc00000 10
fcvt.s.d 1 fff0000000000010 0 0 ffffffff7fc00000 10
fcvt.s.d 1 7ff0000000000001 0 0 ffffffff7fc00000 10
fcvt.s.d 1 cd4fffffffdfffff 0 0 ffffffffff7fffff 05
fcvt.s.d 4 c004000000000000 0 0 ffffffffc0200000 00
fcvt.s.d 3 7fcf7fffffffffff 0 0 ffffffff7f800000 05
fcvt.s.d 3 7fe0014fbfb01de6 0 0 ffffffff7f800000 05
fcvt.s.d 0 f0b90d92fc9cbd55 0 0 ffffffffff800000 05
fcvt.s.d 2 2903b66e58f61d75 0 0 ffffffff00000000 03
fcvt.s.d 2 f5dfffffffffffff 0 0 ffffffffff800000 05
fcvt.s.d 1 3ff0000000000000 0 0 ffffffff3f800000 00
fcvt.s.d 4 ffefffffffffffff 0 0 ffffffffff800000 05
fcvt.s.d 1 c3b1027add307a01 0 0 ffffffffdd8813d6 01
fcvt.s.d 3 0de3d1ea3d128301 0 0 ffffffff00000001 03
fcvt.s.d 1 8faa800000000000 0 0 ffffffff80000000 03
fcvt.s.d 4 be7f8b5800000000 0 0 ffffffffb3fc5ac0 00
fcvt.s.d 1 036f643ec9c75781 0 0 ffffffff00000000 03
fcvt.s.d 2 64a5933b2f3f5800 0 0 ffffffff7f7fffff 05
fcvt.s.d 0 0fd9f23932280000 0 0 ffffffff00000000 03
fcvt.s.d 0 3ff0000000000000 0 0 ffffffff3f800000 00
fcvt.s.d 4 404a459de1f54b2a 0 0 ffffffff42522cef 01
fcvt.s.d 4 7fefffffffffffff 0 0 ffffffff7f800000 05
fcvt.s.d 0 c0e20e80ae000000 0 0 ffffffffc7107405 01
fcvt.s.d 4 c24b0e86f0f353ed 0 0 ffffffffd2587438 01
fcvt.s.d 0 3d665aea9f3c1b08 0 0 ffffffff2b32d755 01
fcvt.s.d 3 b7b02c7fb50ebc00 0 0 ffffffff8002058f 03
fcvt.s.d 2 43f0000000000000 0 0 ffffffff5f800000 00
fcvt.s.d 3 fff0000000000000 0 0 ffffffffff800000 00
fcvt.s.d 2 7ff0000000000000 0 0 ffffffff7f800000 00
fcvt.s.d 2 25d4d39548674a61 0 0 ffffffff00000000 03
fcvt.s.d 3 c3fffffdffffffff 0 0 ffffffffdfffffef 01
fcvt.s.d 0 7abe14e30e91184e 0 0 ffffffff7f800000 05
fcvt.s.d 3 c3464f8000000000 0 0 ffffffffda327c00 00
fcvt.s.d 0 3cc9900000000000 0 0 ffffffff264c8000 00
fcvt.s.d 1 78ab57dddc1a92b1 0 0 ffffffff7f7fffff 05
fcvt.s.d 3 c1c63a8e90000001 0 0 ffffffffce31d474 01
fcvt.s.d 2 be0004a754c00001 0 0 ffffffffb000253b 01
fcvt.s.d 0 0039388400000001 0 0 ffffffff00000000 03
fcvt.s.d 1 3ba07df74fc57a8d 0 0 ffffffff1d03efba 01
fcvt.s.d 4 239754940b8aea6d 0 0 ffffffff00000000 03
fcvt.s.d 2 c1d50510df0b776e 0 0 ffffffffcea82887 01
fcvt.s.d 4 b56fffffffffffff 0 0 ffffffff80000000 03
fcvt.s.d 1 bff0000000000000 0 0 ffffffffbf800000 00
fcvt.d.s 3 ffffffff7f800001 0 0 7ff8000000000000 10
fcvt.d.s 4 ffffffff7f800001 0 0 7ff8000000000000 10
fcvt.d.s 2 ffffffff7f800001 0 0 7ff8000000000000 10
fcvt.d.s 1 ffffffff7f800001 0 0 7ff8000000000000 10
fcvt.d.s 0 ffffffff7f800001 0 0 7ff8000000000000 10
fcvt.d.s 3 ffffffff7fa00000 0 0 7ff8000000000000 10
fcvt.d.s 1 ffffffff7fa00000 0 0 7ff8000000000000 10
fcvt.d.s 0 ffffffff7f800001 0 0 7ff8000000000000 10
fcvt.d.s 4 ffffffff7f800001 0 0 7ff8000000000000 10
fcvt.d.s 4 ffffffff8a21f3da 0 0 b9443e7b40000000 00
fcvt.d.s 2 ffffffff7f800001 0 0 7ff8000000000000 10
fcvt.d.s 1 ffffffffb6d33789 0 0 beda66f120000000 00
fcvt.d.s 2 ffffffff0c000000 0 0 3980000000000000 00
fcvt.d.s 1 ffffffffb3886d81 0 0 be710db020000000 00
fcvt.d.s 2 ffffffff01e86201 0 0 383d0c4020000000 00
fcvt.d.s 3 ffffffff46890bea 0 0 40d1217d40000000 00
fcvt.d.s 0 ffffffff5b83cb7d 0 0 4370796fa0000000 00
fcvt.d.s 3 ffffffff00000003 0 0 36b8000000000000 00
fcvt.d.s 4 ffffffffca387464 0 0 c1470e8c80000000 00
fcvt.d.s 0 000000004272117b 0 0 7ff8000000000000 00
`;

// ---------------------------------------------------------------------------

describe('FPU (F and D extensions)', () => {
  describe('encodings', () => {
    const h = new TestHost();
    const legal = (insn: number, frm = 0): boolean => {
      h.frm = frm;
      return executeFp(h, insn);
    };

    it('rejects reserved static rounding modes 5 and 6, and DYN with frm 5..7', () => {
      for (const name of ['fadd.s', 'fdiv.d', 'fsqrt.d', 'fmadd.s', 'fnmadd.d', 'fcvt.w.d', 'fcvt.s.l', 'fcvt.s.d', 'fcvt.d.s', 'fcvt.d.w']) {
        const op = OPS.get(name)!;
        for (const rm of ALL_RM) expect(legal(op.encode(rm)), `${name} rm=${rm}`).to.equal(true);
        expect(legal(op.encode(5)), `${name} rm=5`).to.equal(false);
        expect(legal(op.encode(6)), `${name} rm=6`).to.equal(false);
        for (const frm of [0, 1, 2, 3, 4]) expect(legal(op.encode(DYN), frm), `${name} frm=${frm}`).to.equal(true);
        for (const frm of [5, 6, 7]) expect(legal(op.encode(DYN), frm), `${name} frm=${frm}`).to.equal(false);
      }
    });

    it('ignores frm for instructions without a rounding mode', () => {
      for (const name of ['fsgnj.d', 'fmin.s', 'fmax.d', 'feq.s', 'flt.d', 'fclass.s', 'fmv.x.d', 'fmv.w.x']) {
        expect(legal(OPS.get(name)!.encode(0), 7), name).to.equal(true);
      }
    });

    it('rejects H and Q formats, unknown funct fields and non-zero rs2 where it must be zero', () => {
      expect(legal(opFp(0x02, 3, 0, 1, 0))).to.equal(false); // fadd.h
      expect(legal(opFp(0x03, 3, 0, 1, 0))).to.equal(false); // fadd.q
      expect(legal(r4(0x43, 2, 3, 0, 1, 2, 0))).to.equal(false); // fmadd.h
      expect(legal(r4(0x4f, 3, 3, 0, 1, 2, 0))).to.equal(false); // fnmadd.q
      expect(legal(opFp(0x2d, 3, 0, 1, 0))).to.equal(false); // fsqrt.d with rs2 = 1
      expect(legal(opFp(0x11, 3, 0, 1, 3))).to.equal(false); // fsgnj funct3 = 3
      expect(legal(opFp(0x15, 3, 0, 1, 2))).to.equal(false); // fmin/fmax funct3 = 2 (Zfa fminm)
      expect(legal(opFp(0x51, 10, 0, 1, 3))).to.equal(false); // fcmp funct3 = 3
      expect(legal(opFp(0x61, 10, 0, 4, 0))).to.equal(false); // fcvt.?.d with rs2 = 4
      expect(legal(opFp(0x69, 3, 11, 5, 0))).to.equal(false); // fcvt.d.? with rs2 = 5
      expect(legal(opFp(0x20, 3, 0, 0, 0))).to.equal(false); // fcvt.s.s
      expect(legal(opFp(0x20, 3, 0, 2, 0))).to.equal(false); // fcvt.s.h
      expect(legal(opFp(0x21, 3, 0, 1, 0))).to.equal(false); // fcvt.d.d
      expect(legal(opFp(0x21, 3, 0, 3, 0))).to.equal(false); // fcvt.d.q
      expect(legal(opFp(0x71, 10, 0, 1, 0))).to.equal(false); // fmv.x.d with rs2 = 1
      expect(legal(opFp(0x71, 10, 0, 0, 2))).to.equal(false); // fmv.x.d funct3 = 2
      expect(legal(opFp(0x79, 3, 11, 0, 1))).to.equal(false); // fmv.d.x funct3 = 1
      expect(legal(opFp(0x79, 3, 11, 1, 0))).to.equal(false); // fmv.d.x rs2 = 1
      expect(legal(opFp(0x7c, 3, 11, 0, 0))).to.equal(false); // funct5 = 11111
      expect(legal(opFp(0x30, 3, 0, 0, 0))).to.equal(false); // funct5 = 01100
      expect(legal(0x00000013)).to.equal(false); // not an FP opcode at all
    });

    it('changes nothing when it rejects an encoding', () => {
      const g = new TestHost();
      g.f[3] = 42;
      g.frm = 5;
      expect(executeFp(g, OPS.get('fadd.d')!.encode(DYN))).to.equal(false);
      expect(g.f[3]).to.equal(42);
      expect(g.fflags).to.equal(0);
      expect(g.dirty).to.equal(0);
    });

    it('never writes x0 and marks FS dirty when FP state changes', () => {
      const g = new TestHost();
      g.f[0] = 1.5;
      expect(executeFp(g, opFp(0x61, 0, 0, 0, RNE))).to.equal(true); // fcvt.w.d x0, f0
      expect(executeFp(g, opFp(0x51, 0, 0, 0, 2))).to.equal(true); // feq.d x0, f0, f0
      expect(executeFp(g, opFp(0x71, 0, 0, 0, 1))).to.equal(true); // fclass.d x0, f0
      expect(executeFp(g, opFp(0x71, 0, 0, 0, 0))).to.equal(true); // fmv.x.d x0, f0
      expect(g.x[0]).to.equal(0);
      expect(g.x[1]).to.equal(0);
      expect(g.fflags).to.equal(NX); // fcvt.w.d of 1.5 is inexact
      expect(g.dirty).to.be.greaterThan(0);
      const before = g.dirty;
      expect(executeFp(g, opFp(0x01, 4, 0, 0, RNE))).to.equal(true); // fadd.d f4, f0, f0 (exact)
      expect(g.f[4]).to.equal(3);
      expect(g.dirty).to.be.greaterThan(before);
    });

    it('handles rd aliasing its sources', () => {
      const g = new TestHost();
      g.f[5] = 3;
      expect(executeFp(g, r4(0x43, 1, 5, 5, 5, 5, RNE))).to.equal(true); // fmadd.d f5, f5, f5, f5
      expect(g.f[5]).to.equal(12);
    });
  });

  describe('binary64 rounding', () => {
    const onePlus = (k: number): bigint => D(1) + BigInt(k); // 1 + k ulp

    it('rounds an inexact sum in each mode', () => {
      // 1 + 2^-54: a quarter ulp above 1
      const tiny = D(2 ** -54);
      expectRun('fadd.d', RNE, [D(1), tiny], D(1), NX);
      expectRun('fadd.d', RTZ, [D(1), tiny], D(1), NX);
      expectRun('fadd.d', RDN, [D(1), tiny], D(1), NX);
      expectRun('fadd.d', RUP, [D(1), tiny], onePlus(1), NX);
      expectRun('fadd.d', RMM, [D(1), tiny], D(1), NX);
      // -1 - 2^-54
      expectRun('fsub.d', RDN, [D(-1), tiny], onePlus(1) | NEG, NX);
      expectRun('fsub.d', RUP, [D(-1), tiny], D(-1), NX);
      expectRun('fsub.d', RTZ, [D(-1), tiny], D(-1), NX);
    });

    it('breaks ties to even in RNE and away from zero in RMM', () => {
      const half = D(2 ** -53); // exactly half an ulp of 1
      expectRun('fadd.d', RNE, [D(1), half], D(1), NX);
      expectRun('fadd.d', RMM, [D(1), half], onePlus(1), NX);
      expectRun('fadd.d', RNE, [onePlus(1), half], onePlus(2), NX);
      expectRun('fadd.d', RMM, [onePlus(1), half], onePlus(2), NX);
      expectRun('fadd.d', RMM, [D(-1), half | NEG], onePlus(1) | NEG, NX);
      // (1 + 2^-52)^2 = 1 + 2^-51 + 2^-104: barely above 1 + 2^-51
      expectRun('fmul.d', RUP, [onePlus(1), onePlus(1)], onePlus(3), NX);
      expectRun('fmul.d', RDN, [onePlus(1), onePlus(1)], onePlus(2), NX);
      // an exact tie in a product: (1 + 2^-52) * (1 + 2^-1) = 1.5 + 2^-52 + 2^-53
      expectRun('fmul.d', RNE, [onePlus(1), D(1.5)], D(1.5) + 2n, NX);
      expectRun('fmul.d', RMM, [onePlus(1), D(1.5)], D(1.5) + 2n, NX);
      expectRun('fmul.d', RTZ, [onePlus(1), D(1.5)], D(1.5) + 1n, NX);
    });

    it('gives exact zero sums the sign IEEE 754 §6.3 requires', () => {
      for (const rm of [RNE, RTZ, RUP, RMM]) expectRun('fadd.d', rm, [D(1), D(-1)], 0n, 0);
      expectRun('fadd.d', RDN, [D(1), D(-1)], D_NEG_ZERO, 0);
      expectRun('fsub.d', RDN, [D(2.5), D(2.5)], D_NEG_ZERO, 0);
      expectRun('fadd.d', RNE, [D_NEG_ZERO, D_NEG_ZERO], D_NEG_ZERO, 0);
      expectRun('fadd.d', RNE, [D_NEG_ZERO, 0n], 0n, 0);
      expectRun('fadd.d', RDN, [D_NEG_ZERO, 0n], D_NEG_ZERO, 0);
      expectRun('fadd.d', RDN, [0n, 0n], 0n, 0);
      expectRun('fsub.d', RNE, [0n, 0n], 0n, 0);
      expectRun('fsub.d', RNE, [D_NEG_ZERO, 0n], D_NEG_ZERO, 0);
    });

    it('overflows to infinity or the largest finite number depending on rm', () => {
      const big = D(2 ** 1023);
      expectRun('fmul.d', RNE, [big, D(2)], D_INF, OF | NX);
      expectRun('fmul.d', RMM, [big, D(2)], D_INF, OF | NX);
      expectRun('fmul.d', RTZ, [big, D(2)], D_MAX, OF | NX);
      expectRun('fmul.d', RDN, [big, D(2)], D_MAX, OF | NX);
      expectRun('fmul.d', RUP, [big, D(2)], D_INF, OF | NX);
      expectRun('fmul.d', RDN, [big, D(-2)], D_NINF, OF | NX);
      expectRun('fmul.d', RUP, [big, D(-2)], D_MAX | NEG, OF | NX);
      expectRun('fmul.d', RTZ, [big, D(-2)], D_MAX | NEG, OF | NX);
      // MAX + 1/2 ulp: RNE rounds to even (infinity, overflow); RTZ keeps MAX and is merely inexact
      const halfUlp = D(2 ** 970);
      expectRun('fadd.d', RNE, [D_MAX, halfUlp], D_INF, OF | NX);
      expectRun('fadd.d', RTZ, [D_MAX, halfUlp], D_MAX, NX);
      expectRun('fadd.d', RUP, [D_MAX, D(2 ** 960)], D_INF, OF | NX);
      expectRun('fadd.d', RNE, [D_MAX, D(2 ** 960)], D_MAX, NX);
      // a full ulp above MAX is 2^1024: overflow even in RTZ
      expectRun('fadd.d', RTZ, [D_MAX, D(2 ** 971)], D_MAX, OF | NX);
      expectRun('fdiv.d', RNE, [D_MAX, D(0.5)], D_INF, OF | NX);
      // MAX - 1.5 ulp ties up to MAX - ulp; an internal step of TwoSum (MAX + ulp/2) overflows
      expectRun('fadd.d', RNE, [D(-3 * 2 ** 970), D_MAX], D_MAX - 1n, NX);
      expectRun('fadd.d', RTZ, [D(-3 * 2 ** 970), D_MAX], D_MAX - 2n, NX);
      expectRun('fadd.d', RUP, [D(-3 * 2 ** 970), D_MAX], D_MAX - 1n, NX);
      expectRun('fadd.d', RMM, [D(-3 * 2 ** 970), D_MAX], D_MAX - 1n, NX);
      expectRun('fmadd.d', RDN, [D_MAX, D(2), D(-(2 ** 1000))], D_MAX, OF | NX);
    });

    it('produces subnormals and detects tininess after rounding', () => {
      const minNormal = 2 ** -1022;
      // exact subnormal result: no flags
      expectRun('fmul.d', RNE, [D(minNormal), D(0.5)], 0x0008000000000000n, 0);
      // inexact subnormal: UF and NX
      expectRun('fmul.d', RNE, [D(minNormal), D(1 / 3)], 0x0005555555555555n, UF | NX);
      expectRun('fmul.d', RUP, [D(minNormal), D(1 / 3)], 0x0005555555555556n, UF | NX);
      // x = 2^-1022 * (1 - 2^-54): RNE rounds up to 2^-1022 both with unbounded exponent
      // (not tiny) and in the subnormal grid, so no UF; RTZ gives the largest subnormal, tiny.
      const a = D(1 - 2 ** -53); // 1 - 2^-53
      const b = D(minNormal * (1 + 2 ** -52)); // 2^-1022 (1 + 2^-52)
      // product = 2^-1022 (1 + 2^-52 - 2^-53 - 2^-105) = 2^-1022 (1 + 2^-53 - 2^-105)
      expectRun('fmul.d', RNE, [a, b], D_MIN_NORMAL, NX);
      expectRun('fmul.d', RTZ, [a, b], D_MIN_NORMAL, NX);
      const c = D(1 - 2 ** -52); // 1 - 2^-52
      // product = 2^-1022 (1 - 2^-52)(1 + 2^-52) = 2^-1022 (1 - 2^-104): just below 2^-1022
      expectRun('fmul.d', RNE, [c, b], D_MIN_NORMAL, NX); // unbounded rounding gives 2^-1022: not tiny
      expectRun('fmul.d', RTZ, [c, b], D_MAX_SUB, UF | NX);
      expectRun('fmul.d', RDN, [c, b], D_MAX_SUB, UF | NX);
      expectRun('fmul.d', RUP, [c, b], D_MIN_NORMAL, NX);
      // half the smallest subnormal: ties to even (zero) in RNE, away in RMM
      expectRun('fmul.d', RNE, [1n, D(0.5)], 0n, UF | NX);
      expectRun('fmul.d', RMM, [1n, D(0.5)], 1n, UF | NX);
      expectRun('fmul.d', RUP, [1n, D(0.25)], 1n, UF | NX);
      expectRun('fmul.d', RDN, [1n | NEG, D(0.25)], 1n | NEG, UF | NX);
      expectRun('fmul.d', RNE, [1n | NEG, D(0.25)], D_NEG_ZERO, UF | NX);
      // subnormal sums are exact
      expectRun('fadd.d', RNE, [1n, D_MAX_SUB], D_MIN_NORMAL, 0);
      expectRun('fsub.d', RNE, [D_MIN_NORMAL, 1n], D_MAX_SUB, 0);
      // division into the subnormal range
      expectRun('fdiv.d', RNE, [D(minNormal), D(3)], 0x0005555555555555n, UF | NX);
      expectRun('fdiv.d', RUP, [1n, D(2 ** 60)], 1n, UF | NX);
    });

    it('computes sqrt exactly in every mode', () => {
      expectRun('fsqrt.d', RNE, [D(4)], D(2), 0);
      expectRun('fsqrt.d', RNE, [D(2)], D(Math.SQRT2), NX);
      expectRun('fsqrt.d', RUP, [D(2)], D(Math.SQRT2), NX); // sqrt(2) rounds up in RNE
      expectRun('fsqrt.d', RDN, [D(2)], D(Math.SQRT2) - 1n, NX);
      expectRun('fsqrt.d', RTZ, [D(2)], D(Math.SQRT2) - 1n, NX);
      expectRun('fsqrt.d', RNE, [D_NEG_ZERO], D_NEG_ZERO, 0);
      expectRun('fsqrt.d', RNE, [D(-1)], D_QNAN, NV);
      expectRun('fsqrt.d', RNE, [D_NINF], D_QNAN, NV);
      expectRun('fsqrt.d', RNE, [D_INF], D_INF, 0);
      expectRun('fsqrt.d', RNE, [1n], D(2 ** -537), 0); // sqrt(2^-1074)
      expectRun('fsqrt.d', RNE, [D_MAX], D(1.3407807929942596e154), NX);
    });

    it('divides with DZ, NV and exact special cases', () => {
      expectRun('fdiv.d', RNE, [D(1), 0n], D_INF, DZ);
      expectRun('fdiv.d', RNE, [D(-1), 0n], D_NINF, DZ);
      expectRun('fdiv.d', RNE, [D(1), D_NEG_ZERO], D_NINF, DZ);
      expectRun('fdiv.d', RNE, [0n, 0n], D_QNAN, NV);
      expectRun('fdiv.d', RNE, [D_INF, D_INF], D_QNAN, NV);
      expectRun('fdiv.d', RNE, [D_INF, 0n], D_INF, 0);
      expectRun('fdiv.d', RNE, [D(1), D_NINF], D_NEG_ZERO, 0);
      expectRun('fdiv.d', RTZ, [D(1), D(3)], D(1 / 3), NX);
      expectRun('fdiv.d', RUP, [D(1), D(3)], D(1 / 3) + 1n, NX);
      expectRun('fdiv.d', RNE, [D(2), D(3)], D(2 / 3), NX);
      expectRun('fdiv.d', RTZ, [D(2), D(3)], D(2 / 3), NX); // 2/3 rounds down in RNE
      expectRun('fdiv.d', RMM, [D(-2), D(3)], D(-2 / 3), NX);
      expectRun('fdiv.d', RDN, [D(-2), D(3)], D(-2 / 3) + 1n, NX);
    });
  });

  describe('fused multiply-add', () => {
    it('rounds once: fma(1+2^-52, 1-2^-52, -1) = -2^-104', () => {
      for (const rm of ALL_RM) expectRun('fmadd.d', rm, [D(1 + 2 ** -52), D(1 - 2 ** -52), D(-1)], D(-(2 ** -104)), 0);
    });

    it('differs from a rounded multiply followed by a rounded add', () => {
      // (1 + 2^-27)^2 = 1 + 2^-26 + 2^-54: a rounded product loses 2^-54, the fused one keeps it.
      const a = D(1 + 2 ** -27);
      expectRun('fmadd.d', RNE, [a, a, D(-1)], D(2 ** -26 + 2 ** -54), 0);
      expectRun('fmsub.d', RNE, [a, a, D(1)], D(2 ** -26 + 2 ** -54), 0);
      expectRun('fnmsub.d', RNE, [a, a, D(1)], D(-(2 ** -26 + 2 ** -54)), 0);
      expectRun('fnmadd.d', RNE, [a, a, D(-1)], D(-(2 ** -26 + 2 ** -54)), 0);
      // 1 + 2^-26 + 2^-54 + 2^-60 rounded: the 2^-54 and 2^-60 pieces are below half an ulp
      expectRun('fmadd.d', RNE, [a, a, D(2 ** -60)], D(1 + 2 ** -26), NX);
      expectRun('fmadd.d', RUP, [a, a, D(2 ** -60)], D(1 + 2 ** -26) + 1n, NX);
      // fma(a, a, 2^-54) = 1 + 2^-26 + 2^-53 exactly: a tie between two binary64 neighbours
      expectRun('fmadd.d', RNE, [a, a, D(2 ** -54)], D(1 + 2 ** -26), NX); // tie, even
      expectRun('fmadd.d', RMM, [a, a, D(2 ** -54)], D(1 + 2 ** -26) + 1n, NX); // tie, away
      expectRun('fmadd.d', RNE, [a, a, D(2 ** -54 + 2 ** -80)], D(1 + 2 ** -26) + 1n, NX); // just above the tie
      expectRun('fmadd.d', RMM, [a, a, D(2 ** -54 - 2 ** -80)], D(1 + 2 ** -26), NX); // just below it
    });

    it('gives exact cancellation +0 (-0 in RDN) and keeps the sign of zero products', () => {
      expectRun('fmadd.d', RNE, [D(3), D(5), D(-15)], 0n, 0);
      expectRun('fmadd.d', RDN, [D(3), D(5), D(-15)], D_NEG_ZERO, 0);
      expectRun('fmadd.d', RNE, [D_NEG_ZERO, D(5), D_NEG_ZERO], D_NEG_ZERO, 0);
      expectRun('fmadd.d', RNE, [D_NEG_ZERO, D(5), 0n], 0n, 0);
      expectRun('fmadd.d', RDN, [D_NEG_ZERO, D(5), 0n], D_NEG_ZERO, 0);
      expectRun('fnmadd.d', RNE, [0n, D(5), 0n], D_NEG_ZERO, 0); // -(0*5) - 0
      expectRun('fmadd.d', RNE, [0n, D(5), D(7)], D(7), 0);
      expectRun('fmadd.s', RDN, [S(3), S(5), S(-15)], S_NEG_ZERO, 0);
      expectRun('fnmsub.s', RNE, [S(-0), S(2), S(-0)], S(0), 0); // -(-0*2) + -0 = +0 + -0 = +0
      expectRun('fnmsub.s', RDN, [S(-0), S(2), S(-0)], S_NEG_ZERO, 0);
      expectRun('fnmadd.s', RNE, [S(-0), S(2), S(0)], S(0), 0); // -(-0*2) - (+0) = +0 - +0 = +0
      expectRun('fnmadd.s', RNE, [S(0), S(2), S(0)], S_NEG_ZERO, 0); // -(+0*2) - (+0) = -0 - +0 = -0
    });

    it('raises NV for inf*0 even with a quiet NaN addend, and for inf - inf', () => {
      expectRun('fmadd.d', RNE, [D_INF, 0n, D_QNAN], D_QNAN, NV);
      expectRun('fmadd.d', RNE, [0n, D_NINF, D(1)], D_QNAN, NV);
      expectRun('fmadd.d', RNE, [D(1), D(2), D_QNAN], D_QNAN, 0);
      expectRun('fmadd.d', RNE, [D(1), D(2), D_SNAN], D_QNAN, NV);
      expectRun('fmadd.d', RNE, [D_INF, D(2), D_NINF], D_QNAN, NV);
      expectRun('fmsub.d', RNE, [D_INF, D(2), D_INF], D_QNAN, NV);
      expectRun('fmadd.d', RNE, [D_INF, D(-2), D_NINF], D_NINF, 0);
      expectRun('fmadd.d', RNE, [D(1e300), D(1e300), D_NINF], D_NINF, 0); // finite product, no overflow involved
      expectRun('fmadd.s', RNE, [S_INF, S(0), S_QNAN], S_QNAN, NV);
      expectRun('fmadd.s', RNE, [S(0), S_INF, S_SNAN], S_QNAN, NV);
      expectRun('fnmadd.s', RNE, [S_INF, S(2), S_INF], S_NINF, 0);
    });

    it('rounds binary32 FMA once even when the binary64 sum is a binary32 midpoint', () => {
      // (1 + 2^-23) * 1 + 2^-24 is a tie between 1 + 2^-23 (odd) and 1 + 2^-22 (even)
      const a = S(1 + 2 ** -23);
      expectRun('fmadd.s', RNE, [a, S(1), S(2 ** -24)], S(1 + 2 ** -22), NX); // tie 1+2^-23+2^-24 -> even
      // (1 + 2^-12)^2 = 1 + 2^-11 + 2^-24: a binary32 tie after the product alone
      const q = S(1 + 2 ** -12);
      expectRun('fmadd.s', RNE, [q, q, S(0)], S(1 + 2 ** -11), NX);
      expectRun('fmadd.s', RMM, [q, q, S(0)], S(1 + 2 ** -11 + 2 ** -23), NX);
      // a tiny c breaks the tie, but the binary64 sum 1 + 2^-11 + 2^-24 + 2^-60 rounds to
      // exactly the binary32 midpoint: only the error term tells the direction
      expectRun('fmadd.s', RNE, [q, q, S(2 ** -60)], S(1 + 2 ** -11 + 2 ** -23), NX);
      expectRun('fmadd.s', RNE, [q, q, S(-(2 ** -60))], S(1 + 2 ** -11), NX);
      expectRun('fmsub.s', RTZ, [q, q, S(2 ** -60)], S(1 + 2 ** -11), NX);
    });
  });

  describe('binary32 rounding', () => {
    it('rounds a double-precision exact result to binary32 in each mode', () => {
      // 1/3 in binary32
      const third = 0x3eaaaaabn; // RNE (rounded up)
      expectRun('fdiv.s', RNE, [S(1), S(3)], box(third), NX);
      expectRun('fdiv.s', RTZ, [S(1), S(3)], box(third - 1n), NX);
      expectRun('fdiv.s', RDN, [S(1), S(3)], box(third - 1n), NX);
      expectRun('fdiv.s', RUP, [S(1), S(3)], box(third), NX);
      expectRun('fdiv.s', RMM, [S(1), S(3)], box(third), NX);
      expectRun('fdiv.s', RDN, [S(-1), S(3)], box(third | 0x80000000n), NX);
      expectRun('fadd.s', RUP, [S(1), S(2 ** -40)], S(1 + 2 ** -23), NX);
      expectRun('fadd.s', RNE, [S(1), S(2 ** -24)], S(1), NX); // tie to even
      expectRun('fadd.s', RMM, [S(1), S(2 ** -24)], S(1 + 2 ** -23), NX);
      expectRun('fsqrt.s', RNE, [S(2)], S(Math.fround(Math.SQRT2)), NX);
      expectRun('fsqrt.s', RUP, [S(2)], S(Math.fround(Math.SQRT2)) + 1n, NX);
    });

    it('handles binary32 subnormals, underflow and overflow', () => {
      const minNormal = 2 ** -126;
      expectRun('fmul.s', RNE, [S(minNormal), S(0.5)], box(0x00400000n), 0);
      expectRun('fmul.s', RNE, [S(minNormal), S(Math.fround(1 / 3))], box(0x002aaaabn), UF | NX);
      expectRun('fmul.s', RTZ, [S(minNormal), S(Math.fround(1 / 3))], box(0x002aaaaan), UF | NX);
      // 2^-126 (1 - 2^-24)(1 + 2^-23) = 2^-126 (1 + 2^-24 - 2^-47): rounds to 2^-126, not tiny
      expectRun('fmul.s', RNE, [S(1 - 2 ** -24), S(minNormal * (1 + 2 ** -23))], box(0x00800000n), NX);
      // 2^-126 (1 - 2^-23)(1 + 2^-23) = 2^-126 (1 - 2^-46)
      expectRun('fmul.s', RNE, [S(1 - 2 ** -23), S(minNormal * (1 + 2 ** -23))], box(0x00800000n), NX);
      expectRun('fmul.s', RTZ, [S(1 - 2 ** -23), S(minNormal * (1 + 2 ** -23))], box(0x007fffffn), UF | NX);
      expectRun('fmul.s', RNE, [box(1n), S(0.5)], box(0n), UF | NX);
      expectRun('fmul.s', RUP, [box(1n), S(0.5)], box(1n), UF | NX);
      expectRun('fmul.s', RNE, [S(2 ** 127), S(2)], S_INF, OF | NX);
      expectRun('fmul.s', RTZ, [S(2 ** 127), S(2)], S_MAX, OF | NX);
      expectRun('fmul.s', RUP, [S(2 ** 127), S(-2)], box(0xff7fffffn), OF | NX);
      expectRun('fadd.s', RTZ, [S_MAX, S(2 ** 103)], S_MAX, NX); // MAX + half ulp: not an overflow in RTZ
      expectRun('fadd.s', RNE, [S_MAX, S(2 ** 103)], S_INF, OF | NX);
    });

    it('treats inputs that are not NaN-boxed as the canonical NaN', () => {
      const unboxed = 0x000000003f800000n; // 1.0f with a zero high word
      expectRun('fadd.s', RNE, [unboxed, S(1)], S_QNAN, 0);
      expectRun('fmin.s', RNE, [unboxed, S(2)], S(2), 0);
      expectRun('fsgnj.s', RNE, [unboxed, S(-1)], box(0xffc00000n), 0);
      expectRun('fclass.s', RNE, [unboxed], 1n << 9n, 0);
      expectRun('feq.s', RNE, [unboxed, unboxed], 0n, 0);
      expectRun('flt.s', RNE, [unboxed, S(1)], 0n, NV);
      expectRun('fcvt.d.s', RNE, [unboxed], D_QNAN, 0);
      expectRun('fcvt.w.s', RNE, [unboxed], 0x7fffffffn, NV);
      expectRun('fmv.x.w', RNE, [0x12345678bf800000n], 0xffffffffbf800000n, 0); // moves the raw low word
      // an unboxed sNaN pattern is not an sNaN: no NV
      expectRun('fadd.s', RNE, [0x000000007f800001n, S(1)], S_QNAN, 0);
    });

    it('detects binary32 sNaN from the raw bits', () => {
      expectRun('fadd.s', RNE, [S_SNAN, S(1)], S_QNAN, NV);
      expectRun('fcvt.d.s', RNE, [S_SNAN], D_QNAN, NV);
      expectRun('fcvt.d.s', RNE, [box(0xffc00001n)], D_QNAN, 0);
      expectRun('fclass.s', RNE, [S_SNAN], 1n << 8n, 0);
      expectRun('feq.s', RNE, [S_SNAN, S(1)], 0n, NV);
      expectRun('fmax.s', RNE, [S_SNAN, S(1)], S(1), NV);
    });
  });

  describe('sign injection, min/max, compare, classify', () => {
    it('injects signs as bit operations, keeping NaN payloads', () => {
      expectRun('fsgnj.d', RNE, [D(1), D(-2)], D(-1), 0);
      expectRun('fsgnjn.d', RNE, [D(1), D(-2)], D(1), 0);
      expectRun('fsgnjx.d', RNE, [D(-1), D(-2)], D(1), 0);
      expectRun('fsgnjn.d', RNE, [D_SNAN, D_SNAN], D_SNAN | NEG, 0); // fneg of an sNaN: no NV, payload kept
      expectRun('fsgnjx.d', RNE, [0xfff0000000000005n, 0xfff0000000000005n], 0x7ff0000000000005n, 0); // fabs
      expectRun('fsgnj.s', RNE, [S_SNAN, S(-1)], box(0xff800001n), 0);
      expectRun('fsgnjx.s', RNE, [S(-3), S(-1)], S(3), 0);
    });

    it('implements minimumNumber/maximumNumber with -0 < +0', () => {
      expectRun('fmin.d', RNE, [0n, D_NEG_ZERO], D_NEG_ZERO, 0);
      expectRun('fmin.d', RNE, [D_NEG_ZERO, 0n], D_NEG_ZERO, 0);
      expectRun('fmax.d', RNE, [D_NEG_ZERO, 0n], 0n, 0);
      expectRun('fmax.d', RNE, [0n, D_NEG_ZERO], 0n, 0);
      expectRun('fmin.d', RNE, [D_QNAN, D(2)], D(2), 0);
      expectRun('fmax.d', RNE, [D(2), D_SNAN], D(2), NV);
      expectRun('fmin.d', RNE, [D_SNAN, D_QNAN], D_QNAN, NV);
      expectRun('fmax.d', RNE, [0xfff8000000000001n, D_QNAN | 5n], D_QNAN, 0); // both NaN: canonical
      expectRun('fmin.d', RNE, [D_NINF, D(-1e300)], D_NINF, 0);
      expectRun('fmin.s', RNE, [S(0), S(-0)], S_NEG_ZERO, 0);
      expectRun('fmax.s', RNE, [S(-0), S(0)], S(0), 0);
      expectRun('fmax.s', RNE, [S_QNAN, S_QNAN], S_QNAN, 0);
      expectRun('fmin.s', RNE, [box(1n), box(2n)], box(1n), 0); // subnormals compare by value
    });

    it('compares quietly (FEQ) and signalingly (FLT, FLE)', () => {
      expectRun('feq.d', RNE, [0n, D_NEG_ZERO], 1n, 0);
      expectRun('fle.d', RNE, [D_NEG_ZERO, 0n], 1n, 0);
      expectRun('flt.d', RNE, [D_NEG_ZERO, 0n], 0n, 0);
      expectRun('feq.d', RNE, [D_QNAN, D(1)], 0n, 0);
      expectRun('feq.d', RNE, [D_SNAN, D(1)], 0n, NV);
      expectRun('flt.d', RNE, [D_QNAN, D(1)], 0n, NV);
      expectRun('fle.d', RNE, [D(1), D_QNAN], 0n, NV);
      expectRun('flt.d', RNE, [D(1), D(2)], 1n, 0);
      expectRun('fle.s', RNE, [S(2), S(2)], 1n, 0);
      expectRun('flt.s', RNE, [S(2), S(2)], 0n, 0);
      expectRun('feq.s', RNE, [S_QNAN, S_QNAN], 0n, 0);
    });

    it('classifies all ten classes', () => {
      const cases: [bigint, number][] = [
        [D_NINF, 0], [D(-1), 1], [1n | NEG, 2], [D_NEG_ZERO, 3], [0n, 4], [1n, 5], [D(1), 6], [D_INF, 7], [D_SNAN, 8], [D_QNAN, 9],
      ];
      for (const [v, bit] of cases) expectRun('fclass.d', RNE, [v], 1n << BigInt(bit), 0);
      const sCases: [bigint, number][] = [
        [S_NINF, 0], [S(-1), 1], [box(0x80000001n), 2], [S_NEG_ZERO, 3], [S(0), 4], [box(1n), 5], [S(1), 6], [S_INF, 7], [S_SNAN, 8], [S_QNAN, 9],
      ];
      for (const [v, bit] of sCases) expectRun('fclass.s', RNE, [v], 1n << BigInt(bit), 0);
    });
  });

  describe('conversions', () => {
    it('rounds to integers in each mode', () => {
      const tbl: [number, number[]][] = [
        // value, results for RNE, RTZ, RDN, RUP, RMM
        [2.5, [2, 2, 2, 3, 3]],
        [3.5, [4, 3, 3, 4, 4]],
        [-2.5, [-2, -2, -3, -2, -3]],
        [0.4, [0, 0, 0, 1, 0]],
        [-0.4, [0, 0, -1, 0, 0]],
        [1.6, [2, 1, 1, 2, 2]],
      ];
      for (const [v, want] of tbl) {
        ALL_RM.forEach((rm, i) => {
          expectRun('fcvt.w.d', rm, [D(v)], BigInt.asUintN(64, BigInt(want[i])), NX);
          expectRun('fcvt.l.s', rm, [S(v)], BigInt.asUintN(64, BigInt(want[i])), NX);
        });
      }
      expectRun('fcvt.w.d', RNE, [D(-7)], BigInt.asUintN(64, -7n), 0);
      expectRun('fcvt.wu.d', RTZ, [D(-0.9)], 0n, NX); // rounds to 0: valid
      expectRun('fcvt.wu.d', RNE, [D(-0.9)], 0n, NV); // rounds to -1: invalid
      expectRun('fcvt.lu.d', RNE, [D_NEG_ZERO], 0n, 0);
    });

    it('saturates per the spec table and sign-extends 32-bit results', () => {
      const maxW = 0x7fffffffn, minW = 0xffffffff80000000n;
      expectRun('fcvt.w.d', RNE, [D_QNAN], maxW, NV);
      expectRun('fcvt.w.d', RNE, [D_INF], maxW, NV);
      expectRun('fcvt.w.d', RNE, [D_NINF], minW, NV);
      expectRun('fcvt.w.d', RNE, [D(2 ** 31)], maxW, NV);
      expectRun('fcvt.w.d', RTZ, [D(2 ** 31 - 0.5)], maxW, NX);
      expectRun('fcvt.w.d', RNE, [D(2 ** 31 - 0.5)], maxW, NV); // rounds to 2^31 (even)
      expectRun('fcvt.w.d', RNE, [D(-(2 ** 31) - 0.5)], minW, NX);
      expectRun('fcvt.w.d', RMM, [D(-(2 ** 31) - 0.5)], minW, NV);
      expectRun('fcvt.wu.d', RNE, [D_QNAN], M64, NV);
      expectRun('fcvt.wu.d', RNE, [D(2 ** 32)], M64, NV);
      expectRun('fcvt.wu.d', RNE, [D(2 ** 32 - 1)], M64, 0); // 0xffffffff sign-extends
      expectRun('fcvt.wu.d', RNE, [D(2 ** 31)], 0xffffffff80000000n, 0);
      expectRun('fcvt.wu.d', RNE, [D_NINF], 0n, NV);
      expectRun('fcvt.wu.d', RNE, [D(-1)], 0n, NV);
      expectRun('fcvt.l.d', RNE, [D_QNAN], 0x7fffffffffffffffn, NV);
      expectRun('fcvt.l.d', RNE, [D(2 ** 63)], 0x7fffffffffffffffn, NV);
      expectRun('fcvt.l.d', RNE, [D(-(2 ** 63))], 1n << 63n, 0);
      expectRun('fcvt.l.d', RNE, [D_NINF], 1n << 63n, NV);
      expectRun('fcvt.lu.d', RNE, [D(2 ** 64)], M64, NV);
      expectRun('fcvt.lu.d', RNE, [D(2 ** 64 - 2048)], M64 - 2047n, 0);
      expectRun('fcvt.lu.d', RNE, [D(-1)], 0n, NV);
      expectRun('fcvt.lu.s', RNE, [S_QNAN], M64, NV);
      expectRun('fcvt.w.s', RNE, [S_NINF], minW, NV);
      expectRun('fcvt.wu.s', RNE, [S(3e9)], 0xffffffffb2d05e00n, 0);
    });

    it('rounds 64-bit integers to floating point exactly in every mode', () => {
      const v = (1n << 53n) + 1n; // a tie between 2^53 and 2^53 + 2
      expectRun('fcvt.d.l', RNE, [v], D(2 ** 53), NX);
      expectRun('fcvt.d.l', RMM, [v], D(2 ** 53 + 2), NX);
      expectRun('fcvt.d.l', RUP, [v], D(2 ** 53 + 2), NX);
      expectRun('fcvt.d.l', RDN, [BigInt.asUintN(64, -v)], D(-(2 ** 53 + 2)), NX);
      expectRun('fcvt.d.l', RTZ, [BigInt.asUintN(64, -v)], D(-(2 ** 53)), NX);
      expectRun('fcvt.d.lu', RNE, [M64], D(2 ** 64), NX);
      expectRun('fcvt.d.lu', RTZ, [M64], D(2 ** 64 - 2048), NX);
      expectRun('fcvt.d.l', RNE, [M64], D(-1), 0);
      expectRun('fcvt.d.w', RNE, [0xffffffff80000000n], D(-(2 ** 31)), 0);
      expectRun('fcvt.d.w', RNE, [0x00000001ffffffffn], D(-1), 0); // only the low 32 bits count
      expectRun('fcvt.d.wu', RNE, [0xffffffffffffffffn], D(2 ** 32 - 1), 0);
      // binary32: 2^24 + 1 ties; and a 64-bit value whose binary64 rounding lands on a binary32 midpoint
      expectRun('fcvt.s.w', RNE, [(1n << 24n) + 1n], S(2 ** 24), NX);
      expectRun('fcvt.s.w', RMM, [(1n << 24n) + 1n], S(2 ** 24 + 2), NX);
      const w = (1n << 63n) + (1n << 39n) + 1n; // 2^63 + 2^39 + 1: just above a binary32 midpoint
      expectRun('fcvt.s.lu', RNE, [w], S(2 ** 63 + 2 ** 40), NX);
      expectRun('fcvt.s.lu', RNE, [(1n << 63n) + (1n << 39n)], S(2 ** 63), NX); // exact tie: even
      expectRun('fcvt.s.lu', RTZ, [M64], box(0x5f7fffffn), NX); // (2^24 - 1) * 2^40
      expectRun('fcvt.s.l', RDN, [M64], S(-1), 0);
    });

    it('converts between binary32 and binary64', () => {
      expectRun('fcvt.s.d', RNE, [D(1 / 3)], S(Math.fround(1 / 3)), NX);
      expectRun('fcvt.s.d', RTZ, [D(1 / 3)], S(Math.fround(1 / 3)) - 1n, NX);
      expectRun('fcvt.s.d', RNE, [D(1e300)], S_INF, OF | NX);
      expectRun('fcvt.s.d', RTZ, [D(1e300)], S_MAX, OF | NX);
      expectRun('fcvt.s.d', RNE, [1n], S(0), UF | NX);
      expectRun('fcvt.s.d', RUP, [1n], box(1n), UF | NX);
      expectRun('fcvt.s.d', RDN, [1n | NEG], box(0x80000001n), UF | NX);
      expectRun('fcvt.s.d', RNE, [D_SNAN], S_QNAN, NV);
      expectRun('fcvt.s.d', RNE, [0xfff8000000000123n], S_QNAN, 0);
      expectRun('fcvt.s.d', RNE, [D_NINF], S_NINF, 0);
      expectRun('fcvt.s.d', RNE, [D_NEG_ZERO], S_NEG_ZERO, 0);
      expectRun('fcvt.d.s', RNE, [box(1n)], D(2 ** -149), 0);
      expectRun('fcvt.d.s', RNE, [S(-1.5)], D(-1.5), 0);
      expectRun('fcvt.d.s', RNE, [S_NINF], D_NINF, 0);
    });

    it('moves bit patterns, NaN-boxing FMV.W.X', () => {
      expectRun('fmv.w.x', RNE, [0x123456787f800001n], box(0x7f800001n), 0);
      expectRun('fmv.x.w', RNE, [box(0x80000000n)], 0xffffffff80000000n, 0);
      expectRun('fmv.x.w', RNE, [box(0x7fffffffn)], 0x7fffffffn, 0);
      expectRun('fmv.d.x', RNE, [0x7ff0000000000001n], 0x7ff0000000000001n, 0); // sNaN pattern kept
      expectRun('fmv.x.d', RNE, [0xfff8000000000abcn], 0xfff8000000000abcn, 0);
    });
  });

  describe('NaN results are canonical', () => {
    it('never propagates payloads or host NaN signs', () => {
      expectRun('fadd.d', RNE, [0xfff8000000000abcn, D(1)], D_QNAN, 0);
      expectRun('fmul.d', RNE, [D(1), 0x7ff0000000000abcn], D_QNAN, NV);
      expectRun('fsub.d', RNE, [D_INF, D_INF], D_QNAN, NV);
      expectRun('fmul.d', RNE, [D_INF, 0n], D_QNAN, NV);
      expectRun('fadd.s', RNE, [box(0xffc00abcn), S(1)], S_QNAN, 0);
      expectRun('fmul.s', RNE, [S_INF, S(0)], S_QNAN, NV);
      expectRun('fsqrt.s', RNE, [S(-4)], S_QNAN, NV);
      expectRun('fdiv.s', RNE, [S(0), S(0)], S_QNAN, NV);
      expectRun('fdiv.s', RNE, [S(1), S(0)], S_INF, DZ);
    });
  });

  describe('QEMU reference vectors', () => {
    it('match bit for bit, with frm as the rounding mode (rm = DYN) and with a static rm', () => {
      const lines = QEMU_VECTORS.trim().split('\n');
      expect(lines.length).to.be.greaterThan(500);
      let checked = 0;
      for (const line of lines) {
        const [name, rmS, aS, bS, cS, resS, flagsS] = line.split(' ');
        const rm = Number(rmS);
        const [a, b, c] = [aS, bS, cS].map((s) => BigInt('0x' + s));
        for (const dynamic of [true, false]) {
          const got = run(name, rm, a, b, c, dynamic);
          const what = `${line} (${dynamic ? 'dyn' : 'static'})`;
          expect(hex(got.res), what).to.equal(resS);
          expect(got.flags.toString(16).padStart(2, '0'), what).to.equal(flagsS);
        }
        checked++;
      }
      expect(checked).to.equal(lines.length);
    });
  });

  describe('randomized comparison with an exact rational oracle', () => {
    const arithOps = ['fadd', 'fsub', 'fmul', 'fdiv', 'fsqrt', 'fmadd', 'fmsub', 'fnmsub', 'fnmadd'];
    for (const prec of ['s', 'd'] as const) {
      for (const base of arithOps) {
        const name = `${base}.${prec}`;
        it(`${name} matches in all rounding modes`, () => {
          const rng = new Rng(0x5eed + name.length * 977 + name.charCodeAt(1) * 31 + (prec === 'd' ? 7 : 0));
          const F = prec === 's' ? FMT_S : FMT_D;
          const n = 5000;
          for (let i = 0; i < n; i++) {
            const a = randomReg(rng, prec);
            let b = rng.chance(0.4) ? relatedReg(rng, a, prec) : randomReg(rng, prec);
            let c = randomReg(rng, prec);
            if (base.startsWith('fm') || base.startsWith('fn')) {
              if (base !== 'fmul' && rng.chance(0.5)) {
                // c near -(a*b), or a tiny c: cancellation and near-ties
                const prod = run(`fmul.${prec}`, rng.int(5), a, b);
                c = rng.chance(0.5) ? prod.res ^ signBit(F, true) : prod.res;
                if (rng.chance(0.5)) c = (c & ~0xfn) | BigInt(rng.int(16));
                if (base === 'fmsub' || base === 'fnmadd') c ^= signBit(F, true);
              }
            }
            if (base === 'fdiv' && rng.chance(0.3)) {
              // exact or nearly exact quotients
              const prod = run(`fmul.${prec}`, rng.int(5), a, b);
              for (const rm of ALL_RM) check(name, rm, prod.res, b, c);
              continue;
            }
            for (const rm of ALL_RM) check(name, rm, a, b, c);
          }
        });
      }
    }

    function check(name: string, rm: number, a: bigint, b: bigint, c: bigint): void {
      const want = oracle(name, rm, a, b, c);
      const got = run(name, rm, a, b, c);
      if (got.res !== want.res || got.flags !== want.flags) {
        expect.fail(`${name} rm=${rm} a=${hex(a)} b=${hex(b)} c=${hex(c)}: got ${hex(got.res)}/${got.flags}, oracle ${hex(want.res)}/${want.flags}`);
      }
    }

    it('integer conversions match in all rounding modes', () => {
      const rng = new Rng(0xc0417);
      for (let i = 0; i < 3000; i++) {
        const prec = rng.chance(0.5) ? 's' : 'd';
        const F = prec === 's' ? FMT_S : FMT_D;
        const kind = rng.int(4);
        const it = ['w', 'wu', 'l', 'lu'][kind];
        // float -> int: values around integer-range boundaries and halfway points
        let reg = randomReg(rng, prec);
        if (rng.chance(0.6)) {
          const mag = [0, 1, 2, 30, 31, 32, 52, 62, 63, 64][rng.int(10)];
          let x = 2 ** mag + (rng.int(9) - 4) * [0.25, 0.5, 1, 2 ** (mag - 23), 2 ** (mag - 52)][rng.int(5)];
          if (rng.chance(0.4)) x = -x;
          reg = prec === 's' ? S(Math.fround(x)) : D(x);
        }
        const rm = rng.int(5);
        const got = run(`fcvt.${it}.${prec}`, rm, reg);
        const want = oracleToInt(operand(reg, prec), kind, rm);
        expect(`${hex(got.res)}/${got.flags}`, `fcvt.${it}.${prec} rm=${rm} ${hex(reg)}`).to.equal(`${hex(want.bits)}/${want.flags}`);
        // int -> float
        let x = rng.next64();
        const keep = rng.int(64);
        if (rng.chance(0.5)) x = (x >> BigInt(keep)) << BigInt(keep);
        if (rng.chance(0.3)) x |= 1n;
        const got2 = run(`fcvt.${prec}.${it}`, rm, x);
        const r = oracleFromInt(x, kind, F, rm);
        const want2 = prec === 's' ? box(r.bits) : r.bits;
        expect(`${hex(got2.res)}/${got2.flags}`, `fcvt.${prec}.${it} rm=${rm} ${hex(x)}`).to.equal(`${hex(want2)}/${r.flags}`);
      }
    });

    it('fcvt.s.d matches in all rounding modes', () => {
      const rng = new Rng(0xd25);
      for (let i = 0; i < 3000; i++) {
        let reg = randomReg(rng, 'd');
        if (rng.chance(0.5)) {
          // binary64 values near the binary32 range limits and midpoints
          const e = [-150, -149, -127, -126, -125, 0, 126, 127, 128][rng.int(9)];
          reg = (BigInt(e + 1023) << 52n) | (rng.next64() & ((1n << 52n) - 1n) & ~((1n << BigInt(rng.int(40))) - 1n));
          if (rng.chance(0.5)) reg |= NEG;
        }
        const rm = rng.int(5);
        const got = run('fcvt.s.d', rm, reg);
        const v = operand(reg, 'd');
        let want: Rounded;
        if (v.cls === 'nan') want = nanResult(FMT_S, v.snan);
        else if (v.cls === 'inf') want = { bits: infBits(FMT_S, v.neg), flags: 0 };
        else if (v.m === 0n) want = { bits: zeroBits(FMT_S, v.neg), flags: 0 };
        else want = roundScaled(v.neg, v.m, v.e, FMT_S, rm);
        expect(`${hex(got.res)}/${got.flags}`, `fcvt.s.d rm=${rm} ${hex(reg)}`).to.equal(`${hex(box(want.bits))}/${want.flags}`);
      }
    });
  });
});
