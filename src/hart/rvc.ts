/**
 * The C extension: each 16-bit instruction expands to the 32-bit instruction it stands for
 * (unprivileged spec, "Compressed Instructions"), so the executor has one code path for
 * both. Returns 0 for reserved or illegal encodings (0 is itself illegal).
 */

function rType(f7: number, rs2: number, rs1: number, f3: number, rd: number, op: number): number {
  return (f7 << 25) | (rs2 << 20) | (rs1 << 15) | (f3 << 12) | (rd << 7) | op;
}
function iType(imm: number, rs1: number, f3: number, rd: number, op: number): number {
  return ((imm & 0xfff) << 20) | (rs1 << 15) | (f3 << 12) | (rd << 7) | op;
}
function sType(imm: number, rs2: number, rs1: number, f3: number, op: number): number {
  return (((imm >> 5) & 0x7f) << 25) | (rs2 << 20) | (rs1 << 15) | (f3 << 12) | ((imm & 0x1f) << 7) | op;
}
function bType(imm: number, rs2: number, rs1: number, f3: number): number {
  return (((imm >> 12) & 1) << 31) | (((imm >> 5) & 0x3f) << 25) | (rs2 << 20) | (rs1 << 15) |
    (f3 << 12) | (((imm >> 1) & 0xf) << 8) | (((imm >> 11) & 1) << 7) | 0x63;
}
function jType(imm: number, rd: number): number {
  return (((imm >> 20) & 1) << 31) | (((imm >> 1) & 0x3ff) << 21) | (((imm >> 11) & 1) << 20) |
    (((imm >> 12) & 0xff) << 12) | (rd << 7) | 0x6f;
}
function bit(v: number, i: number): number {
  return (v >> i) & 1;
}
/** Sign-extend the low `bits` bits of v. */
function sext(v: number, bits: number): number {
  const s = 32 - bits;
  return (v << s) >> s;
}

const OP_LOAD = 0x03, OP_LOAD_FP = 0x07, OP_IMM = 0x13, OP_IMM32 = 0x1b, OP_STORE = 0x23;
const OP_STORE_FP = 0x27, OP = 0x33, OP_LUI = 0x37, OP32 = 0x3b, OP_JALR = 0x67;

function expandQ0(c: number): number {
  const rdp = 8 + ((c >> 2) & 7), rs1p = 8 + ((c >> 7) & 7);
  const f3 = c >> 13;
  // offsets scaled by 4 (lw/flw-less RV64 uses sw/lw) and by 8 (ld/sd/fld/fsd)
  const off4 = (bit(c, 6) << 2) | (((c >> 10) & 7) << 3) | (bit(c, 5) << 6);
  const off8 = (((c >> 10) & 7) << 3) | (((c >> 5) & 3) << 6);
  switch (f3) {
    case 0: { // c.addi4spn
      const imm = (((c >> 11) & 3) << 4) | (((c >> 7) & 0xf) << 6) | (bit(c, 6) << 2) | (bit(c, 5) << 3);
      return imm === 0 ? 0 : iType(imm, 2, 0, rdp, OP_IMM);
    }
    case 1: return iType(off8, rs1p, 3, rdp, OP_LOAD_FP); // c.fld
    case 2: return iType(off4, rs1p, 2, rdp, OP_LOAD); // c.lw
    case 3: return iType(off8, rs1p, 3, rdp, OP_LOAD); // c.ld
    case 5: return sType(off8, rdp, rs1p, 3, OP_STORE_FP); // c.fsd
    case 6: return sType(off4, rdp, rs1p, 2, OP_STORE); // c.sw
    case 7: return sType(off8, rdp, rs1p, 3, OP_STORE); // c.sd
    default: return 0;
  }
}

function expandQ1(c: number): number {
  const f3 = c >> 13;
  const rd = (c >> 7) & 31;
  const imm6 = sext((bit(c, 12) << 5) | ((c >> 2) & 31), 6);
  switch (f3) {
    case 0: return iType(imm6, rd, 0, rd, OP_IMM); // c.addi / c.nop (hints allowed)
    case 1: return rd === 0 ? 0 : iType(imm6, rd, 0, rd, OP_IMM32); // c.addiw
    case 2: return iType(imm6, 0, 0, rd, OP_IMM); // c.li
    case 3:
      if (rd === 2) { // c.addi16sp
        const imm = sext((bit(c, 12) << 9) | (bit(c, 6) << 4) | (bit(c, 5) << 6) | (((c >> 3) & 3) << 7) | (bit(c, 2) << 5), 10);
        return imm === 0 ? 0 : iType(imm, 2, 0, 2, OP_IMM);
      } else { // c.lui
        if (imm6 === 0) return 0;
        return ((imm6 & 0xfffff) << 12) | (rd << 7) | OP_LUI;
      }
    case 4: return expandQ1Arith(c);
    case 5: { // c.j
      const imm = sext((bit(c, 12) << 11) | (bit(c, 11) << 4) | (((c >> 9) & 3) << 8) | (bit(c, 8) << 10) |
        (bit(c, 7) << 6) | (bit(c, 6) << 7) | (((c >> 3) & 7) << 1) | (bit(c, 2) << 5), 12);
      return jType(imm, 0);
    }
    default: { // c.beqz (6) / c.bnez (7)
      const rs1p = 8 + ((c >> 7) & 7);
      const imm = sext((bit(c, 12) << 8) | (((c >> 10) & 3) << 3) | (((c >> 5) & 3) << 6) | (((c >> 3) & 3) << 1) | (bit(c, 2) << 5), 9);
      return bType(imm, 0, rs1p, f3 === 6 ? 0 : 1);
    }
  }
}

