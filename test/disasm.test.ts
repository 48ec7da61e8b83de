import { expect } from 'chai';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { disassemble, disassembleCompressed } from '../src/debug/disasm.js';

// dist/test/disasm.test.js -> repository root.
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const IMAGES = join(ROOT, 'images');
const OBJDUMP = 'riscv64-unknown-elf-objdump';
const AS = 'riscv64-unknown-elf-as';
const READELF = 'riscv64-unknown-elf-readelf';
const OBJCOPY = 'riscv64-unknown-elf-objcopy';

function findFiles(dir: string, suffix: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...findFiles(p, suffix));
    else if (e.isFile() && e.name.endsWith(suffix)) out.push(p);
  }
  return out.sort();
}

const findElfs = (dir: string): string[] => findFiles(dir, '.elf');

/**
 * Raw images (NAME.bin) with no NAME.elf anywhere under images/: the hypervisor's test guests,
 * whose ELFs the build does not keep. (Every other .bin is objcopy of the ELF of its name.)
 */
function rawImagesWithoutElf(dir: string): string[] {
  const elfNames = new Set(findElfs(dir).map((p) => basename(p, '.elf')));
  return findFiles(dir, '.bin').filter((p) => !elfNames.has(basename(p, '.bin')));
}

/**
 * A raw image wrapped in an ELF whose .text is the whole file at 0x80000000 (where the test
 * guests run), so that objdump -d decodes all of it, data included. It carries no ISA
 * attribute: objdump then decodes its default ISA, rv64gc.
 */
function wrapRawImage(bin: string, dir: string): string {
  const out = join(dir, basename(bin, '.bin') + '.raw.elf');
  execFileSync(OBJCOPY, ['-I', 'binary', '-O', 'elf64-littleriscv', '--rename-section', '.data=.text,code,alloc,load,contents',
    '--change-addresses', '0x80000000', bin, out]);
  return out;
}

/** What objdump decodes in an ELF that records no ISA. */
const OBJDUMP_DEFAULT_ARCH = 'rv64gc';

