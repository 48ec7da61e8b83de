/**
 * Guest RAM as devices see it for DMA: physical addresses, bounds-checked. Devices run on the
 * coordinator thread; the harts see the same SharedArrayBuffer.
 */
import { DRAM_BASE, type PhysAddr } from './memory-map.js';

export class GuestMemory {
  readonly bytes: Uint8Array;
  private readonly view: DataView;
  private readonly halves: Uint16Array;

  /** `size`: the RAM bytes at the start of `ram` (the rest is the emulator's, never the guest's). */
  constructor(ram: SharedArrayBuffer, readonly base: PhysAddr = DRAM_BASE, size = ram.byteLength) {
    this.bytes = new Uint8Array(ram, 0, size);
    this.view = new DataView(ram, 0, size);
    this.halves = new Uint16Array(ram, 0, size >>> 1);
  }

  /** True when [pa, pa + len) lies inside RAM. */
  contains(pa: PhysAddr, len: number): boolean {
    const off = pa - this.base;
    return off >= 0 && len >= 0 && off + len <= this.bytes.length;
  }

  private offset(pa: PhysAddr, len: number): number {
    if (!this.contains(pa, len)) throw new DmaError(pa, len);
    return pa - this.base;
  }

  u16(pa: PhysAddr): number { return this.view.getUint16(this.offset(pa, 2), true); }
  u32(pa: PhysAddr): number { return this.view.getUint32(this.offset(pa, 4), true); }
  /** A 64-bit field as a Number (exact below 2^53, which covers every RAM address). */
  u64(pa: PhysAddr): number {
    const o = this.offset(pa, 8);
    return this.view.getUint32(o + 4, true) * 4294967296 + this.view.getUint32(o, true);
  }
  setU8(pa: PhysAddr, v: number): void { this.view.setUint8(this.offset(pa, 1), v); }
  setU16(pa: PhysAddr, v: number): void { this.view.setUint16(this.offset(pa, 2), v, true); }
  setU32(pa: PhysAddr, v: number): void { this.view.setUint32(this.offset(pa, 4), v >>> 0, true); }

  /** A 16-bit store with a full barrier before it (ring indices other threads poll). */
  publishU16(pa: PhysAddr, v: number): void {
    const o = this.offset(pa, 2);
    if (o & 1) { this.view.setUint16(o, v, true); return; }
    Atomics.store(this.halves, o >>> 1, v);
  }

  /** A view of guest memory (no copy). */
  slice(pa: PhysAddr, len: number): Uint8Array {
    const o = this.offset(pa, len);
    return this.bytes.subarray(o, o + len);
  }
}

/** A device was pointed at memory outside RAM: the device reports an error, never the emulator. */
export class DmaError extends Error {
  constructor(readonly pa: PhysAddr, readonly len: number) {
    super(`DMA outside RAM at 0x${pa.toString(16)} (+${len})`);
  }
}
