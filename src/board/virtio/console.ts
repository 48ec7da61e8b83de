/**
 * virtio-console (virtio 1.2, "Console Device"), one port without multiport: receiveq 0
 * carries host input to the guest, transmitq 1 guest output to the host. Linux drives it as
 * hvc0; Hartsim offers it as a second console beside the UART.
 */
import type { VirtioDevice, VirtioMmio } from './mmio.js';
import type { Virtqueue } from './queue.js';
import type { GuestMemory } from '../guest-memory.js';

const DEVICE_ID_CONSOLE = 3;
const F_SIZE = 0;
const RECEIVEQ = 0, TRANSMITQ = 1;

export class VirtioConsole implements VirtioDevice {
  readonly deviceId = DEVICE_ID_CONSOLE;
  readonly queueCount = 2;
  readonly queueMax = 128;
  /** struct virtio_console_config: cols, rows, max_nr_ports, emerg_wr (5.3.4). */
  readonly config = new Uint8Array(12);
  private pending: number[] = [];
  private transport: VirtioMmio | null = null;
  private rxQueue: Virtqueue | null = null;

  constructor(private readonly mem: GuestMemory, private readonly onOutput: (bytes: Uint8Array) => void,
    cols = 80, rows = 25) {
    const v = new DataView(this.config.buffer);
    v.setUint16(0, cols, true);
    v.setUint16(2, rows, true);
    v.setUint32(4, 1, true);
  }

  features(): bigint {
    return 1n << BigInt(F_SIZE);
  }

  reset(): void {
    this.rxQueue = null;
  }

  /** Host input: delivered at once if the guest has buffers posted, else when it posts some. */
  receive(bytes: Uint8Array): void {
    for (const b of bytes) this.pending.push(b);
    this.deliver();
  }

  notify(q: number, queue: Virtqueue, transport: VirtioMmio): void {
    this.transport = transport;
    if (q === TRANSMITQ) this.transmit(queue, transport);
    else if (q === RECEIVEQ) { this.rxQueue = queue; this.deliver(); }
  }

  private transmit(queue: Virtqueue, transport: VirtioMmio): void {
    let any = false;
    for (let chain = queue.pop(); chain !== null; chain = queue.pop()) {
      for (const s of chain.segments) if (!s.write && s.len > 0) this.onOutput(this.mem.slice(s.addr, s.len).slice());
      queue.push(chain.head, 0);
      any = true;
    }
    queue.publishAvailEvent();
    if (any) transport.usedBuffers(queue);
  }

  /** Fills posted receive buffers with pending input. */
  private deliver(): void {
    const q = this.rxQueue, t = this.transport;
    if (!q || !t || this.pending.length === 0) return;
    let any = false;
    while (this.pending.length > 0) {
      const chain = q.pop();
      if (chain === null) break;
      let written = 0;
      for (const s of chain.segments) {
        if (!s.write) continue;
        const n = Math.min(s.len, this.pending.length);
        this.mem.slice(s.addr, n).set(this.pending.splice(0, n));
        written += n;
        if (this.pending.length === 0) break;
      }
      q.push(chain.head, written);
      any = true;
    }
    q.publishAvailEvent();
    if (any) t.usedBuffers(q);
  }
}
