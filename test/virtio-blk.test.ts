/**
 * virtio-blk through a real driver: U-Boot (Debian's, under OpenSBI) reads a disk image the
 * test wrote, writes sectors back, and the image file holds them afterwards. Both the modern
 * (version 2) and the legacy (version 1) virtio-mmio transport.
 */
import { expect } from 'chai';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runHartsim, repoRoot, ubootSession } from './helpers.js';

const OPENSBI = '/usr/lib/riscv64-linux-gnu/opensbi/generic/fw_dynamic.bin';
const UBOOT = '/usr/lib/u-boot/qemu-riscv64_smode/u-boot.bin';
const SECTOR = 512;


describe('virtio-blk', function () {
  this.timeout(180_000);
  const dir = mkdtempSync(join(tmpdir(), 'hartsim-blk-'));

  before(function () {
    if (!existsSync(OPENSBI) || !existsSync(UBOOT)) throw new Error('apt-get install opensbi u-boot-qemu');
  });

  for (const legacy of [false, true]) {
    it(`U-Boot reads and writes a raw image (${legacy ? 'legacy' : 'modern'} transport)`, async () => {
      const img = join(dir, `disk-${legacy}.img`);
      const data = new Uint8Array(4 * 1024 * 1024);
      data.set(new TextEncoder().encode('hartsim disk sector zero'), 0);
      writeFileSync(img, data);
      const out = await ubootSession([`--drive`, `file=${img},format=raw`, ...(legacy ? ['--virtio-legacy'] : [])], [
        'virtio scan',
        'virtio info',
        'virtio read 0x84000000 0 1',
        'md.b 0x84000000 0x18',
        'mw.b 0x84100000 0xa5 0x400',
        'virtio write 0x84100000 5 2',
      ]);
      expect(out).to.contain('Capacity: 4.0 MB = 0.0 GB (8192 x 512)');
      expect(out).to.contain('1 blocks read: OK');
      expect(out).to.match(/84000000: 68 61 72 74 73 69 6d 20 64 69 73 6b 20 73 65 63\s+hartsim disk sec/);
      expect(out).to.contain('2 blocks written: OK');
      const after = readFileSync(img);
      expect([...after.subarray(5 * SECTOR, 7 * SECTOR)].every((b) => b === 0xa5)).to.equal(true);
      expect(after[4 * SECTOR + SECTOR - 1]).to.equal(0);
      expect(after[7 * SECTOR]).to.equal(0);
      expect(after.subarray(0, 24).toString()).to.equal('hartsim disk sector zero');
    });
  }

  it('a read-only image refuses writes and stays unchanged', async () => {
    const img = join(dir, 'ro.img');
    writeFileSync(img, new Uint8Array(1024 * 1024));
    const out = await ubootSession([`--drive`, `file=${img},readonly=on`], [
      'virtio scan',
      'mw.b 0x84100000 0xa5 0x200',
      'virtio write 0x84100000 1 1',
    ]);
    expect(out).to.not.contain('1 blocks written: OK');
    expect([...readFileSync(img)].every((b) => b === 0)).to.equal(true);
  });

  it('a virtio-console takes the slot below the disk, as QEMU assigns them', async () => {
    const img = join(dir, 'slots.img');
    writeFileSync(img, new Uint8Array(1024 * 1024));
    const out = await ubootSession(['--drive', `file=${img}`, '--device', `virtio-console,file=${join(dir, 'hvc.txt')}`], [
      'md.l 0x10008000 4',
      'md.l 0x10007000 4',
      'md.l 0x10006000 4',
    ]);
    expect(out).to.match(/10008000: 74726976 00000002 00000002 554d4551/); // block device
    expect(out).to.match(/10007000: 74726976 00000002 00000003 554d4551/); // console
    expect(out).to.match(/10006000: 74726976 00000002 00000000 554d4551/); // empty slot
  });

  it('a missing image is a one-line error', () => {
    const r = runHartsim(['run', '--bios', 'none', '--kernel', join(repoRoot, 'images/tests/rv64i.elf'),
      '--drive', `file=${join(dir, 'missing.img')}`]);
    expect(r.status).to.equal(1);
    expect(r.stderr.trim()).to.match(/^hartsim: .*missing\.img: cannot open disk image: no such file$/);
  });
});
