/**
 * The goldfish RTC at 0x101000 (IRQ 11), as on QEMU's virt board: nanoseconds since the Unix
 * epoch from the host clock, settable by the guest, with one alarm. Linux's rtc-goldfish
 * driver reads it at boot.
 */
import type { BusDevice } from './bus.js';
import { SIZE_4 } from './bus.js';
import type { IrqLine } from './device.js';
import { RTC } from './memory-map.js';

const enum Reg {
  TimeLow = 0x00, TimeHigh = 0x04, AlarmLow = 0x08, AlarmHigh = 0x0c, IrqEnabled = 0x10,
  ClearAlarm = 0x14, AlarmStatus = 0x18, ClearInterrupt = 0x1c,
}

const TWO32 = 4294967296n;

export class GoldfishRtc implements BusDevice {
  readonly name = 'goldfish-rtc';
  readonly base = RTC.base;
  readonly size = RTC.size;
  readonly accessSizes = SIZE_4;
  /** Guest time minus host time, in ns (the guest may set the clock). */
  private offsetNs = 0n;
  /** TIME_HIGH as latched by the last TIME_LOW read, so a 64-bit read never tears. */
  private latchedHigh = 0;
  private alarmHigh = 0;
  private alarmNs = -1n;
  private irqEnabled = false;
  private pending = false;
  private timer: NodeJS.Timeout | null = null;

  /**
   * `polled`: no host timers; the alarm fires when `poll()` finds it due (deterministic mode,
   * where `hostNs` is derived from the instruction-driven clock).
   */
  constructor(private readonly irq: IrqLine, private readonly hostNs: () => bigint = defaultHostNs,
    private readonly polled = false) {}

  /** Deterministic mode: fire the alarm once the clock has reached it. */
  poll(): void {
    if (this.polled && this.alarmNs >= 0n && this.nowNs() >= this.alarmNs) this.fire();
  }

  private nowNs(): bigint {
    return this.hostNs() + this.offsetNs;
  }

  read(offset: number): number {
    switch (offset) {
      case Reg.TimeLow: {
        const t = this.nowNs();
        this.latchedHigh = Number(t / TWO32);
        return Number(t % TWO32);
      }
      case Reg.TimeHigh: return this.latchedHigh;
      case Reg.AlarmLow: return this.alarmNs < 0n ? 0 : Number(this.alarmNs % TWO32);
      case Reg.AlarmHigh: return this.alarmNs < 0n ? 0 : Number(this.alarmNs / TWO32);
      case Reg.IrqEnabled: return this.irqEnabled ? 1 : 0;
      case Reg.AlarmStatus: return this.alarmNs >= 0n ? 1 : 0;
      default: return 0;
    }
  }

  write(offset: number, _size: 1 | 2 | 4, value: number): void {
    switch (offset) {
      case Reg.TimeLow: {
        // Setting the clock: the high half was written first (as Linux does).
        const t = (BigInt(this.latchedHigh >>> 0) << 32n) | BigInt(value >>> 0);
        this.offsetNs = t - this.hostNs();
        return;
      }
      case Reg.TimeHigh: this.latchedHigh = value >>> 0; return;
      case Reg.AlarmHigh: this.alarmHigh = value >>> 0; return;
      case Reg.AlarmLow: this.arm((BigInt(this.alarmHigh) << 32n) | BigInt(value >>> 0)); return;
      case Reg.IrqEnabled: this.irqEnabled = (value & 1) !== 0; this.update(); return;
      case Reg.ClearAlarm: this.disarm(); return;
      case Reg.ClearInterrupt: this.pending = false; this.update(); return;
    }
  }

  private arm(atNs: bigint): void {
    this.disarm();
    this.alarmNs = atNs;
    if (this.polled) { this.poll(); return; }
    this.schedule();
  }

  /** A host timer for the alarm, rounded up (and re-armed if it comes early): never before it. */
  private schedule(): void {
    const leftNs = this.alarmNs - this.nowNs();
    if (leftNs <= 0n) { this.fire(); return; }
    const delayMs = Number((leftNs + 999_999n) / 1_000_000n);
    this.timer = setTimeout(() => { this.timer = null; this.schedule(); }, Math.min(delayMs, 0x7fffffff));
    this.timer.unref?.();
  }

  private disarm(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.alarmNs = -1n;
  }

  private fire(): void {
    this.timer = null;
    this.alarmNs = -1n;
    this.pending = true;
    this.update();
  }

  private update(): void {
    this.irq.setLevel(this.pending && this.irqEnabled);
  }

  reset(): void {
    this.disarm();
    this.offsetNs = 0n;
    this.irqEnabled = this.pending = false;
    this.update();
  }
}

/** The host's wall-clock time at start-up, carried forward by the monotonic performance.now(). */
const hostEpochNs = BigInt(Date.now()) * 1_000_000n - BigInt(Math.round(performance.now() * 1e6));

function defaultHostNs(): bigint {
  return hostEpochNs + BigInt(Math.round(performance.now() * 1e6));
}
