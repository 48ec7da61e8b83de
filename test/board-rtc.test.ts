/** The goldfish RTC: host time in ns, latched 64-bit reads, guest-set time, the alarm interrupt. */
import { expect } from 'chai';
import { GoldfishRtc } from '../src/board/goldfish-rtc.js';

function rig(startNs: bigint) {
  let now = startNs;
  const levels: boolean[] = [];
  const rtc = new GoldfishRtc({ setLevel: (l) => levels.push(l) }, () => now);
  return { rtc, levels, advance: (ns: bigint) => { now += ns; } };
}

describe('board: goldfish RTC', () => {
  it('reads the host clock in nanoseconds, high half latched by the low read', () => {
    const { rtc, advance } = rig(0x1234_5678_9abc_def0n);
    const lo = rtc.read(0x00);
    advance(1n << 40n); // a later high half must not tear the pair
    const hi = rtc.read(0x04);
    expect(((BigInt(hi) << 32n) | BigInt(lo)).toString(16)).to.equal('123456789abcdef0');
  });

  it('follows the host clock and can be set by the guest', () => {
    const { rtc, advance } = rig(1_000_000_000n);
    rtc.write(0x04, 4, 0x10); // set the clock to 0x10_0000_0000 ns
    rtc.write(0x00, 4, 0);
    advance(500n);
    const lo = rtc.read(0x00);
    expect(rtc.read(0x04)).to.equal(0x10);
    expect(lo).to.equal(500);
  });

  it('raises its interrupt for a past alarm when enabled, until cleared', () => {
    const { rtc, levels } = rig(5_000_000_000n);
    rtc.write(0x10, 4, 1); // IRQ_ENABLED
    rtc.write(0x0c, 4, 0);
    rtc.write(0x08, 4, 1000); // an alarm long past: fires at once
    expect(levels[levels.length - 1]).to.equal(true);
    expect(rtc.read(0x18)).to.equal(0); // ALARM_STATUS: no alarm armed any more
    rtc.write(0x1c, 4, 1); // CLEAR_INTERRUPT
    expect(levels[levels.length - 1]).to.equal(false);
  });

  it('keeps a future alarm armed and cancels it on CLEAR_ALARM', () => {
    const { rtc, levels } = rig(0n);
    rtc.write(0x10, 4, 1);
    rtc.write(0x0c, 4, 0x100); // far in the future
    rtc.write(0x08, 4, 0);
    expect(rtc.read(0x18)).to.equal(1);
    expect(rtc.read(0x0c)).to.equal(0x100);
    rtc.write(0x14, 4, 1);
    expect(rtc.read(0x18)).to.equal(0);
    expect(levels.every((l) => l === false)).to.equal(true);
  });
});
