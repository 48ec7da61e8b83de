/**
 * One RV64GC hart: architectural state, the fetch/decode/execute loop, memory access through
 * the TLB, trap entry and return, and interrupt selection.
 *
 * Representation (chosen by bench/register-representation.ts): integer registers are int32
 * (lo, hi) pairs in one Int32Array; addresses are Numbers holding the signed 64-bit value,
 * exact for every canonical Sv39/Sv48 address and every physical address below 2^52. A
 * register whose value is outside +-2^52 used as an address takes the slow, exact path.
 */
import type { FpHost } from './fp-host.js';
import type { HartEnv, MmioPort, TimeSource } from './env.js';
import { executeFp } from './fpu.js';
import { RVC_TABLE } from './rvc.js';
import { C64, csrOp } from './csr.js';
import {
  Priv, Mstatus, Cause, MIP_MTIP, MIP_STIP, MIP_VSTIP, MENVCFG_STCE_HI, PMP_COUNT, Hstatus,
  MIDELEG_FORCED, MSTATUS_HI_MPV,
} from './csr-numbers.js';
import {
  translate, pmpRanges, tlbSet, TLB_SIZE, TLB_MASK, TLB_SETS, ACC_R, ACC_W, ACC_X, ACC_RX,
} from './mmu.js';
import { enterTrap, selectInterrupt, mret, sret, type TrapInfo } from './trap.js';
import * as I64 from './int64.js';
import { TWO32 } from './int64.js';
import { AMO_OPS, amo32, amo64 } from './amo.js';
import {
  H_IRQ, H_MTIMECMP_LO, H_MTIMECMP_HI, hartBase, JIT_HART_AREA, JIT_TLB, JIT_X, jitHartArea, jitCodePages,
} from '../threads/layout.js';
import type { HartObserver } from './observer.js';

const PAGE = 4096;
/** Largest |hi word| for which hi * 2^32 + lo is exact and leaves room for an offset. */
const NEAR = 0x100000;

/** A private word for FENCE's host-level barrier. */
const FENCE_WORD = new Int32Array(new SharedArrayBuffer(4));

/** Why run() returned. */
export const enum Stop { Budget = 0, Wfi = 1, Break = 2 }


export class Hart implements FpHost {
  readonly hartId: number;
  /** x registers as (lo, hi) pairs; in the JIT area when there is one (shared with translated code). */
  readonly x: Int32Array;
  readonly f = new Float64Array(32);
  readonly fw = new Int32Array(this.f.buffer);
  fflags = 0;
  frm = 0;

  pc = 0;
  priv: number = Priv.M;
  /** Virtualization mode V (H extension): 1 in VS and VU. */
  virt = 0;
  /** mstatus low word; the high word is fixed (UXL/SXL), derived (SD) or mstatusHi (MPV, GVA). */
  mstatus = 0;
  mstatusHi = 0;
  /** H extension state (the rest is in c64). */
  hstatus = 0;
  hedeleg = 0;
  hideleg = 0;
  /** hvip: VSSIP, VSTIP, VSEIP injected by the hypervisor. */
  hvip = 0;
  hcounteren = 0;
  /** The guest's sstatus while V=1 (low word; UXL fixed, SD derived). */
  vsstatus = 0;
  medeleg = 0;
  mideleg = 0;
  mie = 0;
  /** mip bits written by software (SSIP, STIP, SEIP, LCOFIP); device lines are added on read. */
  mipSoft = 0;
  mcounteren = 0;
  scounteren = 0;
  mcountinhibit = 0;
  readonly c64 = new Int32Array(2 * C64.COUNT);
  readonly pmpcfg = new Uint8Array(PMP_COUNT);
  /** pmpaddr registers as (lo, hi) pairs: 54 bits do not fit a double exactly. */
  readonly pmpaddr = new Int32Array(2 * PMP_COUNT);
  /** Byte ranges [pmpLo, pmpHi) each PMP entry matches, recomputed on every PMP write. */
  readonly pmpLo = new Float64Array(PMP_COUNT);
  readonly pmpHi = new Float64Array(PMP_COUNT);

  /** Instructions retired before the current run() slice. */
  private retired = 0;
  /** Instructions retired in the current slice before the executing one (kept for CSR reads). */
  private sliceRetired = 0;
  /** minstret and mcycle are the retired count plus an offset (so they are writable), or a frozen value while inhibited. */
  private instretOffset = 0;
  private cycleOffset = 0;
  private instretFrozen = 0;
  private cycleFrozen = 0;

  // Memory (shared with mmu.ts)
  private readonly m8: Uint8Array;
  private readonly m16: Uint16Array;
  readonly m32: Int32Array;
  private readonly m64: BigInt64Array;
  readonly ramBase: number;
  readonly ramSize: number;
  private readonly mmio: MmioPort;
  private readonly time: TimeSource;
  private readonly ctl: Int32Array;
  private readonly ctlBase: number;

  // TLB (filled by mmu.ts): tags are virtual page numbers (NaN = empty), values RAM offsets of the page.
  // In the JIT area when there is one, so translated code reads the same TLB.
  readonly tlbTagR: Float64Array;
  readonly tlbTagW: Float64Array;
  readonly tlbTagX: Float64Array;
  readonly tlbOffR: Float64Array;
  readonly tlbOffW: Float64Array;
  readonly tlbOffX: Float64Array;
  /**
   * The code-page table (src/threads/layout.ts) when running with a JIT area: stores that
   * reach a page holding translated code make its entry even and new. Null without one.
   */
  readonly codePages: Int32Array | null;
  /**
   * The translating engine's hook: a TLB flush (cached address mappings may be stale), or
   * FENCE.I (`fenceI`: instruction memory may have changed in ways no store path saw).
   */
  onCodeFlush: ((fenceI: boolean) => void) | null = null;
  /** The data-access regime (MPRV makes it MPP/MPV's) and its TLB set. */
  private dSet = 0;
  private dPriv: number = Priv.M;
  private dVirt = 0;
  /** The page the hart is fetching from: virtual base and RAM offset (NaN base = none). */
  private fetchBase = NaN;
  private fetchOff = 0;

  // Pending exception raised by a helper during the current instruction.
  private exc = false;
  private excCause = 0;
  /** What the pending exception writes besides its cause (preallocated, reused). */
  private readonly ti: TrapInfo = {
    tvalLo: 0, tvalHi: 0, htvalLo: 0, htvalHi: 0, tinst: 0, gva: false, epcLo: 0, epcHi: 0, epcExact: false,
  };
  /**
   * The instruction at pc as fetched, for htinst and a virtual-instruction tval. Read again
   * only when a trap needs it, so the loop need not keep it: it was fetched just before, in
   * the same regime, so this fetch cannot fault.
   */
  private instructionAt(pc: number): number {
    const saved = this.exc;
    const raw = this.fetchSlow(pc);
    this.exc = saved;
    return (raw & 3) === 3 ? raw : raw & 0xffff;
  }
  /**
   * The instruction the next fetch at pc will see (its halfword if compressed), or -1 if that
   * fetch faults, which is then left for the fetch itself to raise. For tracing: a hit in the
   * fetch page or the TLB reads RAM; otherwise this does the walk and TLB fill the fetch would.
   */
  peekInstruction(): number {
    const pc = this.pc;
    const d = pc - this.fetchBase;
    let raw: number;
    if (d >= 0 && d < PAGE - 2) {
      const hw = (this.fetchOff + d) >>> 1;
      raw = this.m16[hw];
      if ((raw & 3) === 3) raw |= this.m16[hw + 1] << 16;
    } else {
      const saved = this.exc;
      raw = this.fetchSlow(pc);
      const faulted = this.exc;
      this.exc = saved;
      if (faulted) return -1;
    }
    return (raw & 3) === 3 ? raw >>> 0 : raw & 0xffff;
  }

  /** The cause of the exception being raised (valid after a helper reported a fault). */
  exceptionCause(): number {
    return this.excCause;
  }

  /** Exact 64-bit address of the last effective address that did not fit a Number. */
  private farLo = 0;
  private farHi = 0;
  /** Scratch for 64-bit loads. */
  private tmpHi = 0;

  // LR/SC reservation (physical address, size and the value LR saw).
  private resAddr = -1;
  private resLo = 0;
  private resHi = 0;

  /** Set by anything that must end the current run() slice (interrupt enables, WFI...). */
  private breakRun = false;
  /** True while the hart waits for an interrupt (WFI). */
  wfi = false;

  /** Counters for --stats: traps by cause (interrupts at 32 + cause), those taken from V=1, instructions by V. */
  readonly trapCounts = new Float64Array(64);
  readonly vmExits = new Float64Array(64);
  readonly retiredByV = new Float64Array(2);

  /** Told of traps, xRETs and page-table walks (tracing); null when nobody listens. */
  observer: HartObserver | null = null;

