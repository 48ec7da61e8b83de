/**
 * --trace: each category against an independent account of the same run (objdump of the image,
 * the --stats trap counts, the console output), the hart and range filters, the size limit,
 * byte-identical traces in --deterministic mode, and one-line errors for bad options.
 */
import { expect } from 'chai';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hasCommand, repoRoot, runHartsim } from './helpers.js';
import { CAUSE_NAMES } from '../src/cli/main.js';
import { inRange, parseAddrRange, parseHartSet, parseTraceCategories, parseTraceLimit } from '../src/debug/trace-options.js';

const TESTS = join(repoRoot, 'images', 'tests');
const OPENSBI = '/usr/lib/riscv64-linux-gnu/opensbi/generic/fw_dynamic.bin';
const OBJDUMP = 'riscv64-unknown-elf-objdump';
const RUN_MS = 120_000;

/** A line of any category: hart, mode, then the event. */
const LINE = /^h[0-7] (M |HS|U |VS|VU)  (\S.*)$/;
const INSN = /^h(\d) (M |HS|U |VS|VU)  ([0-9a-f]{16}): ([0-9a-f]{8}|[0-9a-f]{4} {4})  (.+)$/;
const EXC = /^h(\d) (M |HS|U |VS|VU)  exc  cause=(\d+) \(([^)]+)\) epc=([0-9a-f]{16}) tval=([0-9a-f]{16})(?: htval=[0-9a-f]{16})? -> (M|HS|VS) [0-9a-f]{16}$/;
const INT = /^h(\d) (M |HS|U |VS|VU)  int  cause=(\d+) \(([^)]+)\) epc=([0-9a-f]{16}) -> (M|HS|VS) [0-9a-f]{16}$/;

interface Traced {
  status: number | null;
  stdout: string;
  stderr: string;
  lines: string[];
}

