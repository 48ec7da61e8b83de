/**
 * The gdb remote stub: a TCP server on 127.0.0.1 speaking the remote serial protocol in
 * all-stop mode. Every hart is a thread (thread id = hart + 1). When one hart stops, all do.
 * Memory goes through the selected hart's current translation, or is physical after
 * `monitor phys on`. A malformed packet gets an error reply; a disconnect without detach
 * clears the break/watchpoints and lets the machine run on.
 */
import { createServer, type Server, type Socket } from 'node:net';
import {
  PacketReader, frame, escapeBinary, unescapeBinary, toHex, fromHex, parseHexNumber, le64Hex, parseLe64, MAX_PACKET,
} from './gdb-packets.js';
import { targetXml, G_PACKET_REGS, REG_PC, REG_PRIV, REG_VIRT } from './gdb-regs.js';
import type { DebugTarget, Point, ResumeMode } from './target.js';
import type { Monitor } from './monitor.js';
import { HaltReason, PointKind } from '../threads/layout.js';

export interface StubHost {
  /** gdb's `kill`: end the run. */
  kill(): void;
  /** The guest's exit status once the machine has stopped. */
  exitCode(): number;
}

/** HARTSIM_GDB_TRACE=1 logs every packet and reply on stderr. */
const TRACE = process.env.HARTSIM_GDB_TRACE === '1';
const SIGINT = 2;
const SIGTRAP = 5;

export class GdbStub {
  private server: Server | null = null;
  private session: Session | null = null;

  constructor(private readonly target: DebugTarget, private readonly monitor: Monitor, private readonly host: StubHost) {}

  /** Listens on 127.0.0.1:port (0 picks a free one); resolves with the port. */
  listen(port: number): Promise<number> {
    return new Promise((resolve, reject) => {
      const server = createServer((sock) => this.accept(sock));
      server.once('error', (e: NodeJS.ErrnoException) => {
        reject(new Error(e.code === 'EADDRINUSE' ? `--gdb ${port}: port in use` : `--gdb ${port}: ${e.code ?? e.message}`));
      });
      server.listen(port, '127.0.0.1', () => {
        this.server = server;
        server.on('error', () => {});
        const addr = server.address();
        resolve(typeof addr === 'object' && addr ? addr.port : port);
      });
    });
  }

  private accept(sock: Socket): void {
    if (this.session) { sock.end(); return; } // one debugger at a time
    const s = new Session(sock, this.target, this.monitor, this.host);
    this.session = s;
    sock.once('close', () => { if (this.session === s) this.session = null; });
  }

  /** The machine stopped: tell gdb (W packet) and stop listening. */
  machineStopped(): void {
    this.session?.machineStopped();
    this.server?.close();
    this.server = null;
  }

  close(): void {
    this.server?.close();
    this.server = null;
    this.session?.drop();
  }
}

class Session {
  private readonly reader = new PacketReader();
  private noAck = false;
  /** Hart for register and memory packets (Hg) and for legacy c/s (Hc; -1 = all). */
  private gHart = 0;
  private cHart = -1;
  private lastStop = 0;
  private lastSignal = SIGTRAP;
  private running: number[] | null = null;
  private queue: Promise<void> = Promise.resolve();
  private phys = false;
  private closed = false;
  private interrupted = false;

  constructor(private readonly sock: Socket, private readonly target: DebugTarget, private readonly monitor: Monitor,
    private readonly host: StubHost) {
    sock.setNoDelay(true);
    sock.on('data', (d) => this.onData(d.toString('latin1')));
    sock.on('error', () => {});
    sock.once('close', () => this.onClose());
    target.attach();
    // All-stop: a debugger that connects finds the machine stopped.
    this.enqueue(async () => { await target.halt(); });
  }

  private onData(chunk: string): void {
    for (const f of this.reader.feed(chunk)) {
      switch (f.kind) {
        case 'packet':
          if (!this.noAck) this.write('+');
          this.enqueue(() => this.handle(f.data));
          break;
        case 'bad':
          if (!this.noAck) this.write('-');
          break;
        case 'interrupt':
          if (this.running) { this.interrupted = true; void this.target.halt(); }
          break;
        default:
          break; // acks: replies are not retransmitted (TCP does not lose them)
      }
    }
  }

  private enqueue(job: () => Promise<void>): void {
    this.queue = this.queue.then(job).catch(() => { this.reply('E01'); });
  }

  private write(s: string): void {
    if (!this.closed) this.sock.write(s, 'latin1');
  }

  private reply(data: string): void {
    this.write(frame(data));
  }

  /** gdb went away without detaching: forget its points and let the machine run on. */
  private onClose(): void {
    if (this.closed) return;
    this.closed = true;
    this.enqueue(() => this.release());
  }

