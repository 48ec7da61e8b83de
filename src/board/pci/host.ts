/**
 * QEMU 7.2's generic ECAM PCIe host bridge on `virt` (gpex): the ECAM config window at
 * 0x3000_0000, the I/O window at 0x0300_0000 (PCI I/O addresses 0..0xffff) and the memory
 * windows at 0x4000_0000 and 0x4_0000_0000 (PCI memory addresses equal to the CPU addresses).
 *
 * Only bus 0 exists. Device 0 is the host bridge itself (1b36:0008, class 0x060000); other
 * slots hold the functions plugged in with addFunction(). Config space is the 256-byte
 * conventional one: a register of an absent device, function or beyond offset 0xff reads as
 * all ones, as QEMU's pci_host_config_read_common. Writes keep only the bits of QEMU's wmask:
 * command (I/O, memory, master, parity, SERR, INTx disable), cache line (not the latency timer),
 * interrupt line and the address bits of each BAR (so writing all ones and reading back gives
 * the size mask). A BAR decodes when its command bit is set and its address is non-zero.
 *
 * INTx: pin p (1 = INTA) of slot s goes to PLIC source 32 + (s + p - 1) % 4, QEMU's swizzle,
 * held low while the function's INTx-disable command bit is set.
 */
import type { BusDevice } from '../bus.js';
import { SIZE_ANY } from '../bus.js';
import type { IrqLine } from '../device.js';
import { PCIE_ECAM, PCIE_IRQ_BASE, PCIE_MMIO, PCIE_MMIO_HIGH, PCIE_PIO } from '../memory-map.js';

export const PCI_VENDOR_REDHAT = 0x1b36;
export const PCI_DEVICE_REDHAT_HOST = 0x0008;
export const PCI_SLOTS = 32;

const CFG_SIZE = 256;
const REG_COMMAND = 0x04;
const REG_BAR0 = 0x10;
const REG_INTERRUPT_PIN = 0x3d;
export const CMD_IO = 0x0001;
export const CMD_MEMORY = 0x0002;
const CMD_INTX_DISABLE = 0x0400;
const STATUS_INTERRUPT = 0x0008;
/** QEMU's pci_init_wmask for the command register: IO, MEMORY, MASTER, PARITY, SERR, INTX_DISABLE. */
const CMD_WMASK = 0x0547;

/** What a BAR's region does with accesses (offsets relative to the BAR's address). */
export interface PciRegion {
  read(offset: number, size: 1 | 2 | 4): number;
  write(offset: number, size: 1 | 2 | 4, value: number): void;
}

export interface PciBar {
  /** Power of two, at least 4 for I/O and 16 for memory. */
  size: number;
  io: boolean;
  region: PciRegion;
}

/** A PCI function's identity and resources, as a device model describes itself. */
export interface PciFunctionSpec {
  vendor: number;
  device: number;
  revision: number;
  /** class << 16 | subclass << 8 | prog-if */
  classCode: number;
  subsystemVendor?: number;
  subsystem?: number;
  /** 0 = none, 1..4 = INTA..INTD */
  interruptPin: number;
  bars: (PciBar | undefined)[];
}

/** One function's config space and decode state. */
export class PciFunction {
  readonly config = new Uint8Array(CFG_SIZE);
  readonly wmask = new Uint8Array(CFG_SIZE);
  private irqLevel = false;
  private irqOut = false;

  constructor(
    readonly spec: PciFunctionSpec,
    readonly slot: number,
    private readonly irq: IrqLine | null,
  ) {
    this.reset();
  }

  /** The IrqLine a device model drives (its INTx pin). */
  readonly intx: IrqLine = { setLevel: (level: boolean) => { this.irqLevel = level; this.updateIrq(); } };

