import { expect } from 'chai';
import { Plic, MIP_MEIP_BIT, MIP_SEIP_BIT } from '../src/board/plic.js';
import type { HartIrqLines } from '../src/board/device.js';
import { Bus, BUS_FAULT, BUS_OK } from '../src/board/bus.js';
import { PLIC } from '../src/board/memory-map.js';

class HartLines implements HartIrqLines {
  readonly log: Array<[number, number, boolean]> = [];
  private readonly levels = new Map<string, boolean>();
  setLevel(hart: number, bit: number, level: boolean): void {
    this.log.push([hart, bit, level]);
    this.levels.set(`${hart}:${bit}`, level);
  }
  level(hart: number, bit: number): boolean {
    return this.levels.get(`${hart}:${bit}`) ?? false;
  }
}

const priority = (src: number) => 4 * src;
const pendingWord = (w: number) => 0x1000 + 4 * w;
const enableWord = (ctx: number, w: number) => 0x2000 + 0x80 * ctx + 4 * w;
const threshold = (ctx: number) => 0x20_0000 + 0x1000 * ctx;
const claim = (ctx: number) => threshold(ctx) + 4;

function enable(plic: Plic, ctx: number, src: number): void {
  const w = src >>> 5;
  plic.write(enableWord(ctx, w), 4, (plic.read(enableWord(ctx, w), 4) | (1 << (src & 31))) >>> 0);
}

function setup(harts = 2) {
  const lines = new HartLines();
  const plic = new Plic(harts, lines);
  return { plic, lines };
}

