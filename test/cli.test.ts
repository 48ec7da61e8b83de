/** Bad input gets one clear line on stderr and a non-zero exit, never a stack trace. */
import { expect } from 'chai';
import { mkdtempSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { runHartsim, repoRoot, hasCommand } from './helpers.js';

const hello = join(repoRoot, 'images/tests/rv64i.elf');

function expectOneLineError(args: string[], pattern: RegExp): void {
  const r = runHartsim(args, 20_000);
  expect(r.status, r.stderr).to.not.equal(0);
  expect(r.status).to.not.equal(null);
  const lines = r.stderr.trim().split('\n');
  expect(lines, r.stderr).to.have.length(1);
  expect(lines[0]).to.match(/^hartsim: /);
  expect(lines[0]).to.match(pattern);
  expect(r.stderr).to.not.match(/\n\s+at /); // no stack trace
}

describe('hartsim CLI', function () {
  const dir = mkdtempSync(join(tmpdir(), 'hartsim-cli-'));

  it('rejects a missing kernel file', () => {
    expectOneLineError(['run', '--bios', 'none', '--kernel', join(dir, 'nope.elf')], /nope\.elf: cannot read file: no such file/);
  });

  it('rejects an unknown option', () => {
    expectOneLineError(['run', '--frobnicate'], /unknown option '--frobnicate'/);
  });

  it('rejects a truncated ELF', () => {
    const elf = readFileSync(hello);
    const cut = join(dir, 'cut.elf');
    writeFileSync(cut, elf.subarray(0, 100));
    expectOneLineError(['run', '--bios', 'none', '--kernel', cut], /truncated ELF/);
  });

  it('rejects a file that is neither ELF nor loadable raw image (empty)', () => {
    const empty = join(dir, 'empty.bin');
    writeFileSync(empty, new Uint8Array(0));
    expectOneLineError(['run', '--bios', 'none', '--kernel', empty], /empty file/);
  });

  it('rejects an ELF for another machine', () => {
    const elf = Buffer.from(readFileSync(hello));
    elf.writeUInt16LE(62, 18); // EM_X86_64
    const bad = join(dir, 'x86.elf');
    writeFileSync(bad, elf);
    expectOneLineError(['run', '--bios', 'none', '--kernel', bad], /not RISC-V/);
  });

  it('rejects memory that is too small, and bad sizes', () => {
    expectOneLineError(['run', '--bios', 'none', '--kernel', hello, '--memory', '1M'], /too small/);
    expectOneLineError(['run', '--bios', 'none', '--kernel', hello, '--memory', 'lots'], /not a size/);
  });

  it('rejects a bad hart count', () => {
    expectOneLineError(['run', '--bios', 'none', '--kernel', hello, '--harts', '9'], /harts must be 1 to 8/);
  });

  it('rejects images that overlap', () => {
    // Firmware fills 0x80000000.. and the ELF kernel wants to load at 0x80000000 too.
    const raw = join(dir, 'big.bin');
    writeFileSync(raw, new Uint8Array(4 * 1024 * 1024));
    expectOneLineError(['run', '--bios', raw, '--kernel', hello], /overlap/);
  });

  it('runs a test image and exits with the finisher status', () => {
    const r = runHartsim(['run', '--bios', 'none', '--kernel', hello]);
    expect(r.status, r.stderr).to.equal(0);
    expect(r.stdout).to.contain('TEST rv64i');
  });

  it('writes a device tree that dtc decompiles, with the harts, memory and console', function () {
    if (!hasCommand('dtc')) this.skip();
    const out = join(dir, 'virt.dtb');
    const r = runHartsim(['run', '--bios', 'none', '--kernel', hello, '--harts', '4', '--memory', '512M', '--dumpdtb', out, '--append', 'console=ttyS0']);
    expect(r.status, r.stderr).to.equal(0);
    expect(existsSync(out)).to.equal(true);
    const dts = spawnSync('dtc', ['-I', 'dtb', '-O', 'dts', out], { encoding: 'utf8' });
    expect(dts.status, dts.stderr).to.equal(0);
    expect(dts.stdout).to.contain('cpu@3');
    expect(dts.stdout).to.not.contain('cpu@4');
    expect(dts.stdout).to.match(/memory@80000000[\s\S]*reg = <0x00 0x80000000 0x00 0x20000000>/);
    expect(dts.stdout).to.contain('bootargs = "console=ttyS0"');
    expect(dts.stdout).to.contain('stdout-path = "/soc/serial@10000000"');
  });
});
