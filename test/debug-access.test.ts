/** Watchpoints' view of an instruction: which data access it is about to make (src/debug/access.ts). */
import { expect } from 'chai';
import { decodeAccess, type Access } from '../src/debug/access.js';
import { RVC_TABLE } from '../src/hart/rvc.js';

function regs(values: Record<number, bigint>): Int32Array {
  const x = new Int32Array(64);
  for (const [r, v] of Object.entries(values)) {
    const u = BigInt.asUintN(64, v);
    x[2 * Number(r)] = Number(u & 0xffffffffn) | 0;
    x[2 * Number(r) + 1] = Number(u >> 32n) | 0;
  }
  return x;
}

function decode(insn: number, x: Int32Array): Access | null {
  const a: Access = { va: 0, size: 0, read: false, write: false, guest: false };
  return decodeAccess(insn, x, a) ? a : null;
}

const I = (imm: number, rs1: number, f3: number, rd: number, op: number) => ((imm << 20) | (rs1 << 15) | (f3 << 12) | (rd << 7) | op) >>> 0;
const S = (imm: number, rs2: number, rs1: number, f3: number, op: number) =>
  ((((imm >> 5) & 0x7f) << 25) | (rs2 << 20) | (rs1 << 15) | (f3 << 12) | ((imm & 31) << 7) | op) >>> 0;
const AMO = (f5: number, rs2: number, rs1: number, f3: number, rd: number) => ((f5 << 27) | (rs2 << 20) | (rs1 << 15) | (f3 << 12) | (rd << 7) | 0x2f) >>> 0;

describe('watchpoint access decoding', () => {
  const x = regs({ 2: 0x80001000n, 10: -0x3ffffaec8n, 11: 0x80002000n });

  it('loads and stores: address, size, direction; upper-half addresses stay signed', () => {
    expect(decode(I(16, 2, 3, 10, 0x03), x)).to.deep.include({ va: 0x80001010, size: 8, read: true, write: false }); // ld a0,16(sp)
    expect(decode(I(-1 & 0xfff, 2, 4, 10, 0x03), x)).to.deep.include({ va: 0x80000fff, size: 1, read: true }); // lbu a0,-1(sp)
    expect(decode(S(-4, 11, 10, 2, 0x23), x)).to.deep.include({ va: -0x3ffffaec8 - 4, size: 4, read: false, write: true }); // sw a1,-4(a0)
    expect(decode(I(8, 2, 3, 1, 0x07), x)).to.deep.include({ va: 0x80001008, size: 8, read: true }); // fld
    expect(decode(S(0, 1, 2, 2, 0x27), x)).to.deep.include({ va: 0x80001000, size: 4, write: true }); // fsw
  });

  it('AMOs: LR reads, SC writes, the rest do both', () => {
    expect(decode(AMO(2, 0, 11, 3, 10), x)).to.deep.include({ va: 0x80002000, size: 8, read: true, write: false }); // lr.d
    expect(decode(AMO(3, 12, 11, 2, 10), x)).to.deep.include({ size: 4, read: false, write: true }); // sc.w
    expect(decode(AMO(1, 12, 11, 2, 10), x)).to.deep.include({ size: 4, read: true, write: true }); // amoswap.w
  });

  it('HLV/HSV are guest accesses; compressed forms come expanded; others are no access', () => {
    const hsvd = ((0x37 << 25) | (12 << 20) | (11 << 15) | (4 << 12) | 0x73) >>> 0;
    expect(decode(hsvd, x)).to.deep.include({ va: 0x80002000, size: 8, write: true, guest: true });
    const hlvxhu = ((0x32 << 25) | (3 << 20) | (11 << 15) | (4 << 12) | (10 << 7) | 0x73) >>> 0;
    expect(decode(hlvxhu, x)).to.deep.include({ size: 2, read: true, guest: true });
    expect(decode(RVC_TABLE[0x41c8], x)).to.deep.include({ va: 0x80002004, size: 4, read: true }); // c.lw a0,4(a1)
    expect(decode(I(1, 2, 0, 10, 0x13), x)).to.equal(null); // addi
    expect(decode(0x10200073, x)).to.equal(null); // sret
    expect(decode(0, x)).to.equal(null);
  });
});
