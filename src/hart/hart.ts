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
import { C64, csrValue, readCsr, writeCsr, csrAccessible } from './csr.js';
import {
  Priv, Mstatus, Cause, IRQ_PRIORITY, MIP_MTIP, MIP_STIP, MENVCFG_STCE_HI,
  SATP_MODE_SV39, SATP_MODE_SV48, PMP_COUNT,
} from './csr-numbers.js';
import * as I64 from './int64.js';
import { AMO_OPS, amo32, amo64 } from './amo.js';
import { H_IRQ, H_MTIMECMP_LO, H_MTIMECMP_HI, hartBase } from '../threads/layout.js';

const TWO32 = 4294967296;
const PAGE = 4096;
const TLB_SIZE = 256;
const TLB_MASK = TLB_SIZE - 1;
/** TLB sets, one per effective privilege, so that privilege changes need no flush. */
const SET_M = 0, SET_S = TLB_SIZE, SET_U = 2 * TLB_SIZE;
const ACC_R = 0, ACC_W = 1, ACC_X = 2;
/** Largest |hi word| for which hi * 2^32 + lo is exact and leaves room for an offset. */
const NEAR = 0x100000;
/** Physical addresses are 56 bits. */
const PA_LIMIT = 2 ** 56;

const enum Pte { V = 1, R = 2, W = 4, X = 8, U = 16, G = 32, A = 64, D = 128 }
const enum PmpA { OFF = 0, TOR = 1, NA4 = 2, NAPOT = 3 }

/** A private word for FENCE's host-level barrier. */
const FENCE_WORD = new Int32Array(new SharedArrayBuffer(4));

/** Why run() returned. */
export const enum Stop { Budget = 0, Wfi = 1, Break = 2 }

function setOf(priv: number): number {
  return priv === Priv.M ? SET_M : priv === Priv.S ? SET_S : SET_U;
}

export class Hart implements FpHost {
  readonly hartId: number;
  readonly x = new Int32Array(64);
  readonly f = new Float64Array(32);
  readonly fw = new Int32Array(this.f.buffer);
  fflags = 0;
  frm = 0;

  pc = 0;
  priv: number = Priv.M;
  /** mstatus low word; the high word is fixed (UXL/SXL) or derived (SD). */
  mstatus = 0;
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
  private readonly pmpLo = new Float64Array(PMP_COUNT);
  private readonly pmpHi = new Float64Array(PMP_COUNT);

  /** Instructions retired before the current run() slice. */
  private retired = 0;
  /** Instructions retired in the current slice before the executing one (kept for CSR reads). */
  private sliceRetired = 0;
  /** minstret and mcycle are the retired count plus an offset (so they are writable), or a frozen value while inhibited. */
  private instretOffset = 0;
  private cycleOffset = 0;
  private instretFrozen = 0;
  private cycleFrozen = 0;

  // Memory
  private readonly m8: Uint8Array;
  private readonly m16: Uint16Array;
  private readonly m32: Int32Array;
  private readonly m64: BigInt64Array;
  private readonly ramBase: number;
  private readonly ramSize: number;
  private readonly mmio: MmioPort;
  private readonly time: TimeSource;
  private readonly ctl: Int32Array;
  private readonly ctlBase: number;

  // TLB: tags are virtual page numbers (NaN = empty), values RAM offsets of the page.
  private readonly tlbTagR = new Float64Array(3 * TLB_SIZE).fill(NaN);
  private readonly tlbTagW = new Float64Array(3 * TLB_SIZE).fill(NaN);
  private readonly tlbTagX = new Float64Array(3 * TLB_SIZE).fill(NaN);
  private readonly tlbOffR = new Float64Array(3 * TLB_SIZE);
  private readonly tlbOffW = new Float64Array(3 * TLB_SIZE);
  private readonly tlbOffX = new Float64Array(3 * TLB_SIZE);
  /** TLB set for data accesses (depends on MPRV/MPP) and the effective data privilege. */
  private dSet = SET_M;
  private dPriv: number = Priv.M;
  /** The page the hart is fetching from: virtual base and RAM offset (NaN base = none). */
  private fetchBase = NaN;
  private fetchOff = 0;

