// A RISC-V disassembler for the ISA Hartsim implements (RV64IMAFDC, Zicsr, Zifencei, Zba, Zbb,
// Zbc, Zbs, the privileged instructions and the H extension). Its output is the text
// `riscv64-unknown-elf-objdump -d -M no-aliases` (binutils 2.40) prints: the same mnemonics,
// operand syntax, CSR names, rounding-mode suffixes and `.2byte`/`.4byte` for unknown
// encodings, with a tab between mnemonic and operands. Branch and jump targets are absolute hex
// addresses without objdump's `<symbol>` annotation. With `aliases: true` the text is what plain
// `objdump -d` prints instead (disasm-alias.ts). test/disasm.test.ts compares both modes with
// objdump for every instruction in images/ and for a sweep of encodings.

import { applyAliases } from './disasm-alias.js';
import { CSR_NAMES_1_11, CSR_NAMES_1_12_DIFF } from './disasm-csr.js';

export interface DisasmOptions {
  /**
   * The extensions to decode, as an ISA string like an ELF's Tag_RISCV_arch
   * ("rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_..._h1p0_zba1p0") or "rv64gch_zba_zbb_zbc_zbs".
   * Instructions of extensions not listed print as `.4byte`/`.2byte`, as objdump does.
   * Default: everything Hartsim implements.
   */
  arch?: string;
  /**
   * Privileged spec version for CSR names, as an ELF's Tag_RISCV_priv_spec records it: '1.11'
   * (what the Hartsim images record) or '1.12' (the default, as objdump's when an ELF says nothing).
   */
  privSpec?: '1.11' | '1.12';
  /**
   * Print pseudo-instructions (li, mv, ret, j, beqz, csrr, ...) and compressed instructions as
   * their expansions, as plain `objdump -d` does. Default false: `objdump -d -M no-aliases`.
   */
  aliases?: boolean;
}

interface Ext {
  m: boolean; a: boolean; f: boolean; d: boolean; c: boolean; h: boolean;
  zba: boolean; zbb: boolean; zbc: boolean; zbs: boolean;
}

const ALL: Ext = { m: true, a: true, f: true, d: true, c: true, h: true, zba: true, zbb: true, zbc: true, zbs: true };

const extCache = new Map<string, Ext>();

/** Parses an ISA string into the extension flags the disassembler uses. */
export function parseArch(arch: string): Ext {
  const cached = extCache.get(arch);
  if (cached) return cached;
  const s = arch.toLowerCase().replace(/^rv(32|64|128)/, '');
  const parts = s.split('_').filter((p) => p.length > 0);
  const single = new Set<string>();
  const multi = new Set<string>();
  parts.forEach((p, i) => {
    if (i === 0 || !/^[zsx]/.test(p)) {
      // Single-letter extensions, each possibly followed by a version like 2p1.
      const letters = p.replace(/\d+(p\d+)?/g, '');
      for (const ch of letters) single.add(ch);
    } else {
      multi.add(p.replace(/\d+(p\d+)?$/, ''));
    }
  });
  const g = single.has('g');
  const ext: Ext = {
    m: g || single.has('m'),
    a: g || single.has('a'),
    f: g || single.has('f') || single.has('d'),
    d: g || single.has('d'),
    c: single.has('c'),
    h: single.has('h'),
    zba: multi.has('zba'),
    zbb: multi.has('zbb'),
    zbc: multi.has('zbc'),
    zbs: multi.has('zbs'),
  };
  extCache.set(arch, ext);
  return ext;
}

