/**
 * The gdb stub end to end: gdb-multiarch debugging the hypervisor on 4 harts (a breakpoint
 * hart 1 reaches, H and VS CSRs, a step into the guest, guest memory through the two-stage
 * translation, detach and the run completing), and the protocol from a raw socket
 * (malformed packets, Ctrl-C, a disconnect without detach).
 */
import { expect } from 'chai';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createConnection, createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hartsimBin, repoRoot, hasCommand, runHartsim } from './helpers.js';
import { frame } from '../src/debug/gdb-packets.js';

const HV_ELF = join(repoRoot, 'images/hypervisor.elf');
const TESTOS_BIN = join(repoRoot, 'images/guests/testos.bin');
/** The hypervisor runs its image in HS mode at physical + HV_VOFF (images/hypervisor/layout.h). */
const HV_VOFF = 0xffffffbf80000000n;
const HV_ARGS = ['run', '--bios', 'none', '--kernel', HV_ELF, '--harts', '4', '-m', '256M'];
const HV_DONE = '[hv] powering off (every VM ended as expected)';

interface Running {
  proc: ChildProcess;
  port: Promise<number>;
  stdout(): string;
  stderr(): string;
  exit: Promise<number | null>;
}

/** Starts hartsim with --gdb 0 and learns the port from its stderr line. */
function startWithGdb(extra: string[]): Running {
  const proc = spawn(process.execPath, [hartsimBin, ...HV_ARGS, '--gdb', '0', ...extra], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '', err = '';
  proc.stdout!.on('data', (d: Buffer) => { out += d.toString('latin1'); });
  const port = new Promise<number>((resolve, reject) => {
    proc.stderr!.on('data', (d: Buffer) => {
      err += d.toString();
      const m = /listening on 127\.0\.0\.1:(\d+)/.exec(err);
      if (m) resolve(Number(m[1]));
    });
    proc.once('exit', () => reject(new Error(`hartsim exited before listening: ${err}`)));
  });
  port.catch(() => {});
  const exit = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));
  return { proc, port, stdout: () => out, stderr: () => err, exit };
}

/** The address of the first `sret` inside hv_run_guest, from objdump. */
function sretInRunGuest(): bigint {
  const nm = spawnSync('riscv64-unknown-elf-nm', [HV_ELF], { encoding: 'utf8' });
  const start = BigInt('0x' + /^([0-9a-f]+) T hv_run_guest$/m.exec(nm.stdout)![1]);
  const dis = spawnSync('riscv64-unknown-elf-objdump', ['-d', `--start-address=0x${start.toString(16)}`,
    `--stop-address=0x${(start + 0x200n).toString(16)}`, HV_ELF], { encoding: 'utf8' });
  const m = /^\s+([0-9a-f]+):\s+10200073\s+sret/m.exec(dis.stdout);
  if (!m) throw new Error('no sret in hv_run_guest');
  return BigInt('0x' + m[1]);
}

function runGdb(script: string, timeoutMs: number): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'hartsim-gdb-'));
  const file = join(dir, 'session.gdb');
  writeFileSync(file, script);
  return new Promise((resolve, reject) => {
    const g = spawn('gdb-multiarch', ['-batch', '-nx', '-x', file], { stdio: ['ignore', 'pipe', 'pipe'], cwd: repoRoot });
    let out = '';
    g.stdout.on('data', (d: Buffer) => { out += d.toString(); });
    g.stderr.on('data', (d: Buffer) => { out += d.toString(); });
    const t = setTimeout(() => { g.kill('SIGKILL'); reject(new Error(`gdb timed out:\n${out}`)); }, timeoutMs);
    g.once('exit', () => { clearTimeout(t); resolve(out); });
  });
}

function value(out: string, key: string): string {
  const m = new RegExp(`(?:^|\\s)${key}=(\\S+)`, 'm').exec(out);
  if (!m) throw new Error(`no ${key}= in gdb output:\n${out}`);
  return m[1];
}

/** A minimal remote-protocol client for the packet-level checks. */
class RawClient {
  private buf = '';
  private waiters: (() => void)[] = [];
  readonly sock: Socket;
  closed = false;

