/**
 * The translating engine (src/jit) against the interpreter, in process:
 *  - random loops of integer, M-extension, load/store and branch instructions (with faulting,
 *    misaligned and untranslatable ones mixed in) end in exactly the interpreter's state,
 *    instruction count included;
 *  - a load fault in the middle of a translated block retires exactly the instructions
 *    before it and reports mepc/mtval right;
 *  - an interrupt raised while a hot loop runs in translated code is taken within a slice;
 *  - code patched by the hart itself and by another hart (with FENCE.I) is seen.
 */
import { expect } from 'chai';
import { Hart, Stop } from '../src/hart/hart.js';
import type { MmioPort } from '../src/hart/env.js';
import { createControlBuffer, hartBase, H_IRQ } from '../src/threads/layout.js';
import { C64 } from '../src/hart/csr.js';
import { MIP_MSIP, Mstatus } from '../src/hart/csr-numbers.js';
import { createRam } from '../src/jit/ram.js';
import { JitEngine } from '../src/jit/engine.js';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot, runHartsim, xorshift32 as rng } from './helpers.js';

const RAM_BASE = 0x8000_0000;
const RAM_SIZE = 1 << 20;
const CODE = RAM_BASE + 0x1000;
const HANDLER = RAM_BASE + 0x800;
const DATA = RAM_BASE + 0x10000;

// ---- instruction encoders
const R = (f7: number, rs2: number, rs1: number, f3: number, rd: number, op: number) =>
  (f7 << 25) | (rs2 << 20) | (rs1 << 15) | (f3 << 12) | (rd << 7) | op;
const I = (imm: number, rs1: number, f3: number, rd: number, op: number) =>
  ((imm & 0xfff) << 20) | (rs1 << 15) | (f3 << 12) | (rd << 7) | op;
const S = (imm: number, rs2: number, rs1: number, f3: number) =>
  (((imm >> 5) & 0x7f) << 25) | (rs2 << 20) | (rs1 << 15) | (f3 << 12) | ((imm & 31) << 7) | 0x23;
const B = (imm: number, rs2: number, rs1: number, f3: number) =>
  (((imm >> 12) & 1) << 31) | (((imm >> 5) & 0x3f) << 25) | (rs2 << 20) | (rs1 << 15) | (f3 << 12) |
  (((imm >> 1) & 0xf) << 8) | (((imm >> 11) & 1) << 7) | 0x63;
const J = (imm: number, rd: number) =>
  (((imm >> 20) & 1) << 31) | (((imm >> 1) & 0x3ff) << 21) | (((imm >> 11) & 1) << 20) | (((imm >> 12) & 0xff) << 12) | (rd << 7) | 0x6f;
const addi = (rd: number, rs1: number, imm: number) => I(imm, rs1, 0, rd, 0x13);
const ld = (rd: number, rs1: number, imm: number) => I(imm, rs1, 3, rd, 0x03);
const lw = (rd: number, rs1: number, imm: number) => I(imm, rs1, 2, rd, 0x03);
const sd = (rs2: number, rs1: number, imm: number) => S(imm, rs2, rs1, 3);
const sw = (rs2: number, rs1: number, imm: number) => S(imm, rs2, rs1, 2);
const add = (rd: number, rs1: number, rs2: number) => R(0, rs2, rs1, 0, rd, 0x33);
const bne = (rs1: number, rs2: number, off: number) => B(off, rs2, rs1, 1);
const beq = (rs1: number, rs2: number, off: number) => B(off, rs2, rs1, 0);
const jalr = (rd: number, rs1: number, imm: number) => I(imm, rs1, 0, rd, 0x67);
const csrrw = (rd: number, csr: number, rs1: number) => I(csr, rs1, 1, rd, 0x73);
const csrrs = (rd: number, csr: number, rs1: number) => I(csr, rs1, 2, rd, 0x73);
const WFI = 0x10500073, MRET = 0x30200073, FENCE_I = 0x0000100f;
const MEPC = 0x341, MSCRATCH = 0x340;


/** No devices: every access outside RAM is an access fault. */
function noDevices(): MmioPort {
  return { data: new Int32Array(2), read: () => false, write: () => false, amo: () => false };
}

