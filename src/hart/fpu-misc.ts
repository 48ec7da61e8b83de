/**
 * Non-arithmetic FP instructions: sign injection, min/max, comparisons, classify and the
 * bit-pattern moves between integer and FP registers. None of them round.
 */
import type { FpHost } from './fp-host.js';
import { NV, classifyD, classifyS } from './fpu-bits.js';
import { bitsS, commit, isSNaND, isSNaNS, raiseOnly, readS, writeNaND, writeNaNS, writeSBits, writeX } from './fpu-regs.js';

/** Sign bit (as bit 31 of the result) chosen by FSGNJ (f3 = 0), FSGNJN (1) or FSGNJX (2). */
function injectedSign(f3: number, sign1: number, sign2: number): number {
  if (f3 === 0) return sign2;
  if (f3 === 1) return ~sign2;
  return sign1 ^ sign2;
}

/** FSGNJ[N|X].D: pure bit operations on the high words (NaN payloads pass through). */
export function fsgnjD(h: FpHost, rd: number, rs1: number, rs2: number, f3: number): void {
  const hi1 = h.fw[2 * rs1 + 1];
  const lo1 = h.fw[2 * rs1];
  const hi2 = h.fw[2 * rs2 + 1];
  h.fw[2 * rd] = lo1;
  h.fw[2 * rd + 1] = (hi1 & 0x7fffffff) | (injectedSign(f3, hi1, hi2) & 0x80000000);
  commit(h, 0);
}

/** FSGNJ[N|X].S on the NaN-box-checked patterns (an unboxed input counts as the canonical NaN). */
export function fsgnjS(h: FpHost, rd: number, rs1: number, rs2: number, f3: number): void {
  const b1 = bitsS(h, rs1);
  const b2 = bitsS(h, rs2);
  writeSBits(h, rd, (b1 & 0x7fffffff) | (injectedSign(f3, b1, b2) & 0x80000000));
  commit(h, 0);
}

/**
 * Whether FMIN/FMAX picks its first operand among two non-NaN values: -0 is below +0
 * (spec: "FMIN.S and FMAX.S ... -0.0 is considered to be less than +0.0").
 */
function picksFirst(a: number, b: number, aNegative: boolean, isMax: boolean): boolean {
  if (a === b) return aNegative !== isMax;
  return isMax ? a > b : a < b;
}

/** FMIN.D / FMAX.D: IEEE 754-2019 minimumNumber/maximumNumber; NV only for sNaN inputs. */
export function fminmaxD(h: FpHost, rd: number, rs1: number, rs2: number, isMax: boolean): void {
  const a = h.f[rs1];
  const b = h.f[rs2];
  if (a !== a || b !== b) {
    const flags = isSNaND(h, rs1) || isSNaND(h, rs2) ? NV : 0;
    if (a !== a && b !== b) writeNaND(h, rd);
    else h.f[rd] = a !== a ? b : a;
    commit(h, flags);
    return;
  }
  h.f[rd] = picksFirst(a, b, h.fw[2 * rs1 + 1] < 0, isMax) ? a : b;
  commit(h, 0);
}

/** FMIN.S / FMAX.S */
export function fminmaxS(h: FpHost, rd: number, rs1: number, rs2: number, isMax: boolean): void {
  const a = readS(h, rs1);
  const b = readS(h, rs2);
  const bitsA = bitsS(h, rs1);
  const bitsB = bitsS(h, rs2);
  if (a !== a || b !== b) {
    const flags = isSNaNS(h, rs1) || isSNaNS(h, rs2) ? NV : 0;
    if (a !== a && b !== b) writeNaNS(h, rd);
    else writeSBits(h, rd, a !== a ? bitsB : bitsA);
    commit(h, flags);
    return;
  }
  writeSBits(h, rd, picksFirst(a, b, bitsA < 0, isMax) ? bitsA : bitsB);
  commit(h, 0);
}

/**
 * FEQ (f3 = 2), FLT (1), FLE (0) on two values: FEQ is a quiet comparison (NV only for
 * sNaN), FLT/FLE are signaling (NV for any NaN). The result is 0 if either is NaN.
 */
function compare(h: FpHost, rd: number, a: number, b: number, f3: number, anySNaN: boolean): void {
  let result: boolean;
  let flags = 0;
  if (a !== a || b !== b) {
    result = false;
    if (f3 !== 2 || anySNaN) flags = NV;
  } else {
    result = f3 === 2 ? a === b : f3 === 1 ? a < b : a <= b;
  }
  writeX(h, rd, result ? 1 : 0, 0);
  raiseOnly(h, flags);
}

export function fcmpD(h: FpHost, rd: number, rs1: number, rs2: number, f3: number): void {
  const a = h.f[rs1];
  const b = h.f[rs2];
  const nan = a !== a || b !== b;
  compare(h, rd, a, b, f3, nan && (isSNaND(h, rs1) || isSNaND(h, rs2)));
}

export function fcmpS(h: FpHost, rd: number, rs1: number, rs2: number, f3: number): void {
  const a = readS(h, rs1);
  const b = readS(h, rs2);
  const nan = a !== a || b !== b;
  compare(h, rd, a, b, f3, nan && (isSNaNS(h, rs1) || isSNaNS(h, rs2)));
}

export function fclassD(h: FpHost, rd: number, rs1: number): void {
  writeX(h, rd, classifyD(h.fw[2 * rs1 + 1], h.fw[2 * rs1]), 0);
}

export function fclassS(h: FpHost, rd: number, rs1: number): void {
  writeX(h, rd, classifyS(bitsS(h, rs1)), 0);
}

/** FMV.X.W: the low 32 bits, sign-extended, whatever the NaN boxing. */
export function fmvXW(h: FpHost, rd: number, rs1: number): void {
  const lo = h.fw[2 * rs1];
  writeX(h, rd, lo, lo >> 31);
}

export function fmvXD(h: FpHost, rd: number, rs1: number): void {
  writeX(h, rd, h.fw[2 * rs1], h.fw[2 * rs1 + 1]);
}

/** FMV.W.X: NaN-boxes the low 32 bits of x[rs1]. */
export function fmvWX(h: FpHost, rd: number, rs1: number): void {
  writeSBits(h, rd, h.x[2 * rs1]);
  commit(h, 0);
}

export function fmvDX(h: FpHost, rd: number, rs1: number): void {
  h.fw[2 * rd] = h.x[2 * rs1];
  h.fw[2 * rd + 1] = h.x[2 * rs1 + 1];
  commit(h, 0);
}
