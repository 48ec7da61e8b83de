/**
 * Terminal input for the guest console, with QEMU's escape key: Ctrl-A x quits, Ctrl-A h
 * lists the keys, Ctrl-A c switches between the guest and the monitor, Ctrl-A Ctrl-A sends
 * a literal Ctrl-A. A TTY is put in raw mode so every key reaches the guest.
 */
import type { ReadStream } from 'node:tty';

const CTRL_A = 0x01;

export interface ConsoleHandlers {
  onData(bytes: Uint8Array): void;
  onQuit(): void;
  /** The monitor (Ctrl-A c): told when it gets or loses the keyboard, and given the keys meanwhile. */
  monitor?: { focus(on: boolean): void; input(bytes: Uint8Array): void };
}

export class ConsoleInput {
  private escape = false;
  private inMonitor = false;
  private readonly listener = (chunk: Buffer) => this.feed(chunk);
  private started = false;

  constructor(private readonly stdin: NodeJS.ReadStream, private readonly h: ConsoleHandlers) {}

  start(): void {
    if (this.stdin.isTTY) (this.stdin as ReadStream).setRawMode(true);
    this.stdin.on('data', this.listener);
    this.stdin.on('error', () => this.stop());
    this.stdin.resume();
    this.started = true;
  }

  stop(): void {
    if (!this.started) return;
    this.started = false;
    this.stdin.off('data', this.listener);
    if (this.stdin.isTTY) (this.stdin as ReadStream).setRawMode(false);
    this.stdin.pause();
    this.stdin.unref?.();
  }

  /** Splits escape sequences out of the byte stream; everything else goes to the guest. */
  feed(chunk: Uint8Array): void {
    const out: number[] = [];
    for (const b of chunk) {
      if (this.escape) {
        this.escape = false;
        if (b === 0x78 /* x */) { this.flush(out); this.h.onQuit(); return; }
        if (b === CTRL_A) out.push(CTRL_A);
        else if (b === 0x63 /* c */ && this.h.monitor) { this.flush(out); out.length = 0; this.switchMonitor(); }
        else if (b === 0x68 /* h */) process.stderr.write('\r\nC-a x  exit\r\nC-a c  switch between console and monitor\r\nC-a C-a  send C-a\r\nC-a h  this help\r\n');
        continue;
      }
      if (b === CTRL_A) { this.escape = true; continue; }
      out.push(b);
    }
    this.flush(out);
  }

  private switchMonitor(): void {
    this.inMonitor = !this.inMonitor;
    this.h.monitor?.focus(this.inMonitor);
  }

  private flush(out: number[]): void {
    if (out.length === 0) return;
    if (this.inMonitor) this.h.monitor?.input(Uint8Array.from(out));
    else this.h.onData(Uint8Array.from(out));
  }
}
