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