  constructor(env: HartEnv) {
    this.hartId = env.hartId;
    this.m8 = new Uint8Array(env.ram);
    this.m16 = new Uint16Array(env.ram);
    this.m32 = new Int32Array(env.ram);
    this.m64 = new BigInt64Array(env.ram);
    this.ramBase = env.ramBase;
    this.ramSize = env.ramSize ?? env.ram.byteLength;
    const n = TLB_SETS * TLB_SIZE;
    if (env.jitArea) {
      const area = jitHartArea(this.ramSize, env.hartId);
      if (JIT_TLB + 6 * 8 * n > JIT_HART_AREA) throw new Error('JIT area too small for the TLB');
      const tlb = (k: number) => new Float64Array(env.ram, area + JIT_TLB + k * 8 * n, n);
      this.x = new Int32Array(env.ram, area + JIT_X, 64);
      this.tlbTagR = tlb(0); this.tlbTagW = tlb(1); this.tlbTagX = tlb(2);
      this.tlbOffR = tlb(3); this.tlbOffW = tlb(4); this.tlbOffX = tlb(5);
      this.codePages = new Int32Array(env.ram, jitCodePages(this.ramSize), Math.ceil(this.ramSize / PAGE));
    } else {
      this.x = new Int32Array(64);
      this.tlbTagR = new Float64Array(n); this.tlbTagW = new Float64Array(n); this.tlbTagX = new Float64Array(n);
      this.tlbOffR = new Float64Array(n); this.tlbOffW = new Float64Array(n); this.tlbOffX = new Float64Array(n);
      this.codePages = null;
    }
    this.mmio = env.mmio;
    this.time = env.time;
    this.ctl = env.ctl;
    this.ctlBase = hartBase(env.hartId);
    this.reset(0x1000);
  }

  /** Power-on state (privileged spec 3.4: M-mode, MIE = 0, MPRV = 0, pc = reset vector). */
  reset(pc: number): void {
    this.x.fill(0);
    this.f.fill(0);
    this.pc = pc;
    this.priv = Priv.M;
    this.virt = 0;
    this.mstatus = this.mstatusHi = 0;
    this.hstatus = this.hedeleg = this.hideleg = this.hvip = this.hcounteren = this.vsstatus = 0;
    this.medeleg = this.mideleg = this.mie = this.mipSoft = 0;
    this.mcounteren = this.scounteren = this.mcountinhibit = 0;
    this.c64.fill(0);
    this.pmpcfg.fill(0);
    this.pmpaddr.fill(0);
    this.pmpChanged();
    this.fflags = this.frm = 0;
    this.resAddr = -1;
    this.wfi = false;
    this.privChanged();
    this.translationChanged();
  }

  // ---------------------------------------------------------------- state hooks

  /** Any FP state change dirties mstatus.FS, and also vsstatus.FS while V=1 (H spec). */
  markFsDirty(): void {
    this.mstatus |= Mstatus.FS;
    if (this.virt) this.vsstatus |= Mstatus.FS;
  }

  /** FP instructions need FS on, in vsstatus too while V=1. */
  private fpEnabled(): boolean {
    return (this.mstatus & Mstatus.FS) !== 0 && (this.virt === 0 || (this.vsstatus & Mstatus.FS) !== 0);
  }

  /** vsstatus written by the guest (as sstatus) or by HS: SUM/MXR changes alter VS translations. */
  setVsstatus(v: number): void {
    if ((this.vsstatus ^ v) & (Mstatus.SUM | Mstatus.MXR)) this.flushTlb();
    if ((this.vsstatus ^ v) & Mstatus.SIE) this.breakRun = true;
    this.vsstatus = v;
  }

  /** mideleg's read-only-one bits: VS interrupts and SGEI always pass M (H spec, mideleg). */
  midelegForced(): number {
    return MIDELEG_FORCED;
  }

  clearReservation(): void {
    this.resAddr = -1;
    this.breakRun = true;
  }

  setMstatus(v: number): void {
    const old = this.mstatus;
    // MPP cannot hold the reserved value 2 (WARL): keep the old value.
    if (((v >>> Mstatus.MPP_SHIFT) & 3) === 2) v = (v & ~Mstatus.MPP) | (old & Mstatus.MPP);
    this.mstatus = v;
    if ((old ^ v) & (Mstatus.SUM | Mstatus.MXR)) this.flushTlb();
    if ((old ^ v) & (Mstatus.MPRV | Mstatus.MPP)) this.privChanged();
    if ((old ^ v) & (Mstatus.MIE | Mstatus.SIE)) this.breakRun = true;
  }

  interruptsChanged(): void {
    this.breakRun = true;
  }
  timersChanged(): void {
    this.breakRun = true;
  }
  translationChanged(): void {
    this.flushTlb();
  }

  /** PMP registers changed: new ranges, and cached translations may no longer be allowed. */
  pmpChanged(): void {
    pmpRanges(this);
    this.flushTlb();
  }

  /**
   * The privilege, V or MPRV changed: recompute the data-access regime. With MPRV in M-mode,
   * loads and stores translate as MPP (and, with the H extension, MPV) would.
   */
  privChanged(): void {
    if ((this.mstatus & Mstatus.MPRV) && this.priv === Priv.M) {
      this.dPriv = (this.mstatus >>> Mstatus.MPP_SHIFT) & 3;
      this.dVirt = this.dPriv !== Priv.M && (this.mstatusHi & MSTATUS_HI_MPV) !== 0 ? 1 : 0;
    } else {
      this.dPriv = this.priv;
      this.dVirt = this.virt;
    }
    this.dSet = tlbSet(this.dPriv, this.dVirt);
    this.fetchBase = NaN;
    this.breakRun = true;
  }

  flushTlb(): void {
    this.tlbTagR.fill(NaN);
    this.tlbTagW.fill(NaN);
    this.tlbTagX.fill(NaN);
    this.fetchBase = NaN;
    if (this.onCodeFlush !== null) this.onCodeFlush(false);
  }

  /**
   * RAM holding code may have changed behind every store path (a debugger's writes): what
   * FENCE.I does, so translated code is checked against memory before it runs again.
   */
  codeMayHaveChanged(): void {
    if (this.onCodeFlush !== null) this.onCodeFlush(true);
  }

  /** The TLB set of the current data-access regime (for translated code). */
  get dataSet(): number {
    return this.dSet;
  }
  /** True when something since the slice began may have made an interrupt takeable. */
  get breakRequested(): boolean {
    return this.breakRun;
  }
  /** Counts instructions retired by translated code (which runs between interpreter slices). */
  retireTranslated(n: number): void {
    this.retired += n;
    this.retiredByV[this.virt] += n;
  }

  /**
   * A store reached RAM offset `off` by a slow path: if its page holds translated code, the
   * page's entry becomes even and new, so every hart's translations of it are dropped.
   */
  private noteCodeWrite(off: number): void {
    const cp = this.codePages!, p = Math.floor(off / PAGE);
    const g = Atomics.load(cp, p);
    if (g & 1) Atomics.compareExchange(cp, p, g, g + 1);
  }

  mtime(): number {
    return this.time.mtime();
  }
  /** Every instruction this hart has retired (for statistics; not writable by the guest). */
  retiredCount(): number {
    return this.retired + this.sliceRetired;
  }
  /** minstret as the guest reads it: instructions retired before the reading one. */
  instretCount(): number {
    return (this.mcountinhibit & 4) ? this.instretFrozen : this.retiredCount() + this.instretOffset;
  }
  /** mcycle: one cycle per retired instruction. */
  cycleCount(): number {
    return (this.mcountinhibit & 1) ? this.cycleFrozen : this.retiredCount() + this.cycleOffset;
  }
  /** A write takes effect after the writing instruction retires (privileged spec 3.1.10). */
  setCycle(v: number): void {
    this.cycleFrozen = v;
    this.cycleOffset = v - (this.retiredCount() + 1);
  }
  setInstret(v: number): void {
    this.instretFrozen = v;
    this.instretOffset = v - (this.retiredCount() + 1);
  }
  /** mcountinhibit: freezes or resumes mcycle (bit 0) and minstret (bit 2). */
  setCountInhibit(v: number): void {
    const cycle = this.cycleCount(), instret = this.instretCount();
    this.mcountinhibit = v;
    if (v & 1) this.cycleFrozen = cycle; else this.cycleOffset = cycle - this.retiredCount();
    if (v & 4) this.instretFrozen = instret; else this.instretOffset = instret - this.retiredCount();
  }

  // ---------------------------------------------------------------- interrupts

