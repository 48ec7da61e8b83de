import { expect } from 'chai';
import { Uart16550, IIR_CTI, IIR_NO_INT, IIR_RDI, IIR_RLSI, IIR_THRI, LSR_DR, LSR_OE, LSR_TEMT, LSR_THRE } from '../src/board/uart16550.js';
import type { OneShotTimer } from '../src/board/uart16550.js';
import { Bus, BUS_FAULT, BUS_OK } from '../src/board/bus.js';
import { UART0 } from '../src/board/memory-map.js';

const RBR = 0, THR = 0, DLL = 0, IER = 1, DLM = 1, IIR = 2, FCR = 2, LCR = 3, MCR = 4, LSR = 5, MSR = 6, SCR = 7;
const IER_RDI = 1, IER_THRI = 2, IER_RLSI = 4;

/** A timer that fires only when the test says so. */
class ManualTimer implements OneShotTimer {
  armed = false;
  delayNs = 0;
  constructor(private readonly callback: () => void) {}
  start(delayNs: number): void {
    this.armed = true;
    this.delayNs = delayNs;
  }
  cancel(): void {
    this.armed = false;
  }
  fire(): void {
    if (!this.armed) return;
    this.armed = false;
    this.callback();
  }
}

function makeUart() {
  const out: number[] = [];
  const irq = { level: false, changes: 0, setLevel(l: boolean) { this.level = l; this.changes++; } };
  let timer: ManualTimer | undefined;
  const uart = new Uart16550({
    irq,
    onTransmit: (b) => out.push(b),
    timerFactory: (cb) => (timer = new ManualTimer(cb)),
  });
  return { uart, out, irq, timer: timer! };
}

const text = (s: string) => new TextEncoder().encode(s);

