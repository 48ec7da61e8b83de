/*
 * Iteration counts of the benchmark images, the one place they are set. Each image is built
 * three ways: NAME.elf (ITER_*), NAME-1.elf (-DITER=1, start-up cost only) and NAME-long.elf
 * (-DLONG: ITER_*_LONG, long enough to time QEMU). bench/mips.ts reads this file to turn
 * instruction counts measured on the short builds into counts for the long ones.
 */
#define ITER_INTLOOP 20000000
#define ITER_INTLOOP_LONG 400000000
#define ITER_MEMLOOP 100
#define ITER_MEMLOOP_LONG 4000
#define ITER_BRANCHMIX 10000
#define ITER_BRANCHMIX_LONG 200000
