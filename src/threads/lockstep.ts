/**
 * Deterministic mode: every hart runs on the coordinator's thread, in turn, in slices of a
 * fixed number of instructions, with time derived from retired instructions (VirtualClock).
 * The same image then gives the same console output and instruction counts on every run,
 * which is what reproducing an SMP stress failure needs.
 */
import { Hart, Stop } from '../hart/hart.js';
import type { MmioPort } from '../hart/env.js';
import { VirtualClock } from './clock.js';
import { G_STOP } from './layout.js';
import { result, jitStats, type HartResult } from '../../workers/hart-worker.js';
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
}

export async function runLockstep(o: LockstepOptions): Promise<HartResult[]> {
  const harts: Hart[] = [];
  const engines: { run(budget: number): Stop }[] = [];
  for (let h = 0; h < o.harts; h++) {
    const hart = new Hart({
      hartId: h, ram: o.ram, ramSize: o.ramSize, jitArea: o.memory !== null, ramBase: o.ramBase, mmio: o.port, time: o.clock, ctl: o.ctl,
    });
    hart.reset(o.resetPc);
    harts.push(hart);
    engines.push(o.memory !== null ? new JitEngine(hart, o.memory) : hart);
  }
  const wfiTicks = new Float64Array(o.harts);
  let lastYield = performance.now();
  while (Atomics.load(o.ctl, G_STOP) === 0) {
    let anyRan = false;
    for (const hart of harts) {
      const engine = engines[hart.hartId];
      o.onTurn(hart.hartId);
      o.clock.enter(() => hart.retiredCount());
      if (hart.wfi && hart.pendingEnabled() !== 0) hart.wfi = false;
      if (hart.wfi) continue;
      anyRan = true;
      runTurn(hart, engine, o.ctl);
      if (Atomics.load(o.ctl, G_STOP) !== 0) break;
    }
    if (anyRan) {
      o.clock.advance(SLICE);
      for (let h = 0; h < o.harts; h++) if (harts[h].wfi) wfiTicks[h] += SLICE / VirtualClock.INSNS_PER_TICK;
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

/** One hart's turn: SLICE instructions, less if it waits for an interrupt or the machine stops. */
function runTurn(hart: Hart, engine: { run(budget: number): Stop }, ctl: Int32Array): void {
  const target = hart.retiredCount() + SLICE;
  while (hart.retiredCount() < target && Atomics.load(ctl, G_STOP) === 0) {
    const why = engine.run(target - hart.retiredCount());
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