export const XREG = [
  'zero', 'ra', 'sp', 'gp', 'tp', 't0', 't1', 't2', 's0', 's1', 'a0', 'a1', 'a2', 'a3', 'a4', 'a5',
  'a6', 'a7', 's2', 's3', 's4', 's5', 's6', 's7', 's8', 's9', 's10', 's11', 't3', 't4', 't5', 't6',
];
export const FREG = [
  'ft0', 'ft1', 'ft2', 'ft3', 'ft4', 'ft5', 'ft6', 'ft7', 'fs0', 'fs1', 'fa0', 'fa1', 'fa2', 'fa3', 'fa4', 'fa5',
  'fa6', 'fa7', 'fs2', 'fs3', 'fs4', 'fs5', 'fs6', 'fs7', 'fs8', 'fs9', 'fs10', 'fs11', 'ft8', 'ft9', 'ft10', 'ft11',
];
const RM = ['rne', 'rtz', 'rdn', 'rup', 'rmm', 'unknown', 'unknown', 'dyn'];

function parseCsrTable(s: string, into: Map<number, string>): void {
  for (const e of s.split(/\s+/)) {
    if (!e) continue;
    const i = e.indexOf(':');
    into.set(parseInt(e.slice(0, i), 16), e.slice(i + 1));
  }
}
const CSR_11 = new Map<number, string>();
parseCsrTable(CSR_NAMES_1_11, CSR_11);
const CSR_12 = new Map<number, string>(CSR_11);
parseCsrTable(CSR_NAMES_1_12_DIFF, CSR_12);

/** The CSR's name as objdump prints it, or `0x...` when it has none. */
export function csrName(csr: number, privSpec: '1.11' | '1.12' = '1.12'): string {
  const n = (privSpec === '1.12' ? CSR_12 : CSR_11).get(csr);
  return n !== undefined && !n.startsWith('0x') ? n : '0x' + csr.toString(16);
}

function target(pc: bigint | number, off: number): string {
  const base = typeof pc === 'bigint' ? pc : BigInt(pc);
  return BigInt.asUintN(64, base + BigInt(off)).toString(16);
}

const hex = (v: number): string => '0x' + (v >>> 0).toString(16);
const op = (m: string, args: string): string => (args ? `${m}\t${args}` : m);
const unknown32 = (insn: number): string => `.4byte\t${hex(insn)}`;
const unknown16 = (h: number): string => `.2byte\t${hex(h & 0xffff)}`;

function sext(v: number, bits: number): number {
  const sh = 32 - bits;
  return (v << sh) >> sh;
}

/**
 * Disassembles one instruction. `insn` is the 32-bit instruction word, or for a compressed
 * instruction (low two bits not 11) its halfword (upper bits ignored). `pc` is its address.
 */
export function disassemble(insn: number, pc: bigint | number, opts?: DisasmOptions): string {
  const ext = opts?.arch ? parseArch(opts.arch) : ALL;
  const priv = opts?.privSpec ?? '1.12';
  insn >>>= 0;
  const text = (insn & 3) !== 3 ? disasmC(insn & 0xffff, pc, ext) : disasm32(insn, pc, ext, priv);
  return opts?.aliases ? applyAliases(text) : text;
}

/** Disassembles one 16-bit (compressed) instruction given its raw halfword. */
export function disassembleCompressed(half: number, pc: bigint | number, opts?: DisasmOptions): string {
  const ext = opts?.arch ? parseArch(opts.arch) : ALL;
  half &= 0xffff;
  const text = (half & 3) === 3 ? unknown16(half) : disasmC(half, pc, ext);
  return opts?.aliases ? applyAliases(text) : text;
}

/** The length in bytes of the instruction whose first halfword is `half`. */
export function insnLength(half: number): 2 | 4 {
  return (half & 3) === 3 ? 4 : 2;
}

function fence(v: number): string {
  let s = '';
  if (v & 8) s += 'i';
  if (v & 4) s += 'o';
  if (v & 2) s += 'r';
  if (v & 1) s += 'w';
  return s || 'unknown';
}