interface Machine {
  harts: Hart[];
  engines: { run(budget: number): Stop }[];
  jit: (JitEngine | null)[];
  words: Int32Array;
  ctl: Int32Array;
}

/** A machine of `n` harts over one RAM, on the interpreter or the translator (translating at `hot` visits). */
function machine(engine: 'interp' | 'jit', n = 1, hot = 1): Machine {
  const ram = createRam(RAM_SIZE, engine);
  const ctl = new Int32Array(createControlBuffer());
  const harts: Hart[] = [], engines: { run(budget: number): Stop }[] = [], jit: (JitEngine | null)[] = [];
  for (let h = 0; h < n; h++) {
    const hart = new Hart({
      hartId: h, ram: ram.buffer, ramSize: RAM_SIZE, jitArea: ram.memory !== null, ramBase: RAM_BASE,
      mmio: noDevices(), time: { mtime: () => 0 }, ctl,
    });
    hart.reset(CODE);
    hart.c64[2 * C64.mtvec] = HANDLER | 0;
    harts.push(hart);
    const j = ram.memory !== null ? new JitEngine(hart, ram.memory, hot) : null;
    jit.push(j);
    engines.push(j ?? hart);
  }
  if (engine === 'jit') expect(jit[0]).to.not.equal(null);
  return { harts, engines, jit, words: new Int32Array(ram.buffer, 0, RAM_SIZE / 4), ctl };
}

function load(m: Machine, at: number, code: number[]): void {
  for (let i = 0; i < code.length; i++) m.words[(at - RAM_BASE) / 4 + i] = code[i];
}

/** A handler that skips the trapping instruction (4 bytes) with x31 as scratch. */
const SKIP_HANDLER = [csrrs(31, MEPC, 0), addi(31, 31, 4), csrrw(0, MEPC, 31), MRET];

/** Runs hart h in slices, as the worker does, until it waits in WFI. */
export function runToWfi(m: Machine, h = 0, slice = 1000): void {
  const hart = m.harts[h];
  for (let i = 0; i < 100_000; i++) {
    const why = m.engines[h].run(slice);
    hart.checkInterrupts();
    if (why === Stop.Wfi && hart.wfi) return;
  }
  throw new Error('the program never reached WFI');
}

function setReg(hart: Hart, r: number, v: bigint): void {
  hart.x[2 * r] = Number(BigInt.asIntN(32, v));
  hart.x[2 * r + 1] = Number(BigInt.asIntN(32, v >> 32n));
}
function reg(hart: Hart, r: number): bigint {
  return (BigInt(hart.x[2 * r + 1]) << 32n) | BigInt(hart.x[2 * r] >>> 0);
}
function csr64(hart: Hart, c: C64): bigint {
  return BigInt.asUintN(64, (BigInt(hart.c64[2 * c + 1]) << 32n) | BigInt(hart.c64[2 * c] >>> 0));
}

