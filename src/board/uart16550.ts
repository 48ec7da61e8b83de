/**
 * NS16550A UART as QEMU 7.2 models it on `virt` (register shift 0, 8-byte register window).
 *
 * Behaviour follows QEMU's model rather than real silicon where they differ, because that is
 * what the guest software we run was tested against:
 * - transmission is instantaneous: a THR write goes straight to `onTransmit`, and THRE/TEMT
 *   are set again before the write returns (the THRE interrupt re-arms at once);
 * - the RX FIFO is 16 bytes; host input beyond what the FIFO accepts waits in an unbounded
 *   host-side queue (QEMU's chardev back-pressure), so typed or pasted input is never lost;
 * - with the FIFO enabled, data below the trigger level raises the character-timeout
 *   interrupt after four character times (Linux enables the FIFO with trigger 8, so a single
 *   keystroke would otherwise never interrupt).
 */
import type { IrqLine } from './device.js';
import type { BusDevice } from './bus.js';
import { SIZE_ANY } from './bus.js';
import { UART0 } from './memory-map.js';

// Register offsets.
const REG_RBR_THR_DLL = 0;
const REG_IER_DLM = 1;
const REG_IIR_FCR = 2;
const REG_LCR = 3;
const REG_MCR = 4;
const REG_LSR = 5;
const REG_MSR = 6;
const REG_SCR = 7;

// IER bits.
const IER_RDI = 0x01;
const IER_THRI = 0x02;
const IER_RLSI = 0x04;
const IER_MSI = 0x08;

// IIR values (identification in bits 3..0, FIFO-enabled flags in bits 7..6).
export const IIR_NO_INT = 0x01;
export const IIR_MSI = 0x00;
export const IIR_THRI = 0x02;
export const IIR_RDI = 0x04;
export const IIR_RLSI = 0x06;
export const IIR_CTI = 0x0c;
const IIR_ID_MASK = 0x0f;
const IIR_FIFO_BITS = 0xc0;

// FCR bits.
const FCR_FE = 0x01;
const FCR_RFR = 0x02;
const FCR_XFR = 0x04;
/** The FCR bits that stick (FIFO enable, DMA mode, trigger level). */
const FCR_STICKY = 0xc9;

// LCR / MCR bits.
const LCR_DLAB = 0x80;
const MCR_DTR = 0x01;
const MCR_RTS = 0x02;
const MCR_OUT1 = 0x04;
const MCR_OUT2 = 0x08;
const MCR_LOOP = 0x10;
const MCR_WRITABLE = 0x1f;

// LSR bits.
export const LSR_DR = 0x01;
export const LSR_OE = 0x02;
export const LSR_BI = 0x10;
export const LSR_THRE = 0x20;
export const LSR_TEMT = 0x40;
/** Line-status conditions that raise the RLS interrupt: OE, PE, FE, BI. */
const LSR_INT_ANY = 0x1e;

// MSR bits.
const MSR_CTS = 0x10;
const MSR_DSR = 0x20;
const MSR_DCD = 0x80;
const MSR_ANY_DELTA = 0x0f;

const FIFO_SIZE = 16;
/** QEMU's `virt` passes this baud base to serial_mm_init (not clock/16). */
const VIRT_BAUD_BASE = 399193;

/** A restartable one-shot timer; injected so tests (and a non-event-loop host) control time. */
export interface OneShotTimer {
  /** (Re)start: fire once after `delayNs` nanoseconds unless cancelled or restarted. */
  start(delayNs: number): void;
  cancel(): void;
}

export type TimerFactory = (callback: () => void) => OneShotTimer;

/** Default timer: Node's event loop, unref'd so a pending timeout never keeps the process alive. */
export const nodeTimerFactory: TimerFactory = (callback) => {
  let handle: ReturnType<typeof setTimeout> | undefined;
  return {
    start(delayNs: number): void {
      if (handle !== undefined) clearTimeout(handle);
      handle = setTimeout(() => {
        handle = undefined;
        callback();
      }, Math.max(0, Math.ceil(delayNs / 1e6)));
      handle.unref?.();
    },
    cancel(): void {
      if (handle !== undefined) clearTimeout(handle);
      handle = undefined;
    },
  };
};

export interface Uart16550Options {
  base?: number;
  irq: IrqLine;
  onTransmit: (byte: number) => void;
  timerFactory?: TimerFactory;
}