function disasm32(insn: number, pc: bigint | number, ext: Ext, priv: '1.11' | '1.12'): string {
  const opc = insn & 0x7f;
  const rd = (insn >>> 7) & 31;
  const f3 = (insn >>> 12) & 7;
  const rs1 = (insn >>> 15) & 31;
  const rs2 = (insn >>> 20) & 31;
  const f7 = insn >>> 25;
  const immI = insn >> 20;
  const immS = ((insn >> 25) << 5) | rd;
  const X = XREG, F = FREG;
  const u = (): string => unknown32(insn);

  switch (opc) {
    case 0x37: return op('lui', `${X[rd]},${hex(insn >>> 12)}`);
    case 0x17: return op('auipc', `${X[rd]},${hex(insn >>> 12)}`);
    case 0x6f: {
      const off = sext(((insn >>> 31) << 20) | (((insn >>> 12) & 0xff) << 12) | (((insn >>> 20) & 1) << 11) | (((insn >>> 21) & 0x3ff) << 1), 21);
      return op('jal', `${X[rd]},${target(pc, off)}`);
    }
    case 0x67:
      if (f3 !== 0) return u();
      return op('jalr', `${X[rd]},${immI}(${X[rs1]})`);
    case 0x63: {
      const names = ['beq', 'bne', '', '', 'blt', 'bge', 'bltu', 'bgeu'];
      if (!names[f3]) return u();
      const off = sext(((insn >>> 31) << 12) | (((insn >>> 7) & 1) << 11) | (((insn >>> 25) & 0x3f) << 5) | (((insn >>> 8) & 0xf) << 1), 13);
      return op(names[f3], `${X[rs1]},${X[rs2]},${target(pc, off)}`);
    }
    case 0x03: {
      const names = ['lb', 'lh', 'lw', 'ld', 'lbu', 'lhu', 'lwu', ''];
      if (!names[f3]) return u();
      return op(names[f3], `${X[rd]},${immI}(${X[rs1]})`);
    }
    case 0x23: {
      const names = ['sb', 'sh', 'sw', 'sd'];
      if (f3 > 3) return u();
      return op(names[f3], `${X[rs2]},${immS}(${X[rs1]})`);
    }
    case 0x13: {
      const shamt = (insn >>> 20) & 0x3f;
      const f6 = insn >>> 26;
      switch (f3) {
        case 0: return op('addi', `${X[rd]},${X[rs1]},${immI}`);
        case 2: return op('slti', `${X[rd]},${X[rs1]},${immI}`);
        case 3: return op('sltiu', `${X[rd]},${X[rs1]},${immI}`);
        case 4: return op('xori', `${X[rd]},${X[rs1]},${immI}`);
        case 6: return op('ori', `${X[rd]},${X[rs1]},${immI}`);
        case 7: return op('andi', `${X[rd]},${X[rs1]},${immI}`);
        case 1:
          if (f6 === 0) return op('slli', `${X[rd]},${X[rs1]},${hex(shamt)}`);
          if (ext.zbb && f7 === 0x30) {
            const n = ['clz', 'ctz', 'cpop', '', 'sext.b', 'sext.h'][rs2];
            if (n) return op(n, `${X[rd]},${X[rs1]}`);
          }
          if (ext.zbs) {
            if (f6 === 0x12) return op('bclri', `${X[rd]},${X[rs1]},${hex(shamt)}`);
            if (f6 === 0x1a) return op('binvi', `${X[rd]},${X[rs1]},${hex(shamt)}`);
            if (f6 === 0x0a) return op('bseti', `${X[rd]},${X[rs1]},${hex(shamt)}`);
          }
          return u();
        case 5:
          if (f6 === 0) return op('srli', `${X[rd]},${X[rs1]},${hex(shamt)}`);
          if (f6 === 0x10) return op('srai', `${X[rd]},${X[rs1]},${hex(shamt)}`);
          if (ext.zbb) {
            if ((insn >>> 20) === 0x287) return op('orc.b', `${X[rd]},${X[rs1]}`);
            if ((insn >>> 20) === 0x6b8) return op('rev8', `${X[rd]},${X[rs1]}`);
            if (f6 === 0x18) return op('rori', `${X[rd]},${X[rs1]},${hex(shamt)}`);
          }
          if (ext.zbs && f6 === 0x12) return op('bexti', `${X[rd]},${X[rs1]},${hex(shamt)}`);
          return u();
      }
      return u();
    }
    case 0x1b: {
      const shamt = rs2;
      switch (f3) {
        case 0: return op('addiw', `${X[rd]},${X[rs1]},${immI}`);
        case 1:
          if (f7 === 0) return op('slliw', `${X[rd]},${X[rs1]},${hex(shamt)}`);
          if (ext.zba && (insn >>> 26) === 0x02) return op('slli.uw', `${X[rd]},${X[rs1]},${hex((insn >>> 20) & 0x3f)}`);
          if (ext.zbb && f7 === 0x30) {
            const n = ['clzw', 'ctzw', 'cpopw'][rs2];
            if (n) return op(n, `${X[rd]},${X[rs1]}`);
          }
          return u();
        case 5:
          if (f7 === 0) return op('srliw', `${X[rd]},${X[rs1]},${hex(shamt)}`);
          if (f7 === 0x20) return op('sraiw', `${X[rd]},${X[rs1]},${hex(shamt)}`);
          if (ext.zbb && f7 === 0x30) return op('roriw', `${X[rd]},${X[rs1]},${hex(shamt)}`);
          return u();
      }
      return u();
    }
    case 0x33: {
      const r = `${X[rd]},${X[rs1]},${X[rs2]}`;
      switch (f7) {
        case 0x00: return op(['add', 'sll', 'slt', 'sltu', 'xor', 'srl', 'or', 'and'][f3], r);
        case 0x20: {
          const n = ['sub', '', '', '', '', 'sra', '', ''][f3];
          if (n) return op(n, r);
          if (ext.zbb) {
            const z = ['', '', '', '', 'xnor', '', 'orn', 'andn'][f3];
            if (z) return op(z, r);
          }
          return u();
        }
        case 0x01:
          if (!ext.m) return u();
          return op(['mul', 'mulh', 'mulhsu', 'mulhu', 'div', 'divu', 'rem', 'remu'][f3], r);
        case 0x10:
          if (ext.zba) {
            const n = ['', '', 'sh1add', '', 'sh2add', '', 'sh3add', ''][f3];
            if (n) return op(n, r);
          }
          return u();
        case 0x05: {
          if (ext.zbb) {
            const n = ['', '', '', '', 'min', 'minu', 'max', 'maxu'][f3];
            if (n) return op(n, r);
          }
          if (ext.zbc) {
            const n = ['', 'clmul', 'clmulr', 'clmulh'][f3];
            if (n) return op(n, r);
          }
          return u();
        }
        case 0x30:
          if (ext.zbb && f3 === 1) return op('rol', r);
          if (ext.zbb && f3 === 5) return op('ror', r);
          return u();
        case 0x24:
          if (ext.zbs && f3 === 1) return op('bclr', r);
          if (ext.zbs && f3 === 5) return op('bext', r);
          return u();
        case 0x34:
          if (ext.zbs && f3 === 1) return op('binv', r);
          return u();
        case 0x14:
          if (ext.zbs && f3 === 1) return op('bset', r);
          return u();
      }
      return u();
    }
    case 0x3b: {
      const r = `${X[rd]},${X[rs1]},${X[rs2]}`;
      switch (f7) {
        case 0x00: {
          const n = ['addw', 'sllw', '', '', '', 'srlw', '', ''][f3];
          return n ? op(n, r) : u();
        }
        case 0x20: {
          const n = ['subw', '', '', '', '', 'sraw', '', ''][f3];
          return n ? op(n, r) : u();
        }
        case 0x01: {
          if (!ext.m) return u();
          const n = ['mulw', '', '', '', 'divw', 'divuw', 'remw', 'remuw'][f3];
          return n ? op(n, r) : u();
        }
        case 0x04:
          if (ext.zba && f3 === 0) return op('add.uw', r);
          if (ext.zbb && f3 === 4 && rs2 === 0) return op('zext.h', `${X[rd]},${X[rs1]}`);
          return u();
        case 0x10:
          if (ext.zba) {
            const n = ['', '', 'sh1add.uw', '', 'sh2add.uw', '', 'sh3add.uw', ''][f3];
            if (n) return op(n, r);
          }
          return u();
        case 0x30:
          if (ext.zbb && f3 === 1) return op('rolw', r);
          if (ext.zbb && f3 === 5) return op('rorw', r);
          return u();
      }
      return u();
    }
    case 0x0f:
      if (f3 === 0) {
        if (insn === 0x8330000f) return 'fence.tso';
        if (rd !== 0 || rs1 !== 0 || (insn >>> 28) !== 0) return u();
        return op('fence', `${fence((insn >>> 24) & 15)},${fence((insn >>> 20) & 15)}`);
      }
      if (f3 === 1 && insn === 0x0000100f) return 'fence.i';
      return u();
    case 0x73:
      return system(insn, ext, priv);
    case 0x2f: {
      if (!ext.a || (f3 !== 2 && f3 !== 3)) return u();
      const f5 = insn >>> 27;
      const sz = f3 === 2 ? '.w' : '.d';
      const ord = ['', '.rl', '.aq', '.aqrl'][(insn >>> 25) & 3];
      if (f5 === 2) {
        if (rs2 !== 0) return u();
        return op('lr' + sz + ord, `${X[rd]},(${X[rs1]})`);
      }
      const names: Record<number, string> = {
        0x00: 'amoadd', 0x01: 'amoswap', 0x03: 'sc', 0x04: 'amoxor', 0x08: 'amoor', 0x0c: 'amoand',
        0x10: 'amomin', 0x14: 'amomax', 0x18: 'amominu', 0x1c: 'amomaxu',
      };
      const n = names[f5];
      if (!n) return u();
      return op(n + sz + ord, `${X[rd]},${X[rs2]},(${X[rs1]})`);
    }
    case 0x07: case 0x27: {
      let n: string;
      if (f3 === 2 && ext.f) n = 'w';
      else if (f3 === 3 && ext.d) n = 'd';
      else return u();
      if (opc === 0x07) return op('fl' + n, `${F[rd]},${immI}(${X[rs1]})`);
      return op('fs' + n, `${F[rs2]},${immS}(${X[rs1]})`);
    }
    case 0x43: case 0x47: case 0x4b: case 0x4f: {
      const fmt = (insn >>> 25) & 3;
      const s = fpFmt(fmt, ext);
      if (!s) return u();
      const n = { 0x43: 'fmadd', 0x47: 'fmsub', 0x4b: 'fnmsub', 0x4f: 'fnmadd' }[opc]!;
      return op(`${n}.${s}`, `${F[rd]},${F[rs1]},${F[rs2]},${F[insn >>> 27]}${rmSuffix(f3)}`);
    }
    case 0x53:
      return opFp(insn, ext);
  }
  return u();
}

