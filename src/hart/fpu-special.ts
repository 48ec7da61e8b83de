/**
 * Fused multiply-add with a NaN or infinite operand, shared by the S and D paths.
 */
import { NV } from './fpu-bits.js';

/** Flags raised by the last fmaSpecial call. */
export let specialFlags = 0;

function isInf(x: number): boolean {
  return x === Infinity || x === -Infinity;
}

/**
 * a*b + c when at least one operand is NaN or infinite. Returns NaN (the caller writes the
 * canonical NaN) or ±Infinity. RISC-V raises NV for inf*0 even when c is a quiet NaN
 * (spec: F extension, "Single-Precision Floating-Point Computational Instructions").
 */
export function fmaSpecial(a: number, b: number, c: number, anySNaN: boolean): number {
  const infTimesZero = (isInf(a) && b === 0) || (a === 0 && isInf(b));
  if (a !== a || b !== b || c !== c) {
    specialFlags = anySNaN || infTimesZero ? NV : 0;
    return NaN;
  }
  if (infTimesZero) {
    specialFlags = NV;
    return NaN;
  }
  specialFlags = 0;
  if (isInf(a) || isInf(b)) {
    const productNeg = (a < 0) !== (b < 0);
    if (isInf(c) && (c < 0) !== productNeg) {
      specialFlags = NV; // inf - inf
      return NaN;
    }
    return productNeg ? -Infinity : Infinity;
  }
  return c; // finite product plus an infinite addend
}
