/**
 * The coordinator: owns RAM, the control block and the devices, starts one worker per hart
 * and serves their device accesses. Everything here runs on the main thread.
 */
import { Piscina } from 'piscina';
import { Bus } from '../board/bus.js';
import { BusPort } from './bus-port.js';
import { Clint } from '../board/clint.js';
import { Plic } from '../board/plic.js';
import { Uart16550 } from '../board/uart16550.js';
import { TestFinisher } from '../board/test-finisher.js';
import { RomDevice } from '../board/reset-rom.js';
import type { HartIrqLines } from '../board/device.js';
import { GoldfishRtc } from '../board/goldfish-rtc.js';
import { DRAM_BASE, TIMEBASE_HZ, MROM, UART0_IRQ, RTC_IRQ, VIRTIO_BASE, VIRTIO_COUNT, VIRTIO_IRQ_BASE, VIRTIO_STRIDE } from '../board/memory-map.js';
import { GuestMemory } from '../board/guest-memory.js';
import { VirtioMmio, type VirtioDevice } from '../board/virtio/mmio.js';
import { VirtioBlk, DriveError, type DriveOptions } from '../board/virtio/blk.js';
import { VirtioConsole } from '../board/virtio/console.js';
import { MIP_MSIP_BIT as MSIP_BIT } from '../board/clint.js';
import { PciHost } from '../board/pci/host.js';
import { PciSerial } from '../board/pci/serial.js';
import {
  createControlBuffer, hartBase, G_STOP, G_EXIT_CODE, G_NHARTS, H_IRQ, H_WAKE, H_MTIMECMP_LO, H_MTIMECMP_HI,
  H_MB_STATE, H_MB_OP, H_MB_ADDR_LO, H_MB_ADDR_HI, H_MB_SIZE, H_MB_DATA_LO, H_MB_DATA_HI, H_MB_STATUS,
  MB_REQUEST, MB_DONE, MB_READ, MB_WRITE, MB_OK, MB_FAULT, H_STAT_F64, STAT_INSTRET, H_MB_AMO_OP,
  createDebugBuffer,
} from './layout.js';
import { DebugTarget } from '../debug/target.js';
import { SharedClock, VirtualClock } from './clock.js';
import { runLockstep } from './lockstep.js';
import type { HartTask, HartResult } from '../../workers/hart-worker.js';
import type { TraceSettings } from '../debug/trace-options.js';
import { createRam, type Engine } from '../jit/ram.js';

const TWO32 = 4294967296;

export interface MachineOptions {
  harts: number;
  ramSize: number;
  /** Run every hart on this thread in turn, with instruction-derived time (reproducible runs). */
  deterministic?: boolean;
  /** The execution engine: the interpreter alone, or with the translator (default interp). */
  engine?: Engine;
  /** Guest console output. */
  onOutput: (bytes: Uint8Array) => void;
  /** Disk images for virtio-blk, in --drive order. */
  drives?: DriveOptions[];
  /** virtio-mmio version 1 (legacy) instead of 2, as QEMU's force-legacy. */
  virtioLegacy?: boolean;
  /** One pci-serial per entry (slots 1, 2, ...), each writing its output to its own stream. */
  pciSerials?: ((bytes: Uint8Array) => void)[];
  /** A virtio-console (hvc0) and where its output goes; with `takesInput`, terminal input goes to it, not the UART. */
  virtioConsole?: { onOutput: (bytes: Uint8Array) => void; takesInput: boolean };
  /** --trace: what the harts trace and where (src/debug/trace.ts). */
  trace?: TraceSettings;
}

export interface MachineResult {
  exitCode: number;
  /** The guest asked for a reset (test finisher 0x7777): the caller reloads and runs again. */
  reset: boolean;
  harts: HartResult[];
  /** Software interrupts (CLINT msip raised) sent by and delivered to each hart. */
  ipisSent: number[];
  ipisReceived: number[];
  seconds: number;
}