  /**
   * mip as software reads it: software bits, device lines, the timer comparators (mtimecmp;
   * stimecmp and vstimecmp under Sstc) and the VS interrupts the hypervisor injects (hvip).
   */
  readMip(): number {
    let ip = this.mipSoft | this.ctl[this.ctlBase + H_IRQ] | this.hvip;
    const now = this.time.mtime();
    if (now >= this.mtimecmp()) ip |= MIP_MTIP;
    if (this.c64[2 * C64.menvcfg + 1] & MENVCFG_STCE_HI) {
      ip &= ~MIP_STIP;
      if (now >= this.stimecmp()) ip |= MIP_STIP;
      // vstimecmp compares with the guest's time, mtime + htimedelta (Sstc with H).
      if ((this.henvcfgHi() & MENVCFG_STCE_HI) && now + this.htimedelta() >= this.vstimecmp()) ip |= MIP_VSTIP;
    }
    return ip;
  }

  /**
   * henvcfg's high word as in effect: STCE only counts while menvcfg.STCE is set; the stored
   * bit survives menvcfg.STCE being cleared and set again (as QEMU 7.2 keeps it).
   */
  henvcfgHi(): number {
    return this.c64[2 * C64.henvcfg + 1] & (this.c64[2 * C64.menvcfg + 1] | ~MENVCFG_STCE_HI);
  }

  htimedelta(): number {
    return this.c64[2 * C64.htimedelta + 1] * TWO32 + (this.c64[2 * C64.htimedelta] >>> 0);
  }
  vstimecmp(): number {
    return (this.c64[2 * C64.vstimecmp + 1] >>> 0) * TWO32 + (this.c64[2 * C64.vstimecmp] >>> 0);
  }

  /**
   * The coordinator writes mtimecmp as high = all ones, low, high; reading high twice around
   * low and retrying on a change never yields a mix earlier than the real deadline.
   */
  mtimecmp(): number {
    const c = this.ctl, b = this.ctlBase;
    for (;;) {
      const hi = Atomics.load(c, b + H_MTIMECMP_HI);
      const lo = Atomics.load(c, b + H_MTIMECMP_LO);
      if (Atomics.load(c, b + H_MTIMECMP_HI) === hi) return (hi >>> 0) * TWO32 + (lo >>> 0);
    }
  }
  stimecmp(): number {
    return (this.c64[2 * C64.stimecmp + 1] >>> 0) * TWO32 + (this.c64[2 * C64.stimecmp] >>> 0);
  }

  /** The earliest mtime at which a timer interrupt could become pending (for WFI sleeps). */
  nextTimerDeadline(): number {
    let t = (this.mie & MIP_MTIP) ? this.mtimecmp() : Infinity;
    if (this.c64[2 * C64.menvcfg + 1] & MENVCFG_STCE_HI) {
      if (this.mie & MIP_STIP) t = Math.min(t, this.stimecmp());
      if ((this.mie & MIP_VSTIP) && (this.henvcfgHi() & MENVCFG_STCE_HI)) {
        t = Math.min(t, this.vstimecmp() - this.htimedelta());
      }
    }
    return t;
  }

  /** Interrupts pending and enabled in mie (what wakes WFI regardless of global enables). */
  pendingEnabled(): number {
    return this.readMip() & this.mie;
  }

  /** Takes the highest-priority interrupt that is pending and enabled, if any (trap.ts). */
  checkInterrupts(): boolean {
    const irq = selectInterrupt(this);
    if (irq < 0) return false;
    this.wfi = false;
    const t = this.ti;
    t.tvalLo = t.tvalHi = t.htvalLo = t.htvalHi = t.tinst = 0;
    t.gva = false;
    t.epcExact = false;
    this.pc = enterTrap(this, irq, true, this.pc, t);
    return true;
  }

  // ---------------------------------------------------------------- raising exceptions

  /** An exception whose tval is the address va (a guest virtual one when `virt`), or 0 for NaN-free causes. */
  raiseVa(cause: number, va: number, virt: number): void {
    this.exc = true;
    this.excCause = cause;
    const t = this.ti;
    if (va !== va) { // NaN: the far address recorded by effAddrFar
      t.tvalLo = this.farLo;
      t.tvalHi = this.farHi;
    } else {
      const hi = Math.floor(va / TWO32);
      t.tvalLo = (va - hi * TWO32) | 0;
      t.tvalHi = hi | 0;
    }
    t.htvalLo = t.htvalHi = 0;
    t.tinst = 0;
    t.gva = virt !== 0;
  }

  /**
   * A guest-page fault: stval = guest virtual address, htval = the guest physical address
   * shifted right by 2 as an unsigned 64-bit value (NaN: the far address in farLo/farHi).
   */
  raiseGuestPage(cause: number, gva: number, gpa: number, pseudo: number): void {
    let lo: number, hi: number;
    if (gpa !== gpa) { lo = this.farLo; hi = this.farHi; }
    else { hi = Math.floor(gpa / TWO32); lo = (gpa - hi * TWO32) | 0; }
    this.raiseVa(cause, gva, 1);
    this.ti.htvalLo = (lo >>> 2) | (hi << 30);
    this.ti.htvalHi = hi >>> 2;
    this.ti.tinst = pseudo;
  }

  /** An exception with an explicit tval (instruction bits, or 0). */
  private raiseBits(cause: number, tvalLo: number, tvalHi: number): void {
    this.exc = true;
    this.excCause = cause;
    const t = this.ti;
    t.tvalLo = tvalLo;
    t.tvalHi = tvalHi;
    t.htvalLo = t.htvalHi = 0;
    t.tinst = 0;
    t.gva = false;
  }

  /** A fault on a data address of the current data regime (tval = va). */
  private raise(cause: number, va: number): void {
    this.raiseVa(cause, va, this.dVirt);
  }

  /** Enters the trap for the pending exception; returns the new pc. */
  private takeException(epc: number): number {
    this.exc = false;
    const t = this.ti;
    t.epcExact = false;
    if (t.tinst === 0 && isDataFault(this.excCause)) t.tinst = transformedInstruction(this.instructionAt(epc));
    return enterTrap(this, this.excCause, false, epc, t);
  }

  // ---------------------------------------------------------------- addresses

  /** rs1 + imm as a Number, or NaN (with the exact value in farLo/farHi) when out of range. */
  private effAddrFar(lo: number, hi: number, imm: number): number {
    const s = (lo >>> 0) + (imm >>> 0);
    this.farLo = s | 0;
    this.farHi = (hi + (imm >> 31) + (s >= TWO32 ? 1 : 0)) | 0;
    const h = this.farHi;
    if (h >= -NEAR && h < NEAR) return h * TWO32 + (this.farLo >>> 0);
    return NaN;
  }

  /** Jump target (lo, hi) as a pc Number, or NaN when the target cannot be a valid pc. */
  private target(lo: number, hi: number): number {
    if (hi >= -NEAR && hi < NEAR) return hi * TWO32 + (lo >>> 0);
    this.farLo = lo;
    this.farHi = hi;
    return NaN;
  }

  // ---------------------------------------------------------------- data access

  /** Loads `size` bytes (1, 2, 4, 8) in the data regime; low word returned, high word in tmpHi. */
  private loadSlow(va: number, size: number): number {
    return this.loadAs(va, size, ACC_R, this.dPriv, this.dVirt);
  }

  /**
   * A load in the regime (priv, virt): the TLB-miss path of ordinary loads, and HLV/HLVX
   * (acc ACC_RX needs execute permission). Returns the low word (zero-extended below 4 bytes).
   */
  private loadAs(va: number, size: number, acc: number, priv: number, virt: number): number {
    if (va === va && va % size !== 0) return this.loadMisaligned(va, size, acc, priv, virt);
    const pa = translate(this, va, acc, size, priv, virt);
    if (pa < 0) return 0;
    const off = pa - this.ramBase;
    if (off >= 0 && off + size <= this.ramSize) {
      this.tmpHi = 0;
      switch (size) {
        case 1: return this.m8[off];
        case 2: return this.m16[off >>> 1];
        case 4: return this.m32[off >>> 2];
        default: this.tmpHi = this.m32[(off >>> 2) + 1]; return this.m32[off >>> 2];
      }
    }
    if (!this.mmio.read(pa, size as 1 | 2 | 4 | 8)) { this.raiseVa(Cause.LoadAccess, va, virt); return 0; }
    this.tmpHi = size === 8 ? this.mmio.data[1] : 0;
    return this.mmio.data[0];
  }

  /** Misaligned loads are performed byte by byte, as QEMU does for RAM. */
  private loadMisaligned(va: number, size: number, acc: number, priv: number, virt: number): number {
    let lo = 0, hi = 0;
    for (let k = 0; k < size; k++) {
      const b = this.loadAs(va + k, 1, acc, priv, virt);
      if (this.exc) return 0;
      if (k < 4) lo |= b << (8 * k); else hi |= b << (8 * (k - 4));
    }
    this.tmpHi = hi;
    return lo;
  }

