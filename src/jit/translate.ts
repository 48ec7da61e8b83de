/**
 * The translator: turns the hot guest code of one 4 KiB page into one WebAssembly function.
 *
 * A region is the set of basic blocks reachable from an entry pc without leaving the page.
 * The function keeps x1..x31 in i64 locals (loaded on entry, the written ones stored back on
 * exit) and dispatches between blocks with a br_table inside a loop, so a loop in the guest
 * stays a loop in WebAssembly. Every taken transfer between blocks counts retired
 * instructions against the budget, so a region returns within a bounded number of them.
 *
 * Translated code only handles the fast paths: integer ALU ops, branches and jumps, and loads
 * and stores that hit the data TLB with natural alignment. Anything else exits with the pc of
 * that instruction and the count of instructions retired before it, and the interpreter
 * executes it: exceptions stay precise because the faulting instruction is never half done
 * in translated code.
 */
import { RVC_TABLE } from '../hart/rvc.js';
import { TLB_MASK, TLB_SETS, TLB_SIZE } from '../hart/mmu.js';
import { JIT_PC, JIT_TLB, JIT_X } from '../threads/layout.js';
import { Code, I32, I64, Op, moduleBytes } from './wasm.js';

const PAGE = 4096;
/** Bounds on one region (compile time and code size). */
const MAX_BLOCKS = 128;
const MAX_BLOCK_INSNS = 64;

/** Locals: parameters entry block, budget, data TLB set index; then scratch, then x1..x31. */
const P_ENTRY = 0, P_BUDGET = 1, P_DSET = 2;
const L_N = 3, L_BLK = 4, L_PC = 5, L_VA = 6, L_T = 7;
const reg = (r: number) => 7 + r;
const LOCALS = [I32, I32, I64, I64, I32, ...new Array<number>(31).fill(I64)];

/** What an instruction is to the translator. */
const enum Kind { None, Plain, Mem, Branch, Jal, Jalr }

/** Largest |address| a pc Number holds exactly with room for offsets (as hart.ts's NEAR). */
const PC_LIMIT = 2n ** 52n;

export type RegionFn = (entryBlock: number, budget: number, dataSet: number) => number;

export interface Region {
  fn: RegionFn | null;
  /** Block start pc -> block index: where the function can be entered. */
  entries: Map<number, number>;
  /** pcs translated code exits at to let the interpreter execute one instruction. */
  interpretAt: number[];
}

interface Insn { pc: number; insn: number; ilen: number; kind: Kind }
interface Block {
  start: number;
  insns: Insn[];
  /** Fall-through pc after the last instruction (Branch: not taken), or NaN. */
  next: number;
  /** Set when the block ends before an instruction the interpreter must run. */
  exitAt: number;
}

/** Where the translator finds the hart's state in the shared memory. */
export interface TranslateContext {
  code16: Uint16Array;
  /** Byte offset of this hart's JIT area. */
  area: number;
  /** Pages of the whole memory (the import declares them). */
  pages: number;
  memory: WebAssembly.Memory;
}

