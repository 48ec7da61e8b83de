/**
 * The virtio-mmio transport (virtio 1.2, "Virtio Over MMIO"): version 2 (modern) by default,
 * version 1 (legacy) when asked, as QEMU's `force-legacy`. An empty slot answers with device
 * ID 0, as QEMU's unused transports do.
 */
import type { BusDevice } from '../bus.js';
import { SIZE_1, SIZE_2, SIZE_4 } from '../bus.js';
import type { IrqLine } from '../device.js';
import { GuestMemory, DmaError } from '../guest-memory.js';
import { Virtqueue } from './queue.js';

const MAGIC = 0x74726976; // "virt"
const VENDOR_QEMU = 0x554d4551; // QEMU's vendor ID, which drivers only print
export const F_RING_INDIRECT_DESC = 28;
export const F_RING_EVENT_IDX = 29;
export const F_VERSION_1 = 32;

const enum Reg {
  Magic = 0x000, Version = 0x004, DeviceId = 0x008, VendorId = 0x00c,
  DeviceFeatures = 0x010, DeviceFeaturesSel = 0x014, DriverFeatures = 0x020, DriverFeaturesSel = 0x024,
  GuestPageSize = 0x028, QueueSel = 0x030, QueueNumMax = 0x034, QueueNum = 0x038, QueueAlign = 0x03c,
  QueuePfn = 0x040, QueueReady = 0x044, QueueNotify = 0x050, InterruptStatus = 0x060,
  InterruptAck = 0x064, Status = 0x070, QueueDescLow = 0x080, QueueDescHigh = 0x084,
  QueueDriverLow = 0x090, QueueDriverHigh = 0x094, QueueDeviceLow = 0x0a0, QueueDeviceHigh = 0x0a4,
  ConfigGeneration = 0x0fc, Config = 0x100,
}

const STATUS_FEATURES_OK = 8;
const STATUS_NEEDS_RESET = 64;
const INT_USED_BUFFER = 1;
const INT_CONFIG_CHANGE = 2;

/** What a virtio device (block, console, ...) provides to its transport. */
export interface VirtioDevice {
  readonly deviceId: number;
  readonly queueCount: number;
  readonly queueMax: number;
  /** Device feature bits (VERSION_1 and ring features are added by the transport). */
  features(): bigint;
  readonly config: Uint8Array;
  /** A config-space write (most devices' config is read-only). */
  writeConfig?(offset: number, size: number, value: number): void;
  /** The driver made buffers available on queue q. */
  notify(q: number, queue: Virtqueue, transport: VirtioMmio): void;
  reset(): void;
}

export class VirtioMmio implements BusDevice {
  readonly name: string;
  readonly size = 0x1000;
  /** Registers are 32-bit; the device config space takes 8-, 16- and 32-bit accesses (4.2.2.2). */
  readonly accessSizes = SIZE_1 | SIZE_2 | SIZE_4;
  readonly queues: Virtqueue[] = [];
  private deviceFeatureSel = 0;
  private driverFeatureSel = 0;
  private driverFeatures = 0n;
  private queueSel = 0;
  private status = 0;
  private interruptStatus = 0;
  private guestPageSize = 4096;
  private readonly legacyAlign: number[] = [];

  constructor(
    readonly base: number,
    private readonly irq: IrqLine,
    mem: GuestMemory,
    private readonly device: VirtioDevice | null,
    private readonly legacy = false,
  ) {
    this.name = `virtio-mmio@${base.toString(16)}`;
    if (device) {
      for (let q = 0; q < device.queueCount; q++) {
        this.queues.push(new Virtqueue(mem, device.queueMax));
        this.legacyAlign.push(4096);
      }
    }
  }

  /** Every feature the device offers, with the transport's own. */
  private offered(): bigint {
    if (!this.device) return 0n;
    let f = this.device.features() | (1n << BigInt(F_RING_INDIRECT_DESC)) | (1n << BigInt(F_RING_EVENT_IDX));
    if (!this.legacy) f |= 1n << BigInt(F_VERSION_1);
    return f;
  }

  /** Did the driver accept feature bit `bit`? */
  negotiated(bit: number): boolean {
    return ((this.driverFeatures >> BigInt(bit)) & 1n) === 1n;
  }

  read(offset: number, size: 1 | 2 | 4): number {
    if (offset >= Reg.Config) return this.readConfig(offset - Reg.Config, size);
    if (size !== 4) return 0; // as QEMU: narrow register reads are ignored, not faulted
    const q = this.queues[this.queueSel];
    switch (offset) {
      case Reg.Magic: return MAGIC;
      case Reg.Version: return this.legacy ? 1 : 2;
      case Reg.DeviceId: return this.device ? this.device.deviceId : 0;
      case Reg.VendorId: return VENDOR_QEMU;
      case Reg.DeviceFeatures: return Number((this.offered() >> BigInt(32 * this.deviceFeatureSel)) & 0xffffffffn);
      case Reg.QueueNumMax: return q ? q.maxSize : 0;
      case Reg.QueueReady: return q && q.ready ? 1 : 0;
      case Reg.QueuePfn: return q && this.legacy ? Math.floor(q.desc / this.guestPageSize) : 0;
      case Reg.InterruptStatus: return this.interruptStatus;
      case Reg.Status: return this.status;
      case Reg.ConfigGeneration: return 0;
      case Reg.QueueDescLow: return q ? lo32(q.desc) : 0;
      case Reg.QueueDescHigh: return q ? hi32(q.desc) : 0;
      case Reg.QueueDriverLow: return q ? lo32(q.avail) : 0;
      case Reg.QueueDriverHigh: return q ? hi32(q.avail) : 0;
      case Reg.QueueDeviceLow: return q ? lo32(q.used) : 0;
      case Reg.QueueDeviceHigh: return q ? hi32(q.used) : 0;
      default: return 0;
    }
  }