  private storeSlow(va: number, size: number, lo: number, hi: number): void {
    this.storeAs(va, size, lo, hi, this.dPriv, this.dVirt);
  }

  /** A store in the regime (priv, virt): the TLB-miss path of ordinary stores, and HSV. */
  private storeAs(va: number, size: number, lo: number, hi: number, priv: number, virt: number): void {
    if (va === va && va % size !== 0) { this.storeMisaligned(va, size, lo, hi, priv, virt); return; }
    const pa = translate(this, va, ACC_W, size, priv, virt);
    if (pa < 0) return;
    const off = pa - this.ramBase;
    if (off >= 0 && off + size <= this.ramSize) {
      if (this.codePages !== null) this.noteCodeWrite(off);
      switch (size) {
        case 1: this.m8[off] = lo; return;
        case 2: this.m16[off >>> 1] = lo; return;
        case 4: this.m32[off >>> 2] = lo; return;
        default: this.m32[off >>> 2] = lo; this.m32[(off >>> 2) + 1] = hi; return;
      }
    }
    if (!this.mmio.write(pa, size as 1 | 2 | 4 | 8, lo, hi)) this.raiseVa(Cause.StoreAccess, va, virt);
  }

  private storeMisaligned(va: number, size: number, lo: number, hi: number, priv: number, virt: number): void {
    // Check every byte is writable first, so a fault leaves memory untouched.
    for (let k = 0; k < size; k++) {
      if (translate(this, va + k, ACC_W, 1, priv, virt) < 0) return;
    }
    for (let k = 0; k < size; k++) {
      const b = k < 4 ? (lo >>> (8 * k)) & 0xff : (hi >>> (8 * (k - 4))) & 0xff;
      this.storeAs(va + k, 1, b, 0, priv, virt);
      if (this.exc) return;
    }
  }

  private load32(va: number): number {
    const vpn = Math.floor(va / PAGE);
    const i = this.dSet + (vpn & TLB_MASK);
    if (this.tlbTagR[i] === vpn && (va & 3) === 0) return this.m32[(this.tlbOffR[i] + (va - vpn * PAGE)) >>> 2];
    return this.loadSlow(va, 4);
  }
  /** 64-bit load: returns lo, high word in tmpHi. */
  private load64(va: number): number {
    const vpn = Math.floor(va / PAGE);
    const i = this.dSet + (vpn & TLB_MASK);
    if (this.tlbTagR[i] === vpn && (va & 7) === 0) {
      const w = (this.tlbOffR[i] + (va - vpn * PAGE)) >>> 2;
      this.tmpHi = this.m32[w + 1];
      return this.m32[w];
    }
    return this.loadSlow(va, 8);
  }
  private load16(va: number): number {
    const vpn = Math.floor(va / PAGE);
    const i = this.dSet + (vpn & TLB_MASK);
    if (this.tlbTagR[i] === vpn && (va & 1) === 0) return this.m16[(this.tlbOffR[i] + (va - vpn * PAGE)) >>> 1];
    return this.loadSlow(va, 2);
  }
  private load8(va: number): number {
    const vpn = Math.floor(va / PAGE);
    const i = this.dSet + (vpn & TLB_MASK);
    if (this.tlbTagR[i] === vpn) return this.m8[this.tlbOffR[i] + (va - vpn * PAGE)];
    return this.loadSlow(va, 1);
  }
  private store(va: number, size: number, lo: number, hi: number): void {
    const vpn = Math.floor(va / PAGE);
    const i = this.dSet + (vpn & TLB_MASK);
    if (this.tlbTagW[i] === vpn && (va & (size - 1)) === 0) {
      const off = this.tlbOffW[i] + (va - vpn * PAGE);
      switch (size) {
        case 4: this.m32[off >>> 2] = lo; return;
        case 8: this.m32[off >>> 2] = lo; this.m32[(off >>> 2) + 1] = hi; return;
        case 2: this.m16[off >>> 1] = lo; return;
        default: this.m8[off] = lo; return;
      }
    }
    this.storeSlow(va, size, lo, hi);
  }

  // ---------------------------------------------------------------- fetch

  /** Fetches at pc through the slow path; sets up the fetch page when it is cacheable RAM. */
  private fetchSlow(pc: number): number {
    if (pc !== pc) {
      translate(this, NaN, ACC_X, 2, this.priv, this.virt); // raises the page or access fault
      return 0;
    }
    const lo = this.fetchHalf(pc);
    if (this.exc) return 0;
    if ((lo & 3) !== 3) return lo;
    const hi = this.fetchHalf(pc + 2);
    if (this.exc) return 0;
    return lo | (hi << 16);
  }

  private fetchHalf(va: number): number {
    const pa = translate(this, va, ACC_X, 2, this.priv, this.virt);
    if (pa < 0) return 0;
    const off = pa - this.ramBase;
    if (off >= 0 && off + 2 <= this.ramSize) {
      const vpn = Math.floor(va / PAGE);
      if (this.tlbTagX[tlbSet(this.priv, this.virt) + (vpn & TLB_MASK)] === vpn) {
        this.fetchBase = vpn * PAGE;
        this.fetchOff = off - (va - vpn * PAGE);
      }
      return this.m16[off >>> 1];
    }
    if (!this.mmio.read(pa, 2)) { this.raiseVa(Cause.InsnAccess, va, this.virt); return 0; }
    return this.mmio.data[0] & 0xffff;
  }

  // ---------------------------------------------------------------- the loop

