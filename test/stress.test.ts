/**
 * The multi-hart stress images (images/stress/, built by `make -C images`; what each checks
 * is in the header of its .S file, the multi-hart protocol in images/stress/smp.h).
 *
 * For each bare-metal stress image (ipi-storm, timer-storm, lock-torture):
 *   - 10 runs in a row with 4 harts in the parallel mode (a worker thread per hart), and 10
 *     with --deterministic: every run exits 0 (the finisher's pass code), prints no FAIL
 *     line, and finishes its report (DONE ... failures=0);
 *   - every --deterministic run prints the same bytes and retires the same number of
 *     instructions on every hart (--stats) as the first one;
 *   - one run with 2 harts and one with 8 harts (parallel), the hart count being read from
 *     the device tree by the image;
 *   - where QEMU is installed, one run on qemu-system-riscv64 -smp 4 passes too and prints
 *     what Hartsim prints, except the INFO lines (timing figures such as latencies, which
 *     differ between emulators and runs; they are kept out of every comparison but the
 *     --deterministic one, where time itself is deterministic).
 * And the S-mode SBI payload sbi-hsm under Debian's OpenSBI with 4 harts (HSM start, stop,
 * suspend; SBI IPIs and timer; SRST shutdown): in both modes, OpenSBI's banner reports
 * 4 harts, the payload passes and powers off with status 0; where QEMU is installed its
 * output from "TEST sbi-hsm" on (INFO lines aside) equals QEMU's.
 */
import { expect } from 'chai';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { hartsimBin, hasCommand, repoRoot } from './helpers.js';

const STRESS = join(repoRoot, 'images', 'stress');
const IMAGES = ['ipi-storm', 'timer-storm', 'lock-torture'];
const SBI_PAYLOAD = 'sbi-hsm';
const OPENSBI = '/usr/lib/riscv64-linux-gnu/opensbi/generic/fw_dynamic.bin';
const QEMU = 'qemu-system-riscv64';
const RUNS = 10;
/** One run of a stress image takes 0.2 to 5 s; a hang is caught well before mocha's timeout. */
const RUN_TIMEOUT_MS = 60_000;

interface Run {
  what: string;
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Runs a command to completion (asynchronously, so mocha keeps its timers). */
function run(what: string, cmd: string, args: string[], timeoutMs = RUN_TIMEOUT_MS): Promise<Run> {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const p = spawn(cmd, args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d: Buffer) => { stdout += d.toString('latin1'); });
    p.stderr.on('data', (d: Buffer) => { stderr += d.toString('latin1'); });
    // SIGKILL: a hung machine must not outlive its test.
    const timer = setTimeout(() => { stderr += `\n[killed after ${timeoutMs} ms]`; p.kill('SIGKILL'); }, timeoutMs);
    p.on('close', (status, signal) => {
      clearTimeout(timer);
      resolve({ what, status, signal, stdout, stderr, ms: performance.now() - t0 });
    });
    p.on('error', (e) => { stderr += String(e); });
  });
}

function elf(name: string): string {
  const path = join(STRESS, `${name}.elf`);
  if (!existsSync(path)) throw new Error(`missing ${path} (make -C images)`);
  return path;
}

function hartsim(name: string, harts: number, deterministic: boolean, label: string): Promise<Run> {
  const args = [hartsimBin, 'run', '--bios', 'none', '--kernel', elf(name), '--harts', String(harts), '--stats'];
  if (deterministic) args.push('--deterministic');
  return run(`${label}: hartsim ${name} --harts ${harts}${deterministic ? ' --deterministic' : ''}`, process.execPath, args);
}

function hartsimSbi(harts: number, deterministic: boolean, label: string): Promise<Run> {
  const args = [hartsimBin, 'run', '--bios', OPENSBI, '--kernel', elf(SBI_PAYLOAD), '--harts', String(harts), '--stats'];
  if (deterministic) args.push('--deterministic');
  return run(`${label}: hartsim (OpenSBI) ${SBI_PAYLOAD} --harts ${harts}${deterministic ? ' --deterministic' : ''}`,
    process.execPath, args);
}

