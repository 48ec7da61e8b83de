/**
 * What the floating-point unit sees of a hart. The FPU (src/hart/fpu.ts) executes the
 * OP-FP and fused multiply-add major opcodes against this view; the hart core owns the
 * loads, stores and the mstatus.FS gate.
 */
export interface FpHost {
  /** Integer registers: x[2*r] is the low 32 bits of xr, x[2*r+1] the high 32 bits. Never write r = 0. */
  readonly x: Int32Array;
  /** FP registers as binary64 values. */
  readonly f: Float64Array;
  /** The same buffer as `f`: fw[2*r] is the low word, fw[2*r+1] the high word (NaN boxing of binary32). */
  readonly fw: Int32Array;
  /** Accrued exception flags (fflags: NX=1, UF=2, OF=4, DZ=8, NV=16). */
  fflags: number;
  /** Dynamic rounding mode (frm). */
  frm: number;
  /** Called whenever an instruction writes an FP register or fflags (sets mstatus.FS = Dirty). */
  markFsDirty(): void;
}