  /**
   * Executes up to `budget` instructions. Returns why it stopped. Interrupts are checked by
   * the caller between slices; anything that may make one takeable ends the slice early.
   */
  run(budget: number): Stop {
    const x = this.x;
    let pc = this.pc;
    let n = 0;
    this.breakRun = false;
    let stop = Stop.Budget;
    // The fetch page in locals: refreshed after the slow fetch and after anything that can
    // change the regime (SYSTEM instructions); every trap ends the slice.
    let fetchBase = this.fetchBase, fetchOff = this.fetchOff;
    while (n < budget) {
      // ---- fetch
      let raw: number;
      const d = pc - fetchBase;
      if (d >= 0 && d < PAGE - 2) {
        const hw = (fetchOff + d) >>> 1;
        raw = this.m16[hw];
        if ((raw & 3) === 3) raw |= this.m16[hw + 1] << 16;
      } else {
        raw = this.fetchSlow(pc);
        fetchBase = this.fetchBase;
        fetchOff = this.fetchOff;
        if (this.exc) { pc = this.takeException(pc); budget = n; continue; }
      }
      n++;
      let insn = raw;
      let ilen = 4;
      if ((raw & 3) !== 3) {
        ilen = 2;
        insn = RVC_TABLE[raw & 0xffff];
        if (insn === 0) { n--; this.raiseBits(Cause.Illegal, raw & 0xffff, 0); pc = this.takeException(pc); budget = n; continue; }
      }
      const rd = (insn >>> 7) & 31;
      const rs1 = (insn >>> 15) & 31;
      const f3 = (insn >>> 12) & 7;
      let ok = true;

      switch (insn & 0x7f) {
        case 0x13: { // OP-IMM
          const al = x[2 * rs1], ah = x[2 * rs1 + 1];
          const imm = insn >> 20;
          let lo = 0, hi = 0;
          switch (f3) {
            case 0: { const s = (al >>> 0) + (imm >>> 0); lo = s | 0; hi = (ah + (imm >> 31) + (s >= TWO32 ? 1 : 0)) | 0; break; }
            case 2: lo = (ah < (imm >> 31) || (ah === (imm >> 31) && (al >>> 0) < (imm >>> 0))) ? 1 : 0; break;
            case 3: lo = ((ah >>> 0) < ((imm >> 31) >>> 0) || (ah === (imm >> 31) && (al >>> 0) < (imm >>> 0))) ? 1 : 0; break;
            case 4: lo = al ^ imm; hi = ah ^ (imm >> 31); break;
            case 6: lo = al | imm; hi = ah | (imm >> 31); break;
            case 7: lo = al & imm; hi = ah & (imm >> 31); break;
            case 1: {
              const sh = (insn >>> 20) & 63;
              if ((insn >>> 26) === 0 && sh !== 0 && sh < 32) { lo = al << sh; hi = (ah << sh) | (al >>> (32 - sh)); break; } // slli
              ok = this.opImmShiftLeft(insn, al, ah); lo = I64.r[0]; hi = I64.r[1]; break;
            }
            default: {
              const sh = (insn >>> 20) & 63, f6 = insn >>> 26;
              if (f6 === 0 && sh !== 0 && sh < 32) { lo = (al >>> sh) | (ah << (32 - sh)); hi = ah >>> sh; break; } // srli
              if (f6 === 0x10 && sh !== 0 && sh < 32) { lo = (al >>> sh) | (ah << (32 - sh)); hi = ah >> sh; break; } // srai
              ok = this.opImmShiftRight(insn, al, ah); lo = I64.r[0]; hi = I64.r[1]; break;
            }
          }
          if (!ok) break;
          if (rd !== 0) { x[2 * rd] = lo; x[2 * rd + 1] = hi; }
          pc += ilen;
          break;
        }
        case 0x33: { // OP
          const rs2 = (insn >>> 20) & 31;
          const al = x[2 * rs1], ah = x[2 * rs1 + 1], bl = x[2 * rs2], bh = x[2 * rs2 + 1];
          const f7 = insn >>> 25;
          let lo: number, hi: number;
          if (f7 === 0 && f3 === 0) { // add
            const s = (al >>> 0) + (bl >>> 0); lo = s | 0; hi = (ah + bh + (s >= TWO32 ? 1 : 0)) | 0;
          } else if (f7 === 0x20 && f3 === 0) { // sub
            lo = (al - bl) | 0; hi = (ah - bh - ((al >>> 0) < (bl >>> 0) ? 1 : 0)) | 0;
          } else {
            ok = this.opReg(f7, f3, al, ah, bl, bh);
            if (!ok) break;
            lo = I64.r[0]; hi = I64.r[1];
          }
          if (rd !== 0) { x[2 * rd] = lo; x[2 * rd + 1] = hi; }
          pc += ilen;
          break;
        }
        case 0x1b: { // OP-IMM-32
          const al = x[2 * rs1];
          const imm = insn >> 20;
          let v: number, hi: number;
          if (f3 === 0) { v = (al + imm) | 0; hi = v >> 31; }
          else if (f3 === 1 && (insn >>> 25) === 0) { v = al << ((insn >>> 20) & 31); hi = v >> 31; }
          else if (f3 === 5 && (insn >>> 25) === 0) { v = al >>> ((insn >>> 20) & 31); hi = v >> 31; }
          else if (f3 === 5 && (insn >>> 25) === 0x20) { v = al >> ((insn >>> 20) & 31); hi = v >> 31; }
          else { ok = this.opImm32Bitmanip(insn, al); if (!ok) break; v = I64.r[0]; hi = I64.r[1]; }
          if (rd !== 0) { x[2 * rd] = v; x[2 * rd + 1] = hi; }
          pc += ilen;
          break;
        }
        case 0x3b: { // OP-32
          const rs2 = (insn >>> 20) & 31;
          const al = x[2 * rs1], bl = x[2 * rs2];
          this.lastRs2 = rs2;
          ok = this.op32(insn >>> 25, f3, al, bl, x[2 * rs2 + 1]);
          if (!ok) break;
          if (rd !== 0) { x[2 * rd] = I64.r[0]; x[2 * rd + 1] = I64.r[1]; }
          pc += ilen;
          break;
        }
        case 0x37: { // LUI
          if (rd !== 0) { const v = insn & 0xfffff000; x[2 * rd] = v; x[2 * rd + 1] = v >> 31; }
          pc += ilen;
          break;
        }
        case 0x17: { // AUIPC
          if (rd !== 0) this.setRegNumber(rd, pc + (insn & 0xfffff000));
          pc += ilen;
          break;
        }
        case 0x6f: { // JAL
          const imm = (((insn >> 31) << 20) | (((insn >>> 12) & 0xff) << 12) | (((insn >>> 20) & 1) << 11) |
            (((insn >>> 21) & 0x3ff) << 1));
          if (rd !== 0) this.setRegNumber(rd, pc + ilen);
          pc += imm;
          break;
        }
        case 0x67: { // JALR
          if (f3 !== 0) { ok = false; break; }
          const imm = insn >> 20;
          const s = (x[2 * rs1] >>> 0) + (imm >>> 0);
          const tlo = (s | 0) & ~1;
          const thi = (x[2 * rs1 + 1] + (imm >> 31) + (s >= TWO32 ? 1 : 0)) | 0;
          if (rd !== 0) this.setRegNumber(rd, pc + ilen);
          const t = this.target(tlo, thi);
          if (t !== t) { this.raiseFarFetch(); pc = this.takeFarFetch(); budget = n; break; }
          pc = t;
          break;
        }
        case 0x63: { // BRANCH
          const rs2 = (insn >>> 20) & 31;
          const al = x[2 * rs1], ah = x[2 * rs1 + 1], bl = x[2 * rs2], bh = x[2 * rs2 + 1];
          let taken: boolean;
          switch (f3) {
            case 0: taken = al === bl && ah === bh; break;
            case 1: taken = al !== bl || ah !== bh; break;
            case 4: taken = ah < bh || (ah === bh && (al >>> 0) < (bl >>> 0)); break;
            case 5: taken = ah > bh || (ah === bh && (al >>> 0) >= (bl >>> 0)); break;
            case 6: taken = (ah >>> 0) < (bh >>> 0) || (ah === bh && (al >>> 0) < (bl >>> 0)); break;
            case 7: taken = (ah >>> 0) > (bh >>> 0) || (ah === bh && (al >>> 0) >= (bl >>> 0)); break;
            default: ok = false; taken = false; break;
          }
          if (!ok) break;
          if (taken) {
            pc += ((insn >> 31) << 12) | (((insn >>> 7) & 1) << 11) | (((insn >>> 25) & 0x3f) << 5) | (((insn >>> 8) & 0xf) << 1);
          } else {
            pc += ilen;
          }
          break;
        }
        case 0x03: { // LOAD
          const bh = x[2 * rs1 + 1];
          const imm = insn >> 20;
          const va = (bh >= -NEAR && bh < NEAR) ? bh * TWO32 + (x[2 * rs1] >>> 0) + imm : this.effAddrFar(x[2 * rs1], bh, imm);
          let lo: number, hi: number;
          switch (f3) {
            case 0: lo = (this.load8(va) << 24) >> 24; hi = lo >> 31; break;
            case 1: lo = (this.load16(va) << 16) >> 16; hi = lo >> 31; break;
            case 2: lo = this.load32(va); hi = lo >> 31; break;
            case 3: lo = this.load64(va); hi = this.tmpHi; break;
            case 4: lo = this.load8(va) & 0xff; hi = 0; break;
            case 5: lo = this.load16(va) & 0xffff; hi = 0; break;
            case 6: lo = this.load32(va); hi = 0; break;
            default: ok = false; lo = hi = 0; break;
          }
          if (!ok) break;
          if (this.exc) { n--; pc = this.takeException(pc); budget = n; break; }
          if (rd !== 0) { x[2 * rd] = lo; x[2 * rd + 1] = hi; }
          pc += ilen;
          break;
        }
        case 0x23: { // STORE
          const rs2 = (insn >>> 20) & 31;
          const bh = x[2 * rs1 + 1];
          const imm = ((insn >> 25) << 5) | ((insn >>> 7) & 31);
          const va = (bh >= -NEAR && bh < NEAR) ? bh * TWO32 + (x[2 * rs1] >>> 0) + imm : this.effAddrFar(x[2 * rs1], bh, imm);
          if (f3 > 3) { ok = false; break; }
          this.store(va, 1 << f3, x[2 * rs2], x[2 * rs2 + 1]);
          if (this.exc) { n--; pc = this.takeException(pc); budget = n; break; }
          pc += ilen;
          break;
        }
        case 0x0f: { // MISC-MEM
          if (f3 === 0) {
            // FENCE: a locked host operation orders this hart's plain RAM accesses against
            // other threads (and keeps V8 from moving them across it). PAUSE lands here too.
            Atomics.add(FENCE_WORD, 0, 0);
          } else if (f3 !== 1) {
            ok = false;
            break;
          } else if (this.onCodeFlush !== null) { // FENCE.I: the interpreter fetches from RAM; translations are checked
            this.onCodeFlush(true);
          }
          pc += ilen;
          break;
        }
        case 0x73: { // SYSTEM
          this.sliceRetired = n - 1;
          const npc = this.system(insn, f3, rd, rs1, pc, ilen);
          this.sliceRetired = 0;
          fetchBase = this.fetchBase;
          fetchOff = this.fetchOff;
          if (npc !== npc) { ok = false; break; }
          if (this.exc) { n--; pc = this.takeException(pc); budget = n; break; }
          if (this.wfi) { pc = npc; stop = Stop.Wfi; budget = n; break; }
          pc = npc;
          if (this.breakRun) budget = n;
          break;
        }
        case 0x2f: { // AMO
          this.amo(insn, f3, rd, rs1);
          if (this.exc) { n--; pc = this.takeException(pc); budget = n; break; }
          if (this.amoIllegal) { this.amoIllegal = false; ok = false; break; }
          pc += ilen;
          break;
        }
        case 0x07: case 0x27: { // LOAD-FP, STORE-FP
          if (!this.fpEnabled() || (f3 !== 2 && f3 !== 3)) { ok = false; break; }
          this.fpMemory(insn, f3, rd, rs1);
          if (this.exc) { n--; pc = this.takeException(pc); budget = n; break; }
          pc += ilen;
          break;
        }
        case 0x53: case 0x43: case 0x47: case 0x4b: case 0x4f: { // OP-FP, fused multiply-add
          if (!this.fpEnabled() || !executeFp(this, insn)) { ok = false; break; }
          pc += ilen;
          break;
        }
        default:
          ok = false;
          break;
      }
      if (!ok) {
        n--;
        this.raiseBits(Cause.Illegal, ilen === 2 ? raw & 0xffff : raw, 0);
        pc = this.takeException(pc);
        budget = n;
      }
    }
    this.pc = pc;
    this.retired += n;
    this.retiredByV[this.virt] += n; // a slice ends at every trap and xRET, so V held throughout
    if (this.breakRun && stop === Stop.Budget) stop = Stop.Break;
    return stop;
  }

