/**
 * Real firmware from Debian's packages (installed by .ci/run, never committed): OpenSBI's
 * fw_dynamic with U-Boot's S-mode build as the kernel boots to the U-Boot prompt, and
 * `version` typed at the console prints U-Boot's version.
 */
import { expect } from 'chai';
import { existsSync } from 'node:fs';
import { startHartsim } from './helpers.js';

const OPENSBI = '/usr/lib/riscv64-linux-gnu/opensbi/generic/fw_dynamic.bin';
const UBOOT = '/usr/lib/u-boot/qemu-riscv64_smode/u-boot.bin';

describe('OpenSBI + U-Boot', function () {
  this.timeout(180_000);

  before(function () {
    // CI installs both packages; a developer machine without them cannot run this.
    if (!existsSync(OPENSBI) || !existsSync(UBOOT)) {
      throw new Error(`missing ${OPENSBI} or ${UBOOT}: apt-get install opensbi u-boot-qemu`);
    }
  });

  it('boots to the U-Boot prompt and answers `version`', async () => {
    const vm = startHartsim(['run', '--bios', OPENSBI, '--kernel', UBOOT]);
    try {
      const banner = await vm.waitFor('U-Boot 20', 60_000);
      expect(banner).to.contain('OpenSBI v');
      // The same as QEMU 7.2's default CPU: the H extension, Sstc, and the VS interrupts delegated.
      expect(banner).to.match(/Boot HART Base ISA\s+: rv64imafdch\r?\n/);
      expect(banner).to.match(/Boot HART ISA Extensions\s+: time,sstc\r?\n/);
      expect(banner).to.match(/Boot HART MIDELEG\s+: 0x0000000000001666/);
      expect(banner).to.match(/Boot HART MEDELEG\s+: 0x0000000000f0b509/);
      expect(banner).to.contain('Platform Console Device   : uart8250');
      await vm.waitFor('=> ', 120_000);
      const before = vm.output().length;
      vm.type('version\r');
      const out = await vm.waitFor('GNU ld', 30_000);
      expect(out.slice(before)).to.match(/U-Boot 20\d\d\.\d\d/);
      vm.type('\x01x'); // Ctrl-A x quits, as in QEMU
      expect(await vm.exit).to.equal(0);
    } finally {
      vm.kill();
    }
  });
});
