/**
 * SiFive CLINT as QEMU 7.2 builds it on `virt`: two ACLINT pieces in the 64 KiB window,
 *  - SWI (msip) at +0x0000..+0x3fff: one 32-bit word per hart, bit 0 only, 32-bit accesses;
 *  - MTIMER at +0x4000..+0xbfff: mtimecmp at +0x4000 + 8*hart and mtime at +0xbff8,
 *    32- and 64-bit accesses.
 * Everything else in the window (+0xc000..) is unassigned and faults, as on QEMU.
 *
 * Hartsim keeps time outside this device: mtime comes from the host clock and every hart
 * compares it with its mtimecmp itself, so the timer state lives behind a ClintBackend that
 * the coordinator implements over the shared control block. mtimecmp is kept here as two
 * exact 32-bit halves (guests write all-ones to park the timer, which a Number cannot hold).
 */
import type { HartIrqLines } from './device.js';
import type { BusDevice } from './bus.js';
import { SIZE_4, SIZE_8 } from './bus.js';
import { CLINT, CLINT_MSIP, CLINT_MTIME, CLINT_MTIMECMP } from './memory-map.js';

/** mip bit driven by msip. */
export const MIP_MSIP_BIT = 3;

const TWO_32 = 0x1_0000_0000;

export interface ClintBackend {
  /** Current mtime in ticks (TIMEBASE_HZ), below 2^53. */
  readMtime(): number;
  /** Set mtime: the backend shifts its epoch so time continues from `ticks`. */
  writeMtime(ticks: number): void;
  /** Publish hart `hart`'s new mtimecmp (unsigned halves) to the harts. */
  setMtimecmp(hart: number, lo: number, hi: number): void;
}

export class Clint {
  /** The msip block (32-bit accesses only). */
  readonly swi: BusDevice;
  /** The mtimecmp/mtime block (32- and 64-bit accesses). */
  readonly mtimer: BusDevice;
  /** Both blocks, for `devices.forEach(d => bus.map(d))`. */
  readonly devices: readonly BusDevice[];

  private readonly msip: Uint8Array;
  private readonly cmpLo: Uint32Array;
  private readonly cmpHi: Uint32Array;

  constructor(
    readonly harts: number,
    private readonly hartIrq: HartIrqLines,
    private readonly backend: ClintBackend,
    base: number = CLINT.base,
  ) {
    if (!Number.isInteger(harts) || harts < 1) throw new Error(`clint: bad hart count ${harts}`);
    this.msip = new Uint8Array(harts);
    this.cmpLo = new Uint32Array(harts);
    this.cmpHi = new Uint32Array(harts);
    this.swi = this.makeSwi(base + CLINT_MSIP);
    this.mtimer = this.makeMtimer(base + CLINT_MTIMECMP);
    this.devices = [this.swi, this.mtimer];
    this.reset();
  }

  /** Power-on state as QEMU: msip clear, mtimecmp 0 (pushed to the backend). */
  reset(): void {
    for (let h = 0; h < this.harts; h++) {
      this.setMsip(h, 0);
      this.storeMtimecmp(h, 0, 0);
    }
  }

  /** mtimecmp of `hart` as a Number (may round above 2^53; use for display only). */
  mtimecmp(hart: number): number {
    return this.cmpHi[hart] * TWO_32 + this.cmpLo[hart];
  }

  private setMsip(hart: number, bit: number): void {
    this.msip[hart] = bit;
    this.hartIrq.setLevel(hart, MIP_MSIP_BIT, bit !== 0);
  }

  private storeMtimecmp(hart: number, lo: number, hi: number): void {
    this.cmpLo[hart] = lo;
    this.cmpHi[hart] = hi;
    this.backend.setMtimecmp(hart, lo >>> 0, hi >>> 0);
  }

  private makeSwi(base: number): BusDevice {
    return {
      name: 'clint.msip',
      base,
      size: CLINT_MTIMECMP - CLINT_MSIP,
      accessSizes: SIZE_4,
      read: (offset) => {
        const hart = offset >>> 2;
        return hart < this.harts && (offset & 3) === 0 ? this.msip[hart] : 0;
      },
      write: (offset, _size, value) => {
        const hart = offset >>> 2;
        if (hart < this.harts && (offset & 3) === 0) this.setMsip(hart, value & 1);
      },
    };
  }

  private makeMtimer(base: number): BusDevice {
    const mtimeOff = CLINT_MTIME - CLINT_MTIMECMP;
    return {
      name: 'clint.mtimer',
      base,
      size: mtimeOff + 8,
      accessSizes: SIZE_4 | SIZE_8,
      read: (offset) => this.mtimerRead32(offset, mtimeOff),
      write: (offset, _size, value) => this.mtimerWrite32(offset, mtimeOff, value >>> 0),
      read64: (offset, out) => this.mtimerRead64(offset, mtimeOff, out),
      write64: (offset, lo, hi) => this.mtimerWrite64(offset, mtimeOff, lo >>> 0, hi >>> 0),
    };
  }

  private mtimerRead32(offset: number, mtimeOff: number): number {
    if (offset === mtimeOff) return this.backend.readMtime() >>> 0;
    if (offset === mtimeOff + 4) return Math.floor(this.backend.readMtime() / TWO_32) >>> 0;
    const hart = offset >>> 3;
    if (hart >= this.harts) return 0;
    if ((offset & 7) === 0) return this.cmpLo[hart];
    if ((offset & 7) === 4) return this.cmpHi[hart];
    return 0;
  }

  private mtimerRead64(offset: number, mtimeOff: number, out: Uint32Array): void {
    if (offset === mtimeOff) {
      // One clock sample for both halves: a 64-bit read must never tear.
      const t = this.backend.readMtime();
      out[0] = t >>> 0;
      out[1] = Math.floor(t / TWO_32) >>> 0;
      return;
    }
    const hart = offset >>> 3;
    if (hart < this.harts && (offset & 7) === 0) {
      out[0] = this.cmpLo[hart];
      out[1] = this.cmpHi[hart];
      return;
    }
    // QEMU answers a 64-bit access at a +4 word with that 32-bit word alone.
    out[0] = this.mtimerRead32(offset, mtimeOff);
    out[1] = 0;
  }

  private mtimerWrite32(offset: number, mtimeOff: number, value: number): void {
    if (offset === mtimeOff || offset === mtimeOff + 4) {
      const now = this.backend.readMtime();
      const lo = now >>> 0;
      const hi = Math.floor(now / TWO_32);
      this.backend.writeMtime(offset === mtimeOff ? hi * TWO_32 + value : value * TWO_32 + lo);
      return;
    }
    const hart = offset >>> 3;
    if (hart >= this.harts) return;
    if ((offset & 7) === 0) this.storeMtimecmp(hart, value, this.cmpHi[hart]);
    else if ((offset & 7) === 4) this.storeMtimecmp(hart, this.cmpLo[hart], value);
  }

  private mtimerWrite64(offset: number, mtimeOff: number, lo: number, hi: number): void {
    if (offset === mtimeOff) {
      this.backend.writeMtime(hi * TWO_32 + lo);
      return;
    }
    const hart = offset >>> 3;
    if (hart < this.harts && (offset & 7) === 0) {
      // Both halves at once: no transient (new lo, old hi) value reaches the harts.
      this.storeMtimecmp(hart, lo, hi);
    }
    // QEMU ignores 64-bit writes at the +4 words (unimplemented there).
  }
}
