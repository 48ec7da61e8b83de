/**
 * The physical memory map of QEMU 7.2's `virt` board, the one place these facts live.
 * Measured on qemu-system-riscv64 7.2 (see ../shared/reference.md); every device, the
 * device-tree generator and the loader import them from here.
 */

/** A physical address: a plain non-negative Number (exact below 2^53). */
export type PhysAddr = number;

export interface Region {
  readonly base: PhysAddr;
  readonly size: number;
}

export const MROM: Region = { base: 0x0000_1000, size: 0xf000 };
export const TEST_FINISHER: Region = { base: 0x0010_0000, size: 0x1000 };
export const RTC: Region = { base: 0x0010_1000, size: 0x1000 };
export const CLINT: Region = { base: 0x0200_0000, size: 0x1_0000 };
export const PCIE_PIO: Region = { base: 0x0300_0000, size: 0x1_0000 };
export const PLIC: Region = { base: 0x0c00_0000, size: 0x60_0000 };
export const UART0: Region = { base: 0x1000_0000, size: 0x100 };
export const VIRTIO_BASE: PhysAddr = 0x1000_1000;
export const VIRTIO_STRIDE = 0x1000;
export const VIRTIO_COUNT = 8;
export const FLASH: Region = { base: 0x2000_0000, size: 0x400_0000 };
export const PCIE_ECAM: Region = { base: 0x3000_0000, size: 0x1000_0000 };
export const PCIE_MMIO: Region = { base: 0x4000_0000, size: 0x4000_0000 };
/** The 64-bit PCIe window: 16 GiB at DRAM end rounded up to 16 GiB (constant for RAM up to 14 GiB). */
export const PCIE_MMIO_HIGH: Region = { base: 0x4_0000_0000, size: 0x4_0000_0000 };
export const DRAM_BASE: PhysAddr = 0x8000_0000;

/** Where firmware-loaded kernels go (QEMU's riscv_load_kernel with firmware present). */
export const KERNEL_LOAD_OFFSET = 0x20_0000;

/** PLIC interrupt sources. */
export const UART0_IRQ = 10;
export const RTC_IRQ = 11;
export const VIRTIO_IRQ_BASE = 1;
export const PCIE_IRQ_BASE = 0x20;
export const PLIC_NUM_SOURCES = 0x60; // riscv,ndev
export const PLIC_NUM_PRIORITIES = 7;

export const UART0_CLOCK_HZ = 3_686_400;
/** CLINT mtime frequency (device tree timebase-frequency). */
export const TIMEBASE_HZ = 10_000_000;

export const MAX_HARTS = 8;
export const DEFAULT_RAM_BYTES = 256 * 1024 * 1024;

/** CLINT register offsets (SiFive CLINT layout, as QEMU). */
export const CLINT_MSIP = 0x0;
export const CLINT_MTIMECMP = 0x4000;
export const CLINT_MTIME = 0xbff8;

/** sifive,test1 finisher commands. */
export const FINISHER_PASS = 0x5555;
export const FINISHER_FAIL = 0x3333;
export const FINISHER_RESET = 0x7777;

/** The device tree sits at the end of RAM, 2 MiB aligned down (QEMU's riscv_compute_fdt_addr). */
export function dtbAddress(ramSize: number, dtbSize: number): PhysAddr {
  const end = DRAM_BASE + ramSize;
  const align = 2 * 1024 * 1024;
  return Math.floor((end - dtbSize) / align) * align;
}

export function isa(): string {
  return 'rv64imafdch_zicsr_zifencei_zihintpause_zba_zbb_zbc_zbs_sstc';
}