export class Machine {
  readonly ram: SharedArrayBuffer;
  /** The WebAssembly memory over `ram` when the translator runs, else null. */
  private readonly ramMemory: WebAssembly.Memory | null;
  /** The engine the harts run: jit falls back to interp when RAM does not fit a wasm memory. */
  readonly engine: Engine;
  readonly ramBytes: Uint8Array;
  readonly uart: Uart16550;
  private readonly ctlBuffer = createControlBuffer();
  private readonly ctl = new Int32Array(this.ctlBuffer);
  private readonly sharedClock = new SharedClock(this.ctlBuffer);
  private readonly virtualClock = new VirtualClock();
  /** mtime as the devices see it: the host clock, or instruction-derived in deterministic mode. */
  private readonly clock: SharedClock | VirtualClock;
  private readonly bus = new Bus();
  private readonly port = new BusPort(this.bus);
  private stopped = false;
  private resetRequested = false;
  private readonly plic: Plic;
  private readonly clint: Clint;
  private resolveStop: (() => void) | null = null;
  private outBuf: number[] = [];
  private readonly rom = new RomDevice(new Uint8Array(MROM.size));
  private flushScheduled = false;
  /** The hart whose device access is being served (who sends an IPI). */
  private requester = 0;
  private readonly disks: VirtioBlk[] = [];
  private hvc: VirtioConsole | null = null;
  private readonly rtc: GoldfishRtc;
  private readonly pci: PciHost;
  private readonly pciSerials: PciSerial[] = [];
  private readonly ipisSent: Float64Array;
  private readonly ipisReceived: Float64Array;
  /** The debug channel (gdb stub, monitor) and its coordinator side, made on first use. */
  private readonly dbgBuffer = createDebugBuffer();
  private debug: DebugTarget | null = null;
  private runStart = performance.now();

  constructor(private readonly opts: MachineOptions) {
    this.clock = opts.deterministic ? this.virtualClock : this.sharedClock;
    const ram = createRam(opts.ramSize, opts.engine ?? 'interp');
    this.ram = ram.buffer;
    this.ramMemory = ram.memory;
    this.engine = ram.memory !== null ? 'jit' : 'interp';
    this.ramBytes = new Uint8Array(this.ram, 0, opts.ramSize);
    this.ctl[G_NHARTS] = opts.harts;
    this.ipisSent = new Float64Array(opts.harts);
    this.ipisReceived = new Float64Array(opts.harts);
    const lines = this.irqLines();
    const plic = this.plic = new Plic(opts.harts, lines);
    this.uart = new Uart16550({ irq: plic.irqLine(UART0_IRQ), onTransmit: (b) => this.output(b) });
    const clint = this.clint = new Clint(opts.harts, lines, {
      readMtime: () => this.clock.mtime(),
      writeMtime: (t) => { this.clock.setMtime(t); this.wakeAll(); },
      setMtimecmp: (h, lo, hi) => this.publishMtimecmp(h, lo, hi),
    });
    this.disarmTimers();
    this.bus.map(this.rom);
    this.bus.map(new TestFinisher((kind, code) => this.finish(kind === 'fail' ? code || 1 : 0, kind)));
    for (const d of clint.devices) this.bus.map(d);
    this.bus.map(plic);
    this.bus.map(this.uart);
    // Deterministic mode: RTC time follows the instruction-driven clock from a fixed start (the
    // host's time when the machine is made), and its alarm is polled at every turn.
    const epochNs = BigInt(Date.now()) * 1_000_000n, nsPerTick = BigInt(1_000_000_000 / TIMEBASE_HZ);
    this.rtc = opts.deterministic
      ? new GoldfishRtc(plic.irqLine(RTC_IRQ), () => epochNs + BigInt(this.virtualClock.mtime()) * nsPerTick, true)
      : new GoldfishRtc(plic.irqLine(RTC_IRQ));
    this.bus.map(this.rtc);
    this.mapVirtio(plic, opts.drives ?? [], opts.virtioLegacy === true, opts.virtioConsole?.onOutput);
    this.pci = new PciHost((src) => plic.irqLine(src));
    for (const out of opts.pciSerials ?? []) this.pciSerials.push(new PciSerial(this.pci, out));
    for (const d of this.pci.devices()) this.bus.map(d);
  }