/** A small fixed-capacity byte ring for the RX FIFO. */
class ByteFifo {
  private readonly buf = new Uint8Array(FIFO_SIZE);
  private head = 0;
  count = 0;

  get full(): boolean {
    return this.count === FIFO_SIZE;
  }

  push(b: number): void {
    this.buf[(this.head + this.count) % FIFO_SIZE] = b;
    this.count++;
  }

  pop(): number {
    const b = this.buf[this.head];
    this.head = (this.head + 1) % FIFO_SIZE;
    this.count--;
    return b;
  }

  clear(): void {
    this.head = 0;
    this.count = 0;
  }
}

export class Uart16550 implements BusDevice {
  readonly name = 'uart0';
  readonly base: number;
  /** QEMU's serial_mm region is 8 registers; the rest of the 0x100 DT window is unassigned. */
  readonly size = 8;
  readonly accessSizes = SIZE_ANY;

  private readonly irq: IrqLine;
  private readonly onTransmit: (byte: number) => void;
  private readonly timeoutTimer: OneShotTimer;

  private rbr = 0;
  private ier = 0;
  private iir = IIR_NO_INT;
  private fcr = 0;
  private lcr = 0;
  private mcr = MCR_OUT2;
  private lsr = LSR_TEMT | LSR_THRE;
  private msr = MSR_DCD | MSR_DSR | MSR_CTS;
  private scr = 0;
  private divider = 0x0c;
  private thrIpending = false;
  private timeoutIpending = false;
  private rxTriggerLevel = 1;
  private readonly rxFifo = new ByteFifo();
  /** Host input not yet accepted by the UART (back-pressure queue). */
  private hostQueue: number[] = [];
  private hostHead = 0;
  private irqLevel = false;

  constructor(opts: Uart16550Options) {
    this.base = opts.base ?? UART0.base;
    this.irq = opts.irq;
    this.onTransmit = opts.onTransmit;
    this.timeoutTimer = (opts.timerFactory ?? nodeTimerFactory)(() => this.onCharTimeout());
  }

  /** Return to the power-on state (machine reset); queued host input is kept. */
  reset(): void {
    this.rbr = 0;
    this.ier = 0;
    this.iir = IIR_NO_INT;
    this.fcr = 0;
    this.lcr = 0;
    this.mcr = MCR_OUT2;
    this.lsr = LSR_TEMT | LSR_THRE;
    this.msr = MSR_DCD | MSR_DSR | MSR_CTS;
    this.scr = 0;
    this.divider = 0x0c;
    this.thrIpending = false;
    this.timeoutIpending = false;
    this.rxTriggerLevel = 1;
    this.rxFifo.clear();
    this.timeoutTimer.cancel();
    this.updateIrq();
    this.acceptHostInput();
  }

  /** Bytes typed on the host console. */
  receive(bytes: Uint8Array | readonly number[]): void {
    for (let i = 0; i < bytes.length; i++) this.hostQueue.push(bytes[i] & 0xff);
    this.acceptHostInput();
  }

  /** Host bytes still waiting for room in the UART. */
  get pendingInput(): number {
    return this.hostQueue.length - this.hostHead;
  }

  read(offset: number, _size: 1 | 2 | 4): number {
    // QEMU ignores the access width: any width reads the one 8-bit register at the offset.
    switch (offset & 7) {
      case REG_RBR_THR_DLL:
        return this.dlab() ? this.divider & 0xff : this.readRbr();
      case REG_IER_DLM:
        return this.dlab() ? (this.divider >> 8) & 0xff : this.ier;
      case REG_IIR_FCR:
        return this.readIir();
      case REG_LCR:
        return this.lcr;
      case REG_MCR:
        return this.mcr;
      case REG_LSR:
        return this.readLsr();
      case REG_MSR:
        return this.readMsr();
      default:
        return this.scr;
    }
  }

  write(offset: number, _size: 1 | 2 | 4, value: number): void {
    const v = value & 0xff;
    switch (offset & 7) {
      case REG_RBR_THR_DLL:
        if (this.dlab()) this.divider = (this.divider & 0xff00) | v;
        else this.writeThr(v);
        break;
      case REG_IER_DLM:
        if (this.dlab()) this.divider = (this.divider & 0x00ff) | (v << 8);
        else this.writeIer(v);
        break;
      case REG_IIR_FCR:
        this.writeFcr(v);
        break;
      case REG_LCR:
        this.lcr = v;
        break;
      case REG_MCR:
        this.writeMcr(v);
        break;
      case REG_LSR:
      case REG_MSR:
        break; // read-only in QEMU's model
      default:
        this.scr = v;
    }
  }