/** A random loop body: ALU, M, loads and stores (some misaligned or faulting), forward branches. */
function randomProgram(next: () => number): number[] {
  const dst = () => 5 + (next() % 11);
  const src = () => [0, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 20][next() % 13];
  const body: number[] = [];
  const len = 20 + (next() % 40);
  while (body.length < len) {
    const k = next() % 20;
    const rd = dst(), a = src(), b = src();
    const imm = (next() % 4096) - 2048;
    if (k < 3) body.push(I(imm, a, [0, 2, 3, 4, 6, 7][next() % 6], rd, 0x13));
    else if (k === 3) body.push(I((next() & 63) | [0, 0, 0x400][next() % 3], a, [1, 5, 5][next() % 3], rd, 0x13) & ~(next() % 3 === 0 ? 0 : 0));
    else if (k === 4) body.push(next() & 1 ? I(imm, a, 0, rd, 0x1b) : R([0, 0, 0x20][next() % 3], next() & 31, a, [1, 5, 5][next() % 3], rd, 0x1b));
    else if (k < 8) body.push(R([0, 0, 0x20, 1][next() % 4], b, a, next() & 7, rd, 0x33));
    else if (k === 8) body.push(R([0, 0x20, 1][next() % 3], b, a, [0, 1, 5, 4, 6, 7][next() % 6], rd, 0x3b));
    else if (k === 9) body.push(((next() & 0xfffff) << 12) | (rd << 7) | (next() & 1 ? 0x37 : 0x17));
    else if (k < 13) { // load from the data area, now and then misaligned or from nowhere (base x0)
      const f3 = [0, 1, 2, 3, 4, 5, 6][next() % 7];
      const size = 1 << (f3 & 3);
      let off = (next() % 2000) & ~(size - 1);
      if (next() % 10 === 0) off |= 1;
      body.push(I(off, next() % 12 === 0 ? 0 : 20, f3, rd, 0x03));
    } else if (k < 16) {
      const f3 = next() & 3, size = 1 << f3;
      let off = (next() % 2000) & ~(size - 1);
      if (next() % 10 === 0) off |= 1;
      body.push(S(off, src(), next() % 12 === 0 ? 0 : 20, f3));
    } else if (k === 16) { // a forward branch over 1 to 3 instructions
      body.push(B(4 * (2 + (next() % 3)), b, a, [0, 1, 4, 5, 6, 7][next() % 6]));
    } else if (k === 17) body.push(R(0x20, b, a, 7, rd, 0x33)); // andn (Zbb: interpreted)
    else if (k === 18) body.push(csrrs(rd, MSCRATCH, 0)); // a CSR read (interpreted)
    else body.push(R(1, b, a, [1, 2, 3][next() % 3], rd, 0x33)); // mulh* (interpreted)
  }
  return body;
}

export function runRandom(engine: 'interp' | 'jit', seed: number, hot: number): Machine {
  const next = rng(seed);
  const m = machine(engine, 1, hot);
  const body = randomProgram(next);
  const iterations = 30 + (next() % 50);
  load(m, HANDLER, SKIP_HANDLER);
  // The counter moves first: a branch at the end of the body may skip the bne, never the count.
  load(m, CODE, [addi(21, 0, iterations), addi(21, 21, -1), ...body, bne(21, 0, -4 * (body.length + 1)), WFI, WFI, WFI, WFI, WFI]);
  for (let i = 0; i < 1024; i++) m.words[(DATA - RAM_BASE) / 4 + i] = next() | 0;
  const interesting = [0n, 1n, -1n, 2n ** 63n, 2n ** 63n - 1n, 2n ** 31n, -(2n ** 31n), 0x7fffffffn];
  const hart = m.harts[0];
  for (let r = 1; r < 31; r++) setReg(hart, r, next() & 1 ? interesting[next() % interesting.length] : BigInt(next()) << BigInt(next() % 40));
  setReg(hart, 20, BigInt(DATA));
  hart.c64[2 * C64.mtvec] = HANDLER | 0;
  runToWfi(m);
  return m;
}