function classify(insn: number): Kind {
  const f3 = (insn >>> 12) & 7, f7 = insn >>> 25;
  switch (insn & 0x7f) {
    case 0x13:
      if (f3 === 1) return (insn >>> 26) === 0 ? Kind.Plain : Kind.None;
      if (f3 === 5) return (insn >>> 26) === 0 || (insn >>> 26) === 0x10 ? Kind.Plain : Kind.None;
      return Kind.Plain;
    case 0x1b:
      if (f3 === 0) return Kind.Plain;
      if (f3 === 1) return f7 === 0 ? Kind.Plain : Kind.None;
      if (f3 === 5) return f7 === 0 || f7 === 0x20 ? Kind.Plain : Kind.None;
      return Kind.None;
    case 0x33:
      if (f7 === 0) return Kind.Plain;
      if (f7 === 0x20) return f3 === 0 || f3 === 5 ? Kind.Plain : Kind.None;
      if (f7 === 1) return f3 === 0 || f3 >= 4 ? Kind.Plain : Kind.None;
      return Kind.None;
    case 0x3b:
      if (f7 === 0) return f3 === 0 || f3 === 1 || f3 === 5 ? Kind.Plain : Kind.None;
      if (f7 === 0x20) return f3 === 0 || f3 === 5 ? Kind.Plain : Kind.None;
      if (f7 === 1) return f3 === 0 || f3 >= 4 ? Kind.Plain : Kind.None;
      return Kind.None;
    case 0x37: case 0x17: return Kind.Plain;
    case 0x6f: return Kind.Jal;
    case 0x67: return f3 === 0 ? Kind.Jalr : Kind.None;
    case 0x63: return f3 === 2 || f3 === 3 ? Kind.None : Kind.Branch;
    case 0x03: return f3 === 7 ? Kind.None : Kind.Mem;
    case 0x23: return f3 <= 3 ? Kind.Mem : Kind.None;
    case 0x0f: return f3 === 0 ? Kind.Plain : Kind.None; // FENCE (FENCE.I goes to the interpreter)
  }
  return Kind.None;
}

function branchOffset(insn: number): number {
  return ((insn >> 31) << 12) | (((insn >>> 7) & 1) << 11) | (((insn >>> 25) & 0x3f) << 5) | (((insn >>> 8) & 0xf) << 1);
}
function jalOffset(insn: number): number {
  return ((insn >> 31) << 20) | (((insn >>> 12) & 0xff) << 12) | (((insn >>> 20) & 1) << 11) | (((insn >>> 21) & 0x3ff) << 1);
}

/**
 * Translates the region of the page at virtual `pageBase` (RAM offset `pageOff`) entered at
 * `entry`, in the fetch regime the caller checked. Returns the function and its entry points.
 */
export function translateRegion(ctx: TranslateContext, entry: number, pageBase: number, pageOff: number): Region {
  const inPage = (pc: number) => pc >= pageBase && pc < pageBase + PAGE;
  /** The instruction at pc, or null when it crosses the page end. */
  const fetch = (pc: number): Insn | null => {
    const d = pc - pageBase;
    const lo = ctx.code16[(pageOff + d) >>> 1];
    if ((lo & 3) !== 3) {
      const insn = RVC_TABLE[lo];
      return { pc, insn, ilen: 2, kind: insn === 0 ? Kind.None : classify(insn) };
    }
    if (d > PAGE - 4) return null;
    const insn = lo | (ctx.code16[((pageOff + d) >>> 1) + 1] << 16);
    return { pc, insn, ilen: 4, kind: classify(insn) };
  };

  const blocks: Block[] = [];
  const index = new Map<number, number>();
  const interpretAt = new Set<number>();
  const queue = [entry];
  while (queue.length > 0 && blocks.length < MAX_BLOCKS) {
    let start: number = queue.shift()!;
    // Lay fall-through successors out next, so falling through costs nothing.
    while (start === start && !index.has(start) && blocks.length < MAX_BLOCKS) {
      const b: Block = { start, insns: [], next: NaN, exitAt: NaN };
      let pc = start;
      for (;;) {
        const ins = fetch(pc);
        if (ins === null || ins.kind === Kind.None) {
          interpretAt.add(pc);
          b.exitAt = pc;
          if (ins !== null && inPage(pc + ins.ilen)) queue.push(pc + ins.ilen);
          break;
        }
        b.insns.push(ins);
        pc += ins.ilen;
        if (ins.kind === Kind.Mem) { interpretAt.add(ins.pc); b.next = pc; break; }
        if (ins.kind === Kind.Branch) {
          const t = ins.pc + branchOffset(ins.insn);
          if (inPage(t)) queue.push(t);
          b.next = pc;
          break;
        }
        if (ins.kind === Kind.Jal) {
          const t = ins.pc + jalOffset(ins.insn);
          if (inPage(t)) queue.push(t);
          break;
        }
        if (ins.kind === Kind.Jalr) { interpretAt.add(ins.pc); break; }
        if (b.insns.length >= MAX_BLOCK_INSNS) { b.next = pc; break; }
      }
      if (b.insns.length === 0) break; // nothing to translate here: the interpreter runs it
      index.set(start, blocks.length);
      blocks.push(b);
      start = b.next === b.next && inPage(b.next) ? b.next : NaN;
    }
  }
  for (const pc of index.keys()) interpretAt.delete(pc);
  if (blocks.length === 0) return { fn: null, entries: index, interpretAt: [...interpretAt] };
  const fn = compile(ctx, blocks, index);
  return { fn, entries: index, interpretAt: [...interpretAt] };
}