  /** An 8-byte access is one register access in QEMU (no split into MCR/LSR/...). */
  read64(offset: number, out: Uint32Array): void {
    out[0] = this.read(offset, 4);
    out[1] = 0;
  }

  write64(offset: number, lo: number, _hi: number): void {
    this.write(offset, 4, lo);
  }

  private dlab(): boolean {
    return (this.lcr & LCR_DLAB) !== 0;
  }

  private fifoEnabled(): boolean {
    return (this.fcr & FCR_FE) !== 0;
  }

  private loopback(): boolean {
    return (this.mcr & MCR_LOOP) !== 0;
  }

  private readRbr(): number {
    let value: number;
    if (this.fifoEnabled()) {
      value = this.rxFifo.count === 0 ? 0 : this.rxFifo.pop();
      if (this.rxFifo.count === 0) this.lsr &= ~(LSR_DR | LSR_BI);
      else this.timeoutTimer.start(this.charTimeoutNs());
      this.timeoutIpending = false;
    } else {
      value = this.rbr;
      this.lsr &= ~(LSR_DR | LSR_BI);
    }
    this.updateIrq();
    // Room freed: pull in waiting host bytes (loopback disconnects the host side).
    this.acceptHostInput();
    return value;
  }

  private readIir(): number {
    const value = this.iir;
    // Reading IIR while it reports THRE acknowledges that interrupt (16550 rule).
    if ((value & IIR_ID_MASK) === IIR_THRI) {
      this.thrIpending = false;
      this.updateIrq();
    }
    return value;
  }

  private readLsr(): number {
    const value = this.lsr;
    // Overrun and break are reported once.
    if (this.lsr & (LSR_BI | LSR_OE)) {
      this.lsr &= ~(LSR_BI | LSR_OE);
      this.updateIrq();
    }
    return value;
  }

  private readMsr(): number {
    if (this.loopback()) {
      // Loopback wires the modem outputs back to the inputs: RTS->CTS, DTR->DSR,
      // OUT1->RI, OUT2->DCD (Linux's probe checks exactly this).
      return ((this.mcr & (MCR_OUT1 | MCR_OUT2)) << 4) | ((this.mcr & MCR_RTS) << 3) | ((this.mcr & MCR_DTR) << 5);
    }
    const value = this.msr;
    if (this.msr & MSR_ANY_DELTA) {
      this.msr &= 0xf0;
      this.updateIrq();
    }
    return value;
  }

  private writeThr(byte: number): void {
    // QEMU: the byte leaves at once, so THR and the shift register are empty again before the
    // guest's next access; the THRE interrupt is re-armed (the lower/raise in between is not
    // observable, so the IRQ line is only updated with the final state).
    this.thrIpending = false;
    if (this.loopback()) {
      this.receiveByte(byte);
    } else {
      this.onTransmit(byte);
    }
    this.lsr |= LSR_THRE | LSR_TEMT;
    this.thrIpending = true;
    this.updateIrq();
  }

  private writeIer(v: number): void {
    const next = v & 0x0f;
    const changed = this.ier ^ next;
    this.ier = next;
    if (changed & IER_THRI) {
      // Enabling THRI while THR is empty raises THRE at once, even if it was acknowledged
      // before by an IIR read (QEMU and Bochs behaviour; drivers rely on it to kick TX).
      this.thrIpending = (next & IER_THRI) !== 0 && (this.lsr & LSR_THRE) !== 0;
    }
    if (changed) this.updateIrq();
  }

  private writeFcr(v: number): void {
    let cmd = v;
    // Toggling the FIFO enable flushes both FIFOs.
    if ((cmd ^ this.fcr) & FCR_FE) cmd |= FCR_RFR | FCR_XFR;
    if (cmd & FCR_RFR) {
      this.lsr &= ~(LSR_DR | LSR_BI);
      this.timeoutTimer.cancel();
      this.timeoutIpending = false;
      this.rxFifo.clear();
    }
    if (cmd & FCR_XFR) {
      this.lsr |= LSR_THRE;
      this.thrIpending = true;
    }
    this.fcr = cmd & FCR_STICKY;
    if (this.fifoEnabled()) {
      this.iir |= IIR_FIFO_BITS;
      this.rxTriggerLevel = triggerLevel(this.fcr);
    } else {
      this.iir &= ~IIR_FIFO_BITS;
    }
    this.updateIrq();
    this.acceptHostInput();
  }