  constructor(port: number) {
    this.sock = createConnection({ host: '127.0.0.1', port });
    this.sock.on('data', (d) => { this.buf += d.toString('latin1'); this.waiters.splice(0).forEach((w) => w()); });
    this.sock.on('close', () => { this.closed = true; this.waiters.splice(0).forEach((w) => w()); });
    this.sock.on('error', () => {});
  }

  connected(): Promise<void> {
    return new Promise((resolve) => this.sock.once('connect', () => resolve()));
  }

  sendRaw(s: string): void {
    this.sock.write(s, 'latin1');
  }

  /** Waits for `re` in the received bytes; returns and consumes everything up to its end. */
  async expect(re: RegExp, timeoutMs = 30_000): Promise<RegExpExecArray> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const m = re.exec(this.buf);
      if (m) { this.buf = this.buf.slice(m.index + m[0].length); return m; }
      if (this.closed || Date.now() > deadline) throw new Error(`expected ${re} but got ${JSON.stringify(this.buf)}`);
      await new Promise<void>((resolve) => { this.waiters.push(resolve); setTimeout(resolve, 200); });
    }
  }

  /** Sends a packet and returns the reply's data. */
  async request(data: string): Promise<string> {
    this.sendRaw(frame(data));
    const m = await this.expect(/\$([^#]*)#([0-9a-f]{2})/);
    return m[1];
  }
}

describe('gdb remote stub', function () {
  this.timeout(240_000);

  before(function () {
    if (!hasCommand('gdb-multiarch')) throw new Error('gdb-multiarch missing (apt-get install gdb-multiarch)');
  });

  it('debugs the hypervisor: breakpoint on hart 1, H and VS CSRs, a step into the guest, guest memory, detach', async () => {
    const hs = startWithGdb(['--wait-gdb']);
    try {
      const port = await hs.port;
      const runGuest = `((unsigned long)&hv_run_guest + 0x${HV_VOFF.toString(16)})`;
      const sret = sretInRunGuest() + HV_VOFF;
      const out = await runGdb([
        // Bare metal: without this gdb assumes Linux and steps by planting breakpoints.
        'set osabi none',
        'set architecture riscv:rv64', 'set pagination off', 'set confirm off',
        `file ${HV_ELF}`,
        `target remote 127.0.0.1:${port}`,
        'printf "START_PC=%lx THREADS=%d\\n", $pc, $_inferior_thread_count',
        // hv_run_guest runs on every hart; this one only stops on thread 2 (hart 1).
        `break *${runGuest} thread 2`,
        'continue',
        'printf "THREAD=%d PC=%lx HART=%d\\n", $_thread, $pc, $mhartid',
        'printf "HSTATUS=%lx VSATP=%lx VSSTATUS=%lx PRIV=%d VIRT=%d\\n", $hstatus, $vsatp, $vsstatus, $priv, $virt',
        'delete',
        `tbreak *0x${sret.toString(16)} thread 2`,
        'continue',
        'printf "AT_SRET=%lx HSTATUS2=%lx SEPC=%lx\\n", $pc, $hstatus, $sepc',
        'stepi',
        'printf "STEPPED=%lx PRIV2=%d VIRT2=%d\\n", $pc, $priv, $virt',
        'printf "GUEST=%08x%08x\\n", *(unsigned int *)($pc + 4), *(unsigned int *)$pc',
        'monitor info registers',
        'detach',
      ].join('\n') + '\n', 180_000);
      expect(value(out, 'START_PC')).to.equal('1000');
      expect(value(out, 'THREADS')).to.equal('4');
      expect(value(out, 'THREAD')).to.equal('2');
      expect(BigInt('0x' + value(out, 'PC'))).to.equal(BigInt.asUintN(64, BigInt('0x' + runGuestPhys()) + HV_VOFF));
      expect(value(out, 'HART')).to.equal('1');
      // VSXL = 2 (64-bit guests) is hstatus bits 33:32; HS-mode at V=0 in the hypervisor.
      expect(BigInt('0x' + value(out, 'HSTATUS')) >> 32n & 3n).to.equal(2n);
      expect(value(out, 'PRIV')).to.equal('1');
      expect(value(out, 'VIRT')).to.equal('0');
      expect(BigInt('0x' + value(out, 'VSSTATUS')) >> 32n & 3n).to.equal(2n); // UXL of the guest's sstatus
      expect(value(out, 'VSATP')).to.match(/^[0-9a-f]+$/);
      expect(BigInt('0x' + value(out, 'AT_SRET'))).to.equal(sret);
      expect(BigInt('0x' + value(out, 'HSTATUS2')) & 0x80n).to.equal(0x80n); // SPV: sret enters the guest
      // One instruction: the sret, landing at the guest's pc in VS-mode.
      expect(value(out, 'STEPPED')).to.equal(value(out, 'SEPC'));
      expect(value(out, 'PRIV2')).to.equal('1');
      expect(value(out, 'VIRT2')).to.equal('1');
      // The guest kernel runs where it is linked (GVA = GPA = 0x8000_0000 + offset in testos.bin);
      // reading it went through vsatp and hgatp to vm0's host memory.
      const gpc = BigInt('0x' + value(out, 'STEPPED'));
      const image = readFileSync(TESTOS_BIN);
      const off = Number(gpc - 0x80000000n);
      expect(off).to.be.within(0, image.length - 8);
      const want = image.readBigUInt64LE(off).toString(16).padStart(16, '0');
      expect(value(out, 'GUEST')).to.equal(want);
      expect(out).to.match(/hart 1: pc [0-9a-f]{16}\s+mode VS/);
      expect(out).to.contain('detached');
      expect(await hs.exit).to.equal(0);
      expect(hs.stdout()).to.contain(HV_DONE);
    } finally {
      hs.proc.kill('SIGKILL');
    }
  });

  it('answers malformed packets with errors, stops on Ctrl-C, and lets the run finish after a disconnect', async () => {
    const hs = startWithGdb(['--wait-gdb']);
    try {
      const c = new RawClient(await hs.port);
      await c.connected();
      // A bad checksum is NAKed; noise between packets is ignored.
      c.sendRaw('garbage$g#00');
      await c.expect(/^[^$]*-/);
      expect(await c.request('?')).to.equal('T05thread:1;');
      expect(await c.request('qfThreadInfo')).to.equal('m1,2,3,4');
      expect(await c.request('m80000000,zz')).to.equal('E01');
      expect(await c.request('m80000000,4')).to.equal('97020000'); // auipc t0,0 at _start
      expect(await c.request('p')).to.equal('E01');
      expect(await c.request('p99999')).to.equal('E01');
      expect(await c.request('Pzz=1')).to.equal('E01');
      expect(await c.request('Z9,80000000,4')).to.equal('E01');
      expect(await c.request('Hgq')).to.equal('E01');
      expect(await c.request('T9')).to.equal('E01');
      expect(await c.request('vCont;x')).to.equal('E01');
      expect(await c.request('qXfer:features:read:target.xml:zz')).to.equal('E01');
      expect(await c.request('qNoSuchThing')).to.equal('');
      expect(await c.request('!')).to.equal('');
      let xml = '';
      for (let part = ''; !part.startsWith('l');) {
        part = await c.request(`qXfer:features:read:target.xml:${xml.length.toString(16)},800`);
        expect(part).to.match(/^[lm]/);
        xml += part.slice(1);
      }
      for (const r of ['hstatus', 'vsatp', 'vsstatus', 'hgatp', 'mstatus', 'priv', 'virt', 'ft0', 'pc']) expect(xml).to.contain(`name="${r}"`);
      // Random packets (reads with random arguments, writes that are all malformed): each gets a reply.
      let seed = 12345;
      const rnd = (n: number) => { seed = (seed * 1103515245 + 12345) >>> 0; return (seed >>> 8) % n; };
      const junk = (n: number) => Array.from({ length: n }, () => ',:;=#$}*0f9zQ'[rnd(13)]).join('').replace(/[#$}]/g, 'x');
      const hexs = (n: number) => Array.from({ length: n }, () => '0123456789abcdef'[rnd(16)]).join('');
      for (let i = 0; i < 300; i++) {
        const pick = rnd(9);
        const p = pick === 0 ? `m${hexs(1 + rnd(16))},${hexs(1 + rnd(4))}` : pick === 1 ? `p${hexs(1 + rnd(5))}`
          : pick === 2 ? `M${junk(1 + rnd(12))}` : pick === 3 ? `X${junk(1 + rnd(12))}` : pick === 4 ? `P${junk(1 + rnd(12))}`
          : pick === 5 ? `G${junk(rnd(40))}` : pick === 6 ? `q${junk(rnd(20))}` : pick === 7 ? `H${'gc'[rnd(2)]}${junk(rnd(4))}`
          : `Z${rnd(6)}${junk(rnd(12))}`;
        const r = await c.request(p);
        expect(r, p).to.be.a('string');
        if (pick >= 2 && pick <= 5) expect(r, p).to.match(/^E/);
      }
      // Registers: pc of thread 3, x0 read as zero, priv M at reset.
      expect(await c.request('Hg3')).to.equal('OK');
      expect(await c.request('p20')).to.equal('0010000000000000');
      expect(await c.request('p1041')).to.equal('0300000000000000');
      // Writes: an integer register, a CSR (and a WARL one that ignores writes), priv, memory.
      expect(await c.request('P5=8877665544332211')).to.equal('OK');
      expect(await c.request('p5')).to.equal('8877665544332211');
      const sscratch = (65 + 0x140).toString(16), misa = (65 + 0x301).toString(16);
      expect(await c.request(`P${sscratch}=efbeadde00000000`)).to.equal('OK');
      expect(await c.request(`p${sscratch}`)).to.equal('efbeadde00000000');
      expect(await c.request(`P${sscratch}=0000000000000000`)).to.equal('OK');
      const misaValue = await c.request(`p${misa}`);
      expect(await c.request(`P${misa}=0000000000000000`)).to.equal('OK');
      expect(await c.request(`p${misa}`)).to.equal(misaValue);
      expect(await c.request('P1041=0200000000000000')).to.equal('E01'); // no privilege 2
      expect(await c.request('P1041=0100000000000000')).to.equal('OK');
      expect(await c.request('p1041')).to.equal('0100000000000000');
      expect(await c.request('P1041=0300000000000000')).to.equal('OK');
      expect(await c.request('P2c=0000000000f03f00')).to.equal('OK'); // f11 = 1.0
      expect(await c.request('p2c')).to.equal('0000000000f03f00');
      const spare = '8ff00000'; // inside the region QEMU's placement reserves for the DTB, unused
      const saved = await c.request(`m${spare},8`);
      expect(await c.request(`M${spare},4:01020304`)).to.equal('OK');
      expect(await c.request(`X${spare},4:` + '}\x03}\x04}]}\x0a')).to.equal('OK'); // # $ } * escaped
      expect(await c.request(`m${spare},4`)).to.equal('23247d2a');
      expect(await c.request(`M${spare},8:${saved}`)).to.equal('OK');
      expect(await c.request('M100000,4:01020304')).to.equal('E14'); // a device: not written
      // One step of hart 0 alone: pc 0x1000 -> 0x1004, the others stay where they are.
      expect(await c.request('Hg1')).to.equal('OK');
      expect(await c.request('vCont;s:1')).to.equal('T05thread:1;');
      expect(await c.request('p20')).to.equal('0410000000000000');
      expect(await c.request('Hg2')).to.equal('OK');
      expect(await c.request('p20')).to.equal('0010000000000000');
      expect(await c.request('Hg3')).to.equal('OK');
      expect(await c.request('P5=0000000000000000')).to.equal('OK');
      // Run, then Ctrl-C: every hart stops, reported as SIGINT.
      c.sendRaw(frame('vCont;c'));
      await c.expect(/^\+/);
      await new Promise((r) => setTimeout(r, 300));
      c.sendRaw('\x03');
      await c.expect(/\$T02thread:[1-4];#/);
      expect(await c.request('qC')).to.match(/^QC[1-4]$/);
      // Gone without a detach: the machine runs to its normal end.
      c.sock.destroy();
      expect(await hs.exit).to.equal(0);
      expect(hs.stdout()).to.contain(HV_DONE);
    } finally {
      hs.proc.kill('SIGKILL');
    }
  });

  it('in deterministic mode: a watchpoint, a physical-address breakpoint, detach', async () => {
    const hs = startWithGdb(['--wait-gdb', '--deterministic']);
    try {
      const port = await hs.port;
      const out = await runGdb([
        // Bare metal: without this gdb assumes Linux and steps by planting breakpoints.
        'set osabi none',
        'set architecture riscv:rv64', 'set pagination off', 'set confirm off',
        `file ${HV_ELF}`,
        `target remote 127.0.0.1:${port}`,
        // boot.S's lottery word: the first hart to swap it in wins (an AMO: a write).
        'watch *(int *)&fw_lottery',
        'continue',
        'printf "LOTTERY=%d\\n", *(int *)&fw_lottery',
        'delete',
        // With physical addresses the ELF's own symbol works for the HS code at HV_VOFF.
        'monitor phys on',
        'break *hv_run_guest',
        'continue',
        'monitor phys off',
        'printf "PC=%lx VIRT=%d\\n", $pc, $virt',
        'delete',
        'detach',
      ].join('\n') + '\n', 180_000);
      expect(out).to.match(/Hardware watchpoint 1: \*\(int \*\)&fw_lottery\s+Old value = 0\s+New value = 1/);
      expect(value(out, 'LOTTERY')).to.equal('1');
      expect(BigInt('0x' + value(out, 'PC'))).to.equal(BigInt('0x' + runGuestPhys()) + HV_VOFF);
      expect(value(out, 'VIRT')).to.equal('0');
      expect(await hs.exit).to.equal(0);
      expect(hs.stdout()).to.contain(HV_DONE);
    } finally {
      hs.proc.kill('SIGKILL');
    }
  });

  it('a step of an instruction that traps stops at the first instruction of the handler', async () => {
    const elf = join(repoRoot, 'images/tests/traps.elf');
    const nm = spawnSync('riscv64-unknown-elf-nm', [elf], { encoding: 'utf8' }).stdout;
    const sym = (name: string) => new RegExp(`^([0-9a-f]+) \\w ${name}$`, 'm').exec(nm)![1];
    const ecall = sym('ecall_m'), handler = sym('__mtrap');
    const proc = spawn(process.execPath, [hartsimBin, 'run', '--bios', 'none', '--kernel', elf, '--gdb', '0', '--wait-gdb'],
      { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      let err = '';
      const port = await new Promise<number>((resolve) => proc.stderr!.on('data', (d: Buffer) => {
        err += d.toString();
        const m = /127\.0\.0\.1:(\d+)/.exec(err);
        if (m) resolve(Number(m[1]));
      }));
      const c = new RawClient(port);
      await c.connected();
      const le = (hex: string) => BigInt('0x' + hex).toString(16).padStart(16, '0').match(/../g)!.reverse().join('');
      expect(await c.request(`Z1,${ecall},4`)).to.equal('OK');
      expect(await c.request('vCont;c')).to.equal('T05thread:1;');
      expect(await c.request('p20')).to.equal(le(ecall));
      expect(await c.request(`z1,${ecall},4`)).to.equal('OK');
      expect(await c.request('vCont;s:1')).to.equal('T05thread:1;');
      expect(await c.request('p20')).to.equal(le(handler)); // mtvec: the ecall from M trapped
      expect(await c.request(`p${(65 + 0x342).toString(16)}`)).to.equal('0b00000000000000'); // mcause 11
      expect(await c.request('D')).to.equal('OK');
      const code = await new Promise<number | null>((resolve) => proc.once('exit', resolve));
      expect(code).to.equal(0);
    } finally {
      proc.kill('SIGKILL');
    }
  });

  it('refuses a port in use and --wait-gdb without --gdb with one line', async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    const port = (server.address() as { port: number }).port;
    try {
      const r = runHartsim([...HV_ARGS, '--gdb', String(port)], 20_000);
      expect(r.status).to.not.equal(0);
      expect(r.stderr.trim().split('\n')).to.deep.equal([`hartsim: --gdb ${port}: port in use`]);
    } finally {
      server.close();
    }
    const w = runHartsim([...HV_ARGS, '--wait-gdb'], 20_000);
    expect(w.status).to.not.equal(0);
    expect(w.stderr.trim()).to.equal('hartsim: --wait-gdb needs --gdb PORT');
    const bad = runHartsim([...HV_ARGS, '--gdb', 'x'], 20_000);
    expect(bad.status).to.not.equal(0);
    expect(bad.stderr.trim().split('\n')).to.have.length(1);
  });
});

function runGuestPhys(): string {
  const nm = spawnSync('riscv64-unknown-elf-nm', [HV_ELF], { encoding: 'utf8' });
  return /^([0-9a-f]+) T hv_run_guest$/m.exec(nm.stdout)![1];
}
