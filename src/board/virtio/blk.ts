/**
 * virtio-blk (virtio 1.2, "Block Device") over a host image file: read, write, flush,
 * get-id, discard and write-zeroes. Every write goes to the file at once (and flush or exit
 * fsyncs it), so nothing the guest wrote is lost when Hartsim stops, even on Ctrl-C.
 */
import { openSync, closeSync, fstatSync, readSync, writeSync, fsyncSync } from 'node:fs';
import type { VirtioDevice, VirtioMmio } from './mmio.js';
import type { Virtqueue, Segment } from './queue.js';
import type { GuestMemory } from '../guest-memory.js';

const SECTOR = 512;
const DEVICE_ID_BLOCK = 2;

const F_SEG_MAX = 2;
const F_RO = 5;
const F_BLK_SIZE = 6;
const F_FLUSH = 9;
const F_DISCARD = 13;
const F_WRITE_ZEROES = 14;

const T_IN = 0, T_OUT = 1, T_FLUSH = 4, T_GET_ID = 8, T_DISCARD = 11, T_WRITE_ZEROES = 13;
const S_OK = 0, S_IOERR = 1, S_UNSUPP = 2;

const QUEUE_MAX = 256;
const SEG_MAX = 126;
const ID_BYTES = 20;

export class DriveError extends Error {}

export interface DriveOptions {
  file: string;
  readonly: boolean;
}

/** Parses `--drive file=IMG[,format=raw][,readonly=on]`. */
export function parseDrive(spec: string): DriveOptions {
  let file: string | undefined;
  let readonly = false;
  for (const part of spec.split(',')) {
    const eq = part.indexOf('=');
    const key = eq < 0 ? part : part.slice(0, eq), value = eq < 0 ? '' : part.slice(eq + 1);
    if (key === 'file') file = value;
    else if (key === 'format') { if (value !== 'raw') throw new DriveError(`--drive: format '${value}' is not supported (only raw)`); }
    else if (key === 'readonly') readonly = value === 'on' || value === 'true' || value === '';
    else if (key === 'if' && value === 'virtio') continue;
    else throw new DriveError(`--drive: unknown option '${key}'`);
  }
  if (!file) throw new DriveError('--drive: missing file=IMAGE');
  return { file, readonly };
}

export class VirtioBlk implements VirtioDevice {
  readonly deviceId = DEVICE_ID_BLOCK;
  readonly queueCount = 1;
  readonly queueMax = QUEUE_MAX;
  readonly config = new Uint8Array(60);
  private fd: number;
  private readonly sectors: number;
  private readonly header = new Uint8Array(16);

  constructor(private readonly opts: DriveOptions, private readonly mem: GuestMemory) {
    try {
      this.fd = openSync(opts.file, opts.readonly ? 'r' : 'r+');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' || code === 'EROFS'
        ? 'permission denied (use readonly=on for a read-only image)' : code === 'EISDIR' ? 'is a directory' : String(e);
      throw new DriveError(`${opts.file}: cannot open disk image: ${why}`);
    }
    const size = fstatSync(this.fd).size;
    if (size % SECTOR !== 0) { closeSync(this.fd); throw new DriveError(`${opts.file}: size ${size} is not a multiple of 512 bytes`); }
    this.sectors = size / SECTOR;
    this.fillConfig();
  }

  /** Layout of struct virtio_blk_config (5.2.4). */
  private fillConfig(): void {
    const v = new DataView(this.config.buffer);
    v.setUint32(0, this.sectors % 4294967296, true); // capacity
    v.setUint32(4, Math.floor(this.sectors / 4294967296), true);
    v.setUint32(12, SEG_MAX, true); // seg_max
    v.setUint32(20, SECTOR, true); // blk_size
    v.setUint32(36, 0xffffffff, true); // max_discard_sectors
    v.setUint32(40, 1, true); // max_discard_seg
    v.setUint32(44, 1, true); // discard_sector_alignment
    v.setUint32(48, 0xffffffff, true); // max_write_zeroes_sectors
    v.setUint32(52, 1, true); // max_write_zeroes_seg
  }

  features(): bigint {
    let f = (1n << BigInt(F_SEG_MAX)) | (1n << BigInt(F_BLK_SIZE)) | (1n << BigInt(F_FLUSH));
    if (this.opts.readonly) f |= 1n << BigInt(F_RO);
    else f |= (1n << BigInt(F_DISCARD)) | (1n << BigInt(F_WRITE_ZEROES));
    return f;
  }

  reset(): void {
    // Nothing is buffered: every write has already reached the file.
  }

  notify(_q: number, queue: Virtqueue, transport: VirtioMmio): void {
    let any = false;
    for (let chain = queue.pop(); chain !== null; chain = queue.pop()) {
      const written = this.request(chain.segments);
      queue.push(chain.head, written);
      any = true;
    }
    queue.publishAvailEvent();
    if (any) transport.usedBuffers(queue);
  }