  private writeMcr(v: number): void {
    const wasLoop = this.loopback();
    this.mcr = v & MCR_WRITABLE;
    if (wasLoop && !this.loopback()) this.acceptHostInput();
  }

  /** One byte arriving at the receiver (from the host queue or from loopback). */
  private receiveByte(byte: number): void {
    if (this.fifoEnabled()) {
      // Overruns do not overwrite FIFO contents.
      if (this.rxFifo.full) this.lsr |= LSR_OE;
      else this.rxFifo.push(byte);
      this.lsr |= LSR_DR;
      this.timeoutTimer.start(this.charTimeoutNs());
    } else {
      if (this.lsr & LSR_DR) this.lsr |= LSR_OE;
      this.rbr = byte;
      this.lsr |= LSR_DR;
    }
  }

  /**
   * How many host bytes the receiver takes now. With the FIFO on, QEMU advertises only up to
   * the trigger level (then one at a time) so the guest's chosen trigger level means something.
   */
  private canReceive(): number {
    if (this.fifoEnabled()) {
      const n = this.rxFifo.count;
      if (n >= FIFO_SIZE) return 0;
      return n <= this.rxTriggerLevel ? this.rxTriggerLevel - n : 1;
    }
    return this.lsr & LSR_DR ? 0 : 1;
  }

  private acceptHostInput(): void {
    if (this.loopback() || this.pendingInput === 0) return;
    let room = this.canReceive();
    if (room === 0) return;
    while (room > 0 && this.hostHead < this.hostQueue.length) {
      this.receiveByte(this.hostQueue[this.hostHead++]);
      room--;
    }
    this.compactHostQueue();
    this.updateIrq();
  }

  private compactHostQueue(): void {
    if (this.hostHead === this.hostQueue.length) {
      this.hostQueue = [];
      this.hostHead = 0;
    } else if (this.hostHead > 4096) {
      this.hostQueue = this.hostQueue.slice(this.hostHead);
      this.hostHead = 0;
    }
  }

  private onCharTimeout(): void {
    if (this.rxFifo.count > 0) {
      this.timeoutIpending = true;
      this.updateIrq();
    }
  }

  /** Four character times at the programmed baud rate (QEMU's FIFO timeout). */
  private charTimeoutNs(): number {
    const divisor = this.divider === 0 ? 1 : this.divider;
    const baud = VIRT_BAUD_BASE / divisor;
    const dataBits = (this.lcr & 0x03) + 5;
    const stopBits = this.lcr & 0x04 ? 2 : 1;
    const parityBits = this.lcr & 0x08 ? 1 : 0;
    const frameBits = 1 + dataBits + parityBits + stopBits;
    return Math.ceil((1e9 / baud) * frameBits * 4);
  }

  /** Recompute IIR from the pending conditions in 16550 priority order and drive the IRQ. */
  private updateIrq(): void {
    let id = IIR_NO_INT;
    if (this.ier & IER_RLSI && this.lsr & LSR_INT_ANY) {
      id = IIR_RLSI;
    } else if (this.ier & IER_RDI && this.timeoutIpending) {
      id = IIR_CTI;
    } else if (
      this.ier & IER_RDI &&
      this.lsr & LSR_DR &&
      (!this.fifoEnabled() || this.rxFifo.count >= this.rxTriggerLevel)
    ) {
      id = IIR_RDI;
    } else if (this.ier & IER_THRI && this.thrIpending) {
      id = IIR_THRI;
    } else if (this.ier & IER_MSI && this.msr & MSR_ANY_DELTA) {
      id = IIR_MSI;
    }
    this.iir = id | (this.iir & 0xf0);
    const level = id !== IIR_NO_INT;
    if (level !== this.irqLevel) {
      this.irqLevel = level;
      this.irq.setLevel(level);
    }
  }
}

function triggerLevel(fcr: number): number {
  switch (fcr & 0xc0) {
    case 0x00:
      return 1;
    case 0x40:
      return 4;
    case 0x80:
      return 8;
    default:
      return 14;
  }
}
