/**
 * The device tree of QEMU 7.2's `virt` board, restricted to the devices Hartsim emulates.
 *
 * Node names, property names/values, node order, property order and phandle numbering follow
 * `qemu-system-riscv64 -M virt,dumpdtb=...` so `dtc -O dts` output of both can be diffed
 * directly. (QEMU's libfdt inserts each new node/property first, so its blob lists them in
 * reverse creation order; we simply write them in the order they appear in QEMU's blob.)
 * Left out because not emulated (yet): pmu, fw-cfg, flash, platform-bus,
 * and /chosen rng-seed. To add a device, write an `addXxx(ctx)` function and call it from
 * createVirtTree in QEMU's position.
 */
import { DeviceTree, type FdtNode } from './fdt.js';
import {
  CLINT,
  RTC,
  RTC_IRQ,
  VIRTIO_BASE,
  VIRTIO_COUNT,
  VIRTIO_IRQ_BASE,
  VIRTIO_STRIDE,
  DRAM_BASE,
  FINISHER_PASS,
  FINISHER_RESET,
  MAX_HARTS,
  PLIC,
  PLIC_NUM_SOURCES,
  PCIE_ECAM,
  PCIE_IRQ_BASE,
  PCIE_MMIO,
  PCIE_MMIO_HIGH,
  PCIE_PIO,
  TEST_FINISHER,
  TIMEBASE_HZ,
  UART0,
  UART0_CLOCK_HZ,
  UART0_IRQ,
  isa as defaultIsa,
  type PhysAddr,
} from './memory-map.js';

/** mip bit numbers used as interrupt specifiers of a hart's riscv,cpu-intc. */
const IRQ_M_SOFT = 3;
const IRQ_M_TIMER = 7;
const IRQ_S_EXT = 9;
const IRQ_M_EXT = 11;

export interface VirtDtOptions {
  harts: number;
  ramSize: number;
  bootargs?: string;
  initrd?: { start: PhysAddr; end: PhysAddr };
  isa?: string;
}

/** The tree plus what later nodes need to refer to, so callers can extend it before toDtb(). */
export interface VirtTree {
  tree: DeviceTree;
  /** phandle of each hart's interrupt controller, indexed by hart. */
  intcPhandles: number[];
  plicPhandle: number;
  /** The /soc node, where MMIO devices go. */
  soc: FdtNode;
}

export function buildVirtDeviceTree(opts: VirtDtOptions): Uint8Array {
  return createVirtTree(opts).tree.toDtb();
}

export function createVirtTree(opts: VirtDtOptions): VirtTree {
  checkOptions(opts);
  const tree = new DeviceTree();
  const root = tree.root;
  root.setU32('#address-cells', 2);
  root.setU32('#size-cells', 2);
  root.setString('compatible', 'riscv-virtio');
  root.setString('model', 'riscv-virtio,qemu');

  // Children of / in QEMU's order; nodes referring to phandles are filled in afterwards.
  addChosen(root, opts);
  const poweroff = root.addNode('poweroff');
  const reboot = root.addNode('reboot');
  addMemory(root, opts.ramSize);
  const cpus = root.addNode('cpus');
  const soc = root.addNode('soc');
  soc.setU32('#address-cells', 2);
  soc.setU32('#size-cells', 2);
  soc.setString('compatible', 'simple-bus');
  soc.setEmpty('ranges');

  // Phandles are handed out in QEMU's order: harts (last first), then PLIC, then the finisher.
  const intcPhandles = addCpus(tree, cpus, opts.harts, opts.isa ?? defaultIsa());
  const rtc = soc.addNode(unitName('rtc', RTC.base));
  const serial = soc.addNode(unitName('serial', UART0.base));
  const test = soc.addNode(unitName('test', TEST_FINISHER.base));
  const pci = soc.addNode(unitName('pci', PCIE_ECAM.base));
  // QEMU lists the virtio-mmio slots highest first (its first device takes the highest slot).
  const virtio: FdtNode[] = [];
  for (let n = VIRTIO_COUNT - 1; n >= 0; n--) virtio[n] = soc.addNode(unitName('virtio_mmio', VIRTIO_BASE + n * VIRTIO_STRIDE));
  const plic = soc.addNode(unitName('plic', PLIC.base));
  const clint = soc.addNode(unitName('clint', CLINT.base));
  const plicPhandle = fillPlic(tree, plic, intcPhandles);
  const testPhandle = fillTestFinisher(tree, test);
  fillSyscon(poweroff, 'syscon-poweroff', FINISHER_PASS, testPhandle);
  fillSyscon(reboot, 'syscon-reboot', FINISHER_RESET, testPhandle);
  fillRtc(rtc, plicPhandle);
  fillSerial(serial, plicPhandle);
  fillPci(pci, plicPhandle);
  for (let n = 0; n < VIRTIO_COUNT; n++) fillVirtio(virtio[n], n, plicPhandle);
  fillClint(clint, intcPhandles);
  return { tree, intcPhandles, plicPhandle, soc };
}

