/**
 * The data access an instruction is about to make, decoded from its (expanded) encoding and
 * the registers, for watchpoints: loads, stores, FP loads and stores, AMOs (LR reads, SC
 * writes, the others both) and the H extension's HLV/HLVX/HSV (unprivileged ISA, "RV32I/RV64I
 * Base" load/store formats, "A" extension; privileged spec, "Hypervisor Virtual-Machine
 * Load and Store Instructions").
 */
const TWO32 = 4294967296;

export interface Access {
  va: number;
  size: number;
  read: boolean;
  write: boolean;
  /** An HLV/HSV: the address is the guest's (V=1 at hstatus.SPVP's privilege). */
  guest: boolean;
}

/** Fills `out` and returns true when `insn` (a 32-bit encoding; 0 for none) accesses memory. */
export function decodeAccess(insn: number, x: Int32Array, out: Access): boolean {
  const rs1 = (insn >>> 15) & 31, f3 = (insn >>> 12) & 7;
  const base = x[2 * rs1 + 1] * TWO32 + (x[2 * rs1] >>> 0);
  out.guest = false;
  switch (insn & 0x7f) {
    case 0x03: // LOAD
      if (f3 === 7) return false;
      return set(out, base + (insn >> 20), 1 << (f3 & 3), true, false);
    case 0x07: // LOAD-FP
      if (f3 !== 2 && f3 !== 3) return false;
      return set(out, base + (insn >> 20), f3 === 2 ? 4 : 8, true, false);
    case 0x23: // STORE
      if (f3 > 3) return false;
      return set(out, base + (((insn >> 25) << 5) | ((insn >>> 7) & 31)), 1 << f3, false, true);
    case 0x27: // STORE-FP
      if (f3 !== 2 && f3 !== 3) return false;
      return set(out, base + (((insn >> 25) << 5) | ((insn >>> 7) & 31)), f3 === 2 ? 4 : 8, false, true);
    case 0x2f: { // AMO
      if (f3 !== 2 && f3 !== 3) return false;
      const f5 = insn >>> 27;
      return set(out, base, f3 === 2 ? 4 : 8, f5 !== 3, f5 !== 2);
    }
    case 0x73: { // SYSTEM: HLV, HLVX, HSV
      const f7 = insn >>> 25;
      if (f3 !== 4 || f7 < 0x30 || f7 > 0x37) return false;
      out.guest = true;
      const write = (f7 & 1) !== 0;
      return set(out, base, 1 << ((f7 >>> 1) & 3), !write, write);
    }
    default:
      return false;
  }
}

function set(out: Access, va: number, size: number, read: boolean, write: boolean): boolean {
  out.va = va;
  out.size = size;
  out.read = read;
  out.write = write;
  return true;
}
