/**
 * The arithmetic of the A extension's AMOs, shared by the hart (on RAM, with host atomics)
 * and the coordinator (on device registers, which it serves one request at a time).
 */
import { r, add64, pick, cmps64, cmpu64 } from './int64.js';

/** funct5 values of the AMO operations other than LR/SC. */
export const AMO_OPS: boolean[] = [];
for (const f of [0x00, 0x01, 0x04, 0x08, 0x0c, 0x10, 0x14, 0x18, 0x1c]) AMO_OPS[f] = true;

/** The new memory word for a 32-bit AMO. */
export function amoCombine32(f5: number, old: number, v: number): number {
  switch (f5) {
    case 0x01: return v;
    case 0x00: return (old + v) | 0;
    case 0x04: return old ^ v;
    case 0x0c: return old & v;
    case 0x08: return old | v;
    case 0x10: return old < v ? old : v;
    case 0x14: return old > v ? old : v;
    case 0x18: return (old >>> 0) < (v >>> 0) ? old : v;
    default: return (old >>> 0) > (v >>> 0) ? old : v;
  }
}

/** A 32-bit AMO on shared RAM; returns the old word. */
export function amo32(m: Int32Array, w: number, f5: number, v: number): number {
  switch (f5) {
    case 0x01: return Atomics.exchange(m, w, v);
    case 0x00: return Atomics.add(m, w, v);
    case 0x04: return Atomics.xor(m, w, v);
    case 0x0c: return Atomics.and(m, w, v);
    case 0x08: return Atomics.or(m, w, v);
  }
  for (;;) {
    const old = Atomics.load(m, w);
    if (Atomics.compareExchange(m, w, old, amoCombine32(f5, old, v)) === old) return old;
  }
}

/** The new memory doubleword for a 64-bit AMO, into r. */
export function amoCombine64(f5: number, ol: number, oh: number, bl: number, bh: number): void {
  switch (f5) {
    case 0x01: r[0] = bl; r[1] = bh; return;
    case 0x00: add64(ol, oh, bl, bh); return;
    case 0x04: r[0] = ol ^ bl; r[1] = oh ^ bh; return;
    case 0x0c: r[0] = ol & bl; r[1] = oh & bh; return;
    case 0x08: r[0] = ol | bl; r[1] = oh | bh; return;
    case 0x10: pick(cmps64(ol, oh, bl, bh) < 0, ol, oh, bl, bh); return;
    case 0x14: pick(cmps64(ol, oh, bl, bh) > 0, ol, oh, bl, bh); return;
    case 0x18: pick(cmpu64(ol, oh, bl, bh) < 0, ol, oh, bl, bh); return;
    default: pick(cmpu64(ol, oh, bl, bh) > 0, ol, oh, bl, bh); return;
  }
}

/** 64-bit AMO by compare-and-swap on the BigInt64 view; the old value lands in r. */
export function amo64(m: BigInt64Array, i: number, f5: number, bl: number, bh: number): void {
  for (;;) {
    const old = Atomics.load(m, i);
    const ol = Number(BigInt.asIntN(32, old)), oh = Number(old >> 32n);
    amoCombine64(f5, ol, oh, bl, bh);
    const nv = (BigInt(r[1]) << 32n) | BigInt(r[0] >>> 0);
    if (Atomics.compareExchange(m, i, old, nv) === old) {
      r[0] = ol;
      r[1] = oh;
      return;
    }
  }
}

/**
 * A device-register AMO: the old value (lo, hi) and the new one to write, into r and the
 * returned pair's second half. Used by the coordinator, which reads, combines and writes.
 */
export function amoDeviceResult(f5: number, size: 4 | 8, oldLo: number, oldHi: number, bl: number, bh: number): void {
  if (size === 4) {
    r[0] = amoCombine32(f5, oldLo, bl);
    r[1] = 0;
  } else {
    amoCombine64(f5, oldLo, oldHi, bl, bh);
  }
}
