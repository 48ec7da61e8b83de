/**
 * The hart's side of the debug channel (layout in src/threads/layout.ts). The thread that
 * runs a hart (a worker, or the coordinator in deterministic mode) calls runSlice() instead of
 * hart.run() while the debug channel is active (G_DEBUG). The agent halts the hart when asked
 * or when a breakpoint, watchpoint or single step says so, publishes a snapshot of its state,
 * and serves register writes and resume requests while halted.
 *
 * Breakpoints compare the pc before each instruction (gdb's Z0 is treated like Z1: no ebreak
 * is patched into memory, which every hart shares and which each sees through its own
 * translation). Watchpoints decode the next instruction's memory access and stop before it
 * executes, as RISC-V triggers do (gdb then steps over it). Both run the hart one instruction
 * at a time, and only while some point is set.
 */
import { Hart, Stop } from '../hart/hart.js';
import { C64, readCsr, writeCsr, csrValue } from '../hart/csr.js';
import { Priv } from '../hart/csr-numbers.js';
import { RVC_TABLE } from '../hart/rvc.js';
import {
  G_STOP, debugHartBase, pointBase, D_EVENTS, D_POINTS, D_PHYS, PT_KIND, PT_ADDR_LO, PT_ADDR_HI, PT_LEN,
  DH_CMD, DH_STATE, DH_REASON, DH_WATCH_KIND, DH_WATCH_LO, DH_WATCH_HI, DH_MB_STATE, DH_MB_OP, DH_MB_ARG,
  DH_MB_RESULT, DH_X, DH_PC, DH_F, DH_FFLAGS, DH_FRM, DH_PRIV, DH_VIRT, DH_WFI, DH_RETIRED, DH_CSR,
  DCMD_NONE, DebugState, HaltReason, DebugOp, PointKind, RESUME_STEP, RESUME_CONTINUE,
  MB_REQUEST, MB_DONE,
} from '../threads/layout.js';
import { debugTranslate, type Regime, type PtMemory } from './translate.js';
import { implementedCsrs, REG_PC, REG_F0, REG_CSR0, REG_PRIV, REG_VIRT } from './gdb-regs.js';
import { decodeAccess, type Access } from './access.js';

const TWO32 = 4294967296;

export class HartAgent {
  /** True while the hart is halted for the debugger. */
  halted = false;
  private mode = RESUME_CONTINUE;
  private readonly d: Int32Array;
  private readonly f64: Float64Array;
  private readonly base: number;
  private readonly csrs: readonly number[];
  private readonly mem: PtMemory;
  private readonly m16: Uint16Array;
  private readonly regime: Regime = { priv: 0, virt: 0, satpLo: 0, satpHi: 0, vsatpLo: 0, vsatpHi: 0, hgatpLo: 0, hgatpHi: 0 };
  // Local copy of the point table, taken at each resume.
  private breaks = new Set<number>();
  private watches: { kind: number; addr: number; len: number }[] = [];
  private phys = false;
  private readonly access: Access = { va: 0, size: 0, read: false, write: false, guest: false };

  /** `blocking`: a halted hart waits here (worker threads); otherwise runSlice returns at once (deterministic mode). */
  constructor(private readonly hart: Hart, dbg: SharedArrayBuffer, private readonly ctl: Int32Array, private readonly blocking: boolean) {
    this.d = new Int32Array(dbg);
    this.f64 = new Float64Array(dbg);
    this.base = debugHartBase(hart.hartId);
    this.csrs = implementedCsrs();
    this.mem = { words: hart.m32, base: hart.ramBase, size: hart.ramSize };
    this.m16 = new Uint16Array(hart.m32.buffer);
    Atomics.store(this.d, this.base + DH_STATE, DebugState.Running);
  }

  /** Was the hart asked to halt (a sleeping hart should wake up for it)? */
  haltRequested(): boolean {
    return Atomics.load(this.d, this.base + DH_CMD) !== DCMD_NONE;
  }

  /** Takes a pending halt request and, while halted, serves one request; never blocks. */
  attend(): void {
    if (this.haltRequested()) {
      Atomics.store(this.d, this.base + DH_CMD, DCMD_NONE);
      if (!this.halted) this.halt(HaltReason.Requested);
    }
    if (this.halted && Atomics.load(this.d, this.base + DH_MB_STATE) === MB_REQUEST) this.serve();
  }

  /**
   * Runs up to `budget` instructions under the debugger's control. Returns as hart.run()
   * does; when halted without blocking, returns with `halted` set and nothing run.
   */
  runSlice(budget: number): Stop {
    for (;;) {
      this.attend();
      if (this.halted) {
        if (!this.blocking) return Stop.Budget;
        if (!this.waitForResume()) return Stop.Budget;
      }
      if (this.mode === RESUME_STEP) {
        this.stepOne();
        this.halt(HaltReason.Step);
        continue;
      }
      if (this.hart.wfi) return Stop.Wfi;
      if (this.breaks.size === 0 && this.watches.length === 0) return this.hart.run(budget);
      const why = this.runChecked(budget);
      // A hart that stopped here waits before its caller checks interrupts, so gdb sees the stop pc.
      if (this.halted) continue;
      return why;
    }
  }

