/**
 * The trace options (--trace, --trace-harts, --trace-range, --trace-limit, --trace-file) and
 * what a run hands every hart thread: plain data and one SharedArrayBuffer, so it crosses to
 * the workers as a task argument.
 */
import { MAX_HARTS } from '../board/memory-map.js';
import { TWO32 } from '../hart/int64.js';

/** Trace categories, as bits of TraceSettings.categories. */
export const enum TraceCat { Insn = 1, Int = 2, Exc = 4, Mmu = 8, Sbi = 16, Dev = 32 }

export const TRACE_CATEGORIES: Readonly<Record<string, TraceCat>> = {
  insn: TraceCat.Insn, int: TraceCat.Int, exc: TraceCat.Exc, mmu: TraceCat.Mmu, sbi: TraceCat.Sbi, dev: TraceCat.Dev,
};

export const DEFAULT_TRACE_LIMIT = 64 * 1024 * 1024;
/** The largest --trace-limit: 1 TiB, far past any disk a trace should fill, exact as a Number. */
const MAX_TRACE_LIMIT = 2 ** 40;

/** An address as an unsigned 64-bit value split in two, so that ranges compare exactly. */
export interface AddrRange {
  /** Inclusive low bound, exclusive high bound, each as [high 32 bits, low 32 bits], unsigned. */
  lo: [number, number];
  hi: [number, number];
}

export interface TraceSettings {
  /** TraceCat bits. */
  categories: number;
  /** Bit h set: hart h is traced. */
  harts: number;
  /** pc range for insn, address range for mmu (the translated address) and dev (physical). */
  range: AddrRange | null;
  /** Bytes of trace before it is cut with a final line. */
  limit: number;
  /** The file (appended to; the run truncates it first), or null for stderr. */
  path: string | null;
  /** Shared by every hart's writer: bytes reserved and written, and the stopped flag (trace.ts). */
  shared: SharedArrayBuffer;
  /** The board's devices, for naming them in dev lines (the machine fills this in from its bus). */
  devices: DeviceRegion[];
}

export interface DeviceRegion {
  base: number;
  size: number;
  name: string;
}

export class TraceOptionError extends Error {}

/** "insn,exc,dev": each name once at most; unknown names are an error. */
export function parseTraceCategories(text: string): number {
  let bits = 0;
  for (const name of text.split(',')) {
    const bit = TRACE_CATEGORIES[name.trim()];
    if (bit === undefined) {
      throw new TraceOptionError(`unknown trace category '${name.trim()}' (known: ${Object.keys(TRACE_CATEGORIES).join(',')})`);
    }
    bits |= bit;
  }
  return bits;
}

/** "0,2" or "0-3,5": a set of hart numbers as a bit mask. */
export function parseHartSet(text: string): number {
  let bits = 0;
  for (const part of text.split(',')) {
    const m = /^\s*(\d+)(?:-(\d+))?\s*$/.exec(part);
    if (!m) throw new TraceOptionError(`'${part}' is not a hart number or range (examples: 0,2 or 0-3)`);
    const a = Number(m[1]), b = m[2] === undefined ? a : Number(m[2]);
    if (b < a) throw new TraceOptionError(`hart range '${part}' is empty`);
    if (b >= MAX_HARTS) throw new TraceOptionError(`hart ${b} does not exist (harts are 0 to ${MAX_HARTS - 1})`);
    for (let h = a; h <= b; h++) bits |= 1 << h;
  }
  return bits;
}

/** A hex address (0x optional) of at most 64 bits, as [high, low] unsigned halves. */
function parseAddress(text: string): [number, number] {
  const m = /^\s*(?:0x)?([0-9a-f]{1,16})\s*$/i.exec(text);
  if (!m) throw new TraceOptionError(`'${text}' is not a hex address`);
  const v = BigInt('0x' + m[1]);
  return [Number(v >> 32n), Number(v & 0xffffffffn)];
}

/** "LO-HI" in hex: LO inclusive, HI exclusive. */
export function parseAddrRange(text: string): AddrRange {
  const parts = text.split('-');
  if (parts.length !== 2) throw new TraceOptionError(`'${text}' is not an address range LO-HI (example: 80000000-80001000)`);
  const lo = parseAddress(parts[0]), hi = parseAddress(parts[1]);
  if (compareHalves(hi[0], hi[1], lo) <= 0) throw new TraceOptionError(`address range '${text}' is empty (HI is exclusive)`);
  return { lo, hi };
}

/** "64M", "1G", "100K", "4096" (bytes). */
export function parseTraceLimit(text: string): number {
  const m = /^\s*(\d+)([KMGT]?)\s*$/i.exec(text);
  if (!m) throw new TraceOptionError(`'${text}' is not a size (examples: 64M, 1G, 4096)`);
  const unit = { '': 1, K: 2 ** 10, M: 2 ** 20, G: 2 ** 30, T: 2 ** 40 }[m[2].toUpperCase()]!;
  const bytes = Number(m[1]) * unit;
  if (bytes < 1) throw new TraceOptionError('the trace limit must be at least one byte');
  if (bytes > MAX_TRACE_LIMIT) throw new TraceOptionError(`trace limit ${text} is too large (at most 1T)`);
  return bytes;
}

/** Sign of (hi, lo) - b as unsigned 64-bit values. */
function compareHalves(hi: number, lo: number, b: [number, number]): number {
  if (hi !== b[0]) return hi < b[0] ? -1 : 1;
  return lo === b[1] ? 0 : lo < b[1] ? -1 : 1;
}


/**
 * Whether address `a` (a Number holding a signed 64-bit value, as the hart keeps addresses)
 * lies in the range. Compared as unsigned 64-bit halves: exact for every address a Number holds.
 */
export function inRange(r: AddrRange, a: number): boolean {
  const hiSigned = Math.floor(a / TWO32);
  const lo = a - hiSigned * TWO32;
  const hi = hiSigned >>> 0;
  return compareHalves(hi, lo, r.lo) >= 0 && compareHalves(hi, lo, r.hi) < 0;
}

/** The settings for one run: the shared state is fresh, so the limit counts from zero. */
export function traceSettings(o: Omit<TraceSettings, 'shared' | 'devices'>): TraceSettings {
  return { ...o, shared: new SharedArrayBuffer(SHARED_BYTES), devices: [] };
}

/** Layout of TraceSettings.shared: two BigInt64 counters, then an Int32 flag. */
export const SHARED_RESERVED_I64 = 0;
export const SHARED_WRITTEN_I64 = 1;
export const SHARED_STOPPED_I32 = 4;
const SHARED_BYTES = 24;
