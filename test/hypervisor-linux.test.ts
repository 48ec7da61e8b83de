/**
 * Linux as a guest VM of the hypervisor. The kernel of images/linux (Debian's linux-source-6.1
 * with our initramfs built in) is handed to images/hypervisor as the machine's initrd; the
 * hypervisor finds the RISC-V Image header there and runs one Linux VM with a vCPU on each of
 * the 4 harts. On Hartsim and on qemu-system-riscv64, started directly (-bios none) and as the
 * payload of Debian's OpenSBI, Linux reaches its init, which sees 4 CPUs, passes its checks
 * and powers off through SBI SRST; the hypervisor then powers the machine off with success.
 *
 * Hartsim runs in --deterministic mode: time follows retired instructions, so the guest sees
 * the same machine however loaded the host is. With one thread per hart on a host that has
 * fewer free cores than harts, a vCPU holding one of Linux's ticket spinlocks is often
 * descheduled by the host while the others spin, and the 250 Hz tick then eats what is left:
 * the boot crawls (measured in the report of this change, not asserted here).
 *
 * The kernel is never committed: the before hook builds it with `make -C images/linux`
 * (cached there). HARTSIM_LINUX_IMAGE=path uses a kernel built elsewhere instead.
 */
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot, runHartsim, runQemuVirt } from './helpers.js';

const OPENSBI = '/usr/lib/riscv64-linux-gnu/opensbi/generic/fw_dynamic.bin';
const HV_ELF = join(repoRoot, 'images/hypervisor.elf');
const HV_BIN = join(repoRoot, 'images/hypervisor/hypervisor.bin');
const LINUX_DIR = join(repoRoot, 'images/linux');
const IMAGE = process.env.HARTSIM_LINUX_IMAGE ?? join(LINUX_DIR, 'build/Image');
/** The Linux VM gets 128 MiB; the machine also holds the hypervisor, the initrd and its DTB. */
const MEMORY = '512M';

/** Lines of the Linux VM's console (vm0), tag stripped. */
function vmLines(out: string): string[] {
  const lines: string[] = [];
  for (const line of out.replace(/\r/g, '').split('\n')) {
    const m = /^\[vm0\] ?(.*)$/.exec(line);
    if (m) lines.push(m[1]);
  }
  return lines;
}

/** What every run must show, wherever it ran. */
function expectLinuxRan(out: string, where: string): void {
  const tail = `${where}:\n${out.slice(-4000)}`;
  expect(out, tail).to.match(/\[hv\] initrd at 0x[0-9a-f]+: a RISC-V Linux Image of \d+ bytes/);
  expect(out, tail).to.match(/\[hv\] vm0 linux +: 4 vCPUs on harts 0,1,2,3, RAM 128 MiB/);
  const vm = vmLines(out);
  expect(vm.some((l) => /Linux version 6\.1\./.test(l)), tail).to.equal(true);
  expect(vm, tail).to.include('hartsim-init: started');
  expect(vm, tail).to.include('hartsim-init: cpus 4');
  expect(vm, tail).to.include('hartsim-init: PASS hs-smp: one pinned child per cpu (exit status 0, expected 0)');
  expect(vm, tail).to.include('hartsim-init: ALL PASS');
  expect(vm.filter((l) => /hartsim-init: FAIL|Kernel panic|Oops|BUG:/.test(l)), tail).to.deep.equal([]);
  expect(out, tail).to.match(/\[hv\] {3}vm0 linux +shut down: as expected/);
  expect(out, tail).to.contain('[hv] powering off (every VM ended as expected)');
}

describe('Linux under the hypervisor', function () {
  this.timeout(900_000);  // a boot takes about 15 s on an idle core

  before(function () {
    this.timeout(3_600_000);
    if (process.env.HARTSIM_LINUX_IMAGE) return;
    const r = spawnSync('make', ['-C', LINUX_DIR], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 28 });
    if (r.status !== 0) throw new Error(`make -C images/linux failed (${r.status}):\n${(r.stdout + r.stderr).slice(-3000)}`);
  });

  for (const [name, hartsimArgs, qemuArgs, kernel] of [
    ['started directly (boot.S)', ['--bios', 'none'], ['-bios', 'none'], HV_ELF],
    ['as the payload of OpenSBI', ['--bios', OPENSBI], ['-bios', OPENSBI], HV_BIN],
  ] as const) {
    it(`boots to init on 4 vCPUs and powers off, ${name}, on Hartsim and on QEMU`, () => {
      const r = runHartsim(['run', ...hartsimArgs, '--kernel', kernel, '--initrd', IMAGE, '--harts', '4', '-m', MEMORY,
        '--deterministic'], 600_000);
      expect(r.error, 'hartsim did not finish').to.equal(undefined);
      expect(r.status, r.stderr + r.stdout.slice(-4000)).to.equal(0);
      expectLinuxRan(r.stdout, 'Hartsim');
      const q = runQemuVirt(['-smp', '4', '-m', MEMORY, ...qemuArgs, '-kernel', kernel, '-initrd', IMAGE], 300_000);
      expectLinuxRan(q, 'QEMU');
    });
  }
});
