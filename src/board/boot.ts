/**
 * QEMU virt's boot protocol: firmware at the RAM base, a kernel after it (or alone with
 * `--bios none`), initrd, the device tree at the end of RAM, and the reset ROM that enters
 * it all with a0 = hartid, a1 = DTB, a2 = fw_dynamic_info.
 */
import { ImageLoader, LoadError, kernelStartAddress, initrdAddress, readImageFile } from './loader.js';
import { buildVirtDeviceTree } from './virt-dt.js';
import { buildResetRom } from './reset-rom.js';
import { DRAM_BASE, dtbAddress, type PhysAddr } from './memory-map.js';

export interface BootOptions {
  harts: number;
  ramSize: number;
  /** Firmware path, or null for `--bios none`. */
  bios: string | null;
  kernel?: string;
  initrd?: string;
  append?: string;
}

export interface BootImage {
  rom: Uint8Array;
  dtb: Uint8Array;
  dtbAddress: PhysAddr;
  /** Where the reset stub jumps. */
  start: PhysAddr;
  /** What the firmware is told to start next (fw_dynamic next_addr). */
  next: PhysAddr;
}

/** fw_dynamic next_mode: the kernel runs in S-mode. */
const NEXT_MODE_S = 1;

/** Loads every image into `ram` and builds the reset ROM and device tree. Throws LoadError. */
export function prepareBoot(opts: BootOptions, ram: Uint8Array): BootImage {
  const loader = new ImageLoader(ram);
  let start: PhysAddr = DRAM_BASE;
  let next: PhysAddr = kernelStartAddress();
  if (opts.bios !== null) {
    const fw = loader.loadFile(opts.bios, { address: DRAM_BASE });
    next = kernelStartAddress(fw.end);
    start = DRAM_BASE;
  }
  let kernelStart = next;
  if (opts.kernel !== undefined) {
    const address = opts.bios === null ? DRAM_BASE : next;
    const k = loader.loadFile(opts.kernel, { address });
    kernelStart = k.start;
    next = k.entry;
    // With --bios none the kernel is entered directly at its entry (Spike-style; see reference.md).
    if (opts.bios === null) start = k.entry;
  } else if (opts.bios === null) {
    throw new LoadError('nothing to run: give --kernel FILE, or firmware with --bios FILE');
  }
  let initrd: { start: number; end: number } | undefined;
  if (opts.initrd !== undefined) {
    const data = readImageFile(opts.initrd);
    const at = initrdAddress(kernelStart, opts.ramSize);
    const img = loader.loadBytes(opts.initrd, data, { address: at, format: 'raw' });
    initrd = { start: img.start, end: img.end };
  }
  const dtb = buildVirtDeviceTree({ harts: opts.harts, ramSize: opts.ramSize, bootargs: opts.append, initrd });
  const dtbAt = dtbAddress(opts.ramSize, dtb.length);
  loader.loadBytes('device tree', dtb, { address: dtbAt, format: 'raw' });
  const rom = buildResetRom(start, dtbAt, next, NEXT_MODE_S);
  return { rom, dtb, dtbAddress: dtbAt, start, next };
}