  /** Writes a signed Number (|v| < 2^53) into register rd as a 64-bit value. */
  private setRegNumber(rd: number, v: number): void {
    const hi = Math.floor(v / TWO32);
    this.x[2 * rd] = (v - hi * TWO32) | 0;
    this.x[2 * rd + 1] = hi | 0;
  }

  private raiseFarFetch(): void {
    translate(this, NaN, ACC_X, 2, this.priv, this.virt); // raises the fault with tval = farLo/farHi
  }
  /** The fetch fault at a target no Number holds: epc and tval are both that exact address. */
  private takeFarFetch(): number {
    this.exc = false;
    const t = this.ti;
    t.epcLo = t.tvalLo;
    t.epcHi = t.tvalHi;
    t.epcExact = true;
    return enterTrap(this, this.excCause, false, 0, t);
  }

  // ---------------------------------------------------------------- integer helpers

  private opImmShiftLeft(insn: number, al: number, ah: number): boolean {
    const f6 = insn >>> 26, sh = (insn >>> 20) & 63;
    if (f6 === 0) { I64.sll64(al, ah, sh); return true; } // slli
    const f12 = insn >>> 20;
    if (f6 === 0x12) return this.bitOp(al, ah, sh, 0); // bclri
    if (f6 === 0x0a) return this.bitOp(al, ah, sh, 1); // bseti
    if (f6 === 0x1a) return this.bitOp(al, ah, sh, 2); // binvi
    switch (f12) {
      case 0x600: I64.r[0] = Math.clz32(ah) === 32 ? 32 + Math.clz32(al) : Math.clz32(ah); I64.r[1] = 0; return true; // clz
      case 0x601: I64.r[0] = al === 0 ? 32 + I64.ctz32(ah) : I64.ctz32(al); I64.r[1] = 0; return true; // ctz
      case 0x602: I64.r[0] = I64.popcnt32(al) + I64.popcnt32(ah); I64.r[1] = 0; return true; // cpop
      case 0x604: I64.r[0] = (al << 24) >> 24; I64.r[1] = I64.r[0] >> 31; return true; // sext.b
      case 0x605: I64.r[0] = (al << 16) >> 16; I64.r[1] = I64.r[0] >> 31; return true; // sext.h
    }
    return false;
  }

  private opImmShiftRight(insn: number, al: number, ah: number): boolean {
    const f6 = insn >>> 26, sh = (insn >>> 20) & 63;
    if (f6 === 0) { I64.srl64(al, ah, sh); return true; } // srli
    if (f6 === 0x10) { I64.sra64(al, ah, sh); return true; } // srai
    if (f6 === 0x18) { rotr(al, ah, sh); return true; } // rori
    if (f6 === 0x12) { I64.srl64(al, ah, sh); I64.r[0] &= 1; I64.r[1] = 0; return true; } // bexti
    const f12 = insn >>> 20;
    if (f12 === 0x287) { I64.r[0] = orcb(al); I64.r[1] = orcb(ah); return true; } // orc.b
    if (f12 === 0x6b8) { I64.r[0] = bswap(ah); I64.r[1] = bswap(al); return true; } // rev8
    return false;
  }

  /** bclr (0), bset (1), binv (2) on bit `b` of (al, ah). */
  private bitOp(al: number, ah: number, b: number, kind: number): boolean {
    const ml = b < 32 ? 1 << b : 0, mh = b >= 32 ? 1 << (b - 32) : 0;
    if (kind === 0) { I64.r[0] = al & ~ml; I64.r[1] = ah & ~mh; }
    else if (kind === 1) { I64.r[0] = al | ml; I64.r[1] = ah | mh; }
    else { I64.r[0] = al ^ ml; I64.r[1] = ah ^ mh; }
    return true;
  }

  /** Register-register ops other than add/sub: shifts, compares, logic, M, Zba/Zbb/Zbc/Zbs. */
  private opReg(f7: number, f3: number, al: number, ah: number, bl: number, bh: number): boolean {
    const r = I64.r;
    const sh = bl & 63;
    if (f7 === 0) {
      switch (f3) {
        case 1: I64.sll64(al, ah, sh); return true;
        case 2: r[0] = I64.cmps64(al, ah, bl, bh) < 0 ? 1 : 0; r[1] = 0; return true;
        case 3: r[0] = I64.cmpu64(al, ah, bl, bh) < 0 ? 1 : 0; r[1] = 0; return true;
        case 4: r[0] = al ^ bl; r[1] = ah ^ bh; return true;
        case 5: I64.srl64(al, ah, sh); return true;
        case 6: r[0] = al | bl; r[1] = ah | bh; return true;
        case 7: r[0] = al & bl; r[1] = ah & bh; return true;
      }
      return false;
    }
    if (f7 === 1) {
      switch (f3) {
        case 0: I64.mul64(al, ah, bl, bh); return true;
        case 1: I64.mulh64(al, ah, bl, bh); return true;
        case 2: I64.mulhsu64(al, ah, bl, bh); return true;
        case 3: I64.mulhu64(al, ah, bl, bh); return true;
        case 4: I64.div64(al, ah, bl, bh); return true;
        case 5: I64.divu64(al, ah, bl, bh); return true;
        case 6: I64.rem64(al, ah, bl, bh); return true;
        default: I64.remu64(al, ah, bl, bh); return true;
      }
    }
    if (f7 === 0x20) {
      switch (f3) {
        case 5: I64.sra64(al, ah, sh); return true;
        case 4: r[0] = ~(al ^ bl); r[1] = ~(ah ^ bh); return true; // xnor
        case 6: r[0] = al | ~bl; r[1] = ah | ~bh; return true; // orn
        case 7: r[0] = al & ~bl; r[1] = ah & ~bh; return true; // andn
      }
      return false;
    }
    if (f7 === 0x10) { // sh1add, sh2add, sh3add
      if (f3 !== 2 && f3 !== 4 && f3 !== 6) return false;
      I64.sll64(al, ah, f3 >>> 1);
      add64(r[0], r[1], bl, bh);
      return true;
    }
    if (f7 === 0x05) { // Zbb min/max, Zbc clmul
      switch (f3) {
        case 1: I64.clmul64(al, ah, bl, bh); return true;
        case 3: I64.clmul64(al, ah, bl, bh); r[0] = I64.clHigh[0]; r[1] = I64.clHigh[1]; return true;
        case 2: clmulr(al, ah, bl, bh); return true;
        case 4: pick(I64.cmps64(al, ah, bl, bh) < 0, al, ah, bl, bh); return true; // min
        case 5: pick(I64.cmpu64(al, ah, bl, bh) < 0, al, ah, bl, bh); return true; // minu
        case 6: pick(I64.cmps64(al, ah, bl, bh) > 0, al, ah, bl, bh); return true; // max
        case 7: pick(I64.cmpu64(al, ah, bl, bh) > 0, al, ah, bl, bh); return true; // maxu
      }
      return false;
    }
    if (f7 === 0x30) { // rol, ror
      if (f3 === 1) { rotr(al, ah, (64 - sh) & 63); return true; }
      if (f3 === 5) { rotr(al, ah, sh); return true; }
      return false;
    }
    if (f7 === 0x24) { // bclr, bext
      if (f3 === 1) return this.bitOp(al, ah, sh, 0);
      if (f3 === 5) { I64.srl64(al, ah, sh); r[0] &= 1; r[1] = 0; return true; }
      return false;
    }
    if (f7 === 0x14 && f3 === 1) return this.bitOp(al, ah, sh, 1); // bset
    if (f7 === 0x34 && f3 === 1) return this.bitOp(al, ah, sh, 2); // binv
    return false;
  }

