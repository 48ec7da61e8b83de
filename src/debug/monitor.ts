/**
 * The monitor: QEMU-style commands for looking into a running machine, reached from the
 * console (Ctrl-A c) and from gdb (`monitor ...`, the qRcmd packet). Commands that need a
 * hart's registers halt it for the moment they read its snapshot, then let it run on.
 */
import type { DebugTarget } from './target.js';
import { X_REG_NAMES, REG_PC, REG_CSR0, REG_PRIV, REG_VIRT, REG_F0 } from './gdb-regs.js';
import { Csr, Priv } from '../hart/csr-numbers.js';
import { listMappings, modeLevels, rootOf, gstageTranslate, flagString, type Mapping } from './translate.js';

export interface MonitorHost {
  target: DebugTarget;
  /** Instructions retired per hart so far. */
  instret(): number[];
  /** Seconds since the machine started. */
  seconds(): number;
  /** Ends the run (as Ctrl-A x). */
  quit(): void;
}

/** Longest `x` dump and `info tlb` listing, so a typo cannot flood the terminal. */
const MAX_UNITS = 4096;
const MAX_MAPPINGS = 4096;

const HELP = [
  'info registers [HART]   registers and main CSRs of a hart (default: the current one)',
  'info mem [HART]         mapped virtual ranges of the hart\'s current translation',
  'info tlb [HART]         every page of the hart\'s current translation',
  'x/N[x|d|u][b|h|w|g] ADDR   memory through the current hart\'s translation (xp: physical)',
  'hart [N]                show or select the current hart',
  'stats                   instructions per hart, run time, which harts are halted',
  'stop | cont             halt every hart | let them run',
  'quit                    end the run',
].join('\n');

const hex16 = (v: bigint): string => v.toString(16).padStart(16, '0');
const PRIV_NAME: Record<number, string> = { [Priv.U]: 'U', [Priv.S]: 'S', [Priv.M]: 'M' };

export class Monitor {
  /** The hart `info` and `x` default to (gdb's selected thread when reached through gdb). */
  current = 0;

  constructor(private readonly host: MonitorHost) {}

  /** Runs one command line; returns its output (no trailing newline). */
  async execute(line: string): Promise<string> {
    const words = line.trim().split(/\s+/).filter((w) => w !== '');
    if (words.length === 0) return '';
    try {
      return await this.dispatch(words);
    } catch (e) {
      return `error: ${(e as Error).message}`;
    }
  }

  private async dispatch(w: string[]): Promise<string> {
    const t = this.host.target;
    const cmd = w[0];
    if (cmd === 'help' || cmd === '?') return HELP;
    if (cmd === 'info') {
      const what = w[1];
      const hart = this.hartArg(w[2]);
      if (what === 'registers' || what === 'reg' || what === 'r') return this.withHalted(hart, () => this.registers(hart));
      if (what === 'mem') return this.withHalted(hart, () => this.mappings(hart, true));
      if (what === 'tlb') return this.withHalted(hart, () => this.mappings(hart, false));
      throw new Error(`info ${what ?? ''}: expected registers, mem or tlb`);
    }
    if (cmd.startsWith('x/') || cmd === 'x' || cmd.startsWith('xp/') || cmd === 'xp') return this.examine(cmd, w[1]);
    if (cmd === 'hart') {
      if (w[1] !== undefined) this.current = this.hartArg(w[1]);
      return `current hart ${this.current}`;
    }
    if (cmd === 'stats') return this.stats();
    if (cmd === 'stop') {
      await t.halt();
      return 'all harts halted';
    }
    if (cmd === 'cont' || cmd === 'c') {
      await t.resumeAll();
      return 'running';
    }
    if (cmd === 'quit' || cmd === 'q') {
      this.host.quit();
      return 'quitting';
    }
    throw new Error(`unknown command '${cmd}' (try help)`);
  }

  private hartArg(s: string | undefined): number {
    if (s === undefined) return this.current;
    const n = Number(s);
    if (!Number.isInteger(n) || n < 0 || n >= this.host.target.harts) throw new Error(`no hart ${s} (0 to ${this.host.target.harts - 1})`);
    return n;
  }

  /** Runs fn with hart h halted: already halted harts stay so, running ones go on afterwards. */
  private withHalted(h: number, fn: () => string): Promise<string> {
    return this.host.target.inspect(h, fn);
  }