function checkOptions(opts: VirtDtOptions): void {
  if (!Number.isInteger(opts.harts) || opts.harts < 1 || opts.harts > MAX_HARTS) {
    throw new Error(`device tree: hart count must be 1..${MAX_HARTS}, got ${opts.harts}`);
  }
  if (!Number.isSafeInteger(opts.ramSize) || opts.ramSize <= 0) {
    throw new Error(`device tree: bad RAM size ${opts.ramSize}`);
  }
  if (opts.initrd && !(opts.initrd.end >= opts.initrd.start)) {
    throw new Error('device tree: initrd end is before its start');
  }
}

function unitName(name: string, address: number): string {
  return `${name}@${address.toString(16)}`;
}

/** A <u64 address, u64 size> reg pair for #address-cells = #size-cells = 2. */
function reg64(node: FdtNode, base: number, size: number): void {
  node.setU64('reg', base, size);
}

function addChosen(root: FdtNode, opts: VirtDtOptions): void {
  const chosen = root.addNode('chosen');
  if (opts.initrd) {
    // QEMU 7.2 writes these as single cells; Linux reads either width.
    setAddressCells(chosen, 'linux,initrd-end', opts.initrd.end);
    setAddressCells(chosen, 'linux,initrd-start', opts.initrd.start);
  }
  if (opts.bootargs !== undefined) chosen.setString('bootargs', opts.bootargs);
  chosen.setString('stdout-path', `/soc/${unitName('serial', UART0.base)}`);
}

/** One cell when the address fits (as QEMU), two cells otherwise. */
function setAddressCells(node: FdtNode, name: string, value: number): void {
  if (value <= 0xffff_ffff) node.setU32(name, value);
  else node.setU64(name, value);
}

function addMemory(root: FdtNode, ramSize: number): void {
  const mem = root.addNode(unitName('memory', DRAM_BASE));
  mem.setString('device_type', 'memory');
  reg64(mem, DRAM_BASE, ramSize);
}

/** /cpus with one cpu@N per hart and the cpu-map; returns each hart's intc phandle. */
function addCpus(tree: DeviceTree, cpus: FdtNode, harts: number, isa: string): number[] {
  cpus.setU32('#address-cells', 1);
  cpus.setU32('#size-cells', 0);
  cpus.setU32('timebase-frequency', TIMEBASE_HZ);

  const cpuNodes: FdtNode[] = [];
  for (let h = 0; h < harts; h++) cpuNodes.push(cpus.addNode(`cpu@${h}`));
  const cpuMap = cpus.addNode('cpu-map').addNode('cluster0');

  const cpuPhandles: number[] = new Array<number>(harts);
  const intcPhandles: number[] = new Array<number>(harts);
  for (let h = harts - 1; h >= 0; h--) {
    const cpu = cpuNodes[h];
    cpuPhandles[h] = tree.phandle(cpu);
    cpu.setString('device_type', 'cpu');
    cpu.setU32('reg', h);
    cpu.setString('status', 'okay');
    cpu.setString('compatible', 'riscv');
    cpu.setString('riscv,isa', isa);
    cpu.setString('mmu-type', 'riscv,sv48');
    const intc = cpu.addNode('interrupt-controller');
    intc.setU32('#interrupt-cells', 1);
    intc.setEmpty('interrupt-controller');
    intc.setString('compatible', 'riscv,cpu-intc');
    intcPhandles[h] = tree.phandle(intc);
  }
  for (let h = 0; h < harts; h++) cpuMap.addNode(`core${h}`).setU32('cpu', cpuPhandles[h]);
  return intcPhandles;
}

function fillPlic(tree: DeviceTree, plic: FdtNode, intcPhandles: number[]): number {
  const phandle = tree.phandle(plic);
  plic.setU32('riscv,ndev', PLIC_NUM_SOURCES);
  reg64(plic, PLIC.base, PLIC.size);
  // Two contexts per hart, M-mode (MEI) first: the order fixes the context numbers.
  plic.setCells(
    'interrupts-extended',
    intcPhandles.flatMap((ph) => [ph, IRQ_M_EXT, ph, IRQ_S_EXT]),
  );
  plic.setEmpty('interrupt-controller');
  plic.setStrings('compatible', ['sifive,plic-1.0.0', 'riscv,plic0']);
  plic.setU32('#address-cells', 0);
  plic.setU32('#interrupt-cells', 1);
  return phandle;
}