  /** OP-IMM-32 bit-manipulation forms: slli.uw, clzw, ctzw, cpopw, roriw. */
  private opImm32Bitmanip(insn: number, al: number): boolean {
    const f3 = (insn >>> 12) & 7;
    const r = I64.r;
    if (f3 === 1 && (insn >>> 26) === 0x02) { // slli.uw: zero-extended word, shifted (not sign-extended)
      I64.sll64(al, 0, (insn >>> 20) & 63);
      return true;
    }
    if (f3 === 1 && (insn >>> 25) === 0x30) {
      switch ((insn >>> 20) & 31) {
        case 0: r[0] = Math.clz32(al); r[1] = 0; return true;
        case 1: r[0] = I64.ctz32(al); r[1] = 0; return true;
        case 2: r[0] = I64.popcnt32(al); r[1] = 0; return true;
      }
      return false;
    }
    if (f3 === 5 && (insn >>> 25) === 0x30) { // roriw
      const s = (insn >>> 20) & 31;
      r[0] = s === 0 ? al : (al >>> s) | (al << (32 - s));
      r[1] = r[0] >> 31;
      return true;
    }
    return false;
  }

  /** OP-32: addw, subw, shifts, M's W forms, Zba add.uw/shNadd.uw, Zbb rolw/rorw/zext.h. Result in r (64-bit). */
  private op32(f7: number, f3: number, al: number, bl: number, bh: number): boolean {
    const r = I64.r;
    const sh = bl & 31;
    let v: number;
    if (f7 === 0x04 && f3 === 0) { add64(al, 0, bl, bh); return true; } // add.uw
    if (f7 === 0x04 && f3 === 4) { // zext.h (rs2 = 0)
      if (this.lastRs2 !== 0) return false;
      r[0] = al & 0xffff; r[1] = 0; return true;
    }
    if (f7 === 0x10 && (f3 === 2 || f3 === 4 || f3 === 6)) { // sh1add.uw, sh2add.uw, sh3add.uw
      I64.sll64(al, 0, f3 >>> 1);
      add64(r[0], r[1], bl, bh);
      return true;
    }
    if (f7 === 0) {
      switch (f3) {
        case 0: v = (al + bl) | 0; break;
        case 1: v = al << sh; break;
        case 5: v = al >>> sh; break;
        default: return false;
      }
    } else if (f7 === 0x20) {
      if (f3 === 0) v = (al - bl) | 0;
      else if (f3 === 5) v = al >> sh;
      else return false;
    } else if (f7 === 1) {
      switch (f3) {
        case 0: v = Math.imul(al, bl); break;
        case 4: v = bl === 0 ? -1 : (al === -0x80000000 && bl === -1) ? al : (al / bl) | 0; break;
        case 5: v = bl === 0 ? -1 : ((al >>> 0) / (bl >>> 0)) | 0; break;
        case 6: v = bl === 0 ? al : (al === -0x80000000 && bl === -1) ? 0 : (al % bl) | 0; break;
        case 7: v = bl === 0 ? al : ((al >>> 0) % (bl >>> 0)) | 0; break;
        default: return false;
      }
    } else if (f7 === 0x30) {
      if (f3 === 1) v = sh === 0 ? al : (al << sh) | (al >>> (32 - sh)); // rolw
      else if (f3 === 5) v = sh === 0 ? al : (al >>> sh) | (al << (32 - sh)); // rorw
      else return false;
    } else {
      return false;
    }
    r[0] = v;
    r[1] = v >> 31;
    return true;
  }

  // ---------------------------------------------------------------- SYSTEM

  /** Executes a SYSTEM instruction. Returns the next pc, or NaN for an illegal instruction. */
  /**
   * Executes a SYSTEM instruction. Returns the next pc, or NaN for an illegal instruction;
   * other exceptions (ecall, virtual instruction, faults of HLV/HSV) are raised and the pc
   * returned is ignored.
   */
  private system(insn: number, f3: number, rd: number, rs1: number, pc: number, ilen: number): number {
    if (f3 === 0) return this.privileged(insn, rd, rs1, pc, ilen);
    if (f3 === 4) return this.hypervisorLoadStore(insn, rd, rs1, pc, ilen);
    const cause = csrOp(this, insn >>> 20, f3, rd, rs1);
    if (cause !== 0) return this.fail(cause, pc);
    return pc + ilen;
  }

  /** Illegal instruction (NaN, raised by the loop) or a raised virtual-instruction exception. */
  private fail(cause: number, pc: number): number {
    if (cause === Cause.Illegal) return NaN;
    this.raiseBits(cause, this.instructionAt(pc), 0);
    return pc;
  }

  private privileged(insn: number, rd: number, rs1: number, pc: number, ilen: number): number {
    const f12 = insn >>> 20;
    const f7 = insn >>> 25;
    if (f7 === 0x09 || f7 === 0x11 || f7 === 0x31) {
      if (rd !== 0) return NaN;
      const cause = this.fenceAllowed(f7);
      if (cause !== 0) return this.fail(cause, pc);
      // One TLB for every regime: any of these fences drops all cached translations.
      this.flushTlb();
      return pc + ilen;
    }
    if (rd !== 0 || rs1 !== 0) return NaN;
    switch (f12) {
      case 0x000: { // ecall
        const cause = this.priv === Priv.U ? Cause.EcallU : this.priv === Priv.M ? Cause.EcallM
          : this.virt ? Cause.EcallVS : Cause.EcallS;
        this.raiseBits(cause, 0, 0);
        return pc;
      }
      case 0x001: // ebreak: mtval may be 0 or the pc (privileged spec 3.1.16); QEMU writes 0
        this.raiseBits(Cause.Breakpoint, 0, 0);
        return pc;
      case 0x302: // mret
        if (!mret(this)) return NaN;
        return this.xretTarget(C64.mepc);
      case 0x102: { // sret: VS returns through vsepc, HS through sepc
        const epc = this.virt ? C64.vsepc : C64.sepc;
        const cause = sret(this);
        if (cause >= 0) return this.fail(cause, pc);
        return this.xretTarget(epc);
      }
      case 0x105: { // wfi
        const cause = this.wfiAllowed();
        if (cause !== 0) return this.fail(cause, pc);
        if (this.pendingEnabled() === 0) this.wfi = true;
        return pc + ilen;
      }
    }
    return NaN;
  }

  /**
   * sfence.vma (0x09), hfence.vvma (0x11), hfence.gvma (0x31): 0 if allowed, else the cause
   * (privileged spec 3.1.6.5 TVM; H spec VTVM and "Virtual-Instruction Exceptions").
   */
  private fenceAllowed(f7: number): number {
    if (this.virt) {
      if (f7 !== 0x09 || this.priv === Priv.U || (this.hstatus & Hstatus.VTVM)) return Cause.VirtualInsn;
      return 0;
    }
    if (this.priv === Priv.U) return Cause.Illegal;
    if (this.priv === Priv.S && (this.mstatus & Mstatus.TVM) && f7 !== 0x11) return Cause.Illegal;
    return 0;
  }

  /** WFI: TW makes it illegal below M; in VS/VU it is a virtual instruction with VTW or in VU. */
  private wfiAllowed(): number {
    if (this.priv === Priv.M) return 0;
    if (this.mstatus & Mstatus.TW) return Cause.Illegal;
    if (this.virt) return (this.priv === Priv.U || (this.hstatus & Hstatus.VTW)) ? Cause.VirtualInsn : 0;
    return this.priv === Priv.U ? Cause.Illegal : 0;
  }

  /**
   * HLV, HLVX and HSV (H spec, "Hypervisor Virtual-Machine Load and Store Instructions"):
   * explicit accesses translated as VS (hstatus.SPVP = 1) or VU would, from M, HS, or U with
   * hstatus.HU. Returns the next pc, NaN if illegal, or raises.
   */
  private hypervisorLoadStore(insn: number, rd: number, rs1: number, pc: number, ilen: number): number {
    const f7 = insn >>> 25, rs2 = (insn >>> 20) & 31;
    const store = (f7 & 1) !== 0;
    const size = 1 << ((f7 >>> 1) & 3);
    if ((f7 & 0x70) !== 0x30) return NaN;
    if (store ? rd !== 0 : !(rs2 === 0 || rs2 === 1 || (rs2 === 3 && size >= 2 && size <= 4))) return NaN;
    if (!store && size === 8 && rs2 !== 0) return NaN;
    if (this.virt) return this.fail(Cause.VirtualInsn, pc);
    if (this.priv === Priv.U && (this.hstatus & Hstatus.HU) === 0) return NaN;
    const priv = (this.hstatus & Hstatus.SPVP) ? Priv.S : Priv.U;
    const va = this.target(this.x[2 * rs1], this.x[2 * rs1 + 1]);
    if (store) {
      this.storeAs(va, size, this.x[2 * rs2], this.x[2 * rs2 + 1], priv, 1);
      return pc + ilen;
    }
    const lo = this.loadAs(va, size, rs2 === 3 ? ACC_RX : ACC_R, priv, 1);
    if (this.exc) return pc;
    const unsigned = rs2 !== 0;
    let vlo: number, vhi: number;
    if (size === 8) { vlo = lo; vhi = this.tmpHi; }
    else if (size === 4) { vlo = lo; vhi = unsigned ? 0 : lo >> 31; }
    else if (size === 2) { vlo = unsigned ? lo & 0xffff : (lo << 16) >> 16; vhi = unsigned ? 0 : vlo >> 31; }
    else { vlo = unsigned ? lo & 0xff : (lo << 24) >> 24; vhi = unsigned ? 0 : vlo >> 31; }
    if (rd !== 0) { this.x[2 * rd] = vlo; this.x[2 * rd + 1] = vhi; }
    return pc + ilen;
  }