function haveTool(tool: string): boolean {
  try {
    execFileSync(tool, ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** The ISA mapping symbols ($x<isa>) of an ELF, by address. */
function isaMappingSymbols(elf: string): { addr: bigint; isa: string }[] {
  const out: { addr: bigint; isa: string }[] = [];
  const syms = execFileSync(READELF, ['-sW', elf], { encoding: 'utf8', maxBuffer: 1 << 28 });
  for (const line of syms.split('\n')) {
    const m = /^\s*\d+:\s+([0-9a-f]+)\s+\d+\s+NOTYPE\s+LOCAL\s+\S+\s+\S+\s+\$x(rv\S+)\s*$/.exec(line);
    if (m) out.push({ addr: BigInt('0x' + m[1]), isa: m[2] });
  }
  return out.sort((a, b) => (a.addr < b.addr ? -1 : a.addr > b.addr ? 1 : 0));
}

const norm = (s: string): string => s.trim().replace(/\s+/g, ' ');

/** objdump's text without its annotations: a trailing `# comment` and a `<symbol>` after a target. */
function stripAnnotations(text: string): string {
  let t = text;
  const hash = t.indexOf('#');
  if (hash >= 0) t = t.slice(0, hash);
  t = t.replace(/\s*<[^>]*>\s*$/, '');
  return norm(t);
}

describe('debug: disassembler', () => {
  it('formats instructions as objdump -M no-aliases does', () => {
    expect(disassemble(0x00150513, 0x80000000)).to.equal('addi\ta0,a0,1');
    expect(disassemble(0x0000006f, 0x80000000n)).to.equal('jal\tzero,80000000');
    expect(disassemble(0xfe000ee3, -0x80000000)).to.equal('beq\tzero,zero,ffffffff7ffffffc');
    expect(disassemble(0x0c62a32f, 0)).to.equal('amoswap.w.aq\tt1,t1,(t0)');
    expect(disassemble(0x022081d3, 0)).to.equal('fadd.d\tft3,ft1,ft2,rne');
    expect(disassemble(0x6c034573, 0)).to.equal('hlv.d\ta0,(t1)');
    expect(disassemble(0x64505073, 0)).to.equal('csrrwi\tzero,hvip,0');
    expect(disassemble(0x30a2a073, 0, { privSpec: '1.11' })).to.equal('csrrs\tzero,0x30a,t0');
    expect(disassemble(0x30a2a073, 0)).to.equal('csrrs\tzero,menvcfg,t0');
    expect(disassembleCompressed(0x8082, 0)).to.equal('c.jr\tra');
    expect(disassembleCompressed(0x0000, 0)).to.equal('c.unimp');
    expect(disassemble(0x62000073, 0, { arch: 'rv64i2p1_m2p0_a2p1_c2p0_zicsr2p0' })).to.equal('.4byte\t0x62000073');
  });

  it('formats aliases as plain objdump -d does', () => {
    expect(disassemble(0x00008067, 0, { aliases: true })).to.equal('ret');
    expect(disassembleCompressed(0x4515, 0, { aliases: true })).to.equal('li\ta0,5');
    expect(disassemble(0x00000513, 0, { aliases: true })).to.equal('li\ta0,0');
    expect(disassemble(0x00150513, 0, { aliases: true })).to.equal('add\ta0,a0,1');
  });

  it('matches riscv64-unknown-elf-objdump -d -M no-aliases for every instruction in images/ (ELFs and raw images)', function () {
    this.timeout(60000);
    compareWithObjdump(false);
  });

  it('matches riscv64-unknown-elf-objdump -d (with aliases) for every instruction in images/ (ELFs and raw images)', function () {
    this.timeout(60000);
    compareWithObjdump(true);
  });

  it('matches objdump on the words images/ execute from data directives (deliberately illegal or reserved encodings)', function () {
    this.timeout(60000);
    const words = dataWordsInImages();
    expect(words.length, 'the .word lines of traps.elf, deleg.elf and fp_misc.elf').to.be.greaterThan(10);
    compareAssembled(words);
  });

  it('matches objdump, with and without aliases, on every 16-bit encoding and a sweep of 32-bit ones', function () {
    this.timeout(60000);
    const compared = compareAssembled(encodingSweep());
    expect(compared).to.be.greaterThan(100000);
  });
});

/**
 * The instruction encodings in .word/.short lines of the ELFs' code (objdump prints those as
 * data, so the image comparison leaves them out; the ISA tests execute them to check the traps):
 * a 32-bit encoding as is, else its halfwords as 16-bit encodings.
 */
function dataWordsInImages(): number[] {
  const words = new Set<number>();
  for (const elf of findElfs(IMAGES)) {
    const dump = execFileSync(OBJDUMP, ['-d', elf], { encoding: 'utf8', maxBuffer: 1 << 28 });
    for (const m of dump.matchAll(/^\s*[0-9a-f]+:\t([0-9a-f]{4}|[0-9a-f]{8})\s+\t\.(?:short|word)\t/gm)) {
      const v = parseInt(m[1], 16);
      if (m[1].length === 8 && (v & 3) === 3) words.add(v);
      else if ((v & 3) !== 3) {
        words.add(v & 0xffff);
        if (m[1].length === 8 && ((v >>> 16) & 3) !== 3) words.add(v >>> 16);
      }
    }
  }
  return [...words];
}

/**
 * Assembles each word with `.insn` (an ELF with no ISA mapping symbols or priv-spec attribute:
 * objdump decodes the -march ISA and names CSRs by spec 1.12) and compares objdump's text,
 * with and without aliases, with ours. Returns how many words were compared in each mode.
 */
function compareAssembled(words: number[]): number {
  if (!haveTool(OBJDUMP) || !haveTool(AS)) {
    throw new Error(`${OBJDUMP} and ${AS} are required (Debian: apt-get install gcc-riscv64-unknown-elf)`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'hartsim-disasm-'));
  try {
    const src = join(dir, 'words.S');
    const obj = join(dir, 'words.o');
    writeFileSync(src, '.text\n' + words.map((w) => `.insn 0x${w.toString(16)}\n`).join(''));
    execFileSync(AS, ['-march=rv64gch_zba_zbb_zbc_zbs', src, '-o', obj]);
    for (const aliases of [false, true]) {
      const args = aliases ? ['-d', obj] : ['-d', '-M', 'no-aliases', obj];
      const dump = execFileSync(OBJDUMP, args, { encoding: 'utf8', maxBuffer: 1 << 28 });
      const insnLine = /^\s*([0-9a-f]+):\t([0-9a-f]+)\s*\t(.*)$/;
      const mismatches: string[] = [];
      let compared = 0;
      for (const line of dump.split('\n')) {
        const m = insnLine.exec(line);
        if (!m) continue;
        const [, addrHex, enc, text] = m;
        const word = parseInt(enc, 16);
        const pc = BigInt('0x' + addrHex);
        const want = stripAnnotations(text);
        const got = norm(enc.length === 4 ? disassembleCompressed(word, pc, { aliases }) : disassemble(word, pc, { aliases }));
        compared++;
        if (got !== want && mismatches.length < 50) mismatches.push(`${enc}: objdump "${want}", ours "${got}"`);
      }
      expect(mismatches, mismatches.join('\n')).to.deep.equal([]);
      expect(compared).to.equal(words.length);
    }
    return words.length;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Encodings beyond the images: every 16-bit encoding, and seeded random 32-bit words for each
 * major opcode plus every funct7 x funct3 with a few rs2 values for the register-register,
 * OP-FP, AMO, OP-IMM and SYSTEM opcodes, assembled with `.insn` (an ELF with no ISA mapping
 * symbols or priv-spec attribute: objdump decodes the -march ISA and names CSRs by spec 1.12).
 */
function encodingSweep(): number[] {
  const words: number[] = [];
  for (let h = 0; h < 0x10000; h++) if ((h & 3) !== 3) words.push(h);
  let x = 0x9e3779b9;
  const rnd = (): number => {
    x ^= x << 13; x ^= x >>> 17; x ^= x << 5;
    return x >>> 0;
  };
  const majors = [0x37, 0x17, 0x6f, 0x67, 0x63, 0x03, 0x23, 0x13, 0x1b, 0x33, 0x3b, 0x0f, 0x73, 0x2f, 0x07, 0x27, 0x43, 0x47, 0x4b, 0x4f, 0x53];
  for (const o of majors) for (let i = 0; i < 2000; i++) words.push(((rnd() & ~0x7f) | o) >>> 0);
  for (const o of [0x33, 0x3b, 0x53, 0x2f, 0x13, 0x1b, 0x73]) {
    for (let f7 = 0; f7 < 128; f7++) {
      for (let f3 = 0; f3 < 8; f3++) {
        for (const rs2 of [0, 1, 2, 3, 5, 0x1f]) words.push(((f7 << 25) | (rs2 << 20) | (11 << 15) | (f3 << 12) | (10 << 7) | o) >>> 0);
      }
    }
  }
  return words;
}

/**
 * Disassembles every instruction objdump lists in every ELF under images/, and in every raw
 * image without an ELF, and compares the text.
 */
function compareWithObjdump(aliases: boolean): void {
  if (!haveTool(OBJDUMP) || !haveTool(READELF) || !haveTool(OBJCOPY)) {
    throw new Error(`${OBJDUMP}, ${READELF} and ${OBJCOPY} are required (Debian: apt-get install binutils-riscv64-unknown-elf)`);
  }
  const raws = rawImagesWithoutElf(IMAGES);
  const tmp = mkdtempSync(join(tmpdir(), 'hartsim-disasm-raw-'));
  try {
    const wrapped = new Map(raws.map((bin) => [wrapRawImage(bin, tmp), bin]));
    compareImages([...findElfs(IMAGES), ...wrapped.keys()], wrapped, aliases);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** `wrapped` maps a temporary ELF to the raw image it holds (for messages). */
function compareImages(elfs: string[], wrapped: Map<string, string>, aliases: boolean): void {
  expect(elfs.length).to.be.greaterThan(wrapped.size);
  expect(wrapped.size, 'raw images without an ELF (images/hypervisor/test-guests)').to.be.greaterThan(0);
  const insnLine = /^\s*([0-9a-f]+):\t([0-9a-f]+(?: [0-9a-f]+)*)\s*\t(.*)$/;
  let compared = 0;
  let excluded = 0;
  const mismatches: string[] = [];
  for (const elf of elfs) {
    const name = relative(ROOT, wrapped.get(elf) ?? elf);
    // objdump decodes only the extensions of the ISA in force (others print as .4byte/.2byte):
    // the ELF's Tag_RISCV_arch, switched by ISA mapping symbols ($xrv64..., which the
    // assembler emits at `.option rvc`/`.option norvc`/`.option arch`). The disassembler is
    // given the same ISA string at each address.
    const attrs = execFileSync(READELF, ['-A', elf], { encoding: 'utf8' });
    const baseArch = /Tag_RISCV_arch: "([^"]+)"/.exec(attrs)?.[1] ?? OBJDUMP_DEFAULT_ARCH;
    const isaSyms = isaMappingSymbols(elf);
    let symIdx = 0;
    let arch = baseArch;
    // CSR names follow the ELF's Tag_RISCV_priv_spec; without one objdump uses 1.12.
    const privSpec = /Tag_RISCV_priv_spec_minor: 11\b/.test(attrs) ? '1.11' : '1.12';
    const args = aliases ? ['-d', elf] : ['-d', '-M', 'no-aliases', elf];
    const dump = execFileSync(OBJDUMP, args, { encoding: 'utf8', maxBuffer: 1 << 28 });
    for (const line of dump.split('\n')) {
      if (!/^\s*[0-9a-f]+:\t/.test(line)) continue;
      const m = insnLine.exec(line);
      if (!m) {
        // A hex dump of data (a string) in a data region, or, in a raw image decoded whole, a
        // 48-bit-long encoding (low bits 011111) that a string happens to start: see below.
        if (/^\s*[0-9a-f]+:\t[0-9a-f]{4}( [0-9a-f]{4})* +\S/.test(line)) excluded++;
        else mismatches.push(`${name}: unparsed objdump line: ${line}`);
        continue;
      }
      const [, addrHex, enc, text] = m;
      const mnemonic = text.trim().split(/\s+/)[0];
      // The one exclusion: data inside .text. In a region a data mapping symbol ($d, from .word
      // and the like in the assembly) marks, objdump prints data, not instruction decodings: a
      // hex dump of a string (several groups on one line, handled above) or a
      // .byte/.short/.word/.dword directive. In the ELFs that is 19 lines, and in the raw images
      // 4 strings that start like a 48-bit instruction (Hartsim has none); the encodings in the
      // .word lines are compared on their own (dataWordsInImages). objdump's output for
      // unknown instruction encodings (.2byte/.4byte) is compared like any instruction.
      if (/^\.(byte|short|word|dword)$/.test(mnemonic)) {
        excluded++;
        continue;
      }
      if (enc.length !== 4 && enc.length !== 8) {
        mismatches.push(`${name} ${addrHex}: unexpected encoding ${enc}: ${text}`);
        continue;
      }
      const word = parseInt(enc, 16);
      const pc = BigInt('0x' + addrHex);
      while (symIdx < isaSyms.length && isaSyms[symIdx].addr <= pc) arch = isaSyms[symIdx++].isa;
      const want = stripAnnotations(text);
      const got = norm(
        enc.length === 4
          ? disassembleCompressed(word, pc, { arch, privSpec, aliases })
          : disassemble(word, pc, { arch, privSpec, aliases }),
      );
      compared++;
      if (got !== want && mismatches.length < 50) {
        mismatches.push(`${name} ${addrHex}: ${enc}: objdump "${want}", ours "${got}"`);
      }
    }
  }
  expect(mismatches, mismatches.join('\n')).to.deep.equal([]);
  expect(compared).to.be.greaterThan(100000);
  console.log(`      ${compared} instructions compared in ${elfs.length - wrapped.size} ELFs and ${wrapped.size} raw images ` +
    `(${excluded} data lines excluded)`);
}
