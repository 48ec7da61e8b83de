/** `npm run bench`: every benchmark, with progress on stderr and the tables on stdout. */
import { registerRepresentation } from './register-representation.js';
import { mipsTable, formatMips } from './mips.js';
import { smpReport } from './smp.js';
import { bootTable, formatBoot } from './boot.js';

process.stderr.write('bench 1/4: register representation (tinybench)...\n');
const reps = await registerRepresentation();
console.log('64-bit register representation, ALU mix');
for (const r of reps) console.log(`  ${r.name.padEnd(34)} ${r.nsPerOp.toFixed(2)} ns/op`);
process.stderr.write('bench 2/4: whole-run MIPS on Hartsim (interpreter and translator) and QEMU...\n');
console.log('\nWhole-run speed, one hart');
console.log(formatMips(mipsTable()));
process.stderr.write('bench 3/4: SMP aggregate MIPS and interrupt latency on Hartsim and QEMU...\n');
console.log('\n' + smpReport());
process.stderr.write('bench 4/4: whole boots (U-Boot, hypervisor, Linux) on Hartsim (interpreter and translator) and QEMU...\n');
console.log('\nBoot times (s)\n' + formatBoot(await bootTable()));
