/**
 * A hart's device port straight onto the bus, for code running on the thread that owns the
 * devices: the coordinator serving mailbox requests, and the deterministic mode's harts.
 */
import { Bus, BUS_OK } from '../board/bus.js';
import type { MmioPort } from '../hart/env.js';
import { amoDeviceResult } from '../hart/amo.js';
import { r } from '../hart/int64.js';

export class BusPort implements MmioPort {
  readonly data = new Int32Array(2);

  constructor(private readonly bus: Bus) {}

  read(pa: number, size: 1 | 2 | 4 | 8): boolean {
    const ok = this.bus.read(pa, size) === BUS_OK;
    this.data[0] = this.bus.lo | 0;
    this.data[1] = this.bus.hi | 0;
    return ok;
  }

  write(pa: number, size: 1 | 2 | 4 | 8, lo: number, hi: number): boolean {
    return this.bus.write(pa, size, lo, hi) === BUS_OK;
  }

  /** Read, combine and write in one step: nothing else runs on this thread in between. */
  amo(pa: number, size: 4 | 8, f5: number, lo: number, hi: number): boolean {
    if (!this.read(pa, size)) return false;
    const oldLo = this.data[0], oldHi = this.data[1];
    amoDeviceResult(f5, size, oldLo, oldHi, lo, hi);
    if (!this.write(pa, size, r[0], r[1])) return false;
    this.data[0] = oldLo;
    this.data[1] = oldHi;
    return true;
  }
}
