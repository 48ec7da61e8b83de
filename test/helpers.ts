/** Shared helpers for tests that run the `hartsim` command as a user would. */
import { expect } from 'chai';
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Tests compile to dist/test/, two levels below the repository root. */
export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const hartsimBin = join(repoRoot, 'bin', 'hartsim.js');

export function runHartsim(args: string[], timeoutMs = 60_000): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [hartsimBin, ...args], {
    encoding: 'utf8', timeout: timeoutMs, stdio: ['ignore', 'pipe', 'pipe'],
  });
}

export function hasCommand(cmd: string, arg = '--version'): boolean {
  return spawnSync(cmd, [arg], { stdio: 'ignore' }).status === 0;
}

export interface Interactive {
  /** Resolves once the output contains `text` (after `from`), rejects after timeoutMs. */
  waitFor(text: string, timeoutMs: number): Promise<string>;
  type(text: string): void;
  output(): string;
  exit: Promise<number | null>;
  kill(): void;
}

/** Starts hartsim with piped stdin, for console interaction. */
export function startHartsim(args: string[]): Interactive {
  const p = spawn(process.execPath, [hartsimBin, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  const waiters: { text: string; from: number; resolve: (s: string) => void }[] = [];
  p.stdout.on('data', (d: Buffer) => {
    out += d.toString('latin1');
    for (let i = waiters.length - 1; i >= 0; i--) {
      if (out.indexOf(waiters[i].text, waiters[i].from) >= 0) { waiters[i].resolve(out); waiters.splice(i, 1); }
    }
  });
  p.stderr.on('data', (d: Buffer) => { err += d.toString(); });
  const exit = new Promise<number | null>((resolve) => p.on('exit', (code) => resolve(code)));
  return {
    waitFor(text, timeoutMs) {
      const from = 0;
      if (out.indexOf(text, from) >= 0) return Promise.resolve(out);
      return new Promise((resolve, reject) => {
        const t = setTimeout(() => reject(new Error(`timed out waiting for ${JSON.stringify(text)}; output so far:\n${out.slice(-2000)}\nstderr:\n${err}`)), timeoutMs);
        waiters.push({ text, from, resolve: (s) => { clearTimeout(t); resolve(s); } });
      });
    },
    type(text) { p.stdin.write(text); },
    output() { return out; },
    exit,
    kill() { p.kill('SIGKILL'); },
  };
}

/**
 * Runs `qemu-system-riscv64 -M virt -nographic ARGS` to completion and returns its console
 * output. QEMU is the reference: CI installs it, so its absence is an error, not a skip.
 */
export function runQemuVirt(args: string[], timeoutMs = 180_000): string {
  if (!hasCommand('qemu-system-riscv64')) throw new Error('qemu-system-riscv64 missing (apt-get install qemu-system-misc)');
  const r = spawnSync('qemu-system-riscv64', ['-M', 'virt', '-nographic', ...args],
    { encoding: 'latin1', timeout: timeoutMs, stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.status !== 0) throw new Error(`qemu-system-riscv64 ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return r.stdout;
}

/** xorshift32: a seeded generator giving the same sequence on every run, so a failure reproduces. */
export function xorshift32(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13; s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5; s >>>= 0;
    return s;
  };
}

/** Debian's OpenSBI (fw_dynamic) and its U-Boot S-mode payload (packages opensbi, u-boot-qemu). */
export const DEBIAN_OPENSBI = '/usr/lib/riscv64-linux-gnu/opensbi/generic/fw_dynamic.bin';
export const DEBIAN_UBOOT = '/usr/lib/u-boot/qemu-riscv64_smode/u-boot.bin';

/** Types U-Boot commands one prompt at a time; resolves with the whole console output. */
export async function ubootSession(args: string[], commands: string[]): Promise<string> {
  const vm = startHartsim(['run', '--bios', DEBIAN_OPENSBI, '--kernel', DEBIAN_UBOOT, ...args]);
  try {
    let seen = 0;
    for (const cmd of commands) {
      await waitPrompt(vm, seen);
      seen = vm.output().length;
      vm.type(cmd + '\r');
    }
    await waitPrompt(vm, seen);
    vm.type('\x01x');
    expect(await vm.exit).to.equal(0);
    return vm.output();
  } finally {
    vm.kill();
  }
}

export async function waitPrompt(vm: ReturnType<typeof startHartsim>, after: number): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (vm.output().lastIndexOf('=> ') >= after && vm.output().endsWith('=> ')) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no U-Boot prompt; output:\n${vm.output().slice(-2000)}`);
}
