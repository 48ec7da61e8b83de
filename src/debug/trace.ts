/**
 * Tracing (--trace): one HartTracer per traced hart, in the thread that runs the hart. It
 * formats events as lines, one per event, prefixed with the hart and its mode:
 *
 *   h0 HS  0000000080201234: 00a58593  addi a1,a1,10           insn, before it executes
 *   h0 VS  exc  cause=13 (load page fault) epc=... tval=... -> HS 0000000080200400
 *   h0 M   int  cause=7 (machine timer) epc=... -> M 0000000080000100
 *   h0 HS  mmu  r va=... satp sv39 -> pa=...                  a page-table walk (also vsatp, hgatp)
 *   h0 HS  sbi  call eid=0x54494d45 (TIME) fid=0 a0=... -> M  and "sbi  ret ... a0= a1=" on return
 *   h0 HS  dev  w 1 0000000010000000 uart0 <- 0x48             a device access
 *
 * Lines collect in a per-hart buffer that the hart's thread writes out at each slice boundary
 * (TraceOutput). With insn tracing the thread runs its hart one instruction at a time
 * (runTraced); the other categories come through Hart.observer and a wrapped MmioPort, so a
 * run without --trace executes exactly the code it would without this file.
 */
import { Hart, Stop } from '../hart/hart.js';
import type { HartObserver } from '../hart/observer.js';
import { WalkStage } from '../hart/observer.js';
import type { MmioPort } from '../hart/env.js';
import type { TrapInfo } from '../hart/trap.js';
import { TO_HS, TO_M } from '../hart/trap.js';
import { C64 } from '../hart/csr.js';
import { Cause, Priv } from '../hart/csr-numbers.js';
import { disassemble } from './disasm.js';
import { causeName, sbiExtensionName } from './causes.js';
import { TraceCat, inRange, type AddrRange, type DeviceRegion, type TraceSettings } from './trace-options.js';
import { TraceOutput } from './trace-output.js';
import { TWO32 } from '../hart/int64.js';

/** Lines buffered before a write even inside a slice (bounds a hart's buffer). */
const MAX_BUFFERED_LINES = 8192;
/** Instructions whose text is kept for reuse before the cache starts afresh. */
const INSN_CACHE_SIZE = 1 << 16;

const ACCESS = ['r', 'w', 'x', 'rx'];

/** A 64-bit address held as a signed Number, as 16 hex digits of its unsigned value. */
export function hex64(a: number): string {
  const hi = Math.floor(a / TWO32);
  return hex32(hi >>> 0) + hex32(a - hi * TWO32);
}

function hex32(v: number): string {
  return (v >>> 0).toString(16).padStart(8, '0');
}

/** A register (lo, hi) as 0x and its unsigned value, without leading zeros. */
function regHex(lo: number, hi: number): string {
  return '0x' + (hi === 0 ? (lo >>> 0).toString(16) : (hi >>> 0).toString(16) + hex32(lo));
}

/** M, HS, U, VS or VU, padded to two columns. */
export function modeName(priv: number, virt: number): string {
  if (virt) return priv === Priv.S ? 'VS' : 'VU';
  return priv === Priv.M ? 'M ' : priv === Priv.S ? 'HS' : 'U ';
}

function targetName(target: number): string {
  return target === TO_M ? 'M' : target === TO_HS ? 'HS' : 'VS';
}

/** satp/vsatp MODE 8-10 are Sv39/48/57; hgatp's are the x4 variants. */
function regimeName(stage: WalkStage, mode: number): string {
  const csr = stage === WalkStage.S ? 'satp' : stage === WalkStage.VS ? 'vsatp' : 'hgatp';
  const levels = mode === 8 ? 39 : mode === 9 ? 48 : mode === 10 ? 57 : 0;
  const name = levels === 0 ? `mode${mode}` : `sv${levels}${stage === WalkStage.G ? 'x4' : ''}`;
  return `${csr} ${name}`;
}

/** An SBI call in progress, to report its return values when the firmware returns to the caller. */
interface PendingSbi {
  returnPc: number;
  priv: number;
  virt: number;
  eid: number;
  fid: number;
}

export class HartTracer implements HartObserver {
  readonly insn: boolean;
  private readonly cats: number;
  private readonly range: AddrRange | null;
  private readonly out: TraceOutput;
  private lines: string[] = [];
  private hart: Hart | null = null;
  private mmio: TracingMmio | null = null;
  private readonly pendingSbi: PendingSbi = { returnPc: NaN, priv: 0, virt: 0, eid: 0, fid: 0 };
  private active = true;
  /** Formatted instructions by pc, with the encoding they were made from. */
  private readonly cachedRaw = new Map<number, number>();
  private readonly cachedText = new Map<number, string>();

  constructor(readonly hartId: number, private readonly settings: TraceSettings) {
    this.cats = settings.categories;
    this.insn = (this.cats & TraceCat.Insn) !== 0;
    this.range = settings.range;
    this.out = new TraceOutput(settings);
  }