function fillTestFinisher(tree: DeviceTree, test: FdtNode): number {
  const phandle = tree.phandle(test);
  reg64(test, TEST_FINISHER.base, TEST_FINISHER.size);
  test.setStrings('compatible', ['sifive,test1', 'sifive,test0', 'syscon']);
  return phandle;
}

/** syscon-poweroff / syscon-reboot: write `value` at offset 0 of the finisher's regmap. */
function fillSyscon(node: FdtNode, compatible: string, value: number, regmap: number): void {
  node.setU32('value', value);
  node.setU32('offset', 0);
  node.setU32('regmap', regmap);
  node.setString('compatible', compatible);
}

function fillSerial(serial: FdtNode, plicPhandle: number): void {
  serial.setU32('interrupts', UART0_IRQ);
  serial.setU32('interrupt-parent', plicPhandle);
  serial.setU32('clock-frequency', UART0_CLOCK_HZ);
  reg64(serial, UART0.base, UART0.size);
  serial.setString('compatible', 'ns16550a');
}

function fillRtc(rtc: FdtNode, plicPhandle: number): void {
  rtc.setU32('interrupts', RTC_IRQ);
  rtc.setU32('interrupt-parent', plicPhandle);
  reg64(rtc, RTC.base, RTC.size);
  rtc.setString('compatible', 'google,goldfish-rtc');
}

/** Every virtio-mmio slot is described, used or not, as on QEMU (an empty one reads device ID 0). */
function fillVirtio(node: FdtNode, slot: number, plicPhandle: number): void {
  node.setU32('interrupts', VIRTIO_IRQ_BASE + slot);
  node.setU32('interrupt-parent', plicPhandle);
  reg64(node, VIRTIO_BASE + slot * VIRTIO_STRIDE, VIRTIO_STRIDE);
  node.setString('compatible', 'virtio,mmio');
}

/** The generic ECAM host bridge, always described (QEMU always has it). */
function fillPci(pci: FdtNode, plicPhandle: number): void {
  // INTA..INTD of slots 0..3 (the mask repeats them for every slot), QEMU's swizzle.
  pci.setU32('interrupt-map-mask', 0x1800, 0, 0, 7);
  const map: number[] = [];
  for (let slot = 0; slot < 4; slot++) {
    for (let pin = 1; pin <= 4; pin++) {
      map.push(slot << 11, 0, 0, pin, plicPhandle, PCIE_IRQ_BASE + ((slot + pin - 1) % 4));
    }
  }
  pci.setCells('interrupt-map', map);
  const hi = (n: number): number => Math.floor(n / 0x1_0000_0000);
  const lo = (n: number): number => n % 0x1_0000_0000;
  pci.setCells('ranges', [
    0x0100_0000, 0, 0, hi(PCIE_PIO.base), lo(PCIE_PIO.base), hi(PCIE_PIO.size), lo(PCIE_PIO.size),
    0x0200_0000, hi(PCIE_MMIO.base), lo(PCIE_MMIO.base), hi(PCIE_MMIO.base), lo(PCIE_MMIO.base), hi(PCIE_MMIO.size), lo(PCIE_MMIO.size),
    0x0300_0000, hi(PCIE_MMIO_HIGH.base), lo(PCIE_MMIO_HIGH.base), hi(PCIE_MMIO_HIGH.base), lo(PCIE_MMIO_HIGH.base),
    hi(PCIE_MMIO_HIGH.size), lo(PCIE_MMIO_HIGH.size),
  ]);
  reg64(pci, PCIE_ECAM.base, PCIE_ECAM.size);
  pci.setEmpty('dma-coherent');
  pci.setU32('bus-range', 0, 0xff);
  pci.setU32('linux,pci-domain', 0);
  pci.setString('device_type', 'pci');
  pci.setString('compatible', 'pci-host-ecam-generic');
  pci.setU32('#size-cells', 2);
  pci.setU32('#interrupt-cells', 1);
  pci.setU32('#address-cells', 3);
}

function fillClint(clint: FdtNode, intcPhandles: number[]): void {
  clint.setCells(
    'interrupts-extended',
    intcPhandles.flatMap((ph) => [ph, IRQ_M_SOFT, ph, IRQ_M_TIMER]),
  );
  reg64(clint, CLINT.base, CLINT.size);
  clint.setStrings('compatible', ['sifive,clint0', 'riscv,clint0']);
}
