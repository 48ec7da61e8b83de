/**
 * The machine timer (CLINT mtime) shared by every thread: ticks of TIMEBASE_HZ since an epoch
 * in host milliseconds kept in the control block. Each thread reads the host clock itself,
 * so reading time costs no message. Writing mtime moves the epoch.
 */
import { TIMEBASE_HZ } from '../board/memory-map.js';
import { G_EPOCH_F64 } from './layout.js';
import type { TimeSource } from '../hart/env.js';

const TICKS_PER_MS = TIMEBASE_HZ / 1000;

/** Host wall-clock time in milliseconds, high resolution and comparable across threads. */
export function hostMs(): number {
  return performance.timeOrigin + performance.now();
}

export class SharedClock implements TimeSource {
  private readonly f64: Float64Array;

  constructor(ctlBuffer: SharedArrayBuffer) {
    this.f64 = new Float64Array(ctlBuffer);
  }

  /** Starts mtime at 0 now. */
  start(): void {
    this.f64[G_EPOCH_F64] = hostMs();
  }

  mtime(): number {
    return Math.floor((hostMs() - this.f64[G_EPOCH_F64]) * TICKS_PER_MS);
  }

  /** Makes mtime read `value` from now on. */
  setMtime(value: number): void {
    this.f64[G_EPOCH_F64] = hostMs() - value / TICKS_PER_MS;
  }

  /** Host milliseconds from now until mtime reaches `ticks` (negative if already past). */
  msUntil(ticks: number): number {
    return (ticks - this.mtime()) / TICKS_PER_MS;
  }
}

/**
 * Deterministic mode's time: mtime advances with retired instructions, never with the host
 * clock, so a run is reproducible. Each hart in turn runs a slice of the same length; time
 * within a round follows the running hart's progress, and the round's length is added at its
 * end. While every hart waits for an interrupt, time jumps to the next deadline.
 */
export class VirtualClock implements TimeSource {
  /** Instructions per timebase tick: the virtual hart speed is TIMEBASE_HZ * this. */
  static readonly INSNS_PER_TICK = 10;
  private base = 0;
  private progress: () => number = () => 0;
  private roundStart = 0;

  /** The hart `retired` is about to run; its retired-instruction count tells time. */
  enter(retired: () => number): void {
    this.progress = retired;
    this.roundStart = retired();
  }

  mtime(): number {
    return this.base + Math.floor((this.progress() - this.roundStart) / VirtualClock.INSNS_PER_TICK);
  }

  setMtime(value: number): void {
    this.base += value - this.mtime();
  }

  /** The end of a round in which each running hart retired `insns` instructions. */
  advance(insns: number): void {
    this.base += Math.floor(insns / VirtualClock.INSNS_PER_TICK);
    this.roundStart = this.progress();
  }

  /** Every hart waits: skip to `ticks` (if later). */
  jumpTo(ticks: number): void {
    if (ticks > this.base) this.base = ticks;
    this.roundStart = this.progress();
  }
}