/** How a run ended, with the tail of its output, for failure messages. */
function describeRun(r: Run): string {
  const tail = (s: string): string => s.split('\n').slice(-12).join('\n');
  const how = r.signal ? `killed by ${r.signal}` : `exit status ${r.status}`;
  const fails = r.stdout.split('\n').filter((l) => l.startsWith('FAIL')).slice(0, 8).join('\n');
  return `${r.what}: ${how} after ${(r.ms / 1000).toFixed(1)} s\n` +
    (fails ? `--- FAIL lines ---\n${fails}\n` : '') +
    `--- stdout (tail) ---\n${tail(r.stdout)}\n--- stderr (tail) ---\n${tail(r.stderr)}`;
}

/** Why a run did not pass, or null: status 0, no FAIL line, a complete report. */
function problem(r: Run): string | null {
  if (r.status !== 0) return describeRun(r);
  if (/^FAIL/m.test(r.stdout)) return `${describeRun(r)}\n(printed a FAIL line)`;
  if (!/^DONE checks=\d+ failures=0\r?$/m.test(r.stdout)) return `${describeRun(r)}\n(no "DONE ... failures=0" line)`;
  return null;
}

function expectPass(r: Run): void {
  const p = problem(r);
  expect(p, p ?? '').to.equal(null);
}

/** Failed runs after which inARow stops early (a hang costs RUN_TIMEOUT_MS each). */
const MAX_FAILED_RUNS = 3;

/** Runs `count` runs one after the other; fails with every failing run described and the pass rate. */
async function inARow(count: number, start: (i: number) => Promise<Run>): Promise<Run[]> {
  const runs: Run[] = [];
  const problems: string[] = [];
  for (let i = 0; i < count && problems.length < MAX_FAILED_RUNS; i++) {
    const r = await start(i);
    runs.push(r);
    const p = problem(r);
    if (p !== null) problems.push(p);
  }
  const stopped = runs.length < count ? ` (stopped after ${runs.length} of ${count} runs)` : '';
  expect(problems.length, `${problems.length} of ${runs.length} runs failed, ${runs.length - problems.length} passed${stopped}:\n\n` +
    problems.join('\n\n')).to.equal(0);
  return runs;
}

/** Per-hart instruction counts from --stats ("hart N: X instructions, ..."). */
function instructions(r: Run): string {
  const counts = [...r.stderr.matchAll(/^hart (\d+): (\d+) instructions/gm)].map((m) => `hart ${m[1]}: ${m[2]}`);
  expect(counts.length, `${r.what}: no per-hart --stats lines on stderr:\n${r.stderr}`).to.be.greaterThan(0);
  return counts.join('\n');
}

/** The output without INFO lines (timing figures). */
function withoutInfo(out: string): string {
  return out.split('\n').filter((l) => !l.startsWith('INFO ')).join('\n');
}

/** The first line where two outputs differ. */
function firstDifference(a: string, b: string, an: string, bn: string): string {
  const la = a.split('\n');
  const lb = b.split('\n');
  for (let i = 0; i < Math.max(la.length, lb.length); i++) {
    if (la[i] !== lb[i]) return `line ${i + 1}:\n  ${an}: ${JSON.stringify(la[i] ?? '<end>')}\n  ${bn}: ${JSON.stringify(lb[i] ?? '<end>')}`;
  }
  return 'no difference';
}

function qemuArgs(kernel: string, smp: number, bios = 'none'): string[] {
  return ['-M', 'virt', '-bios', bios, '-nographic', '-m', '256M', '-smp', String(smp), '-kernel', kernel];
}

const haveQemu = hasCommand(QEMU);

