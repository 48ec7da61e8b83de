import type { PhysAddr } from './memory-map.js';

/** A hart number as the hardware sees it (mhartid). */
export type HartId = number;

/**
 * A memory-mapped device served by the coordinator thread. Offsets are relative to the
 * device's base. Accesses are at most 4 bytes wide: the bus splits an 8-byte access into
 * two 4-byte ones, low word first. Values are zero-extended unsigned Numbers.
 */
export interface MmioDevice {
  readonly name: string;
  readonly base: PhysAddr;
  readonly size: number;
  read(offset: number, size: 1 | 2 | 4): number;
  write(offset: number, size: 1 | 2 | 4, value: number): void;
}

/**
 * Interrupt wires from devices into harts. `bit` is the mip bit number (3 = MSIP,
 * 9 = SEIP, 11 = MEIP); level-triggered: the line stays asserted until set false.
 */
export interface HartIrqLines {
  setLevel(hart: HartId, bit: number, level: boolean): void;
}

/** An interrupt line into the PLIC (a device's IRQ output). */
export interface IrqLine {
  setLevel(level: boolean): void;
}
