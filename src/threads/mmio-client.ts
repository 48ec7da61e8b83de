/**
 * The hart side of the MMIO mailbox (layout in layout.ts): post a request, sleep on the
 * state word until the coordinator has answered. Device accesses are synchronous for the
 * hart, as on hardware.
 */
import type { MmioPort } from '../hart/env.js';
import {
  hartBase, H_MB_STATE, H_MB_OP, H_MB_ADDR_LO, H_MB_ADDR_HI, H_MB_SIZE, H_MB_DATA_LO, H_MB_DATA_HI,
  H_MB_STATUS, H_MB_AMO_OP, MB_REQUEST, MB_READ, MB_WRITE, MB_AMO, MB_OK, G_STOP,
} from './layout.js';

const TWO32 = 4294967296;

export class MailboxMmio implements MmioPort {
  readonly data = new Int32Array(2);
  private readonly base: number;

  constructor(private readonly ctl: Int32Array, hartId: number) {
    this.base = hartBase(hartId);
  }

  read(pa: number, size: 1 | 2 | 4 | 8): boolean {
    if (!this.call(MB_READ, pa, size, 0, 0)) return false;
    this.data[0] = this.ctl[this.base + H_MB_DATA_LO];
    this.data[1] = this.ctl[this.base + H_MB_DATA_HI];
    return true;
  }

  write(pa: number, size: 1 | 2 | 4 | 8, lo: number, hi: number): boolean {
    return this.call(MB_WRITE, pa, size, lo, hi);
  }

  amo(pa: number, size: 4 | 8, f5: number, lo: number, hi: number): boolean {
    this.ctl[this.base + H_MB_AMO_OP] = f5;
    if (!this.call(MB_AMO, pa, size, lo, hi)) return false;
    this.data[0] = this.ctl[this.base + H_MB_DATA_LO];
    this.data[1] = this.ctl[this.base + H_MB_DATA_HI];
    return true;
  }

  private call(op: number, pa: number, size: number, lo: number, hi: number): boolean {
    const c = this.ctl, b = this.base;
    const ahi = Math.floor(pa / TWO32);
    c[b + H_MB_OP] = op;
    c[b + H_MB_ADDR_LO] = (pa - ahi * TWO32) | 0;
    c[b + H_MB_ADDR_HI] = ahi;
    c[b + H_MB_SIZE] = size;
    c[b + H_MB_DATA_LO] = lo;
    c[b + H_MB_DATA_HI] = hi;
    Atomics.store(c, b + H_MB_STATE, MB_REQUEST);
    Atomics.notify(c, b + H_MB_STATE);
    while (Atomics.load(c, b + H_MB_STATE) === MB_REQUEST) {
      // The timeout only lets a stopping machine release a hart whose request will never be served.
      Atomics.wait(c, b + H_MB_STATE, MB_REQUEST, 200);
      if (Atomics.load(c, G_STOP) !== 0 && Atomics.load(c, b + H_MB_STATE) === MB_REQUEST) return false;
    }
    return c[b + H_MB_STATUS] === MB_OK;
  }
}
