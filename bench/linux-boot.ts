/**
 * Linux boot time to init: wall-clock from starting the emulator to the first line of our
 * init ("hartsim-init: started"), and to the emulator's exit after power-off, for
 * images/linux's kernel under Debian's OpenSBI with 4 harts, on Hartsim and on
 * qemu-system-riscv64 -smp 4 in the same session. Each run gets a fresh copy of the test's
 * disk layout. Build the kernel first: make -C images/linux.
 *
 *   node dist/bench/linux-boot.js [runs]     (also part of npm run bench)
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { repoRoot } from './paths.js';

const OPENSBI = '/usr/lib/riscv64-linux-gnu/opensbi/generic/fw_dynamic.bin';
const IMAGE = join(repoRoot, 'images/linux/build/Image');
const CMDLINE = 'console=ttyS0 earlycon hsinit_cpus=4';
const INIT_LINE = 'hartsim-init: started';

export interface BootTime { emulator: 'hartsim' | 'qemu'; toInitS: number; toExitS: number }

/** A 1 MiB disk with the marker init looks for (images/linux/hsinit.h). */
function writeDisk(path: string): void {
  const d = Buffer.alloc(1 << 20);
  d.write('HARTSIM-LINUX-DISK v1\n', 0, 'latin1');
  for (let o = 512; o < 65536; o++) d[o] = (o * 7 + (o >>> 9)) & 0xff;
  writeFileSync(path, d);
}

function command(emulator: 'hartsim' | 'qemu', disk: string): [string, string[]] {
  if (emulator === 'hartsim') {
    return [process.execPath, [join(repoRoot, 'bin/hartsim.js'), 'run', '--harts', '4', '-m', '256M',
      '--bios', OPENSBI, '--kernel', IMAGE, '--append', CMDLINE, '--drive', `file=${disk}`]];
  }
  return ['qemu-system-riscv64', ['-M', 'virt', '-nographic', '-smp', '4', '-m', '256M', '-bios', OPENSBI,
    '-kernel', IMAGE, '-append', CMDLINE, '-drive', `file=${disk},format=raw,if=none,id=d0`,
    '-device', 'virtio-blk-device,drive=d0']];
}

function bootOnce(emulator: 'hartsim' | 'qemu', disk: string): Promise<BootTime> {
  writeDisk(disk);
  const [cmd, args] = command(emulator, disk);
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    let toInit = NaN;
    let out = '';
    const p = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const timer = setTimeout(() => p.kill('SIGKILL'), 600_000);
    p.stdout.on('data', (d: Buffer) => {
      if (toInit === toInit) return;
      out += d.toString('latin1');
      if (out.includes(INIT_LINE)) toInit = (performance.now() - t0) / 1000;
    });
    p.on('error', reject);
    p.on('exit', (code) => {
      clearTimeout(timer);
      const toExit = (performance.now() - t0) / 1000;
      if (code !== 0 || toInit !== toInit) reject(new Error(`${emulator}: Linux did not reach init and power off (status ${code})`));
      else resolve({ emulator, toInitS: toInit, toExitS: toExit });
    });
  });
}

/** `runs` boots on each emulator, alternating so both see the same host load. */
export async function linuxBootTimes(runs = 3): Promise<BootTime[]> {
  if (!existsSync(IMAGE)) throw new Error(`missing ${IMAGE} (make -C images/linux)`);
  const dir = mkdtempSync(join(tmpdir(), 'hartsim-bench-linux-'));
  const times: BootTime[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      for (const e of ['qemu', 'hartsim'] as const) times.push(await bootOnce(e, join(dir, `${e}.img`)));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return times;
}

function median(v: number[]): number {
  const s = [...v].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

export function formatBootTimes(times: BootTime[]): string {
  const lines = ['Linux boot, 4 harts, OpenSBI + images/linux (seconds, wall clock)',
    '  emulator   to init: median (all runs)            to power-off: median'];
  for (const e of ['hartsim', 'qemu'] as const) {
    const rows = times.filter((t) => t.emulator === e);
    const all = rows.map((t) => t.toInitS.toFixed(2)).join(' ');
    lines.push(`  ${e.padEnd(10)} ${median(rows.map((t) => t.toInitS)).toFixed(2).padStart(6)} (${all})`.padEnd(52) +
      median(rows.map((t) => t.toExitS)).toFixed(2).padStart(7));
  }
  return lines.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const runs = Number(process.argv[2] ?? 3);
  console.log(formatBootTimes(await linuxBootTimes(runs)));
}
