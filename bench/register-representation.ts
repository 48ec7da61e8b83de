/**
 * How should a hart hold 64-bit registers? Runs the same mix of 64-bit ALU work (add with
 * carry, xor, shifts, compare) over a 32-entry register file in three representations:
 *   - int32 (lo, hi) pairs in one Int32Array (what src/hart uses),
 *   - a BigUint64Array register file operated on with BigInt arithmetic,
 *   - BigInt values in a plain array.
 * Reports nanoseconds per operation; the figures decided the hart's representation.
 */
import { Bench } from 'tinybench';
import { progress } from './progress.js';

const OPS = 100_000;
const TWO32 = 4294967296;

function pairsLoop(x: Int32Array): number {
  for (let i = 0; i < OPS; i++) {
    const a = (i & 15) + 1, b = ((i >> 4) & 15) + 1, d = ((i >> 8) & 15) + 16;
    const al = x[2 * a], ah = x[2 * a + 1], bl = x[2 * b], bh = x[2 * b + 1];
    let lo: number, hi: number;
    switch (i & 3) {
      case 0: { const s = (al >>> 0) + (bl >>> 0); lo = s | 0; hi = (ah + bh + (s >= TWO32 ? 1 : 0)) | 0; break; }
      case 1: lo = al ^ bl; hi = ah ^ bh; break;
      case 2: { const sh = bl & 31; lo = al << sh; hi = sh === 0 ? ah : (ah << sh) | (al >>> (32 - sh)); break; }
      default: lo = (ah < bh || (ah === bh && (al >>> 0) < (bl >>> 0))) ? 1 : 0; hi = 0; break;
    }
    x[2 * d] = lo; x[2 * d + 1] = hi;
  }
  return x[32];
}

const MASK64 = (1n << 64n) - 1n;
function bigArrayLoop(x: BigUint64Array): bigint {
  for (let i = 0; i < OPS; i++) {
    const a = (i & 15) + 1, b = ((i >> 4) & 15) + 1, d = ((i >> 8) & 15) + 16;
    const av = x[a], bv = x[b];
    switch (i & 3) {
      case 0: x[d] = av + bv; break; // the typed array wraps modulo 2^64
      case 1: x[d] = av ^ bv; break;
      case 2: x[d] = (av << (bv & 31n)) & MASK64; break;
      default: x[d] = BigInt.asIntN(64, av) < BigInt.asIntN(64, bv) ? 1n : 0n; break;
    }
  }
  return x[16];
}

function bigPlainLoop(x: bigint[]): bigint {
  for (let i = 0; i < OPS; i++) {
    const a = (i & 15) + 1, b = ((i >> 4) & 15) + 1, d = ((i >> 8) & 15) + 16;
    const av = x[a], bv = x[b];
    switch (i & 3) {
      case 0: x[d] = BigInt.asUintN(64, av + bv); break;
      case 1: x[d] = av ^ bv; break;
      case 2: x[d] = BigInt.asUintN(64, av << (bv & 31n)); break;
      default: x[d] = BigInt.asIntN(64, av) < BigInt.asIntN(64, bv) ? 1n : 0n; break;
    }
  }
  return x[16];
}

export async function registerRepresentation(): Promise<{ name: string; nsPerOp: number }[]> {
  const pairs = new Int32Array(64).map((_, i) => i * 0x1234567);
  const bigArr = new BigUint64Array(32).map((_, i) => BigInt(i) * 0x123456789abn);
  const bigPlain = Array.from({ length: 32 }, (_, i) => BigInt(i) * 0x123456789abn);
  const bench = new Bench({ time: 500, warmupTime: 200 });
  bench
    .add('int32 lo/hi pairs (Int32Array)', () => { pairsLoop(pairs); })
    .add('BigUint64Array + BigInt ops', () => { bigArrayLoop(bigArr); })
    .add('BigInt values in a plain array', () => { bigPlainLoop(bigPlain); });
  const step = progress('registers', bench.tasks.length);
  bench.addEventListener('cycle', (e) => step(`measured: ${(e as Event & { task?: { name: string } }).task?.name ?? 'one representation'}`));
  await bench.run();
  return bench.tasks.map((t) => ({ name: t.name, nsPerOp: (t.result as { latency: { mean: number } }).latency.mean * 1e6 / OPS }));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const r of await registerRepresentation()) console.log(`${r.name.padEnd(34)} ${r.nsPerOp.toFixed(2)} ns/op`);
}