describe('jit: translated code against the interpreter', function () {
  this.timeout(120_000);

  for (const hot of [1, 3]) {
    it(`ends random loops in the interpreter's exact state (translation after ${hot} visit${hot > 1 ? 's' : ''})`, () => {
      let translated = 0;
      for (let seed = 1; seed <= 60; seed++) {
        const a = runRandom('interp', seed * 7919, hot), b = runRandom('jit', seed * 7919, hot);
        const ha = a.harts[0], hb = b.harts[0];
        const where = `seed ${seed * 7919}`;
        expect(Array.from(hb.x), where).to.deep.equal(Array.from(ha.x));
        expect(hb.pc, where).to.equal(ha.pc);
        expect(hb.retiredCount(), where).to.equal(ha.retiredCount());
        expect(Array.from(hb.trapCounts), where).to.deep.equal(Array.from(ha.trapCounts));
        expect(csr64(hb, C64.mepc), where).to.equal(csr64(ha, C64.mepc));
        expect(csr64(hb, C64.mtval), where).to.equal(csr64(ha, C64.mtval));
        const da = a.words.subarray((DATA - RAM_BASE) / 4, (DATA - RAM_BASE) / 4 + 1024);
        const db = b.words.subarray((DATA - RAM_BASE) / 4, (DATA - RAM_BASE) / 4 + 1024);
        expect(Array.from(db), where).to.deep.equal(Array.from(da));
        translated += b.jit[0]!.regions;
      }
      expect(translated).to.be.greaterThan(60); // the translator really ran the loops
    });
  }

  it('retires exactly the instructions before a load that faults in the middle of a translated block', () => {
    // Walks x10 through the last 256 bytes of RAM and on past its end: the load there faults.
    const loop = CODE + 8;
    const code = [
      addi(5, 0, 0), addi(6, 0, 0),
      addi(5, 5, 1), // loop:
      addi(6, 6, 2),
      ld(7, 10, 0), // faults at RAM's end
      addi(8, 8, 3),
      addi(10, 10, 8),
      beq(0, 0, -20),
    ];
    const results: Machine[] = [];
    for (const engine of ['interp', 'jit'] as const) {
      const m = machine(engine, 1, 2);
      load(m, CODE, code);
      load(m, HANDLER, [WFI]);
      setReg(m.harts[0], 10, BigInt(RAM_BASE + RAM_SIZE - 256));
      runToWfi(m);
      results.push(m);
    }
    const [a, b] = results.map((m) => m.harts[0]);
    expect(results[1].jit[0]!.regions).to.be.greaterThan(0);
    expect(csr64(b, C64.mcause)).to.equal(5n); // load access fault
    expect(csr64(b, C64.mepc)).to.equal(BigInt(loop + 8));
    expect(csr64(b, C64.mtval)).to.equal(BigInt(RAM_BASE + RAM_SIZE));
    expect(reg(b, 5)).to.equal(33n); // 32 loads done, the 33rd faults after x5 and x6 moved
    expect(reg(b, 6)).to.equal(66n);
    expect(reg(b, 8)).to.equal(32n * 3n);
    expect(b.retiredCount()).to.equal(a.retiredCount());
    expect(Array.from(b.x)).to.deep.equal(Array.from(a.x));
  });

  it('takes an interrupt raised while a hot loop runs in translated code, within one slice', () => {
    const m = machine('jit', 1, 2);
    const hart = m.harts[0];
    load(m, CODE, [addi(5, 5, 1), J(-4, 0)]);
    load(m, HANDLER, [WFI]);
    hart.mie = MIP_MSIP;
    hart.setMstatus(Mstatus.MIE);
    for (let i = 0; i < 20; i++) { m.engines[0].run(1000); hart.checkInterrupts(); }
    expect(m.jit[0]!.regions).to.be.greaterThan(0);
    expect(hart.pc).to.be.within(CODE, CODE + 4);
    const before = hart.retiredCount();
    Atomics.or(m.ctl, hartBase(0) + H_IRQ, MIP_MSIP);
    const SLICE = 1000;
    m.engines[0].run(SLICE);
    hart.checkInterrupts();
    expect(hart.pc).to.equal(HANDLER);
    expect(csr64(hart, C64.mcause)).to.equal((1n << 63n) | 3n);
    expect(Number(csr64(hart, C64.mepc))).to.be.within(CODE, CODE + 4);
    expect(hart.retiredCount() - before).to.be.within(SLICE, SLICE + 64);
    expect(reg(hart, 5)).to.equal(BigInt(Math.ceil(hart.retiredCount() / 2)));
  });

  it('sees a store by the same hart to code it has translated, with no FENCE.I', () => {
    // x6 += f() 200 times; f returns 1 until the loop patches it, at iteration 100, to return 2.
    const F = CODE + 0x100, PATCH = DATA;
    const m = machine('jit', 1, 2);
    load(m, F, [addi(10, 0, 1), jalr(0, 1, 0)]);
    m.words[(PATCH - RAM_BASE) / 4] = addi(10, 0, 2);
    load(m, CODE, [
      addi(11, 0, 200), addi(6, 0, 0),
      jalr(1, 12, 0), // loop: call f (x12 = F)
      add(6, 6, 10),
      addi(11, 11, -1),
      addi(7, 0, 100),
      bne(11, 7, 12), // not the 100th: skip the patch
      lw(13, 14, 0), // x14 = PATCH
      sw(13, 12, 0),
      bne(11, 0, -28),
      WFI,
    ]);
    setReg(m.harts[0], 12, BigInt(F));
    setReg(m.harts[0], 14, BigInt(PATCH));
    runToWfi(m);
    expect(m.jit[0]!.regions).to.be.greaterThan(1);
    expect(reg(m.harts[0], 6)).to.equal(100n * 1n + 100n * 2n);
  });

  it('sees code another hart patched once it executes FENCE.I, even through a write TLB filled before translation', () => {
    const F = CODE + 0x100, FLAG = DATA, NEW = DATA + 8, P1 = CODE + 0x800;
    const m = machine('jit', 2, 2);
    const [h0, h1] = m.harts;
    // Hart 0: 4000 times x6 += f(); when FLAG is set, FENCE.I and clear it.
    load(m, F, [addi(10, 0, 1), jalr(0, 1, 0), 0, 0]);
    load(m, CODE, [
      addi(11, 0, 2000), addi(11, 11, 2000), addi(6, 0, 0),
      jalr(1, 12, 0), // loop
      add(6, 6, 10),
      ld(13, 14, 0), // x14 = FLAG
      beq(13, 0, 12),
      FENCE_I,
      sd(0, 14, 0),
      addi(11, 11, -1),
      bne(11, 0, -28),
      WFI,
    ]);
    m.words[(NEW - RAM_BASE) / 4] = addi(10, 0, 2);
    setReg(h0, 12, BigInt(F));
    setReg(h0, 14, BigInt(FLAG));
    // Hart 1 first stores next to f (its write TLB now maps f's page), then waits.
    load(m, P1, [sd(0, 20, 8), WFI, lw(21, 22, 0), sw(21, 20, 0), addi(23, 0, 1), sd(23, 24, 0), WFI]);
    setReg(h1, 20, BigInt(F));
    setReg(h1, 22, BigInt(NEW));
    setReg(h1, 24, BigInt(FLAG));
    h1.pc = P1;
    runToWfi(m, 1);
    // Hart 0 runs the loop hot in translated code.
    for (let i = 0; i < 5; i++) { m.engines[0].run(1000); h0.checkInterrupts(); }
    expect(m.jit[0]!.regions).to.be.greaterThan(1);
    const callsBefore = reg(h0, 6);
    // Hart 1 patches f through its old write-TLB entry and raises the flag.
    h1.wfi = false;
    h1.pc = P1 + 8;
    runToWfi(m, 1);
    runToWfi(m, 0);
    expect(reg(h0, 10)).to.equal(2n); // the last call ran the new code
    expect(Number(reg(h0, 6))).to.be.greaterThan(4000);
    expect(Number(reg(h0, 6))).to.be.lessThan(8000);
    expect(Number(callsBefore)).to.be.greaterThan(0);
  });
});