describe('stress images (multi-hart)', function () {
  this.timeout(240_000);

  for (const name of IMAGES) {
    describe(name, function () {
      // Shared between the tests below: the first parallel run is compared with QEMU, the
      // deterministic runs with each other.
      let parallel: Run[] | undefined;
      let deterministic: Run[] | undefined;

      it(`passes ${RUNS} runs in a row with 4 harts in parallel mode`, async function () {
        this.timeout(RUNS * RUN_TIMEOUT_MS);
        parallel = await inARow(RUNS, (i) => hartsim(name, 4, false, `run ${i + 1}/${RUNS}`));
      });

      it(`passes ${RUNS} runs in a row with 4 harts in --deterministic mode`, async function () {
        this.timeout(RUNS * RUN_TIMEOUT_MS);
        deterministic = await inARow(RUNS, (i) => hartsim(name, 4, true, `run ${i + 1}/${RUNS}`));
      });

      it('--deterministic runs give identical output and per-hart instruction counts', async function () {
        const runs = deterministic ?? await inARow(2, (i) => hartsim(name, 4, true, `run ${i + 1}/2`));
        const [first, ...rest] = runs;
        expect(rest.length).to.be.greaterThan(0);
        for (const r of rest) {
          expect(r.stdout === first.stdout, `${r.what} printed something else than ${first.what}: ` +
            firstDifference(r.stdout, first.stdout, r.what, first.what)).to.equal(true);
          expect(instructions(r), `${r.what}: instruction counts differ from ${first.what}`).to.equal(instructions(first));
        }
      });

      for (const harts of [2, 8]) {
        it(`passes with ${harts} harts in parallel mode`, async function () {
          expectPass(await hartsim(name, harts, false, 'run'));
        });
      }

      it('passes on QEMU -smp 4 and prints what Hartsim prints (INFO lines aside)', async function () {
        if (!haveQemu) this.skip();
        const q = await run(`qemu ${name} -smp 4`, QEMU, qemuArgs(elf(name), 4));
        expectPass(q);
        const h = parallel?.[0] ?? await hartsim(name, 4, false, 'run');
        expectPass(h);
        const hq = withoutInfo(h.stdout);
        const qq = withoutInfo(q.stdout);
        expect(hq === qq, `Hartsim and QEMU differ at ${firstDifference(hq, qq, 'hartsim', 'qemu')}`).to.equal(true);
      });
    });
  }

  describe(`${SBI_PAYLOAD} (S-mode payload under OpenSBI, 4 harts)`, function () {
    before(function () {
      if (!existsSync(OPENSBI)) throw new Error(`missing ${OPENSBI}: apt-get install opensbi`);
    });

    /** From the payload's first line on: what OpenSBI prints before it differs between
     * emulators (ISA string, boot hart). */
    const payload = (out: string): string => withoutInfo(out.slice(Math.max(0, out.indexOf(`TEST ${SBI_PAYLOAD}`))));
    let first: Run | undefined;

    function expectBoot(r: Run): void {
      expect(r.stdout, `${r.what}: OpenSBI's banner\n${describeRun(r)}`).to.match(/^Platform HART Count\s+: 4\r?$/m);
      expect(r.stdout, describeRun(r)).to.contain(`TEST ${SBI_PAYLOAD}`);
      expectPass(r);
    }

    it('OpenSBI reports 4 harts; the payload passes and shuts down with status 0, 3 runs in parallel mode', async function () {
      this.timeout(3 * RUN_TIMEOUT_MS);
      const runs = await inARow(3, (i) => hartsimSbi(4, false, `run ${i + 1}/3`));
      for (const r of runs) expectBoot(r);
      first = runs[0];
    });

    it('the same in --deterministic mode, twice with identical output and instruction counts', async function () {
      this.timeout(2 * RUN_TIMEOUT_MS);
      const [a, b] = await inARow(2, (i) => hartsimSbi(4, true, `run ${i + 1}/2`));
      expectBoot(a);
      expect(b.stdout === a.stdout, `the two runs differ at ${firstDifference(b.stdout, a.stdout, 'run 2', 'run 1')}`).to.equal(true);
      expect(instructions(b)).to.equal(instructions(a));
    });

    it('prints what it prints on QEMU -smp 4 with the same OpenSBI (INFO lines aside)', async function () {
      if (!haveQemu) this.skip();
      const q = await run(`qemu (OpenSBI) ${SBI_PAYLOAD} -smp 4`, QEMU, qemuArgs(elf(SBI_PAYLOAD), 4, OPENSBI));
      expectBoot(q);
      const h = first ?? await hartsimSbi(4, false, 'run');
      expectBoot(h);
      const hp = payload(h.stdout);
      const qp = payload(q.stdout);
      expect(hp === qp, `Hartsim and QEMU differ at ${firstDifference(hp, qp, 'hartsim', 'qemu')}`).to.equal(true);
    });
  });
});