  reset(): void {
    const c = this.config, s = this.spec;
    c.fill(0);
    this.wmask.fill(0);
    put16(c, 0x00, s.vendor);
    put16(c, 0x02, s.device);
    c[0x08] = s.revision;
    c[0x09] = s.classCode & 0xff;
    c[0x0a] = (s.classCode >> 8) & 0xff;
    c[0x0b] = (s.classCode >> 16) & 0xff;
    put16(c, 0x2c, s.subsystemVendor ?? 0x1af4);
    put16(c, 0x2e, s.subsystem ?? 0x1100);
    c[REG_INTERRUPT_PIN] = s.interruptPin;
    put16(this.wmask, REG_COMMAND, CMD_WMASK);
    this.wmask[0x0c] = 0xff; // cache line size
    this.wmask[0x3c] = 0xff; // interrupt line
    s.bars.forEach((bar, i) => {
      if (bar === undefined) return;
      const at = REG_BAR0 + 4 * i;
      put32(c, at, bar.io ? 1 : 0);
      put32(this.wmask, at, ~(bar.size - 1) >>> 0);
    });
    this.updateIrq();
  }

  get command(): number {
    return this.config[REG_COMMAND] | (this.config[REG_COMMAND + 1] << 8);
  }

  readConfig(reg: number, size: 1 | 2 | 4): number {
    let v = 0;
    for (let i = size - 1; i >= 0; i--) v = v * 256 + this.config[reg + i];
    return v;
  }

  writeConfig(reg: number, size: 1 | 2 | 4, value: number): void {
    for (let i = 0; i < size; i++) {
      const at = reg + i, m = this.wmask[at];
      this.config[at] = (this.config[at] & ~m) | ((value >>> (8 * i)) & m);
    }
    if (reg <= REG_COMMAND + 1 && reg + size > REG_COMMAND) this.updateIrq();
  }

  /** The bus address BAR i decodes at, or -1 when it is off or unassigned. */
  barAddress(i: number): number {
    const bar = this.spec.bars[i];
    if (bar === undefined) return -1;
    if ((this.command & (bar.io ? CMD_IO : CMD_MEMORY)) === 0) return -1;
    const raw = get32(this.config, REG_BAR0 + 4 * i);
    const addr = (raw & ~(bar.size - 1)) >>> 0;
    if (addr === 0) return -1;
    if (bar.io && addr + bar.size > PCIE_PIO.size) return -1;
    return addr;
  }

  private updateIrq(): void {
    const out = this.irqLevel && (this.command & CMD_INTX_DISABLE) === 0;
    // Status bit 3 reflects the device's INTx state whether or not it is masked.
    if (this.irqLevel) this.config[0x06] |= STATUS_INTERRUPT;
    else this.config[0x06] &= ~STATUS_INTERRUPT;
    if (out !== this.irqOut) {
      this.irqOut = out;
      this.irq?.setLevel(out);
    }
  }
}

/** PLIC source of a slot's INTx pin (1..4), QEMU's virt swizzle. */
export function pciIrqSource(slot: number, pin: number): number {
  return PCIE_IRQ_BASE + ((slot + pin - 1) % 4);
}

export class PciHost {
  readonly functions: (PciFunction | undefined)[] = new Array(PCI_SLOTS);

  constructor(private readonly plicLine: (src: number) => IrqLine) {
    this.functions[0] = new PciFunction(
      {
        vendor: PCI_VENDOR_REDHAT, device: PCI_DEVICE_REDHAT_HOST, revision: 0, classCode: 0x060000,
        interruptPin: 0, bars: [],
      },
      0,
      null,
    );
  }

  /** Plugs a function in at the first free slot (as QEMU's default addressing); returns it. */
  addFunction(spec: PciFunctionSpec): PciFunction {
    const slot = this.functions.findIndex((f, i) => i > 0 && f === undefined);
    if (slot < 0) throw new Error(`pci: no free slot (at most ${PCI_SLOTS - 1} devices)`);
    const irq = spec.interruptPin > 0 ? this.plicLine(pciIrqSource(slot, spec.interruptPin)) : null;
    const fn = new PciFunction(spec, slot, irq);
    this.functions[slot] = fn;
    return fn;
  }