describe('jit: the --engine option', function () {
  this.timeout(60_000);
  const elf = join(repoRoot, 'images/tests/rv64i.elf');

  it('runs an image the same on both engines', () => {
    const a = runHartsim(['run', '--engine', 'interp', '--bios', 'none', '--kernel', elf]);
    const b = runHartsim(['run', '--engine', 'jit', '--bios', 'none', '--kernel', elf, '--stats']);
    expect(a.status).to.equal(0);
    expect(b.status).to.equal(0);
    expect(b.stdout).to.equal(a.stdout);
    expect(b.stderr).to.match(/hart 0: jit regions translated \d+/);
  });

  it('rejects an unknown engine with one line, as an option or in HARTSIM_ENGINE', () => {
    const r = runHartsim(['run', '--engine', 'fast', '--bios', 'none', '--kernel', elf]);
    expect(r.status).to.equal(2);
    expect(r.stderr).to.equal("hartsim: option '--engine <interp|jit>' argument 'fast' is invalid. engine must be one of: interp, jit\n");
    const e = spawnSync(process.execPath, [join(repoRoot, 'bin/hartsim.js'), 'run', '--bios', 'none', '--kernel', elf],
      { encoding: 'utf8', env: { ...process.env, HARTSIM_ENGINE: 'fast' } });
    expect(e.status).to.equal(1);
    expect(e.stderr).to.equal('hartsim: HARTSIM_ENGINE must be one of: interp, jit\n');
  });
});
