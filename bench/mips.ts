/**
 * Whole-run speed: each CPU-bound image of images/bench runs on Hartsim's interpreter, on its
 * translator (--engine jit) and, when installed, on qemu-system-riscv64, in the same session.
 *  - Hartsim: instructions retired over run time, from its own --stats.
 *  - QEMU: runs much faster, so it is timed on the long build (NAME-long.elf) minus the
 *    ITER=1 build (start-up); its instruction count is extrapolated from Hartsim's counts on
 *    NAME.elf and NAME-1.elf, which are linear in ITER (images/bench/iters.h).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './paths.js';
import { progress } from './progress.js';

export interface MipsRow {
  image: string;
  instructions: number;
  hartsimSeconds: number;
  hartsimMips: number;
  /** The same on the translating engine. */
  jitSeconds: number;
  jitMips: number;
  qemuSeconds: number | null;
  qemuMips: number | null;
}

const QEMU = 'qemu-system-riscv64';

function hartsimRun(elf: string, engine = 'interp'): { instructions: number; seconds: number } {
  const r = spawnSync(process.execPath, [join(repoRoot, 'bin/hartsim.js'), 'run', '--engine', engine, '--bios', 'none', '--kernel', elf, '--stats'],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.status !== 0) throw new Error(`hartsim failed on ${elf}: ${r.stderr}`);
  const time = /run time ([\d.]+) s/.exec(r.stderr);
  const insns = /hart 0: (\d+) instructions/.exec(r.stderr);
  if (!time || !insns) throw new Error(`no --stats output for ${elf}`);
  return { instructions: Number(insns[1]), seconds: Number(time[1]) };
}

function wallSeconds(cmd: string, args: string[]): number {
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'ignore', 'ignore'], timeout: 120_000 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}`);
  return (performance.now() - t0) / 1000;
}

function qemuAvailable(): boolean {
  return spawnSync(QEMU, ['--version'], { stdio: 'ignore' }).status === 0;
}

/** Best of three, to keep host noise out of the QEMU figure. */
function qemuSeconds(elf: string): number {
  const args = ['-M', 'virt', '-bios', 'none', '-nographic', '-m', '256M', '-kernel', elf];
  return Math.min(wallSeconds(QEMU, args), wallSeconds(QEMU, args), wallSeconds(QEMU, args));
}

/** ITER_<NAME> and ITER_<NAME>_LONG from images/bench/iters.h. */
function iterations(name: string): { iter: number; long: number } {
  const text = readFileSync(join(repoRoot, 'images/bench/iters.h'), 'utf8');
  const get = (sym: string): number => {
    const m = new RegExp(`#define ${sym} (\\d+)`).exec(text);
    if (!m) throw new Error(`images/bench/iters.h has no ${sym}`);
    return Number(m[1]);
  };
  const up = name.toUpperCase();
  return { iter: get(`ITER_${up}`), long: get(`ITER_${up}_LONG`) };
}

/** Best of three on the translator: short runs are sensitive to host noise. */
function jitRun(elf: string): { instructions: number; seconds: number } {
  const runs = [hartsimRun(elf, 'jit'), hartsimRun(elf, 'jit'), hartsimRun(elf, 'jit')];
  return runs.reduce((a, b) => (b.seconds < a.seconds ? b : a));
}

export function mipsTable(images = ['intloop', 'memloop', 'branchmix']): MipsRow[] {
  const haveQemu = qemuAvailable();
  const step = progress('mips', images.length * (haveQemu ? 4 : 1));
  return images.map((name) => {
    const elf = (suffix: string) => {
      const path = join(repoRoot, 'images/bench', `${name}${suffix}.elf`);
      if (!existsSync(path)) throw new Error(`missing ${path} (make -C images)`);
      return path;
    };
    step(`${name}: Hartsim`);
    const h = hartsimRun(elf(''));
    // The translator runs the long build: the short one is over in a fraction of a second.
    const j = jitRun(elf('-long'));
    let qs: number | null = null;
    let qemuInsns = 0;
    if (haveQemu) {
      step(`${name}: Hartsim, ITER = 1 build (to extrapolate QEMU's instruction count)`);
      const one = hartsimRun(elf('-1')).instructions;
      const { iter, long } = iterations(name);
      const perIter = (h.instructions - one) / (iter - 1);
      qemuInsns = one + perIter * (long - 1);
      step(`${name}: QEMU, long build, best of 3`);
      const longSeconds = qemuSeconds(elf('-long'));
      step(`${name}: QEMU, ITER = 1 build (start-up), best of 3`);
      qs = Math.max(1e-3, longSeconds - qemuSeconds(elf('-1')));
    }
    return {
      image: name,
      instructions: h.instructions,
      hartsimSeconds: h.seconds,
      hartsimMips: h.instructions / h.seconds / 1e6,
      jitSeconds: j.seconds,
      jitMips: j.instructions / j.seconds / 1e6,
      qemuSeconds: qs,
      qemuMips: qs === null ? null : qemuInsns / qs / 1e6,
    };
  });
}

export function formatMips(rows: MipsRow[]): string {
  const lines = ['image       interp MIPS  jit MIPS  qemu MIPS  jit/interp  jit/qemu  interp/qemu'];
  for (const r of rows) {
    const q = (v: number) => (r.qemuMips ? (v / r.qemuMips).toFixed(3) : 'n/a');
    lines.push(`${r.image.padEnd(10)} ${r.hartsimMips.toFixed(1).padStart(12)}  ${r.jitMips.toFixed(0).padStart(8)}  ` +
      `${(r.qemuMips?.toFixed(0) ?? 'n/a').padStart(9)}  ${(r.jitMips / r.hartsimMips).toFixed(1).padStart(10)}  ` +
      `${q(r.jitMips).padStart(8)}  ${q(r.hartsimMips).padStart(11)}`);
  }
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(formatMips(mipsTable()));