describe('board: PLIC', () => {
  it('keeps 3 bits of priority and threshold; source 0 has none', () => {
    const { plic } = setup();
    plic.write(priority(0), 4, 7);
    expect(plic.read(priority(0), 4)).to.equal(0);
    plic.write(priority(1), 4, 9);
    expect(plic.read(priority(1), 4)).to.equal(1);
    plic.write(priority(0x5f), 4, 0xff);
    expect(plic.read(priority(0x5f), 4)).to.equal(7);
    plic.write(threshold(3), 4, 0xff);
    expect(plic.read(threshold(3), 4)).to.equal(7);
  });

  it('latches requests as pending bits, which guests cannot write and a dropped line does not clear', () => {
    const { plic } = setup();
    plic.irqLine(10).setLevel(true);
    plic.irqLine(33).setLevel(true);
    expect(plic.read(pendingWord(0), 4)).to.equal(1 << 10);
    expect(plic.read(pendingWord(1), 4)).to.equal(1 << 1);
    plic.write(pendingWord(0), 4, 0);
    expect(plic.read(pendingWord(0), 4)).to.equal(1 << 10);
    // A request stays pending until claimed, though the line drops (PLIC spec, "Interrupt Gateways").
    plic.irqLine(10).setLevel(false);
    expect(plic.read(pendingWord(0), 4)).to.equal(1 << 10);
  });

  it('stores enable words as written, per context, and only 3 of them', () => {
    const { plic } = setup();
    plic.write(enableWord(1, 0), 4, 0xffffffff);
    plic.write(enableWord(1, 3), 4, 0xffffffff);
    expect(plic.read(enableWord(1, 0), 4)).to.equal(0xffffffff);
    expect(plic.read(enableWord(0, 0), 4)).to.equal(0);
    expect(plic.read(enableWord(1, 3), 4)).to.equal(0);
  });

  it('drives MEIP for even contexts and SEIP for odd ones, per hart', () => {
    const { plic, lines } = setup(2);
    plic.write(priority(10), 4, 1);
    enable(plic, 3, 10); // hart 1, S-mode
    plic.irqLine(10).setLevel(true);
    expect(lines.level(1, MIP_SEIP_BIT)).to.equal(true);
    expect(lines.level(1, MIP_MEIP_BIT)).to.equal(false);
    expect(lines.level(0, MIP_SEIP_BIT)).to.equal(false);
    enable(plic, 0, 10); // hart 0, M-mode
    expect(lines.level(0, MIP_MEIP_BIT)).to.equal(true);
    // The request outlives the line until one context claims it; then no context sees it.
    plic.irqLine(10).setLevel(false);
    expect(lines.level(1, MIP_SEIP_BIT)).to.equal(true);
    expect(plic.read(claim(3), 4)).to.equal(10);
    expect(lines.level(1, MIP_SEIP_BIT)).to.equal(false);
    expect(lines.level(0, MIP_MEIP_BIT)).to.equal(false);
  });

  it('needs priority strictly above the threshold', () => {
    const { plic, lines } = setup(1);
    enable(plic, 1, 5);
    plic.irqLine(5).setLevel(true);
    expect(lines.level(0, MIP_SEIP_BIT)).to.equal(false); // priority 0 never interrupts
    plic.write(priority(5), 4, 3);
    expect(lines.level(0, MIP_SEIP_BIT)).to.equal(true);
    plic.write(threshold(1), 4, 3);
    expect(lines.level(0, MIP_SEIP_BIT)).to.equal(false);
    expect(plic.read(claim(1), 4)).to.equal(0);
    plic.write(threshold(1), 4, 2);
    expect(lines.level(0, MIP_SEIP_BIT)).to.equal(true);
  });

  it('claims the highest priority first, lowest id on ties', () => {
    const { plic } = setup(1);
    for (const src of [3, 7, 40]) enable(plic, 0, src);
    plic.write(priority(3), 4, 2);
    plic.write(priority(7), 4, 5);
    plic.write(priority(40), 4, 5);
    for (const src of [3, 7, 40]) plic.irqLine(src).setLevel(true);
    expect(plic.read(claim(0), 4)).to.equal(7);
    expect(plic.read(claim(0), 4)).to.equal(40);
    expect(plic.read(claim(0), 4)).to.equal(3);
    expect(plic.read(claim(0), 4)).to.equal(0);
  });

  it('masks a claimed source until completion, then re-pends it if the line is still high', () => {
    const { plic, lines } = setup(1);
    plic.write(priority(10), 4, 1);
    enable(plic, 1, 10);
    plic.irqLine(10).setLevel(true);
    expect(lines.level(0, MIP_SEIP_BIT)).to.equal(true);
    expect(plic.read(claim(1), 4)).to.equal(10);
    expect(plic.read(pendingWord(0), 4)).to.equal(0);
    expect(lines.level(0, MIP_SEIP_BIT)).to.equal(false);
    plic.irqLine(10).setLevel(true); // device re-asserts: still masked while claimed
    expect(lines.level(0, MIP_SEIP_BIT)).to.equal(false);
    expect(plic.read(claim(1), 4)).to.equal(0);
    plic.write(claim(1), 4, 10); // complete
    expect(lines.level(0, MIP_SEIP_BIT)).to.equal(true);
    expect(plic.read(claim(1), 4)).to.equal(10);
    plic.irqLine(10).setLevel(false); // device served
    plic.write(claim(1), 4, 10);
    expect(lines.level(0, MIP_SEIP_BIT)).to.equal(false);
    expect(plic.read(pendingWord(0), 4)).to.equal(0);
  });

  it('lets another context claim a source only while it is not claimed', () => {
    const { plic, lines } = setup(2);
    plic.write(priority(1), 4, 1);
    enable(plic, 1, 1);
    enable(plic, 3, 1);
    plic.irqLine(1).setLevel(true);
    expect(lines.level(0, MIP_SEIP_BIT)).to.equal(true);
    expect(lines.level(1, MIP_SEIP_BIT)).to.equal(true);
    expect(plic.read(claim(3), 4)).to.equal(1);
    expect(lines.level(0, MIP_SEIP_BIT)).to.equal(false);
    expect(plic.read(claim(1), 4)).to.equal(0);
  });

  it('only sends level changes to the harts', () => {
    const { plic, lines } = setup(1);
    plic.write(priority(2), 4, 1);
    enable(plic, 0, 2);
    plic.irqLine(2).setLevel(true);
    plic.irqLine(2).setLevel(true);
    plic.write(priority(2), 4, 2);
    expect(lines.log).to.deep.equal([[0, MIP_MEIP_BIT, true]]);
  });

  it('accepts only 32-bit accesses on the bus, over the whole 0x600000 window', () => {
    const { plic } = setup(1);
    const bus = new Bus();
    bus.map(plic);
    expect(bus.write(PLIC.base + priority(1), 4, 5, 0)).to.equal(BUS_OK);
    expect(bus.read(PLIC.base + priority(1), 4)).to.equal(BUS_OK);
    expect(bus.lo).to.equal(5);
    expect(bus.read(PLIC.base + priority(1), 1)).to.equal(BUS_FAULT);
    expect(bus.read(PLIC.base + priority(1), 8)).to.equal(BUS_FAULT);
    expect(bus.read(PLIC.base + 0x5ffffc, 4)).to.equal(BUS_OK);
    expect(bus.read(PLIC.base + 0x600000, 4)).to.equal(BUS_FAULT);
  });

  it('rejects source 0 and out-of-range sources as IRQ lines', () => {
    const { plic } = setup(1);
    expect(() => plic.irqLine(0)).to.throw();
    expect(() => plic.irqLine(0x60)).to.throw();
    expect(() => plic.irqLine(0x5f)).not.to.throw();
  });
});
