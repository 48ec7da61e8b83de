/**
 * A hart thread: runs one Hart over the shared RAM until the machine stops. Started by the
 * coordinator through piscina; the task resolves with the hart's statistics.
 */
import { Hart, Stop } from '../src/hart/hart.js';
import { MailboxMmio } from '../src/threads/mmio-client.js';
import { SharedClock } from '../src/threads/clock.js';
import { G_STOP, G_DEBUG, H_WAKE, H_STAT_F64, STAT_INSTRET, STAT_WFI_MS, hartBase } from '../src/threads/layout.js';
import { HartTracer, runTraced } from '../src/debug/trace.js';
import type { TraceSettings } from '../src/debug/trace-options.js';
import { HartAgent } from '../src/debug/hart-agent.js';
import { JitEngine } from '../src/jit/engine.js';

export interface HartTask {
  hartId: number;
  ram: SharedArrayBuffer;
  /** Guest RAM bytes at the start of `ram`. */
  ramSize: number;
  /** The WebAssembly memory over `ram` when the translator runs, else null. */
  memory: WebAssembly.Memory | null;
  ctl: SharedArrayBuffer;
  /** The debug channel (src/threads/layout.ts). */
  dbg: SharedArrayBuffer;
  ramBase: number;
  resetPc: number;
  /** --trace: this hart's thread writes its own lines (src/debug/trace.ts). */
  trace?: TraceSettings;
}

export interface HartResult {
  hartId: number;
  instret: number;
  wfiMs: number;
  trapCounts: number[];
  /** Instructions retired with V=0 and V=1. */
  retiredByV: number[];
  /** Traps taken from V=1 (VM exits when they go to HS or M), by cause; interrupts at 32 + cause. */
  vmExits: number[];
  /** With --engine jit: regions translated and code-cache flushes. */
  jit?: { regions: number; flushes: number };
  error?: string;
}

/** Instructions per slice between interrupt checks: bounds interrupt latency to ~0.1 ms at 40-70 MIPS. */
const SLICE = 4_000;
/**
 * The same bound with the translator: a little longer, as translated loops run far faster,
 * but code that keeps leaving translated code runs no faster than the interpreter.
 */
const JIT_SLICE = 10_000;
/** Longest single WFI sleep, so a stop request is never missed for long. */
const MAX_SLEEP_MS = 50;

export default function runHart(task: HartTask): HartResult {
  const ctl = new Int32Array(task.ctl);
  const stats = new Float64Array(task.ctl);
  const clock = new SharedClock(task.ctl);
  const tracer = HartTracer.wants(task.trace, task.hartId) ? new HartTracer(task.hartId, task.trace) : null;
  const port = new MailboxMmio(ctl, task.hartId);
  const hart = new Hart({
    hartId: task.hartId,
    ram: task.ram,
    ramSize: task.ramSize,
    jitArea: task.memory !== null,
    ramBase: task.ramBase,
    mmio: tracer === null ? port : tracer.wrapMmio(port),
    time: clock,
    ctl,
  });
  hart.reset(task.resetPc);
  tracer?.attach(hart);
  const agent = new HartAgent(hart, task.dbg, ctl, true);
  const engine: ExecutionEngine = task.memory !== null ? new JitEngine(hart, task.memory) : hart;
  const slice = task.memory !== null ? JIT_SLICE : SLICE;
  const base = hartBase(task.hartId);
  const statBase = (base + H_STAT_F64) / 2;
  let wfiMs = 0;
  try {
    while (Atomics.load(ctl, G_STOP) === 0) {
      const why = runSlice(hart, ctl, agent, tracer, engine, slice);
      hart.checkInterrupts();
      tracer?.flush();
      stats[statBase + STAT_INSTRET] = hart.retiredCount();
      if (why === Stop.Wfi && hart.wfi) wfiMs += sleepUntilInterrupt(hart, ctl, base + H_WAKE, clock, agent);
    }
  } catch (e) {
    Atomics.store(ctl, G_STOP, 1);
    const err = e as Error;
    return result(task.hartId, hart, wfiMs, jitStats(engine), `hart ${task.hartId} internal error at pc 0x${hart.pc.toString(16)}: ${err.stack ?? err.message}`);
  } finally {
    tracer?.close();
  }
  stats[statBase + STAT_WFI_MS] = wfiMs;
  return result(task.hartId, hart, wfiMs, jitStats(engine));
}

export function jitStats(engine: unknown): HartResult['jit'] {
  return engine instanceof JitEngine ? { regions: engine.regions, flushes: engine.flushes } : undefined;
}

/** What runs a hart's instructions: the interpreter (Hart) or the translator (JitEngine). */
export interface ExecutionEngine { run(budget: number): Stop }

/**
 * Under a debugger the agent runs the slice on the interpreter (halts, breakpoints, steps);
 * otherwise an insn trace single-steps; otherwise the engine runs the slice at full speed.
 */
function runSlice(hart: Hart, ctl: Int32Array, agent: HartAgent, tracer: HartTracer | null, engine: ExecutionEngine, slice: number): Stop {
  if (Atomics.load(ctl, G_DEBUG) !== 0) return agent.runSlice(SLICE);
  if (tracer !== null && tracer.stepping()) return runTraced(hart, SLICE, tracer);
  return engine.run(slice);
}

/** Sleeps (Atomics.wait) until a device line changes, the timer deadline passes or the machine stops. */
function sleepUntilInterrupt(hart: Hart, ctl: Int32Array, wakeIdx: number, clock: SharedClock, agent: HartAgent): number {
  const t0 = performance.now();
  while (hart.wfi && Atomics.load(ctl, G_STOP) === 0 && !agent.haltRequested()) {
    const seen = Atomics.load(ctl, wakeIdx);
    if (hart.pendingEnabled() !== 0) { hart.wfi = false; break; }
    const until = clock.msUntil(hart.nextTimerDeadline());
    const timeout = Math.max(0, Math.min(MAX_SLEEP_MS, until));
    if (timeout > 0) Atomics.wait(ctl, wakeIdx, seen, timeout);
  }
  hart.checkInterrupts();
  return performance.now() - t0;
}

export function result(hartId: number, hart: Hart, wfiMs: number, jit?: HartResult['jit'], error?: string): HartResult {
  return {
    hartId, instret: hart.retiredCount(), wfiMs, trapCounts: Array.from(hart.trapCounts),
    retiredByV: Array.from(hart.retiredByV), vmExits: Array.from(hart.vmExits), jit, error,
  };
}
