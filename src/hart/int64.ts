/**
 * 64-bit integer arithmetic on (lo, hi) int32 pairs, the hart's register representation.
 * Results go to the module-level `r` scratch (r[0] = lo, r[1] = hi) so nothing allocates.
 * Everything here is exact: products are assembled from 16-bit limbs so every partial
 * sum stays below 2^53.
 */
export const r = new Int32Array(2);

export const TWO32 = 4294967296;

/** Unsigned 32x32 -> 64 product of a and b (both taken as uint32) into r. */
export function mulu32(a: number, b: number): void {
  const a0 = a & 0xffff, a1 = a >>> 16;
  const b0 = b & 0xffff, b1 = b >>> 16;
  const mid = a0 * b1 + a1 * b0; // < 2^33
  const low = a0 * b0 + (mid % 65536) * 65536; // < 2^33
  const carry = Math.floor(low / TWO32);
  r[0] = low % TWO32;
  r[1] = a1 * b1 + Math.floor(mid / 65536) + carry;
}

/** Low 64 bits of a 64x64 product. */
export function mul64(al: number, ah: number, bl: number, bh: number): void {
  mulu32(al, bl);
  const lo = r[0], hi = r[1];
  const cross = (Math.imul(ah, bl) + Math.imul(al, bh)) | 0;
  r[0] = lo;
  r[1] = (hi + cross) | 0;
}

/** High 64 bits of the unsigned 128-bit product. */
export function mulhu64(al: number, ah: number, bl: number, bh: number): void {
  mulu32(al, bl);
  const p0h = r[1] >>> 0;
  mulu32(al, bh);
  const p1l = r[0] >>> 0, p1h = r[1] >>> 0;
  mulu32(ah, bl);
  const p2l = r[0] >>> 0, p2h = r[1] >>> 0;
  mulu32(ah, bh);
  const p3l = r[0] >>> 0, p3h = r[1] >>> 0;
  const t1 = p0h + p1l + p2l;
  const c1 = Math.floor(t1 / TWO32);
  const t2 = p1h + p2h + p3l + c1;
  const c2 = Math.floor(t2 / TWO32);
  r[0] = t2 % TWO32;
  r[1] = p3h + c2;
}

/** Subtract (bl, bh) from r in place (mod 2^64). */
function subFromR(bl: number, bh: number): void {
  const lo = r[0] >>> 0, blu = bl >>> 0;
  const borrow = lo < blu ? 1 : 0;
  r[0] = lo - blu;
  r[1] = (r[1] - bh - borrow) | 0;
}

/** High 64 bits of the signed x signed product (MULH). */
export function mulh64(al: number, ah: number, bl: number, bh: number): void {
  mulhu64(al, ah, bl, bh);
  if (ah < 0) subFromR(bl, bh);
  if (bh < 0) subFromR(al, ah);
}

/** High 64 bits of the signed x unsigned product (MULHSU). */
export function mulhsu64(al: number, ah: number, bl: number, bh: number): void {
  mulhu64(al, ah, bl, bh);
  if (ah < 0) subFromR(bl, bh);
}

function toBigS(lo: number, hi: number): bigint {
  return (BigInt(hi) << 32n) | BigInt(lo >>> 0);
}
function toBigU(lo: number, hi: number): bigint {
  return (BigInt(hi >>> 0) << 32n) | BigInt(lo >>> 0);
}
function fromBig(v: bigint): void {
  r[0] = Number(BigInt.asIntN(32, v));
  r[1] = Number(BigInt.asIntN(32, v >> 32n));
}
function setR(lo: number, hi: number): void {
  r[0] = lo;
  r[1] = hi;
}
/** Writes a signed Number of magnitude < 2^53 into r as a 64-bit value. */
function setRFromNumber(v: number): void {
  const hi = Math.floor(v / TWO32);
  r[0] = v - hi * TWO32;
  r[1] = hi;
}

/** True when the signed value fits comfortably in a double (|v| < 2^52). */
function smallSigned(hi: number): boolean {
  return hi >= -0x100000 && hi < 0x100000;
}
function smallUnsigned(hi: number): boolean {
  return hi >= 0 && hi < 0x100000;
}

/**
 * Signed 64-bit division per the M extension: x/0 = -1, MIN/-1 = MIN (no trap).
 * Small operands go through doubles; the rest through BigInt, which is rare.
 */
export function div64(al: number, ah: number, bl: number, bh: number): void {
  if ((bl | bh) === 0) return setR(-1, -1);
  if (smallSigned(ah) && smallSigned(bh)) {
    const a = ah * TWO32 + (al >>> 0), b = bh * TWO32 + (bl >>> 0);
    return setRFromNumber(Math.trunc(a / b));
  }
  if (ah === -0x80000000 && al === 0 && bl === -1 && bh === -1) return setR(0, -0x80000000);
  fromBig(toBigS(al, ah) / toBigS(bl, bh));
}

