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
/** Non-zero while a debugger or the monitor needs the harts to look at the debug channel every slice. */
export const G_DEBUG = 6;
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

/**
 * The debug channel (src/threads/debug-channel.ts): a second SharedArrayBuffer, viewed as
 * Int32Array, shared by the gdb stub and the monitor (main thread) and the hart agents
 * (src/debug/hart-agent.ts). A header, a table of break/watchpoints, then one block per hart.
 */
/** Bumped (and notified) by a hart that halts on its own: breakpoint, watchpoint, step done. */
export const D_EVENTS = 0;
/** Number of valid entries in the point table. */
export const D_POINTS = 1;
/** Non-zero: point addresses are physical (each hart compares the translation of its own accesses). */
export const D_PHYS = 2;
export const D_HEADER_WORDS = 16;
/** Point table: D_MAX_POINTS entries of D_POINT_WORDS words (kind, address lo, address hi, length). */
export const D_MAX_POINTS = 64;
export const D_POINT_WORDS = 4;
export const PT_KIND = 0, PT_ADDR_LO = 1, PT_ADDR_HI = 2, PT_LEN = 3;
/** Point kinds, numbered as gdb's Z packets: 0/1 break, 2 write, 3 read, 4 access watchpoint. */
export const enum PointKind { Break = 1, WatchWrite = 2, WatchRead = 3, WatchAccess = 4 }

/** Per-hart debug block. */
export const DH_CMD = 0; // client -> hart: DCMD_HALT asks the hart to halt at its next slice boundary
export const DH_STATE = 1; // hart -> client: DebugState
export const DH_REASON = 2; // HaltReason of the last halt
export const DH_WATCH_KIND = 3; // PointKind of the watchpoint that fired
export const DH_WATCH_LO = 4; // the data address that fired it
export const DH_WATCH_HI = 5;
/** Request mailbox, served only while the hart is halted. */
export const DH_MB_STATE = 8; // MB_IDLE, MB_REQUEST, MB_DONE (as the MMIO mailbox)
export const DH_MB_OP = 9; // DebugOp
export const DH_MB_ARG = 10; // three argument words
export const DH_MB_RESULT = 13; // 0 = done, else an error
/** Snapshot of the hart published at every halt (and after each register write). */
export const DH_X = 16; // x0..x31 as (lo, hi) pairs
export const DH_PC = DH_X + 64; // lo, hi
export const DH_F = DH_PC + 2; // f0..f31 raw bits as (lo, hi) pairs
export const DH_FFLAGS = DH_F + 64;
export const DH_FRM = DH_FFLAGS + 1;
export const DH_PRIV = DH_FRM + 1;
export const DH_VIRT = DH_PRIV + 1;
export const DH_WFI = DH_VIRT + 1;
/** Word offset (even, as every block base is) of a Float64: the retired-instruction count. */
export const DH_RETIRED = DH_WFI + 2;
/** Every CSR number has a (lo, hi) slot; only those the hart implements are filled. */
export const DH_CSR = DH_RETIRED + 2;
export const DH_WORDS = DH_CSR + 2 * 4096;

export const DCMD_NONE = 0;
export const DCMD_HALT = 1;
export const enum DebugState { Running = 0, Halted = 1 }
export const enum HaltReason { Requested = 0, Breakpoint = 1, Watchpoint = 2, Step = 3 }
export const enum DebugOp { Resume = 1, WriteReg = 2 }
/** DebugOp.Resume modes. */
export const RESUME_CONTINUE = 0;
export const RESUME_STEP = 1;

export const DEBUG_WORDS = D_HEADER_WORDS + D_MAX_POINTS * D_POINT_WORDS + DH_WORDS * MAX_HARTS;

export function pointBase(i: number): number {
  return D_HEADER_WORDS + i * D_POINT_WORDS;
}

export function debugHartBase(hart: number): number {
  return D_HEADER_WORDS + D_MAX_POINTS * D_POINT_WORDS + hart * DH_WORDS;
}

export function createDebugBuffer(): SharedArrayBuffer {
  return new SharedArrayBuffer(DEBUG_WORDS * 4);
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
