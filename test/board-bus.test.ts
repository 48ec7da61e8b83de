import { expect } from 'chai';
import { Bus, BUS_FAULT, BUS_OK, SIZE_4, type BusDevice } from '../src/board/bus.js';

/** A device that logs every access and reads back offset-derived values. */
class LogDevice implements BusDevice {
  readonly log: string[] = [];
  constructor(
    readonly name: string,
    readonly base: number,
    readonly size: number,
    readonly accessSizes?: number,
  ) {}
  read(offset: number, size: 1 | 2 | 4): number {
    this.log.push(`r${size}@${offset}`);
    return (0xa0000000 + offset) >>> 0;
  }
  write(offset: number, size: 1 | 2 | 4, value: number): void {
    this.log.push(`w${size}@${offset}=${value.toString(16)}`);
  }
}

describe('board: Bus', () => {
  it('routes accesses to the device at the address with device-relative offsets', () => {
    const bus = new Bus();
    const a = new LogDevice('a', 0x1000, 0x100);
    const b = new LogDevice('b', 0x2000, 0x100);
    bus.map(a);
    bus.map(b);
    expect(bus.read(0x2010, 4)).to.equal(BUS_OK);
    expect(bus.lo).to.equal(0xa0000010);
    expect(bus.hi).to.equal(0);
    expect(bus.write(0x1004, 2, 0x12345678, 0)).to.equal(BUS_OK);
    expect(a.log).to.deep.equal(['w2@4=5678']); // only the stored bytes reach the device
    expect(b.log).to.deep.equal(['r4@16']);
    expect(bus.deviceAt(0x10ff)).to.equal(a);
  });

  it('faults on unmapped addresses and on accesses running past a device', () => {
    const bus = new Bus();
    bus.map(new LogDevice('a', 0x1000, 0x100));
    expect(bus.read(0x0fff, 1)).to.equal(BUS_FAULT);
    expect(bus.read(0x1100, 1)).to.equal(BUS_FAULT);
    expect(bus.read(0x10fe, 4)).to.equal(BUS_FAULT);
    expect(bus.write(0x8000_0000, 8, 0, 0)).to.equal(BUS_FAULT);
    expect(bus.read(0x10fc, 4)).to.equal(BUS_OK);
  });

  it('splits 8-byte accesses into two 4-byte ones, low word first', () => {
    const bus = new Bus();
    const a = new LogDevice('a', 0x1000, 0x100);
    bus.map(a);
    expect(bus.read(0x1008, 8)).to.equal(BUS_OK);
    expect([bus.lo, bus.hi]).to.deep.equal([0xa0000008, 0xa000000c]);
    expect(bus.write(0x1010, 8, 0x11111111, 0x22222222)).to.equal(BUS_OK);
    expect(a.log).to.deep.equal(['r4@8', 'r4@12', 'w4@16=11111111', 'w4@20=22222222']);
  });

  it('uses a device\'s native 64-bit access when it has one', () => {
    const bus = new Bus();
    const calls: string[] = [];
    const dev: BusDevice = {
      name: 'wide',
      base: 0x4000,
      size: 0x10,
      read: () => 0,
      write: () => {},
      read64: (offset, out) => {
        calls.push(`r64@${offset}`);
        out[0] = 0xdeadbeef;
        out[1] = 0x01020304;
      },
      write64: (offset, lo, hi) => calls.push(`w64@${offset}=${hi.toString(16)}:${lo.toString(16)}`),
    };
    bus.map(dev);
    bus.read(0x4008, 8);
    bus.write(0x4000, 8, 0xffffffff, 0x7fffffff);
    expect([bus.lo, bus.hi]).to.deep.equal([0xdeadbeef, 0x01020304]);
    expect(calls).to.deep.equal(['r64@8', 'w64@0=7fffffff:ffffffff']);
  });

  it('faults on widths a device does not accept', () => {
    const bus = new Bus();
    const a = new LogDevice('a', 0x1000, 0x100, SIZE_4);
    bus.map(a);
    expect(bus.read(0x1000, 1)).to.equal(BUS_FAULT);
    expect(bus.read(0x1000, 2)).to.equal(BUS_FAULT);
    expect(bus.read(0x1000, 8)).to.equal(BUS_FAULT);
    expect(bus.write(0x1000, 1, 0, 0)).to.equal(BUS_FAULT);
    expect(a.log).to.deep.equal([]);
    expect(bus.read(0x1000, 4)).to.equal(BUS_OK);
  });

  it('refuses overlapping mappings', () => {
    const bus = new Bus();
    bus.map(new LogDevice('a', 0x1000, 0x100));
    expect(() => bus.map(new LogDevice('b', 0x10f0, 0x100))).to.throw(/overlaps a/);
    expect(() => bus.map(new LogDevice('c', 0x1100, 0x100))).not.to.throw();
  });

  it('handles addresses above 4 GiB', () => {
    const bus = new Bus();
    bus.map(new LogDevice('high', 0x1_0000_0000, 0x1000));
    expect(bus.read(0x1_0000_0010, 4)).to.equal(BUS_OK);
    expect(bus.lo).to.equal(0xa0000010);
  });
});
