/**
 * The Linux guest (images/linux): Debian's OpenSBI + our kernel with its built-in initramfs,
 * booted directly on 4 harts, on Hartsim and on qemu-system-riscv64. Our init reports the CPU
 * count, checks the host's pattern on the virtio disk, writes its own, runs a few programs and
 * powers off; afterwards the disk image must hold what it wrote. The kernel is built (and
 * cached) by `make -C images/linux` in the before hook: minutes the first time.
 */
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hasCommand, repoRoot, runHartsim, runQemuVirt } from './helpers.js';

const OPENSBI = '/usr/lib/riscv64-linux-gnu/opensbi/generic/fw_dynamic.bin';
const LINUX_DIR = join(repoRoot, 'images/linux');
const IMAGE = join(LINUX_DIR, 'build/Image');
const CMDLINE = 'console=ttyS0 earlycon hsinit_cpus=4';

// The disk layout agreed with images/linux/hsinit.h.
const DISK_SIZE = 1 << 20;
const DISK_MARKER = 'HARTSIM-LINUX-DISK v1\n';
const HOST_START = 512, HOST_END = 65536;
const GUEST_START = 65536, GUEST_END = 131072;
const hostByte = (o: number) => (o * 7 + (o >>> 9)) & 0xff;
const guestByte = (o: number) => (o * 13 + (o >>> 10) + 0x5a) & 0xff;

function freshDisk(path: string): void {
  const d = Buffer.alloc(DISK_SIZE);
  d.write(DISK_MARKER, 0, 'latin1');
  for (let o = HOST_START; o < HOST_END; o++) d[o] = hostByte(o);
  writeFileSync(path, d);
}

/** The first offset where the image departs from what it must hold after init ran, or -1. */
function diskMismatch(path: string): number {
  const d = readFileSync(path);
  if (d.length !== DISK_SIZE) return d.length;
  for (let o = 0; o < DISK_SIZE; o++) {
    const want = o < DISK_MARKER.length ? DISK_MARKER.charCodeAt(o)
      : o < HOST_START ? 0
        : o < HOST_END ? hostByte(o)
          : o < GUEST_END ? guestByte(o) : 0;
    if (d[o] !== want) return o;
  }
  return -1;
}

/** What a missing build prerequisite is called, or null; CI installs them all (.ci/run). */
function missingPrerequisite(): string | null {
  if (!existsSync('/usr/src/linux-source-6.1.tar.xz')) return 'linux-source-6.1';
  if (!hasCommand('riscv64-linux-gnu-gcc')) return 'gcc-riscv64-linux-gnu';
  if (!existsSync('/usr/riscv64-linux-gnu/lib/libc.a')) return 'libc6-dev-riscv64-cross';
  for (const tool of ['flex', 'bison', 'bc', 'cpio']) if (!hasCommand(tool)) return tool;
  return null;
}

/** init's own lines: the part of the output that must be the same on every machine. */
function initLines(out: string): string[] {
  return out.replace(/\r/g, '').split('\n').filter((l) => /^(hartsim-init|hs-[a-z]+): /.test(l));
}

function checkBoot(raw: string): void {
  const out = raw.replace(/\r/g, ''); // the console's newlines are CR LF
  expect(out).to.contain('hartsim-init: started');
  expect(out).to.contain('hartsim-init: cpus 4\n');
  expect(out).to.contain('hartsim-init: PASS disk read-back of what was written');
  expect(out).to.not.match(/^hartsim-init: FAIL/m);
  expect(out).to.contain('hartsim-init: ALL PASS');
  expect(out).to.contain('reboot: Power down');
}

describe('Linux guest booted directly on 4 harts', function () {
  this.timeout(600_000);
  let dir = '';
  let qemuInit: string[] = [];

  before(function () {
    this.timeout(3_600_000);
    const missing = missingPrerequisite();
    if (missing) throw new Error(`the Linux guest cannot be built: ${missing} is missing (apt-get install ${missing})`);
    const make = spawnSync('make', ['-C', LINUX_DIR], { stdio: ['ignore', 'inherit', 'inherit'], timeout: 3_500_000 });
    if (make.status !== 0) throw new Error(`make -C images/linux failed (status ${make.status})`);
    dir = mkdtempSync(join(tmpdir(), 'hartsim-linux-'));
  });

  after(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });

  it('on QEMU: boots to init, reports 4 CPUs, writes the disk, powers off with status 0', () => {
    const disk = join(dir, 'qemu.img');
    freshDisk(disk);
    const out = runQemuVirt(['-smp', '4', '-m', '256M', '-bios', OPENSBI, '-kernel', IMAGE, '-append', CMDLINE,
      '-drive', `file=${disk},format=raw,if=none,id=d0`, '-device', 'virtio-blk-device,drive=d0'], 300_000);
    checkBoot(out);
    expect(diskMismatch(disk), 'first wrong byte of the disk image').to.equal(-1);
    qemuInit = initLines(out);
  });

  it('on Hartsim: the same init output, the same disk content, exit status 0', () => {
    const disk = join(dir, 'hartsim.img');
    freshDisk(disk);
    const r = runHartsim(['run', '--harts', '4', '-m', '256M', '--kernel', IMAGE, '--append', CMDLINE,
      '--drive', `file=${disk}`], 540_000);
    expect(r.error, 'hartsim did not finish').to.equal(undefined);
    checkBoot(r.stdout);
    expect(r.status, r.stderr).to.equal(0);
    expect(diskMismatch(disk), 'first wrong byte of the disk image').to.equal(-1);
    expect(qemuInit, 'QEMU run first').to.not.deep.equal([]);
    expect(initLines(r.stdout)).to.deep.equal(qemuInit);
  });
});
