/**
 * The coordinator's side of the debug channel: one interface (DebugTarget) through which the
 * gdb stub and the monitor halt, inspect, change and resume harts, the same in parallel mode
 * (harts in workers) and deterministic mode (harts on this thread). Registers are read from
 * the snapshot a hart publishes when it halts; memory is read and written here, in the shared
 * RAM, after translating through the halted hart's regime (src/debug/translate.ts).
 */
import {
  G_DEBUG, D_EVENTS, D_POINTS, D_PHYS, D_MAX_POINTS, pointBase, debugHartBase, PT_KIND, PT_ADDR_LO, PT_ADDR_HI, PT_LEN,
  DH_CMD, DH_STATE, DH_REASON, DH_WATCH_KIND, DH_WATCH_LO, DH_WATCH_HI, DH_MB_STATE, DH_MB_OP, DH_MB_ARG, DH_MB_RESULT,
  DH_X, DH_PC, DH_F, DH_FFLAGS, DH_FRM, DH_PRIV, DH_VIRT, DH_WFI, DH_RETIRED, DH_CSR,
  DCMD_HALT, DebugState, DebugOp, HaltReason, PointKind, MB_REQUEST, MB_IDLE, RESUME_CONTINUE, RESUME_STEP,
} from '../threads/layout.js';
import { Csr } from '../hart/csr-numbers.js';
import { debugTranslate, type Regime, type PtMemory } from './translate.js';
import { REG_PC, REG_F0, REG_CSR0, REG_PRIV, REG_VIRT, regSize } from './gdb-regs.js';

const TWO32 = 4294967296;
const PAGE = 4096;

export interface TargetEnv {
  harts: number;
  ctl: Int32Array;
  dbg: SharedArrayBuffer;
  ram: SharedArrayBuffer;
  ramBase: number;
  /** The reset ROM, readable by the debugger. */
  rom: { base: number; bytes: Uint8Array };
  /** Wakes a hart sleeping in WFI so it sees a halt request. */
  wake(hart: number): void;
  /** True once the machine has stopped (harts leave their loops). */
  stopped(): boolean;
  /** Guest time, paused while every hart is halted (parallel mode; deterministic time stands still anyway). */
  clock?: { mtime(): number; setMtime(t: number): void };
}

export interface Point {
  kind: PointKind;
  addr: number;
  len: number;
}

export type ResumeMode = 'continue' | 'step';

export class DebugTarget {
  readonly harts: number;
  /** Serves halted harts' requests at once (deterministic mode, where they run on this thread). */
  pump: (() => void) | null = null;
  private readonly d: Int32Array;
  private readonly mem: PtMemory;
  private readonly ramBytes: Uint8Array;
  private points: Point[] = [];
  private clients = 0;
  private pausedAt: number | null = null;
  /** Harts halted for a moment by inspect(): not stops that a waiting debugger should report. */
  private readonly transient = new Set<number>();

  constructor(private readonly env: TargetEnv) {
    this.harts = env.harts;
    this.d = new Int32Array(env.dbg);
    this.ramBytes = new Uint8Array(env.ram);
    this.mem = { words: new Int32Array(env.ram), base: env.ramBase, size: env.ram.byteLength };
  }

  /** A debugger (gdb) is attached: the harts look at the channel every slice until detach(). */
  attach(): void {
    this.clients++;
    Atomics.store(this.env.ctl, G_DEBUG, 1);
  }

  detach(): void {
    this.clients = Math.max(0, this.clients - 1);
    this.refresh();
  }

  /** G_DEBUG stays on while anything needs the harts' attention. */
  private refresh(): void {
    let need = this.clients > 0 || this.points.length > 0;
    for (let h = 0; h < this.harts && !need; h++) {
      need = this.isHalted(h) || Atomics.load(this.d, debugHartBase(h) + DH_CMD) !== 0;
    }
    Atomics.store(this.env.ctl, G_DEBUG, need ? 1 : 0);
  }

  isHalted(h: number): boolean {
    return Atomics.load(this.d, debugHartBase(h) + DH_STATE) === DebugState.Halted;
  }

  allHalted(): boolean {
    for (let h = 0; h < this.harts; h++) if (!this.isHalted(h)) return false;
    return true;
  }

  /** Asks every hart to halt at its next slice boundary (e.g. --wait-gdb, before they start). */
  requestHaltAll(): void {
    Atomics.store(this.env.ctl, G_DEBUG, 1);
    for (let h = 0; h < this.harts; h++) {
      if (this.isHalted(h)) continue;
      Atomics.store(this.d, debugHartBase(h) + DH_CMD, DCMD_HALT);
      this.env.wake(h);
    }
  }

  /** Halts the given harts (all by default); false when the machine stopped first. */
  async halt(which: number[] = this.all()): Promise<boolean> {
    Atomics.store(this.env.ctl, G_DEBUG, 1);
    for (const h of which) {
      if (this.isHalted(h)) continue;
      Atomics.store(this.d, debugHartBase(h) + DH_CMD, DCMD_HALT);
      this.env.wake(h);
    }
    this.pump?.();
    for (const h of which) {
      const i = debugHartBase(h) + DH_STATE;
      while (Atomics.load(this.d, i) !== DebugState.Halted) {
        if (this.env.stopped()) return false;
        const w = Atomics.waitAsync(this.d, i, DebugState.Running, 100);
        if (w.async) await w.value;
      }
    }
    if (this.allHalted() && this.env.clock && this.pausedAt === null) this.pausedAt = this.env.clock.mtime();
    return true;
  }