  /** Blocks (worker threads only) until resumed; false when the machine stops first. */
  private waitForResume(): boolean {
    const i = this.base + DH_MB_STATE;
    while (this.halted) {
      if (Atomics.load(this.ctl, G_STOP) !== 0) return false;
      const s = Atomics.load(this.d, i);
      if (s === MB_REQUEST) { this.serve(); continue; }
      Atomics.wait(this.d, i, s, 50);
    }
    return true;
  }

  /** Executes exactly one instruction (or enters the trap it raises), interrupts masked as QEMU steps. */
  private stepOne(): void {
    this.hart.wfi = false;
    this.hart.run(1);
  }

  /** One instruction at a time, checking the points before each. */
  private runChecked(budget: number): Stop {
    for (let i = 0; i < budget; i++) {
      // A hart resumed at a breakpoint stops there again, as hardware would: gdb steps the
      // thread it reported over its breakpoints itself, and any other hart there has a hit
      // gdb has not seen yet.
      if (this.pointHit()) return Stop.Break;
      const why = this.hart.run(1);
      if (why !== Stop.Budget) return why;
    }
    return Stop.Budget;
  }

  /** Halts (and returns true) when the next instruction is at a breakpoint or touches a watched range. */
  private pointHit(): boolean {
    const h = this.hart;
    if (this.breaks.size > 0) {
      const at = this.phys ? this.translate(h.pc, h.priv, h.virt) : h.pc;
      if (this.breaks.has(at)) { this.halt(HaltReason.Breakpoint); return true; }
    }
    if (this.watches.length === 0) return false;
    const pa = this.translate(h.pc, h.priv, h.virt);
    const off = pa - h.ramBase;
    if (pa < 0 || off < 0 || off + 2 > h.ramSize) return false;
    let raw = this.m16[off >>> 1];
    if ((raw & 3) === 3) {
      const pa2 = (off & 0xfff) === 0xffe ? this.translate(h.pc + 2, h.priv, h.virt) : pa + 2;
      const off2 = pa2 - h.ramBase;
      if (pa2 < 0 || off2 < 0 || off2 + 2 > h.ramSize) return false;
      raw |= this.m16[off2 >>> 1] << 16;
    } else {
      raw = RVC_TABLE[raw & 0xffff];
    }
    const a = this.access;
    if (!decodeAccess(raw, h.x, a)) return false;
    let addr = a.va;
    if (this.phys) {
      // HLV/HSV access memory as the guest would (V=1 at hstatus.SPVP's privilege).
      addr = a.guest ? this.translate(a.va, (h.hstatus >>> 8) & 1, 1) : this.translate(a.va, h.priv, h.virt);
      if (addr < 0) return false;
    }
    for (const w of this.watches) {
      if (addr + a.size <= w.addr || addr >= w.addr + w.len) continue;
      const fires = w.kind === PointKind.WatchAccess ? (a.read || a.write)
        : w.kind === PointKind.WatchWrite ? a.write : a.read;
      if (!fires) continue;
      const hit = Math.max(addr, w.addr);
      const d = this.d, b = this.base;
      d[b + DH_WATCH_KIND] = w.kind;
      const hi = Math.floor(hit / TWO32);
      d[b + DH_WATCH_LO] = (hit - hi * TWO32) | 0;
      d[b + DH_WATCH_HI] = hi | 0;
      this.halt(HaltReason.Watchpoint);
      return true;
    }
    return false;
  }

  /** Debug translation of `va` as (priv, virt) would fetch or load it, with the hart's live CSRs. */
  private translate(va: number, priv: number, virt: number): number {
    const r = this.regime, c = this.hart.c64;
    r.priv = priv; r.virt = virt;
    r.satpLo = c[2 * C64.satp]; r.satpHi = c[2 * C64.satp + 1];
    r.vsatpLo = c[2 * C64.vsatp]; r.vsatpHi = c[2 * C64.vsatp + 1];
    r.hgatpLo = c[2 * C64.hgatp]; r.hgatpHi = c[2 * C64.hgatp + 1];
    return debugTranslate(this.mem, r, va);
  }

  private halt(reason: number): void {
    this.snapshot();
    this.halted = true;
    const d = this.d, b = this.base;
    d[b + DH_REASON] = reason;
    Atomics.store(d, b + DH_STATE, DebugState.Halted);
    Atomics.notify(d, b + DH_STATE);
    Atomics.add(d, D_EVENTS, 1);
    Atomics.notify(d, D_EVENTS);
  }