  write(offset: number, size: 1 | 2 | 4, value: number): void {
    if (offset >= Reg.Config) { this.device?.writeConfig?.(offset - Reg.Config, size, value); return; }
    if (size !== 4) return;
    const q = this.queues[this.queueSel];
    switch (offset) {
      case Reg.DeviceFeaturesSel: this.deviceFeatureSel = value; return;
      case Reg.DriverFeaturesSel: this.driverFeatureSel = value; return;
      case Reg.DriverFeatures: this.setDriverFeatures(value); return;
      case Reg.GuestPageSize: this.guestPageSize = value || 4096; return;
      case Reg.QueueSel: this.queueSel = value; return;
      case Reg.QueueNum: if (q && value <= q.maxSize) q.size = value; return;
      case Reg.QueueAlign: if (q) this.legacyAlign[this.queueSel] = value; return;
      case Reg.QueuePfn: if (q && this.legacy) this.setLegacyQueue(q, value); return;
      case Reg.QueueReady: if (q) q.ready = (value & 1) !== 0; return;
      case Reg.QueueNotify: this.notify(value); return;
      case Reg.InterruptAck: this.interruptStatus &= ~value; this.updateIrq(); return;
      case Reg.Status: this.setStatus(value); return;
      case Reg.QueueDescLow: if (q) q.desc = setLo(q.desc, value); return;
      case Reg.QueueDescHigh: if (q) q.desc = setHi(q.desc, value); return;
      case Reg.QueueDriverLow: if (q) q.avail = setLo(q.avail, value); return;
      case Reg.QueueDriverHigh: if (q) q.avail = setHi(q.avail, value); return;
      case Reg.QueueDeviceLow: if (q) q.used = setLo(q.used, value); return;
      case Reg.QueueDeviceHigh: if (q) q.used = setHi(q.used, value); return;
    }
  }

  private readConfig(offset: number, size: number): number {
    const c = this.device?.config;
    if (!c) return 0;
    let v = 0;
    for (let k = size - 1; k >= 0; k--) v = (v << 8) | (c[offset + k] ?? 0);
    return v >>> 0;
  }

  private setDriverFeatures(value: number): void {
    const shift = BigInt(32 * (this.driverFeatureSel & 1));
    const mask = 0xffffffffn << shift;
    this.driverFeatures = (this.driverFeatures & ~mask) | ((BigInt(value >>> 0) << shift) & this.offered());
  }

  /** Legacy queues are one contiguous area: descriptors, avail ring, then used ring aligned. */
  private setLegacyQueue(q: Virtqueue, pfn: number): void {
    if (pfn === 0) { q.reset(); return; }
    const align = this.legacyAlign[this.queueSel] || 4096;
    if (q.size === 0) q.size = q.maxSize;
    q.desc = pfn * this.guestPageSize;
    q.avail = q.desc + 16 * q.size;
    q.used = Math.ceil((q.avail + 6 + 2 * q.size) / align) * align;
    q.ready = true;
  }

  private setStatus(value: number): void {
    if (value === 0) { this.reset(); return; }
    // FEATURES_OK only sticks when the features the driver chose are all offered (3.1.1).
    if ((value & STATUS_FEATURES_OK) && (this.driverFeatures & ~this.offered()) !== 0n) value &= ~STATUS_FEATURES_OK;
    this.status = value;
    const eventIdx = this.negotiated(F_RING_EVENT_IDX);
    for (const q of this.queues) q.eventIdx = eventIdx;
  }

  private reset(): void {
    this.status = 0;
    this.driverFeatures = 0n;
    this.interruptStatus = 0;
    this.queueSel = 0;
    for (const q of this.queues) q.reset();
    this.device?.reset();
    this.updateIrq();
  }

  private notify(qi: number): void {
    const q = this.queues[qi];
    if (!q || !this.device) return;
    try {
      this.device.notify(qi, q, this);
    } catch (e) {
      // A driver that points the device outside RAM breaks the device, not the emulator (2.1.1).
      if (!(e instanceof DmaError)) throw e;
      this.status |= STATUS_NEEDS_RESET;
      this.raise(INT_CONFIG_CHANGE);
    }
  }

  /** The device has put buffers in q's used ring: interrupt if the driver wants one. */
  usedBuffers(q: Virtqueue): void {
    if (q.needsInterrupt()) this.raise(INT_USED_BUFFER);
  }

  private raise(bits: number): void {
    this.interruptStatus |= bits;
    this.updateIrq();
  }

  private updateIrq(): void {
    this.irq.setLevel(this.interruptStatus !== 0);
  }
}

function lo32(v: number): number {
  return v % 4294967296;
}
function hi32(v: number): number {
  return Math.floor(v / 4294967296);
}
function setLo(v: number, lo: number): number {
  return hi32(v) * 4294967296 + (lo >>> 0);
}
function setHi(v: number, hi: number): number {
  return (hi >>> 0) * 4294967296 + lo32(v);
}
