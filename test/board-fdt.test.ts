import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DeviceTree, findNode, parseDtb, propCells, propStrings, type ParsedNode } from '../src/board/fdt.js';
import { buildVirtDeviceTree } from '../src/board/virt-dt.js';
import { isa } from '../src/board/memory-map.js';

const MIB = 1024 * 1024;

function node(root: ParsedNode, path: string): ParsedNode {
  const n = findNode(root, path);
  if (!n) throw new Error(`missing node ${path}`);
  return n;
}

function cells(n: ParsedNode, prop: string): number[] {
  const v = n.props.get(prop);
  if (!v) throw new Error(`missing property ${prop} on ${n.name}`);
  return propCells(v);
}

function strings(n: ParsedNode, prop: string): string[] {
  const v = n.props.get(prop);
  if (!v) throw new Error(`missing property ${prop} on ${n.name}`);
  return propStrings(v);
}

function hasDtc(): boolean {
  return spawnSync('dtc', ['--version']).status === 0;
}

/** Decompile with dtc; returns the DTS text and dtc's exit status. */
function decompile(dtb: Uint8Array): { status: number | null; dts: string; stderr: string } {
  const dir = mkdtempSync(join(tmpdir(), 'hartsim-fdt-'));
  try {
    const file = join(dir, 'tree.dtb');
    writeFileSync(file, dtb);
    const r = spawnSync('dtc', ['-I', 'dtb', '-O', 'dts', file], { encoding: 'utf8' });
    return { status: r.status, dts: r.stdout, stderr: r.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('board: FDT writer', () => {
  it('round-trips every property kind, phandles and reservations', () => {
    const t = new DeviceTree();
    t.root.setU32('#address-cells', 2);
    const a = t.root.addNode('a@1000');
    a.setU32('one', 0xdeadbeef);
    a.setU64('wide', 0x1_2345_6789, 5);
    a.setString('s', 'hello');
    a.setStrings('list', ['x', 'yz', '']);
    a.setBytes('raw', Uint8Array.of(1, 2, 3)); // unaligned length: padding must follow
    a.setEmpty('flag');
    const b = a.addNode('b');
    const ph = t.phandle(b);
    t.root.addNode('c').setU32('ref', ph);
    t.addReservation(0x8000_0000, 0x20_0000);
    t.bootCpuId = 2;

    const parsed = parseDtb(t.toDtb());
    expect(parsed.version).to.equal(17);
    expect(parsed.lastCompVersion).to.equal(16);
    expect(parsed.bootCpuId).to.equal(2);
    expect(parsed.reservations).to.deep.equal([{ address: 0x8000_0000, size: 0x20_0000 }]);
    const pa = node(parsed.root, '/a@1000');
    expect(cells(pa, 'one')).to.deep.equal([0xdeadbeef]);
    expect(cells(pa, 'wide')).to.deep.equal([1, 0x23456789, 0, 5]);
    expect(strings(pa, 's')).to.deep.equal(['hello']);
    expect(strings(pa, 'list')).to.deep.equal(['x', 'yz', '']);
    expect(Array.from(pa.props.get('raw')!)).to.deep.equal([1, 2, 3]);
    expect(pa.props.get('flag')!.length).to.equal(0);
    expect(cells(node(parsed.root, '/a@1000/b'), 'phandle')).to.deep.equal([ph]);
    expect(cells(node(parsed.root, '/c'), 'ref')).to.deep.equal([ph]);
    expect(t.phandle(b)).to.equal(ph); // stable
  });

  it('stores each property name once in the strings block', () => {
    const t = new DeviceTree();
    for (let i = 0; i < 5; i++) t.root.addNode(`n${i}`).setString('compatible', 'x');
    const dtb = t.toDtb();
    const view = new DataView(dtb.buffer);
    const off = view.getUint32(12);
    const size = view.getUint32(32);
    expect(new TextDecoder().decode(dtb.subarray(off, off + size))).to.equal('compatible\0');
    expect(view.getUint32(4)).to.equal(dtb.length); // totalsize
    expect(view.getUint32(16)).to.equal(0x28); // reservation block right after the header
  });

  it('replaces a property in place and rejects bad names and values', () => {
    const t = new DeviceTree();
    const n = t.root.addNode('n');
    n.setU32('a', 1).setU32('b', 2).setU32('a', 3);
    expect(n.properties.map((p) => p.name)).to.deep.equal(['a', 'b']);
    expect(() => t.root.addNode('n')).to.throw(/duplicate/);
    expect(() => t.root.addNode('bad name')).to.throw(/invalid node name/);
    expect(() => n.setU32('x', 2 ** 32)).to.throw();
    expect(() => n.setU64('x', -1)).to.throw();
  });

  it('decompiles with dtc', function () {
    if (!hasDtc()) this.skip();
    const t = new DeviceTree();
    t.root.addNode('x@10').setStrings('compatible', ['a,b', 'c']);
    t.addReservation(0x1000, 0x1000);
    const r = decompile(t.toDtb());
    expect(r.status, r.stderr).to.equal(0);
    expect(r.dts).to.match(/\/memreserve\/\s+0x0*1000\s+0x0*1000;/);
    expect(r.dts).to.contain('compatible = "a,b\\0c";');
  });
});

describe('board: virt device tree', () => {
  const dtb = buildVirtDeviceTree({ harts: 4, ramSize: 256 * MIB });
  const root = parseDtb(dtb).root;

  it('describes the root, memory and chosen like QEMU', () => {
    expect(strings(root, 'compatible')).to.deep.equal(['riscv-virtio']);
    expect(strings(root, 'model')).to.deep.equal(['riscv-virtio,qemu']);
    expect(cells(root, '#address-cells')).to.deep.equal([2]);
    const mem = node(root, '/memory@80000000');
    expect(strings(mem, 'device_type')).to.deep.equal(['memory']);
    expect(cells(mem, 'reg')).to.deep.equal([0, 0x80000000, 0, 0x10000000]);
    const chosen = node(root, '/chosen');
    expect(strings(chosen, 'stdout-path')).to.deep.equal(['/soc/serial@10000000']);
    expect(chosen.props.has('bootargs')).to.equal(false);
  });

  it('has one cpu per hart with QEMU\'s properties and phandle numbering', () => {
    const cpus = node(root, '/cpus');
    expect(cells(cpus, 'timebase-frequency')).to.deep.equal([10_000_000]);
    expect(cells(cpus, '#address-cells')).to.deep.equal([1]);
    expect(cells(cpus, '#size-cells')).to.deep.equal([0]);
    for (let h = 0; h < 4; h++) {
      const cpu = node(root, `/cpus/cpu@${h}`);
      expect(cells(cpu, 'reg')).to.deep.equal([h]);
      expect(strings(cpu, 'compatible')).to.deep.equal(['riscv']);
      expect(strings(cpu, 'riscv,isa')).to.deep.equal([isa()]);
      expect(strings(cpu, 'mmu-type')).to.deep.equal(['riscv,sv48']);
      expect(strings(cpu, 'status')).to.deep.equal(['okay']);
      // QEMU numbers harts from the last: cpu@3 = 1, its intc = 2, ..., cpu@0 = 7, intc = 8.
      expect(cells(cpu, 'phandle')).to.deep.equal([2 * (3 - h) + 1]);
      const intc = node(root, `/cpus/cpu@${h}/interrupt-controller`);
      expect(cells(intc, 'phandle')).to.deep.equal([2 * (3 - h) + 2]);
      expect(cells(intc, '#interrupt-cells')).to.deep.equal([1]);
      expect(strings(intc, 'compatible')).to.deep.equal(['riscv,cpu-intc']);
      expect(intc.props.get('interrupt-controller')!.length).to.equal(0);
      expect(cells(node(root, `/cpus/cpu-map/cluster0/core${h}`), 'cpu')).to.deep.equal([2 * (3 - h) + 1]);
    }
  });

  it('wires CLINT and PLIC to every hart\'s intc', () => {
    const clint = node(root, '/soc/clint@2000000');
    expect(strings(clint, 'compatible')).to.deep.equal(['sifive,clint0', 'riscv,clint0']);
    expect(cells(clint, 'reg')).to.deep.equal([0, 0x2000000, 0, 0x10000]);
    expect(cells(clint, 'interrupts-extended')).to.deep.equal([8, 3, 8, 7, 6, 3, 6, 7, 4, 3, 4, 7, 2, 3, 2, 7]);
    const plic = node(root, '/soc/plic@c000000');
    expect(cells(plic, 'phandle')).to.deep.equal([9]);
    expect(strings(plic, 'compatible')).to.deep.equal(['sifive,plic-1.0.0', 'riscv,plic0']);
    expect(cells(plic, 'riscv,ndev')).to.deep.equal([0x60]);
    expect(cells(plic, 'reg')).to.deep.equal([0, 0xc000000, 0, 0x600000]);
    expect(cells(plic, 'interrupts-extended')).to.deep.equal([8, 11, 8, 9, 6, 11, 6, 9, 4, 11, 4, 9, 2, 11, 2, 9]);
    expect(cells(plic, '#address-cells')).to.deep.equal([0]);
    expect(cells(plic, '#interrupt-cells')).to.deep.equal([1]);
    expect(plic.props.has('interrupt-controller')).to.equal(true);
  });

  it('describes the UART, the test finisher and its poweroff/reboot syscons', () => {
    const soc = node(root, '/soc');
    expect(strings(soc, 'compatible')).to.deep.equal(['simple-bus']);
    expect(soc.props.get('ranges')!.length).to.equal(0);
    const serial = node(root, '/soc/serial@10000000');
    expect(strings(serial, 'compatible')).to.deep.equal(['ns16550a']);
    expect(cells(serial, 'clock-frequency')).to.deep.equal([0x384000]);
    expect(cells(serial, 'interrupts')).to.deep.equal([10]);
    expect(cells(serial, 'interrupt-parent')).to.deep.equal([9]);
    expect(cells(serial, 'reg')).to.deep.equal([0, 0x10000000, 0, 0x100]);
    const test = node(root, '/soc/test@100000');
    expect(strings(test, 'compatible')).to.deep.equal(['sifive,test1', 'sifive,test0', 'syscon']);
    expect(cells(test, 'phandle')).to.deep.equal([10]);
    const poweroff = node(root, '/poweroff');
    expect(strings(poweroff, 'compatible')).to.deep.equal(['syscon-poweroff']);
    expect(cells(poweroff, 'value')).to.deep.equal([0x5555]);
    expect(cells(poweroff, 'offset')).to.deep.equal([0]);
    expect(cells(poweroff, 'regmap')).to.deep.equal([10]);
    const reboot = node(root, '/reboot');
    expect(strings(reboot, 'compatible')).to.deep.equal(['syscon-reboot']);
    expect(cells(reboot, 'value')).to.deep.equal([0x7777]);
    expect(cells(reboot, 'regmap')).to.deep.equal([10]);
  });

  it('describes no device Hartsim does not emulate', () => {
    const names = (n: ParsedNode): string[] => [n.name, ...n.children.flatMap(names)];
    const all = names(root).join(' ');
    for (const absent of ['flash', 'fw-cfg', 'pmu', 'platform-bus']) {
      expect(all).not.to.contain(absent);
    }
  });

  it('describes the generic ECAM PCIe host bridge as QEMU does', () => {
    const soc = node(root, '/soc');
    const names = soc.children.map((c) => c.name);
    expect(names.indexOf('pci@30000000')).to.equal(names.indexOf('test@100000') + 1);
    const pci = node(root, '/soc/pci@30000000');
    expect([...pci.props.keys()]).to.deep.equal([
      'interrupt-map-mask', 'interrupt-map', 'ranges', 'reg', 'dma-coherent', 'bus-range', 'linux,pci-domain',
      'device_type', 'compatible', '#size-cells', '#interrupt-cells', '#address-cells',
    ]);
    expect(strings(pci, 'compatible')).to.deep.equal(['pci-host-ecam-generic']);
    expect(strings(pci, 'device_type')).to.deep.equal(['pci']);
    expect(cells(pci, 'linux,pci-domain')).to.deep.equal([0]);
    expect(cells(pci, 'bus-range')).to.deep.equal([0, 0xff]);
    expect(cells(pci, '#address-cells')).to.deep.equal([3]);
    expect(cells(pci, '#size-cells')).to.deep.equal([2]);
    expect(cells(pci, '#interrupt-cells')).to.deep.equal([1]);
    expect(cells(pci, 'reg')).to.deep.equal([0, 0x30000000, 0, 0x10000000]);
    expect(pci.props.get('dma-coherent')!.length).to.equal(0);
    expect(cells(pci, 'ranges')).to.deep.equal([
      0x1000000, 0, 0, 0, 0x3000000, 0, 0x10000,
      0x2000000, 0, 0x40000000, 0, 0x40000000, 0, 0x40000000,
      0x3000000, 4, 0, 4, 0, 4, 0,
    ]);
    expect(cells(pci, 'interrupt-map-mask')).to.deep.equal([0x1800, 0, 0, 7]);
    // Copied from qemu-system-riscv64 7.2 -M virt -smp 4 (PLIC phandle 9).
    const map = cells(pci, 'interrupt-map');
    const expected: number[] = [];
    const irqs = [[32, 33, 34, 35], [33, 34, 35, 32], [34, 35, 32, 33], [35, 32, 33, 34]];
    for (let slot = 0; slot < 4; slot++) {
      for (let pin = 1; pin <= 4; pin++) expected.push(slot * 0x800, 0, 0, pin, 9, irqs[slot][pin - 1]);
    }
    expect(map).to.deep.equal(expected);
  });

  it('describes the goldfish RTC as QEMU does', () => {
    const rtc = node(root, '/soc/rtc@101000');
    expect(strings(rtc, 'compatible')).to.deep.equal(['google,goldfish-rtc']);
    expect(cells(rtc, 'interrupts')).to.deep.equal([11]);
    expect(cells(rtc, 'reg')).to.deep.equal([0, 0x101000, 0, 0x1000]);
  });

  it('describes the eight virtio-mmio slots as QEMU does, highest first', () => {
    const soc = node(root, '/soc');
    const slots = soc.children.filter((c) => c.name.startsWith('virtio_mmio@')).map((c) => c.name);
    expect(slots).to.deep.equal([8, 7, 6, 5, 4, 3, 2, 1].map((n) => `virtio_mmio@1000${n}000`));
    const last = node(root, '/soc/virtio_mmio@10008000');
    expect(strings(last, 'compatible')).to.deep.equal(['virtio,mmio']);
    expect(cells(last, 'interrupts')).to.deep.equal([8]);
    expect(cells(last, 'reg')).to.deep.equal([0, 0x10008000, 0, 0x1000]);
  });

  it('adds bootargs and the initrd range, and takes an ISA override', () => {
    const r = parseDtb(
      buildVirtDeviceTree({
        harts: 1,
        ramSize: 8 * 1024 * MIB,
        bootargs: 'console=ttyS0 earlycon',
        initrd: { start: 0x88200000, end: 0x882003e8 },
        isa: 'rv64imac',
      }),
    ).root;
    const chosen = node(r, '/chosen');
    expect(strings(chosen, 'bootargs')).to.deep.equal(['console=ttyS0 earlycon']);
    expect(cells(chosen, 'linux,initrd-start')).to.deep.equal([0x88200000]);
    expect(cells(chosen, 'linux,initrd-end')).to.deep.equal([0x882003e8]);
    expect(strings(node(r, '/cpus/cpu@0'), 'riscv,isa')).to.deep.equal(['rv64imac']);
    expect(cells(node(r, '/memory@80000000'), 'reg')).to.deep.equal([0, 0x80000000, 2, 0]);
    expect(cells(node(r, '/soc/clint@2000000'), 'interrupts-extended')).to.deep.equal([2, 3, 2, 7]);
  });

  it('rejects impossible options', () => {
    expect(() => buildVirtDeviceTree({ harts: 0, ramSize: MIB })).to.throw(/hart count/);
    expect(() => buildVirtDeviceTree({ harts: 9, ramSize: MIB })).to.throw(/hart count/);
    expect(() => buildVirtDeviceTree({ harts: 1, ramSize: 0 })).to.throw(/RAM size/);
  });

  it('decompiles with dtc without errors', function () {
    if (!hasDtc()) this.skip();
    const r = decompile(buildVirtDeviceTree({ harts: 4, ramSize: 256 * MIB, bootargs: 'console=ttyS0' }));
    expect(r.status, r.stderr).to.equal(0);
    expect(r.stderr).not.to.match(/ERROR/i);
    for (const text of [
      'serial@10000000 {',
      'clint@2000000 {',
      'plic@c000000 {',
      'test@100000 {',
      'cpu@3 {',
      'bootargs = "console=ttyS0";',
      'compatible = "sifive,test1\\0sifive,test0\\0syscon";',
    ]) {
      expect(r.dts).to.contain(text);
    }
  });
});
