import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ImageLoader, LoadError, initrdAddress, kernelStartAddress } from '../src/board/loader.js';
import { DRAM_BASE, MROM } from '../src/board/memory-map.js';

const MIB = 1024 * 1024;

interface Segment {
  paddr: number;
  bytes: Uint8Array;
  memsz?: number;
  type?: number;
}

/** A minimal ELF64 image: header, program headers, then the segments' bytes. */
function makeElf(o: { entry: number; segments: Segment[]; cls?: number; data?: number; machine?: number; type?: number }): Uint8Array {
  const phoff = 64;
  let dataOff = phoff + 56 * o.segments.length;
  const total = dataOff + o.segments.reduce((n, s) => n + s.bytes.length, 0);
  const out = new Uint8Array(total);
  const v = new DataView(out.buffer);
  out.set([0x7f, 0x45, 0x4c, 0x46, o.cls ?? 2, o.data ?? 1, 1]);
  v.setUint16(16, o.type ?? 2, true);
  v.setUint16(18, o.machine ?? 243, true);
  v.setUint32(20, 1, true);
  v.setBigUint64(24, BigInt(o.entry), true);
  v.setBigUint64(32, BigInt(phoff), true);
  v.setUint16(52, 64, true);
  v.setUint16(54, 56, true);
  v.setUint16(56, o.segments.length, true);
  o.segments.forEach((s, i) => {
    const ph = phoff + 56 * i;
    v.setUint32(ph, s.type ?? 1, true);
    v.setUint32(ph + 4, 7, true);
    v.setBigUint64(ph + 8, BigInt(dataOff), true);
    v.setBigUint64(ph + 16, BigInt(s.paddr), true);
    v.setBigUint64(ph + 24, BigInt(s.paddr), true);
    v.setBigUint64(ph + 32, BigInt(s.bytes.length), true);
    v.setBigUint64(ph + 40, BigInt(s.memsz ?? s.bytes.length), true);
    out.set(s.bytes, dataOff);
    dataOff += s.bytes.length;
  });
  return out;
}

const fill = (n: number, b: number) => new Uint8Array(n).fill(b);