  /**
   * The eight virtio-mmio slots. Like QEMU, the first device takes the highest slot
   * (0x10008000, IRQ 8), the next the one below, and the rest answer as empty.
   */
  private mapVirtio(plic: Plic, drives: DriveOptions[], legacy: boolean, consoleOut?: (bytes: Uint8Array) => void): void {
    if (drives.length + (consoleOut ? 1 : 0) > VIRTIO_COUNT) throw new DriveError(`at most ${VIRTIO_COUNT} virtio devices`);
    const mem = new GuestMemory(this.ram, DRAM_BASE, this.opts.ramSize);
    const devices: (VirtioDevice | null)[] = new Array(VIRTIO_COUNT).fill(null);
    try {
      drives.forEach((d, i) => {
        const blk = new VirtioBlk(d, mem);
        this.disks.push(blk);
        devices[VIRTIO_COUNT - 1 - i] = blk;
      });
    } catch (e) {
      this.close();
      throw e;
    }
    if (consoleOut) {
      this.hvc = new VirtioConsole(mem, consoleOut);
      devices[VIRTIO_COUNT - 1 - drives.length] = this.hvc;
    }
    for (let n = 0; n < VIRTIO_COUNT; n++) {
      this.bus.map(new VirtioMmio(VIRTIO_BASE + n * VIRTIO_STRIDE, plic.irqLine(VIRTIO_IRQ_BASE + n), mem, devices[n], legacy));
    }
  }

  /** Makes every disk image durable and closes it. Safe to call more than once. */
  close(): void {
    for (const s of this.pciSerials) s.flush();
    for (const d of this.disks) d.close();
  }

  /** Device lines into the harts: pending bits in shared memory plus a wake-up. */
  private irqLines(): HartIrqLines {
    return {
      setLevel: (hart, bit, level) => {
        const i = hartBase(hart) + H_IRQ;
        if (level) {
          const before = Atomics.or(this.ctl, i, 1 << bit);
          if (bit === MSIP_BIT && (before & (1 << bit)) === 0) this.countIpi(hart);
        } else {
          Atomics.and(this.ctl, i, ~(1 << bit));
        }
        this.wake(hart);
      },
    };
  }

  /**
   * QEMU reads mtimecmp as 0 after reset but arms no timer until the first write, so MTIP
   * stays clear: publish "never" to the harts until the guest writes a value.
   */
  private disarmTimers(): void {
    for (let h = 0; h < this.opts.harts; h++) this.publishMtimecmp(h, -1, -1);
  }

  /** Power-on state of the devices and the control block, for a guest-requested reset. */
  resetBoard(): void {
    this.plic.reset();
    this.clint.reset();
    this.uart.reset();
    this.rtc.reset();
    this.pci.reset();
    for (const s of this.pciSerials) s.reset();
    this.disarmTimers();
    for (let h = 0; h < this.opts.harts; h++) {
      const b = hartBase(h);
      Atomics.store(this.ctl, b + H_IRQ, 0);
      Atomics.store(this.ctl, b + H_MB_STATE, 0);
    }
    Atomics.store(this.ctl, G_STOP, 0);
    Atomics.store(this.ctl, G_EXIT_CODE, 0);
    this.stopped = false;
    this.resetRequested = false;
  }

