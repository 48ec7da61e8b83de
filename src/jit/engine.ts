/**
 * The translating execution engine (--engine jit): runs a hart's hot code as WebAssembly
 * (translate.ts) and everything else in the interpreter (Hart.run), which stays the reference.
 *
 * Translations are cached per fetch regime and virtual pc. They stay valid while the page's
 * entry in the shared code-page table keeps the generation recorded at translation (a store
 * to the page by any hart's slow path changes it; such pages never enter a write TLB).
 * A TLB flush (satp, hgatp, SFENCE.VMA and HFENCE, PMP, SUM/MXR) empties the pc lookup, since
 * a virtual page may now map elsewhere; the compiled regions are kept by (regime, virtual
 * page, physical page) and reused once the fetch TLB maps the page the same way again.
 * FENCE.I compares each kept page with the copy it was translated from: a store no slow
 * path saw (another hart's, through a write-TLB entry older than the translation, or a
 * device's DMA) then retires the page's translations on every hart.
 */
import { Stop, type Hart } from '../hart/hart.js';
import { TLB_MASK, TLB_SETS, TLB_SIZE, tlbSet } from '../hart/mmu.js';
import { JIT_PC, jitHartArea } from '../threads/layout.js';
import { translateRegion, type Region, type RegionFn, type TranslateContext } from './translate.js';

const PAGE = 4096;
/**
 * Visits of a pc (hashed) before its region is translated (enough that boot code run a few
 * times stays interpreted: compiling costs more than it saves there). HARTSIM_JIT_HOT overrides it (1
 * translates everything at first sight: how the tests drive the translator over all code).
 */
const HOT = hotThreshold();
function hotThreshold(): number {
  const v = Number(process.env.HARTSIM_JIT_HOT);
  return Number.isInteger(v) && v >= 1 ? v : 100;
}
/** Instructions the interpreter runs between looks at the code cache while code is cold. */
const COLD_CHUNK = 24;
/** Instructions the interpreter runs from where translated code exits. */
const EXIT_CHUNK = 8;
/** Invalidations of a page (code and data sharing it) after which it stays interpreted. */
const MAX_INVALIDATIONS = 32;
const COUNTER_BITS = 12;

/** The regions translated from one page in one regime at one virtual address. */
interface PageCode {
  regions: Region[];
  page: number;
  gen: number;
  /** The page's bytes the regions were translated from. */
  snapshot: Int32Array;
}
/** Bound on kept pages (each holds compiled code and a copy of its page). */
const MAX_KEPT_PAGES = 2048;

interface Entry {
  /** The region's function, or null: the interpreter executes the instruction at this pc. */
  fn: RegionFn | null;
  block: number;
  page: number;
  gen: number;
}

export class JitEngine {
  private readonly cache: Map<number, Entry>[] = [];
  private readonly counts = new Int32Array(1 << COUNTER_BITS);
  private readonly pcWords: Int32Array;
  private readonly ctx: TranslateContext;
  private readonly codePages: Int32Array;
  private readonly invalidations = new Map<number, number>();
  private readonly kept = new Map<string, PageCode>();
  private readonly ramWords: Int32Array;
  /** Statistics for --stats and tests. */
  regions = 0;
  flushes = 0;

  private readonly hot: number;

  /** `hot`: visits before translation (default HOT). */
  constructor(private readonly hart: Hart, memory: WebAssembly.Memory, hot = HOT) {
    this.hot = hot;
    if (hart.codePages === null) throw new Error('the JIT needs the hart to run with a JIT area');
    this.codePages = hart.codePages;
    const area = jitHartArea(hart.ramSize, hart.hartId);
    this.pcWords = new Int32Array(memory.buffer, area + JIT_PC, 2);
    this.ctx = { code16: new Uint16Array(memory.buffer), area, pages: memory.buffer.byteLength / 65536, memory };
    this.ramWords = new Int32Array(memory.buffer, 0, hart.ramSize / 4);
    for (let s = 0; s < TLB_SETS; s++) this.cache.push(new Map());
    hart.onCodeFlush = (fenceI) => { if (fenceI) this.fenceI(); else this.flush(); };
  }

  /** Empties the pc lookup (mappings may have changed); compiled regions are kept. */
  flush(): void {
    this.flushes++;
    for (const m of this.cache) m.clear();
  }

  /**
   * FENCE.I (unprivileged spec, "Zifencei"): every kept page whose bytes differ from the
   * copy it was translated from gets a new generation, which retires its translations on
   * every hart; the others stay.
   */
  private fenceI(): void {
    const words = this.ramWords;
    for (const [key, pc] of this.kept) {
      if (Atomics.load(this.codePages, pc.page) !== pc.gen) { this.kept.delete(key); continue; }
      const base = pc.page * (PAGE / 4), snap = pc.snapshot;
      let same = true;
      for (let i = 0; i < PAGE / 4; i++) if (words[base + i] !== snap[i]) { same = false; break; }
      if (same) continue;
      Atomics.compareExchange(this.codePages, pc.page, pc.gen, pc.gen + 1);
      this.kept.delete(key);
    }
  }