function fpFmt(fmt: number, ext: Ext): string {
  if (fmt === 0 && ext.f) return 's';
  if (fmt === 1 && ext.d) return 'd';
  return '';
}

function rmSuffix(rm: number): string {
  return rm === 7 ? '' : ',' + RM[rm];
}

function opFp(insn: number, ext: Ext): string {
  const rd = (insn >>> 7) & 31;
  const rm = (insn >>> 12) & 7;
  const rs1 = (insn >>> 15) & 31;
  const rs2 = (insn >>> 20) & 31;
  const f5 = insn >>> 27;
  const s = fpFmt((insn >>> 25) & 3, ext);
  const u = (): string => unknown32(insn);
  if (!s) return u();
  const X = XREG, F = FREG;
  const m = rmSuffix(rm);
  switch (f5) {
    case 0x00: return op(`fadd.${s}`, `${F[rd]},${F[rs1]},${F[rs2]}${m}`);
    case 0x01: return op(`fsub.${s}`, `${F[rd]},${F[rs1]},${F[rs2]}${m}`);
    case 0x02: return op(`fmul.${s}`, `${F[rd]},${F[rs1]},${F[rs2]}${m}`);
    case 0x03: return op(`fdiv.${s}`, `${F[rd]},${F[rs1]},${F[rs2]}${m}`);
    case 0x0b: return rs2 === 0 ? op(`fsqrt.${s}`, `${F[rd]},${F[rs1]}${m}`) : u();
    case 0x04: {
      const n = ['fsgnj', 'fsgnjn', 'fsgnjx'][rm];
      return n ? op(`${n}.${s}`, `${F[rd]},${F[rs1]},${F[rs2]}`) : u();
    }
    case 0x05: {
      const n = ['fmin', 'fmax'][rm];
      return n ? op(`${n}.${s}`, `${F[rd]},${F[rs1]},${F[rs2]}`) : u();
    }
    case 0x08:
      // fcvt.s.d (fmt s, rs2 = 1) and fcvt.d.s (fmt d, rs2 = 0).
      // binutils 2.40 knows fcvt.d.s only with rm = 0 (exact), and prints no rounding mode.
      if (s === 's' && rs2 === 1 && ext.d) return op('fcvt.s.d', `${F[rd]},${F[rs1]}${m}`);
      if (s === 'd' && rs2 === 0 && rm === 0) return op('fcvt.d.s', `${F[rd]},${F[rs1]}`);
      return u();
    case 0x14: {
      const n = ['fle', 'flt', 'feq'][rm];
      return n ? op(`${n}.${s}`, `${X[rd]},${F[rs1]},${F[rs2]}`) : u();
    }
    case 0x18: {
      const n = ['w', 'wu', 'l', 'lu'][rs2];
      return n ? op(`fcvt.${n}.${s}`, `${X[rd]},${F[rs1]}${m}`) : u();
    }
    case 0x1a: {
      const n = ['w', 'wu', 'l', 'lu'][rs2];
      if (!n) return u();
      // fcvt.d.w and fcvt.d.wu are exact: binutils 2.40 knows them only with rm = 0, unsuffixed.
      if (s === 'd' && rs2 < 2) return rm === 0 ? op(`fcvt.${s}.${n}`, `${F[rd]},${X[rs1]}`) : u();
      return op(`fcvt.${s}.${n}`, `${F[rd]},${X[rs1]}${m}`);
    }
    case 0x1c:
      if (rs2 !== 0) return u();
      if (rm === 0) return op(`fmv.x.${s === 's' ? 'w' : 'd'}`, `${X[rd]},${F[rs1]}`);
      if (rm === 1) return op(`fclass.${s}`, `${X[rd]},${F[rs1]}`);
      return u();
    case 0x1e:
      if (rs2 !== 0 || rm !== 0) return u();
      return op(`fmv.${s === 's' ? 'w' : 'd'}.x`, `${F[rd]},${X[rs1]}`);
  }
  return u();
}

