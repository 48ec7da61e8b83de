/**
 * SiFive PLIC as on QEMU 7.2 `virt`: 0x60 sources (source 0 reserved), 7 priority levels,
 * two contexts per hart (2h = M-mode -> MEIP, 2h+1 = S-mode -> SEIP).
 *
 * Register behaviour measured on QEMU 7.2 (32-bit accesses only; other widths fault):
 * priorities and thresholds keep only their low 3 bits, source 0's priority reads 0,
 * pending is read-only, enable words are stored as written.
 *
 * Sources are level-triggered: a source is pending while its line is high, a claim clears
 * the pending bit and masks the source until its completion, and a completion re-pends the
 * source if its line is still high (the PLIC gateway rule, so a device that keeps its line
 * up is never lost).
 */
import type { HartIrqLines, IrqLine } from './device.js';
import type { BusDevice } from './bus.js';
import { SIZE_4 } from './bus.js';
import { PLIC, PLIC_NUM_PRIORITIES, PLIC_NUM_SOURCES } from './memory-map.js';

const PRIORITY_BASE = 0x0;
const PENDING_BASE = 0x1000;
const ENABLE_BASE = 0x2000;
const ENABLE_STRIDE = 0x80;
const CONTEXT_BASE = 0x20_0000;
const CONTEXT_STRIDE = 0x1000;
const CLAIM_OFFSET = 4;

/** mip bits driven by the two context kinds. */
export const MIP_MEIP_BIT = 11;
export const MIP_SEIP_BIT = 9;

export class Plic implements BusDevice {
  readonly name = 'plic';
  readonly base = PLIC.base;
  readonly size = PLIC.size;
  readonly accessSizes = SIZE_4;

  readonly numSources = PLIC_NUM_SOURCES;
  readonly numContexts: number;

  private readonly words = Math.ceil(PLIC_NUM_SOURCES / 32);
  private readonly priorityMask: number;
  private readonly priority = new Uint32Array(PLIC_NUM_SOURCES);
  private readonly pending: Uint32Array;
  private readonly claimed: Uint32Array;
  private readonly lineLevel: Uint32Array;
  private readonly enable: Uint32Array;
  private readonly threshold: Uint32Array;
  /** Last level sent per context, so the harts only hear about changes. */
  private readonly output: Uint8Array;
  private readonly lines: IrqLine[] = [];

  constructor(
    readonly harts: number,
    private readonly hartIrq: HartIrqLines,
  ) {
    if (!Number.isInteger(harts) || harts < 1) throw new Error(`plic: bad hart count ${harts}`);
    this.numContexts = 2 * harts;
    this.priorityMask = priorityMaskFor(PLIC_NUM_PRIORITIES);
    this.pending = new Uint32Array(this.words);
    this.claimed = new Uint32Array(this.words);
    this.lineLevel = new Uint32Array(this.words);
    this.enable = new Uint32Array(this.numContexts * this.words);
    this.threshold = new Uint32Array(this.numContexts);
    this.output = new Uint8Array(this.numContexts);
    for (let src = 0; src < PLIC_NUM_SOURCES; src++) {
      this.lines.push({ setLevel: (level: boolean) => this.setSourceLevel(src, level) });
    }
  }

  /** The input wire of source `src` (1..0x5f), for a device's IRQ output. */
  irqLine(src: number): IrqLine {
    if (!Number.isInteger(src) || src < 1 || src >= PLIC_NUM_SOURCES) {
      throw new Error(`plic: no interrupt source ${src}`);
    }
    return this.lines[src];
  }

  /**
   * Drive source `src`'s input level. The gateway turns an asserted line into a request,
   * and a request stays pending until it is claimed even if the line drops meanwhile (PLIC
   * spec, "Interrupt Gateways"; QEMU 7.2 behaves the same); while claimed, no new request.
   */
  setSourceLevel(src: number, level: boolean): void {
    if (src <= 0 || src >= PLIC_NUM_SOURCES) return;
    const w = src >>> 5;
    const bit = 1 << (src & 31);
    if (level) {
      this.lineLevel[w] |= bit;
      if ((this.claimed[w] & bit) === 0) this.pending[w] |= bit;
    } else {
      this.lineLevel[w] &= ~bit;
    }
    this.updateOutputs();
  }

  /** Back to power-on state (sources' line levels are kept: devices own them). */
  reset(): void {
    this.priority.fill(0);
    this.claimed.fill(0);
    this.enable.fill(0);
    this.threshold.fill(0);
    this.pending.set(this.lineLevel);
    this.updateOutputs();
  }