  private async release(): Promise<void> {
    this.target.setPoints([], false);
    await this.target.halt();
    await this.runOn();
    this.target.detach();
  }

  /**
   * Resumes every hart, and again any hart that was still halting when the first resume went
   * by (seen once after a Ctrl-C and a dropped connection: a hart left halted with nobody
   * attached to resume it, so the machine never ended).
   */
  private async runOn(): Promise<void> {
    await this.target.resumeAll();
    for (let round = 0; round < 20; round++) {
      await new Promise((r) => setTimeout(r, 25));
      let halted = false;
      for (let h = 0; h < this.target.harts; h++) halted ||= this.target.isHalted(h);
      if (!halted) return;
      await this.target.resumeAll();
    }
  }

  /** Closes the connection; a pending continue first sends its exit reply. */
  drop(): void {
    if (!this.running) { this.sock.destroy(); return; }
    setTimeout(() => this.sock.destroy(), 1000).unref();
  }

  machineStopped(): void {
    if (this.running) return; // the pending continue reports it
    this.reply(`W${(this.host.exitCode() & 0xff).toString(16).padStart(2, '0')}`);
    this.sock.end();
  }

  private async handle(p: string): Promise<void> {
    const r = await this.dispatch(p);
    if (TRACE) process.stderr.write(`gdb: ${p.slice(0, 80)} -> ${r === null ? '(none)' : r.slice(0, 80)}\n`);
    if (r !== null) this.reply(r);
  }

  /** The reply to packet p, or null when there is none (yet). */
  private async dispatch(p: string): Promise<string | null> {
    const t = this.target;
    const c = p[0];
    switch (c) {
      case '?': return this.stopReply(this.lastStop, this.lastSignal);
      case 'g': return this.readAllRegs();
      case 'G': return this.writeAllRegs(p.slice(1));
      case 'p': {
        const n = parseHexNumber(p.slice(1));
        if (n === null) return 'E01';
        const v = t.reg(this.gHart, Number(n));
        return v === null ? 'E01' : le64Hex(v);
      }
      case 'P': {
        const m = /^P([0-9a-fA-F]+)=([0-9a-fA-F]{16})$/.exec(p);
        const v = m ? parseLe64(m[2]) : null;
        if (!m || v === null) return 'E01';
        return (await t.writeReg(this.gHart, parseInt(m[1], 16), v)) ? 'OK' : 'E01';
      }
      case 'm': return this.readMem(p.slice(1));
      case 'M': return this.writeMemHex(p.slice(1));
      case 'X': return this.writeMemBinary(p.slice(1));
      case 'H': return this.setThread(p);
      case 'T': {
        const h = this.parseThread(p.slice(1));
        return h !== null && h >= 0 ? 'OK' : 'E01';
      }
      case 'c': return this.resumeAndWait(this.legacyModes('continue'));
      case 's': return this.resumeAndWait(this.legacyModes('step'));
      case 'C': return this.resumeAndWait(this.legacyModes('continue'));
      case 'S': return this.resumeAndWait(this.legacyModes('step'));
      case 'Z': case 'z': return this.point(p);
      case 'D': {
        this.target.setPoints([], false);
        await this.runOn();
        this.reply('OK');
        this.closed = true;
        t.detach();
        this.sock.end();
        return null;
      }
      case 'k': this.host.kill(); return null;
      case 'q': return this.query(p);
      case 'Q':
        if (p === 'QStartNoAckMode') { this.reply('OK'); this.noAck = true; return null; }
        return '';
      case 'v': return this.vPacket(p);
      default: return '';
    }
  }

  private async query(p: string): Promise<string> {
    if (p.startsWith('qSupported')) {
      return `PacketSize=${MAX_PACKET.toString(16)};qXfer:features:read+;vContSupported+;QStartNoAckMode+`;
    }
    if (p.startsWith('qXfer:features:read:')) {
      const m = /^qXfer:features:read:([^:]+):([0-9a-fA-F]+),([0-9a-fA-F]+)$/.exec(p);
      if (!m) return 'E01';
      if (m[1] !== 'target.xml') return 'E00';
      const xml = targetXml();
      const off = parseInt(m[2], 16), len = parseInt(m[3], 16);
      const part = xml.slice(off, off + len);
      return (off + len >= xml.length ? 'l' : 'm') + escapeBinary(part);
    }
    if (p === 'qfThreadInfo') return 'm' + Array.from({ length: this.target.harts }, (_, h) => (h + 1).toString(16)).join(',');
    if (p === 'qsThreadInfo') return 'l';
    if (p === 'qC') return `QC${(this.gHart + 1).toString(16)}`;
    if (p.startsWith('qAttached')) return '1';
    if (p.startsWith('qThreadExtraInfo,')) {
      const h = this.parseThread(p.slice('qThreadExtraInfo,'.length));
      if (h === null || h < 0) return 'E01';
      return toHex(Buffer.from(this.describeHart(h), 'latin1'));
    }
    if (p.startsWith('qRcmd,')) {
      const cmd = fromHex(p.slice(6));
      if (!cmd) return 'E01';
      const out = await this.monitorCommand(Buffer.from(cmd).toString('latin1'));
      if (out !== '') this.reply('O' + toHex(Buffer.from(out.endsWith('\n') ? out : out + '\n', 'latin1')));
      return 'OK';
    }
    return '';
  }

