import { expect } from 'chai';
import { Clint, MIP_MSIP_BIT, type ClintBackend } from '../src/board/clint.js';
import type { HartIrqLines } from '../src/board/device.js';
import { Bus, BUS_FAULT, BUS_OK } from '../src/board/bus.js';
import { CLINT } from '../src/board/memory-map.js';

class HartLines implements HartIrqLines {
  private readonly levels = new Map<string, boolean>();
  setLevel(hart: number, bit: number, level: boolean): void {
    this.levels.set(`${hart}:${bit}`, level);
  }
  level(hart: number, bit: number): boolean {
    return this.levels.get(`${hart}:${bit}`) ?? false;
  }
}

class FakeBackend implements ClintBackend {
  mtime = 0;
  readonly cmpWrites: Array<[number, number, number]> = [];
  readMtime(): number {
    return this.mtime;
  }
  writeMtime(ticks: number): void {
    this.mtime = ticks;
  }
  setMtimecmp(hart: number, lo: number, hi: number): void {
    this.cmpWrites.push([hart, lo, hi]);
  }
}

const MSIP = (h: number) => CLINT.base + 4 * h;
const MTIMECMP = (h: number) => CLINT.base + 0x4000 + 8 * h;
const MTIME = CLINT.base + 0xbff8;

function setup(harts = 2) {
  const lines = new HartLines();
  const backend = new FakeBackend();
  const clint = new Clint(harts, lines, backend);
  const bus = new Bus();
  for (const d of clint.devices) bus.map(d);
  backend.cmpWrites.length = 0; // drop the reset-time publication
  return { clint, lines, backend, bus };
}

function read(bus: Bus, addr: number, size: 4 | 8): number {
  expect(bus.read(addr, size)).to.equal(BUS_OK);
  return bus.hi * 0x1_0000_0000 + bus.lo;
}

describe('board: CLINT', () => {
  it('publishes mtimecmp = 0 for every hart at construction (QEMU reset value)', () => {
    const backend = new FakeBackend();
    new Clint(3, new HartLines(), backend);
    expect(backend.cmpWrites).to.deep.equal([[0, 0, 0], [1, 0, 0], [2, 0, 0]]);
  });

  it('drives MSIP from bit 0 of each hart\'s msip word', () => {
    const { lines, bus } = setup();
    bus.write(MSIP(1), 4, 3, 0);
    expect(lines.level(1, MIP_MSIP_BIT)).to.equal(true);
    expect(lines.level(0, MIP_MSIP_BIT)).to.equal(false);
    expect(read(bus, MSIP(1), 4)).to.equal(1);
    bus.write(MSIP(1), 4, 2, 0);
    expect(lines.level(1, MIP_MSIP_BIT)).to.equal(false);
    expect(read(bus, MSIP(1), 4)).to.equal(0);
    expect(read(bus, MSIP(5), 4)).to.equal(0); // no such hart: reads 0
  });

  it('combines 32-bit mtimecmp halves with the other half', () => {
    const { backend, bus } = setup();
    bus.write(MTIMECMP(1), 4, 0x89abcdef, 0);
    bus.write(MTIMECMP(1) + 4, 4, 0x01234567, 0);
    expect(backend.cmpWrites).to.deep.equal([
      [1, 0x89abcdef, 0],
      [1, 0x89abcdef, 0x01234567],
    ]);
    expect(read(bus, MTIMECMP(1), 4)).to.equal(0x89abcdef);
    expect(read(bus, MTIMECMP(1) + 4, 4)).to.equal(0x01234567);
    expect(read(bus, MTIMECMP(1), 8)).to.equal(0x0123456789abcdef);
  });

  it('writes a 64-bit mtimecmp in one step and keeps all-ones exact', () => {
    const { backend, bus } = setup();
    bus.write(MTIMECMP(0), 8, 0xffffffff, 0xffffffff);
    expect(backend.cmpWrites).to.deep.equal([[0, 0xffffffff, 0xffffffff]]);
    expect(bus.read(MTIMECMP(0), 8)).to.equal(BUS_OK);
    expect([bus.lo, bus.hi]).to.deep.equal([0xffffffff, 0xffffffff]);
  });

  it('reads mtime as 64 bits or as halves', () => {
    const { backend, bus } = setup();
    backend.mtime = 0x0012_3456_789a_bcde;
    expect(read(bus, MTIME, 8)).to.equal(0x0012_3456_789a_bcde);
    expect(read(bus, MTIME, 4)).to.equal(0x789abcde);
    expect(read(bus, MTIME + 4, 4)).to.equal(0x00123456);
  });

  it('writes mtime halves keeping the other half, or all 64 bits', () => {
    const { backend, bus } = setup();
    backend.mtime = 0x0000_0005_0000_0010;
    bus.write(MTIME, 4, 0x100, 0);
    expect(backend.mtime).to.equal(0x0000_0005_0000_0100);
    bus.write(MTIME + 4, 4, 0x7, 0);
    expect(backend.mtime).to.equal(0x0000_0007_0000_0100);
    bus.write(MTIME, 8, 0x1234, 0x2);
    expect(backend.mtime).to.equal(0x0000_0002_0000_1234);
  });

  it('faults on the widths and holes QEMU faults on', () => {
    const { bus } = setup();
    expect(bus.read(MSIP(0), 1)).to.equal(BUS_FAULT); // msip: 32-bit only
    expect(bus.read(MSIP(0), 8)).to.equal(BUS_FAULT);
    expect(bus.read(MTIME, 2)).to.equal(BUS_FAULT); // mtimer: 32/64-bit
    expect(bus.read(CLINT.base + 0xc000, 4)).to.equal(BUS_FAULT); // past the mtimer
    expect(bus.read(CLINT.base + 0x3ffc, 4)).to.equal(BUS_OK);
    expect(bus.read(MTIMECMP(7), 4)).to.equal(BUS_OK); // hole inside mtimer reads 0
    expect(bus.lo).to.equal(0);
  });
});