/** Emits and instantiates the region's function. */
function compile(ctx: TranslateContext, blocks: Block[], index: Map<number, number>): RegionFn {
  const c = new Code();
  const N = blocks.length;
  const used = new Set<number>(), written = new Set<number>();
  for (const b of blocks) {
    for (const i of b.insns) {
      const rd = (i.insn >>> 7) & 31, rs1 = (i.insn >>> 15) & 31, rs2 = (i.insn >>> 20) & 31;
      const op = i.insn & 0x7f;
      const hasRd = op !== 0x23 && op !== 0x63 && op !== 0x0f;
      const hasRs1 = op !== 0x37 && op !== 0x17 && op !== 0x6f && op !== 0x0f;
      const hasRs2 = op === 0x33 || op === 0x3b || op === 0x23 || op === 0x63;
      if (hasRd && rd !== 0) { used.add(rd); written.add(rd); }
      if (hasRs1 && rs1 !== 0) used.add(rs1);
      if (hasRs2 && rs2 !== 0) used.add(rs2);
    }
  }
  const xAt = (r: number) => ctx.area + JIT_X + 8 * r;
  for (const r of used) { c.i32(0); c.mem(Op.I64Load, 3, xAt(r)); c.set(reg(r)); }
  c.get(P_ENTRY); c.set(L_BLK);
  c.block(Op.Block); // $out
  c.block(Op.Loop); // $dispatch
  for (let i = 0; i < N; i++) c.block(Op.Block);
  c.get(L_BLK);
  c.byte(Op.BrTable);
  c.u32(N);
  for (let i = 0; i < N; i++) c.u32(i);
  c.u32(N + 1);
  c.op(Op.End);
  for (let i = 0; i < N; i++) {
    new BlockEmitter(c, ctx, blocks[i], i, N, index).emit();
    if (i < N - 1) c.op(Op.End);
  }
  c.op(Op.End); // $dispatch: falling off the last block cannot happen, every block ends with a branch
  c.op(Op.End); // $out
  for (const r of written) { c.i32(0); c.get(reg(r)); c.mem(Op.I64Store, 3, xAt(r)); }
  c.i32(0); c.get(L_PC); c.mem(Op.I64Store, 3, ctx.area + JIT_PC);
  c.get(L_N);
  const bytes = moduleBytes([I32, I32, I32], [I32], LOCALS, c, ctx.pages);
  const inst = new WebAssembly.Instance(new WebAssembly.Module(bytes), { e: { m: ctx.memory } });
  return inst.exports.f as RegionFn;
}

/** Emits one block; `depth` counts the structured constructs open inside it. */
class BlockEmitter {
  private depth = 0;
  constructor(private readonly c: Code, private readonly ctx: TranslateContext, private readonly b: Block,
    private readonly i: number, private readonly n: number, private readonly index: Map<number, number>) {}

  private outDepth(): number { return this.n - this.i + this.depth; }
  private dispatchDepth(): number { return this.n - 1 - this.i + this.depth; }

