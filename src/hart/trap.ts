/**
 * Traps: choosing among pending interrupts, entering M, HS or VS through the delegation
 * registers, and returning with mret/sret. The privileged spec's "Machine-Level ISA" and
 * "Hypervisor Extension" chapters define every step here.
 */
import type { Hart } from './hart.js';
import { TWO32 } from './int64.js';
import { C64 } from './csr.js';
import {
  Priv, Mstatus, Hstatus, IRQ_PRIORITY, MSTATUS_HI_MPV, MSTATUS_HI_GVA, Cause,
} from './csr-numbers.js';

const CAUSE_INTERRUPT_HI = 0x80000000 | 0;

/** Where a trap goes (also told to the observer). */
export const TO_M = 0, TO_HS = 1, TO_VS = 2;

/** Everything a trap writes besides the cause, collected by the hart when it is raised. */
export interface TrapInfo {
  tvalLo: number;
  tvalHi: number;
  /** Guest physical address >> 2 (logical, 64-bit) for htval/mtval2 on guest-page faults, else 0. */
  htvalLo: number;
  htvalHi: number;
  /** Transformed instruction or pseudoinstruction for htinst/mtinst, or 0. */
  tinst: number;
  /** stval/mtval holds a guest virtual address (sets GVA). */
  gva: boolean;
  /** epc (lo, hi) when it does not fit a Number; `epcExact` says it is set. */
  epcLo: number;
  epcHi: number;
  epcExact: boolean;
}

function put(c: Int32Array, i: C64, lo: number, hi: number): void {
  c[2 * i] = lo;
  c[2 * i + 1] = hi;
}

/**
 * Trap entry for cause (an interrupt when `interrupt`), raised at pc `epc`. Returns the
 * handler's pc. Exceptions go to M unless delegated by medeleg, and from V=1 on to VS if
 * hedeleg also delegates them; interrupts likewise through mideleg and hideleg.
 */
export function enterTrap(h: Hart, cause: number, interrupt: boolean, epc: number, t: TrapInfo): number {
  h.trapCounts[interrupt ? 32 + cause : cause]++;
  const target = trapTarget(h, cause, interrupt);
  // A trap from V=1 that the guest does not handle itself leaves the VM.
  if (h.virt && target !== TO_VS) h.vmExits[interrupt ? 32 + cause : cause]++;
  let epcLo = t.epcLo, epcHi = t.epcHi;
  if (!t.epcExact) {
    epcHi = Math.floor(epc / TWO32);
    epcLo = (epc - epcHi * TWO32) | 0;
  }
  const c = h.c64;
  const causeHi = interrupt ? CAUSE_INTERRUPT_HI : 0;
  const fromVirt = h.virt, fromPriv = h.priv;
  let vecLo: number, vecHi: number;
  let vecCause = cause;
  if (target === TO_VS) {
    // VS sees its own interrupt numbers: VSSI/VSTI/VSEI arrive as SSI/STI/SEI (H spec, hideleg).
    if (interrupt) vecCause = cause - 1;
    put(c, C64.vsepc, epcLo, epcHi);
    put(c, C64.vscause, vecCause, causeHi);
    put(c, C64.vstval, t.tvalLo, t.tvalHi);
    const s = h.vsstatus;
    h.vsstatus = (s & ~(Mstatus.SPP | Mstatus.SPIE | Mstatus.SIE)) |
      (h.priv === Priv.S ? Mstatus.SPP : 0) | ((s & Mstatus.SIE) ? Mstatus.SPIE : 0);
    h.priv = Priv.S;
    vecLo = c[2 * C64.vstvec]; vecHi = c[2 * C64.vstvec + 1];
  } else if (target === TO_HS) {
    put(c, C64.sepc, epcLo, epcHi);
    put(c, C64.scause, cause, causeHi);
    put(c, C64.stval, t.tvalLo, t.tvalHi);
    put(c, C64.htval, t.htvalLo, t.htvalHi);
    put(c, C64.htinst, t.tinst, 0);
    let hs = h.hstatus & ~(Hstatus.SPV | Hstatus.GVA);
    if (fromVirt) hs = (hs & ~Hstatus.SPVP) | Hstatus.SPV | (h.priv === Priv.S ? Hstatus.SPVP : 0);
    if (t.gva) hs |= Hstatus.GVA;
    h.hstatus = hs;
    const s = h.mstatus;
    h.mstatus = (s & ~(Mstatus.SPP | Mstatus.SPIE | Mstatus.SIE)) |
      (h.priv === Priv.S ? Mstatus.SPP : 0) | ((s & Mstatus.SIE) ? Mstatus.SPIE : 0);
    h.priv = Priv.S;
    h.virt = 0;
    vecLo = c[2 * C64.stvec]; vecHi = c[2 * C64.stvec + 1];
  } else {
    put(c, C64.mepc, epcLo, epcHi);
    put(c, C64.mcause, cause, causeHi);
    put(c, C64.mtval, t.tvalLo, t.tvalHi);
    put(c, C64.mtval2, t.htvalLo, t.htvalHi);
    put(c, C64.mtinst, t.tinst, 0);
    h.mstatusHi = (fromVirt ? MSTATUS_HI_MPV : 0) | (t.gva ? MSTATUS_HI_GVA : 0);
    const s = h.mstatus;
    h.mstatus = (s & ~(Mstatus.MPP | Mstatus.MPIE | Mstatus.MIE)) |
      (h.priv << Mstatus.MPP_SHIFT) | ((s & Mstatus.MIE) ? Mstatus.MPIE : 0);
    h.priv = Priv.M;
    h.virt = 0;
    vecLo = c[2 * C64.mtvec]; vecHi = c[2 * C64.mtvec + 1];
  }
  h.privChanged();
  h.clearReservation();
  const base = vecHi * TWO32 + ((vecLo & ~3) >>> 0);
  const handler = (interrupt && (vecLo & 3) === 1) ? base + 4 * vecCause : base;
  if (h.observer !== null) h.observer.trap(h, cause, interrupt, fromPriv, fromVirt, target, epcLo, epcHi, t, handler);
  return handler;
}