  private all(): number[] {
    return Array.from({ length: this.harts }, (_, h) => h);
  }

  /** Resumes halted harts, each continuing or stepping one instruction; the others stay halted. */
  async resume(modes: Map<number, ResumeMode>): Promise<void> {
    if (this.pausedAt !== null && this.env.clock) {
      this.env.clock.setMtime(this.pausedAt);
      this.pausedAt = null;
    }
    Atomics.store(this.env.ctl, G_DEBUG, 1);
    for (const [h, mode] of modes) {
      if (!this.isHalted(h)) continue;
      await this.request(h, DebugOp.Resume, mode === 'step' ? RESUME_STEP : RESUME_CONTINUE, 0, 0);
    }
    this.refresh();
  }

  /**
   * Runs fn with hart h halted (a running hart is halted for the moment and resumed after),
   * so the monitor can look at a running machine without gdb seeing a stop.
   */
  async inspect<T>(h: number, fn: () => T): Promise<T> {
    if (this.isHalted(h)) return fn();
    this.transient.add(h);
    try {
      if (!(await this.halt([h]))) throw new Error('the machine has stopped');
      return fn();
    } finally {
      if (this.isHalted(h)) await this.resume(new Map([[h, 'continue']]));
      this.transient.delete(h);
    }
  }

  async resumeAll(): Promise<void> {
    await this.resume(new Map(this.all().map((h) => [h, 'continue' as ResumeMode])));
  }

  /**
   * Waits until one of `running` halts by itself or through halt(); returns it (a breakpoint,
   * watchpoint or step preferred over a requested halt), or null when the machine stops.
   */
  async waitForStop(running: number[]): Promise<number | null> {
    for (;;) {
      const seen = Atomics.load(this.d, D_EVENTS);
      let requested = -1;
      for (const h of running) {
        if (!this.isHalted(h) || (this.transient.has(h) && this.haltReason(h) === HaltReason.Requested)) continue;
        if (this.haltReason(h) !== HaltReason.Requested) return h;
        if (requested < 0) requested = h;
      }
      if (requested >= 0) return requested;
      if (this.env.stopped()) return null;
      const w = Atomics.waitAsync(this.d, D_EVENTS, seen, 100);
      if (w.async) await w.value;
    }
  }

  haltReason(h: number): HaltReason {
    return this.d[debugHartBase(h) + DH_REASON] as HaltReason;
  }

  /** The watchpoint that stopped hart h: its kind and the data address. */
  watchHit(h: number): { kind: PointKind; addr: bigint } {
    const b = debugHartBase(h);
    return { kind: this.d[b + DH_WATCH_KIND] as PointKind, addr: pair(this.d[b + DH_WATCH_LO], this.d[b + DH_WATCH_HI]) };
  }

  /** One register of a halted hart, as an unsigned 64-bit value; null when there is no such register. */
  reg(h: number, regnum: number): bigint | null {
    const b = debugHartBase(h), d = this.d;
    if (regSize(regnum) === 0) return null;
    if (regnum < 32) return pair(d[b + DH_X + 2 * regnum], d[b + DH_X + 2 * regnum + 1]);
    if (regnum === REG_PC) return pair(d[b + DH_PC], d[b + DH_PC + 1]);
    if (regnum >= REG_F0 && regnum < REG_F0 + 32) {
      const i = regnum - REG_F0;
      return pair(d[b + DH_F + 2 * i], d[b + DH_F + 2 * i + 1]);
    }
    if (regnum === REG_PRIV) return BigInt(d[b + DH_PRIV]);
    if (regnum === REG_VIRT) return BigInt(d[b + DH_VIRT]);
    const csr = regnum - REG_CSR0;
    if (csr === Csr.fflags) return BigInt(d[b + DH_FFLAGS]);
    if (csr === Csr.frm) return BigInt(d[b + DH_FRM]);
    if (csr === Csr.fcsr) return BigInt((d[b + DH_FRM] << 5) | d[b + DH_FFLAGS]);
    return pair(d[b + DH_CSR + 2 * csr], d[b + DH_CSR + 2 * csr + 1]);
  }

  /** Writes a register of a halted hart (the hart applies it, with the CSRs' WARL rules). */
  async writeReg(h: number, regnum: number, value: bigint): Promise<boolean> {
    if (!this.isHalted(h) || regSize(regnum) === 0) return false;
    const v = BigInt.asUintN(64, value);
    const lo = Number(v & 0xffffffffn) | 0, hi = Number(v >> 32n) | 0;
    return (await this.request(h, DebugOp.WriteReg, regnum, lo, hi)) === 0;
  }

  /** The hart is in WFI (as of its last halt). */
  inWfi(h: number): boolean {
    return this.d[debugHartBase(h) + DH_WFI] !== 0;
  }