  /** Whether traces of this hart are wanted at all. */
  static wants(settings: TraceSettings | undefined, hartId: number): settings is TraceSettings {
    return settings !== undefined && settings.categories !== 0 && ((settings.harts >>> hartId) & 1) !== 0;
  }

  /** The port the hart should use: this one traces device accesses when dev is on. */
  wrapMmio(port: MmioPort): MmioPort {
    if ((this.cats & TraceCat.Dev) === 0) return port;
    this.mmio = new TracingMmio(port, this, this.settings.devices);
    return this.mmio;
  }

  /** Starts observing `hart` (traps, xRETs and walks when those categories are on). */
  attach(hart: Hart): void {
    this.hart = hart;
    if ((this.cats & (TraceCat.Int | TraceCat.Exc | TraceCat.Mmu | TraceCat.Sbi)) !== 0) hart.observer = this;
  }

  /** Insn tracing is on and not yet stopped by the limit: run the hart with runTraced. */
  stepping(): boolean {
    return this.insn && this.active;
  }

  // ---------------------------------------------------------------- events

  /** The instruction at the hart's pc, about to execute. */
  instruction(h: Hart): void {
    const pc = h.pc;
    if (this.range !== null && !inRange(this.range, pc)) return;
    const mmio = this.mmio;
    if (mmio !== null) mmio.muted = true; // the peek's fetch from a device (the boot ROM) is no access
    const raw = h.peekInstruction();
    if (mmio !== null) mmio.muted = false;
    if (raw < 0) return; // the fetch faults: the exc line tells
    this.line(h.priv, h.virt, this.insnText(pc, raw));
  }

  /**
   * "pc: encoding  disassembly", a function of pc and raw alone: loops hit the cache, which
   * saves most of the cost of an insn trace.
   */
  private insnText(pc: number, raw: number): string {
    if (this.cachedRaw.get(pc) === raw) return this.cachedText.get(pc)!;
    const enc = (raw & 3) === 3 ? hex32(raw) : (raw & 0xffff).toString(16).padStart(4, '0') + '    ';
    const text = `${hex64(pc)}: ${enc}  ${disassemble(raw, pc, { aliases: true }).replace('\t', ' ')}`;
    if (this.cachedRaw.size >= INSN_CACHE_SIZE) {
      this.cachedRaw.clear();
      this.cachedText.clear();
    }
    this.cachedRaw.set(pc, raw);
    this.cachedText.set(pc, text);
    return text;
  }

  trap(h: Hart, cause: number, interrupt: boolean, fromPriv: number, fromVirt: number, target: number,
    epcLo: number, epcHi: number, t: TrapInfo, handler: number): void {
    if (!this.active) return;
    const to = `-> ${targetName(target)} ${hex64(handler)}`;
    const epc = hex32(epcHi) + hex32(epcLo);
    if (interrupt) {
      if (this.cats & TraceCat.Int) this.line(fromPriv, fromVirt, `int  cause=${cause} (${causeName(cause, true)}) epc=${epc} ${to}`);
      return;
    }
    if (this.cats & TraceCat.Exc) {
      const htval = t.htvalLo !== 0 || t.htvalHi !== 0 ? ` htval=${hex32(t.htvalHi)}${hex32(t.htvalLo)}` : '';
      this.line(fromPriv, fromVirt,
        `exc  cause=${cause} (${causeName(cause, false)}) epc=${epc} tval=${hex32(t.tvalHi)}${hex32(t.tvalLo)}${htval} ${to}`);
    }
    if ((this.cats & TraceCat.Sbi) && (cause === Cause.EcallS || cause === Cause.EcallVS)) {
      this.sbiCall(h, fromPriv, fromVirt, target, epcHi * TWO32 + (epcLo >>> 0));
    }
  }

  /** An ecall from S or VS is an SBI call to the firmware or hypervisor below (SBI spec, chapter 3). */
  private sbiCall(h: Hart, priv: number, virt: number, target: number, epc: number): void {
    const x = h.x;
    const eid = x[2 * 17] >>> 0, fid = x[2 * 16] >>> 0;
    let args = '';
    for (let r = 10; r <= 15; r++) args += ` a${r - 10}=${regHex(x[2 * r], x[2 * r + 1])}`;
    this.line(priv, virt, `sbi  call eid=0x${eid.toString(16)} (${sbiExtensionName(eid)}) fid=${fid}${args} -> ${targetName(target)}`);
    const p = this.pendingSbi;
    p.returnPc = epc + 4; // ecall has no compressed form
    p.priv = priv;
    p.virt = virt;
    p.eid = eid;
    p.fid = fid;
  }

  /** The return from the pending SBI call: back in the caller's mode, just after its ecall. */
  xret(h: Hart, epc: number): void {
    const p = this.pendingSbi;
    if (!this.active || p.returnPc !== p.returnPc || h.priv !== p.priv || h.virt !== p.virt || epc === C64.vsepc) return;
    const c = h.c64;
    if (c[2 * epc + 1] * TWO32 + (c[2 * epc] >>> 0) !== p.returnPc) return;
    p.returnPc = NaN;
    const x = h.x;
    this.line(h.priv, h.virt, `sbi  ret  eid=0x${p.eid.toString(16)} (${sbiExtensionName(p.eid)}) fid=${p.fid} ` +
      `a0=${regHex(x[20], x[21])} a1=${regHex(x[22], x[23])}`);
  }