export function divu64(al: number, ah: number, bl: number, bh: number): void {
  if ((bl | bh) === 0) return setR(-1, -1);
  if (smallUnsigned(ah) && smallUnsigned(bh)) {
    const a = ah * TWO32 + (al >>> 0), b = bh * TWO32 + (bl >>> 0);
    return setRFromNumber(Math.floor(a / b));
  }
  fromBig(toBigU(al, ah) / toBigU(bl, bh));
}

export function rem64(al: number, ah: number, bl: number, bh: number): void {
  if ((bl | bh) === 0) return setR(al, ah);
  if (smallSigned(ah) && smallSigned(bh)) {
    const a = ah * TWO32 + (al >>> 0), b = bh * TWO32 + (bl >>> 0);
    const m = a % b; // exact for integers, sign follows the dividend as RISC-V requires
    return setRFromNumber(m === 0 ? 0 : m);
  }
  if (ah === -0x80000000 && al === 0 && bl === -1 && bh === -1) return setR(0, 0);
  fromBig(toBigS(al, ah) % toBigS(bl, bh));
}

export function remu64(al: number, ah: number, bl: number, bh: number): void {
  if ((bl | bh) === 0) return setR(al, ah);
  if (smallUnsigned(ah) && smallUnsigned(bh)) {
    const a = ah * TWO32 + (al >>> 0), b = bh * TWO32 + (bl >>> 0);
    return setRFromNumber(a % b);
  }
  fromBig(toBigU(al, ah) % toBigU(bl, bh));
}

/** Carry-less multiply of two 64-bit values; r gets the low half, `clHigh` the high half. */
export const clHigh = new Int32Array(2);
export function clmul64(al: number, ah: number, bl: number, bh: number): void {
  let rl = 0, rh = 0, ql = 0, qh = 0; // result low 64 (rl,rh), high 64 (ql,qh)
  for (let i = 0; i < 64; i++) {
    const bit = i < 32 ? (bl >>> i) & 1 : (bh >>> (i - 32)) & 1;
    if (bit === 0) continue;
    // (a << i) as a 128-bit value split into four words
    let w0: number, w1: number, w2: number, w3: number;
    if (i === 0) { w0 = al; w1 = ah; w2 = 0; w3 = 0; }
    else if (i < 32) { w0 = al << i; w1 = (ah << i) | (al >>> (32 - i)); w2 = ah >>> (32 - i); w3 = 0; }
    else if (i === 32) { w0 = 0; w1 = al; w2 = ah; w3 = 0; }
    else { const s = i - 32; w0 = 0; w1 = al << s; w2 = (ah << s) | (al >>> (32 - s)); w3 = ah >>> (32 - s); }
    rl ^= w0; rh ^= w1; ql ^= w2; qh ^= w3;
  }
  r[0] = rl; r[1] = rh;
  clHigh[0] = ql; clHigh[1] = qh;
}

/** Shifts: amounts 0..63. */
export function sll64(lo: number, hi: number, s: number): void {
  if (s === 0) return setR(lo, hi);
  if (s < 32) return setR(lo << s, (hi << s) | (lo >>> (32 - s)));
  return setR(0, lo << (s - 32));
}
export function srl64(lo: number, hi: number, s: number): void {
  if (s === 0) return setR(lo, hi);
  if (s < 32) return setR((lo >>> s) | (hi << (32 - s)), hi >>> s);
  return setR(hi >>> (s - 32), 0);
}
export function sra64(lo: number, hi: number, s: number): void {
  if (s === 0) return setR(lo, hi);
  if (s < 32) return setR((lo >>> s) | (hi << (32 - s)), hi >> s);
  return setR(hi >> (s - 32), hi >> 31);
}

/** Unsigned compare: -1, 0, 1. */
export function cmpu64(al: number, ah: number, bl: number, bh: number): number {
  if (ah !== bh) return (ah >>> 0) < (bh >>> 0) ? -1 : 1;
  if (al !== bl) return (al >>> 0) < (bl >>> 0) ? -1 : 1;
  return 0;
}
export function cmps64(al: number, ah: number, bl: number, bh: number): number {
  if (ah !== bh) return ah < bh ? -1 : 1;
  if (al !== bl) return (al >>> 0) < (bl >>> 0) ? -1 : 1;
  return 0;
}

export function clz32(v: number): number {
  return Math.clz32(v);
}
export function ctz32(v: number): number {
  return v === 0 ? 32 : 31 - Math.clz32(v & -v);
}
export function popcnt32(v: number): number {
  v = v - ((v >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  v = (v + (v >>> 4)) & 0x0f0f0f0f;
  return Math.imul(v, 0x01010101) >>> 24;
}

/** 64-bit addition into r. */
export function add64(al: number, ah: number, bl: number, bh: number): void {
  const s = (al >>> 0) + (bl >>> 0);
  r[0] = s | 0;
  r[1] = (ah + bh + (s >= TWO32 ? 1 : 0)) | 0;
}

/** r = first ? a : b. */
export function pick(first: boolean, al: number, ah: number, bl: number, bh: number): void {
  r[0] = first ? al : bl;
  r[1] = first ? ah : bh;
}