  /**
   * A hart reads the two halves without a lock, so go through a high half of all ones:
   * no intermediate value can be earlier than both the old and the new deadline.
   */
  private publishMtimecmp(h: number, lo: number, hi: number): void {
    const b = hartBase(h);
    Atomics.store(this.ctl, b + H_MTIMECMP_HI, -1);
    Atomics.store(this.ctl, b + H_MTIMECMP_LO, lo | 0);
    Atomics.store(this.ctl, b + H_MTIMECMP_HI, hi | 0);
    this.wake(h);
  }

  private countIpi(target: number): void {
    this.ipisSent[this.requester]++;
    this.ipisReceived[target]++;
  }

  private wake(hart: number): void {
    const i = hartBase(hart) + H_WAKE;
    Atomics.add(this.ctl, i, 1);
    Atomics.notify(this.ctl, i);
  }

  private wakeAll(): void {
    for (let h = 0; h < this.opts.harts; h++) this.wake(h);
  }

  private output(byte: number): void {
    this.outBuf.push(byte);
    if (!this.flushScheduled) {
      this.flushScheduled = true;
      setImmediate(() => this.flushOutput());
    }
  }

  private flushOutput(): void {
    this.flushScheduled = false;
    if (this.outBuf.length === 0) return;
    const bytes = Uint8Array.from(this.outBuf);
    this.outBuf = [];
    this.opts.onOutput(bytes);
  }

  /** Installs the reset ROM contents (reset stub and fw_dynamic_info). */
  setRom(bytes: Uint8Array): void {
    this.rom.bytes.fill(0);
    this.rom.bytes.set(bytes.subarray(0, MROM.size));
  }

  /** Host input for the guest's console. */
  input(bytes: Uint8Array): void {
    if (this.hvc && this.opts.virtioConsole?.takesInput) this.hvc.receive(bytes);
    else this.uart.receive(bytes);
  }

  /** Stops every hart; the run resolves with `code`. */
  stop(code: number): void {
    if (this.stopped) return;
    this.stopped = true;
    Atomics.store(this.ctl, G_EXIT_CODE, code);
    Atomics.store(this.ctl, G_STOP, 1);
    this.wakeAll();
    this.resolveStop?.();
  }

  private finish(code: number, kind: string): void {
    if (kind === 'reset') this.resetRequested = true;
    this.stop(code);
  }

  /** Instructions retired so far, per hart (published by the workers every slice). */
  instret(): number[] {
    const f = new Float64Array(this.ctlBuffer);
    const out: number[] = [];
    for (let h = 0; h < this.opts.harts; h++) out.push(f[(hartBase(h) + H_STAT_F64) / 2 + STAT_INSTRET]);
    return out;
  }

  /** The debugger's view of the harts (src/debug/target.ts). */
  debugTarget(): DebugTarget {
    this.debug ??= new DebugTarget({
      harts: this.opts.harts, ctl: this.ctl, dbg: this.dbgBuffer, ram: this.ram, ramBase: DRAM_BASE,
      rom: { base: MROM.base, bytes: this.rom.bytes },
      wake: (h) => this.wake(h),
      stopped: () => Atomics.load(this.ctl, G_STOP) !== 0,
      clock: this.opts.deterministic ? undefined : this.sharedClock,
    });
    return this.debug;
  }

  /** The guest's exit status (valid once the machine has stopped). */
  exitCode(): number {
    return Atomics.load(this.ctl, G_EXIT_CODE);
  }

  /** Seconds since the current run started. */
  secondsRunning(): number {
    return (performance.now() - this.runStart) / 1000;
  }

  /** Runs the harts from `resetPc` until the guest powers off or stop() is called. */
  async run(resetPc: number = MROM.base): Promise<MachineResult> {
    const t0 = performance.now();
    this.runStart = t0;
    const results = this.opts.deterministic ? await this.runDeterministic(resetPc) : await this.runParallel(resetPc);
    this.stop(Atomics.load(this.ctl, G_EXIT_CODE));
    this.flushOutput();
    for (const s of this.pciSerials) s.flush();
    return {
      exitCode: Atomics.load(this.ctl, G_EXIT_CODE),
      reset: this.resetRequested,
      harts: results,
      ipisSent: Array.from(this.ipisSent),
      ipisReceived: Array.from(this.ipisReceived),
      seconds: (performance.now() - t0) / 1000,
    };
  }