  /** `monitor phys on|off` belongs to the stub; the rest goes to the monitor, for the selected hart. */
  private async monitorCommand(line: string): Promise<string> {
    const w = line.trim().split(/\s+/);
    if (w[0] === 'phys') {
      if (w[1] === 'on' || w[1] === 'off') {
        this.phys = w[1] === 'on';
        this.target.setPoints(this.target.getPoints().slice(), this.phys);
      } else if (w[1] !== undefined) {
        return 'usage: monitor phys [on|off]';
      }
      return `memory and break/watchpoint addresses are ${this.phys ? 'physical' : 'virtual (the hart\'s current translation)'}`;
    }
    if (w[0] === 'help') {
      return (await this.monitor.execute('help')) + '\nphys [on|off]           gdb memory and point addresses physical, or through the current translation';
    }
    this.monitor.current = this.gHart;
    return this.monitor.execute(line);
  }

  private describeHart(h: number): string {
    const t = this.target;
    const priv = Number(t.reg(h, REG_PRIV) ?? 0n), virt = Number(t.reg(h, REG_VIRT) ?? 0n);
    const mode = `${virt ? 'V' : ''}${['U', 'S', '?', 'M'][priv] ?? '?'}`;
    return `hart ${h}, ${mode}-mode${t.inWfi(h) ? ', wfi' : ''}`;
  }

  private async vPacket(p: string): Promise<string | null> {
    if (p === 'vCont?') return 'vCont;c;C;s;S;t';
    if (p.startsWith('vCont;')) {
      const modes = this.parseVCont(p.slice(6));
      return modes ? this.resumeAndWait(modes) : 'E01';
    }
    if (p === 'vMustReplyEmpty') return '';
    if (p.startsWith('vKill')) { this.host.kill(); return 'OK'; }
    return '';
  }

  /** vCont actions, leftmost match per thread (gdb manual, "vCont"). Threads with no action stay stopped. */
  private parseVCont(s: string): Map<number, ResumeMode> | null {
    const modes = new Map<number, ResumeMode>();
    const claimed = new Set<number>();
    for (const part of s.split(';')) {
      const m = /^([cCsSt])([0-9a-fA-F]{2})?(?::(.+))?$/.exec(part);
      if (!m) return null;
      const mode: ResumeMode | null = m[1] === 'c' || m[1] === 'C' ? 'continue' : m[1] === 's' || m[1] === 'S' ? 'step' : null;
      let harts: number[];
      if (m[3] === undefined) harts = this.allHarts();
      else {
        const h = this.parseThread(m[3]);
        if (h === null) return null;
        harts = h < 0 ? this.allHarts() : [h];
      }
      for (const h of harts) {
        if (claimed.has(h)) continue;
        claimed.add(h);
        if (mode) modes.set(h, mode);
      }
    }
    return modes;
  }

  private legacyModes(mode: ResumeMode): Map<number, ResumeMode> {
    if (mode === 'step') return new Map([[this.cHart >= 0 ? this.cHart : this.gHart, 'step']]);
    return new Map(this.allHarts().map((h) => [h, 'continue']));
  }

  private allHarts(): number[] {
    return Array.from({ length: this.target.harts }, (_, h) => h);
  }

  /** Resumes, waits for the first hart to stop, stops the others, and returns the stop reply. */
  private async resumeAndWait(modes: Map<number, ResumeMode>): Promise<string | null> {
    const t = this.target;
    if (modes.size === 0) return 'E01';
    this.interrupted = false;
    const running = [...modes.keys()];
    this.running = running;
    await t.resume(modes);
    const h = await t.waitForStop(running);
    this.running = null;
    if (h === null) {
      this.reply(`W${(this.host.exitCode() & 0xff).toString(16).padStart(2, '0')}`);
      this.sock.end();
      return null;
    }
    await t.halt();
    this.lastStop = h;
    this.gHart = h;
    this.lastSignal = this.interrupted && t.haltReason(h) === HaltReason.Requested ? SIGINT : SIGTRAP;
    return this.stopReply(h, this.lastSignal);
  }

