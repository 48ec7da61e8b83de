/** The monitor on the console (Ctrl-A c): registers, memory, statistics, stop/cont and quit. */
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startHartsim, repoRoot, type Interactive } from './helpers.js';

const IMAGE = join(repoRoot, 'images/bench/smp-intloop-long.elf');

/** Types a command line and waits for `until` in what the run prints after it. */
async function command(h: Interactive, line: string, until: RegExp): Promise<string> {
  const start = h.output().length;
  h.type(line + '\r');
  const deadline = Date.now() + 30_000;
  for (;;) {
    const out = h.output().slice(start);
    if (until.test(out)) return out;
    if (Date.now() > deadline) throw new Error(`no ${until} after '${line}'; got:\n${out}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The bytes the ELF loads at its first PT_LOAD segment's physical address. */
function firstSegment(path: string): { paddr: bigint; bytes: Buffer } {
  const elf = readFileSync(path);
  const phoff = Number(elf.readBigUInt64LE(0x20));
  const phentsize = elf.readUInt16LE(0x36), phnum = elf.readUInt16LE(0x38);
  for (let i = 0; i < phnum; i++) {
    const p = phoff + i * phentsize;
    if (elf.readUInt32LE(p) !== 1 || elf.readBigUInt64LE(p + 0x20) === 0n) continue;
    const off = Number(elf.readBigUInt64LE(p + 8));
    return { paddr: elf.readBigUInt64LE(p + 0x18), bytes: elf.subarray(off, off + Number(elf.readBigUInt64LE(p + 0x20))) };
  }
  throw new Error('no loadable segment');
}

function counts(stats: string): number[] {
  return [...stats.matchAll(/hart (\d): (\d+) instructions/g)].map((m) => Number(m[2]));
}

describe('monitor', function () {
  this.timeout(120_000);

  it('Ctrl-A c opens it: info registers, x, stats, stop/cont, info mem, back to the console, quit', async () => {
    const h = startHartsim(['run', '--bios', 'none', '--kernel', IMAGE, '--harts', '2']);
    try {
      h.type('\x01c');
      await h.waitFor('Hartsim monitor:', 20_000);

      const regs = await command(h, 'info registers 1', /fcsr/);
      expect(regs).to.match(/hart 1: pc [0-9a-f]{16}\s+mode M \(priv 3, V=0\)/);
      expect(regs).to.match(/x10\/a0\s+[0-9a-f]{16}/);
      expect(regs).to.match(/mstatus\s+0000000a/); // UXL = SXL = 2

      const seg = firstSegment(IMAGE);
      expect(seg.paddr).to.equal(0x80000000n);
      const mem = await command(h, 'x/4x 0x80000000', /0000000080000000: (0x[0-9a-f]{8} ?){4}/);
      const words = /0000000080000000: (.*)/.exec(mem)![1].trim().split(' ');
      expect(words).to.deep.equal([0, 4, 8, 12].map((o) => '0x' + seg.bytes.readUInt32LE(o).toString(16).padStart(8, '0')));

      const s1 = await command(h, 'stats', /total \d+ instructions/);
      expect(counts(s1)).to.have.length(2);
      expect(s1).to.match(/hart 0: \d+ instructions, running/);

      await command(h, 'stop', /all harts halted/);
      const s2 = counts(await command(h, 'stats', /total \d+ instructions/));
      await new Promise((r) => setTimeout(r, 300));
      const s3 = counts(await command(h, 'stats', /total \d+ instructions/));
      expect(s3).to.deep.equal(s2); // halted: nothing retires
      expect(await command(h, 'stats', /total/)).to.match(/hart 1: \d+ instructions, halted/);
      expect(await command(h, 'info mem 0', /bare|Sv/)).to.contain('M-mode: no translation');

      await command(h, 'cont', /running/);
      await new Promise((r) => setTimeout(r, 300));
      const s4 = counts(await command(h, 'stats', /total \d+ instructions/));
      expect(s4[0]).to.be.greaterThan(s3[0]);
      expect(s4[1]).to.be.greaterThan(s3[1]);

      expect(await command(h, 'frobnicate', /unknown command/)).to.contain("unknown command 'frobnicate'");
      expect(await command(h, 'x/4x nowhere', /bad address/)).to.contain("bad address 'nowhere'");
      expect(await command(h, 'info registers 9', /no hart/)).to.contain('no hart 9');

      // Back to the guest console, then into the monitor again to quit.
      h.type('\x01c');
      const start = h.output().length;
      h.type('\x01c');
      for (let i = 0; i < 100 && !h.output().slice(start).includes('Hartsim monitor:'); i++) await new Promise((r) => setTimeout(r, 50));
      h.type('quit\r');
      expect(await h.exit).to.equal(0);
    } finally {
      h.kill();
    }
  });
});