  /** Publishes the hart's registers and CSRs (read as M-mode would, which has no side effects). */
  private snapshot(): void {
    const h = this.hart, d = this.d, b = this.base;
    for (let i = 0; i < 64; i++) d[b + DH_X + i] = h.x[i];
    d[b + DH_X] = d[b + DH_X + 1] = 0;
    const hi = Math.floor(h.pc / TWO32);
    d[b + DH_PC] = (h.pc - hi * TWO32) | 0;
    d[b + DH_PC + 1] = hi | 0;
    for (let i = 0; i < 64; i++) d[b + DH_F + i] = h.fw[i];
    d[b + DH_FFLAGS] = h.fflags;
    d[b + DH_FRM] = h.frm;
    d[b + DH_PRIV] = h.priv;
    d[b + DH_VIRT] = h.virt;
    d[b + DH_WFI] = h.wfi ? 1 : 0;
    this.f64[(b + DH_RETIRED) / 2] = h.retiredCount();
    const priv = h.priv, virt = h.virt;
    h.priv = Priv.M; h.virt = 0;
    try {
      for (const n of this.csrs) {
        if (readCsr(h, n) !== 0) continue;
        d[b + DH_CSR + 2 * n] = csrValue[0];
        d[b + DH_CSR + 2 * n + 1] = csrValue[1];
      }
    } finally {
      h.priv = priv; h.virt = virt;
    }
  }

  /** Serves the request in the mailbox. */
  private serve(): void {
    const d = this.d, b = this.base;
    const a0 = d[b + DH_MB_ARG], a1 = d[b + DH_MB_ARG + 1], a2 = d[b + DH_MB_ARG + 2];
    let result = 0;
    switch (d[b + DH_MB_OP]) {
      case DebugOp.Resume: this.resume(a0); break;
      case DebugOp.WriteReg: result = this.writeReg(a0, a1, a2) ? 0 : 1; this.snapshot(); break;
      default: result = 1; break;
    }
    d[b + DH_MB_RESULT] = result;
    Atomics.store(d, b + DH_MB_STATE, MB_DONE);
    Atomics.notify(d, b + DH_MB_STATE);
  }

  private resume(mode: number): void {
    this.mode = mode;
    this.loadPoints();
    // Memory (page tables and code included) may have been written by the debugger.
    this.hart.flushTlb();
    this.hart.codeMayHaveChanged();
    this.halted = false;
    Atomics.store(this.d, this.base + DH_STATE, DebugState.Running);
  }

  /** Copies the point table (only written while every hart is halted). */
  private loadPoints(): void {
    const d = this.d;
    this.breaks = new Set();
    this.watches = [];
    this.phys = d[D_PHYS] !== 0;
    const n = Math.min(d[D_POINTS], 64);
    for (let i = 0; i < n; i++) {
      const p = pointBase(i);
      const addr = d[p + PT_ADDR_HI] * TWO32 + (d[p + PT_ADDR_LO] >>> 0);
      if (d[p + PT_KIND] === PointKind.Break) this.breaks.add(addr);
      else this.watches.push({ kind: d[p + PT_KIND], addr, len: d[p + PT_LEN] });
    }
  }

  /** A register write from the debugger; false when the register does not exist or takes no such value. */
  private writeReg(regnum: number, lo: number, hi: number): boolean {
    const h = this.hart;
    if (regnum >= 0 && regnum < 32) {
      if (regnum !== 0) { h.x[2 * regnum] = lo; h.x[2 * regnum + 1] = hi; }
      return true;
    }
    if (regnum === REG_PC) {
      if (hi < -0x100000 || hi >= 0x100000) return false; // not a valid pc for this hart model
      h.pc = hi * TWO32 + (lo >>> 0);
      h.flushTlb();
      return true;
    }
    if (regnum >= REG_F0 && regnum < REG_F0 + 32) {
      const i = regnum - REG_F0;
      h.fw[2 * i] = lo; h.fw[2 * i + 1] = hi;
      return true;
    }
    if (regnum === REG_PRIV) {
      if (hi !== 0 || (lo !== Priv.U && lo !== Priv.S && lo !== Priv.M)) return false;
      h.priv = lo;
      if (lo === Priv.M) h.virt = 0;
      h.privChanged();
      return true;
    }
    if (regnum === REG_VIRT) {
      if (hi !== 0 || (lo !== 0 && lo !== 1) || (lo === 1 && h.priv === Priv.M)) return false;
      h.virt = lo;
      h.privChanged();
      return true;
    }
    const csr = regnum - REG_CSR0;
    if (csr < 0 || csr >= 4096 || !this.csrs.includes(csr)) return false;
    if (writeCsr(h, csr, lo, hi) !== 0) return false;
    h.privChanged();
    h.flushTlb();
    return true;
  }
}