function expandQ1Arith(c: number): number {
  const rdp = 8 + ((c >> 7) & 7), rs2p = 8 + ((c >> 2) & 7);
  const shamt = (bit(c, 12) << 5) | ((c >> 2) & 31);
  switch ((c >> 10) & 3) {
    case 0: return iType(shamt, rdp, 5, rdp, OP_IMM); // c.srli
    case 1: return iType(0x400 | shamt, rdp, 5, rdp, OP_IMM); // c.srai
    case 2: return iType(sext((bit(c, 12) << 5) | ((c >> 2) & 31), 6), rdp, 7, rdp, OP_IMM); // c.andi
    default: {
      const sel = ((c >> 5) & 3) | (bit(c, 12) << 2);
      switch (sel) {
        case 0: return rType(0x20, rs2p, rdp, 0, rdp, OP); // c.sub
        case 1: return rType(0, rs2p, rdp, 4, rdp, OP); // c.xor
        case 2: return rType(0, rs2p, rdp, 6, rdp, OP); // c.or
        case 3: return rType(0, rs2p, rdp, 7, rdp, OP); // c.and
        case 4: return rType(0x20, rs2p, rdp, 0, rdp, OP32); // c.subw
        case 5: return rType(0, rs2p, rdp, 0, rdp, OP32); // c.addw
        default: return 0;
      }
    }
  }
}

function expandQ2(c: number): number {
  const f3 = c >> 13;
  const rd = (c >> 7) & 31, rs2 = (c >> 2) & 31;
  switch (f3) {
    case 0: return iType((bit(c, 12) << 5) | rs2, rd, 1, rd, OP_IMM); // c.slli
    case 1: { // c.fldsp
      const off = (bit(c, 12) << 5) | (((c >> 5) & 3) << 3) | (((c >> 2) & 7) << 6);
      return iType(off, 2, 3, rd, OP_LOAD_FP);
    }
    case 2: { // c.lwsp
      if (rd === 0) return 0;
      const off = (bit(c, 12) << 5) | (((c >> 4) & 7) << 2) | (((c >> 2) & 3) << 6);
      return iType(off, 2, 2, rd, OP_LOAD);
    }
    case 3: { // c.ldsp
      if (rd === 0) return 0;
      const off = (bit(c, 12) << 5) | (((c >> 5) & 3) << 3) | (((c >> 2) & 7) << 6);
      return iType(off, 2, 3, rd, OP_LOAD);
    }
    case 4:
      if (bit(c, 12) === 0) {
        if (rs2 === 0) return rd === 0 ? 0 : iType(0, rd, 0, 0, OP_JALR); // c.jr
        return rType(0, rs2, 0, 0, rd, OP); // c.mv
      }
      if (rs2 === 0) {
        if (rd === 0) return 0x00100073; // c.ebreak
        return iType(0, rd, 0, 1, OP_JALR); // c.jalr
      }
      return rType(0, rs2, rd, 0, rd, OP); // c.add
    case 5: { // c.fsdsp
      const off = (((c >> 10) & 7) << 3) | (((c >> 7) & 7) << 6);
      return sType(off, rs2, 2, 3, OP_STORE_FP);
    }
    case 6: { // c.swsp
      const off = (((c >> 9) & 0xf) << 2) | (((c >> 7) & 3) << 6);
      return sType(off, rs2, 2, 2, OP_STORE);
    }
    default: { // c.sdsp
      const off = (((c >> 10) & 7) << 3) | (((c >> 7) & 7) << 6);
      return sType(off, rs2, 2, 3, OP_STORE);
    }
  }
}

/** Expands a 16-bit instruction (low two bits != 3) to its 32-bit form, or 0 if illegal. */
export function expandCompressed(c: number): number {
  switch (c & 3) {
    case 0: return c === 0 ? 0 : expandQ0(c);
    case 1: return expandQ1(c);
    default: return expandQ2(c);
  }
}

/**
 * Every 16-bit encoding expanded once, at start-up: the executor then pays one table load per
 * compressed instruction instead of the decode tree (256 KiB, a few milliseconds to build).
 */
export const RVC_TABLE: Int32Array = buildTable();

function buildTable(): Int32Array {
  const t = new Int32Array(65536);
  for (let c = 0; c < 65536; c++) if ((c & 3) !== 3) t[c] = expandCompressed(c);
  return t;
}
