/**
 * A split virtqueue (virtio 1.2, "Split Virtqueues"): the device side. Walks descriptor
 * chains (including indirect tables), returns them through the used ring, and decides with
 * the event index whether the driver wants an interrupt.
 */
import { GuestMemory, DmaError } from '../guest-memory.js';

const DESC_F_NEXT = 1;
const DESC_F_WRITE = 2;
const DESC_F_INDIRECT = 4;
const AVAIL_F_NO_INTERRUPT = 1;
/** The longest chain we follow: more than this is a loop in a broken driver. */
const MAX_CHAIN = 1024;

/** One buffer of a chain: guest address, length, and whether the device writes it. */
export interface Segment {
  addr: number;
  len: number;
  write: boolean;
}

export interface Chain {
  head: number;
  segments: Segment[];
}

export class Virtqueue {
  size = 0;
  desc = 0;
  avail = 0;
  used = 0;
  ready = false;
  /** The next avail ring index to consume. */
  private lastAvail = 0;
  /** Set when the driver negotiated VIRTIO_RING_F_EVENT_IDX. */
  eventIdx = false;
  /** used->idx at the last interrupt decision, for the event index test. */
  private lastSignalledUsed = 0;

  constructor(private readonly mem: GuestMemory, readonly maxSize: number) {}

  reset(): void {
    this.size = this.desc = this.avail = this.used = 0;
    this.ready = false;
    this.lastAvail = 0;
    this.lastSignalledUsed = 0;
  }

  /** The next available chain, or null when the driver has offered nothing new. */
  pop(): Chain | null {
    if (!this.ready || this.size === 0) return null;
    const availIdx = this.mem.u16(this.avail + 2);
    if (availIdx === this.lastAvail) return null;
    const head = this.mem.u16(this.avail + 4 + 2 * (this.lastAvail % this.size));
    this.lastAvail = (this.lastAvail + 1) & 0xffff;
    return { head, segments: this.walk(head) };
  }

  private walk(head: number): Segment[] {
    const out: Segment[] = [];
    let table = this.desc, tableSize = this.size, i = head;
    for (let n = 0; n < MAX_CHAIN; n++) {
      if (i >= tableSize) throw new DmaError(table + 16 * i, 16);
      const d = table + 16 * i;
      const addr = this.mem.u64(d), len = this.mem.u32(d + 8), flags = this.mem.u16(d + 12), next = this.mem.u16(d + 14);
      if (flags & DESC_F_INDIRECT) {
        // An indirect table replaces the rest of the chain (2.7.5.3).
        table = addr;
        tableSize = Math.floor(len / 16);
        i = 0;
        continue;
      }
      out.push({ addr, len, write: (flags & DESC_F_WRITE) !== 0 });
      if ((flags & DESC_F_NEXT) === 0) return out;
      i = next;
    }
    throw new DmaError(table, 0);
  }

  /** Returns a chain to the driver with `written` bytes written into its buffers. */
  push(head: number, written: number): void {
    const idx = this.mem.u16(this.used + 2);
    const e = this.used + 4 + 8 * (idx % this.size);
    this.mem.setU32(e, head);
    this.mem.setU32(e + 4, written);
    // The index is published last, with a barrier, so a hart never sees it before the entry.
    this.mem.publishU16(this.used + 2, (idx + 1) & 0xffff);
  }

  /**
   * Should the device interrupt after adding used buffers? With the event index, only when
   * used->idx has passed the driver's used_event since the last decision; otherwise unless
   * the driver set VIRTQ_AVAIL_F_NO_INTERRUPT (2.7.7/2.7.10).
   */
  needsInterrupt(): boolean {
    const usedIdx = this.mem.u16(this.used + 2);
    const old = this.lastSignalledUsed;
    this.lastSignalledUsed = usedIdx;
    if (!this.eventIdx) return (this.mem.u16(this.avail) & AVAIL_F_NO_INTERRUPT) === 0;
    const usedEvent = this.mem.u16(this.avail + 4 + 2 * this.size);
    return ((usedIdx - usedEvent - 1) & 0xffff) < ((usedIdx - old) & 0xffff);
  }

  /** With the event index, tell the driver to notify at the next new buffer (avail_event). */
  publishAvailEvent(): void {
    if (this.eventIdx) this.mem.setU16(this.used + 4 + 8 * this.size, this.lastAvail);
  }
}