describe('board: image loader', () => {
  let dir: string;
  const file = (name: string, data: Uint8Array | string): string => {
    const p = join(dir, name);
    writeFileSync(p, data);
    return p;
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'hartsim-loader-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('loads ELF segments at p_paddr and zero-fills up to p_memsz', () => {
    const ram = fill(4 * MIB, 0xee);
    const loader = new ImageLoader(ram);
    const elf = makeElf({
      entry: 0x8000_0040,
      segments: [
        { paddr: 0x8000_0000, bytes: fill(0x100, 0x11) },
        { paddr: 0x8010_0000, bytes: fill(0x10, 0x22), memsz: 0x40 },
        { paddr: 0x9999_0000, bytes: fill(4, 0x33), type: 4 }, // PT_NOTE: ignored
      ],
    });
    const img = loader.loadFile(file('k.elf', elf));
    expect(img).to.deep.include({ kind: 'elf', entry: 0x8000_0040, start: 0x8000_0000, end: 0x8010_0040 });
    expect(ram[0]).to.equal(0x11);
    expect(ram[0xff]).to.equal(0x11);
    expect(ram[0x100]).to.equal(0xee); // untouched between segments
    expect(ram[0x10_0000]).to.equal(0x22);
    expect(ram[0x10_0010]).to.equal(0); // bss
    expect(ram[0x10_003f]).to.equal(0);
    expect(ram[0x10_0040]).to.equal(0xee);
  });

  it('loads raw images at the given address', () => {
    const ram = new Uint8Array(4 * MIB);
    const loader = new ImageLoader(ram);
    const img = loader.loadFile(file('Image', Uint8Array.of(1, 2, 3, 4)), { address: 0x8020_0000 });
    expect(img).to.deep.include({ kind: 'raw', entry: 0x8020_0000, start: 0x8020_0000, end: 0x8020_0004 });
    expect(Array.from(ram.subarray(0x20_0000, 0x20_0004))).to.deep.equal([1, 2, 3, 4]);
  });

  it('loads into the MROM buffer when given one', () => {
    const mrom = new Uint8Array(MROM.size);
    const loader = new ImageLoader(new Uint8Array(MIB), mrom);
    loader.loadBytes('rom', Uint8Array.of(9, 8), { address: MROM.base + 0x10 });
    expect(mrom[0x10]).to.equal(9);
    expect(() => loader.loadBytes('big', fill(MROM.size, 1), { address: MROM.base + 0x10 })).to.throw(LoadError, /past the end of MROM/);
  });

  it('names the file and the problem for unreadable files', () => {
    const loader = new ImageLoader(new Uint8Array(MIB));
    expect(() => loader.loadFile(join(dir, 'nope.elf'))).to.throw(LoadError, /nope\.elf: cannot read file: no such file/);
    mkdirSync(join(dir, 'sub'));
    expect(() => loader.loadFile(join(dir, 'sub'))).to.throw(LoadError, /sub: cannot read file: is a directory/);
    expect(() => loader.loadFile(file('empty.bin', ''), { address: DRAM_BASE })).to.throw(LoadError, /empty\.bin: empty file/);
    expect(() => loader.loadFile(file('garbage.bin', 'hello world'))).to.throw(LoadError, /garbage\.bin: not an ELF file/);
  });

  it('rejects truncated ELF files', () => {
    const loader = new ImageLoader(new Uint8Array(MIB));
    const elf = makeElf({ entry: DRAM_BASE, segments: [{ paddr: DRAM_BASE, bytes: fill(0x100, 1) }] });
    expect(() => loader.loadFile(file('a.elf', elf.subarray(0, 40)))).to.throw(LoadError, /a\.elf: truncated ELF header/);
    expect(() => loader.loadFile(file('b.elf', elf.subarray(0, 80)))).to.throw(LoadError, /b\.elf: truncated ELF \(program headers/);
    expect(() => loader.loadFile(file('c.elf', elf.subarray(0, elf.length - 1)))).to.throw(LoadError, /c\.elf: truncated ELF \(segment 0/);
  });

  it('rejects ELF files of the wrong class, byte order, machine or type', () => {
    const loader = new ImageLoader(new Uint8Array(MIB));
    const seg = [{ paddr: DRAM_BASE, bytes: fill(8, 1) }];
    expect(() => loader.loadFile(file('32.elf', makeElf({ entry: 0, segments: seg, cls: 1 })))).to.throw(LoadError, /32\.elf: a 32-bit ELF/);
    expect(() => loader.loadFile(file('be.elf', makeElf({ entry: 0, segments: seg, data: 2 })))).to.throw(LoadError, /be\.elf: a big-endian ELF/);
    expect(() => loader.loadFile(file('x86.elf', makeElf({ entry: 0, segments: seg, machine: 62 })))).to.throw(LoadError, /x86\.elf: ELF for machine 62, not RISC-V/);
    expect(() => loader.loadFile(file('rel.o', makeElf({ entry: 0, segments: seg, type: 1 })))).to.throw(LoadError, /rel\.o: ELF type 1 is not an executable/);
    expect(() => loader.loadFile(file('none.elf', makeElf({ entry: 0, segments: [{ ...seg[0], type: 4 }] })))).to.throw(LoadError, /no loadable segments/);
  });

  it('rejects segments outside RAM and images larger than RAM', () => {
    const ram = new Uint8Array(MIB);
    const loader = new ImageLoader(ram);
    const low = makeElf({ entry: 0, segments: [{ paddr: 0x1000_0000, bytes: fill(8, 1) }] });
    expect(() => loader.loadFile(file('low.elf', low))).to.throw(LoadError, /low\.elf: 0x10000000-0x10000007 is outside RAM \(0x80000000-0x800fffff\)/);
    const straddle = makeElf({ entry: DRAM_BASE, segments: [{ paddr: DRAM_BASE - 0x10, bytes: fill(0x20, 1) }] });
    expect(() => loader.loadFile(file('straddle.elf', straddle))).to.throw(LoadError, /straddle\.elf: 0x7ffffff0-0x8000000f is outside RAM/);
    const big = makeElf({ entry: DRAM_BASE, segments: [{ paddr: DRAM_BASE + 0x8_0000, bytes: fill(8, 1), memsz: MIB }] });
    expect(() => loader.loadFile(file('big.elf', big))).to.throw(LoadError, /big\.elf: memory too small/);
    expect(() => loader.loadBytes('fw.bin', fill(MIB + 1, 1), { address: DRAM_BASE })).to.throw(LoadError, /fw\.bin: memory too small/);
    expect(ram.every((b) => b === 0)).to.equal(true); // nothing written by failed loads
  });

  it('rejects an image overlapping one loaded before, without writing it', () => {
    const ram = new Uint8Array(4 * MIB);
    const loader = new ImageLoader(ram);
    loader.loadFile(file('fw.bin', fill(0x1000, 0xaa)), { address: DRAM_BASE });
    const elf = makeElf({
      entry: DRAM_BASE,
      segments: [
        { paddr: DRAM_BASE + 0x10_0000, bytes: fill(0x10, 0xbb) },
        { paddr: DRAM_BASE + 0xf00, bytes: fill(0x200, 0xcc) },
      ],
    });
    expect(() => loader.loadFile(file('kernel.elf', elf))).to.throw(LoadError, /kernel\.elf: 0x80000f00-0x800010ff overlaps .*fw\.bin \(0x80000000-0x80000fff\)/);
    expect(ram[0x10_0000]).to.equal(0); // first segment not written either
    expect(ram[0xf00]).to.equal(0xaa);
    expect(loader.loaded.map((r) => r.name)).to.deep.equal([join(dir, 'fw.bin')]);
    // Adjacent is fine.
    expect(() => loader.loadBytes('next', fill(4, 1), { address: DRAM_BASE + 0x1000 })).not.to.throw();
  });

  it('computes QEMU\'s kernel and initrd addresses', () => {
    expect(kernelStartAddress()).to.equal(0x8020_0000);
    expect(kernelStartAddress(0x8004_1234)).to.equal(0x8020_0000);
    expect(kernelStartAddress(0x8020_0001)).to.equal(0x8040_0000);
    expect(initrdAddress(0x8020_0000, 256 * MIB)).to.equal(0x8820_0000);
    expect(initrdAddress(0x8020_0000, 128 * MIB)).to.equal(0x8420_0000);
    expect(initrdAddress(0x8020_0000, 1024 * MIB)).to.equal(0x8820_0000);
  });

  it('loads a real toolchain ELF like objcopy -O binary', function () {
    const gcc = 'riscv64-unknown-elf-gcc';
    if (spawnSync(gcc, ['--version']).status !== 0) this.skip();
    const src = file('t.S', '.text\n.globl _start\n_start: la a0, msg\n j _start\n.data\nmsg: .asciz "hello"\n.bss\n.space 64\n');
    const elf = join(dir, 't.elf');
    const cc = spawnSync(gcc, ['-nostdlib', '-march=rv64gc', '-mabi=lp64d', '-Ttext=0x80000000', src, '-o', elf], { encoding: 'utf8' });
    expect(cc.status, cc.stderr).to.equal(0);
    const bin = join(dir, 't.bin');
    expect(spawnSync('riscv64-unknown-elf-objcopy', ['-O', 'binary', elf, bin]).status).to.equal(0);
    const ram = new Uint8Array(MIB);
    const img = new ImageLoader(ram).loadFile(elf);
    expect(img.entry).to.equal(0x8000_0000);
    expect(img.start).to.equal(0x8000_0000); // the ELF header page below RAM is skipped, as QEMU drops it
    const flat = readFileSync(bin);
    expect(Buffer.from(ram.subarray(0, flat.length)).equals(flat)).to.equal(true);
    expect(img.end).to.be.greaterThan(DRAM_BASE + flat.length); // bss counted
  });
});
