/** The debugger's address translation (src/debug/translate.ts) on hand-built page tables. */
import { expect } from 'chai';
import { debugTranslate, gstageTranslate, listMappings, type Regime, type PtMemory } from '../src/debug/translate.js';

const BASE = 0x8000_0000;
const PAGE = 4096;
const V = 1, R = 2, W = 4, X = 8, U = 16, A = 64, D = 128;

/** 4 MiB of "RAM" at BASE with a PTE writer. */
function memory(): PtMemory & { pte(table: number, index: number, pa: number, flags: number): void } {
  const words = new Int32Array(new SharedArrayBuffer(4 << 20));
  return {
    words, base: BASE, size: words.byteLength,
    pte(table, index, pa, flags) {
      const w = (table - BASE + index * 8) / 4;
      const ppn = pa / PAGE;
      words[w] = (((ppn % 2 ** 22) << 10) | flags) | 0;
      words[w + 1] = Math.floor(ppn / 2 ** 22);
    },
  };
}

function regime(over: Partial<Regime>): Regime {
  return { priv: 1, virt: 0, satpLo: 0, satpHi: 0, vsatpLo: 0, vsatpHi: 0, hgatpLo: 0, hgatpHi: 0, ...over };
}

/** satp-format (lo, hi) for a mode and a root table. */
function atp(mode: number, root: number): { lo: number; hi: number } {
  const ppn = root / PAGE;
  return { lo: ppn | 0, hi: ((mode << 28) | Math.floor(ppn / 2 ** 32)) | 0 };
}

describe('debug translation', () => {
  it('is the identity in M-mode and for a bare satp', () => {
    const m = memory();
    expect(debugTranslate(m, regime({ priv: 3 }), 0x8000_1234)).to.equal(0x8000_1234);
    expect(debugTranslate(m, regime({}), 0x1000)).to.equal(0x1000);
    expect(debugTranslate(m, regime({}), -4096)).to.equal(-1);
  });

  it('walks Sv39: a 4 KiB page, a giga-page in the upper half, misses and non-canonical addresses', () => {
    const m = memory();
    const root = BASE + 0x10000, l1 = BASE + 0x11000, l0 = BASE + 0x12000;
    m.pte(root, 2, l1, V); // 0x8000_0000.. (VPN[2] = 2)
    m.pte(l1, 0, l0, V);
    m.pte(l0, 5, BASE + 0x20_0000, V | R | X | A); // va 0x8000_5000 -> pa 0x8020_0000, execute-only-ish
    m.pte(root, 256, BASE, V | R | W | A | D); // va 0xffff_ffc0_0000_0000 (sign-extended) -> 0x8000_0000, 1 GiB
    const s = atp(8, root);
    const r = regime({ satpLo: s.lo, satpHi: s.hi });
    expect(debugTranslate(m, r, 0x8000_5abc)).to.equal(0x8020_0abc);
    const high = -(2 ** 38); // 0xffff_ffc0_0000_0000
    expect(debugTranslate(m, r, high + 0x5138)).to.equal(BASE + 0x5138);
    expect(debugTranslate(m, r, 0x8000_6000)).to.equal(-1); // invalid PTE
    expect(debugTranslate(m, r, 2 ** 38)).to.equal(-1); // not canonical for Sv39
    // No A/D bits were set by the walks.
    expect(m.words[(l0 - BASE + 5 * 8) / 4] & (A | D)).to.equal(A);
    const leaves = listMappings(m, root, 3, 0, 100);
    expect(leaves.map((l) => [l.va, l.pa, l.size])).to.deep.equal([[0x8000_5000, 0x8020_0000, PAGE], [high, BASE, 2 ** 30]]);
  });

  it('walks both stages at V=1: VS-stage page tables themselves go through the G-stage', () => {
    const m = memory();
    // G-stage (Sv39x4, 16 KiB root): guest physical 0x8000_0000.. -> host 0x8020_0000.. (2 MiB pages).
    const groot = BASE + 0x4_0000, gl1 = BASE + 0x4_4000;
    m.pte(groot, 2, gl1, V);
    m.pte(gl1, 0, BASE + 0x20_0000, V | R | W | X | U | A | D);
    m.pte(gl1, 1, BASE + 0x40_0000 - 0x20_0000, V | R | W | X | U | A | D); // GPA 0x8020_0000 -> 0x8020_0000
    const g = atp(8, groot);
    // VS-stage root at guest physical 0x8000_8000 = host 0x8020_8000: va 0x4000_0000 -> GPA 0x8000_0000 (giga-page).
    const vsRootHost = BASE + 0x20_8000;
    m.pte(vsRootHost, 1, BASE, V | R | X | A);
    const vs = atp(8, BASE + 0x8000);
    const r = regime({ virt: 1, vsatpLo: vs.lo, vsatpHi: vs.hi, hgatpLo: g.lo, hgatpHi: g.hi });
    expect(gstageTranslate(m, r, 0x8000_0123)).to.equal(0x8020_0123);
    expect(debugTranslate(m, r, 0x4000_0123)).to.equal(0x8020_0123);
    expect(debugTranslate(m, r, 0x8000_0000)).to.equal(-1); // no VS mapping there
    expect(gstageTranslate(m, r, 0x1000)).to.equal(-1); // outside the guest's RAM
    // Bare VS-stage: the guest virtual address is the guest physical one.
    const bareVs = regime({ virt: 1, hgatpLo: g.lo, hgatpHi: g.hi });
    expect(debugTranslate(m, bareVs, 0x8000_0040)).to.equal(0x8020_0040);
  });
});
