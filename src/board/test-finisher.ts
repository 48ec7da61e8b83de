/**
 * sifive,test1 "test finisher" as on QEMU 7.2 `virt`: a write to offset 0 whose low 16 bits
 * are a command ends the simulation. 16- and 32-bit accesses only (others fault, measured on
 * QEMU); reads return 0; anything else is ignored.
 */
import type { BusDevice } from './bus.js';
import { SIZE_2, SIZE_4 } from './bus.js';
import { FINISHER_FAIL, FINISHER_PASS, FINISHER_RESET, TEST_FINISHER } from './memory-map.js';

export type FinishKind = 'pass' | 'fail' | 'reset';

/**
 * `code` is the process exit status QEMU would use: 0 for pass and reset, bits 31..16 of the
 * written value for fail (a fail with code 0 exits 0 on QEMU too).
 */
export type FinishCallback = (kind: FinishKind, code: number) => void;

export class TestFinisher implements BusDevice {
  readonly name = 'test-finisher';
  readonly base = TEST_FINISHER.base;
  readonly size = TEST_FINISHER.size;
  readonly accessSizes = SIZE_2 | SIZE_4;

  constructor(private readonly onFinish: FinishCallback) {}

  read(_offset: number, _size: 1 | 2 | 4): number {
    return 0;
  }

  write(offset: number, _size: 1 | 2 | 4, value: number): void {
    if (offset !== 0) return;
    const command = value & 0xffff;
    const code = (value >>> 16) & 0xffff;
    if (command === FINISHER_PASS) this.onFinish('pass', 0);
    else if (command === FINISHER_FAIL) this.onFinish('fail', code);
    else if (command === FINISHER_RESET) this.onFinish('reset', 0);
  }
}