  private registers(h: number): string {
    const t = this.host.target;
    const r = (n: number) => t.reg(h, n) ?? 0n;
    const csr = (c: number) => r(REG_CSR0 + c);
    const priv = Number(r(REG_PRIV)), virt = Number(r(REG_VIRT));
    const lines = [`hart ${h}: pc ${hex16(r(REG_PC))}  mode ${virt ? 'V' : ''}${PRIV_NAME[priv] ?? priv} (priv ${priv}, V=${virt})` +
      `${t.inWfi(h) ? '  in WFI' : ''}  retired ${t.retired(h)}`];
    const shown: [string, number][] = [
      ['mstatus', Csr.mstatus], ['misa', Csr.misa], ['medeleg', Csr.medeleg], ['mideleg', Csr.mideleg],
      ['mie', Csr.mie], ['mip', Csr.mip], ['mtvec', Csr.mtvec], ['mepc', Csr.mepc], ['mcause', Csr.mcause], ['mtval', Csr.mtval],
      ['stvec', Csr.stvec], ['sepc', Csr.sepc], ['scause', Csr.scause], ['stval', Csr.stval], ['satp', Csr.satp], ['sscratch', Csr.sscratch],
      ['hstatus', Csr.hstatus], ['hedeleg', Csr.hedeleg], ['hideleg', Csr.hideleg], ['hvip', Csr.hvip], ['htval', Csr.htval], ['hgatp', Csr.hgatp],
      ['vsstatus', Csr.vsstatus], ['vstvec', Csr.vstvec], ['vsepc', Csr.vsepc], ['vscause', Csr.vscause], ['vstval', Csr.vstval], ['vsatp', Csr.vsatp],
    ];
    for (let i = 0; i < shown.length; i += 4) {
      lines.push(shown.slice(i, i + 4).map(([n, c]) => ` ${n.padEnd(8)} ${hex16(csr(c))}`).join(''));
    }
    for (let i = 0; i < 32; i += 4) {
      lines.push([0, 1, 2, 3].map((k) => ` ${`x${i + k}/${X_REG_NAMES[i + k]}`.padEnd(8)} ${hex16(r(i + k))}`).join(''));
    }
    for (let i = 0; i < 32; i += 4) {
      lines.push([0, 1, 2, 3].map((k) => ` ${`f${i + k}`.padEnd(8)} ${hex16(r(REG_F0 + i + k))}`).join(''));
    }
    lines.push(` fcsr     ${hex16(csr(Csr.fcsr))}`);
    return lines.join('\n');
  }

  /** `x/Nfu ADDR`: N units of u (b, h, w, g; default w) in format f (x, d, u; default x). */
  private async examine(cmd: string, addrText: string | undefined): Promise<string> {
    const phys = cmd.startsWith('xp');
    const spec = /^xp?(?:\/(\d*)([xdu]?)([bhwg]?)([xdu]?))?$/.exec(cmd);
    if (!spec) throw new Error(`bad format '${cmd}' (example: x/4x 0x80000000)`);
    const count = spec[1] ? Number(spec[1]) : 1;
    const fmt = spec[2] || spec[4] || 'x';
    const unit = { b: 1, h: 2, w: 4, g: 8 }[spec[3] || 'w'] as number;
    if (count < 1 || count > MAX_UNITS) throw new Error(`count must be 1 to ${MAX_UNITS}`);
    if (addrText === undefined) throw new Error(`${cmd}: address missing`);
    const addr = parseAddress(addrText);
    const h = this.current;
    // Translation needs the hart's regime, published when it halts.
    if (!phys) return this.withHalted(h, () => this.dump(h, addr, count, unit, fmt, phys));
    return this.dump(h, addr, count, unit, fmt, phys);
  }

  private dump(h: number, addr: bigint, count: number, unit: number, fmt: string, phys: boolean): string {
    const bytes = this.host.target.readMemory(h, addr, count * unit, phys);
    const lines: string[] = [];
    const perLine = Math.max(1, 16 / unit);
    for (let i = 0; i < count; i += perLine) {
      const cells: string[] = [];
      for (let k = i; k < Math.min(count, i + perLine); k++) {
        if ((k + 1) * unit > bytes.length) break;
        let v = 0n;
        for (let j = unit - 1; j >= 0; j--) v = (v << 8n) | BigInt(bytes[k * unit + j]);
        cells.push(fmt === 'x' ? '0x' + v.toString(16).padStart(unit * 2, '0')
          : fmt === 'd' ? BigInt.asIntN(unit * 8, v).toString() : v.toString());
      }
      const at = BigInt.asUintN(64, addr + BigInt(i * unit));
      if (cells.length === 0) { lines.push(`${hex16(at)}: cannot access memory`); break; }
      lines.push(`${hex16(at)}: ${cells.join(' ')}`);
      if (cells.length < Math.min(perLine, count - i)) { lines.push(`${hex16(BigInt.asUintN(64, addr + BigInt(bytes.length)))}: cannot access memory`); break; }
    }
    return lines.join('\n');
  }

