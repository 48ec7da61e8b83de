/**
 * Puts boot images (firmware, kernel, initrd, device tree) into guest memory: ELF64 RISC-V
 * executables by their program headers, anything else as a raw image at a given address.
 *
 * Every problem is a LoadError whose message starts with the file name and says what is
 * wrong in one line, because these messages go straight to the CLI user. Nothing is
 * written to guest memory unless the whole image checks out.
 */
import { readFileSync } from 'node:fs';
import { DRAM_BASE, KERNEL_LOAD_OFFSET, MROM, type PhysAddr } from './memory-map.js';

export class LoadError extends Error {
  override name = 'LoadError';
}

export interface LoadedImage {
  /** The name used in messages (the path as given). */
  name: string;
  kind: 'elf' | 'raw';
  /** e_entry for ELF; the load address for raw images. */
  entry: PhysAddr;
  /** Lowest loaded address. */
  start: PhysAddr;
  /** One past the highest loaded address (including zero-filled bss). */
  end: PhysAddr;
}

export interface LoadOptions {
  /** Where a raw image goes; required unless the file is ELF. */
  address?: PhysAddr;
  /** 'auto' (default): ELF if the file starts with the ELF magic, raw otherwise. */
  format?: 'auto' | 'elf' | 'raw';
}

/** A piece of guest memory the loader may write. */
interface Target {
  name: string;
  base: PhysAddr;
  bytes: Uint8Array;
}

interface Piece {
  address: PhysAddr;
  data: Uint8Array; // copied first
  memSize: number; // then zero-filled up to this size
  /** Leading bytes that are only the ELF's own headers and alignment padding. */
  headerBytes: number;
}

interface LoadedRange {
  name: string;
  start: PhysAddr;
  end: PhysAddr;
}

const ELF_MAGIC = [0x7f, 0x45, 0x4c, 0x46];
const ELFCLASS64 = 2;
const ELFDATA2LSB = 1;
const EM_RISCV = 243;
const ET_EXEC = 2;
const ET_DYN = 3;
const PT_LOAD = 1;
const ELF64_EHDR_SIZE = 64;
const ELF64_PHDR_SIZE = 56;
const TWO_32 = 0x1_0000_0000;
const MIB = 1024 * 1024;

export class ImageLoader {
  private readonly targets: Target[];
  private readonly ranges: LoadedRange[] = [];

  /**
   * @param ram guest RAM, starting at DRAM_BASE
   * @param mrom optional buffer backing the MROM region (reset ROM), starting at MROM.base
   */
  constructor(ram: Uint8Array, mrom?: Uint8Array) {
    this.targets = [{ name: 'RAM', base: DRAM_BASE, bytes: ram }];
    if (mrom) {
      if (mrom.length > MROM.size) throw new Error('loader: MROM buffer larger than the MROM region');
      this.targets.push({ name: 'MROM', base: MROM.base, bytes: mrom });
    }
  }

  /** Everything loaded so far, in load order. */
  get loaded(): readonly LoadedRange[] {
    return this.ranges;
  }

  /** Read `path` and load it (ELF by headers, otherwise raw at opts.address). */
  loadFile(path: string, opts: LoadOptions = {}): LoadedImage {
    return this.loadBytes(path, readImageFile(path), opts);
  }

  /** Load an in-memory image; `name` is used in messages and in the overlap bookkeeping. */
  loadBytes(name: string, data: Uint8Array, opts: LoadOptions = {}): LoadedImage {
    const format = opts.format ?? 'auto';
    if (data.length === 0) throw new LoadError(`${name}: empty file`);
    if (format === 'elf' || (format === 'auto' && hasElfMagic(data))) return this.loadElf(name, data);
    if (opts.address === undefined) {
      throw new LoadError(`${name}: not an ELF file, and no load address was given for a raw image`);
    }
    return this.loadRaw(name, data, opts.address);
  }

  loadRaw(name: string, data: Uint8Array, address: PhysAddr): LoadedImage {
    if (data.length === 0) throw new LoadError(`${name}: empty file`);
    this.place(name, [{ address, data, memSize: data.length, headerBytes: 0 }]);
    return { name, kind: 'raw', entry: address, start: address, end: address + data.length };
  }