function trapTarget(h: Hart, cause: number, interrupt: boolean): number {
  if (h.priv === Priv.M) return TO_M;
  const deleg = interrupt ? h.mideleg | h.midelegForced() : h.medeleg;
  if (((deleg >>> cause) & 1) === 0) return TO_M;
  if (!h.virt) return TO_HS;
  const hdeleg = interrupt ? h.hideleg : h.hedeleg;
  return ((hdeleg >>> cause) & 1) !== 0 ? TO_VS : TO_HS;
}

/**
 * The interrupt to take now, or -1 (privileged spec 3.1.9 and the H chapter): interrupts for
 * M first, then HS, then VS, each in the fixed priority order. M interrupts are enabled below
 * M or with MIE; HS ones always while V=1, else below S or with SIE; VS ones only while V=1,
 * in VU or with vsstatus.SIE.
 */
export function selectInterrupt(h: Hart): number {
  const pending = h.pendingEnabled();
  if (pending === 0) return -1;
  const deleg = h.mideleg | h.midelegForced();
  const m = pending & ~deleg;
  if (m !== 0 && (h.priv < Priv.M || (h.mstatus & Mstatus.MIE) !== 0)) return highest(m);
  const hs = pending & deleg & ~h.hideleg;
  const hsEnabled = h.priv < Priv.M && (h.virt !== 0 || h.priv < Priv.S || (h.mstatus & Mstatus.SIE) !== 0);
  if (hs !== 0 && hsEnabled) return highest(hs);
  const vs = pending & deleg & h.hideleg;
  const vsEnabled = h.virt !== 0 && (h.priv === Priv.U || (h.vsstatus & Mstatus.SIE) !== 0);
  if (vs !== 0 && vsEnabled) return highest(vs);
  return -1;
}

function highest(bits: number): number {
  for (let k = 0; k < IRQ_PRIORITY.length; k++) {
    if (bits & (1 << IRQ_PRIORITY[k])) return IRQ_PRIORITY[k];
  }
  return -1;
}

/** mret (privileged spec 3.3.2): back to MPP (and MPV); MPRV clears when leaving M. Returns false if illegal. */
export function mret(h: Hart): boolean {
  if (h.priv !== Priv.M) return false;
  const s = h.mstatus;
  const mpp = (s >>> Mstatus.MPP_SHIFT) & 3;
  let ns = (s & ~(Mstatus.MIE | Mstatus.MPP)) | ((s & Mstatus.MPIE) ? Mstatus.MIE : 0) | Mstatus.MPIE;
  if (mpp !== Priv.M) ns &= ~Mstatus.MPRV;
  h.mstatus = ns;
  h.virt = mpp !== Priv.M && (h.mstatusHi & MSTATUS_HI_MPV) !== 0 ? 1 : 0;
  h.mstatusHi &= ~MSTATUS_HI_MPV;
  h.priv = mpp;
  h.privChanged();
  if (h.observer !== null) h.observer.xret(h, C64.mepc);
  return true;
}

/**
 * sret: from HS back to SPP with V = hstatus.SPV (which clears); from VS within the guest
 * through vsstatus. Returns the cause to raise instead (illegal or virtual instruction), or -1.
 */
export function sret(h: Hart): number {
  if (h.priv === Priv.U) return h.virt ? Cause.VirtualInsn : Cause.Illegal;
  if (h.virt) {
    if (h.hstatus & Hstatus.VTSR) return Cause.VirtualInsn;
    const s = h.vsstatus;
    h.vsstatus = (s & ~(Mstatus.SIE | Mstatus.SPP)) | ((s & Mstatus.SPIE) ? Mstatus.SIE : 0) | Mstatus.SPIE;
    h.priv = (s & Mstatus.SPP) ? Priv.S : Priv.U;
    h.privChanged();
    if (h.observer !== null) h.observer.xret(h, C64.vsepc);
    return -1;
  }
  if (h.priv === Priv.S && (h.mstatus & Mstatus.TSR)) return Cause.Illegal;
  const s = h.mstatus;
  h.mstatus = (s & ~(Mstatus.SIE | Mstatus.SPP | Mstatus.MPRV)) | ((s & Mstatus.SPIE) ? Mstatus.SIE : 0) | Mstatus.SPIE;
  h.priv = (s & Mstatus.SPP) ? Priv.S : Priv.U;
  h.virt = (h.hstatus & Hstatus.SPV) ? 1 : 0;
  h.hstatus &= ~Hstatus.SPV;
  h.privChanged();
  if (h.observer !== null) h.observer.xret(h, C64.sepc);
  return -1;
}
