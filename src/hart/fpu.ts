/**
 * The F and D extensions' computational instructions (RISC-V unprivileged ISA, chapters
 * "F" and "D"): decode of the OP-FP and fused multiply-add major opcodes, dispatching to
 * fpu-single.ts (binary32 arithmetic), fpu-double.ts (binary64 arithmetic),
 * fpu-convert.ts (FCVT) and fpu-misc.ts (sign injection, min/max, compare, class, moves).
 *
 * Loads/stores and the mstatus.FS = Off check belong to the caller.
 */
import type { FpHost } from './fp-host.js';
import { addD, divD, fmaD, mulD, sqrtD } from './fpu-double.js';
import { addS, divS, fmaS, mulS, sqrtS } from './fpu-single.js';
import { fcvtDFromInt, fcvtDS, fcvtSD, fcvtSFromInt, fcvtToInt } from './fpu-convert.js';
import {
  fclassD, fclassS, fcmpD, fcmpS, fminmaxD, fminmaxS, fmvDX, fmvWX, fmvXD, fmvXW, fsgnjD, fsgnjS,
} from './fpu-misc.js';
import { readS } from './fpu-regs.js';

const OP_FP = 0x53;
const OP_FMADD = 0x43;
const OP_FMSUB = 0x47;
const OP_FNMSUB = 0x4b;
const OP_FNMADD = 0x4f;

/**
 * The effective rounding mode for an instruction's rm field, or -1 if it is reserved:
 * 5 and 6 are reserved, and 7 (DYN) takes frm, whose values 5..7 are invalid
 * (spec: "Rounding Mode Encoding").
 */
function effectiveRm(h: FpHost, rmField: number): number {
  const rm = rmField === 7 ? h.frm : rmField;
  return rm <= 4 ? rm : -1;
}

/**
 * Executes one OP-FP / FMADD / FMSUB / FNMSUB / FNMADD instruction. Returns false (and
 * changes nothing) if the encoding is reserved, so the caller raises illegal-instruction.
 */
export function executeFp(h: FpHost, insn: number): boolean {
  const opcode = insn & 0x7f;
  if (opcode === OP_FP) return executeOpFp(h, insn);
  return executeFused(h, insn, opcode);
}

/** R4-type fused multiply-adds: fmt in bits 26:25, rs3 in bits 31:27. */
function executeFused(h: FpHost, insn: number, opcode: number): boolean {
  let negProduct: boolean;
  let negAddend: boolean;
  switch (opcode) {
    case OP_FMADD: negProduct = false; negAddend = false; break;
    case OP_FMSUB: negProduct = false; negAddend = true; break;
    case OP_FNMSUB: negProduct = true; negAddend = false; break;
    case OP_FNMADD: negProduct = true; negAddend = true; break;
    default: return false;
  }
  const fmt = (insn >>> 25) & 3;
  if (fmt > 1) return false; // H and Q are not implemented
  const rm = effectiveRm(h, (insn >>> 12) & 7);
  if (rm < 0) return false;
  const rd = (insn >>> 7) & 31;
  const rs1 = (insn >>> 15) & 31;
  const rs2 = (insn >>> 20) & 31;
  const rs3 = insn >>> 27;
  if (fmt === 0) fmaS(h, rd, rs1, rs2, rs3, rm, negProduct, negAddend);
  else fmaD(h, rd, rs1, rs2, rs3, rm, negProduct, negAddend);
  return true;
}