function system(insn: number, ext: Ext, priv: '1.11' | '1.12'): string {
  const rd = (insn >>> 7) & 31;
  const f3 = (insn >>> 12) & 7;
  const rs1 = (insn >>> 15) & 31;
  const rs2 = (insn >>> 20) & 31;
  const f7 = insn >>> 25;
  const X = XREG;
  const u = (): string => unknown32(insn);
  switch (f3) {
    case 0:
      switch (insn) {
        case 0x00000073: return 'ecall';
        case 0x00100073: return 'ebreak';
        case 0x00200073: return 'uret';
        case 0x10200073: return 'sret';
        case 0x30200073: return 'mret';
        case 0x7b200073: return 'dret';
        case 0x10500073: return 'wfi';
      }
      if (rd !== 0) return u();
      if (f7 === 0x09) return op('sfence.vma', `${X[rs1]},${X[rs2]}`);
      if (ext.h && f7 === 0x11) return op('hfence.vvma', `${X[rs1]},${X[rs2]}`);
      if (ext.h && f7 === 0x31) return op('hfence.gvma', `${X[rs1]},${X[rs2]}`);
      return u();
    case 4: {
      if (!ext.h) return u();
      const key = (f7 << 5) | rs2;
      const loads: Record<number, string> = {
        [(0x30 << 5) | 0]: 'hlv.b', [(0x30 << 5) | 1]: 'hlv.bu',
        [(0x32 << 5) | 0]: 'hlv.h', [(0x32 << 5) | 1]: 'hlv.hu', [(0x32 << 5) | 3]: 'hlvx.hu',
        [(0x34 << 5) | 0]: 'hlv.w', [(0x34 << 5) | 1]: 'hlv.wu', [(0x34 << 5) | 3]: 'hlvx.wu',
        [(0x36 << 5) | 0]: 'hlv.d',
      };
      if (loads[key]) return op(loads[key], `${X[rd]},(${X[rs1]})`);
      const stores: Record<number, string> = { 0x31: 'hsv.b', 0x33: 'hsv.h', 0x35: 'hsv.w', 0x37: 'hsv.d' };
      if (rd === 0 && stores[f7]) return op(stores[f7], `${X[rs2]},(${X[rs1]})`);
      return u();
    }
  }
  if (insn === 0xc0001073) return 'unimp';
  const csr = csrName(insn >>> 20, priv);
  const names = ['', 'csrrw', 'csrrs', 'csrrc', '', 'csrrwi', 'csrrsi', 'csrrci'];
  if (f3 < 4) return op(names[f3], `${X[rd]},${csr},${X[rs1]}`);
  return op(names[f3], `${X[rd]},${csr},${rs1}`);
}

