/**
 * SMP figures, Hartsim's parallel mode next to qemu-system-riscv64 -smp N in the same session:
 *  - Aggregate MIPS of images/bench/smp-intloop (every hart runs intloop's loop ITER_INTLOOP
 *    times) with 1, 2, 4 and 8 harts.
 *      Hartsim: the instructions of all harts (--stats) over the run time (--stats).
 *      QEMU: timed on the long build (ITER_INTLOOP_LONG per hart) minus the ITER = 1 build
 *      (start-up), best of three each; its instruction count is extrapolated as bench/mips.ts
 *      does, from Hartsim's one-hart counts on smp-intloop.elf and smp-intloop-1.elf (linear in
 *      ITER), times the number of harts.  Hart 0's spinning while it waits for the others is
 *      in Hartsim's count but not in the extrapolation.
 *  - IPI round-trip latency (images/bench/ipi-latency, 2 harts: hart 0 -> hart 1 -> hart 0,
 *    both asleep in WFI between interrupts) and timer-interrupt lateness
 *    (images/bench/timer-lateness, 1 hart, mtimecmp 500 ticks ahead, WFI), median and 99th
 *    percentile, in guest mtime ticks (10 MHz) and in host microseconds (ticks / 10: both
 *    emulators derive mtime from the host clock).
 * The latency images print their figures on INFO lines:
 *     INFO <label> samples=N median=M p99=P min=A max=B ticks
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './paths.js';
import { progress } from './progress.js';

const QEMU = 'qemu-system-riscv64';
const BENCH = join(repoRoot, 'images/bench');

export interface SmpRow {
  harts: number;
  /** Hartsim: instructions retired by all harts, run time, aggregate MIPS. */
  instructions: number;
  hartsimSeconds: number;
  hartsimMips: number;
  /** QEMU: extrapolated instructions of the long build over its time net of start-up. */
  qemuSeconds: number | null;
  qemuMips: number | null;
}

export interface LatencyRow {
  measure: string;
  emulator: 'hartsim' | 'qemu';
  samples: number;
  medianTicks: number;
  p99Ticks: number;
}

function elf(name: string): string {
  const path = join(BENCH, `${name}.elf`);
  if (!existsSync(path)) throw new Error(`missing ${path} (make -C images)`);
  return path;
}

function qemuAvailable(): boolean {
  return spawnSync(QEMU, ['--version'], { stdio: 'ignore' }).status === 0;
}

/** The interpreter, as the SMP figures in README.md were measured (the translator is in mips.ts). */
function hartsim(kernel: string, harts: number): { stdout: string; stderr: string } {
  const r = spawnSync(process.execPath,
    [join(repoRoot, 'bin/hartsim.js'), 'run', '--engine', 'interp', '--bios', 'none', '--kernel', kernel, '--harts', String(harts), '--stats'],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 600_000 });
  if (r.status !== 0) throw new Error(`hartsim failed on ${kernel} with ${harts} harts (status ${r.status}): ${r.stderr}`);
  return { stdout: r.stdout, stderr: r.stderr };
}

/** Instructions summed over harts and the run time, from --stats. */
function hartsimStats(kernel: string, harts: number): { instructions: number; seconds: number } {
  const { stderr } = hartsim(kernel, harts);
  const time = /run time ([\d.]+) s/.exec(stderr);
  const counts = [...stderr.matchAll(/^hart \d+: (\d+) instructions/gm)].map((m) => Number(m[1]));
  if (!time || counts.length !== harts) throw new Error(`no --stats output for ${kernel}:\n${stderr}`);
  return { instructions: counts.reduce((a, b) => a + b, 0), seconds: Number(time[1]) };
}

function qemuArgs(kernel: string, smp: number): string[] {
  return ['-M', 'virt', '-bios', 'none', '-nographic', '-m', '256M', '-smp', String(smp), '-kernel', kernel];
}

function qemuRun(kernel: string, smp: number): string {
  const r = spawnSync(QEMU, qemuArgs(kernel, smp), { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 300_000 });
  if (r.status !== 0) throw new Error(`${QEMU} -smp ${smp} ${kernel} exited ${r.status}`);
  return r.stdout;
}

function wallSeconds(kernel: string, smp: number): number {
  const t0 = performance.now();
  qemuRun(kernel, smp);
  return (performance.now() - t0) / 1000;
}

/** Best of three, to keep host noise out of the QEMU figure. */
function qemuSeconds(kernel: string, smp: number): number {
  return Math.min(wallSeconds(kernel, smp), wallSeconds(kernel, smp), wallSeconds(kernel, smp));
}

/** ITER_INTLOOP and ITER_INTLOOP_LONG from images/bench/iters.h (smp-intloop uses intloop's counts). */
function intloopIterations(): { iter: number; long: number } {
  const text = readFileSync(join(BENCH, 'iters.h'), 'utf8');
  const get = (sym: string): number => {
    const m = new RegExp(`#define ${sym} (\\d+)`).exec(text);
    if (!m) throw new Error(`images/bench/iters.h has no ${sym}`);
    return Number(m[1]);
  };
  return { iter: get('ITER_INTLOOP'), long: get('ITER_INTLOOP_LONG') };
}

