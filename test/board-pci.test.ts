/**
 * The generic ECAM PCIe host bridge and pci-serial: config space through ECAM, BAR sizing,
 * decode through the I/O and memory windows, INTx routing, and U-Boot's view of the bus
 * compared with QEMU 7.2's (`-device pci-serial`, outputs measured and copied below).
 */
import { expect } from 'chai';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Bus } from '../src/board/bus.js';
import { PciHost, pciIrqSource, type PciRegion } from '../src/board/pci/host.js';
import { PciSerial } from '../src/board/pci/serial.js';
import { PCIE_ECAM, PCIE_MMIO, PCIE_MMIO_HIGH, PCIE_PIO } from '../src/board/memory-map.js';
import { ubootSession } from './helpers.js';

const OPENSBI = '/usr/lib/riscv64-linux-gnu/opensbi/generic/fw_dynamic.bin';
const UBOOT = '/usr/lib/u-boot/qemu-riscv64_smode/u-boot.bin';

function cfg(slot: number, reg: number, fn = 0, bus = 0): number {
  return PCIE_ECAM.base + (bus << 20) + (slot << 15) + (fn << 12) + reg;
}

function setup(): { bus: Bus; host: PciHost; levels: Map<number, boolean> } {
  const levels = new Map<number, boolean>();
  const host = new PciHost((src) => ({ setLevel: (l: boolean) => levels.set(src, l) }));
  return { bus: new Bus(), host, levels };
}

function mapAll(bus: Bus, host: PciHost): void {
  for (const d of host.devices()) bus.map(d);
}

function rd(bus: Bus, addr: number, size: 1 | 2 | 4 = 4): number {
  expect(bus.read(addr, size)).to.equal(0);
  return bus.lo;
}

function wr(bus: Bus, addr: number, value: number, size: 1 | 2 | 4 = 4): void {
  expect(bus.write(addr, size, value, 0)).to.equal(0);
}

/** A memory region that records accesses. */
function recorder(): PciRegion & { log: string[] } {
  const log: string[] = [];
  return {
    log,
    read: (o, s) => { log.push(`r${s}@${o}`); return 0x1234_5678 >>> 0; },
    write: (o, s, v) => { log.push(`w${s}@${o}=${v.toString(16)}`); },
  };
}

