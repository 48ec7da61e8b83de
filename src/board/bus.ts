/**
 * The coordinator's physical address decoder for MMIO: maps address ranges to devices and
 * turns a hart's forwarded load/store into device calls. RAM is not on this bus (the harts
 * access the shared RAM directly); anything not mapped here is an access fault, which is what
 * QEMU 7.2 raises for unassigned addresses on RISC-V.
 *
 * Hot path rule: read/write allocate nothing. Results come back in the `lo`/`hi` fields and
 * the returned status uses the mailbox codes from threads/layout.ts so the coordinator can
 * copy it straight into H_MB_STATUS.
 */
import type { MmioDevice } from './device.js';
import type { PhysAddr } from './memory-map.js';
import { MB_FAULT, MB_OK } from '../threads/layout.js';

export const BUS_OK = MB_OK;
export const BUS_FAULT = MB_FAULT;
export type BusStatus = typeof BUS_OK | typeof BUS_FAULT;

export type AccessSize = 1 | 2 | 4 | 8;

/** Bit masks for BusDevice.accessSizes: a set bit means the width is accepted. */
export const SIZE_1 = 1;
export const SIZE_2 = 2;
export const SIZE_4 = 4;
export const SIZE_8 = 8;
export const SIZE_ANY = SIZE_1 | SIZE_2 | SIZE_4 | SIZE_8;

/**
 * What the bus understands beyond MmioDevice. Everything here is optional, so any MmioDevice
 * can be mapped as it is.
 */
export interface BusDevice extends MmioDevice {
  /**
   * Widths the device accepts (SIZE_* bits); others fault, like QEMU's per-device
   * `valid.min/max_access_size`. Absent means all widths.
   */
  readonly accessSizes?: number;
  /**
   * A native 64-bit read, used instead of splitting when present (the CLINT needs it so a
   * 64-bit mtime read cannot tear). Stores the result in out[0] (low) and out[1] (high).
   */
  read64?(offset: number, out: Uint32Array): void;
  /** A native 64-bit write (e.g. mtimecmp updated in one step rather than half by half). */
  write64?(offset: number, lo: number, hi: number): void;
}

interface Mapping {
  readonly device: BusDevice;
  readonly base: number;
  readonly end: number; // exclusive
  readonly sizes: number;
}

export class Bus {
  /** Low 32 bits of the last successful read (unsigned). */
  lo = 0;
  /** High 32 bits of the last successful read (0 unless size 8). */
  hi = 0;

  private mappings: Mapping[] = [];
  /** The last mapping hit: consecutive accesses mostly go to the same device (UART polling). */
  private last: Mapping | null = null;
  private readonly wide = new Uint32Array(2);

  /** Map a device at its own base/size. Throws if it overlaps an existing mapping. */
  map(device: BusDevice): void {
    const base = device.base;
    const end = device.base + device.size;
    if (!(device.size > 0) || !Number.isSafeInteger(base) || base < 0) {
      throw new Error(`bus: device ${device.name} has an invalid range`);
    }
    for (const m of this.mappings) {
      if (base < m.end && m.base < end) {
        throw new Error(`bus: ${device.name} at ${hex(base)}-${hex(end - 1)} overlaps ${m.device.name}`);
      }
    }
    this.mappings.push({ device, base, end, sizes: device.accessSizes ?? SIZE_ANY });
    this.mappings.sort((a, b) => a.base - b.base);
  }

  /** Every mapped device, by address (for naming devices in a trace). */
  devices(): BusDevice[] {
    return this.mappings.map((m) => m.device);
  }

  /** The device covering `addr`, for diagnostics and tests. */
  deviceAt(addr: PhysAddr): BusDevice | undefined {
    return this.find(addr, 1)?.device;
  }

  /**
   * Read `size` bytes at `addr`. On BUS_OK the value is in `lo` (and `hi` for size 8),
   * zero-extended; on BUS_FAULT the hart should raise a load access fault.
   */
  read(addr: PhysAddr, size: AccessSize): BusStatus {
    const m = this.find(addr, size);
    if (m === null || (m.sizes & size) === 0) return BUS_FAULT;
    const dev = m.device;
    const offset = addr - m.base;
    if (size === 8) {
      if (dev.read64 !== undefined) {
        dev.read64(offset, this.wide);
        this.lo = this.wide[0];
        this.hi = this.wide[1];
      } else {
        // Low word first, as device.ts promises; read both before publishing either.
        const lo = dev.read(offset, 4) >>> 0;
        this.hi = dev.read(offset + 4, 4) >>> 0;
        this.lo = lo;
      }
    } else {
      this.lo = dev.read(offset, size) >>> 0;
      this.hi = 0;
    }
    return BUS_OK;
  }

  /** Write `size` bytes at `addr`; `hi` matters only for size 8. */
  write(addr: PhysAddr, size: AccessSize, lo: number, hi: number): BusStatus {
    const m = this.find(addr, size);
    if (m === null || (m.sizes & size) === 0) return BUS_FAULT;
    const dev = m.device;
    const offset = addr - m.base;
    if (size === 8) {
      if (dev.write64 !== undefined) {
        dev.write64(offset, lo >>> 0, hi >>> 0);
      } else {
        dev.write(offset, 4, lo >>> 0);
        dev.write(offset + 4, 4, hi >>> 0);
      }
    } else {
      dev.write(offset, size, maskToSize(lo, size));
    }
    return BUS_OK;
  }

  /** The mapping that holds the whole access, or null (unmapped or straddling a device end). */
  private find(addr: number, size: number): Mapping | null {
    const last = this.last;
    if (last !== null && addr >= last.base && addr + size <= last.end) return last;
    const list = this.mappings;
    for (let i = 0; i < list.length; i++) {
      const m = list[i];
      if (addr >= m.base && addr + size <= m.end) {
        this.last = m;
        return m;
      }
    }
    return null;
  }
}

/** Devices see only the bytes actually stored, never stray high bits from the register. */
function maskToSize(value: number, size: 1 | 2 | 4): number {
  if (size === 1) return value & 0xff;
  if (size === 2) return value & 0xffff;
  return value >>> 0;
}

function hex(n: number): string {
  return '0x' + n.toString(16);
}
