import { expect } from 'chai';
import { TestFinisher, type FinishKind } from '../src/board/test-finisher.js';
import { Bus, BUS_FAULT, BUS_OK } from '../src/board/bus.js';
import { TEST_FINISHER } from '../src/board/memory-map.js';

function setup() {
  const calls: Array<[FinishKind, number]> = [];
  const dev = new TestFinisher((kind, code) => calls.push([kind, code]));
  const bus = new Bus();
  bus.map(dev);
  return { calls, bus };
}

describe('board: sifive,test1 finisher', () => {
  it('reports pass for 0x5555', () => {
    const { calls, bus } = setup();
    expect(bus.write(TEST_FINISHER.base, 4, 0x5555, 0)).to.equal(BUS_OK);
    expect(calls).to.deep.equal([['pass', 0]]);
  });

  it('reports fail with the code from bits 31..16', () => {
    const { calls, bus } = setup();
    bus.write(TEST_FINISHER.base, 4, (42 << 16) | 0x3333, 0);
    bus.write(TEST_FINISHER.base, 4, 0xffff3333, 0);
    expect(calls).to.deep.equal([['fail', 42], ['fail', 0xffff]]);
  });

  it('reports reset for 0x7777 and ignores other values and offsets', () => {
    const { calls, bus } = setup();
    bus.write(TEST_FINISHER.base, 4, 0x1234, 0);
    bus.write(TEST_FINISHER.base + 4, 4, 0x5555, 0);
    bus.write(TEST_FINISHER.base, 2, 0x7777, 0);
    expect(calls).to.deep.equal([['reset', 0]]);
  });

  it('reads 0 and accepts only 16/32-bit accesses', () => {
    const { calls, bus } = setup();
    expect(bus.read(TEST_FINISHER.base, 4)).to.equal(BUS_OK);
    expect(bus.lo).to.equal(0);
    expect(bus.read(TEST_FINISHER.base, 1)).to.equal(BUS_FAULT);
    expect(bus.write(TEST_FINISHER.base, 8, 0x5555, 0)).to.equal(BUS_FAULT);
    expect(calls).to.deep.equal([]);
  });
});