  emit(): void {
    const b = this.b;
    let k = 0;
    for (const ins of b.insns) {
      this.insn(ins, k);
      k++;
    }
    const last = b.insns[b.insns.length - 1];
    if (b.exitAt === b.exitAt) { this.exit(b.exitAt, k); return; }
    if (last.kind === Kind.Jal || last.kind === Kind.Jalr) return; // already left
    // Fall-through (also a branch not taken).
    if (this.index.get(b.next) === this.i + 1) { this.addN(k); return; }
    this.transfer(b.next, k);
  }

  private push(r: number): void {
    if (r === 0) this.c.i64(0n); else this.c.get(reg(r));
  }
  private setRd(r: number): void {
    if (r === 0) this.c.op(Op.Drop); else this.c.set(reg(r));
  }
  private addN(k: number): void {
    if (k === 0) return;
    const c = this.c;
    c.get(L_N); c.i32(k); c.op(Op.I32Add); c.set(L_N);
  }
  /** Leaves the function at pc after retiring k more instructions. */
  private exit(pc: number, k: number): void {
    const c = this.c;
    c.i64(BigInt(pc)); c.set(L_PC);
    this.addN(k);
    c.br(this.outDepth());
  }
  /**
   * Goes to the block at pc (or leaves when it is not in the region): forward by a direct
   * branch, backward through the dispatch loop after checking the budget.
   */
  private transfer(pc: number, k: number): void {
    const j = this.index.get(pc);
    if (j === undefined) { this.exit(pc, k); return; }
    const c = this.c;
    this.addN(k);
    if (j > this.i) {
      // Forward: code_j follows the end of $b_j, which encloses this block. No budget check
      // is needed, every cycle has a backward transfer.
      c.br(j - this.i - 1 + this.depth);
      return;
    }
    c.get(L_N); c.get(P_BUDGET); c.op(Op.I32GeS);
    c.block(Op.If); this.depth++;
    c.i64(BigInt(pc)); c.set(L_PC); c.br(this.outDepth());
    c.op(Op.End); this.depth--;
    c.i32(j); c.set(L_BLK);
    c.br(this.dispatchDepth());
  }

  private insn(ins: Insn, k: number): void {
    const c = this.c, insn = ins.insn;
    const rd = (insn >>> 7) & 31, rs1 = (insn >>> 15) & 31, rs2 = (insn >>> 20) & 31;
    const f3 = (insn >>> 12) & 7, f7 = insn >>> 25;
    const imm = insn >> 20;
    switch (insn & 0x7f) {
      case 0x13: this.opImm(f3, rd, rs1, imm, insn); return;
      case 0x1b: {
        this.push(rs1); c.op(Op.I32WrapI64);
        if (f3 === 0) { c.i32(imm); c.op(Op.I32Add); }
        else { c.i32((insn >>> 20) & 31); c.op(f3 === 1 ? Op.I32Shl : f7 === 0 ? Op.I32ShrU : Op.I32ShrS); }
        c.op(Op.I64ExtendI32S); this.setRd(rd);
        return;
      }
      case 0x33: this.op(f7, f3, rd, rs1, rs2); return;
      case 0x3b: this.op32(f7, f3, rd, rs1, rs2); return;
      case 0x37: c.i64(BigInt(insn & 0xfffff000)); this.setRd(rd); return;
      case 0x17: c.i64(BigInt(ins.pc + (insn & 0xfffff000))); this.setRd(rd); return;
      case 0x0f: c.fence(); return;
      case 0x6f: {
        if (rd !== 0) { c.i64(BigInt(ins.pc + ins.ilen)); c.set(reg(rd)); }
        this.transfer(ins.pc + jalOffset(insn), k + 1);
        return;
      }
      case 0x67: {
        this.push(rs1); c.i64(BigInt(imm)); c.op(Op.I64Add); c.i64(-2n); c.op(Op.I64And); c.set(L_VA);
        // A target no pc Number holds: the interpreter raises the fetch fault.
        c.get(L_VA); c.i64(PC_LIMIT); c.op(Op.I64Add); c.i64(2n * PC_LIMIT); c.op(Op.I64GeU);
        c.block(Op.If); this.depth++;
        this.exit(ins.pc, k);
        c.op(Op.End); this.depth--;
        if (rd !== 0) { c.i64(BigInt(ins.pc + ins.ilen)); c.set(reg(rd)); }
        c.get(L_VA); c.set(L_PC);
        this.addN(k + 1);
        c.br(this.outDepth());
        return;
      }
      case 0x63: {
        this.push(rs1); this.push(rs2);
        c.op([Op.I64Eq, Op.I64Ne, 0, 0, Op.I64LtS, Op.I64GeS, Op.I64LtU, Op.I64GeU][f3] as Op);
        c.block(Op.If); this.depth++;
        this.transfer(ins.pc + branchOffset(insn), k + 1);
        c.op(Op.End); this.depth--;
        return;
      }
      case 0x03: {
        this.tlbAddress(rs1, imm, 1 << (f3 & 3), 0, ins.pc, k);
        c.mem([Op.I64Load8S, Op.I64Load16S, Op.I64Load32S, Op.I64Load, Op.I64Load8U, Op.I64Load16U, Op.I64Load32U][f3], 0, 0);
        this.setRd(rd);
        return;
      }
      case 0x23: {
        const simm = ((insn >> 25) << 5) | ((insn >>> 7) & 31);
        this.tlbAddress(rs1, simm, 1 << f3, 1, ins.pc, k);
        this.push(rs2);
        c.mem([Op.I64Store8, Op.I64Store16, Op.I64Store32, Op.I64Store][f3], 0, 0);
        return;
      }
    }
    throw new Error(`translator: unhandled instruction 0x${(insn >>> 0).toString(16)}`);
  }