  /** The hart's current translation: its leaves (`info tlb`) or merged ranges (`info mem`). */
  private mappings(h: number, merged: boolean): string {
    const t = this.host.target;
    const r = t.regime(h);
    const mem = t.ptMemory();
    const out: string[] = [];
    const first = r.virt ? { name: 'vsatp (VS-stage, guest virtual -> guest physical)', lo: r.vsatpLo, hi: r.vsatpHi }
      : { name: 'satp', lo: r.satpLo, hi: r.satpHi };
    const levels = modeLevels(first.hi >>> 28);
    if (!r.virt && r.priv === Priv.M) out.push('M-mode: no translation; the satp table as S-mode sees it:');
    if (levels === 0) out.push(`${first.name}: bare (no translation)`);
    else {
      out.push(`${first.name}: Sv${12 + 9 * levels}, root ${rootOf(first.lo, first.hi).toString(16)}`);
      const ptAddr = r.virt ? (a: number) => gstageTranslate(mem, r, a) : (a: number) => a;
      out.push(...formatMappings(listMappings(mem, rootOf(first.lo, first.hi), levels, 0, MAX_MAPPINGS, ptAddr), merged));
    }
    const g = modeLevels(r.hgatpHi >>> 28);
    if (g !== 0) {
      const root = rootOf(r.hgatpLo & ~3, r.hgatpHi);
      out.push(`hgatp (G-stage, guest physical -> physical): Sv${12 + 9 * g}x4, root ${root.toString(16)}`);
      out.push(...formatMappings(listMappings(mem, root, g, 2, MAX_MAPPINGS), merged));
    }
    return out.join('\n');
  }

  private stats(): string {
    const t = this.host.target;
    const counts = this.host.instret();
    const secs = this.host.seconds();
    const lines: string[] = [];
    let total = 0;
    for (let h = 0; h < t.harts; h++) {
      const n = t.isHalted(h) ? Math.max(t.retired(h), counts[h] ?? 0) : counts[h] ?? 0;
      total += n;
      lines.push(`hart ${h}: ${n} instructions, ${t.isHalted(h) ? 'halted' : 'running'}`);
    }
    lines.push(`total ${total} instructions in ${secs.toFixed(3)} s (${(total / Math.max(secs, 1e-9) / 1e6).toFixed(1)} MIPS)`);
    return lines.join('\n');
  }
}

function formatMappings(list: Mapping[], merged: boolean): string[] {
  const fmt = (v: number) => BigInt.asUintN(64, BigInt(v)).toString(16).padStart(16, '0');
  if (!merged) {
    const lines = list.map((m) => `${fmt(m.va)} -> ${fmt(m.pa)} ${sizeName(m.size).padStart(4)} ${flagString(m.flags)}`);
    if (list.length >= MAX_MAPPINGS) lines.push(`(first ${MAX_MAPPINGS} shown)`);
    return lines;
  }
  const lines: string[] = [];
  let cur: Mapping | null = null;
  const emit = (m: Mapping) => lines.push(`${fmt(m.va)}-${fmt(m.va + m.size)} ${fmt(m.pa)} ${m.size.toString(16).padStart(10)} ${flagString(m.flags)}`);
  for (const m of list) {
    if (cur && cur.va + cur.size === m.va && cur.pa + cur.size === m.pa && cur.flags === m.flags) {
      cur.size += m.size;
      continue;
    }
    if (cur) emit(cur);
    cur = { ...m };
  }
  if (cur) emit(cur);
  return lines;
}

function sizeName(size: number): string {
  return size >= 2 ** 30 ? `${size / 2 ** 30}G` : size >= 2 ** 20 ? `${size / 2 ** 20}M` : `${size / 1024}K`;
}

/** 0x-prefixed hex or decimal, up to 64 bits. */
export function parseAddress(s: string): bigint {
  if (!/^(0x[0-9a-fA-F]{1,16}|\d{1,20})$/.test(s)) throw new Error(`bad address '${s}'`);
  const v = BigInt(s);
  if (v >= 2n ** 64n) throw new Error(`bad address '${s}'`);
  return v;
}