  loadElf(name: string, data: Uint8Array): LoadedImage {
    const { entry, pieces: raw } = parseElf(name, data);
    const pieces = this.place(name, raw);
    const start = Math.min(...pieces.map((p) => p.address));
    const end = Math.max(...pieces.map((p) => p.address + p.memSize));
    return { name, kind: 'elf', entry, start, end };
  }

  /** Check all pieces (bounds, overlaps), then copy them. */
  private place(name: string, raw: Piece[]): Piece[] {
    const pieces = raw.map((p) => this.skipHeadersBelowMemory(p));
    const resolved = pieces.map((p) => ({ piece: p, target: this.targetFor(name, p) }));
    for (const { piece } of resolved) this.checkOverlap(name, piece.address, piece.address + piece.memSize);
    for (const { piece, target } of resolved) {
      const at = piece.address - target.base;
      target.bytes.set(piece.data, at);
      target.bytes.fill(0, at + piece.data.length, at + piece.memSize);
    }
    for (const { piece } of resolved) {
      this.ranges.push({ name, start: piece.address, end: piece.address + piece.memSize });
    }
    return pieces;
  }

  /**
   * An ELF linked with plain `-Ttext=0x80000000` maps its own file header in the first
   * PT_LOAD, one page below RAM. QEMU drops bytes that land on no memory, so such images run
   * there; we skip that header part too (and only that: program bytes below RAM still fail).
   */
  private skipHeadersBelowMemory(p: Piece): Piece {
    if (p.headerBytes === 0 || this.targets.some((t) => p.address >= t.base && p.address < t.base + t.bytes.length)) {
      return p;
    }
    const t = this.targets.find((t) => t.base > p.address && t.base - p.address <= p.headerBytes);
    if (!t) return p;
    const skip = t.base - p.address;
    return { address: t.base, data: p.data.subarray(Math.min(skip, p.data.length)), memSize: p.memSize - skip, headerBytes: 0 };
  }

  private targetFor(name: string, p: Piece): Target {
    const start = p.address;
    const end = p.address + p.memSize;
    const t = this.targets.find((t) => start >= t.base && start < t.base + t.bytes.length);
    if (!t) {
      const ram = this.targets[0];
      throw new LoadError(
        `${name}: ${range(start, end)} is outside RAM (${range(ram.base, ram.base + ram.bytes.length)})` +
          (this.targets.length > 1 ? ' and MROM' : ''),
      );
    }
    const limit = t.base + t.bytes.length;
    if (end > limit) {
      if (t.name === 'RAM') {
        throw new LoadError(
          `${name}: memory too small: the image needs up to ${hex(end - 1)} but RAM ends at ${hex(limit - 1)} ` +
            `(${Math.ceil((end - t.base) / MIB)} MiB needed, ${Math.floor(t.bytes.length / MIB)} MiB present)`,
        );
      }
      throw new LoadError(`${name}: ${range(start, end)} runs past the end of ${t.name} at ${hex(limit - 1)}`);
    }
    return t;
  }

  private checkOverlap(name: string, start: number, end: number): void {
    for (const r of this.ranges) {
      if (start < r.end && r.start < end) {
        throw new LoadError(`${name}: ${range(start, end)} overlaps ${r.name} (${range(r.start, r.end)})`);
      }
    }
  }
}

/** Read a whole file, turning filesystem errors into one-line LoadErrors. */
export function readImageFile(path: string): Uint8Array {
  try {
    return new Uint8Array(readFileSync(path));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a directory'
          : code === 'EACCES'
            ? 'permission denied'
            : ((e as Error).message ?? String(e));
    throw new LoadError(`${path}: cannot read file: ${why}`);
  }
}

function hasElfMagic(data: Uint8Array): boolean {
  return data.length >= 4 && ELF_MAGIC.every((b, i) => data[i] === b);
}