  /**
   * Leaves the RAM address of rs1 + imm on the stack when the data TLB (R for loads, W for
   * stores) maps its page and it is naturally aligned; otherwise exits to the interpreter.
   */
  private tlbAddress(rs1: number, imm: number, size: number, which: 0 | 1, pc: number, k: number): void {
    const c = this.c;
    const n = TLB_SETS * TLB_SIZE;
    const tags = this.ctx.area + JIT_TLB + which * 8 * n, offs = this.ctx.area + JIT_TLB + (3 + which) * 8 * n;
    this.push(rs1); c.i64(BigInt(imm)); c.op(Op.I64Add); c.set(L_VA);
    c.get(L_VA); c.i64(12n); c.op(Op.I64ShrS); c.op(Op.I32WrapI64); c.i32(TLB_MASK); c.op(Op.I32And);
    c.get(P_DSET); c.op(Op.I32Add); c.i32(3); c.op(Op.I32Shl); c.tee(L_T);
    c.mem(Op.F64Load, 3, tags);
    c.get(L_VA); c.i64(12n); c.op(Op.I64ShrS); c.op(Op.F64ConvertI64S); c.op(Op.F64Eq);
    if (size > 1) { c.get(L_VA); c.op(Op.I32WrapI64); c.i32(size - 1); c.op(Op.I32And); c.op(Op.I32Eqz); c.op(Op.I32And); }
    c.op(Op.I32Eqz);
    c.block(Op.If); this.depth++;
    this.exit(pc, k);
    c.op(Op.End); this.depth--;
    c.get(L_T); c.mem(Op.F64Load, 3, offs); c.op(Op.I32TruncF64U);
    c.get(L_VA); c.op(Op.I32WrapI64); c.i32(PAGE - 1); c.op(Op.I32And); c.op(Op.I32Add);
  }

  private opImm(f3: number, rd: number, rs1: number, imm: number, insn: number): void {
    const c = this.c;
    this.push(rs1);
    if (f3 === 1 || f3 === 5) {
      c.i64(BigInt((insn >>> 20) & 63));
      c.op(f3 === 1 ? Op.I64Shl : (insn >>> 26) === 0 ? Op.I64ShrU : Op.I64ShrS);
    } else {
      c.i64(BigInt(imm));
      switch (f3) {
        case 0: c.op(Op.I64Add); break;
        case 2: c.op(Op.I64LtS); c.op(Op.I64ExtendI32U); break;
        case 3: c.op(Op.I64LtU); c.op(Op.I64ExtendI32U); break;
        case 4: c.op(Op.I64Xor); break;
        case 6: c.op(Op.I64Or); break;
        default: c.op(Op.I64And); break;
      }
    }
    this.setRd(rd);
  }

