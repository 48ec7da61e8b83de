/**
 * Where one hart's trace lines go: the trace file (or stderr), shared by every hart's writer
 * and bounded by --trace-limit across all of them.
 *
 * Each hart thread opens the file itself in append mode and writes whole lines in one write()
 * each, so lines from different harts never mix (on a pipe, writes are kept within PIPE_BUF,
 * which POSIX makes atomic). The byte budget is reserved with an atomic add before writing:
 * the one writer whose reservation crosses the limit writes the lines that still fit, waits for
 * the writers before it, then writes the final "truncated" line and stops every writer.
 */
import { closeSync, fstatSync, openSync, writeSync } from 'node:fs';
import { SHARED_RESERVED_I64, SHARED_STOPPED_I32, SHARED_WRITTEN_I64, type TraceSettings } from './trace-options.js';

/** POSIX's PIPE_BUF on Linux: writes up to this size to a pipe are never interleaved. */
const PIPE_BUF = 4096;
/** How long the writer at the limit waits for earlier writers before writing the last line. */
const LAST_LINE_WAIT_MS = 2000;

const STOP_LIMIT = 1, STOP_ERROR = 2;

export class TraceOutput {
  private readonly fd: number;
  private readonly ownsFd: boolean;
  /** Largest single write: whole lines only, within PIPE_BUF unless the target is a regular file. */
  private readonly maxWrite: number;
  private readonly counters: BigInt64Array;
  private readonly flags: Int32Array;
  private readonly limit: number;

  constructor(private readonly settings: TraceSettings) {
    this.counters = new BigInt64Array(settings.shared);
    this.flags = new Int32Array(settings.shared);
    this.limit = settings.limit;
    if (settings.path === null) {
      this.fd = 2;
      this.ownsFd = false;
    } else {
      this.fd = openSync(settings.path, 'a');
      this.ownsFd = true;
    }
    this.maxWrite = fstatSync(this.fd).isFile() ? 1 << 20 : PIPE_BUF;
  }

  /** Tracing has ended for every hart (limit reached or a write failed). */
  stopped(): boolean {
    return Atomics.load(this.flags, SHARED_STOPPED_I32) !== 0;
  }

  /** Writes whole lines; returns false once tracing has stopped (this chunk may be cut or dropped). */
  write(chunk: string): boolean {
    if (chunk.length === 0) return !this.stopped();
    if (this.stopped()) return false;
    // Trace text is ASCII: one byte per character.
    const n = chunk.length;
    const before = Number(Atomics.add(this.counters, SHARED_RESERVED_I64, BigInt(n)));
    if (before + n <= this.limit) return this.emit(chunk);
    if (before < this.limit) this.finishAtLimit(chunk, this.limit - before, before);
    return false;
  }

  close(): void {
    if (this.ownsFd) closeSync(this.fd);
  }

  /** This writer crossed the limit: the lines that fit, then the last line once earlier writers are done. */
  private finishAtLimit(chunk: string, room: number, before: number): void {
    const cut = chunk.lastIndexOf('\n', room - 1) + 1;
    if (cut > 0) this.emit(chunk.slice(0, cut));
    this.waitForWritesBelow(before);
    if (Atomics.compareExchange(this.flags, SHARED_STOPPED_I32, 0, STOP_LIMIT) !== 0) return;
    this.emitRaw(`trace truncated: --trace-limit of ${this.limit} bytes reached; tracing stopped, the run went on\n`);
  }

  private waitForWritesBelow(before: number): void {
    const deadline = Date.now() + LAST_LINE_WAIT_MS;
    for (;;) {
      const written = Atomics.load(this.counters, SHARED_WRITTEN_I64);
      if (Number(written) >= before || Date.now() > deadline) return;
      Atomics.wait(this.counters, SHARED_WRITTEN_I64, written, 20);
    }
  }

  /** Writes and counts the bytes as written (the writer at the limit waits on that count). */
  private emit(text: string): boolean {
    const ok = this.emitRaw(text);
    Atomics.add(this.counters, SHARED_WRITTEN_I64, BigInt(text.length));
    Atomics.notify(this.counters, SHARED_WRITTEN_I64);
    return ok;
  }

  private emitRaw(text: string): boolean {
    try {
      for (let at = 0; at < text.length;) {
        let end = text.length;
        if (end - at > this.maxWrite) end = text.lastIndexOf('\n', at + this.maxWrite - 1) + 1;
        if (end <= at) end = Math.min(text.length, at + this.maxWrite); // a line longer than the limit
        const buf = Buffer.from(text.slice(at, end), 'latin1');
        for (let off = 0; off < buf.length;) off += writeSync(this.fd, buf, off);
        at = end;
      }
      return true;
    } catch (e) {
      this.failed(e as NodeJS.ErrnoException);
      return false;
    }
  }

  /** A write failed (disk full, closed pipe): tracing stops, with one line on stderr, once. */
  private failed(e: NodeJS.ErrnoException): void {
    if (Atomics.compareExchange(this.flags, SHARED_STOPPED_I32, 0, STOP_ERROR) !== 0) return;
    const where = this.settings.path ?? 'stderr';
    try {
      writeSync(2, `hartsim: cannot write the trace to ${where}: ${e.code ?? e.message}; tracing stopped\n`);
    } catch {
      // stderr itself is gone: nothing more to say.
    }
  }
}