  read(offset: number, _size: 1 | 2 | 4): number {
    const off = offset & ~3;
    if (off < PENDING_BASE) {
      const src = (off - PRIORITY_BASE) >>> 2;
      return src < PLIC_NUM_SOURCES ? this.priority[src] : 0;
    }
    if (off < ENABLE_BASE) {
      const w = (off - PENDING_BASE) >>> 2;
      return w < this.words ? this.pending[w] : 0;
    }
    if (off < CONTEXT_BASE) {
      const idx = this.enableIndex(off);
      return idx < 0 ? 0 : this.enable[idx];
    }
    const ctx = Math.floor((off - CONTEXT_BASE) / CONTEXT_STRIDE);
    if (ctx >= this.numContexts) return 0;
    const reg = (off - CONTEXT_BASE) % CONTEXT_STRIDE;
    if (reg === 0) return this.threshold[ctx];
    if (reg === CLAIM_OFFSET) return this.claim(ctx);
    return 0;
  }

  write(offset: number, _size: 1 | 2 | 4, value: number): void {
    const off = offset & ~3;
    if (off < PENDING_BASE) {
      const src = (off - PRIORITY_BASE) >>> 2;
      // Source 0 does not exist; its priority stays 0.
      if (src > 0 && src < PLIC_NUM_SOURCES) {
        this.priority[src] = value & this.priorityMask;
        this.updateOutputs();
      }
      return;
    }
    if (off < ENABLE_BASE) return; // pending bits are read-only
    if (off < CONTEXT_BASE) {
      const idx = this.enableIndex(off);
      if (idx >= 0) {
        this.enable[idx] = value;
        this.updateOutputs();
      }
      return;
    }
    const ctx = Math.floor((off - CONTEXT_BASE) / CONTEXT_STRIDE);
    if (ctx >= this.numContexts) return;
    const reg = (off - CONTEXT_BASE) % CONTEXT_STRIDE;
    if (reg === 0) {
      this.threshold[ctx] = value & this.priorityMask;
      this.updateOutputs();
    } else if (reg === CLAIM_OFFSET) {
      this.complete(value >>> 0);
    }
  }

  /** Index into `enable` for an offset in the enable area, or -1 for a hole. */
  private enableIndex(off: number): number {
    const ctx = Math.floor((off - ENABLE_BASE) / ENABLE_STRIDE);
    const w = ((off - ENABLE_BASE) % ENABLE_STRIDE) >>> 2;
    if (ctx >= this.numContexts || w >= this.words) return -1;
    return ctx * this.words + w;
  }

  /** Claim: hand out the best deliverable source and mask it until completion. */
  private claim(ctx: number): number {
    const src = this.bestSource(ctx);
    if (src !== 0) {
      const w = src >>> 5;
      const bit = 1 << (src & 31);
      this.pending[w] &= ~bit;
      this.claimed[w] |= bit;
    }
    this.updateOutputs();
    return src;
  }

  /** Completion of `src` (QEMU accepts it from any context, enabled or not). */
  private complete(src: number): void {
    if (src >= PLIC_NUM_SOURCES) return;
    const w = src >>> 5;
    const bit = 1 << (src & 31);
    this.claimed[w] &= ~bit;
    // The gateway forwards a new request if the level-triggered line is still asserted.
    if (src !== 0 && this.lineLevel[w] & bit) this.pending[w] |= bit;
    this.updateOutputs();
  }

  /**
   * The pending, enabled, unclaimed source with the highest priority above the context's
   * threshold (lowest id wins ties), or 0 if none.
   */
  private bestSource(ctx: number): number {
    let best = 0;
    let bestPrio = this.threshold[ctx];
    const enBase = ctx * this.words;
    for (let w = 0; w < this.words; w++) {
      let candidates = this.pending[w] & ~this.claimed[w] & this.enable[enBase + w];
      while (candidates !== 0) {
        const bitIndex = 31 - Math.clz32(candidates & -candidates);
        candidates &= candidates - 1;
        const src = (w << 5) | bitIndex;
        const prio = this.priority[src];
        if (prio > bestPrio) {
          best = src;
          bestPrio = prio;
        }
      }
    }
    return best;
  }

  private updateOutputs(): void {
    for (let ctx = 0; ctx < this.numContexts; ctx++) {
      const level = this.bestSource(ctx) !== 0 ? 1 : 0;
      if (level !== this.output[ctx]) {
        this.output[ctx] = level;
        this.hartIrq.setLevel(ctx >>> 1, (ctx & 1) === 0 ? MIP_MEIP_BIT : MIP_SEIP_BIT, level === 1);
      }
    }
  }
}

/**
 * QEMU keeps priorities as `value & max` when the number of levels is 2^n - 1 (7 on virt),
 * which is what the guest observes; we only support that case.
 */
function priorityMaskFor(levels: number): number {
  if ((levels & (levels + 1)) !== 0) throw new Error(`plic: ${levels} priority levels is not 2^n-1`);
  return levels;
}
