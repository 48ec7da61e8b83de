/**
 * What a hart reports to an observer (the tracer, src/debug/trace.ts) when one is attached.
 * Hart.observer is null otherwise, and each report site costs one field test: none of them
 * is on the per-instruction path (traps, xRETs and page-table walks only).
 */
import type { Hart } from './hart.js';
import type { TrapInfo } from './trap.js';

/** Which translation a page-table walk serves. */
export const enum WalkStage {
  /** satp: HS, U, or M with MPRV. */
  S = 0,
  /** vsatp: the VS-stage of a guest virtual address (the result is guest-physical). */
  VS = 1,
  /** hgatp: the G-stage of a guest physical address. */
  G = 2,
}

export interface HartObserver {
  /**
   * A trap was taken from (fromPriv, fromVirt) to `target` (0 = M, 1 = HS, 2 = VS), with the
   * causes and values in `t` and epc; `handler` is the new pc. The hart is already in the
   * handler's mode; its registers are still those of the trapping code.
   */
  trap(h: Hart, cause: number, interrupt: boolean, fromPriv: number, fromVirt: number, target: number,
    epcLo: number, epcHi: number, t: TrapInfo, handler: number): void;
  /**
   * An mret or sret completed, returning to the address in CSR `epc` (a C64 index: mepc, sepc,
   * or vsepc for an sret inside a VM); the hart is in the mode returned to, its pc not yet set.
   */
  xret(h: Hart, epc: number): void;
  /**
   * A page-table walk of `stage` in translation mode `mode` (the CSR's MODE field) for access
   * kind `acc` (mmu.ts ACC_*) translated `addr` to `result`, or faulted (result < 0: the
   * cause is h.exceptionCause()).
   */
  walk(h: Hart, stage: WalkStage, mode: number, addr: number, acc: number, result: number): void;
}