  // Pending exception raised by a helper during the current instruction.
  private exc = false;
  private excCause = 0;
  private excTvalLo = 0;
  private excTvalHi = 0;
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

  /** Counters for --stats. */
  readonly trapCounts = new Float64Array(64);

  constructor(env: HartEnv) {
    this.hartId = env.hartId;
    this.m8 = new Uint8Array(env.ram);
    this.m16 = new Uint16Array(env.ram);
    this.m32 = new Int32Array(env.ram);
    this.m64 = new BigInt64Array(env.ram);
    this.ramBase = env.ramBase;
    this.ramSize = env.ram.byteLength;
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
    this.mstatus = 0;
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

  markFsDirty(): void {
    this.mstatus |= Mstatus.FS;
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

  /** Recomputes each PMP entry's byte range (privileged spec 3.7.1, "Address Matching"). */
  pmpChanged(): void {
    for (let i = 0; i < PMP_COUNT; i++) {
      const a = (this.pmpcfg[i] >>> 3) & 3;
      const lo = this.pmpaddr[2 * i], hi = this.pmpaddr[2 * i + 1];
      const addr = ((hi >>> 0) * TWO32 + (lo >>> 0)) * 4; // inexact only above 2^53, where no RAM is
      if (a === PmpA.TOR) {
        this.pmpLo[i] = i === 0 ? 0 : ((this.pmpaddr[2 * i - 1] >>> 0) * TWO32 + (this.pmpaddr[2 * i - 2] >>> 0)) * 4;
        this.pmpHi[i] = addr;
      } else if (a === PmpA.NA4) {
        this.pmpLo[i] = addr;
        this.pmpHi[i] = addr + 4;
      } else if (a === PmpA.NAPOT) {
        // Trailing ones give the size 2^(ones+3); clearing them gives the base exactly.
        const ones = lo === -1 ? 32 + I64.ctz32(~hi) : I64.ctz32(~lo);
        const baseLo = ones >= 32 ? 0 : lo & ~((2 ** ones - 1) | 0);
        const baseHi = ones >= 32 ? hi & ~((2 ** (ones - 32) - 1) | 0) : hi;
        const base = ((baseHi >>> 0) * TWO32 + (baseLo >>> 0)) * 4;
        this.pmpLo[i] = base;
        this.pmpHi[i] = base + 2 ** (ones + 3);
      } else {
        this.pmpLo[i] = this.pmpHi[i] = 0;
      }
    }
    this.flushTlb();
  }

  private privChanged(): void {
    const dp = (this.mstatus & Mstatus.MPRV) && this.priv === Priv.M
      ? (this.mstatus >>> Mstatus.MPP_SHIFT) & 3
      : this.priv;
    this.dPriv = dp;
    this.dSet = setOf(dp);
    this.fetchBase = NaN;
  }

  flushTlb(): void {
    this.tlbTagR.fill(NaN);
    this.tlbTagW.fill(NaN);
    this.tlbTagX.fill(NaN);
    this.fetchBase = NaN;
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

  /** mip as software reads it: software bits, device lines, and the two timer comparators. */
  readMip(): number {
    let ip = this.mipSoft | this.ctl[this.ctlBase + H_IRQ];
    const now = this.time.mtime();
    if (now >= this.mtimecmp()) ip |= MIP_MTIP;
    if (this.c64[2 * C64.menvcfg + 1] & MENVCFG_STCE_HI) {
      ip &= ~MIP_STIP;
      if (now >= this.stimecmp()) ip |= MIP_STIP;
    }
    return ip;
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
    if ((this.mie & MIP_STIP) && (this.c64[2 * C64.menvcfg + 1] & MENVCFG_STCE_HI)) t = Math.min(t, this.stimecmp());
    return t;
  }

  /** Interrupts pending and enabled in mie (what wakes WFI regardless of global enables). */
  pendingEnabled(): number {
    return this.readMip() & this.mie;
  }

  /**
   * Takes the highest-priority interrupt that is pending and enabled, if any
   * (privileged spec 3.1.9: M-destined before S-destined, then the fixed order).
   */
  checkInterrupts(): boolean {
    const pending = this.pendingEnabled();
    if (pending === 0) return false;
    const mIntr = pending & ~this.mideleg;
    const mEnabled = this.priv < Priv.M || (this.mstatus & Mstatus.MIE) !== 0;
    let chosen = mEnabled ? mIntr : 0;
    if (chosen === 0) {
      const sEnabled = this.priv < Priv.S || (this.priv === Priv.S && (this.mstatus & Mstatus.SIE) !== 0);
      chosen = sEnabled ? pending & this.mideleg : 0;
    }
    if (chosen === 0) return false;
    for (let k = 0; k < IRQ_PRIORITY.length; k++) {
      const irq = IRQ_PRIORITY[k];
      if (chosen & (1 << irq)) {
        this.wfi = false;
        this.pc = this.trap(irq, true, 0, 0, this.pc, 0, false);
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- traps

  private raise(cause: number, tval: number): void {
    this.exc = true;
    this.excCause = cause;
    if (tval !== tval) { // NaN: the far address recorded by effAddrFar
      this.excTvalLo = this.farLo;
      this.excTvalHi = this.farHi;
    } else {
      const hi = Math.floor(tval / TWO32);
      this.excTvalLo = (tval - hi * TWO32) | 0;
      this.excTvalHi = hi | 0;
    }
  }

  private raiseBits(cause: number, tvalLo: number, tvalHi: number): void {
    this.exc = true;
    this.excCause = cause;
    this.excTvalLo = tvalLo;
    this.excTvalHi = tvalHi;
  }

  /** Enters the trap for the pending exception; returns the new pc. */
  private takeException(epc: number): number {
    this.exc = false;
    return this.trap(this.excCause, false, this.excTvalLo, this.excTvalHi, epc, 0, false);
  }

  /**
   * Trap entry (privileged spec 3.1.6.1 / 4.1.1): picks M or S by delegation, saves
   * epc/cause/tval, stacks the interrupt enable and privilege, and returns the handler pc.
   * `farEpc` is set when the epc is the exact 64-bit (epcLo, farEpcHi) that does not fit a Number.
   */
  private trap(cause: number, interrupt: boolean, tvalLo: number, tvalHi: number, epc: number,
    farEpcHi: number, farEpc: boolean): number {
    this.trapCounts[interrupt ? 32 + cause : cause]++;
    const deleg = interrupt ? this.mideleg : this.medeleg;
    const toS = this.priv <= Priv.S && ((deleg >>> cause) & 1) !== 0;
    let epcLo: number, epcHi: number;
    if (farEpc) {
      epcLo = tvalLo; epcHi = farEpcHi;
    } else {
      epcHi = Math.floor(epc / TWO32);
      epcLo = (epc - epcHi * TWO32) | 0;
    }
    const c = this.c64;
    const causeHi = interrupt ? 0x80000000 | 0 : 0;
    let s = this.mstatus;
    let vecLo: number, vecHi: number;
    if (toS) {
      c[2 * C64.sepc] = epcLo; c[2 * C64.sepc + 1] = epcHi;
      c[2 * C64.scause] = cause; c[2 * C64.scause + 1] = causeHi;
      c[2 * C64.stval] = tvalLo; c[2 * C64.stval + 1] = tvalHi;
      s = (s & ~(Mstatus.SPP | Mstatus.SPIE | Mstatus.SIE)) |
        (this.priv === Priv.S ? Mstatus.SPP : 0) | ((s & Mstatus.SIE) ? Mstatus.SPIE : 0);
      this.priv = Priv.S;
      vecLo = c[2 * C64.stvec]; vecHi = c[2 * C64.stvec + 1];
    } else {
      c[2 * C64.mepc] = epcLo; c[2 * C64.mepc + 1] = epcHi;
      c[2 * C64.mcause] = cause; c[2 * C64.mcause + 1] = causeHi;
      c[2 * C64.mtval] = tvalLo; c[2 * C64.mtval + 1] = tvalHi;
      s = (s & ~(Mstatus.MPP | Mstatus.MPIE | Mstatus.MIE)) |
        (this.priv << Mstatus.MPP_SHIFT) | ((s & Mstatus.MIE) ? Mstatus.MPIE : 0);
      this.priv = Priv.M;
      vecLo = c[2 * C64.mtvec]; vecHi = c[2 * C64.mtvec + 1];
    }
    this.mstatus = s;
    this.privChanged();
    this.resAddr = -1;
    this.breakRun = true;
    const base = vecHi * TWO32 + ((vecLo & ~3) >>> 0);
    return (interrupt && (vecLo & 3) === 1) ? base + 4 * cause : base;
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

  // ---------------------------------------------------------------- translation

  private satpMode(): number {
    return this.c64[2 * C64.satp + 1] >>> 28;
  }

  /**
   * Translates va for an access by `priv`, checks PMP, and fills the TLB when the page is
   * RAM with uniform PMP permissions. Returns the physical address or -1 (exception raised).
   */
  private translate(va: number, acc: number, size: number, priv: number): number {
    let pa: number;
    const faultCause = acc === ACC_X ? Cause.InsnAccess : acc === ACC_W ? Cause.StoreAccess : Cause.LoadAccess;
    if (va !== va) { // an address no Number can hold: never valid
      const paged = priv !== Priv.M && this.satpMode() !== 0;
      this.raise(paged ? pageFaultCause(acc) : faultCause, NaN);
      return -1;
    }
    if (priv === Priv.M || this.satpMode() === 0) {
      if (va < 0 || va >= PA_LIMIT) { this.raise(faultCause, va); return -1; }
      pa = va;
    } else {
      pa = this.walk(va, acc, priv);
      if (pa < 0) return -1;
    }
    const pmp = this.pmpCheck(pa, size, acc, priv);
    if (pmp === 0) { this.raise(faultCause, va); return -1; }
    const off = pa - this.ramBase;
    if (pmp === 2 && off >= 0 && off < this.ramSize) {
      const vpn = Math.floor(va / PAGE);
      const i = setOf(priv) + (vpn & TLB_MASK);
      const pageOff = off - (va - vpn * PAGE);
      if (pageOff >= 0 && pageOff + PAGE <= this.ramSize) {
        if (acc === ACC_R) { this.tlbTagR[i] = vpn; this.tlbOffR[i] = pageOff; }
        else if (acc === ACC_W) { this.tlbTagW[i] = vpn; this.tlbOffW[i] = pageOff; }
        else { this.tlbTagX[i] = vpn; this.tlbOffX[i] = pageOff; }
      }
    }
    return pa;
  }

  /**
   * Sv39/Sv48 page-table walk (privileged spec 4.3.2) with hardware A/D update, as QEMU 7.2
   * does (Svadu behaviour). Returns the physical address or -1 with a page/access fault raised.
   */
  private walk(va: number, acc: number, priv: number): number {
    const mode = this.satpMode();
    const levels = mode === SATP_MODE_SV39 ? 3 : mode === SATP_MODE_SV48 ? 4 : 5;
    const vaBits = 12 + 9 * levels;
    const half = 2 ** (vaBits - 1);
    if (va < -half || va >= half) { this.raise(pageFaultCause(acc), va); return -1; }
    const satpLo = this.c64[2 * C64.satp], satpHi = this.c64[2 * C64.satp + 1];
    let table = ((satpHi & 0xfff) * TWO32 + (satpLo >>> 0)) * PAGE;
    for (let level = levels - 1; level >= 0; level--) {
      const span = 2 ** (12 + 9 * level);
      const idx = Math.floor(va / span) & 511;
      const pteAddr = table + idx * 8;
      const off = pteAddr - this.ramBase;
      // Implicit page-table reads are S-mode accesses for PMP (privileged spec 3.7.1).
      if (off < 0 || off + 8 > this.ramSize || this.pmpCheck(pteAddr, 8, ACC_R, Priv.S) === 0) {
        this.raise(acc === ACC_X ? Cause.InsnAccess : acc === ACC_W ? Cause.StoreAccess : Cause.LoadAccess, va);
        return -1;
      }
      const wi = off >>> 2;
      const lo = Atomics.load(this.m32, wi);
      const hi = this.m32[wi + 1];
      if ((lo & Pte.V) === 0 || ((lo & Pte.R) === 0 && (lo & Pte.W) !== 0) || (hi >>> 22) !== 0) {
        // Invalid, W without R, or reserved/N/PBMT bits set (not implemented here).
        this.raise(pageFaultCause(acc), va);
        return -1;
      }
      const ppn = (hi & 0x3fffff) * 1048576 + (lo >>> 10); // bits 53:10
      if ((lo & (Pte.R | Pte.X)) === 0) {
        if (level === 0 || (lo & (Pte.A | Pte.D | Pte.U)) !== 0) { this.raise(pageFaultCause(acc), va); return -1; }
        table = ppn * PAGE;
        continue;
      }
      if (!this.leafAllows(lo, acc, priv)) { this.raise(pageFaultCause(acc), va); return -1; }
      const pagesBelow = 2 ** (9 * level);
      if (ppn % pagesBelow !== 0) { this.raise(pageFaultCause(acc), va); return -1; } // misaligned superpage
      const need = Pte.A | (acc === ACC_W ? Pte.D : 0);
      if ((lo & need) !== need) {
        // QEMU 7.2 updates A/D in hardware (Svadu behaviour). Set them only if the PTE is
        // unchanged since we read it; otherwise walk again (privileged spec 4.3.2 step 8).
        if (Atomics.compareExchange(this.m32, wi, lo, lo | need) !== lo) return this.walk(va, acc, priv);
      }
      const inPage = va - Math.floor(va / span) * span;
      return ppn * PAGE + inPage;
    }
    return -1;
  }

  private leafAllows(pte: number, acc: number, priv: number): boolean {
    const user = (pte & Pte.U) !== 0;
    if (priv === Priv.U && !user) return false;
    if (priv === Priv.S && user && (acc === ACC_X || (this.mstatus & Mstatus.SUM) === 0)) return false;
    if (acc === ACC_X) return (pte & Pte.X) !== 0;
    if (acc === ACC_W) return (pte & Pte.W) !== 0;
    return (pte & Pte.R) !== 0 || ((this.mstatus & Mstatus.MXR) !== 0 && (pte & Pte.X) !== 0);
  }

  /**
   * PMP check (privileged spec 3.7): 0 = denied, 1 = allowed for this access only,
   * 2 = allowed and the same answer holds for the whole 4 KiB page (cacheable in the TLB).
   */
  private pmpCheck(pa: number, size: number, acc: number, priv: number): number {
    const pageLo = Math.floor(pa / PAGE) * PAGE, pageHi = pageLo + PAGE;
    let uniform = true;
    for (let i = 0; i < PMP_COUNT; i++) {
      const cfg = this.pmpcfg[i];
      const a = (cfg >>> 3) & 3;
      if (a === PmpA.OFF) continue;
      const lo = this.pmpLo[i], hi = this.pmpHi[i];
      if (hi <= lo) continue;
      const touches = pa < hi && pa + size > lo;
      if (!touches) {
        if (pageLo < hi && pageHi > lo) uniform = false; // a higher-priority entry overlaps the page
        continue;
      }
      if (pa < lo || pa + size > hi) return 0; // straddles the region edge: fails
      const locked = (cfg & 0x80) !== 0;
      let ok: boolean;
      if (priv === Priv.M && !locked) ok = true;
      else ok = ((cfg >>> (acc === ACC_R ? 0 : acc === ACC_W ? 1 : 2)) & 1) !== 0;
      if (!ok) return 0;
      return uniform && pageLo >= lo && pageHi <= hi ? 2 : 1;
    }
    if (priv === Priv.M) return uniform ? 2 : 1;
    // No entry matched an S/U access: with PMP entries implemented it fails, active or not
    // (privileged spec 3.7.1). QEMU 7.2 instead faults the mret into S/U when none is active.
    return 0;
  }

  // ---------------------------------------------------------------- data access

  /** Loads `size` bytes (1, 2, 4, 8); returns the low word (zero-extended below 4), high word in tmpHi. */
  private loadSlow(va: number, size: number): number {
    if (va === va && va % size !== 0) return this.loadMisaligned(va, size);
    const pa = this.translate(va, ACC_R, size, this.dPriv);
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
    if (!this.mmio.read(pa, size as 1 | 2 | 4 | 8)) { this.raise(Cause.LoadAccess, va); return 0; }
    this.tmpHi = size === 8 ? this.mmio.data[1] : 0;
    return this.mmio.data[0];
  }

  /** Misaligned loads are performed byte by byte, as QEMU does for RAM. */
  private loadMisaligned(va: number, size: number): number {
    let lo = 0, hi = 0;
    for (let k = 0; k < size; k++) {
      const b = this.loadSlow(va + k, 1);
      if (this.exc) return 0;
      if (k < 4) lo |= b << (8 * k); else hi |= b << (8 * (k - 4));
    }
    this.tmpHi = hi;
    return lo;
  }

  private storeSlow(va: number, size: number, lo: number, hi: number): void {
    if (va === va && va % size !== 0) { this.storeMisaligned(va, size, lo, hi); return; }
    const pa = this.translate(va, ACC_W, size, this.dPriv);
    if (pa < 0) return;
    const off = pa - this.ramBase;
    if (off >= 0 && off + size <= this.ramSize) {
      switch (size) {
        case 1: this.m8[off] = lo; return;
        case 2: this.m16[off >>> 1] = lo; return;
        case 4: this.m32[off >>> 2] = lo; return;
        default: this.m32[off >>> 2] = lo; this.m32[(off >>> 2) + 1] = hi; return;
      }
    }
    if (!this.mmio.write(pa, size as 1 | 2 | 4 | 8, lo, hi)) this.raise(Cause.StoreAccess, va);
  }

  private storeMisaligned(va: number, size: number, lo: number, hi: number): void {
    // Check every byte is writable first, so a fault leaves memory untouched.
    for (let k = 0; k < size; k++) {
      if (this.translate(va + k, ACC_W, 1, this.dPriv) < 0) return;
    }
    for (let k = 0; k < size; k++) {
      const b = k < 4 ? (lo >>> (8 * k)) & 0xff : (hi >>> (8 * (k - 4))) & 0xff;
      this.storeSlow(va + k, 1, b, 0);
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
    if (pc !== pc) { this.raise(this.satpMode() !== 0 && this.priv !== Priv.M ? Cause.InsnPage : Cause.InsnAccess, NaN); return 0; }
    const lo = this.fetchHalf(pc);
    if (this.exc) return 0;
    if ((lo & 3) !== 3) return lo;
    const hi = this.fetchHalf(pc + 2);
    if (this.exc) return 0;
    return lo | (hi << 16);
  }

  private fetchHalf(va: number): number {
    const pa = this.translate(va, ACC_X, 2, this.priv);
    if (pa < 0) return 0;
    const off = pa - this.ramBase;
    if (off >= 0 && off + 2 <= this.ramSize) {
      const vpn = Math.floor(va / PAGE);
      if (this.tlbTagX[setOf(this.priv) + (vpn & TLB_MASK)] === vpn) {
        this.fetchBase = vpn * PAGE;
        this.fetchOff = off - (va - vpn * PAGE);
      }
      return this.m16[off >>> 1];
    }
    if (!this.mmio.read(pa, 2)) { this.raise(Cause.InsnAccess, va); return 0; }
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
    while (n < budget) {
      // ---- fetch
      let raw: number;
      const d = pc - this.fetchBase;
      if (d >= 0 && d < PAGE - 2) {
        const hw = (this.fetchOff + d) >>> 1;
        raw = this.m16[hw];
        if ((raw & 3) === 3) raw |= this.m16[hw + 1] << 16;
      } else {
        raw = this.fetchSlow(pc);
        if (this.exc) { pc = this.takeException(pc); continue; }
      }
      n++;
      let insn = raw;
      let ilen = 4;
      if ((raw & 3) !== 3) {
        ilen = 2;
        insn = RVC_TABLE[raw & 0xffff];
        if (insn === 0) { n--; this.raiseBits(Cause.Illegal, raw & 0xffff, 0); pc = this.takeException(pc); continue; }
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
          ok = this.op32(insn >>> 25, f3, al, x[2 * rs1 + 1], bl, x[2 * rs2 + 1]);
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
          if (t !== t) { this.raiseFarFetch(); pc = this.takeFarFetch(); break; }
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
          if (this.exc) { n--; pc = this.takeException(pc); break; }
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
          if (this.exc) { n--; pc = this.takeException(pc); break; }
          pc += ilen;
          break;
        }
        case 0x0f: { // MISC-MEM
          if (f3 === 0) {
            // FENCE: a locked host operation orders this hart's plain RAM accesses against
            // other threads (and keeps V8 from moving them across it). PAUSE lands here too.
            Atomics.add(FENCE_WORD, 0, 0);
          } else if (f3 !== 1) { // FENCE.I: nothing to do, instructions are fetched from RAM
            ok = false;
            break;
          }
          pc += ilen;
          break;
        }
        case 0x73: { // SYSTEM
          this.sliceRetired = n - 1;
          const npc = this.system(insn, f3, rd, rs1, pc, ilen);
          this.sliceRetired = 0;
          if (npc !== npc) { ok = false; break; }
          if (this.exc) { n--; pc = this.takeException(pc); break; }
          if (this.wfi) { pc = npc; stop = Stop.Wfi; budget = n; break; }
          pc = npc;
          if (this.breakRun) budget = n;
          break;
        }
        case 0x2f: { // AMO
          this.amo(insn, f3, rd, rs1);
          if (this.exc) { n--; pc = this.takeException(pc); break; }
          if (this.amoIllegal) { this.amoIllegal = false; ok = false; break; }
          pc += ilen;
          break;
        }
        case 0x07: case 0x27: { // LOAD-FP, STORE-FP
          if ((this.mstatus & Mstatus.FS) === 0 || (f3 !== 2 && f3 !== 3)) { ok = false; break; }
          this.fpMemory(insn, f3, rd, rs1);
          if (this.exc) { n--; pc = this.takeException(pc); break; }
          pc += ilen;
          break;
        }
        case 0x53: case 0x43: case 0x47: case 0x4b: case 0x4f: { // OP-FP, fused multiply-add
          if ((this.mstatus & Mstatus.FS) === 0 || !executeFp(this, insn)) { ok = false; break; }
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
      }
    }
    this.pc = pc;
    this.retired += n;
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
    const paged = this.satpMode() !== 0 && this.priv !== Priv.M;
    this.raiseBits(paged ? Cause.InsnPage : Cause.InsnAccess, this.farLo, this.farHi);
  }
  /** The fetch fault at a target no Number holds: epc and tval are both that exact address. */
  private takeFarFetch(): number {
    this.exc = false;
    return this.trap(this.excCause, false, this.excTvalLo, this.excTvalHi, 0, this.excTvalHi, true);
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
  private op32(f7: number, f3: number, al: number, ah: number, bl: number, bh: number): boolean {
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
  private system(insn: number, f3: number, rd: number, rs1: number, pc: number, ilen: number): number {
    if (f3 === 0) return this.privileged(insn, rd, rs1, pc, ilen);
    if (f3 === 4) return NaN; // hypervisor loads/stores: no H extension yet
    const n = insn >>> 20;
    const imm = (f3 & 4) !== 0;
    const srcLo = imm ? rs1 : this.x[2 * rs1];
    const srcHi = imm ? 0 : this.x[2 * rs1 + 1];
    const op = f3 & 3; // 1 = write, 2 = set, 3 = clear
    const writes = op === 1 || rs1 !== 0;
    if (!csrAccessible(this, n, writes)) return NaN;
    // Even a write-only csrrw must name an existing CSR, so the read doubles as the check.
    if (!readCsr(this, n)) return NaN;
    const oldLo = csrValue[0], oldHi = csrValue[1];
    if (writes) {
      let lo = srcLo, hi = srcHi;
      if (op === 2) { lo = oldLo | srcLo; hi = oldHi | srcHi; }
      else if (op === 3) { lo = oldLo & ~srcLo; hi = oldHi & ~srcHi; }
      if (!writeCsr(this, n, lo, hi)) return NaN;
    }
    if (rd !== 0) { this.x[2 * rd] = oldLo; this.x[2 * rd + 1] = oldHi; }
    return pc + ilen;
  }

  private privileged(insn: number, rd: number, rs1: number, pc: number, ilen: number): number {
    const f12 = insn >>> 20;
    const f7 = insn >>> 25;
    if (f7 === 0x09) { // sfence.vma
      if (rd !== 0) return NaN;
      if (this.priv === Priv.U || (this.priv === Priv.S && (this.mstatus & Mstatus.TVM))) return NaN;
      this.flushTlb();
      return pc + ilen;
    }
    if (rd !== 0 || rs1 !== 0) return NaN;
    switch (f12) {
      case 0x000: // ecall
        this.raiseBits(this.priv === Priv.U ? Cause.EcallU : this.priv === Priv.S ? Cause.EcallS : Cause.EcallM, 0, 0);
        return pc;
      case 0x001: // ebreak: mtval may be 0 or the pc (privileged spec 3.1.16); QEMU writes 0
        this.raiseBits(Cause.Breakpoint, 0, 0);
        return pc;
      case 0x302: return this.mret();
      case 0x102: return this.sret();
      case 0x105: // wfi
        if (this.priv < Priv.M && (this.mstatus & Mstatus.TW)) return NaN;
        if (this.priv === Priv.U) return NaN;
        if (this.pendingEnabled() === 0) this.wfi = true;
        return pc + ilen;
    }
    return NaN;
  }

  private mret(): number {
    if (this.priv !== Priv.M) return NaN;
    const s = this.mstatus;
    const mpp = (s >>> Mstatus.MPP_SHIFT) & 3;
    let ns = (s & ~(Mstatus.MIE | Mstatus.MPP)) | ((s & Mstatus.MPIE) ? Mstatus.MIE : 0) | Mstatus.MPIE;
    if (mpp !== Priv.M) ns &= ~Mstatus.MPRV;
    this.mstatus = ns;
    this.priv = mpp;
    this.privChanged();
    this.breakRun = true;
    return this.xretTarget(C64.mepc);
  }

  private sret(): number {
    if (this.priv === Priv.U || (this.priv === Priv.S && (this.mstatus & Mstatus.TSR))) return NaN;
    const s = this.mstatus;
    const spp = (s & Mstatus.SPP) ? Priv.S : Priv.U;
    const ns = (s & ~(Mstatus.SIE | Mstatus.SPP | Mstatus.MPRV)) | ((s & Mstatus.SPIE) ? Mstatus.SIE : 0) | Mstatus.SPIE;
    this.mstatus = ns;
    this.priv = spp;
    this.privChanged();
    this.breakRun = true;
    return this.xretTarget(C64.sepc);
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
    const pa = this.translate(va, isLr ? ACC_R : ACC_W, size, this.dPriv);
    if (pa < 0) {
      // AMOs and SC report store/AMO faults even though they also read (privileged spec 3.7.1).
      return;
    }
    const off = pa - this.ramBase;
    const bl = this.x[2 * rs2], bh = this.x[2 * rs2 + 1];
    if (off < 0 || off + size > this.ramSize) { this.amoMmio(f5, pa, size, rd, bl, bh, va, isLr, isSc); return; }
    const w = off >>> 2;
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

function pageFaultCause(acc: number): number {
  return acc === ACC_X ? Cause.InsnPage : acc === ACC_W ? Cause.StorePage : Cause.LoadPage;
}

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