describe('board: NS16550A UART', () => {
  it('resets to QEMU\'s register values', () => {
    const { uart } = makeUart();
    expect(uart.read(IIR, 1)).to.equal(0x01);
    expect(uart.read(LSR, 1)).to.equal(0x60);
    expect(uart.read(MSR, 1)).to.equal(0xb0);
    expect(uart.read(MCR, 1)).to.equal(0x08);
    expect(uart.read(LCR, 1)).to.equal(0);
    expect(uart.read(IER, 1)).to.equal(0);
  });

  it('transmits THR writes through onTransmit and keeps THRE/TEMT set', () => {
    const { uart, out } = makeUart();
    for (const b of text('hi\n')) uart.write(THR, 1, b);
    expect(out).to.deep.equal([0x68, 0x69, 0x0a]);
    expect(uart.read(LSR, 1) & (LSR_THRE | LSR_TEMT)).to.equal(LSR_THRE | LSR_TEMT);
  });

  it('routes offsets 0/1 to the divisor latch while DLAB is set', () => {
    const { uart, out } = makeUart();
    uart.write(IER, 1, 0x05);
    uart.write(LCR, 1, 0x83);
    expect(uart.read(DLL, 1)).to.equal(0x0c); // QEMU's reset divisor
    uart.write(DLL, 1, 0x01);
    uart.write(DLM, 1, 0x02);
    expect(uart.read(DLL, 1)).to.equal(0x01);
    expect(uart.read(DLM, 1)).to.equal(0x02);
    expect(out).to.deep.equal([]); // the DLL write did not transmit
    uart.write(LCR, 1, 0x03);
    expect(uart.read(IER, 1)).to.equal(0x05); // IER untouched by the DLM write
    expect(uart.read(LCR, 1)).to.equal(0x03);
  });

  it('raises THRE when THRI is enabled, clears it on an IIR read, re-arms on THR write', () => {
    const { uart, irq } = makeUart();
    uart.write(IER, 1, IER_THRI);
    expect(irq.level).to.equal(true);
    expect(uart.read(IIR, 1)).to.equal(IIR_THRI);
    expect(irq.level).to.equal(false);
    expect(uart.read(IIR, 1)).to.equal(IIR_NO_INT);
    uart.write(THR, 1, 0x41);
    expect(irq.level).to.equal(true);
    expect(uart.read(IIR, 1)).to.equal(IIR_THRI);
    // Toggling THRI off and on re-raises THRE even though it was acknowledged.
    uart.write(IER, 1, 0);
    uart.write(IER, 1, IER_THRI);
    expect(irq.level).to.equal(true);
    uart.write(IER, 1, 0);
    expect(irq.level).to.equal(false);
  });

  it('does not glitch the IRQ line on a THR write while THRE is pending', () => {
    const { uart, irq } = makeUart();
    uart.write(IER, 1, IER_THRI);
    const changes = irq.changes;
    uart.write(THR, 1, 0x41);
    expect(irq.changes).to.equal(changes);
    expect(irq.level).to.equal(true);
  });

  it('receives without FIFO one byte at a time and holds the rest of the host input', () => {
    const { uart, irq } = makeUart();
    uart.write(IER, 1, IER_RDI);
    uart.receive(text('ab'));
    expect(irq.level).to.equal(true);
    expect(uart.read(IIR, 1)).to.equal(IIR_RDI);
    expect(uart.read(LSR, 1) & LSR_DR).to.equal(LSR_DR);
    expect(uart.pendingInput).to.equal(1);
    expect(uart.read(RBR, 1)).to.equal(0x61);
    expect(uart.read(LSR, 1) & LSR_DR).to.equal(LSR_DR); // 'b' moved in
    expect(uart.read(RBR, 1)).to.equal(0x62);
    expect(uart.read(LSR, 1) & LSR_DR).to.equal(0);
    expect(irq.level).to.equal(false);
    expect(uart.read(IIR, 1)).to.equal(IIR_NO_INT);
  });

  it('gives received data priority over THRE in IIR', () => {
    const { uart } = makeUart();
    uart.write(IER, 1, IER_RDI | IER_THRI);
    uart.receive(text('x'));
    expect(uart.read(IIR, 1)).to.equal(IIR_RDI);
    // Reading IIR with RDI showing must not acknowledge THRE.
    uart.read(RBR, 1);
    expect(uart.read(IIR, 1)).to.equal(IIR_THRI);
    expect(uart.read(IIR, 1)).to.equal(IIR_NO_INT);
  });

  it('sets the FIFO bits in IIR and uses the trigger level for RDI', () => {
    const { uart, irq, timer } = makeUart();
    uart.write(FCR, 1, 0x81); // enable, trigger 8
    uart.write(IER, 1, IER_RDI);
    expect(uart.read(IIR, 1)).to.equal(0xc0 | IIR_NO_INT);
    uart.receive(text('abc'));
    expect(irq.level).to.equal(false); // below the trigger level
    expect(timer.armed).to.equal(true);
    expect(timer.delayNs).to.be.greaterThan(0);
    timer.fire(); // character timeout
    expect(irq.level).to.equal(true);
    expect(uart.read(IIR, 1)).to.equal(0xc0 | IIR_CTI);
    expect(uart.read(RBR, 1)).to.equal(0x61); // reading clears the timeout indication
    expect(irq.level).to.equal(false);
    expect(uart.read(RBR, 1)).to.equal(0x62);
    expect(uart.read(RBR, 1)).to.equal(0x63);
    expect(uart.read(LSR, 1) & LSR_DR).to.equal(0);
  });

  it('raises RDI at the trigger level and delivers a long input in order', () => {
    const { uart, irq } = makeUart();
    uart.write(FCR, 1, 0x41); // enable, trigger 4
    uart.write(IER, 1, IER_RDI);
    const input = text('The quick brown fox jumps over the lazy dog');
    uart.receive(input);
    expect(irq.level).to.equal(true);
    expect(uart.read(IIR, 1)).to.equal(0xc0 | IIR_RDI);
    const got: number[] = [];
    while (uart.read(LSR, 1) & LSR_DR) got.push(uart.read(RBR, 1));
    expect(new TextDecoder().decode(Uint8Array.from(got))).to.equal('The quick brown fox jumps over the lazy dog');
    expect(uart.pendingInput).to.equal(0);
  });

  it('holds 16 bytes in the RX FIFO and reports overrun as the top-priority interrupt', () => {
    const { uart, irq, out } = makeUart();
    uart.write(FCR, 1, 0x01);
    uart.write(MCR, 1, 0x10); // loopback: THR feeds the receiver
    uart.write(IER, 1, IER_RLSI | IER_RDI | IER_THRI);
    for (let i = 0; i < 17; i++) uart.write(THR, 1, 0x30 + i);
    expect(out).to.deep.equal([]); // loopback sends nothing to the host
    expect(uart.read(IIR, 1)).to.equal(0xc0 | IIR_RLSI);
    expect(irq.level).to.equal(true);
    const lsr = uart.read(LSR, 1);
    expect(lsr & LSR_OE).to.equal(LSR_OE);
    expect(uart.read(LSR, 1) & LSR_OE).to.equal(0); // cleared by the read
    expect(uart.read(IIR, 1)).to.equal(0xc0 | IIR_RDI);
    const got: number[] = [];
    while (uart.read(LSR, 1) & LSR_DR) got.push(uart.read(RBR, 1));
    expect(got).to.deep.equal(Array.from({ length: 16 }, (_, i) => 0x30 + i));
  });

  it('reflects MCR outputs in MSR in loopback mode (Linux probe)', () => {
    const { uart } = makeUart();
    uart.write(MCR, 1, 0x10 | 0x0a);
    expect(uart.read(MSR, 1) & 0xf0).to.equal(0x90);
    uart.write(MCR, 1, 0x10 | 0x05);
    expect(uart.read(MSR, 1) & 0xf0).to.equal(0x60);
    uart.write(MCR, 1, 0x08);
    expect(uart.read(MSR, 1)).to.equal(0xb0);
  });

  it('ignores host input during loopback and takes it afterwards', () => {
    const { uart } = makeUart();
    uart.write(MCR, 1, 0x10);
    uart.receive(text('z'));
    expect(uart.read(LSR, 1) & LSR_DR).to.equal(0);
    uart.write(MCR, 1, 0x08);
    expect(uart.read(LSR, 1) & LSR_DR).to.equal(LSR_DR);
    expect(uart.read(RBR, 1)).to.equal(0x7a);
  });

  it('flushes the RX FIFO on FCR receiver reset', () => {
    const { uart } = makeUart();
    uart.write(FCR, 1, 0x01);
    uart.receive(text('a'));
    expect(uart.read(LSR, 1) & LSR_DR).to.equal(LSR_DR);
    uart.write(FCR, 1, 0x03);
    expect(uart.read(LSR, 1) & LSR_DR).to.equal(0);
  });

  it('keeps the scratch register', () => {
    const { uart } = makeUart();
    uart.write(SCR, 1, 0x5a);
    expect(uart.read(SCR, 1)).to.equal(0x5a);
  });

  it('is an 8-byte register window on the bus, any width', () => {
    const { uart } = makeUart();
    const bus = new Bus();
    bus.map(uart);
    // Any width addresses the one 8-bit register at the offset (QEMU's serial_mm).
    expect(bus.write(UART0.base + MCR, 4, 0x12345603, 0)).to.equal(BUS_OK);
    expect(bus.read(UART0.base + MCR, 4)).to.equal(BUS_OK);
    expect(bus.lo).to.equal(0x03);
    expect(bus.write(UART0.base + SCR, 4, 0, 0)).to.equal(BUS_FAULT); // crosses the window end
    expect(bus.read(UART0.base + LSR, 8)).to.equal(BUS_FAULT); // runs past the window
    expect(bus.read(UART0.base, 8)).to.equal(BUS_OK);
    expect(bus.hi).to.equal(0);
    expect(bus.read(UART0.base + 8, 1)).to.equal(BUS_FAULT);
  });
});
