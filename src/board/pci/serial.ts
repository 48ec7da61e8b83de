/**
 * QEMU's `pci-serial`: a 16550 (the same model as UART0) behind I/O BAR0 of 8 bytes,
 * 1b36:0002 revision 1, class 0x070002, INTA. Its output goes to its own stream.
 */
import { Uart16550 } from '../uart16550.js';
import type { PciHost, PciFunction } from './host.js';

export const PCI_DEVICE_REDHAT_SERIAL = 0x0002;

export class PciSerial {
  readonly uart: Uart16550;
  readonly fn: PciFunction;
  private buf: number[] = [];
  private scheduled = false;

  constructor(host: PciHost, private readonly onOutput: (bytes: Uint8Array) => void) {
    let uart: Uart16550 | undefined;
    this.fn = host.addFunction({
      vendor: 0x1b36, device: PCI_DEVICE_REDHAT_SERIAL, revision: 1, classCode: 0x070002, interruptPin: 1,
      bars: [{ size: 8, io: true, region: {
        read: (offset, size) => uart!.read(offset, size),
        write: (offset, size, value) => uart!.write(offset, size, value),
      } }],
    });
    this.uart = uart = new Uart16550({ base: 0, irq: this.fn.intx, onTransmit: (b) => this.transmit(b) });
  }

  reset(): void {
    this.uart.reset();
  }

  private transmit(byte: number): void {
    this.buf.push(byte);
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => this.flush());
    }
  }

  /** Hands buffered output to the stream now. */
  flush(): void {
    this.scheduled = false;
    if (this.buf.length === 0) return;
    const bytes = Uint8Array.from(this.buf);
    this.buf = [];
    this.onOutput(bytes);
  }
}
