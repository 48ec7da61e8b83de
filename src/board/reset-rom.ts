/**
 * The reset ROM every hart starts from (MROM at 0x1000), laid out as QEMU 7.2 `virt` does:
 *
 *   0x1000  auipc t0, 0            t0 = 0x1000
 *   0x1004  addi  a2, t0, 0x28     a2 = &fw_dynamic_info
 *   0x1008  csrr  a0, mhartid      a0 = hart id
 *   0x100c  ld    a1, 32(t0)       a1 = DTB address
 *   0x1010  ld    t0, 24(t0)       t0 = start address
 *   0x1014  jr    t0
 *   0x1018  .dword start           (firmware, or the kernel entry with --bios none)
 *   0x1020  .dword dtb
 *   0x1028  fw_dynamic_info        OpenSBI's struct: magic, version, next_addr, next_mode,
 *                                  options, boot_hart, all 64-bit
 *
 * The instructions are encoded here from the base ISA formats.
 */
import type { BusDevice } from './bus.js';
import { SIZE_ANY } from './bus.js';
import { DRAM_BASE, MROM, type PhysAddr } from './memory-map.js';

export const FW_DYNAMIC_INFO_MAGIC = 0x4942534f; // "OSBI"
export const FW_DYNAMIC_INFO_VERSION = 2;
export const NEXT_MODE_U = 0;
export const NEXT_MODE_S = 1;
export const NEXT_MODE_M = 3;

/** Offsets inside the ROM. */
const START_ADDR_OFFSET = 0x18;
const DTB_ADDR_OFFSET = 0x20;
export const FW_DYNAMIC_INFO_OFFSET = 0x28;
const FW_DYNAMIC_INFO_SIZE = 6 * 8;
/** Bytes of the ROM that are used (the rest of the region is zero). */
export const RESET_ROM_USED = FW_DYNAMIC_INFO_OFFSET + FW_DYNAMIC_INFO_SIZE;

// Registers.
const T0 = 5;
const A0 = 10;
const A1 = 11;
const A2 = 12;
const ZERO = 0;

const CSR_MHARTID = 0xf14;

// Opcodes / funct3.
const OP_AUIPC = 0x17;
const OP_IMM = 0x13;
const OP_LOAD = 0x03;
const OP_SYSTEM = 0x73;
const OP_JALR = 0x67;
const F3_ADDI = 0;
const F3_LD = 3;
const F3_CSRRS = 2;

function iType(opcode: number, rd: number, funct3: number, rs1: number, imm: number): number {
  if (imm < -2048 || imm > 4095) throw new Error(`reset-rom: immediate ${imm} out of range`);
  return (((imm & 0xfff) << 20) | (rs1 << 15) | (funct3 << 12) | (rd << 7) | opcode) >>> 0;
}

function uType(opcode: number, rd: number, imm20: number): number {
  return (((imm20 & 0xfffff) << 12) | (rd << 7) | opcode) >>> 0;
}

/** The six-instruction stub (position independent: it finds its data relative to t0). */
export function resetStubInstructions(): number[] {
  return [
    uType(OP_AUIPC, T0, 0),
    iType(OP_IMM, A2, F3_ADDI, T0, FW_DYNAMIC_INFO_OFFSET),
    iType(OP_SYSTEM, A0, F3_CSRRS, ZERO, CSR_MHARTID), // csrr = csrrs rd, csr, x0
    iType(OP_LOAD, A1, F3_LD, T0, DTB_ADDR_OFFSET),
    iType(OP_LOAD, T0, F3_LD, T0, START_ADDR_OFFSET),
    iType(OP_JALR, ZERO, 0, T0, 0), // jr t0
  ];
}

/**
 * The full MROM image (MROM.size bytes): stub, start and DTB addresses, fw_dynamic_info.
 * With firmware, start = DRAM_BASE and nextAddr = the kernel's load address (0 when there is
 * no kernel, as QEMU). See bootAddresses() for the --bios none case.
 */
export function buildResetRom(start: PhysAddr, dtb: PhysAddr, nextAddr: PhysAddr, nextMode: number = NEXT_MODE_S): Uint8Array {
  const rom = new Uint8Array(MROM.size);
  const view = new DataView(rom.buffer);
  resetStubInstructions().forEach((insn, i) => view.setUint32(i * 4, insn, true));
  setU64(view, START_ADDR_OFFSET, start);
  setU64(view, DTB_ADDR_OFFSET, dtb);
  const info = [FW_DYNAMIC_INFO_MAGIC, FW_DYNAMIC_INFO_VERSION, nextAddr, nextMode, 0 /* options */, 0 /* boot_hart */];
  info.forEach((v, i) => setU64(view, FW_DYNAMIC_INFO_OFFSET + i * 8, v));
  return rom;
}

export interface BootAddresses {
  /** Where the reset stub jumps. */
  start: PhysAddr;
  /** fw_dynamic_info.next_addr. */
  nextAddr: PhysAddr;
}

/**
 * The two addresses the ROM needs. With firmware the stub enters it at DRAM_BASE and the
 * firmware gets the kernel address through fw_dynamic_info. With `--bios none` Hartsim jumps
 * straight to the kernel's ELF entry (QEMU 7.2 would still jump to DRAM_BASE; see
 * reference.md: same for every image QEMU can run that way, and Spike-style images work).
 */
export function bootAddresses(opts: { biosNone: boolean; kernelEntry?: PhysAddr }): BootAddresses {
  if (opts.biosNone) {
    if (opts.kernelEntry === undefined) throw new Error('reset-rom: --bios none needs a kernel');
    return { start: opts.kernelEntry, nextAddr: opts.kernelEntry };
  }
  return { start: DRAM_BASE, nextAddr: opts.kernelEntry ?? 0 };
}

function setU64(view: DataView, at: number, value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new Error(`reset-rom: bad 64-bit value ${value}`);
  view.setUint32(at, value >>> 0, true);
  view.setUint32(at + 4, Math.floor(value / 0x1_0000_0000), true);
}

/**
 * The MROM as a bus device, for a coordinator that serves ROM reads over MMIO rather than
 * sharing the buffer with the harts. Writes are ignored, as QEMU does for ROM (measured).
 */
export class RomDevice implements BusDevice {
  readonly name = 'mrom';
  readonly base = MROM.base;
  readonly size = MROM.size;
  readonly accessSizes = SIZE_ANY;
  private readonly view: DataView;

  constructor(readonly bytes: Uint8Array) {
    if (bytes.length !== MROM.size) throw new Error('reset-rom: ROM buffer must be MROM.size bytes');
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  read(offset: number, size: 1 | 2 | 4): number {
    if (size === 1) return this.view.getUint8(offset);
    if (size === 2) return this.view.getUint16(offset, true);
    return this.view.getUint32(offset, true);
  }

  write(_offset: number, _size: 1 | 2 | 4, _value: number): void {}
}
