/**
 * A flattened device tree (DTB) writer and a small reader, following the Devicetree
 * Specification's "Flattened Devicetree (DTB) Format" chapter (version 17, last compatible
 * version 16). All multi-byte values in a DTB are big-endian.
 *
 * Layout written: header (40 bytes), memory reservation block at 0x28 (8-byte aligned), the
 * structure block, then the strings block, packed with no free space (like QEMU's dumpdtb).
 */

const FDT_MAGIC = 0xd00dfeed;
const FDT_VERSION = 17;
const FDT_LAST_COMP_VERSION = 16;
const HEADER_SIZE = 40;

const FDT_BEGIN_NODE = 1;
const FDT_END_NODE = 2;
const FDT_PROP = 3;
const FDT_NOP = 4;
const FDT_END = 9;

const TWO_32 = 0x1_0000_0000;

/** Node names: 1..31 chars of [A-Za-z0-9,._+-] then an optional @unit-address. */
const NODE_NAME_RE = /^[A-Za-z0-9,._+-]{1,31}(@[A-Za-z0-9,._+-]+)?$/;
const PROP_NAME_RE = /^[A-Za-z0-9,._+?#-]{1,31}$/;

export interface Reservation {
  readonly address: number;
  readonly size: number;
}

export class FdtProperty {
  constructor(
    readonly name: string,
    readonly value: Uint8Array,
  ) {}
}

export class FdtNode {
  readonly properties: FdtProperty[] = [];
  readonly children: FdtNode[] = [];

  constructor(readonly name: string) {}

  /** Add a child node (names must be unique among siblings). */
  addNode(name: string): FdtNode {
    if (!NODE_NAME_RE.test(name)) throw new Error(`fdt: invalid node name "${name}"`);
    if (this.child(name)) throw new Error(`fdt: duplicate node "${name}" under "${this.name || '/'}"`);
    const node = new FdtNode(name);
    this.children.push(node);
    return node;
  }

  child(name: string): FdtNode | undefined {
    return this.children.find((c) => c.name === name);
  }

  property(name: string): FdtProperty | undefined {
    return this.properties.find((p) => p.name === name);
  }

  /** Set a property to raw bytes, replacing an existing one in place (keeps its position). */
  setBytes(name: string, value: Uint8Array): this {
    if (!PROP_NAME_RE.test(name)) throw new Error(`fdt: invalid property name "${name}"`);
    const prop = new FdtProperty(name, value.slice());
    const i = this.properties.findIndex((p) => p.name === name);
    if (i >= 0) this.properties[i] = prop;
    else this.properties.push(prop);
    return this;
  }

  /** A property with no value (a boolean flag such as `interrupt-controller`). */
  setEmpty(name: string): this {
    return this.setBytes(name, new Uint8Array(0));
  }

  /** One or more 32-bit cells. */
  setU32(name: string, ...cells: number[]): this {
    return this.setCells(name, cells);
  }

  setCells(name: string, cells: readonly number[]): this {
    const out = new Uint8Array(cells.length * 4);
    const view = new DataView(out.buffer);
    cells.forEach((c, i) => view.setUint32(i * 4, checkU32(c, name)));
    return this.setBytes(name, out);
  }

  /** One or more 64-bit values, each as two cells (high, low). */
  setU64(name: string, ...values: number[]): this {
    const cells: number[] = [];
    for (const v of values) cells.push(...u64Cells(v, name));
    return this.setCells(name, cells);
  }

  setString(name: string, value: string): this {
    return this.setStrings(name, [value]);
  }

  /** A string list: each string NUL-terminated, back to back. */
  setStrings(name: string, values: readonly string[]): this {
    const parts = values.map((s) => {
      if (s.includes('\0')) throw new Error(`fdt: NUL inside string of "${name}"`);
      return new TextEncoder().encode(s + '\0');
    });
    return this.setBytes(name, concat(parts));
  }
}

/** A device tree under construction. */
export class DeviceTree {
  readonly root = new FdtNode('');
  readonly reservations: Reservation[] = [];
  bootCpuId = 0;
  private nextPhandle = 1;

  /** Give `node` the next free phandle (or its existing one) and return it. */
  phandle(node: FdtNode): number {
    const existing = node.property('phandle');
    if (existing) return new DataView(existing.value.buffer).getUint32(0);
    const ph = this.nextPhandle++;
    node.setU32('phandle', ph);
    return ph;
  }

  /** Find a node by absolute path ("/soc/serial@10000000"). */
  node(path: string): FdtNode | undefined {
    let node: FdtNode | undefined = this.root;
    for (const part of path.split('/').filter((p) => p.length > 0)) {
      node = node.child(part);
      if (!node) return undefined;
    }
    return node;
  }

  addReservation(address: number, size: number): void {
    u64Cells(address, 'reservation address');
    u64Cells(size, 'reservation size');
    this.reservations.push({ address, size });
  }

  /** Serialize to a DTB blob. */
  toDtb(): Uint8Array {
    const strings = new StringTable();
    const struct = new ByteSink();
    writeNode(struct, strings, this.root);
    struct.u32(FDT_END);

    const rsvSize = (this.reservations.length + 1) * 16;
    const offRsv = HEADER_SIZE; // already 8-byte aligned
    const offStruct = offRsv + rsvSize;
    const offStrings = offStruct + struct.length;
    const stringsBytes = strings.bytes();
    const total = offStrings + stringsBytes.length;

    const out = new Uint8Array(total);
    const view = new DataView(out.buffer);
    const header = [
      FDT_MAGIC,
      total,
      offStruct,
      offStrings,
      offRsv,
      FDT_VERSION,
      FDT_LAST_COMP_VERSION,
      this.bootCpuId,
      stringsBytes.length,
      struct.length,
    ];
    header.forEach((v, i) => view.setUint32(i * 4, v));
    this.reservations.forEach((r, i) => {
      const at = offRsv + i * 16;
      const [ah, al] = u64Cells(r.address, 'reservation');
      const [sh, sl] = u64Cells(r.size, 'reservation');
      view.setUint32(at, ah);
      view.setUint32(at + 4, al);
      view.setUint32(at + 8, sh);
      view.setUint32(at + 12, sl);
    }); // the terminating (0, 0) entry is already zero
    out.set(struct.toBytes(), offStruct);
    out.set(stringsBytes, offStrings);
    return out;
  }
}

function writeNode(sink: ByteSink, strings: StringTable, node: FdtNode): void {
  sink.u32(FDT_BEGIN_NODE);
  sink.cstring(node.name);
  sink.align4();
  for (const p of node.properties) {
    sink.u32(FDT_PROP);
    sink.u32(p.value.length);
    sink.u32(strings.offsetOf(p.name));
    sink.append(p.value);
    sink.align4();
  }
  for (const c of node.children) writeNode(sink, strings, c);
  sink.u32(FDT_END_NODE);
}

/** The strings block: each property name stored once. */
class StringTable {
  private readonly offsets = new Map<string, number>();
  private readonly sink = new ByteSink();

  offsetOf(name: string): number {
    let off = this.offsets.get(name);
    if (off === undefined) {
      off = this.sink.length;
      this.sink.cstring(name);
      this.offsets.set(name, off);
    }
    return off;
  }

  bytes(): Uint8Array {
    return this.sink.toBytes();
  }
}

/** A growable big-endian byte buffer. */
class ByteSink {
  private buf = new Uint8Array(4096);
  length = 0;

  private reserve(n: number): void {
    if (this.length + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.length + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.length));
    this.buf = next;
  }

  u32(v: number): void {
    this.reserve(4);
    new DataView(this.buf.buffer).setUint32(this.length, v >>> 0);
    this.length += 4;
  }

  append(src: Uint8Array): void {
    this.reserve(src.length);
    this.buf.set(src, this.length);
    this.length += src.length;
  }

  cstring(s: string): void {
    this.append(new TextEncoder().encode(s + '\0'));
  }

  toBytes(): Uint8Array {
    return this.buf.slice(0, this.length);
  }

  align4(): void {
    const pad = (4 - (this.length & 3)) & 3;
    this.reserve(pad);
    this.buf.fill(0, this.length, this.length + pad);
    this.length += pad;
  }
}

