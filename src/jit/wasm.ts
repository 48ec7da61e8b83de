/**
 * A small WebAssembly binary writer: just what the translator emits (one module with one
 * function importing one shared memory). Encodings from the WebAssembly core specification,
 * chapter 5 (binary format); threads proposal for shared memories and atomic.fence.
 */

/** Value types. */
export const I32 = 0x7f, I64 = 0x7e, F64 = 0x7c;
/** Block type of a block with no result. */
export const VOID = 0x40;

/** Opcodes the translator uses. */
export const enum Op {
  Block = 0x02, Loop = 0x03, If = 0x04, Else = 0x05, End = 0x0b, Br = 0x0c, BrIf = 0x0d, BrTable = 0x0e,
  Drop = 0x1a, Select = 0x1b,
  LocalGet = 0x20, LocalSet = 0x21, LocalTee = 0x22,
  I32Load = 0x28, I64Load = 0x29, F64Load = 0x2b,
  I64Load8S = 0x30, I64Load8U = 0x31, I64Load16S = 0x32, I64Load16U = 0x33, I64Load32S = 0x34, I64Load32U = 0x35,
  I32Store = 0x36, I64Store = 0x37, I64Store8 = 0x3c, I64Store16 = 0x3d, I64Store32 = 0x3e,
  I32Const = 0x41, I64Const = 0x42,
  I32Eqz = 0x45, I32Eq = 0x46, I32Ne = 0x47, I32GeS = 0x4e,
  I64Eqz = 0x50, I64Eq = 0x51, I64Ne = 0x52, I64LtS = 0x53, I64LtU = 0x54, I64GeS = 0x59, I64GeU = 0x5a,
  F64Eq = 0x61,
  I32Add = 0x6a, I32Sub = 0x6b, I32Mul = 0x6c, I32DivS = 0x6d, I32DivU = 0x6e, I32RemS = 0x6f, I32RemU = 0x70,
  I32And = 0x71, I32Or = 0x72, I32Xor = 0x73, I32Shl = 0x74, I32ShrS = 0x75, I32ShrU = 0x76,
  I64Add = 0x7c, I64Sub = 0x7d, I64Mul = 0x7e, I64DivS = 0x7f, I64DivU = 0x80, I64RemS = 0x81, I64RemU = 0x82,
  I64And = 0x83, I64Or = 0x84, I64Xor = 0x85, I64Shl = 0x86, I64ShrS = 0x87, I64ShrU = 0x88,
  I32WrapI64 = 0xa7, I32TruncF64U = 0xab, I64ExtendI32S = 0xac, I64ExtendI32U = 0xad, F64ConvertI64S = 0xb9,
}

/** A growing byte buffer with LEB128 writers. */
export class Bytes {
  private buf = new Uint8Array(4096);
  length = 0;

  byte(b: number): void {
    if (this.length === this.buf.length) {
      const n = new Uint8Array(this.buf.length * 2);
      n.set(this.buf);
      this.buf = n;
    }
    this.buf[this.length++] = b;
  }
  bytes(bs: ArrayLike<number>): void {
    for (let i = 0; i < bs.length; i++) this.byte(bs[i]);
  }
  u32(v: number): void {
    v >>>= 0;
    do {
      const b = v & 0x7f;
      v >>>= 7;
      this.byte(v !== 0 ? b | 0x80 : b);
    } while (v !== 0);
  }
  s32(v: number): void {
    v |= 0;
    for (;;) {
      const b = v & 0x7f;
      v >>= 7;
      if ((v === 0 && (b & 0x40) === 0) || (v === -1 && (b & 0x40) !== 0)) { this.byte(b); return; }
      this.byte(b | 0x80);
    }
  }
  s64(v: bigint): void {
    for (;;) {
      const b = Number(v & 0x7fn);
      v >>= 7n;
      if ((v === 0n && (b & 0x40) === 0) || (v === -1n && (b & 0x40) !== 0)) { this.byte(b); return; }
      this.byte(b | 0x80);
    }
  }
  name(s: string): void {
    this.u32(s.length);
    for (let i = 0; i < s.length; i++) this.byte(s.charCodeAt(i));
  }
  /** Appends another buffer prefixed with its length (sections, function bodies). */
  sized(b: Bytes): void {
    this.u32(b.length);
    this.bytes(b.view());
  }
  view(): Uint8Array {
    return this.buf.subarray(0, this.length);
  }
}

/** Function code: instructions with their immediates. */
export class Code extends Bytes {
  op(o: Op): void { this.byte(o); }
  i32(v: number): void { this.byte(Op.I32Const); this.s32(v); }
  i64(v: bigint): void { this.byte(Op.I64Const); this.s64(BigInt.asIntN(64, v)); }
  get(l: number): void { this.byte(Op.LocalGet); this.u32(l); }
  set(l: number): void { this.byte(Op.LocalSet); this.u32(l); }
  tee(l: number): void { this.byte(Op.LocalTee); this.u32(l); }
  /** A load or store with its memarg: log2 alignment and a constant offset. */
  mem(o: Op, align: number, offset: number): void { this.byte(o); this.u32(align); this.u32(offset); }
  block(o: Op.Block | Op.Loop | Op.If, type: number = VOID): void { this.byte(o); this.byte(type); }
  br(depth: number): void { this.byte(Op.Br); this.u32(depth); }
  /** atomic.fence (threads proposal): orders this thread's memory accesses. */
  fence(): void { this.bytes([0xfe, 0x03, 0x00]); }
}

/**
 * A module of one exported function `f` (params -> results, with extra locals), importing
 * `e.m`, a shared memory of exactly `pages` 64 KiB pages.
 */
export function moduleBytes(params: number[], results: number[], locals: number[], body: Code, pages: number): Uint8Array {
  const out = new Bytes();
  out.bytes([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);
  const section = (id: number, fill: (b: Bytes) => void) => {
    const b = new Bytes();
    fill(b);
    out.byte(id);
    out.sized(b);
  };
  section(1, (b) => { // types
    b.u32(1);
    b.byte(0x60);
    b.u32(params.length); b.bytes(params);
    b.u32(results.length); b.bytes(results);
  });
  section(2, (b) => { // imports: the shared memory (limits flag 3: min, max, shared)
    b.u32(1);
    b.name('e'); b.name('m');
    b.byte(0x02); b.byte(0x03); b.u32(pages); b.u32(pages);
  });
  section(3, (b) => { b.u32(1); b.u32(0); }); // functions
  section(7, (b) => { b.u32(1); b.name('f'); b.byte(0x00); b.u32(0); }); // exports
  section(10, (b) => { // code
    b.u32(1);
    const fn = new Bytes();
    // Locals grouped in runs of one type.
    const runs: [number, number][] = [];
    for (const t of locals) {
      if (runs.length && runs[runs.length - 1][1] === t) runs[runs.length - 1][0]++;
      else runs.push([1, t]);
    }
    fn.u32(runs.length);
    for (const [count, t] of runs) { fn.u32(count); fn.byte(t); }
    fn.bytes(body.view());
    fn.byte(Op.End);
    b.sized(fn);
  });
  return out.view().slice();
}