/** Validate an ELF64 LE RISC-V executable and list its PT_LOAD segments. */
function parseElf(name: string, data: Uint8Array): { entry: number; pieces: Piece[] } {
  if (!hasElfMagic(data)) throw new LoadError(`${name}: not an ELF file`);
  if (data.length < 16) throw new LoadError(`${name}: truncated ELF header`);
  if (data[4] !== ELFCLASS64) {
    const what = data[4] === 1 ? 'a 32-bit ELF' : `an ELF of unknown class ${data[4]}`;
    throw new LoadError(`${name}: ${what}; need a 64-bit RISC-V ELF`);
  }
  if (data[5] !== ELFDATA2LSB) {
    const what = data[5] === 2 ? 'a big-endian ELF' : `an ELF of unknown data encoding ${data[5]}`;
    throw new LoadError(`${name}: ${what}; need a little-endian RISC-V ELF`);
  }
  if (data.length < ELF64_EHDR_SIZE) throw new LoadError(`${name}: truncated ELF header`);
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const machine = view.getUint16(18, true);
  if (machine !== EM_RISCV) throw new LoadError(`${name}: ELF for machine ${machine}, not RISC-V (e_machine 243)`);
  const type = view.getUint16(16, true);
  if (type !== ET_EXEC && type !== ET_DYN) throw new LoadError(`${name}: ELF type ${type} is not an executable`);

  const entry = u64(view, 24, name, 'e_entry');
  const phoff = u64(view, 32, name, 'e_phoff');
  const phentsize = view.getUint16(54, true);
  const phnum = view.getUint16(56, true);
  if (phnum === 0) throw new LoadError(`${name}: ELF has no program headers`);
  if (phentsize < ELF64_PHDR_SIZE) throw new LoadError(`${name}: bad ELF program header size ${phentsize}`);
  if (phoff + phnum * phentsize > data.length) throw new LoadError(`${name}: truncated ELF (program headers beyond end of file)`);

  const pieces: Piece[] = [];
  for (let i = 0; i < phnum; i++) {
    const ph = phoff + i * phentsize;
    if (view.getUint32(ph, true) !== PT_LOAD) continue;
    const offset = u64(view, ph + 8, name, 'p_offset');
    const paddr = u64(view, ph + 24, name, 'p_paddr');
    const filesz = u64(view, ph + 32, name, 'p_filesz');
    const memsz = u64(view, ph + 40, name, 'p_memsz');
    const align = Math.max(1, u64(view, ph + 48, name, 'p_align'));
    if (memsz === 0) continue;
    if (filesz > memsz) throw new LoadError(`${name}: ELF segment ${i} has p_filesz larger than p_memsz`);
    if (offset + filesz > data.length) {
      throw new LoadError(`${name}: truncated ELF (segment ${i} needs bytes up to ${hex(offset + filesz)}, file has ${hex(data.length)})`);
    }
    // A segment at file offset 0 starts with the ELF and program headers, padded to p_align.
    const headersEnd = Math.max(ELF64_EHDR_SIZE, phoff + phnum * phentsize);
    const headerBytes = offset === 0 ? Math.min(filesz, Math.ceil(headersEnd / align) * align) : 0;
    pieces.push({ address: paddr, data: data.subarray(offset, offset + filesz), memSize: memsz, headerBytes });
  }
  if (pieces.length === 0) throw new LoadError(`${name}: ELF has no loadable segments`);
  return { entry, pieces };
}

/** A 64-bit little-endian field as a Number; values past 2^53 cannot be guest addresses here. */
function u64(view: DataView, at: number, name: string, field: string): number {
  const v = view.getUint32(at + 4, true) * TWO_32 + view.getUint32(at, true);
  if (!Number.isSafeInteger(v)) throw new LoadError(`${name}: ELF ${field} ${hex(v)} is out of range`);
  return v;
}

/**
 * Where QEMU 7.2 puts a `-kernel` image after firmware ending at `firmwareEnd`: the next
 * 2 MiB boundary. Without an argument, the usual DRAM_BASE + KERNEL_LOAD_OFFSET.
 */
export function kernelStartAddress(firmwareEnd?: PhysAddr): PhysAddr {
  if (firmwareEnd === undefined) return DRAM_BASE + KERNEL_LOAD_OFFSET;
  const align = 2 * MIB;
  return Math.ceil(firmwareEnd / align) * align;
}

/**
 * Where QEMU 7.2 puts the initrd: kernel start + min(RAM/2, 128 MiB), far enough that the
 * decompressing kernel does not overwrite it (measured: 0x88200000 with -m 256M).
 */
export function initrdAddress(kernelStart: PhysAddr, ramSize: number): PhysAddr {
  return kernelStart + Math.min(Math.floor(ramSize / 2), 128 * MIB);
}

function hex(n: number): string {
  return '0x' + n.toString(16);
}

function range(start: number, end: number): string {
  return `${hex(start)}-${hex(Math.max(start, end - 1))}`;
}
