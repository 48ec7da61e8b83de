/**
 * A misbehaving guest gets architected traps, never an emulator crash: random instruction
 * words (and random register values aimed at RAM, devices and nowhere) executed in every
 * privilege mode, with and without paging and V=1, must never throw out of the hart.
 */
import { expect } from 'chai';
import { Hart } from '../src/hart/hart.js';
import type { MmioPort } from '../src/hart/env.js';
import { createControlBuffer } from '../src/threads/layout.js';
import { C64 } from '../src/hart/csr.js';
import { xorshift32 as rng } from './helpers.js';

const RAM_BASE = 0x8000_0000;
const RAM_SIZE = 1 << 20;


/** A device port where every access to the first 64 KiB of the device window succeeds. */
function fakeDevices(): MmioPort {
  return {
    data: new Int32Array(2),
    read(pa: number) { this.data[0] = pa & 0xff; this.data[1] = 0; return pa >= 0x1000_0000 && pa < 0x1001_0000; },
    write(pa: number) { return pa >= 0x1000_0000 && pa < 0x1001_0000; },
    amo(pa: number) { this.data[0] = 0; this.data[1] = 0; return pa >= 0x1000_0000 && pa < 0x1001_0000; },
  };
}

describe('hart: random instructions never crash the emulator', function () {
  this.timeout(60_000);

  for (const seed of [1, 2, 3, 4]) {
    it(`survives a million random instruction steps (seed ${seed})`, () => {
      const next = rng(seed * 0x9e3779b9);
      const ram = new SharedArrayBuffer(RAM_SIZE);
      const words = new Int32Array(ram);
      const ctl = new Int32Array(createControlBuffer());
      const hart = new Hart({ hartId: 0, ram, ramBase: RAM_BASE, mmio: fakeDevices(), time: { mtime: () => 0 }, ctl });
      const interesting = [0, -1, RAM_BASE, RAM_BASE + 0x800, 0x1000_0000, 0x0200_0000, 0x7fff_fff8, 0x8000_0000_0000];
      let traps = 0;
      for (let round = 0; round < 1000; round++) {
        for (let i = 0; i < RAM_SIZE / 4; i += 97) words[i] = next() | 0;
        for (let i = 0; i < words.length; i++) if ((i & 63) === 0) words[i] = next() | 0;
        hart.reset(RAM_BASE + 4 * (next() % 1024));
        // Traps land back in RAM; some rounds start from lower modes, paging or V=1.
        for (let r = 1; r < 32; r++) {
          const v = (next() & 1) ? interesting[next() % interesting.length] : (next() | 0);
          hart.x[2 * r] = v | 0;
          hart.x[2 * r + 1] = Math.floor(v / 4294967296) | 0;
        }
        hart.c64[2 * C64.mtvec] = RAM_BASE | 0;
        hart.c64[2 * C64.stvec] = RAM_BASE + 0x100 | 0;
        hart.c64[2 * C64.vstvec] = RAM_BASE + 0x200 | 0;
        // Random page tables: satp, vsatp and hgatp rooted at random pages of RAM.
        const root = () => (RAM_BASE / 4096 + (next() % (RAM_SIZE / 4096 - 4))) & ~3;
        hart.c64[2 * C64.satp] = round % 3 === 1 ? root() : 0;
        hart.c64[2 * C64.satp + 1] = round % 3 === 1 ? (8 + (next() & 1)) << 28 : 0;
        hart.c64[2 * C64.vsatp] = root();
        hart.c64[2 * C64.vsatp + 1] = (next() & 1) ? 8 << 28 : 0;
        hart.c64[2 * C64.hgatp] = root();
        hart.c64[2 * C64.hgatp + 1] = (next() & 1) ? 8 << 28 : 0;
        hart.flushTlb();
        hart.priv = [3, 1, 0][round % 3];
        hart.virt = round % 5 === 4 && hart.priv !== 3 ? 1 : 0;
        hart.mstatus = next() & 0x7e7faa;
        hart.privChanged();
        const before = hart.trapCounts.reduce((a, b) => a + b, 0);
        expect(() => { for (let k = 0; k < 10; k++) { hart.run(100); hart.checkInterrupts(); } }).to.not.throw();
        traps += hart.trapCounts.reduce((a, b) => a + b, 0) - before;
      }
      expect(traps).to.be.greaterThan(100); // random words trap a lot: the test really ran them
    });
  }
});