/** OP-FP: funct7 is funct5 (operation) and fmt (0 = S, 1 = D); funct3 is rm or a sub-operation. */
function executeOpFp(h: FpHost, insn: number): boolean {
  const funct7 = insn >>> 25;
  const rd = (insn >>> 7) & 31;
  const f3 = (insn >>> 12) & 7;
  const rs1 = (insn >>> 15) & 31;
  const rs2 = (insn >>> 20) & 31;
  switch (funct7) {
    case 0x00: case 0x01: case 0x04: case 0x05: case 0x08: case 0x09: case 0x0c: case 0x0d:
      return executeBinaryArith(h, funct7, rd, rs1, rs2, f3);
    case 0x2c: case 0x2d: {
      // FSQRT: rs2 must be 0
      const rm = effectiveRm(h, f3);
      if (rs2 !== 0 || rm < 0) return false;
      if (funct7 === 0x2c) sqrtS(h, rd, rs1, rm);
      else sqrtD(h, rd, rs1, rm);
      return true;
    }
    case 0x10: case 0x11:
      if (f3 > 2) return false;
      if (funct7 === 0x10) fsgnjS(h, rd, rs1, rs2, f3);
      else fsgnjD(h, rd, rs1, rs2, f3);
      return true;
    case 0x14: case 0x15:
      if (f3 > 1) return false;
      if (funct7 === 0x14) fminmaxS(h, rd, rs1, rs2, f3 === 1);
      else fminmaxD(h, rd, rs1, rs2, f3 === 1);
      return true;
    case 0x50: case 0x51:
      if (f3 > 2) return false;
      if (funct7 === 0x50) fcmpS(h, rd, rs1, rs2, f3);
      else fcmpD(h, rd, rs1, rs2, f3);
      return true;
    case 0x20: case 0x21:
      return executeFcvtFloat(h, funct7, rd, rs1, rs2, f3);
    case 0x60: case 0x61: {
      // FCVT.{W,WU,L,LU}.{S,D}
      const rm = effectiveRm(h, f3);
      if (rs2 > 3 || rm < 0) return false;
      fcvtToInt(h, rd, funct7 === 0x60 ? readS(h, rs1) : h.f[rs1], rm, rs2);
      return true;
    }
    case 0x68: case 0x69: {
      // FCVT.{S,D}.{W,WU,L,LU}
      const rm = effectiveRm(h, f3);
      if (rs2 > 3 || rm < 0) return false;
      if (funct7 === 0x68) fcvtSFromInt(h, rd, rs1, rm, rs2);
      else fcvtDFromInt(h, rd, rs1, rm, rs2);
      return true;
    }
    case 0x70: case 0x71:
      return executeMoveToIntOrClass(h, funct7, rd, rs1, rs2, f3);
    case 0x78: case 0x79:
      // FMV.W.X / FMV.D.X
      if (rs2 !== 0 || f3 !== 0) return false;
      if (funct7 === 0x78) fmvWX(h, rd, rs1);
      else fmvDX(h, rd, rs1);
      return true;
    default:
      return false;
  }
}

/** FADD/FSUB/FMUL/FDIV .S (even funct7) and .D (odd funct7). */
function executeBinaryArith(h: FpHost, funct7: number, rd: number, rs1: number, rs2: number, f3: number): boolean {
  const rm = effectiveRm(h, f3);
  if (rm < 0) return false;
  const double = (funct7 & 1) !== 0;
  switch (funct7 >>> 2) {
    case 0:
      if (double) addD(h, rd, rs1, rs2, rm, false);
      else addS(h, rd, rs1, rs2, rm, false);
      break;
    case 1:
      if (double) addD(h, rd, rs1, rs2, rm, true);
      else addS(h, rd, rs1, rs2, rm, true);
      break;
    case 2:
      if (double) mulD(h, rd, rs1, rs2, rm);
      else mulS(h, rd, rs1, rs2, rm);
      break;
    default:
      if (double) divD(h, rd, rs1, rs2, rm);
      else divS(h, rd, rs1, rs2, rm);
  }
  return true;
}

/** FCVT.S.D (funct7 0x20, rs2 = 1) and FCVT.D.S (0x21, rs2 = 0); other rs2 would be H/Q sources. */
function executeFcvtFloat(h: FpHost, funct7: number, rd: number, rs1: number, rs2: number, f3: number): boolean {
  const rm = effectiveRm(h, f3);
  if (rm < 0) return false;
  if (funct7 === 0x20) {
    if (rs2 !== 1) return false;
    fcvtSD(h, rd, rs1, rm);
  } else {
    if (rs2 !== 0) return false;
    fcvtDS(h, rd, rs1); // exact, but the rm field is still validated like any FCVT
  }
  return true;
}

/** FMV.X.W / FMV.X.D (funct3 0) and FCLASS (funct3 1); rs2 must be 0. */
function executeMoveToIntOrClass(h: FpHost, funct7: number, rd: number, rs1: number, rs2: number, f3: number): boolean {
  if (rs2 !== 0 || f3 > 1) return false;
  const single = funct7 === 0x70;
  if (f3 === 0) {
    if (single) fmvXW(h, rd, rs1);
    else fmvXD(h, rd, rs1);
  } else if (single) {
    fclassS(h, rd, rs1);
  } else {
    fclassD(h, rd, rs1);
  }
  return true;
}