  walk(h: Hart, stage: WalkStage, mode: number, addr: number, acc: number, result: number): void {
    if (!this.active || (this.cats & TraceCat.Mmu) === 0) return;
    if (this.range !== null && !inRange(this.range, addr)) return;
    const inName = stage === WalkStage.G ? 'gpa' : 'va';
    const outName = stage === WalkStage.VS ? 'gpa' : 'pa';
    const outcome = result >= 0 ? `${outName}=${hex64(result)}`
      : `fault cause=${h.exceptionCause()} (${causeName(h.exceptionCause(), false)})`;
    this.line(h.priv, h.virt, `mmu  ${ACCESS[acc] ?? acc} ${inName}=${hex64(addr)} ${regimeName(stage, mode)} -> ${outcome}`);
  }

  /** A device access by the hart (TracingMmio). */
  device(text: string, pa: number): void {
    if (!this.active || this.hart === null) return;
    if (this.range !== null && !inRange(this.range, pa)) return;
    this.line(this.hart.priv, this.hart.virt, `dev  ${text}`);
  }

  private line(priv: number, virt: number, text: string): void {
    this.lines.push(`h${this.hartId} ${modeName(priv, virt)}  ${text}\n`);
    if (this.lines.length >= MAX_BUFFERED_LINES) this.flush();
  }

  // ---------------------------------------------------------------- output

  /** Writes the buffered lines out (at slice boundaries); once the trace has stopped, detaches. */
  flush(): void {
    if (!this.active) return;
    const chunk = this.lines.join('');
    this.lines = [];
    if (!this.out.write(chunk)) this.stop();
  }

  /** Final flush; the file is closed. */
  close(): void {
    this.flush();
    this.stop();
    this.out.close();
  }

  /** No more events: the hart runs untraced from here on. */
  private stop(): void {
    this.active = false;
    this.lines = [];
    if (this.hart !== null && this.hart.observer === this) this.hart.observer = null;
    if (this.mmio !== null) this.mmio.muted = true;
  }
}

/**
 * Runs up to `budget` instructions one at a time, tracing each before it executes. Stops
 * early for the same reasons Hart.run does (a trap, WFI, a change that may make an interrupt
 * takeable), so the caller's interrupt checks happen at the same points as without tracing.
 */
export function runTraced(hart: Hart, budget: number, tracer: HartTracer): Stop {
  const end = hart.retiredCount() + budget;
  while (hart.retiredCount() < end) {
    tracer.instruction(hart);
    const why = hart.run(1);
    if (why !== Stop.Budget) return why;
  }
  return Stop.Budget;
}

/** A hart's device port that reports each access to the tracer (--trace dev). */
export class TracingMmio implements MmioPort {
  readonly data: Int32Array;
  /** True while an access is not the guest's own (the tracer peeking at an instruction). */
  muted = false;

  constructor(private readonly inner: MmioPort, private readonly tracer: HartTracer, private readonly devices: DeviceRegion[]) {
    this.data = inner.data;
  }

  read(pa: number, size: 1 | 2 | 4 | 8): boolean {
    const ok = this.inner.read(pa, size);
    if (!this.muted) this.report('r', pa, size, ok, ok ? `-> ${regHex(this.data[0], size === 8 ? this.data[1] : 0)}` : '');
    return ok;
  }

  write(pa: number, size: 1 | 2 | 4 | 8, lo: number, hi: number): boolean {
    const ok = this.inner.write(pa, size, lo, hi);
    if (!this.muted) this.report('w', pa, size, ok, `<- ${regHex(sized(lo, size), size === 8 ? hi : 0)}`);
    return ok;
  }

  amo(pa: number, size: 4 | 8, f5: number, lo: number, hi: number): boolean {
    const ok = this.inner.amo(pa, size, f5, lo, hi);
    if (!this.muted) {
      const old = ok ? ` (was ${regHex(this.data[0], size === 8 ? this.data[1] : 0)})` : '';
      this.report('amo', pa, size, ok, `<- ${regHex(sized(lo, size), size === 8 ? hi : 0)} funct5=0x${f5.toString(16)}${old}`);
    }
    return ok;
  }

  private report(op: string, pa: number, size: number, ok: boolean, value: string): void {
    const what = ok ? value : `${value} access fault (no device answers)`.trim();
    this.tracer.device(`${op} ${size} ${hex64(pa)} ${this.deviceName(pa)} ${what}`, pa);
  }

  private deviceName(pa: number): string {
    for (const d of this.devices) if (pa >= d.base && pa < d.base + d.size) return d.name;
    return '-';
  }
}

/** The bytes a store of `size` writes, as an unsigned value. */
function sized(lo: number, size: number): number {
  return size === 1 ? lo & 0xff : size === 2 ? lo & 0xffff : lo >>> 0;
}