describe('tracing (--trace)', function () {
  this.timeout(300_000);
  const dir = mkdtempSync(join(tmpdir(), 'hartsim-trace-'));
  let n = 0;
  after(() => rmSync(dir, { recursive: true, force: true }));

  /** Runs hartsim with a fresh --trace-file and returns the trace's lines. */
  function traced(args: string[]): Traced {
    const file = join(dir, `trace-${n++}.txt`);
    const r = runHartsim(['run', ...args, '--trace-file', file], RUN_MS);
    const text = existsSync(file) ? readFileSync(file, 'latin1') : '';
    expect(text === '' || text.endsWith('\n'), 'the trace ends with a whole line').to.equal(true);
    return { status: r.status, stdout: r.stdout, stderr: r.stderr, lines: text.split('\n').filter((l) => l !== '') };
  }

  function bare(image: string): string[] {
    return ['--bios', 'none', '--kernel', join(TESTS, `${image}.elf`)];
  }

  it('insn: every executed instruction of the image is traced as objdump -d shows it at that address', () => {
    const want = objdumpByAddress(join(TESTS, 'rv64i.elf'));
    const r = traced([...bare('rv64i'), '--trace', 'insn']);
    expect(r.status, r.stderr).to.equal(0);
    let compared = 0;
    const mismatches: string[] = [];
    for (const line of r.lines) {
      const m = INSN.exec(line);
      expect(m, line).to.not.equal(null);
      const [, hart, mode, addr, enc, text] = m!;
      expect(hart).to.equal('0');
      expect(mode).to.equal('M ');
      const ref = want.get(BigInt('0x' + addr));
      if (ref === undefined) continue; // the reset ROM at 0x1000, before the image
      compared++;
      if (ref.enc !== enc.trim() || ref.text !== norm(text)) {
        mismatches.push(`${addr}: objdump ${ref.enc} "${ref.text}", trace ${enc.trim()} "${norm(text)}"`);
      }
    }
    expect(mismatches.slice(0, 20), mismatches.slice(0, 20).join('\n')).to.deep.equal([]);
    // The reset ROM's 6 instructions, then the image from its entry: _start's first instruction.
    expect(INSN.exec(r.lines[0])![3]).to.equal('0000000000001000');
    expect(INSN.exec(r.lines[6])![3]).to.equal('0000000080000000');
    expect(compared).to.be.greaterThan(10_000);
    expect(r.stdout).to.contain('DONE checks=297 failures=0');
  });

  it('exc: every exception with its cause, epc and tval, as many as --stats counts', () => {
    const insns = objdumpByAddress(join(TESTS, 'traps.elf'));
    const r = traced([...bare('traps'), '--trace', 'exc', '--stats']);
    expect(r.status, r.stderr).to.equal(0);
    const byCause = new Map<number, number>();
    for (const line of r.lines) {
      const m = EXC.exec(line);
      expect(m, line).to.not.equal(null);
      const cause = Number(m![3]);
      byCause.set(cause, (byCause.get(cause) ?? 0) + 1);
      const at = insns.get(BigInt('0x' + m![5]));
      // An ecall or ebreak is the instruction at epc; an illegal instruction's tval is its encoding.
      if (cause === 8 || cause === 9 || cause === 11) expect(at?.text, line).to.equal('ecall');
      if (cause === 3 && at !== undefined) expect(at.text, line).to.match(/ebreak/);
      // (Not where the source put data words to execute: objdump shows those as data.)
      if (cause === 2 && at !== undefined && !/^\.(byte|short|word|dword)\b/.test(at.text)) {
        expect(BigInt('0x' + m![6]), line).to.equal(BigInt('0x' + at.enc));
      }
    }
    for (const cause of [1, 2, 3, 5, 8, 9, 11]) expect(byCause.get(cause), `cause ${cause}`).to.be.greaterThan(0);
    expect(statsTraps(r.stderr, 0, false)).to.deep.equal(Object.fromEntries(byCause));
    expect(r.lines[0]).to.match(/^h0 M   exc  cause=11 \(ecall from M\) /);
    expect(r.lines.find((l) => / cause=9 /.test(l))).to.match(/^h0 HS  exc  cause=9 \(ecall from S\) .* -> M /);
    expect(r.lines.find((l) => / cause=8 /.test(l))).to.match(/^h0 U   exc  cause=8 \(ecall from U\) .* -> M /);
  });

  it('int: every interrupt with its cause, as many as --stats counts', () => {
    const r = traced([...bare('interrupts'), '--trace', 'int', '--stats']);
    expect(r.status, r.stderr).to.equal(0);
    const byCause = new Map<number, number>();
    for (const line of r.lines) {
      const m = INT.exec(line);
      expect(m, line).to.not.equal(null);
      byCause.set(Number(m![3]), (byCause.get(Number(m![3])) ?? 0) + 1);
    }
    expect([...byCause.keys()]).to.include.members([3, 7]); // machine software and timer at least
    expect(statsTraps(r.stderr, 0, true)).to.deep.equal(Object.fromEntries(byCause));
    expect(r.lines.find((l) => / cause=7 /.test(l))).to.match(/int  cause=7 \(machine timer\) /);
  });

  it('sbi: the calls an SBI payload makes to OpenSBI, with their returns, and the console characters it sent', () => {
    if (!existsSync(OPENSBI)) throw new Error(`${OPENSBI} missing (apt-get install opensbi)`);
    const r = traced(['--bios', OPENSBI, '--kernel', join(repoRoot, 'images/stress/sbi-hsm.elf'), '--harts', '2', '--trace', 'sbi']);
    expect(r.status, r.stderr).to.equal(0);
    const calls = new Map<string, number>(), rets = new Map<string, number>();
    const putchars = ['', ''];
    for (const line of r.lines) {
      const m = /^h(\d) HS  sbi  (call|ret ) eid=(0x[0-9a-f]+) \(([^)]+)\) fid=(\d+) (.*)$/.exec(line);
      expect(m, line).to.not.equal(null);
      const key = `h${m![1]} ${m![4]} ${m![5]}`;
      const table = m![2] === 'call' ? calls : rets;
      table.set(key, (table.get(key) ?? 0) + 1);
      if (m![2] === 'call') expect(m![6]).to.match(/^a0=0x[0-9a-f]+ a1=\S+ a2=\S+ a3=\S+ a4=\S+ a5=\S+ -> M$/);
      else expect(m![6]).to.match(/^a0=0x[0-9a-f]+ a1=0x[0-9a-f]+$/);
      if (m![2] === 'call' && m![4] === 'legacy console_putchar') putchars[Number(m![1])] += String.fromCharCode(Number(/a0=(0x[0-9a-f]+)/.exec(m![6])![1]));
    }
    // OpenSBI's boot hart is whichever wins its start-up lottery (either thread may start
    // first): the payload runs there and ends the run with SRST; the other hart is started
    // and stopped through HSM.
    const boot = calls.get('h1 SRST 0') === 1 ? 'h1' : 'h0';
    const other = boot === 'h0' ? 'h1' : 'h0';
    // Calls that return, return once each; HSM hart_stop and SRST do not return.
    for (const ext of ['TIME 0', 'IPI 0', 'BASE 3', 'HSM 0', 'HSM 2']) {
      expect(calls.get(`${boot} ${ext}`), ext).to.be.greaterThan(0);
      expect(rets.get(`${boot} ${ext}`), ext).to.equal(calls.get(`${boot} ${ext}`));
    }
    expect(calls.get(`${other} HSM 1`), 'hart_stop').to.be.greaterThan(0);
    expect(rets.get(`${other} HSM 1`)).to.equal(undefined);
    expect(calls.get(`${boot} SRST 0`)).to.equal(1);
    expect(rets.get(`${boot} SRST 0`)).to.equal(undefined);
    const sent = putchars[Number(boot.slice(1))];
    expect(sent.length).to.be.greaterThan(100);
    expect(r.stdout.replace(/\r/g, '')).to.contain(sent.replace(/\r/g, ''));
  });

  it('sbi and mmu under the hypervisor: VS calls to HS, and VS-stage and G-stage walks', () => {
    const r = traced(['--bios', 'none', '--kernel', join(repoRoot, 'images/hypervisor/hypervisor-smoke.elf'), '--harts', '2',
      '--trace', 'sbi,mmu']);
    expect(r.status, r.stderr).to.equal(0);
    expect(r.stdout).to.contain('every VM ended as expected');
    const vsCalls = r.lines.filter((l) => /^h\d VS  sbi  call .* -> HS$/.test(l));
    expect(vsCalls.length).to.be.greaterThan(10);
    const gstage = r.lines.filter((l) => / mmu  (r|w|x|rx) gpa=[0-9a-f]{16} hgatp sv39x4 -> (pa=[0-9a-f]{16}|fault cause=2[0-3] \(.*guest.*\))$/.test(l));
    expect(gstage.length).to.be.greaterThan(100);
    for (const l of r.lines.filter((x) => / mmu /.test(x))) {
      expect(l).to.match(/^h\d (HS|VS|VU|U |M )  mmu  (r|w|x|rx) (va|gpa)=[0-9a-f]{16} (satp sv39|vsatp sv39|hgatp sv39x4) -> /);
    }
  });

  it('mmu: page-table walks with their results; every faulting walk is a page fault taken', () => {
    const r = traced([...bare('sv39'), '--trace', 'mmu,exc']);
    expect(r.status, r.stderr).to.equal(0);
    const walks = r.lines.filter((l) => / mmu /.test(l));
    expect(walks.length).to.be.greaterThan(100);
    const faults: string[] = [], pageFaults: string[] = [];
    for (const l of walks) {
      const m = /^h0 (HS|U |M )  mmu  (r|w|x) va=([0-9a-f]{16}) satp sv39 -> (?:pa=([0-9a-f]{16})|fault cause=(1[235]) \(.*\))$/.exec(l);
      expect(m, l).to.not.equal(null);
      if (m![5] !== undefined) faults.push(`${m![5]} ${m![3]}`);
      // The page offset survives translation.
      else expect(m![4].slice(-3), l).to.equal(m![3].slice(-3));
    }
    for (const l of r.lines) {
      const m = EXC.exec(l);
      // An address beyond +-2^52 (far from canonical) faults before any walk: no mmu line.
      const far = m !== null && !/^(000|fff)/.test(m[6]);
      if (m && ['12', '13', '15'].includes(m[3]) && !far) pageFaults.push(`${m[3]} ${m[6]}`);
    }
    expect(faults.length).to.be.greaterThan(5);
    expect(faults).to.deep.equal(pageFaults);
  });

  it('dev: the UART writes are the console output', () => {
    const r = traced([...bare('rv64i'), '--trace', 'dev']);
    expect(r.status, r.stderr).to.equal(0);
    let written = '';
    for (const l of r.lines) {
      const m = /^h0 M   dev  (r|w|amo) ([1248]) ([0-9a-f]{16}) (\S+) (.*)$/.exec(l);
      expect(m, l).to.not.equal(null);
      if (m![1] === 'w' && m![3] === '0000000010000000') {
        expect(m![4]).to.equal('uart0');
        written += String.fromCharCode(Number(/^<- (0x[0-9a-f]+)$/.exec(m![5])![1]));
      }
    }
    expect(r.lines.some((l) => / r 1 0000000010000005 uart0 -> 0x/.test(l)), 'status polls').to.equal(true);
    expect(written.length).to.be.greaterThan(1000);
    expect(written).to.equal(r.stdout);
  });

  it('the hart filter keeps only the harts asked for', () => {
    const args = ['--bios', 'none', '--kernel', join(repoRoot, 'images/stress/ipi-storm.elf'), '--harts', '3', '--trace', 'int'];
    const all = traced(args);
    expect(all.status, all.stderr).to.equal(0);
    expect(new Set(all.lines.map((l) => l.slice(0, 2)))).to.deep.equal(new Set(['h0', 'h1', 'h2']));
    const some = traced([...args, '--trace-harts', '0,2']);
    expect(some.status, some.stderr).to.equal(0);
    expect(new Set(some.lines.map((l) => l.slice(0, 2)))).to.deep.equal(new Set(['h0', 'h2']));
    const range = traced([...args, '--trace-harts', '1-2']);
    expect(new Set(range.lines.map((l) => l.slice(0, 2)))).to.deep.equal(new Set(['h1', 'h2']));
  });

  it('the range filter keeps pcs (insn) and device addresses (dev) in [LO, HI)', () => {
    const r = traced([...bare('rv64i'), '--trace', 'insn,dev', '--trace-range', '80000000-80000100']);
    expect(r.status, r.stderr).to.equal(0);
    const insns = r.lines.filter((l) => INSN.test(l));
    expect(insns.length).to.be.greaterThan(10);
    for (const l of insns) {
      const pc = BigInt('0x' + INSN.exec(l)![3]);
      expect(pc >= 0x80000000n && pc < 0x80000100n, l).to.equal(true);
    }
    expect(r.lines.filter((l) => / dev /.test(l)), 'no device lies in the range').to.deep.equal([]);
    const uart = traced([...bare('rv64i'), '--trace', 'dev', '--trace-range', '0x10000000-0x10000001']);
    expect(uart.lines.length).to.be.greaterThan(1000);
    for (const l of uart.lines) expect(l).to.match(/^h0 M   dev  w 1 0000000010000000 uart0 <- 0x[0-9a-f]+$/);
  });

  it('stops at --trace-limit with one final line, and the run goes on', () => {
    const plain = runHartsim(['run', ...bare('rv64i')], RUN_MS);
    const r = traced([...bare('rv64i'), '--trace', 'insn,dev', '--trace-limit', '10K']);
    expect(r.status, r.stderr).to.equal(0);
    expect(r.stdout).to.equal(plain.stdout);
    const last = r.lines[r.lines.length - 1];
    expect(last).to.equal('trace truncated: --trace-limit of 10240 bytes reached; tracing stopped, the run went on');
    const body = r.lines.slice(0, -1);
    for (const l of body) expect(l).to.match(LINE);
    const bodyBytes = body.reduce((s, l) => s + l.length + 1, 0);
    expect(bodyBytes).to.be.at.most(10240);
    expect(bodyBytes).to.be.greaterThan(10240 - 100);
  });

  // Deterministic, so both harts surely write before the limit (in parallel mode one hart's
  // thread may start late enough for the other to fill it alone). That lines from parallel
  // threads never mix is checked by the sbi test above, which matches every line whole.
  it('several harts share one limit, and their lines never mix', () => {
    const r = traced(['--bios', 'none', '--kernel', join(repoRoot, 'images/stress/ipi-storm.elf'), '--harts', '2',
      '--deterministic', '--trace', 'insn', '--trace-limit', '3M']);
    expect(r.status, r.stderr).to.equal(0);
    expect(r.lines[r.lines.length - 1]).to.match(/^trace truncated: --trace-limit of 3145728 bytes reached/);
    expect(r.lines.filter((l) => l.startsWith('trace truncated'))).to.have.length(1);
    const body = r.lines.slice(0, -1);
    // Both harts' lines, whole: nothing interleaved inside a line.
    for (const l of body) expect(l).to.match(INSN);
    expect(new Set(body.map((l) => l.slice(0, 2)))).to.deep.equal(new Set(['h0', 'h1']));
    expect(body.reduce((s, l) => s + l.length + 1, 0)).to.be.at.most(3145728);
  });

  it('--deterministic gives a byte-identical trace twice', () => {
    const args = ['--bios', 'none', '--kernel', join(repoRoot, 'images/hypervisor/hypervisor-smoke.elf'), '--harts', '2',
      '--deterministic', '--trace', 'insn,int,exc,mmu,sbi,dev', '--trace-limit', '4M'];
    const a = traced(args), b = traced(args);
    expect(a.status, a.stderr).to.equal(0);
    expect(b.status, b.stderr).to.equal(0);
    expect(a.lines.length).to.be.greaterThan(40_000);
    expect(new Set(a.lines.map((l) => l.slice(0, 2)))).to.include.members(['h0', 'h1']);
    expect(a.lines.join('\n') === b.lines.join('\n'), 'identical traces').to.equal(true);
  });

  it('writes to stderr without --trace-file', () => {
    const r = runHartsim(['run', ...bare('traps'), '--trace', 'exc'], RUN_MS);
    expect(r.status, r.stderr).to.equal(0);
    const lines = r.stderr.split('\n').filter((l) => l !== '');
    expect(lines.length).to.be.greaterThan(10);
    for (const l of lines) expect(l).to.match(EXC);
  });

  it('rejects bad trace options with one line and a non-zero exit', () => {
    const cases: [string[], RegExp][] = [
      [['--trace', 'insn,bogus'], /unknown trace category 'bogus' \(known: insn,int,exc,mmu,sbi,dev\)/],
      [['--trace', 'insn', '--trace-harts', '3'], /--trace-harts: hart 3 does not exist \(harts are 0 to 0\)/],
      [['--trace', 'insn', '--trace-harts', 'x'], /'x' is not a hart number or range/],
      [['--trace', 'insn', '--trace-range', '80000000'], /is not an address range LO-HI/],
      [['--trace', 'insn', '--trace-range', '2000-1000'], /is empty/],
      [['--trace', 'insn', '--trace-range', 'zz-1000'], /'zz' is not a hex address/],
      [['--trace', 'insn', '--trace-limit', 'lots'], /'lots' is not a size/],
      [['--trace', 'insn', '--trace-limit', '0'], /at least one byte/],
      [['--trace-file', join(dir, 'x.txt')], /--trace-file needs --trace LIST/],
      [['--trace-limit', '1M'], /--trace-limit needs --trace LIST/],
      [['--trace', 'exc', '--trace-file', join(dir, 'no/such/dir/t.txt')], /--trace-file: cannot write .*ENOENT/],
    ];
    for (const [args, pattern] of cases) {
      const r = runHartsim(['run', ...bare('rv64i'), ...args], 20_000);
      expect(r.status, args.join(' ')).to.not.equal(0);
      expect(r.status).to.not.equal(null);
      const lines = r.stderr.trim().split('\n');
      expect(lines, r.stderr).to.have.length(1);
      expect(lines[0]).to.match(/^hartsim: /);
      expect(lines[0]).to.match(pattern);
      expect(r.stdout, 'the guest did not run').to.equal('');
    }
  });

  it('a trace that cannot be written stops with one line, and the run goes on', () => {
    if (!existsSync('/dev/full')) throw new Error('/dev/full missing');
    const r = runHartsim(['run', ...bare('traps'), '--harts', '2', '--trace', 'exc', '--trace-file', '/dev/full'], RUN_MS);
    expect(r.status, r.stderr).to.equal(0);
    expect(r.stdout).to.contain('DONE checks=');
    expect(r.stderr).to.equal('hartsim: cannot write the trace to /dev/full: ENOSPC; tracing stopped\n');
  });

  it('parses the option values exactly', () => {
    expect(parseTraceCategories('insn,dev')).to.equal(1 | 32);
    expect(parseHartSet('0,2-3')).to.equal(0b1101);
    expect(parseTraceLimit('64M')).to.equal(64 * 2 ** 20);
    expect(parseTraceLimit('4096')).to.equal(4096);
    const high = parseAddrRange('ffffffff80000000-ffffffff80001000');
    expect(inRange(high, -0x80000000)).to.equal(true);
    expect(inRange(high, -0x80000000 + 0xfff)).to.equal(true);
    expect(inRange(high, -0x80000000 + 0x1000)).to.equal(false);
    expect(inRange(high, 0x80000000)).to.equal(false);
    const low = parseAddrRange('0x1000-0x2000');
    expect(inRange(low, 0x1000)).to.equal(true);
    expect(inRange(low, 0xfff)).to.equal(false);
    expect(inRange(low, -0x1000)).to.equal(false);
    expect(inRange(parseAddrRange('0-ffffffffffffffff'), -2)).to.equal(true);
  });

  it('keeps the trace file of an earlier run out of the next one', () => {
    const file = join(dir, 'reused.txt');
    writeFileSync(file, 'old contents\n');
    const r = runHartsim(['run', ...bare('traps'), '--trace', 'exc', '--trace-file', file], RUN_MS);
    expect(r.status, r.stderr).to.equal(0);
    expect(readFileSync(file, 'latin1')).to.not.contain('old contents');
    expect(statSync(file).size).to.be.greaterThan(100);
  });
});

