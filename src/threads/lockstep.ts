/**
 * Deterministic mode: every hart runs on the coordinator's thread, in turn, in slices of a
 * fixed number of instructions, with time derived from retired instructions (VirtualClock).
 * The same image then gives the same console output and instruction counts on every run,
 * which is what reproducing an SMP stress failure needs.
 */
import { Hart, Stop } from '../hart/hart.js';
import type { MmioPort } from '../hart/env.js';
import { VirtualClock } from './clock.js';
import { G_STOP, G_DEBUG, H_STAT_F64, STAT_INSTRET, hartBase } from './layout.js';
import { result, jitStats, type ExecutionEngine, type HartResult } from '../../workers/hart-worker.js';
import { HartTracer, runTraced } from '../debug/trace.js';
import type { TraceSettings } from '../debug/trace-options.js';
import { HartAgent } from '../debug/hart-agent.js';
import { JitEngine } from '../jit/engine.js';

/** Instructions each hart runs per turn: small enough to interleave harts finely. */
const SLICE = 1000;
/** Host milliseconds between returns to the event loop (console output and input). */
const YIELD_MS = 20;

export interface LockstepOptions {
  harts: number;
  ram: SharedArrayBuffer;
  ramSize: number;
  /** The WebAssembly memory over `ram` when the translator runs, else null. */
  memory: WebAssembly.Memory | null;
  ctl: Int32Array;
  ramBase: number;
  resetPc: number;
  port: MmioPort;
  clock: VirtualClock;
  /** Told which hart runs next (the coordinator attributes device accesses to it). */
  onTurn: (hart: number) => void;
  /** --trace: each hart's lines are written at the end of its turn. */
  trace?: TraceSettings;
  /** The debug channel, and where to register the function that serves it between turns. */
  dbg: SharedArrayBuffer;
  setDebugPump: (pump: () => void) => void;
}

export async function runLockstep(o: LockstepOptions): Promise<HartResult[]> {
  const harts: Hart[] = [];
  const tracers: (HartTracer | null)[] = [];
  const engines: ExecutionEngine[] = [];
  for (let h = 0; h < o.harts; h++) {
    const tracer = HartTracer.wants(o.trace, h) ? new HartTracer(h, o.trace) : null;
    const mmio = tracer === null ? o.port : tracer.wrapMmio(o.port);
    const hart = new Hart({
      hartId: h, ram: o.ram, ramSize: o.ramSize, jitArea: o.memory !== null, ramBase: o.ramBase, mmio, time: o.clock, ctl: o.ctl,
    });
    hart.reset(o.resetPc);
    tracer?.attach(hart);
    harts.push(hart);
    tracers.push(tracer);
    engines.push(o.memory !== null ? new JitEngine(hart, o.memory) : hart);
  }
  try {
    return await runHarts(harts, tracers, engines, o);
  } finally {
    for (const t of tracers) t?.close();
  }
}

async function runHarts(
  harts: Hart[], tracers: (HartTracer | null)[], engines: ExecutionEngine[], o: LockstepOptions,
): Promise<HartResult[]> {
  const agents = harts.map((hart) => new HartAgent(hart, o.dbg, o.ctl, false));
  o.setDebugPump(() => { for (const a of agents) a.attend(); });
  const stats = new Float64Array(o.ctl.buffer);
  const wfiTicks = new Float64Array(o.harts);
  let lastYield = performance.now();
  while (Atomics.load(o.ctl, G_STOP) === 0) {
    let anyRan = false, anyHalted = false;
    const debug = Atomics.load(o.ctl, G_DEBUG) !== 0;
    for (const hart of harts) {
      const agent = agents[hart.hartId];
      if (debug) {
        agent.attend();
        if (agent.halted) { anyHalted = true; continue; }
      }
      o.onTurn(hart.hartId);
      o.clock.enter(() => hart.retiredCount());
      if (hart.wfi && hart.pendingEnabled() !== 0) hart.wfi = false;
      if (hart.wfi) continue;
      anyRan = true;
      runTurn(hart, o.ctl, debug ? agent : null, tracers[hart.hartId], engines[hart.hartId]);
      tracers[hart.hartId]?.flush();
      stats[(hartBase(hart.hartId) + H_STAT_F64) / 2 + STAT_INSTRET] = hart.retiredCount();
      if (Atomics.load(o.ctl, G_STOP) !== 0) break;
    }
    if (anyRan) {
      o.clock.advance(SLICE);
      for (let h = 0; h < o.harts; h++) if (harts[h].wfi) wfiTicks[h] += SLICE / VirtualClock.INSNS_PER_TICK;
    } else if (anyHalted) {
      // Halted by the debugger: time stands still until it resumes a hart.
      await new Promise((resolve) => setTimeout(resolve, 2));
      lastYield = performance.now();
    } else {
      await allWaiting(harts, o, wfiTicks);
    }
    if (performance.now() - lastYield > YIELD_MS) {
      await new Promise((resolve) => setImmediate(resolve));
      lastYield = performance.now();
    }
  }
  return harts.map((hart, h) => result(h, hart, wfiTicks[h] / 10_000, jitStats(engines[h])));
}

/**
 * One hart's turn: SLICE instructions, less if it waits for an interrupt, halts for the
 * debugger or the machine stops. Under a debugger its agent runs the hart on the
 * interpreter; otherwise an insn trace single-steps it; otherwise its engine runs it.
 */
function runTurn(hart: Hart, ctl: Int32Array, agent: HartAgent | null, tracer: HartTracer | null, engine: ExecutionEngine): void {
  const target = hart.retiredCount() + SLICE;
  while (hart.retiredCount() < target && Atomics.load(ctl, G_STOP) === 0) {
    const budget = target - hart.retiredCount();
    let why: Stop;
    if (agent !== null) why = agent.runSlice(budget);
    else if (tracer !== null && tracer.stepping()) why = runTraced(hart, budget, tracer);
    else why = engine.run(budget);
    if (agent?.halted) return;
    hart.checkInterrupts();
    if (why === Stop.Wfi && hart.wfi) return;
  }
}

/**
 * Every hart is in WFI: jump virtual time to the earliest timer deadline, or, with none
 * armed, let the event loop run until a device (console input) raises an interrupt.
 */
async function allWaiting(harts: Hart[], o: LockstepOptions, wfiTicks: Float64Array): Promise<void> {
  let deadline = Infinity;
  for (const hart of harts) deadline = Math.min(deadline, hart.nextTimerDeadline());
  if (deadline !== Infinity) {
    const before = o.clock.mtime();
    o.clock.jumpTo(deadline);
    for (let h = 0; h < harts.length; h++) wfiTicks[h] += Math.max(0, deadline - before);
    return;
  }
  while (Atomics.load(o.ctl, G_STOP) === 0 && harts.every((h) => h.pendingEnabled() === 0)) {
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
