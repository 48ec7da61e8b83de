/**
 * The shared-memory layout between the coordinator (main thread) and the hart workers.
 * One control SharedArrayBuffer, viewed as Int32Array `ctl` (and Float64Array for the clock
 * epoch), holds a global block followed by one block per hart. This file is the only place
 * that knows these offsets.
 */
import { MAX_HARTS } from '../board/memory-map.js';

/** Global words. */
export const G_STOP = 0; // non-zero: the machine is stopping; harts leave their loops
export const G_EXIT_CODE = 1; // exit status for the CLI once G_STOP is set
export const G_NHARTS = 2;
/** Float64 index (into the Float64Array view) of the clock epoch in host milliseconds. */
export const G_EPOCH_F64 = 2; // bytes 16..23
export const GLOBAL_WORDS = 16;

/** Per-hart block, HART_WORDS int32 words each, starting at hartBase(h). */
export const HART_WORDS = 64;
/** mip bits asserted by devices (MSIP, SEIP, MEIP), updated with Atomics.or/and. */
export const H_IRQ = 0;
/** Futex word a hart in WFI sleeps on; the coordinator bumps it and notifies. */
export const H_WAKE = 1;
/** CLINT mtimecmp for this hart, as two words (low, high); written by the coordinator. */
export const H_MTIMECMP_LO = 2;
export const H_MTIMECMP_HI = 3;
/** Run state of the hart: see HartRunState. */
export const H_RUN = 4;

/** MMIO mailbox: a hart posts a request and sleeps until the coordinator answers. */
export const H_MB_STATE = 8; // MB_IDLE, MB_REQUEST, MB_DONE
export const H_MB_OP = 9; // MB_READ or MB_WRITE
export const H_MB_ADDR_LO = 10;
export const H_MB_ADDR_HI = 11;
export const H_MB_SIZE = 12; // 1, 2, 4 or 8
export const H_MB_DATA_LO = 13;
export const H_MB_DATA_HI = 14;
export const H_MB_STATUS = 15; // MB_OK or MB_FAULT
export const H_MB_AMO_OP = 16; // funct5 of an MB_AMO request

export const MB_IDLE = 0;
export const MB_REQUEST = 1;
export const MB_DONE = 2;
export const MB_READ = 0;
export const MB_WRITE = 1;
export const MB_AMO = 2;
export const MB_OK = 0;
export const MB_FAULT = 1;

/** Per-hart counters the worker publishes for --stats (Float64 view, 8 per hart). */
export const H_STAT_F64 = 24; // word offset inside the hart block where 8 doubles start
export const STAT_INSTRET = 0;
export const STAT_WFI_MS = 1;

export const enum HartRunState {
  Running = 0,
  Stopped = 1,
}

export const CTL_WORDS = GLOBAL_WORDS + HART_WORDS * MAX_HARTS;

export function hartBase(hart: number): number {
  return GLOBAL_WORDS + hart * HART_WORDS;
}

export function createControlBuffer(): SharedArrayBuffer {
  return new SharedArrayBuffer(CTL_WORDS * 4);
}

// ---------------------------------------------------------------- RAM memory and the JIT area

/**
 * With the translating engine, RAM is a shared WebAssembly.Memory (so translated code can
 * address it) laid out as: guest RAM at offset 0, then one JIT area per hart, then the
 * code-page table. The guest never sees past RAM: the hart bounds every access by ramSize.
 *
 * A hart's JIT area holds the state translated code and the interpreter share: the x
 * registers as 64-bit little-endian words (the interpreter's Int32Array lo/hi pairs are the
 * same bytes), the pc a translated region exits with, and the six TLB arrays.
 */
export const JIT_HART_AREA = 65536;
export const JIT_X = 0;
export const JIT_PC = 256;
/** The TLB arrays (tag R, W, X then offset R, W, X), each TLB_SETS * TLB_SIZE Float64 values (mmu.ts). */
export const JIT_TLB = 512;
/**
 * The code-page table: one Int32 per 4 KiB RAM page, odd while some hart holds translations of
 * the page; a store to such a page makes it even and new (a generation every translation records).
 */
export function jitHartArea(ramSize: number, hart: number): number {
  return ramSize + hart * JIT_HART_AREA;
}
export function jitCodePages(ramSize: number): number {
  return ramSize + MAX_HARTS * JIT_HART_AREA;
}
/** Bytes of the whole memory, a whole number of 64 KiB wasm pages. */
export function ramMemoryBytes(ramSize: number): number {
  const end = jitCodePages(ramSize) + Math.ceil(ramSize / 4096) * 4;
  return Math.ceil(end / 65536) * 65536;
}