  private op(f7: number, f3: number, rd: number, rs1: number, rs2: number): void {
    const c = this.c;
    if (f7 === 1 && f3 >= 4) { this.divide(false, f3, rd, rs1, rs2); return; }
    this.push(rs1); this.push(rs2);
    if (f7 === 1) c.op(Op.I64Mul);
    else if (f7 === 0x20) c.op(f3 === 0 ? Op.I64Sub : Op.I64ShrS);
    else {
      switch (f3) {
        case 0: c.op(Op.I64Add); break;
        case 1: c.op(Op.I64Shl); break; // wasm takes the count mod 64, as RISC-V
        case 2: c.op(Op.I64LtS); c.op(Op.I64ExtendI32U); break;
        case 3: c.op(Op.I64LtU); c.op(Op.I64ExtendI32U); break;
        case 4: c.op(Op.I64Xor); break;
        case 5: c.op(Op.I64ShrU); break;
        case 6: c.op(Op.I64Or); break;
        default: c.op(Op.I64And); break;
      }
    }
    this.setRd(rd);
  }

  private op32(f7: number, f3: number, rd: number, rs1: number, rs2: number): void {
    const c = this.c;
    if (f7 === 1 && f3 >= 4) { this.divide(true, f3, rd, rs1, rs2); return; }
    this.push(rs1); c.op(Op.I32WrapI64); this.push(rs2); c.op(Op.I32WrapI64);
    if (f7 === 1) c.op(Op.I32Mul);
    else if (f7 === 0x20) c.op(f3 === 0 ? Op.I32Sub : Op.I32ShrS);
    else c.op(f3 === 0 ? Op.I32Add : f3 === 1 ? Op.I32Shl : Op.I32ShrU);
    c.op(Op.I64ExtendI32S);
    this.setRd(rd);
  }

  /**
   * div, divu, rem, remu and their W forms with RISC-V's results where WebAssembly would trap
   * (unprivileged spec, "Division Operations"): x/0 = -1 (all ones), x%0 = x, MIN/-1 = MIN, MIN%-1 = 0.
   */
  private divide(word: boolean, f3: number, rd: number, rs1: number, rs2: number): void {
    const c = this.c;
    const T = word ? I32 : I64;
    const a = () => { this.push(rs1); if (word) c.op(Op.I32WrapI64); };
    const b = () => { this.push(rs2); if (word) c.op(Op.I32WrapI64); };
    const k = (v: number) => { if (word) c.i32(v); else c.i64(BigInt(v)); };
    const isRem = f3 >= 6, signed = (f3 & 1) === 0;
    b(); c.op(word ? Op.I32Eqz : Op.I64Eqz);
    c.block(Op.If, T);
    if (isRem) a(); else k(-1);
    c.op(Op.Else);
    if (signed) {
      a(); if (word) c.i32(-0x80000000); else c.i64(-(2n ** 63n)); c.op(word ? Op.I32Eq : Op.I64Eq);
      b(); k(-1); c.op(word ? Op.I32Eq : Op.I64Eq);
      c.op(Op.I32And);
      c.block(Op.If, T);
      if (isRem) k(0); else a();
      c.op(Op.Else);
    }
    a(); b();
    const ops = word ? [Op.I32DivS, Op.I32DivU, Op.I32RemS, Op.I32RemU] : [Op.I64DivS, Op.I64DivU, Op.I64RemS, Op.I64RemU];
    c.op(ops[f3 - 4]);
    if (signed) c.op(Op.End);
    c.op(Op.End);
    if (word) c.op(Op.I64ExtendI32S);
    this.setRd(rd);
  }
}
