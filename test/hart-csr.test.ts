/**
 * CSR behaviours that booting Linux under OpenSBI found wrong.
 *
 * mip.SEIP has two sources: a software-writable bit and the PLIC's line. A CSR read shows
 * their OR, but csrrs/csrrc modify only the software bit (privileged spec 3.1.9), so an
 * M-mode "csrs mip" (OpenSBI injecting SSIP into S-mode) made while the line is up must not
 * latch SEIP on after the line drops. Linux under OpenSBI hung in an interrupt storm on that.
 *
 * satp refuses Sv57 (WARL): Hartsim's addresses are Numbers, exact only within +-2^52, so it
 * cannot translate Sv57's upper half; Linux probes Sv57 first and must see the write ignored.
 */
import { expect } from 'chai';
import { Hart } from '../src/hart/hart.js';
import type { MmioPort } from '../src/hart/env.js';
import { createControlBuffer, hartBase, H_IRQ } from '../src/threads/layout.js';
import { MIP_SEIP, MIP_SSIP, SATP_MODE_SV48, SATP_MODE_SV57 } from '../src/hart/csr-numbers.js';

const RAM_BASE = 0x8000_0000;

const noDevices: MmioPort = {
  data: new Int32Array(2),
  read: () => false,
  write: () => false,
  amo: () => false,
};

// CSR instruction words on mip (0x344).
const CSRRSI_MIP_SSIP = 0x34416073; // csrrsi x0, mip, 2
const CSRR_A0_MIP = 0x34402573; //     csrr a0, mip
const CSRRS_MIP_T0 = 0x3442a073; //    csrrs x0, mip, t0
const CSRRC_MIP_T0 = 0x3442b073; //    csrrc x0, mip, t0
const CSRR_A1_MIP = 0x344025f3; //     csrr a1, mip
const CSRW_SATP_T0 = 0x18029073; //    csrw satp, t0
const CSRR_A0_SATP = 0x18002573; //    csrr a0, satp

function hartWith(program: number[]): { hart: Hart; ctl: Int32Array } {
  const ram = new SharedArrayBuffer(1 << 16);
  new Int32Array(ram).set(program);
  const ctl = new Int32Array(createControlBuffer());
  const hart = new Hart({ hartId: 0, ram, ramBase: RAM_BASE, mmio: noDevices, time: { mtime: () => 0 }, ctl });
  hart.reset(RAM_BASE); // M-mode, mie = 0: nothing is taken
  return { hart, ctl };
}

/** Executes exactly one instruction. */
function step(hart: Hart): void {
  const pc = hart.pc;
  while (hart.pc === pc) hart.run(1);
}

describe('hart: mip.SEIP, software bit and PLIC line', () => {
  it('a csrs on mip while the line is up does not latch SEIP', () => {
    const { hart, ctl } = hartWith([CSRRSI_MIP_SSIP, CSRR_A0_MIP]);
    const line = hartBase(0) + H_IRQ;
    ctl[line] = MIP_SEIP;
    step(hart); // reads SEIP = 1 from the line, sets SSIP
    ctl[line] = 0;
    step(hart);
    const mip = hart.x[2 * 10];
    expect(mip & MIP_SSIP, 'SSIP set by csrsi').to.equal(MIP_SSIP);
    expect(mip & MIP_SEIP, 'SEIP follows the dropped line').to.equal(0);
  });

  it('reads show the OR of the software bit and the line; csrc clears only the software bit', () => {
    const { hart, ctl } = hartWith([CSRRS_MIP_T0, CSRR_A0_MIP, CSRRC_MIP_T0, CSRR_A1_MIP]);
    const line = hartBase(0) + H_IRQ;
    hart.x[2 * 5] = MIP_SEIP; // t0
    step(hart); // software SEIP on
    step(hart);
    expect(hart.x[2 * 10] & MIP_SEIP, 'software SEIP reads 1').to.equal(MIP_SEIP);
    ctl[line] = MIP_SEIP;
    step(hart); // software SEIP off; the line is still up
    step(hart);
    expect(hart.x[2 * 11] & MIP_SEIP, 'the line alone reads 1').to.equal(MIP_SEIP);
    ctl[line] = 0;
    expect(hart.readMip() & MIP_SEIP, 'neither: 0').to.equal(0);
  });
});

describe('hart: satp modes', () => {
  /** Writes satp = mode << 60 | PPN 0x80123 (from Bare) and returns [low, high] read back. */
  function satpAfterWriting(mode: number): number[] {
    const { hart } = hartWith([CSRW_SATP_T0, CSRR_A0_SATP]);
    hart.x[2 * 5] = 0x80123; // t0
    hart.x[2 * 5 + 1] = mode << 28;
    step(hart);
    step(hart);
    return [hart.x[2 * 10], hart.x[2 * 10 + 1]];
  }

  it('takes Sv48', () => {
    expect(satpAfterWriting(SATP_MODE_SV48)).to.deep.equal([0x80123, SATP_MODE_SV48 << 28]);
  });

  it('ignores a write of Sv57, so satp stays Bare', () => {
    expect(satpAfterWriting(SATP_MODE_SV57)).to.deep.equal([0, 0]);
  });
});