  /** Instructions retired by hart h as of its last halt. */
  retired(h: number): number {
    return new Float64Array(this.env.dbg)[(debugHartBase(h) + DH_RETIRED) / 2];
  }

  /** The halted hart's translation regime. */
  regime(h: number): Regime {
    const b = debugHartBase(h), d = this.d;
    const csr = (n: number, k: number) => d[b + DH_CSR + 2 * n + k];
    return {
      priv: d[b + DH_PRIV], virt: d[b + DH_VIRT],
      satpLo: csr(Csr.satp, 0), satpHi: csr(Csr.satp, 1),
      vsatpLo: csr(Csr.vsatp, 0), vsatpHi: csr(Csr.vsatp, 1),
      hgatpLo: csr(Csr.hgatp, 0), hgatpHi: csr(Csr.hgatp, 1),
    };
  }

  ptMemory(): PtMemory {
    return this.mem;
  }

  /** Physical address of `addr` for hart h (its current translation, or `phys`), or -1. */
  translate(h: number, addr: bigint, phys: boolean): number {
    const va = Number(BigInt.asIntN(64, addr));
    if (!Number.isSafeInteger(va)) return -1;
    if (phys) return va >= 0 ? va : -1;
    return debugTranslate(this.mem, this.regime(h), va);
  }

  /** Reads up to `len` bytes at `addr` (stops at the first byte that is not RAM or ROM). */
  readMemory(h: number, addr: bigint, len: number, phys: boolean): Uint8Array {
    const out = new Uint8Array(len);
    let done = 0;
    while (done < len) {
      const a = BigInt.asUintN(64, addr + BigInt(done));
      const chunk = Math.min(len - done, PAGE - Number(a % BigInt(PAGE)));
      const pa = this.translate(h, a, phys);
      if (pa < 0) break;
      const src = this.physBytes(pa, chunk);
      if (!src) break;
      out.set(src, done);
      done += chunk;
    }
    return out.subarray(0, done);
  }

  /** Writes bytes at `addr` (RAM only); returns how many were written. */
  writeMemory(h: number, addr: bigint, data: Uint8Array, phys: boolean): number {
    let done = 0;
    while (done < data.length) {
      const a = BigInt.asUintN(64, addr + BigInt(done));
      const chunk = Math.min(data.length - done, PAGE - Number(a % BigInt(PAGE)));
      const pa = this.translate(h, a, phys);
      const off = pa - this.env.ramBase;
      if (pa < 0 || off < 0 || off + chunk > this.ramBytes.length) break;
      this.ramBytes.set(data.subarray(done, done + chunk), off);
      done += chunk;
    }
    return done;
  }

  /** RAM or ROM bytes at a physical address, or null (device registers are not read: reads can have effects). */
  private physBytes(pa: number, len: number): Uint8Array | null {
    const off = pa - this.env.ramBase;
    if (off >= 0 && off + len <= this.ramBytes.length) return this.ramBytes.subarray(off, off + len);
    const r = pa - this.env.rom.base;
    if (r >= 0 && r + len <= this.env.rom.bytes.length) return this.env.rom.bytes.subarray(r, r + len);
    return null;
  }

  /** Replaces the break/watchpoints (only while every hart is halted); false when there are too many. */
  setPoints(points: Point[], phys: boolean): boolean {
    if (points.length > D_MAX_POINTS) return false;
    this.points = points.slice();
    const d = this.d;
    points.forEach((p, i) => {
      const b = pointBase(i);
      const hi = Math.floor(p.addr / TWO32);
      d[b + PT_KIND] = p.kind;
      d[b + PT_ADDR_LO] = (p.addr - hi * TWO32) | 0;
      d[b + PT_ADDR_HI] = hi | 0;
      d[b + PT_LEN] = p.len;
    });
    d[D_PHYS] = phys ? 1 : 0;
    Atomics.store(d, D_POINTS, points.length);
    return true;
  }

  getPoints(): readonly Point[] {
    return this.points;
  }

  private async request(h: number, op: DebugOp, a0: number, a1: number, a2: number): Promise<number> {
    const d = this.d, b = debugHartBase(h), i = b + DH_MB_STATE;
    d[b + DH_MB_OP] = op;
    d[b + DH_MB_ARG] = a0;
    d[b + DH_MB_ARG + 1] = a1;
    d[b + DH_MB_ARG + 2] = a2;
    Atomics.store(d, i, MB_REQUEST);
    Atomics.notify(d, i);
    this.pump?.();
    while (Atomics.load(d, i) === MB_REQUEST) {
      if (this.env.stopped()) return -1;
      const w = Atomics.waitAsync(d, i, MB_REQUEST, 100);
      if (w.async) await w.value;
    }
    const r = d[b + DH_MB_RESULT];
    Atomics.store(d, i, MB_IDLE);
    return r;
  }
}

/** (lo, hi) words as an unsigned 64-bit BigInt. */
function pair(lo: number, hi: number): bigint {
  return (BigInt(hi >>> 0) << 32n) | BigInt(lo >>> 0);
}
