/**
 * The `hartsim` command line: QEMU-like options, the console wired to the terminal, and one
 * clear line on stderr with a non-zero exit for any bad input.
 */
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { appendFileSync, existsSync, writeFileSync } from 'node:fs';
import { prepareBoot } from '../board/boot.js';
import { LoadError } from '../board/loader.js';
import { DEFAULT_RAM_BYTES, MAX_HARTS, DRAM_BASE } from '../board/memory-map.js';
import { Machine, type MachineResult } from '../threads/machine.js';
import { ConsoleInput } from './console.js';
import { parseDrive, DriveError, type DriveOptions } from '../board/virtio/blk.js';
import {
  DEFAULT_TRACE_LIMIT, TraceOptionError, parseAddrRange, parseHartSet, parseTraceCategories, parseTraceLimit,
  traceSettings, type AddrRange, type TraceSettings,
} from '../debug/trace-options.js';
import { Debugging } from './debugging.js';
import { ENGINES, type Engine } from '../jit/ram.js';

/** Debian's OpenSBI, used when --bios is not given (QEMU's default firmware is OpenSBI too). */
export const DEFAULT_BIOS = '/usr/lib/riscv64-linux-gnu/opensbi/generic/fw_dynamic.bin';

/** Exit status when the emulator itself fails (not the guest). */
const EXIT_INTERNAL = 70;

class UsageError extends Error {}

interface RunOptions {
  bios?: string;
  kernel?: string;
  initrd?: string;
  append?: string;
  memory: number;
  harts: number;
  dumpdtb?: string;
  stats?: boolean;
  deterministic?: boolean;
  engine: Engine;
  drive: DriveOptions[];
  virtioLegacy?: boolean;
  device: DeviceSpec[];
  trace?: number;
  traceFile?: string;
  traceHarts?: number;
  traceRange?: AddrRange;
  traceLimit?: number;
  gdb?: number;
  waitGdb?: boolean;
}

/** A --device: a console stream whose output is appended to `file`, or goes to stdout. */
interface DeviceSpec {
  model: 'pci-serial' | 'virtio-console';
  file?: string;
}

