/**
 * Progress of the long benchmark runs, for a person waiting: one line on stderr per step
 * ("bench mips [3/8, 0:41] intloop: QEMU, long build, best of 3"), stdout keeping only the
 * tables. Set HARTSIM_BENCH_QUIET=1 to silence it.
 */

const started = performance.now();

function elapsed(): string {
  const s = Math.floor((performance.now() - started) / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** A counter of `total` steps of one benchmark: call it as each step starts. */
export function progress(section: string, total: number): (what: string) => void {
  let done = 0;
  return (what) => {
    done = Math.min(done + 1, total);
    if (process.env.HARTSIM_BENCH_QUIET) return;
    process.stderr.write(`bench ${section} [${done}/${total}, ${elapsed()}] ${what}\n`);
  };
}