const norm = (s: string): string => s.trim().replace(/\s+/g, ' ');

/** objdump -d (aliases, as the trace prints) of an ELF: encoding and text by address, annotations dropped. */
function objdumpByAddress(elf: string): Map<bigint, { enc: string; text: string }> {
  if (!hasCommand(OBJDUMP)) throw new Error(`${OBJDUMP} missing (apt-get install binutils-riscv64-unknown-elf)`);
  const out = new Map<bigint, { enc: string; text: string }>();
  const dump = execFileSync(OBJDUMP, ['-d', elf], { encoding: 'utf8', maxBuffer: 1 << 28 });
  for (const line of dump.split('\n')) {
    const m = /^\s*([0-9a-f]+):\t([0-9a-f]{4}|[0-9a-f]{8})\s*\t(.*)$/.exec(line);
    if (!m) continue;
    let text = m[3];
    const hash = text.indexOf('#');
    if (hash >= 0) text = text.slice(0, hash);
    text = text.replace(/\s*<[^>]*>\s*$/, '');
    out.set(BigInt('0x' + m[1]), { enc: m[2], text: norm(text) });
  }
  return out;
}

/** Hart h's trap counts from --stats (exceptions, or interrupts), by cause number. */
function statsTraps(stderr: string, hart: number, interrupts: boolean): Record<number, number> {
  const line = stderr.split('\n').find((l) => l.startsWith(`hart ${hart}: `) && l.includes('traps: '));
  expect(line, stderr).to.not.equal(undefined);
  const byName = new Map(Object.entries(CAUSE_NAMES).map(([k, v]) => [v, Number(k)]));
  const out: Record<number, number> = {};
  for (const item of line!.slice(line!.indexOf('traps: ') + 7).split(' ')) {
    const m = /^(.+)=(\d+)$/.exec(item);
    if (!m) continue;
    let n = byName.get(m[1]) ?? (/^irq(\d+)$/.test(m[1]) ? 32 + Number(m[1].slice(3)) : Number(m[1].replace(/^exc/, '')));
    if ((n >= 32) !== interrupts) continue;
    if (interrupts) n -= 32;
    out[n] = Number(m[2]);
  }
  return out;
}