  /** One request: header, data buffers, status byte (5.2.6). Returns bytes written to the guest. */
  private request(segs: Segment[]): number {
    const out = segs.filter((s) => !s.write), inn = segs.filter((s) => s.write);
    const status = inn[inn.length - 1];
    if (!status || status.len < 1) return 0;
    const head = gather(this.mem, out, this.header);
    if (head < 16) { this.mem.setU8(status.addr + status.len - 1, S_IOERR); return 1; }
    const hv = new DataView(this.header.buffer);
    const type = hv.getUint32(0, true);
    const sector = hv.getUint32(12, true) * 4294967296 + hv.getUint32(8, true);
    const dataOut = trimFront(out, 16);
    const dataIn = inn.slice(0, -1).concat(status.len > 1 ? [{ addr: status.addr, len: status.len - 1, write: true }] : []);
    let result = S_OK, written = 0;
    try {
      switch (type) {
        case T_IN: written = this.read(sector, dataIn); break;
        case T_OUT: result = this.write(sector, dataOut); break;
        case T_FLUSH: if (!this.opts.readonly) fsyncSync(this.fd); break;
        case T_GET_ID: written = this.getId(dataIn); break;
        case T_DISCARD: case T_WRITE_ZEROES: result = this.zeroRanges(dataOut); break;
        default: result = S_UNSUPP;
      }
    } catch (e) {
      if (e instanceof RangeError || (e as NodeJS.ErrnoException).code) result = S_IOERR;
      else throw e;
    }
    this.mem.setU8(status.addr + status.len - 1, result);
    return written + 1;
  }

  private inRange(sector: number, bytes: number): boolean {
    return sector >= 0 && sector * SECTOR + bytes <= this.sectors * SECTOR;
  }

  private read(sector: number, bufs: Segment[]): number {
    const total = bufs.reduce((n, s) => n + s.len, 0);
    if (!this.inRange(sector, total)) throw new RangeError('read beyond the disk');
    let pos = sector * SECTOR;
    for (const b of bufs) {
      const dst = this.mem.slice(b.addr, b.len);
      let done = 0;
      while (done < b.len) {
        const n = readSync(this.fd, dst, done, b.len - done, pos + done);
        if (n === 0) { dst.fill(0, done); break; }
        done += n;
      }
      pos += b.len;
    }
    return total;
  }

  private write(sector: number, bufs: Segment[]): number {
    if (this.opts.readonly) return S_IOERR;
    const total = bufs.reduce((n, s) => n + s.len, 0);
    if (!this.inRange(sector, total)) return S_IOERR;
    let pos = sector * SECTOR;
    for (const b of bufs) {
      const src = this.mem.slice(b.addr, b.len);
      let done = 0;
      while (done < b.len) done += writeSync(this.fd, src, done, b.len - done, pos + done);
      pos += b.len;
    }
    return S_OK;
  }

  /** Discard and write-zeroes both leave zeros (what a read after discard returns is ours to choose). */
  private zeroRanges(bufs: Segment[]): number {
    if (this.opts.readonly) return S_IOERR;
    const seg = new Uint8Array(16);
    const n = gather(this.mem, bufs, seg);
    if (n < 16) return S_IOERR;
    const v = new DataView(seg.buffer);
    const sector = v.getUint32(4, true) * 4294967296 + v.getUint32(0, true);
    const count = v.getUint32(8, true);
    if (!this.inRange(sector, count * SECTOR)) return S_IOERR;
    const zeros = new Uint8Array(Math.min(count * SECTOR, 1 << 20));
    for (let off = 0; off < count * SECTOR; off += zeros.length) {
      const len = Math.min(zeros.length, count * SECTOR - off);
      writeSync(this.fd, zeros, 0, len, sector * SECTOR + off);
    }
    return S_OK;
  }

  /** GET_ID: up to 20 bytes of serial number, here derived from the image's name. */
  private getId(bufs: Segment[]): number {
    const id = new TextEncoder().encode(this.opts.file.split('/').pop()!.slice(0, ID_BYTES));
    const b = bufs[0];
    if (!b) return 0;
    const dst = this.mem.slice(b.addr, Math.min(b.len, ID_BYTES));
    dst.fill(0);
    dst.set(id.subarray(0, dst.length));
    return dst.length;
  }

  /** Makes the image durable and releases it (called on every exit path). */
  close(): void {
    if (this.fd < 0) return;
    if (!this.opts.readonly) fsyncSync(this.fd);
    closeSync(this.fd);
    this.fd = -1;
  }
}

/** Copies the first dst.length bytes of the buffers into dst; returns how many were available. */
function gather(mem: GuestMemory, bufs: Segment[], dst: Uint8Array): number {
  let n = 0;
  for (const b of bufs) {
    if (n >= dst.length) break;
    const take = Math.min(b.len, dst.length - n);
    dst.set(mem.slice(b.addr, take), n);
    n += take;
  }
  return n;
}

/** The buffers after their first `skip` bytes. */
function trimFront(bufs: Segment[], skip: number): Segment[] {
  const out: Segment[] = [];
  for (const b of bufs) {
    if (skip >= b.len) { skip -= b.len; continue; }
    out.push({ addr: b.addr + skip, len: b.len - skip, write: b.write });
    skip = 0;
  }
  return out;
}