  private stopReply(h: number, sig: number): string {
    let extra = '';
    if (this.target.isHalted(h) && this.target.haltReason(h) === HaltReason.Watchpoint) {
      const w = this.target.watchHit(h);
      const name = w.kind === PointKind.WatchWrite ? 'watch' : w.kind === PointKind.WatchRead ? 'rwatch' : 'awatch';
      extra = `${name}:${w.addr.toString(16)};`;
    }
    return `T${sig.toString(16).padStart(2, '0')}${extra}thread:${(h + 1).toString(16)};`;
  }

  /** A thread id: hart number, -1 for all, or null when malformed or out of range. */
  private parseThread(s: string): number | null {
    if (s === '-1') return -1;
    if (!/^[0-9a-fA-F]{1,8}$/.test(s)) return null;
    const tid = parseInt(s, 16);
    if (tid === 0) return this.gHart; // "any thread"
    return tid <= this.target.harts ? tid - 1 : null;
  }

  private setThread(p: string): string {
    const which = p[1];
    const h = this.parseThread(p.slice(2));
    if ((which !== 'g' && which !== 'c') || h === null) return 'E01';
    if (which === 'g') this.gHart = h < 0 ? this.gHart : h;
    else this.cHart = h;
    return 'OK';
  }

  private readAllRegs(): string {
    let s = '';
    for (let r = 0; r < G_PACKET_REGS; r++) s += le64Hex(this.target.reg(this.gHart, r) ?? 0n);
    return s;
  }

  private async writeAllRegs(hex: string): Promise<string> {
    if (hex.length < G_PACKET_REGS * 16) return 'E01';
    for (let r = 1; r <= REG_PC; r++) {
      const v = parseLe64(hex.slice(16 * r, 16 * r + 16));
      if (v === null) return 'E01';
      if (!(await this.target.writeReg(this.gHart, r, v))) return 'E01';
    }
    return 'OK';
  }

  private addrLen(s: string): [bigint, number] | null {
    const m = /^([0-9a-fA-F]{1,16}),([0-9a-fA-F]{1,8})$/.exec(s);
    if (!m) return null;
    const len = parseInt(m[2], 16);
    return len > MAX_PACKET ? null : [BigInt('0x' + m[1]), len];
  }

  private readMem(args: string): string {
    const al = this.addrLen(args);
    if (!al) return 'E01';
    const bytes = this.target.readMemory(this.gHart, al[0], Math.min(al[1], MAX_PACKET / 2 - 8), this.phys);
    return bytes.length === 0 && al[1] > 0 ? 'E14' : toHex(bytes);
  }

  private writeMemHex(args: string): string {
    const colon = args.indexOf(':');
    const al = colon > 0 ? this.addrLen(args.slice(0, colon)) : null;
    const data = colon > 0 ? fromHex(args.slice(colon + 1)) : null;
    if (!al || !data || data.length !== al[1]) return 'E01';
    return this.target.writeMemory(this.gHart, al[0], data, this.phys) === data.length ? 'OK' : 'E14';
  }

  private writeMemBinary(args: string): string {
    const colon = args.indexOf(':');
    const al = colon > 0 ? this.addrLen(args.slice(0, colon)) : null;
    if (!al) return 'E01';
    const data = Buffer.from(unescapeBinary(args.slice(colon + 1)), 'latin1');
    if (data.length !== al[1]) return 'E01';
    if (data.length === 0) return 'OK'; // gdb's probe for X support
    return this.target.writeMemory(this.gHart, al[0], data, this.phys) === data.length ? 'OK' : 'E14';
  }

  /** Z/z type,addr,kind: 0 and 1 are pc breakpoints, 2-4 watchpoints of `kind` bytes. */
  private point(p: string): string {
    const m = /^([Zz])([0-4]),([0-9a-fA-F]{1,16}),([0-9a-fA-F]{1,8})$/.exec(p);
    if (!m) return 'E01';
    const type = Number(m[2]);
    const addr = Number(BigInt.asIntN(64, BigInt('0x' + m[3])));
    const len = parseInt(m[4], 16);
    if (!Number.isSafeInteger(addr) || (type >= 2 && (len < 1 || len > 4096))) return 'E01';
    const kind = type <= 1 ? PointKind.Break : (type as PointKind);
    const same = (q: Point) => q.kind === kind && q.addr === addr && (kind === PointKind.Break || q.len === len);
    const points = this.target.getPoints().filter((q) => !same(q));
    if (m[1] === 'Z') points.push({ kind, addr, len: kind === PointKind.Break ? 1 : len });
    return this.target.setPoints(points, this.phys) ? 'OK' : 'E0e';
  }
}