function disasmC(h: number, pc: bigint | number, ext: Ext): string {
  const u = (): string => unknown16(h);
  if (!ext.c) return u();
  if (h === 0) return 'c.unimp';
  const X = XREG, F = FREG;
  const q = h & 3;
  const f3 = h >>> 13;
  const rd = (h >>> 7) & 31;
  const rs2 = (h >>> 2) & 31;
  const rdp = X[8 + ((h >>> 2) & 7)];
  const rs1p = X[8 + ((h >>> 7) & 7)];
  const frdp = F[8 + ((h >>> 2) & 7)];
  // CI immediate: bit 12 and bits 6:2.
  const ciImm = sext((((h >>> 12) & 1) << 5) | ((h >>> 2) & 31), 6);
  const ciUimm = (((h >>> 12) & 1) << 5) | ((h >>> 2) & 31);
  // CL/CS offsets.
  const offW = (((h >>> 10) & 7) << 3) | (((h >>> 6) & 1) << 2) | (((h >>> 5) & 1) << 6);
  const offD = (((h >>> 10) & 7) << 3) | (((h >>> 5) & 3) << 6);
  if (q === 0) {
    switch (f3) {
      case 0: {
        const imm = (((h >>> 11) & 3) << 4) | (((h >>> 7) & 15) << 6) | (((h >>> 6) & 1) << 2) | (((h >>> 5) & 1) << 3);
        if (imm === 0) return u();
        return op('c.addi4spn', `${rdp},sp,${imm}`);
      }
      case 1: return ext.d ? op('c.fld', `${frdp},${offD}(${rs1p})`) : u();
      case 2: return op('c.lw', `${rdp},${offW}(${rs1p})`);
      case 3: return op('c.ld', `${rdp},${offD}(${rs1p})`);
      case 5: return ext.d ? op('c.fsd', `${frdp},${offD}(${rs1p})`) : u();
      case 6: return op('c.sw', `${rdp},${offW}(${rs1p})`);
      case 7: return op('c.sd', `${rdp},${offD}(${rs1p})`);
    }
    return u();
  }
  if (q === 1) {
    switch (f3) {
      case 0:
        return op('c.addi', `${X[rd]},${ciImm}`);
      case 1:
        if (rd === 0) return u();
        return op('c.addiw', `${X[rd]},${ciImm}`);
      case 2:
        return op('c.li', `${X[rd]},${ciImm}`);
      case 3:
        if (rd === 2) {
          const imm = sext((((h >>> 12) & 1) << 9) | (((h >>> 6) & 1) << 4) | (((h >>> 5) & 1) << 6) | (((h >>> 3) & 3) << 7) | (((h >>> 2) & 1) << 5), 10);
          return op('c.addi16sp', `sp,${imm}`);
        }
        if (ciImm === 0) return u();
        return op('c.lui', `${X[rd]},${hex(ciImm & 0xfffff)}`);
      case 4: {
        const f2 = (h >>> 10) & 3;
        if (f2 === 0) return ciUimm === 0 ? op('c.srli64', rs1p) : op('c.srli', `${rs1p},${hex(ciUimm)}`);
        if (f2 === 1) return ciUimm === 0 ? op('c.srai64', rs1p) : op('c.srai', `${rs1p},${hex(ciUimm)}`);
        if (f2 === 2) return op('c.andi', `${rs1p},${ciImm}`);
        const sel = ((h >>> 12) & 1) << 2 | ((h >>> 5) & 3);
        const n = ['c.sub', 'c.xor', 'c.or', 'c.and', 'c.subw', 'c.addw', '', ''][sel];
        return n ? op(n, `${rs1p},${rdp}`) : u();
      }
      case 5: {
        const off = sext((((h >>> 12) & 1) << 11) | (((h >>> 11) & 1) << 4) | (((h >>> 9) & 3) << 8) | (((h >>> 8) & 1) << 10) |
          (((h >>> 7) & 1) << 6) | (((h >>> 6) & 1) << 7) | (((h >>> 3) & 7) << 1) | (((h >>> 2) & 1) << 5), 12);
        return op('c.j', target(pc, off));
      }
      case 6: case 7: {
        const off = sext((((h >>> 12) & 1) << 8) | (((h >>> 10) & 3) << 3) | (((h >>> 5) & 3) << 6) | (((h >>> 3) & 3) << 1) | (((h >>> 2) & 1) << 5), 9);
        return op(f3 === 6 ? 'c.beqz' : 'c.bnez', `${rs1p},${target(pc, off)}`);
      }
    }
    return u();
  }
  // Quadrant 2.
  switch (f3) {
    case 0:
      return ciUimm === 0 ? op('c.slli64', X[rd]) : op('c.slli', `${X[rd]},${hex(ciUimm)}`);
    case 1: {
      const off = (((h >>> 12) & 1) << 5) | (((h >>> 5) & 3) << 3) | (((h >>> 2) & 7) << 6);
      return ext.d ? op('c.fldsp', `${F[rd]},${off}(sp)`) : u();
    }
    case 2: {
      if (rd === 0) return u();
      const off = (((h >>> 12) & 1) << 5) | (((h >>> 4) & 7) << 2) | (((h >>> 2) & 3) << 6);
      return op('c.lwsp', `${X[rd]},${off}(sp)`);
    }
    case 3: {
      if (rd === 0) return u();
      const off = (((h >>> 12) & 1) << 5) | (((h >>> 5) & 3) << 3) | (((h >>> 2) & 7) << 6);
      return op('c.ldsp', `${X[rd]},${off}(sp)`);
    }
    case 4:
      if (((h >>> 12) & 1) === 0) {
        if (rs2 === 0) return rd === 0 ? u() : op('c.jr', X[rd]);
        return op('c.mv', `${X[rd]},${X[rs2]}`);
      }
      if (rs2 === 0) return rd === 0 ? 'c.ebreak' : op('c.jalr', X[rd]);
      return op('c.add', `${X[rd]},${X[rs2]}`);
    case 5: {
      const off = (((h >>> 10) & 7) << 3) | (((h >>> 7) & 7) << 6);
      return ext.d ? op('c.fsdsp', `${F[rs2]},${off}(sp)`) : u();
    }
    case 6: {
      const off = (((h >>> 9) & 15) << 2) | (((h >>> 7) & 3) << 6);
      return op('c.swsp', `${X[rs2]},${off}(sp)`);
    }
    case 7: {
      const off = (((h >>> 10) & 7) << 3) | (((h >>> 7) & 7) << 6);
      return op('c.sdsp', `${X[rs2]},${off}(sp)`);
    }
  }
  return u();
}
