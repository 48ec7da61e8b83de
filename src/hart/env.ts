/**
 * What a hart needs from the machine around it. The worker thread provides one backed by
 * shared memory and the coordinator's mailbox; tests can provide one directly.
 */
import type { PhysAddr } from '../board/memory-map.js';

/** Device accesses, answered synchronously. Results land in `data` (lo, hi). */
export interface MmioPort {
  readonly data: Int32Array;
  /** Returns false when nothing answers at `pa` (the hart raises an access fault). */
  read(pa: PhysAddr, size: 1 | 2 | 4 | 8): boolean;
  write(pa: PhysAddr, size: 1 | 2 | 4 | 8, lo: number, hi: number): boolean;
  /** An AMO (funct5 f5) on a device register, atomic with respect to every hart; old value in `data`. */
  amo(pa: PhysAddr, size: 4 | 8, f5: number, lo: number, hi: number): boolean;
}

/** The machine timer as this hart sees it (CLINT mtime, in ticks of the timebase). */
export interface TimeSource {
  mtime(): number;
}

export interface HartEnv {
  readonly hartId: number;
  readonly ram: SharedArrayBuffer;
  readonly ramBase: PhysAddr;
  readonly mmio: MmioPort;
  readonly time: TimeSource;
  /** The shared control block (src/threads/layout.ts). */
  readonly ctl: Int32Array;
  /**
   * Guest RAM bytes at the start of `ram` when `ram` is longer (a WebAssembly memory with the
   * JIT area after RAM, src/threads/layout.ts); default ram.byteLength.
   */
  readonly ramSize?: number;
  /** With a JIT area: the hart keeps its x registers and TLB there, and tracks code pages. */
  readonly jitArea?: boolean;
}
