/**
 * The debugging front ends of a run: the monitor on the console (Ctrl-A c) and, with
 * --gdb PORT, the gdb stub; both on the machine's DebugTarget.
 */
import type { Machine } from '../threads/machine.js';
import { Monitor } from '../debug/monitor.js';
import { GdbStub } from '../debug/gdb-stub.js';

export interface DebugOptions {
  gdb?: number;
  waitGdb?: boolean;
}

const PROMPT = '(hartsim) ';

/** The monitor's prompt on the terminal: a line editor that echoes (the terminal is raw). */
export class MonitorConsole {
  private line = '';
  private active = false;
  private busy: Promise<void> = Promise.resolve();

  constructor(private readonly monitor: Monitor, private readonly write: (s: string) => void) {}

  focus(on: boolean): void {
    this.active = on;
    this.line = '';
    this.write(on ? `\r\nHartsim monitor: help lists the commands, Ctrl-A c goes back to the console\r\n${PROMPT}` : '\r\n');
  }

  input(bytes: Uint8Array): void {
    if (!this.active) return;
    for (const b of bytes) {
      if (b === 0x0d || b === 0x0a) {
        const cmd = this.line;
        this.line = '';
        this.write('\r\n');
        this.busy = this.busy.then(async () => {
          const out = await this.monitor.execute(cmd);
          if (out !== '') this.write(out.replace(/\n/g, '\r\n') + '\r\n');
          this.write(PROMPT);
        });
      } else if (b === 0x7f || b === 0x08) {
        if (this.line.length > 0) { this.line = this.line.slice(0, -1); this.write('\b \b'); }
      } else if (b >= 0x20 && b < 0x7f) {
        this.line += String.fromCharCode(b);
        this.write(String.fromCharCode(b));
      }
    }
  }
}

export class Debugging {
  readonly monitorConsole: MonitorConsole;
  private stub: GdbStub | null = null;

  private constructor(readonly monitor: Monitor) {
    this.monitorConsole = new MonitorConsole(monitor, (s) => { process.stdout.write(s); });
  }

  /** Sets up the monitor and, with --gdb, listens (a port in use rejects with a one-line message). */
  static async start(machine: Machine, o: DebugOptions, quit: () => void): Promise<Debugging> {
    const target = machine.debugTarget();
    const monitor = new Monitor({
      target, quit, instret: () => machine.instret(), seconds: () => machine.secondsRunning(),
    });
    const d = new Debugging(monitor);
    if (o.gdb !== undefined) {
      const stub = new GdbStub(target, monitor, {
        kill: quit,
        exitCode: () => machine.exitCode(),
      });
      const port = await stub.listen(o.gdb);
      d.stub = stub;
      process.stderr.write(`hartsim: gdb stub listening on 127.0.0.1:${port}${o.waitGdb ? ', harts halted until gdb continues' : ''}\n`);
      if (o.waitGdb) target.requestHaltAll();
    }
    return d;
  }

  /** The run is over: gdb hears the exit status, and the port closes. */
  finished(): void {
    this.stub?.machineStopped();
    this.stub?.close();
    this.stub = null;
  }
}