describe('PCIe host bridge (gpex)', () => {
  it('answers with the host bridge at 00.00.0', () => {
    const { bus, host } = setup();
    mapAll(bus, host);
    expect(rd(bus, cfg(0, 0))).to.equal(0x0008_1b36);
    expect(rd(bus, cfg(0, 0), 2)).to.equal(0x1b36);
    expect(rd(bus, cfg(0, 2), 2)).to.equal(0x0008);
    expect(rd(bus, cfg(0, 8))).to.equal(0x0600_0000);
    expect(rd(bus, cfg(0, 0x0b), 1)).to.equal(0x06);
    expect(rd(bus, cfg(0, 0x0e), 1)).to.equal(0);
    expect(rd(bus, cfg(0, 0x2c))).to.equal(0x1100_1af4);
    expect(rd(bus, cfg(0, 0x10))).to.equal(0);
    expect(rd(bus, cfg(0, 0x3d), 1)).to.equal(0);
  });

  it('reads all ones for an absent device, function, bus or extended register', () => {
    const { bus, host } = setup();
    mapAll(bus, host);
    expect(rd(bus, cfg(1, 0))).to.equal(0xffffffff);
    expect(rd(bus, cfg(31, 0), 2)).to.equal(0xffff);
    expect(rd(bus, cfg(0, 0, 1))).to.equal(0xffffffff);
    expect(rd(bus, cfg(0, 0, 0, 1))).to.equal(0xffffffff);
    expect(rd(bus, cfg(0, 0x100))).to.equal(0xffffffff);
    wr(bus, cfg(1, 4), 0xffff); // ignored
    expect(rd(bus, cfg(1, 4))).to.equal(0xffffffff);
  });

  it('keeps only the writable bits of the command register and the read-only IDs', () => {
    const { bus, host } = setup();
    mapAll(bus, host);
    wr(bus, cfg(0, 4), 0xffff_ffff);
    expect(rd(bus, cfg(0, 4), 2)).to.equal(0x0547);
    wr(bus, cfg(0, 0), 0);
    expect(rd(bus, cfg(0, 0))).to.equal(0x0008_1b36);
    wr(bus, cfg(0, 0x0c), 0xffff_ffff);
    expect(rd(bus, cfg(0, 0x0c))).to.equal(0x0000_00ff); // cache line only, as QEMU
    wr(bus, cfg(0, 0x3c), 0x0b, 1);
    expect(rd(bus, cfg(0, 0x3c), 1)).to.equal(0x0b);
  });

  it('sizes BARs and decodes them through the I/O and memory windows', () => {
    const { bus, host } = setup();
    const io = recorder(), mem = recorder();
    host.addFunction({
      vendor: 0x1234, device: 0x5678, revision: 0, classCode: 0xff0000, interruptPin: 0,
      bars: [{ size: 0x20, io: true, region: io }, { size: 0x1000, io: false, region: mem }],
    });
    mapAll(bus, host);
    wr(bus, cfg(1, 0x10), 0xffffffff);
    wr(bus, cfg(1, 0x14), 0xffffffff);
    expect(rd(bus, cfg(1, 0x10))).to.equal(0xffffffe1);
    expect(rd(bus, cfg(1, 0x14))).to.equal(0xfffff000);
    expect(rd(bus, cfg(1, 0x18))).to.equal(0); // no BAR 2
    wr(bus, cfg(1, 0x10), 0x1000);
    wr(bus, cfg(1, 0x14), 0x4000_2000);
    expect(rd(bus, cfg(1, 0x10))).to.equal(0x1001);
    // Decoding is off until the command register enables it: holes read all ones.
    expect(rd(bus, PCIE_PIO.base + 0x1000, 1)).to.equal(0xff);
    expect(rd(bus, 0x4000_2000)).to.equal(0xffffffff);
    expect(io.log.length + mem.log.length).to.equal(0);
    wr(bus, cfg(1, 4), 0x1, 2); // I/O only
    expect(rd(bus, PCIE_PIO.base + 0x1004, 2)).to.equal(0x5678);
    expect(rd(bus, 0x4000_2000)).to.equal(0xffffffff);
    wr(bus, cfg(1, 4), 0x3, 2);
    expect(rd(bus, 0x4000_2008)).to.equal(0x1234_5678);
    wr(bus, 0x4000_2ffc, 0xabcd);
    wr(bus, PCIE_PIO.base + 0x101f, 0x7f, 1);
    expect(io.log).to.deep.equal(['r2@4', 'w1@31=7f']);
    expect(mem.log).to.deep.equal(['r4@8', 'w4@4092=abcd']);
    // Past the BAR: a hole again.
    expect(rd(bus, PCIE_PIO.base + 0x1020, 1)).to.equal(0xff);
    // Reset clears the BAR and the command register.
    host.reset();
    expect(rd(bus, cfg(1, 0x10))).to.equal(0x1);
    expect(rd(bus, cfg(1, 4), 2)).to.equal(0);
    expect(bus.deviceAt(PCIE_MMIO.base)?.name).to.equal('pcie-mmio');
    expect(bus.deviceAt(PCIE_MMIO_HIGH.base)?.name).to.equal('pcie-mmio-high');
  });

  it('routes INTx with QEMU\'s swizzle and honours INTx disable', () => {
    expect([0, 1, 2, 3, 4].map((s) => pciIrqSource(s, 1))).to.deep.equal([32, 33, 34, 35, 32]);
    expect(pciIrqSource(1, 4)).to.equal(32);
    const { bus, host, levels } = setup();
    mapAll(bus, host);
    const out: number[] = [];
    const serial = new PciSerial(host, (b) => out.push(...b));
    expect(serial.fn.slot).to.equal(1);
    expect(rd(bus, cfg(1, 0))).to.equal(0x0002_1b36);
    expect(rd(bus, cfg(1, 8))).to.equal(0x0700_0201);
    expect(rd(bus, cfg(1, 0x3c))).to.equal(0x0000_0100);
    wr(bus, cfg(1, 0x10), 0xffffffff);
    expect(rd(bus, cfg(1, 0x10))).to.equal(0xfffffff9); // 8 bytes of I/O, as QEMU
    wr(bus, cfg(1, 0x10), 0x1000);
    wr(bus, cfg(1, 4), 0x1, 2);
    wr(bus, PCIE_PIO.base + 0x1000, 0x41, 1);
    serial.flush();
    expect(out).to.deep.equal([0x41]);
    wr(bus, PCIE_PIO.base + 0x1001, 0x02, 1); // IER: THRI
    expect(levels.get(33)).to.equal(true);
    expect(rd(bus, cfg(1, 6), 2)).to.equal(0x0008);
    wr(bus, cfg(1, 4), 0x401, 2); // INTx disable
    expect(levels.get(33)).to.equal(false);
    expect(rd(bus, cfg(1, 6), 2)).to.equal(0x0008);
    wr(bus, cfg(1, 4), 0x001, 2);
    expect(levels.get(33)).to.equal(true);
    expect(rd(bus, PCIE_PIO.base + 0x1002, 1)).to.equal(0x02); // IIR: THRE, acknowledged by the read
    expect(levels.get(33)).to.equal(false);
  });
});