  private runDeterministic(resetPc: number): Promise<HartResult[]> {
    return runLockstep({
      harts: this.opts.harts, ram: this.ram, ramSize: this.opts.ramSize, memory: this.ramMemory, ctl: this.ctl, ramBase: DRAM_BASE, resetPc,
      port: this.port, clock: this.virtualClock, onTurn: (h) => { this.requester = h; this.rtc.poll(); },
      trace: this.traceSettings(),
      dbg: this.dbgBuffer, setDebugPump: (pump) => { this.debugTarget().pump = pump; },
    });
  }

  /** The trace settings with the names of the devices on the bus, for dev lines. */
  private traceSettings(): TraceSettings | undefined {
    const t = this.opts.trace;
    if (t === undefined) return undefined;
    return { ...t, devices: this.bus.devices().map((d) => ({ base: d.base, size: d.size, name: d.name })) };
  }

  /** One worker thread per hart; this thread serves their device accesses. */
  private async runParallel(resetPc: number): Promise<HartResult[]> {
    this.sharedClock.start();
    const pool = new Piscina<HartTask, HartResult>({
      filename: new URL('../../workers/hart-worker.js', import.meta.url).href,
      minThreads: this.opts.harts,
      maxThreads: this.opts.harts,
      concurrentTasksPerWorker: 1,
      idleTimeout: 1000,
    });
    const stopped = new Promise<void>((resolve) => { this.resolveStop = resolve; });
    const tasks: Promise<HartResult>[] = [];
    const trace = this.traceSettings();
    for (let h = 0; h < this.opts.harts; h++) {
      tasks.push(pool.run({
        hartId: h, ram: this.ram, ramSize: this.opts.ramSize, memory: this.ramMemory, ctl: this.ctlBuffer, dbg: this.dbgBuffer,
        ramBase: DRAM_BASE, resetPc, trace,
      }));
      void this.serveMailbox(h, stopped);
    }
    try {
      return await Promise.all(tasks.map((t) => t.then((r) => { if (r.error) this.stop(70); return r; })));
    } finally {
      await pool.destroy();
    }
  }

  /** Serves hart h's device accesses until the machine stops. */
  private async serveMailbox(h: number, stopped: Promise<void>): Promise<void> {
    const c = this.ctl, b = hartBase(h), st = b + H_MB_STATE;
    while (!this.stopped) {
      const s = Atomics.load(c, st);
      if (s === MB_REQUEST) {
        this.requester = h;
        this.serveOne(b);
        Atomics.store(c, st, MB_DONE);
        Atomics.notify(c, st);
        continue;
      }
      const w = Atomics.waitAsync(c, st, s);
      if (w.async) await Promise.race([w.value, stopped]);
    }
  }

  private serveOne(b: number): void {
    const c = this.ctl, port = this.port;
    const pa = (c[b + H_MB_ADDR_HI] >>> 0) * TWO32 + (c[b + H_MB_ADDR_LO] >>> 0);
    const size = c[b + H_MB_SIZE] as 1 | 2 | 4 | 8;
    const lo = c[b + H_MB_DATA_LO], hi = c[b + H_MB_DATA_HI];
    let ok: boolean;
    switch (c[b + H_MB_OP]) {
      case MB_READ: ok = port.read(pa, size); break;
      case MB_WRITE: ok = port.write(pa, size, lo, hi); break;
      default: ok = port.amo(pa, size as 4 | 8, c[b + H_MB_AMO_OP], lo, hi); break;
    }
    c[b + H_MB_DATA_LO] = port.data[0];
    c[b + H_MB_DATA_HI] = port.data[1];
    c[b + H_MB_STATUS] = ok ? MB_OK : MB_FAULT;
  }
}
