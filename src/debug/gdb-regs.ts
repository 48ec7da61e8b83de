/**
 * The registers the gdb stub offers and their numbers in the remote protocol, following
 * gdb's RISC-V conventions: x0-x31 = 0-31, pc = 32, f0-f31 = 33-64, CSR n = 65 + n (so
 * fflags, frm and fcsr are 66-68), and the virtual registers after the CSRs: priv = 65 + 4096
 * (gdb's org.gnu.gdb.riscv.virtual) and Hartsim's `virt` (V) right after it.
 */
import { Hart } from '../hart/hart.js';
import { readCsr } from '../hart/csr.js';
import { Csr, Mstatus, Priv } from '../hart/csr-numbers.js';
import { csrName } from './disasm.js';

export const REG_PC = 32;
export const REG_F0 = 33;
export const REG_CSR0 = 65;
export const REG_PRIV = REG_CSR0 + 4096;
export const REG_VIRT = REG_PRIV + 1;
/** Registers in a `g` packet: x0-x31 and pc; gdb reads the rest with `p`. */
export const G_PACKET_REGS = 33;

const X_NAMES = [
  'zero', 'ra', 'sp', 'gp', 'tp', 't0', 't1', 't2', 'fp', 's1', 'a0', 'a1', 'a2', 'a3', 'a4', 'a5',
  'a6', 'a7', 's2', 's3', 's4', 's5', 's6', 's7', 's8', 's9', 's10', 's11', 't3', 't4', 't5', 't6',
];
const F_NAMES = [
  'ft0', 'ft1', 'ft2', 'ft3', 'ft4', 'ft5', 'ft6', 'ft7', 'fs0', 'fs1', 'fa0', 'fa1', 'fa2', 'fa3', 'fa4', 'fa5',
  'fa6', 'fa7', 'fs2', 'fs3', 'fs4', 'fs5', 'fs6', 'fs7', 'fs8', 'fs9', 'fs10', 'fs11', 'ft8', 'ft9', 'ft10', 'ft11',
];
export const X_REG_NAMES: readonly string[] = X_NAMES;

/** The CSRs in the fpu feature rather than the csr one. */
const FP_CSRS = new Set<number>([Csr.fflags, Csr.frm, Csr.fcsr]);

let csrList: number[] | null = null;
let csrSet: Set<number> | null = null;

/**
 * Every CSR number this hart model implements: the ones an M-mode read accepts (csr.ts is
 * the one place that knows), found on a scratch hart with FS on.
 */
export function implementedCsrs(): readonly number[] {
  if (csrList) return csrList;
  const ram = new SharedArrayBuffer(4096);
  const ctl = new Int32Array(new SharedArrayBuffer(4 * 4096));
  const h = new Hart({
    hartId: 0, ram, ramBase: 0x8000_0000, ctl, time: { mtime: () => 0 },
    mmio: { data: new Int32Array(2), read: () => false, write: () => false, amo: () => false },
  });
  h.priv = Priv.M;
  h.mstatus |= Mstatus.FS;
  csrList = [];
  for (let n = 0; n < 4096; n++) if (readCsr(h, n) === 0) csrList.push(n);
  return csrList;
}

/** Size in bytes of a register in the protocol (all are 64-bit), or 0 for an unknown number. */
export function regSize(regnum: number): number {
  if (regnum >= 0 && regnum <= REG_PC + 32) return 8;
  if (regnum === REG_PRIV || regnum === REG_VIRT) return 8;
  const csr = regnum - REG_CSR0;
  csrSet ??= new Set(implementedCsrs());
  return csrSet.has(csr) ? 8 : 0;
}

function reg(name: string, regnum: number, type: string, group?: string): string {
  return `<reg name="${name}" bitsize="64" regnum="${regnum}" type="${type}"${group ? ` group="${group}"` : ''}/>`;
}

/** target.xml: the cpu, fpu, virtual and csr features in one document (no includes). */
export function targetXml(): string {
  const cpu = X_NAMES.map((n, i) => reg(n, i, i === 1 ? 'code_ptr' : i === 2 || i === 8 ? 'data_ptr' : 'int'));
  cpu.push(reg('pc', REG_PC, 'code_ptr'));
  const fpu = F_NAMES.map((n, i) => reg(n, REG_F0 + i, 'ieee_double', 'float'));
  for (const c of [Csr.fflags, Csr.frm, Csr.fcsr]) fpu.push(reg(csrName(c), REG_CSR0 + c, 'int', 'float'));
  const csrs = implementedCsrs().filter((c) => !FP_CSRS.has(c)).map((c) => reg(csrName(c), REG_CSR0 + c, 'int', 'csr'));
  return '<?xml version="1.0"?>\n<!DOCTYPE target SYSTEM "gdb-target.dtd">\n<target version="1.0">\n' +
    '<architecture>riscv:rv64</architecture>\n' +
    `<feature name="org.gnu.gdb.riscv.cpu">\n${cpu.join('\n')}\n</feature>\n` +
    `<feature name="org.gnu.gdb.riscv.fpu">\n${fpu.join('\n')}\n</feature>\n` +
    `<feature name="org.gnu.gdb.riscv.virtual">\n${reg('priv', REG_PRIV, 'int')}\n${reg('virt', REG_VIRT, 'int')}\n</feature>\n` +
    `<feature name="org.gnu.gdb.riscv.csr">\n${csrs.join('\n')}\n</feature>\n` +
    '</target>\n';
}

/** Register number for a name as the monitor accepts it (x names, ABI names, pc, CSR names, priv, virt). */
export function regnumByName(name: string): number {
  const n = name.toLowerCase();
  const x = /^x(\d+)$/.exec(n);
  if (x && Number(x[1]) < 32) return Number(x[1]);
  const i = X_NAMES.indexOf(n === 's0' ? 'fp' : n);
  if (i >= 0) return i;
  if (n === 'pc') return REG_PC;
  if (n === 'priv') return REG_PRIV;
  if (n === 'virt') return REG_VIRT;
  const f = F_NAMES.indexOf(n);
  if (f >= 0) return REG_F0 + f;
  for (const c of implementedCsrs()) if (csrName(c) === n) return REG_CSR0 + c;
  return -1;
}