  reset(): void {
    for (const f of this.functions) f?.reset();
  }

  /** The bus devices to map: ECAM, the I/O window and the two memory windows. */
  devices(): BusDevice[] {
    return [
      this.ecam,
      new PciWindow('pcie-pio', PCIE_PIO.base, PCIE_PIO.size, 0, true, this),
      new PciWindow('pcie-mmio', PCIE_MMIO.base, PCIE_MMIO.size, PCIE_MMIO.base, false, this),
      new PciWindow('pcie-mmio-high', PCIE_MMIO_HIGH.base, PCIE_MMIO_HIGH.size, PCIE_MMIO_HIGH.base, false, this),
    ];
  }

  readonly ecam: BusDevice = {
    name: 'pcie-ecam',
    base: PCIE_ECAM.base,
    size: PCIE_ECAM.size,
    accessSizes: SIZE_ANY,
    read: (offset, size) => {
      const f = this.decodeConfig(offset, size);
      if (f === undefined) return size === 4 ? 0xffffffff : size === 2 ? 0xffff : 0xff;
      return f.readConfig(offset & 0xfff, size);
    },
    write: (offset, size, value) => {
      this.decodeConfig(offset, size)?.writeConfig(offset & 0xfff, size, value);
    },
  };

  /** The function an ECAM offset addresses, if it exists and the register is in its space. */
  private decodeConfig(offset: number, size: number): PciFunction | undefined {
    const bus = (offset >>> 20) & 0xff, slot = (offset >>> 15) & 0x1f, fn = (offset >>> 12) & 7, reg = offset & 0xfff;
    if (bus !== 0 || fn !== 0 || reg + size > CFG_SIZE) return undefined;
    return this.functions[slot];
  }

  /** The BAR region covering [addr, addr+size) in I/O or memory space, with the offset in it. */
  lookup(io: boolean, addr: number, size: number): { region: PciRegion; offset: number } | null {
    for (const f of this.functions) {
      if (f === undefined) continue;
      const bars = f.spec.bars;
      for (let i = 0; i < bars.length; i++) {
        const bar = bars[i];
        if (bar === undefined || bar.io !== io) continue;
        const base = f.barAddress(i);
        if (base >= 0 && addr >= base && addr + size <= base + bar.size) return { region: bar.region, offset: addr - base };
      }
    }
    return null;
  }
}

/** A CPU window onto PCI I/O or memory space; holes read as all ones and ignore writes (as QEMU 7.2). */
class PciWindow implements BusDevice {
  readonly accessSizes = SIZE_ANY;

  constructor(
    readonly name: string,
    readonly base: number,
    readonly size: number,
    private readonly busBase: number,
    private readonly io: boolean,
    private readonly host: PciHost,
  ) {}

  read(offset: number, size: 1 | 2 | 4): number {
    const hit = this.host.lookup(this.io, this.busBase + offset, size);
    if (hit === null) return size === 4 ? 0xffffffff : size === 2 ? 0xffff : 0xff;
    const v = hit.region.read(hit.offset, size);
    return size === 4 ? v >>> 0 : v & (size === 2 ? 0xffff : 0xff);
  }

  write(offset: number, size: 1 | 2 | 4, value: number): void {
    const hit = this.host.lookup(this.io, this.busBase + offset, size);
    hit?.region.write(hit.offset, size, value);
  }
}

function put16(a: Uint8Array, at: number, v: number): void {
  a[at] = v & 0xff;
  a[at + 1] = (v >>> 8) & 0xff;
}

function put32(a: Uint8Array, at: number, v: number): void {
  put16(a, at, v & 0xffff);
  put16(a, at + 2, v >>> 16);
}

function get32(a: Uint8Array, at: number): number {
  return (a[at] | (a[at + 1] << 8) | (a[at + 2] << 16) | (a[at + 3] << 24)) >>> 0;
}