describe('pci-serial under U-Boot', function () {
  this.timeout(180_000);

  before(function () {
    if (!existsSync(OPENSBI) || !existsSync(UBOOT)) throw new Error('apt-get install opensbi u-boot-qemu');
  });

  /** What QEMU 7.2 prints for `pci` with -device pci-serial. */
  const QEMU_PCI_LIST = [
    'BusDevFun  VendorId   DeviceId   Device Class       Sub-Class',
    '_____________________________________________________________',
    '00.00.00   0x1b36     0x0008     Bridge device           0x00',
    '00.01.00   0x1b36     0x0002     Simple comm. controller 0x00',
  ].join('\r\n');

  it('lists, enumerates and dumps the bus as QEMU does, and the serial port writes to its file', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'hartsim-pci-')), 'serial.out');
    const out = await ubootSession(['--device', `pci-serial,file=${file}`], [
      'pci',
      'pci enum',
      'pci',
      'pci header 0.1.0',
      'pci display.l 0.2.0 0 1',
      'mw.b 0x3001000 48',
      'mw.b 0x3001000 69',
      'mw.b 0x3001001 2',
      'md.l 0xc001004 1',
    ]);
    expect(out.split(QEMU_PCI_LIST).length - 1).to.equal(2);
    for (const line of [
      'vendor ID =                   0x1b36',
      'device ID =                   0x0002',
      'command register ID =         0x0005',
      'revision ID =                 0x01',
      'class code =                  0x07 (Simple comm. controller)',
      'programming interface =       0x02',
      'latency time =                0x00',
      'base address 0 =              0x00001001',
      'sub system vendor ID =        0x1af4',
      'interrupt pin =               0x01',
      'No such device',
      '0c001004: 00000002', // INTA of slot 1: PLIC source 33 pending
    ]) expect(out).to.contain(line);
    expect(readFileSync(file, 'latin1')).to.equal('Hi');
  });

  it('writes to stdout without file=', async () => {
    const out = await ubootSession(['--device', 'pci-serial'], ['mw.b 0x3001000 5a']);
    expect(out).to.match(/=> mw.b 0x3001000 5a\r\nZ/);
  });
});