function checkU32(v: number, what: string): number {
  if (!Number.isInteger(v) || v < 0 || v > 0xffff_ffff) throw new Error(`fdt: ${what}: ${v} is not a 32-bit cell`);
  return v;
}

function u64Cells(v: number, what: string): [number, number] {
  if (!Number.isSafeInteger(v) || v < 0) throw new Error(`fdt: ${what}: ${v} is not a 64-bit value`);
  return [Math.floor(v / TWO_32), v >>> 0];
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Reader: enough to check our own output and to inspect a DTB (tests, debugging).

export interface ParsedNode {
  name: string;
  props: Map<string, Uint8Array>;
  children: ParsedNode[];
}

export interface ParsedDtb {
  version: number;
  lastCompVersion: number;
  bootCpuId: number;
  totalSize: number;
  reservations: Reservation[];
  root: ParsedNode;
}

export function parseDtb(blob: Uint8Array): ParsedDtb {
  const view = new DataView(blob.buffer, blob.byteOffset, blob.byteLength);
  if (blob.length < HEADER_SIZE || view.getUint32(0) !== FDT_MAGIC) throw new Error('fdt: bad magic');
  const totalSize = view.getUint32(4);
  const offStruct = view.getUint32(8);
  const offStrings = view.getUint32(12);
  const offRsv = view.getUint32(16);
  const sizeStrings = view.getUint32(32);
  const sizeStruct = view.getUint32(36);
  if (totalSize > blob.length || offStruct + sizeStruct > totalSize || offStrings + sizeStrings > totalSize) {
    throw new Error('fdt: blocks extend beyond the blob');
  }

  const reservations: Reservation[] = [];
  for (let at = offRsv; ; at += 16) {
    const address = view.getUint32(at) * TWO_32 + view.getUint32(at + 4);
    const size = view.getUint32(at + 8) * TWO_32 + view.getUint32(at + 12);
    if (address === 0 && size === 0) break;
    reservations.push({ address, size });
  }

  const decoder = new TextDecoder();
  const cstringAt = (at: number, limit: number): string => {
    let end = at;
    while (end < limit && blob[end] !== 0) end++;
    if (end >= limit) throw new Error('fdt: unterminated string');
    return decoder.decode(blob.subarray(at, end));
  };

  let pos = offStruct;
  const structEnd = offStruct + sizeStruct;
  const token = (): number => {
    if (pos + 4 > structEnd) throw new Error('fdt: structure block overrun');
    const t = view.getUint32(pos);
    pos += 4;
    return t;
  };
  const align = (): void => {
    pos = (pos + 3) & ~3;
  };

  const stack: ParsedNode[] = [];
  let root: ParsedNode | undefined;
  for (;;) {
    const t = token();
    if (t === FDT_NOP) continue;
    if (t === FDT_BEGIN_NODE) {
      const name = cstringAt(pos, structEnd);
      pos += name.length + 1;
      align();
      const node: ParsedNode = { name, props: new Map(), children: [] };
      if (stack.length > 0) stack[stack.length - 1].children.push(node);
      else if (root) throw new Error('fdt: more than one root node');
      else root = node;
      stack.push(node);
    } else if (t === FDT_PROP) {
      const len = token();
      const nameOff = token();
      if (stack.length === 0 || pos + len > structEnd) throw new Error('fdt: bad property');
      const name = cstringAt(offStrings + nameOff, offStrings + sizeStrings);
      stack[stack.length - 1].props.set(name, blob.slice(pos, pos + len));
      pos += len;
      align();
    } else if (t === FDT_END_NODE) {
      if (stack.pop() === undefined) throw new Error('fdt: unbalanced END_NODE');
    } else if (t === FDT_END) {
      break;
    } else {
      throw new Error(`fdt: bad token ${t}`);
    }
  }
  if (!root || stack.length !== 0) throw new Error('fdt: unterminated node');
  return {
    version: view.getUint32(20),
    lastCompVersion: view.getUint32(24),
    bootCpuId: view.getUint32(28),
    totalSize,
    reservations,
    root,
  };
}

/** Find a parsed node by absolute path. */
export function findNode(root: ParsedNode, path: string): ParsedNode | undefined {
  let node: ParsedNode | undefined = root;
  for (const part of path.split('/').filter((p) => p.length > 0)) {
    node = node.children.find((c) => c.name === part);
    if (!node) return undefined;
  }
  return node;
}

/** Decode a property as big-endian 32-bit cells. */
export function propCells(value: Uint8Array): number[] {
  const view = new DataView(value.buffer, value.byteOffset, value.byteLength);
  const cells: number[] = [];
  for (let i = 0; i + 4 <= value.length; i += 4) cells.push(view.getUint32(i));
  return cells;
}

/** Decode a property as a string list. */
export function propStrings(value: Uint8Array): string[] {
  const text = new TextDecoder().decode(value);
  const parts = text.split('\0');
  if (parts[parts.length - 1] === '') parts.pop();
  return parts;
}
