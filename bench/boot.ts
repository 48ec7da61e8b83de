/**
 * Whole boots, timed on Hartsim's interpreter, its translator and qemu-system-riscv64 in the
 * same session (wall-clock seconds, best of two):
 *  - OpenSBI + U-Boot up to U-Boot's autoboot prompt (before its 2 s countdown);
 *  - the hypervisor started directly, 4 harts, its three VMs, until it powers off;
 *  - Linux (images/linux's Image with its initramfs, built by `make -C images/linux`, or the
 *    Image given by HARTSIM_LINUX=PATH; skipped without one), 4 harts, until its init's first
 *    line: under the default OpenSBI, and as the VM of the hypervisor (-bios none, --initrd).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './paths.js';

const OPENSBI = '/usr/lib/riscv64-linux-gnu/opensbi/generic/fw_dynamic.bin';
const UBOOT = '/usr/lib/u-boot/qemu-riscv64_smode/u-boot.bin';
const QEMU = 'qemu-system-riscv64';
const LINUX_CMDLINE = 'console=ttyS0 earlycon';
/** The first line of images/linux's init. */
const LINUX_INIT = 'hartsim-init: started';

export interface BootRow {
  name: string;
  interp: number | null;
  jit: number | null;
  qemu: number | null;
}

interface BootCase {
  name: string;
  /** Hartsim `run` arguments and QEMU arguments (after -M virt -nographic). */
  hartsim: string[];
  qemu: string[];
  /** Output that ends the timing, or null: the run's own end. */
  marker: string | null;
  available: () => boolean;
}

/** Seconds from start until `marker` appears on stdout (or the process ends); null on failure. */
function timeOnce(cmd: string, args: string[], marker: string | null, timeoutMs = 300_000): Promise<number | null> {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const p = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'ignore'] });
    let out = '';
    let done = false;
    const finish = (v: number | null) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      p.kill('SIGKILL');
      resolve(v);
    };
    const timer = setTimeout(() => finish(null), timeoutMs);
    p.stdout.on('data', (d: Buffer) => {
      if (marker === null) return;
      out += d.toString('latin1');
      if (out.includes(marker)) finish((performance.now() - t0) / 1000);
    });
    p.on('exit', (code) => finish(marker === null && code === 0 ? (performance.now() - t0) / 1000 : null));
  });
}

async function best(cmd: string, args: string[], marker: string | null): Promise<number | null> {
  const a = await timeOnce(cmd, args, marker), b = await timeOnce(cmd, args, marker);
  if (a === null || b === null) return a ?? b;
  return Math.min(a, b);
}

function cases(): BootCase[] {
  const hv = join(repoRoot, 'images/hypervisor.elf');
  const linux = process.env.HARTSIM_LINUX ?? join(repoRoot, 'images/linux/build/Image');
  const haveLinux = () => existsSync(linux) && existsSync(OPENSBI);
  return [
    {
      name: 'OpenSBI + U-Boot',
      hartsim: ['--bios', OPENSBI, '--kernel', UBOOT],
      qemu: ['-m', '256M', '-bios', OPENSBI, '-kernel', UBOOT],
      marker: 'Hit any key',
      available: () => existsSync(OPENSBI) && existsSync(UBOOT),
    },
    {
      name: 'hypervisor, 3 VMs',
      hartsim: ['--bios', 'none', '--kernel', hv, '--harts', '4'],
      qemu: ['-smp', '4', '-m', '256M', '-bios', 'none', '-kernel', hv],
      marker: null,
      available: () => existsSync(hv),
    },
    {
      name: 'Linux to init',
      hartsim: ['--harts', '4', '--kernel', linux, '--append', LINUX_CMDLINE, '-m', '256M'],
      qemu: ['-smp', '4', '-m', '256M', '-bios', OPENSBI, '-kernel', linux, '-append', LINUX_CMDLINE],
      marker: LINUX_INIT,
      available: haveLinux,
    },
    {
      name: 'Linux VM to init',
      hartsim: ['--harts', '4', '--bios', 'none', '--kernel', hv, '--initrd', linux, '-m', '512M'],
      qemu: ['-smp', '4', '-m', '512M', '-bios', 'none', '-kernel', hv, '-initrd', linux],
      marker: LINUX_INIT,
      available: haveLinux,
    },
  ];
}

export async function bootTable(): Promise<BootRow[]> {
  const rows: BootRow[] = [];
  const bin = join(repoRoot, 'bin/hartsim.js');
  for (const c of cases()) {
    if (!c.available()) { rows.push({ name: c.name, interp: null, jit: null, qemu: null }); continue; }
    const hs = (engine: string) => best(process.execPath, [bin, 'run', '--engine', engine, ...c.hartsim], c.marker);
    rows.push({
      name: c.name,
      interp: await hs('interp'),
      jit: await hs('jit'),
      qemu: await best(QEMU, ['-M', 'virt', '-nographic', ...c.qemu], c.marker),
    });
  }
  return rows;
}

export function formatBoot(rows: BootRow[]): string {
  const s = (v: number | null) => (v === null ? 'n/a' : v.toFixed(2));
  const lines = ['boot                 interp s   jit s  qemu s  interp/jit'];
  for (const r of rows) {
    const speedup = r.interp !== null && r.jit !== null ? (r.interp / r.jit).toFixed(2) : 'n/a';
    lines.push(`${r.name.padEnd(19)} ${s(r.interp).padStart(9)} ${s(r.jit).padStart(7)} ${s(r.qemu).padStart(7)} ${speedup.padStart(11)}`);
  }
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(formatBoot(await bootTable()));
