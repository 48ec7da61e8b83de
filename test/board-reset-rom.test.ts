import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RESET_ROM_USED, RomDevice, bootAddresses, buildResetRom, resetStubInstructions } from '../src/board/reset-rom.js';
import { Bus, BUS_OK } from '../src/board/bus.js';
import { MROM } from '../src/board/memory-map.js';

/** QEMU 7.2's MROM with -m 256M and a -kernel image (`xp /22wx 0x1000` in its monitor). */
const QEMU_ROM_WORDS = [
  0x00000297, 0x02828613, 0xf1402573, 0x0202b583, 0x0182b283, 0x00028067,
  0x80000000, 0x00000000, 0x8fe00000, 0x00000000,
  0x4942534f, 0x00000000, 0x00000002, 0x00000000, 0x80200000, 0x00000000,
  0x00000001, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
];

describe('board: reset ROM', () => {
  it('matches QEMU 7.2\'s ROM word for word', () => {
    const rom = buildResetRom(0x8000_0000, 0x8fe0_0000, 0x8020_0000, 1);
    expect(rom.length).to.equal(MROM.size);
    const view = new DataView(rom.buffer);
    const words = QEMU_ROM_WORDS.map((_, i) => view.getUint32(i * 4, true));
    expect(words).to.deep.equal(QEMU_ROM_WORDS);
    expect(RESET_ROM_USED).to.equal(QEMU_ROM_WORDS.length * 4);
    expect(rom.subarray(RESET_ROM_USED).every((b) => b === 0)).to.equal(true);
  });

  it('stores 64-bit addresses above 4 GiB', () => {
    const rom = buildResetRom(0x1_2345_6780, 0x2_0000_0000, 0x3_0000_0004, 1);
    const view = new DataView(rom.buffer);
    expect(view.getBigUint64(0x18, true)).to.equal(0x1_2345_6780n);
    expect(view.getBigUint64(0x20, true)).to.equal(0x2_0000_0000n);
    expect(view.getBigUint64(0x38, true)).to.equal(0x3_0000_0004n);
  });

  it('disassembles to the documented stub', function () {
    const objdump = 'riscv64-unknown-elf-objdump';
    if (spawnSync(objdump, ['--version']).status !== 0) this.skip();
    const dir = mkdtempSync(join(tmpdir(), 'hartsim-rom-'));
    try {
      const bin = join(dir, 'stub.bin');
      const code = new Uint8Array(24);
      resetStubInstructions().forEach((w, i) => new DataView(code.buffer).setUint32(i * 4, w, true));
      writeFileSync(bin, code);
      const r = spawnSync(objdump, ['-b', 'binary', '-m', 'riscv:rv64', '-M', 'no-aliases', '-D', '--adjust-vma=0x1000', bin], { encoding: 'utf8' });
      expect(r.status, r.stderr).to.equal(0);
      const insns = r.stdout
        .split('\n')
        .filter((l) => /^\s+[0-9a-f]+:\t/.test(l))
        .map((l) => l.split('\t').slice(2).join(' ').replace(/\s*#.*$/, '').replace(/\s+/g, ' ').trim());
      expect(insns).to.deep.equal([
        'auipc t0,0x0',
        'addi a2,t0,40',
        'csrrs a0,mhartid,zero',
        'ld a1,32(t0)',
        'ld t0,24(t0)',
        'jalr zero,0(t0)',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('enters firmware at the RAM base, or the kernel entry with --bios none', () => {
    expect(bootAddresses({ biosNone: false, kernelEntry: 0x8020_0000 })).to.deep.equal({ start: 0x8000_0000, nextAddr: 0x8020_0000 });
    expect(bootAddresses({ biosNone: false })).to.deep.equal({ start: 0x8000_0000, nextAddr: 0 });
    expect(bootAddresses({ biosNone: true, kernelEntry: 0x8000_0040 })).to.deep.equal({ start: 0x8000_0040, nextAddr: 0x8000_0040 });
    expect(() => bootAddresses({ biosNone: true })).to.throw();
  });

  it('serves the ROM on the bus and ignores writes', () => {
    const bus = new Bus();
    bus.map(new RomDevice(buildResetRom(0x8000_0000, 0x8fe0_0000, 0x8020_0000, 1)));
    expect(bus.read(MROM.base, 4)).to.equal(BUS_OK);
    expect(bus.lo).to.equal(0x00000297);
    expect(bus.write(MROM.base, 4, 0, 0)).to.equal(BUS_OK);
    expect(bus.read(MROM.base + 0x18, 8)).to.equal(BUS_OK);
    expect([bus.lo, bus.hi]).to.deep.equal([0x80000000, 0]);
    expect(bus.read(MROM.base + 2, 2)).to.equal(BUS_OK);
    expect(bus.lo).to.equal(0);
    expect(bus.read(MROM.base + 4, 1)).to.equal(BUS_OK);
    expect(bus.lo).to.equal(0x13);
  });
});