  /** The pc an xRET returns to; a target no Number holds faults at fetch. */
  private xretTarget(reg: C64): number {
    const lo = this.c64[2 * reg], hi = this.c64[2 * reg + 1];
    const t = this.target(lo, hi);
    if (t !== t) { this.raiseFarFetch(); return this.takeFarFetch(); }
    return t;
  }

  // ---------------------------------------------------------------- A extension

  private amoIllegal = false;
  /** rs2 field of the OP-32 instruction being executed (zext.h requires it to be x0). */
  private lastRs2 = 0;

  private amo(insn: number, f3: number, rd: number, rs1: number): void {
    if (f3 !== 2 && f3 !== 3) { this.amoIllegal = true; return; }
    const size = f3 === 2 ? 4 : 8;
    const f5 = insn >>> 27;
    const rs2 = (insn >>> 20) & 31;
    const va = this.target(this.x[2 * rs1], this.x[2 * rs1 + 1]);
    const isLr = f5 === 0x02, isSc = f5 === 0x03;
    if (isLr && rs2 !== 0) { this.amoIllegal = true; return; }
    if (!isLr && !isSc && !AMO_OPS[f5]) { this.amoIllegal = true; return; }
    if (va === va && va % size !== 0) {
      this.raise(isLr ? Cause.LoadMisaligned : Cause.StoreMisaligned, va);
      return;
    }
    const pa = translate(this, va, isLr ? ACC_R : ACC_W, size, this.dPriv, this.dVirt);
    if (pa < 0) {
      // AMOs and SC report store/AMO faults even though they also read (privileged spec 3.7.1).
      return;
    }
    const off = pa - this.ramBase;
    const bl = this.x[2 * rs2], bh = this.x[2 * rs2 + 1];
    if (off < 0 || off + size > this.ramSize) { this.amoMmio(f5, pa, size, rd, bl, bh, va, isLr, isSc); return; }
    const w = off >>> 2;
    if (!isLr && this.codePages !== null) this.noteCodeWrite(off);
    let oldLo: number, oldHi: number;
    if (isLr) {
      if (size === 4) { oldLo = Atomics.load(this.m32, w); oldHi = oldLo >> 31; }
      else { const v = Atomics.load(this.m64, w >>> 1); oldLo = Number(BigInt.asIntN(32, v)); oldHi = Number(v >> 32n); }
      this.resAddr = pa; this.resLo = oldLo; this.resHi = oldHi;
    } else if (isSc) {
      // SC succeeds iff this hart holds a reservation here and the value is unchanged (as QEMU).
      let okSc = false;
      if (this.resAddr === pa) {
        if (size === 4) okSc = Atomics.compareExchange(this.m32, w, this.resLo, bl) === this.resLo;
        else {
          const expect = (BigInt(this.resHi) << 32n) | BigInt(this.resLo >>> 0);
          const nv = (BigInt(bh) << 32n) | BigInt(bl >>> 0);
          okSc = Atomics.compareExchange(this.m64, w >>> 1, expect, nv) === expect;
        }
      }
      this.resAddr = -1;
      oldLo = okSc ? 0 : 1; oldHi = 0;
    } else if (size === 4) {
      oldLo = amo32(this.m32, w, f5, bl); oldHi = oldLo >> 31;
    } else {
      amo64(this.m64, w >>> 1, f5, bl, bh);
      oldLo = I64.r[0]; oldHi = I64.r[1];
    }
    if (rd !== 0) { this.x[2 * rd] = oldLo; this.x[2 * rd + 1] = oldHi; }
  }

  /** AMOs on device registers: the coordinator performs the read-modify-write as one request. */
  private amoMmio(f5: number, pa: number, size: number, rd: number, bl: number, bh: number, va: number,
    isLr: boolean, isSc: boolean): void {
    // LR/SC need a reservation only RAM can hold (PMAs of device regions: no LR/SC).
    if (isLr || isSc) { this.raise(isLr ? Cause.LoadAccess : Cause.StoreAccess, va); return; }
    if (!this.mmio.amo(pa, size as 4 | 8, f5, bl, bh)) { this.raise(Cause.StoreAccess, va); return; }
    const oldLo = this.mmio.data[0], oldHi = size === 8 ? this.mmio.data[1] : this.mmio.data[0] >> 31;
    if (rd !== 0) { this.x[2 * rd] = oldLo; this.x[2 * rd + 1] = oldHi; }
  }

  // ---------------------------------------------------------------- FP loads and stores

  private fpMemory(insn: number, f3: number, rd: number, rs1: number): void {
    const bl = this.x[2 * rs1], bh = this.x[2 * rs1 + 1];
    const isStore = (insn & 0x7f) === 0x27;
    const imm = isStore ? ((insn >> 25) << 5) | ((insn >>> 7) & 31) : insn >> 20;
    const va = (bh >= -NEAR && bh < NEAR) ? bh * TWO32 + (bl >>> 0) + imm : this.effAddrFar(bl, bh, imm);
    const fw = this.fw;
    if (isStore) {
      const rs2 = (insn >>> 20) & 31;
      this.store(va, f3 === 2 ? 4 : 8, fw[2 * rs2], fw[2 * rs2 + 1]);
      return;
    }
    if (f3 === 2) {
      const v = this.load32(va);
      if (this.exc) return;
      fw[2 * rd] = v; fw[2 * rd + 1] = -1; // NaN-box the single
    } else {
      const lo = this.load64(va);
      if (this.exc) return;
      fw[2 * rd] = lo; fw[2 * rd + 1] = this.tmpHi;
    }
    this.markFsDirty();
  }
}

// -------------------------------------------------------------------- small pure helpers

const add64 = I64.add64;
const pick = I64.pick;

function rotr(al: number, ah: number, s: number): void {
  if (s === 0) { I64.r[0] = al; I64.r[1] = ah; return; }
  I64.srl64(al, ah, s);
  const rl = I64.r[0], rh = I64.r[1];
  I64.sll64(al, ah, 64 - s);
  I64.r[0] |= rl;
  I64.r[1] |= rh;
}

function orcb(v: number): number {
  let out = 0;
  for (let k = 0; k < 32; k += 8) if ((v >>> k) & 0xff) out |= 0xff << k;
  return out;
}

function bswap(v: number): number {
  return ((v & 0xff) << 24) | ((v & 0xff00) << 8) | ((v >>> 8) & 0xff00) | (v >>> 24);
}

/** clmulr: bits 126:63 of the carry-less product. */
function clmulr(al: number, ah: number, bl: number, bh: number): void {
  I64.clmul64(al, ah, bl, bh);
  const lo = I64.r[0], hi = I64.r[1], ql = I64.clHigh[0], qh = I64.clHigh[1];
  // (high:low) >> 63
  I64.r[0] = (hi >>> 31) | (ql << 1);
  I64.r[1] = (ql >>> 31) | (qh << 1);
  void lo;
}

/** Load, store and AMO faults: the causes for which htinst/mtinst carry the transformed instruction. */
function isDataFault(cause: number): boolean {
  return (cause >= Cause.LoadMisaligned && cause <= Cause.StoreAccess) || cause === Cause.LoadPage ||
    cause === Cause.StorePage || cause === Cause.LoadGuestPage || cause === Cause.StoreGuestPage;
}

/**
 * The transformed instruction written to htinst/mtinst for a load/store/AMO fault (H spec,
 * "Transformed Instruction or Pseudoinstruction for mtinst or htinst"): the address offset
 * field (rs1) is 0 and immediates are cleared; bit 1 is clear when the original was compressed.
 */
function transformedInstruction(raw: number): number {
  const compressed = (raw & 3) !== 3;
  const insn = compressed ? RVC_TABLE[raw & 0xffff] : raw;
  let t: number;
  switch (insn & 0x7f) {
    case 0x03: case 0x07: t = insn & 0x00007fff; break; // loads: rd, funct3, opcode
    case 0x23: case 0x27: t = insn & 0x01f0707f; break; // stores: rs2, funct3, opcode
    case 0x2f: case 0x73: t = insn & ~(31 << 15); break; // AMOs, HLV/HSV: all but rs1
    default: return 0;
  }
  return compressed ? t & ~2 : t;
}
