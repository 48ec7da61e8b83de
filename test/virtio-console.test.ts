/**
 * virtio-console through the virtio-mmio transport, driven the way a guest driver does it
 * (status handshake, feature negotiation, split virtqueues in guest RAM, notify, interrupt).
 */
import { expect } from 'chai';
import { GuestMemory } from '../src/board/guest-memory.js';
import { VirtioMmio } from '../src/board/virtio/mmio.js';
import { VirtioConsole } from '../src/board/virtio/console.js';

const BASE = 0x8000_0000;
const STATUS = 0x70, FEAT = 0x10, FEAT_SEL = 0x14, DFEAT = 0x20, DFEAT_SEL = 0x24;
const QSEL = 0x30, QNUM = 0x38, QREADY = 0x44, QNOTIFY = 0x50, ISR = 0x60, IACK = 0x64;
const QDESC = 0x80, QAVAIL = 0x90, QUSED = 0xa0;

function rig() {
  const ram = new SharedArrayBuffer(1 << 20);
  const mem = new GuestMemory(ram, BASE);
  const view = new DataView(ram);
  const out: number[] = [];
  let irq = false;
  const con = new VirtioConsole(mem, (b) => out.push(...b));
  const t = new VirtioMmio(0x1000_1000, { setLevel: (l) => { irq = l; } }, mem, con);
  const w = (off: number, v: number) => t.write(off, 4, v);
  // Status handshake and features (3.1.1): ACKNOWLEDGE | DRIVER, VERSION_1 + SIZE, FEATURES_OK.
  w(STATUS, 3);
  w(FEAT_SEL, 1);
  expect(t.read(FEAT, 4) & 1).to.equal(1); // VERSION_1 offered
  w(DFEAT_SEL, 0); w(DFEAT, 1); w(DFEAT_SEL, 1); w(DFEAT, 1);
  w(STATUS, 3 | 8);
  expect(t.read(STATUS, 4) & 8).to.equal(8);
  // Two queues of 8 entries: queue q's rings at 0x1000 * (q + 1).
  for (let q = 0; q < 2; q++) {
    const area = BASE + 0x1000 * (q + 1);
    w(QSEL, q); w(QNUM, 8);
    w(QDESC, area); w(QDESC + 4, 0);
    w(QAVAIL, area + 0x200); w(QAVAIL + 4, 0);
    w(QUSED, area + 0x400); w(QUSED + 4, 0);
    w(QREADY, 1);
  }
  w(STATUS, 3 | 8 | 4);
  /** Offers one buffer on queue q: descriptor 0, avail index advanced. */
  const offer = (q: number, addr: number, len: number, writable: boolean, n: number) => {
    const area = 0x1000 * (q + 1);
    view.setBigUint64(area, BigInt(addr), true);
    view.setUint32(area + 8, len, true);
    view.setUint16(area + 12, writable ? 2 : 0, true);
    view.setUint16(area + 0x200 + 4 + 2 * ((n - 1) % 8), 0, true);
    view.setUint16(area + 0x200 + 2, n, true);
  };
  const used = (q: number) => {
    const area = 0x1000 * (q + 1) + 0x400;
    return { idx: view.getUint16(area + 2, true), len: view.getUint32(area + 4 + 4, true) };
  };
  return { t, con, view, out, offer, used, irq: () => irq, w };
}

describe('virtio-console', () => {
  it('is device 3 with one port and its console size', () => {
    const { t } = rig();
    expect(t.read(0x008, 4)).to.equal(3);
    expect(t.read(0x100, 2)).to.equal(80);
    expect(t.read(0x102, 2)).to.equal(25);
  });

  it('sends guest output from the transmit queue and interrupts', () => {
    const { t, view, out, offer, used, irq, w } = rig();
    new TextEncoder().encode('hello hvc').forEach((b, i) => view.setUint8(0x8000 + i, b));
    offer(1, BASE + 0x8000, 9, false, 1);
    w(QNOTIFY, 1);
    expect(String.fromCharCode(...out)).to.equal('hello hvc');
    expect(used(1).idx).to.equal(1);
    expect(irq()).to.equal(true);
    expect(t.read(ISR, 4) & 1).to.equal(1);
    w(IACK, 1);
    expect(irq()).to.equal(false);
  });

  it('delivers host input into the buffers the guest posted, also when input came first', () => {
    const { con, view, offer, used, irq, w } = rig();
    con.receive(new TextEncoder().encode('ab')); // nothing posted yet: kept
    expect(used(0).idx).to.equal(0);
    offer(0, BASE + 0x9000, 16, true, 1);
    w(QNOTIFY, 0);
    expect(used(0)).to.deep.equal({ idx: 1, len: 2 });
    expect(String.fromCharCode(view.getUint8(0x9000), view.getUint8(0x9001))).to.equal('ab');
    expect(irq()).to.equal(true);
  });
});

describe('virtio-console on the board', () => {
  it('rejects bad --device virtio-console options with one line', async () => {
    const { runHartsim, repoRoot } = await import('./helpers.js');
    const { join } = await import('node:path');
    const bad = runHartsim(['run', '--bios', 'none', '--kernel', join(repoRoot, 'images/tests/rv64i.elf'), '--device', 'virtio-console,colour=red']);
    expect(bad.status).to.equal(2);
    expect(bad.stderr.trim()).to.match(/^hartsim: .*virtio-console: unknown option 'colour=red'/);
    const twice = runHartsim(['run', '--bios', 'none', '--kernel', join(repoRoot, 'images/tests/rv64i.elf'), '--device', 'virtio-console', '--device', 'virtio-console']);
    expect(twice.stderr).to.match(/only one virtio-console/);
  });
});