export function smpTable(hartCounts = [1, 2, 4, 8]): SmpRow[] {
  const haveQemu = qemuAvailable();
  const step = progress('smp', (haveQemu ? 1 : 0) + hartCounts.length * (haveQemu ? 3 : 1));
  let perHartLong = 0;
  if (haveQemu) {
    // One hart's instructions, linear in ITER: extrapolate to the long build.
    step('one hart on Hartsim, full and ITER = 1 builds (to extrapolate QEMU\'s instruction count)');
    const { iter, long } = intloopIterations();
    const full = hartsimStats(elf('smp-intloop'), 1).instructions;
    const one = hartsimStats(elf('smp-intloop-1'), 1).instructions;
    const perIter = (full - one) / (iter - 1);
    perHartLong = one + perIter * (long - 1);
  }
  return hartCounts.map((harts) => {
    step(`${harts} harts on Hartsim`);
    const h = hartsimStats(elf('smp-intloop'), harts);
    let qs: number | null = null;
    if (haveQemu) {
      step(`${harts} harts on QEMU, long build, best of 3`);
      const longSeconds = qemuSeconds(elf('smp-intloop-long'), harts);
      step(`${harts} harts on QEMU, ITER = 1 build (start-up), best of 3`);
      qs = Math.max(1e-3, longSeconds - qemuSeconds(elf('smp-intloop-1'), harts));
    }
    return {
      harts,
      instructions: h.instructions,
      hartsimSeconds: h.seconds,
      hartsimMips: h.instructions / h.seconds / 1e6,
      qemuSeconds: qs,
      qemuMips: qs === null ? null : (perHartLong * harts) / qs / 1e6,
    };
  });
}

/** The "INFO <label> samples=N median=M p99=P ..." line of a latency image. */
function parseInfo(out: string, label: string): { samples: number; median: number; p99: number } {
  const m = new RegExp(`^INFO ${label} samples=(\\d+) median=(\\d+) p99=(\\d+)`, 'm').exec(out);
  if (!m) throw new Error(`no "INFO ${label}" line in:\n${out}`);
  return { samples: Number(m[1]), median: Number(m[2]), p99: Number(m[3]) };
}

export function latencyTable(): LatencyRow[] {
  const haveQemu = qemuAvailable();
  const rows: LatencyRow[] = [];
  const measures = [
    { measure: 'IPI round trip, 2 harts', image: 'ipi-latency', label: 'ipi-round-trip', harts: 2 },
    { measure: 'timer lateness, 1 hart', image: 'timer-lateness', label: 'timer-lateness', harts: 1 },
  ];
  const step = progress('latency', measures.length * (haveQemu ? 2 : 1));
  for (const m of measures) {
    step(`${m.measure} on Hartsim`);
    const h = parseInfo(hartsim(elf(m.image), m.harts).stdout, m.label);
    rows.push({ measure: m.measure, emulator: 'hartsim', samples: h.samples, medianTicks: h.median, p99Ticks: h.p99 });
    if (haveQemu) {
      step(`${m.measure} on QEMU`);
      const q = parseInfo(qemuRun(elf(m.image), m.harts), m.label);
      rows.push({ measure: m.measure, emulator: 'qemu', samples: q.samples, medianTicks: q.median, p99Ticks: q.p99 });
    }
  }
  return rows;
}

export function formatSmp(rows: SmpRow[]): string {
  const lines = ['harts  instructions  hartsim s  hartsim MIPS  per hart  qemu s   qemu MIPS  hartsim/qemu'];
  for (const r of rows) {
    const ratio = r.qemuMips ? (r.hartsimMips / r.qemuMips).toFixed(3) : 'n/a';
    lines.push(`${String(r.harts).padStart(5)}  ${String(r.instructions).padStart(12)}  ${r.hartsimSeconds.toFixed(2).padStart(9)}  ` +
      `${r.hartsimMips.toFixed(1).padStart(12)}  ${(r.hartsimMips / r.harts).toFixed(1).padStart(8)}  ` +
      `${(r.qemuSeconds?.toFixed(3) ?? 'n/a').padStart(6)}  ${(r.qemuMips?.toFixed(0) ?? 'n/a').padStart(9)}  ${ratio.padStart(12)}`);
  }
  return lines.join('\n');
}

export function formatLatency(rows: LatencyRow[]): string {
  const lines = ['measure                   emulator  samples  median ticks  p99 ticks  median us  p99 us'];
  for (const r of rows) {
    lines.push(`${r.measure.padEnd(24)}  ${r.emulator.padEnd(8)}  ${String(r.samples).padStart(7)}  ` +
      `${String(r.medianTicks).padStart(12)}  ${String(r.p99Ticks).padStart(9)}  ` +
      `${(r.medianTicks / 10).toFixed(1).padStart(9)}  ${(r.p99Ticks / 10).toFixed(1).padStart(6)}`);
  }
  return lines.join('\n');
}

/** Both tables with their headings, as bench/run-all.ts prints them. */
export function smpReport(): string {
  return [
    'SMP: aggregate MIPS of smp-intloop (every hart runs the integer loop), parallel mode',
    formatSmp(smpTable()),
    '',
    'SMP: interrupt latency, parallel mode (mtime ticks at 10 MHz; us = ticks / 10)',
    formatLatency(latencyTable()),
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(smpReport());