/** "MODEL" or "MODEL,file=PATH", MODEL being pci-serial or virtio-console. */
function collectDevice(spec: string, all: DeviceSpec[]): DeviceSpec[] {
  const [model, ...opts] = spec.split(',');
  if (model !== 'pci-serial' && model !== 'virtio-console') {
    throw new InvalidArgumentError(`unknown device model '${model}' (supported: pci-serial, virtio-console)`);
  }
  if (model === 'virtio-console' && all.some((d) => d.model === model)) throw new InvalidArgumentError('only one virtio-console');
  const out: DeviceSpec = { model };
  for (const o of opts) {
    const m = /^file=(.+)$/.exec(o);
    if (!m) throw new InvalidArgumentError(`${model}: unknown option '${o}' (supported: file=PATH)`);
    try {
      appendFileSync(m[1], ''); // fail now, not at the device's first byte
    } catch (e) {
      throw new InvalidArgumentError(`${model}: cannot write ${m[1]}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
    out.file = m[1];
  }
  return [...all, out];
}

/** Where a console device's output goes. */
function sink(d: DeviceSpec): (bytes: Uint8Array) => void {
  return d.file === undefined ? (bytes) => { process.stdout.write(bytes); } : (bytes) => appendFileSync(d.file!, bytes);
}

/** "256M", "1G", "512" (MiB, as QEMU's -m), "65536K". */
export function parseMemory(text: string): number {
  const m = /^(\d+)([KMGkmg]?)$/.exec(text.trim());
  if (!m) throw new InvalidArgumentError(`'${text}' is not a size (examples: 256M, 1G)`);
  const unit = m[2].toUpperCase();
  const mult = unit === 'K' ? 1024 : unit === 'G' ? 1024 ** 3 : 1024 ** 2;
  const bytes = Number(m[1]) * mult;
  if (bytes < 16 * 1024 * 1024) throw new InvalidArgumentError(`memory ${text} is too small (at least 16M)`);
  if (bytes > 2 * 1024 ** 3) throw new InvalidArgumentError(`memory ${text} is too large (at most 2G)`);
  if (bytes % 4096 !== 0) throw new InvalidArgumentError(`memory ${text} is not a whole number of pages`);
  return bytes;
}

function parsePort(text: string): number {
  const n = Number(text);
  if (!/^\d+$/.test(text) || n > 65535) throw new InvalidArgumentError(`'${text}' is not a TCP port (0-65535; 0 picks a free one)`);
  return n;
}

function parseHarts(text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > MAX_HARTS) throw new InvalidArgumentError(`harts must be 1 to ${MAX_HARTS}`);
  return n;
}

function parseEngine(text: string): Engine {
  if (!(ENGINES as readonly string[]).includes(text)) throw new InvalidArgumentError(`engine must be one of: ${ENGINES.join(', ')}`);
  return text as Engine;
}

/**
 * HARTSIM_ENGINE picks the default, so the whole test suite can run on either engine; without
 * it, the translator (the whole suite passes on both).
 */
function defaultEngine(): Engine {
  const e = process.env.HARTSIM_ENGINE;
  return e === undefined || e === '' ? 'jit' : e as Engine;
}

function collectDrive(spec: string, all: DriveOptions[]): DriveOptions[] {
  try {
    return [...all, parseDrive(spec)];
  } catch (e) {
    throw new InvalidArgumentError((e as Error).message.replace(/^--drive: /, ''));
  }
}

/** A trace option's parser: its one-line complaint becomes commander's. */
function traceArg<T>(parse: (text: string) => T): (text: string) => T {
  return (text) => {
    try {
      return parse(text);
    } catch (e) {
      if (e instanceof TraceOptionError) throw new InvalidArgumentError(e.message);
      throw e;
    }
  };
}

function buildProgram(run: (o: RunOptions) => Promise<number>): Command {
  const program = new Command('hartsim')
    .description('A multi-hart RISC-V emulator of QEMU\'s virt board')
    .exitOverride()
    .configureOutput({ writeErr: () => {} });
  program
    .command('run')
    .description('boot firmware and/or a kernel on the virt board')
    .option('--bios <file|none>', `firmware at 0x${DRAM_BASE.toString(16)}, or none (default: ${DEFAULT_BIOS})`)
    .option('--kernel <file>', 'kernel image (ELF or raw)')
    .option('--initrd <file>', 'initial ramdisk')
    .option('--append <cmdline>', 'kernel command line (/chosen/bootargs)')
    .option('-m, --memory <size>', 'RAM size', parseMemory, DEFAULT_RAM_BYTES)
    .option('--harts <n>', `number of harts (1-${MAX_HARTS})`, parseHarts, 1)
    .option('--dumpdtb <file>', 'write the generated device tree to FILE and exit')
    .option('--stats', 'print per-hart statistics on exit')
    .option('--deterministic', 'run all harts in one thread in turn, time from retired instructions (reproducible runs)')
    .option('--engine <interp|jit>', 'execution engine: the interpreter, or the translator to WebAssembly for hot code (default: $HARTSIM_ENGINE, else jit)', parseEngine, defaultEngine())
    .option('--drive <spec>', 'virtio-blk disk: file=IMG[,format=raw][,readonly=on] (repeatable)', collectDrive, [])
    .option('--virtio-legacy', 'virtio-mmio version 1 (legacy) transports, as QEMU\'s force-legacy')
    .option('--gdb <port>', 'gdb remote stub on 127.0.0.1:PORT (0: any free port, printed on stderr)', parsePort)
    .option('--wait-gdb', 'start with every hart halted until gdb continues (needs --gdb)')
    .option('--device <spec>', 'pci-serial[,file=PATH] (a PCI 16550) or virtio-console[,file=PATH] (hvc0; on stdio it takes the terminal input): output appended to PATH or on stdout (repeatable)', collectDevice, [])
    .option('--trace <list>', 'trace events: a comma list of insn,int,exc,mmu,sbi,dev', traceArg(parseTraceCategories))
    .option('--trace-file <path>', 'write the trace to PATH (default: stderr)')
    .option('--trace-harts <list>', 'trace only these harts, e.g. 0,2 or 0-3 (default: all)', traceArg(parseHartSet))
    .option('--trace-range <lo-hi>', 'trace only pcs (insn) and addresses (mmu, dev) in [LO, HI), in hex', traceArg(parseAddrRange))
    .option('--trace-limit <size>', 'stop tracing after SIZE bytes, e.g. 64M (default), 1G', traceArg(parseTraceLimit))
    .exitOverride()
    .configureOutput({ writeErr: () => {} })
    .action(async (o: RunOptions) => { process.exitCode = await run(o); });
  return program;
}

export async function main(argv: string[]): Promise<void> {
  const program = buildProgram(runCommand);
  try {
    await program.parseAsync(argv);
  } catch (e) {
    process.exitCode = reportError(e);
  }
}

/** One line on stderr; returns the exit status. */
function reportError(e: unknown): number {
  if (e instanceof CommanderError) {
    if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
    const msg = e.message.replace(/^error: /, '');
    process.stderr.write(`hartsim: ${msg}\n`);
    return 2;
  }
  if (e instanceof LoadError || e instanceof UsageError || e instanceof DriveError) {
    process.stderr.write(`hartsim: ${e.message}\n`);
    return 1;
  }
  const err = e as Error;
  process.stderr.write(`hartsim: internal error: ${err?.message ?? String(e)}\n`);
  if (process.env.HARTSIM_DEBUG) process.stderr.write(`${err?.stack}\n`);
  return EXIT_INTERNAL;
}

function resolveBios(bios: string | undefined): string | null {
  if (bios === 'none') return null;
  if (bios !== undefined) return bios;
  if (existsSync(DEFAULT_BIOS)) return DEFAULT_BIOS;
  throw new UsageError(`no firmware: ${DEFAULT_BIOS} is not installed (apt-get install opensbi); pass --bios FILE or --bios none`);
}

/** The trace settings from the --trace options (checked together), or undefined without --trace. */
function traceFromOptions(o: RunOptions): TraceSettings | undefined {
  if (o.trace === undefined) {
    const stray = o.traceFile !== undefined ? '--trace-file' : o.traceHarts !== undefined ? '--trace-harts'
      : o.traceRange !== undefined ? '--trace-range' : o.traceLimit !== undefined ? '--trace-limit' : null;
    if (stray !== null) throw new UsageError(`${stray} needs --trace LIST`);
    return undefined;
  }
  const all = (1 << o.harts) - 1;
  const harts = o.traceHarts ?? all;
  if ((harts & ~all) !== 0) throw new UsageError(`--trace-harts: hart ${31 - Math.clz32(harts)} does not exist (harts are 0 to ${o.harts - 1})`);
  if (o.traceFile !== undefined) {
    try {
      writeFileSync(o.traceFile, ''); // a fresh trace each run; fail now, not in a hart thread
    } catch (e) {
      throw new UsageError(`--trace-file: cannot write ${o.traceFile}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
  }
  return traceSettings({
    categories: o.trace, harts, range: o.traceRange ?? null, limit: o.traceLimit ?? DEFAULT_TRACE_LIMIT, path: o.traceFile ?? null,
  });
}

async function runCommand(o: RunOptions): Promise<number> {
  const trace = traceFromOptions(o);
  if (o.waitGdb && o.gdb === undefined) throw new UsageError('--wait-gdb needs --gdb PORT');
  if (!ENGINES.includes(o.engine)) throw new UsageError(`HARTSIM_ENGINE must be one of: ${ENGINES.join(', ')}`);
  const machine = new Machine({
    harts: o.harts,
    ramSize: o.memory,
    deterministic: o.deterministic === true,
    engine: o.engine,
    drives: o.drive,
    virtioLegacy: o.virtioLegacy === true,
    pciSerials: o.device.filter((d) => d.model === 'pci-serial').map(sink),
    virtioConsole: hvcOptions(o.device),
    onOutput: (bytes) => process.stdout.write(bytes),
    trace,
  });
  if (o.engine === 'jit' && machine.engine !== 'jit') {
    process.stderr.write('hartsim: --engine jit needs RAM below 4 GiB (a WebAssembly memory); running the interpreter\n');
  }
  try {
    return await boot(machine, o);
  } finally {
    machine.close(); // disk images are fsynced and closed on every way out
  }
}

/** A virtio-console on stdio also takes the terminal's input (the guest's console is hvc0). */
function hvcOptions(devices: DeviceSpec[]) {
  const d = devices.find((x) => x.model === 'virtio-console');
  return d ? { onOutput: sink(d), takesInput: d.file === undefined } : undefined;
}

/** Loads the images and runs the machine (again after each guest-requested reset). */
async function boot(machine: Machine, o: RunOptions): Promise<number> {
  const bootOptions = {
    harts: o.harts,
    ramSize: o.memory,
    bios: resolveBios(o.bios),
    kernel: o.kernel,
    initrd: o.initrd,
    append: o.append,
  };
  const boot = prepareBoot(bootOptions, machine.ramBytes);
  if (o.dumpdtb !== undefined) {
    writeFileSync(o.dumpdtb, boot.dtb);
    return 0;
  }
  machine.setRom(boot.rom);
  let debugging: Debugging;
  try {
    debugging = await Debugging.start(machine, { gdb: o.gdb, waitGdb: o.waitGdb }, () => machine.stop(0));
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const input = new ConsoleInput(process.stdin, {
    onData: (bytes) => machine.input(bytes),
    onQuit: () => machine.stop(0),
    monitor: debugging.monitorConsole,
  });
  input.start();
  // Ctrl-C on a non-raw terminal, or a kill: stop the harts cleanly (stats and output still flush).
  const onSignal = (sig: NodeJS.Signals) => machine.stop(sig === 'SIGINT' ? 130 : 143);
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  let result: MachineResult;
  try {
    result = await machine.run();
    while (result.reset) {
      // A guest-requested reset reboots the board with the same images, as QEMU does.
      machine.ramBytes.fill(0);
      machine.resetBoard();
      machine.setRom(prepareBoot(bootOptions, machine.ramBytes).rom);
      result = await machine.run();
    }
  } finally {
    debugging.finished();
    input.stop();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  for (const h of result.harts) if (h.error) process.stderr.write(`hartsim: ${h.error.split('\n')[0]}\n`);
  if (o.stats) printStats(result);
  return result.exitCode;
}

/** Short cause names for --stats (interrupts at 32 + cause). */
export const CAUSE_NAMES: Record<number, string> = {
  0: 'insn-misaligned', 1: 'insn-access', 2: 'illegal', 3: 'breakpoint', 4: 'load-misaligned',
  5: 'load-access', 6: 'store-misaligned', 7: 'store-access', 8: 'ecall-u', 9: 'ecall-s', 10: 'ecall-vs',
  11: 'ecall-m', 12: 'insn-page', 13: 'load-page', 15: 'store-page', 20: 'insn-guest-page',
  21: 'load-guest-page', 22: 'virtual-insn', 23: 'store-guest-page',
  33: 'ssi', 34: 'vssi', 35: 'msi', 37: 'sti', 38: 'vsti', 39: 'mti', 41: 'sei', 42: 'vsei', 43: 'mei', 44: 'sgei',
};

/** "name=count ..." for the non-zero entries of a by-cause table. */
function byCause(counts: number[]): string {
  return counts
    .map((n, i) => (n > 0 ? `${CAUSE_NAMES[i] ?? (i >= 32 ? `irq${i - 32}` : `exc${i}`)}=${n}` : ''))
    .filter((s) => s !== '')
    .join(' ') || 'none';
}

function printStats(r: MachineResult): void {
  const lines: string[] = [`run time ${r.seconds.toFixed(3)} s`];
  for (const h of r.harts) {
    const mips = h.instret / r.seconds / 1e6;
    lines.push(`hart ${h.hartId}: ${h.instret} instructions, ${mips.toFixed(1)} MIPS, wfi ${h.wfiMs.toFixed(0)} ms, ` +
      `ipis sent ${r.ipisSent[h.hartId]} received ${r.ipisReceived[h.hartId]}, traps: ${byCause(h.trapCounts)}`);
    if (h.retiredByV[1] > 0 || h.vmExits.some((n) => n > 0)) {
      const gpf = h.trapCounts[20] + h.trapCounts[21] + h.trapCounts[23];
      lines.push(`hart ${h.hartId}: V=0 ${h.retiredByV[0]} / V=1 ${h.retiredByV[1]} instructions, ` +
        `guest-page faults ${gpf}, virtual-instruction traps ${h.trapCounts[22]}, exits from V=1: ${byCause(h.vmExits)}`);
    }
    if (h.jit) lines.push(`hart ${h.hartId}: jit regions translated ${h.jit.regions}, code-cache flushes ${h.jit.flushes}`);
  }
  process.stderr.write(lines.join('\n') + '\n');
}