  /** Executes up to about `budget` instructions, as Hart.run does. */
  run(budget: number): Stop {
    const h = this.hart;
    let n = 0;
    while (n < budget) {
      const pc = h.pc;
      const map = this.cache[tlbSet(h.priv, h.virt) / TLB_SIZE];
      const e = map.get(pc);
      if (e !== undefined) {
        if (this.codePages[e.page] === e.gen) {
          if (e.fn !== null) {
            const r = e.fn(e.block, budget - n, h.dataSet);
            const w = this.pcWords;
            h.pc = w[1] * 4294967296 + (w[0] >>> 0);
            h.retireTranslated(r);
            n += r;
            if (r > 0) continue;
          }
          // The instruction translated code left at, and a few after it: where exits are
          // frequent (AMOs, CSRs, LR/SC loops) the interpreter runs them at its own speed.
          const before = h.retiredCount();
          const s = h.run(Math.min(EXIT_CHUNK, budget - n));
          n += Math.max(1, h.retiredCount() - before);
          if (s !== Stop.Budget) return s;
          continue;
        }
        this.stale(map, pc, e.page);
      }
      const k = ((pc / 2) ^ (pc / 8192)) & ((1 << COUNTER_BITS) - 1);
      if (++this.counts[k] >= this.hot) {
        this.counts[k] = 0;
        if (this.translate(pc)) continue;
      }
      const before = h.retiredCount();
      const s = h.run(Math.min(COLD_CHUNK, budget - n));
      n += Math.max(1, h.retiredCount() - before);
      if (s !== Stop.Budget) return s;
    }
    return Stop.Budget;
  }

  private stale(map: Map<number, Entry>, pc: number, page: number): void {
    map.delete(pc);
    const c = (this.invalidations.get(page) ?? 0) + 1;
    this.invalidations.set(page, c);
  }

  /** Translates the region at pc if its page is RAM the fetch TLB maps; false if not. */
  private translate(pc: number): boolean {
    const h = this.hart;
    const set = tlbSet(h.priv, h.virt);
    const vpn = Math.floor(pc / PAGE);
    const i = set + (vpn & TLB_MASK);
    if (h.tlbTagX[i] !== vpn) return false;
    const pageOff = h.tlbOffX[i];
    const page = pageOff / PAGE;
    if ((this.invalidations.get(page) ?? 0) > MAX_INVALIDATIONS) return false;
    const gen = this.markCodePage(page, pageOff);
    if (gen < 0) return false;
    const r = this.region(`${set}/${vpn}/${page}`, pc, vpn * PAGE, page, gen);
    const map = this.cache[set / TLB_SIZE];
    for (const [start, block] of r.entries) map.set(start, { fn: r.fn, block, page, gen });
    for (const at of r.interpretAt) if (!map.has(at)) map.set(at, { fn: null, block: 0, page, gen });
    if (!map.has(pc)) map.set(pc, { fn: null, block: 0, page, gen });
    return true;
  }

  /** A region of the page entered at pc: one kept from before a TLB flush, or a new one. */
  private region(key: string, pc: number, pageBase: number, page: number, gen: number): Region {
    let pcode = this.kept.get(key);
    if (pcode !== undefined && pcode.gen !== gen) { this.kept.delete(key); pcode = undefined; }
    if (pcode !== undefined) {
      for (const r of pcode.regions) if (r.entries.has(pc)) return r;
    } else {
      if (this.kept.size >= MAX_KEPT_PAGES) this.kept.clear();
      // Translate from a copy, so the code compared at FENCE.I is exactly the code translated.
      const snapshot = new Int32Array(this.ctx.code16.buffer, page * PAGE, PAGE / 4).slice();
      pcode = { regions: [], page, gen, snapshot };
      this.kept.set(key, pcode);
    }
    const code = { ...this.ctx, code16: new Uint16Array(pcode.snapshot.buffer) };
    const r = translateRegion(code, pc, pageBase, 0);
    pcode.regions.push(r);
    this.regions++;
    return r;
  }

  /**
   * Makes the page's code-page entry odd (holding code) and returns its generation; then
   * drops this hart's write-TLB entries for the page so its own stores see the change.
   */
  private markCodePage(page: number, pageOff: number): number {
    const cp = this.codePages;
    let g = Atomics.load(cp, page);
    if ((g & 1) === 0) {
      Atomics.compareExchange(cp, page, g, g + 1);
      g = Atomics.load(cp, page);
      if ((g & 1) === 0) return -1;
    }
    const h = this.hart;
    for (let j = 0; j < h.tlbOffW.length; j++) if (h.tlbOffW[j] === pageOff) h.tlbTagW[j] = NaN;
    return g;
  }
}
