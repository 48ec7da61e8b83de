/**
 * The guests of images/guests as plain S-mode kernels under Debian's OpenSBI: the test OS's
 * self-tests all pass on Hartsim, with the same non-INFO output as on qemu-system-riscv64,
 * and the attacker runs through every attack (each trapped or refused).
 */
import { expect } from 'chai';
import { join } from 'node:path';
import { repoRoot, runHartsim, runQemuVirt } from './helpers.js';

const OPENSBI = '/usr/lib/riscv64-linux-gnu/opensbi/generic/fw_dynamic.bin';
const guest = (name: string) => join(repoRoot, 'images/guests', name);

/** Console lines without the OpenSBI banner, timing-dependent INFO lines and blank lines. */
function guestLines(out: string): string[] {
  const lines = out.replace(/\r/g, '').split('\n');
  const start = lines.findIndex((l) => l.startsWith('testos') || l.startsWith('attacker') || l.startsWith('PASS') || l.startsWith('ATTACK'));
  return lines.slice(Math.max(0, start)).filter((l) => l !== '' && !l.startsWith('INFO'));
}

function qemu(kernel: string, harts: number): string {
  return runQemuVirt(['-m', '256M', '-smp', String(harts), '-bios', OPENSBI, '-kernel', kernel]);
}

describe('guests under OpenSBI', function () {
  this.timeout(240_000);

  for (const harts of [1, 4]) {
    it(`testos passes every self-test on ${harts} hart(s), as on QEMU`, () => {
      const r = runHartsim(['run', '--bios', OPENSBI, '--kernel', guest('testos-opensbi.elf'), '--harts', String(harts)], 180_000);
      expect(r.status, r.stderr).to.equal(0);
      expect(r.stdout).to.contain('ALL PASS');
      expect(r.stdout).to.not.match(/^FAIL/m);
      expect(guestLines(r.stdout)).to.deep.equal(guestLines(qemu(guest('testos-opensbi.elf'), harts)));
    });
  }

  it('the attacker runs every attack to the end, each trapped or refused', () => {
    const r = runHartsim(['run', '--bios', OPENSBI, '--kernel', guest('attacker-opensbi.elf'), '--harts', '2'], 180_000);
    expect(r.status, r.stderr).to.equal(0);
    expect(r.stdout).to.contain('ATTACKER DONE');
    expect(r.stdout).to.match(/TRAPPED cause=/);
  });

  it('testos gives identical output and instruction counts in two --deterministic runs', () => {
    const args = ['run', '--bios', OPENSBI, '--kernel', guest('testos-opensbi.elf'), '--harts', '2', '--deterministic', '--stats'];
    const a = runHartsim(args, 180_000), b = runHartsim(args, 180_000);
    expect(a.status, a.stderr).to.equal(0);
    expect(a.stdout).to.contain('ALL PASS');
    expect(b.stdout).to.equal(a.stdout);
    const counts = (s: string) => s.split('\n').filter((l) => /^hart \d+: \d+ instructions/.test(l)).map((l) => l.replace(/, [\d.]+ MIPS.*/, ''));
    expect(counts(b.stderr)).to.deep.equal(counts(a.stderr));
    expect(counts(a.stderr)).to.have.length(2);
  });
});
