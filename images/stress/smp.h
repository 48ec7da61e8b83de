/*
 * Hartsim stress images: the multi-hart layer over the ISA tests' framework.
 *
 * A stress image (images/stress/NAME.S) is linked with smp.S, then
 * common/crt.S, then itself (see images/Makefile), and uses the protocol and
 * macros of common/test.h for everything hart 0 prints.  What smp.S adds:
 *
 * ENTRY.  Every hart enters __smp_entry (at 0x80000000, the ELF entry) in
 * M-mode with a0 = mhartid, a1 = DTB.  Each hart counts itself in
 * smp_arrived.  Hart 0 goes through crt.S's _start (gp = __fw, stack,
 * mtvec = __mtrap, .bss cleared, PMP entry 0 = all RWX, "TEST name") into
 * the image's test_main.  The others wait until hart 0 releases them.
 *
 * test_main (hart 0) does, in this order:
 *     call smp_start      count the harts (/cpus/cpu@* in the DTB of a1; the
 *                         count is never built in: the same image runs with
 *                         1 to 8 harts), wait (bounded) until that many have
 *                         arrived, check it, release the others
 *     call hart_main      the image's per-hart work, a0 = hart id 0
 *     call smp_join       wait (bounded) until every other hart returned from
 *                         its hart_main; check that none took an unexpected
 *                         trap (a "FAIL hart N trap ..." line for each that did)
 *     ...checks, summary, TEST_END (hart 0 alone, the others are parked)
 * A released secondary hart runs hart_main (a0 = its id) with sp = its own
 * stack, tp = its id, gp = 0 (it must never use the CHECK macros: they are
 * hart 0's), mtvec = smp_unexpected, mscratch = its hart block, PMP entry 0
 * = all RWX; when hart_main returns it is counted done and parks with every
 * interrupt disabled.
 *
 * On every hart, tp = hart id for the whole run (images must not write tp);
 * mscratch = that hart's hart block (SMP_BLOCK), whose first 256 bytes are
 * the save area of SMP_MSAVE/SMP_MRESTORE, the next 256 that of
 * SMP_SSAVE/SMP_SRESTORE (an S-mode handler, with sscratch = the block),
 * and the rest (HB_USER..HART_BLOCK) is the image's.
 *
 * UNEXPECTED TRAPS.  An image's own trap handler jumps to smp_unexpected
 * (after SMP_MSAVE) for a cause it does not expect.  On hart 0 that restores
 * the registers and enters crt.S's __mtrap, which reports "FAIL TRAP ..." and
 * fails the run; on another hart it records mcause/mepc/mtval for smp_join
 * to report and parks that hart as done.
 *
 * Only deterministic values go into checks, the signature and ordinary lines
 * (counts, totals, the hart count): the same image with the same number of
 * harts prints the same bytes on QEMU and on Hartsim, in either of Hartsim's
 * modes.  Timing-dependent figures (latencies, spin counts) go on lines
 * starting with "INFO ", which the tests leave out of every comparison.
 */
#ifndef HARTSIM_SMP_H
#define HARTSIM_SMP_H

#include "test.h"

#define MAX_HARTS    8
#define CLINT_MSIP   CLINT_BASE          /* + 4 * hart */

/* A hart block (one per hart, at SMP_BLOCK). */
#define HART_BLOCK   1024
#define HB_MSAVE     0                   /* 32 doublewords: SMP_MSAVE */
#define HB_SSAVE     256                 /* 32 doublewords: SMP_SSAVE */
#define HB_SENSE     512                 /* smp_barrier's local sense */
#define HB_USER      576                 /* 56 doublewords for the image */

#define SMP_STACK    4096                /* per-hart stack, secondaries */

/* Bounded waits, in mtime ticks (10 MHz). */
#define ARRIVE_TIMEOUT  100000000        /* 10 s for every hart to arrive */
#define JOIN_TIMEOUT    300000000        /* 30 s for every hart to finish */

/* mcause/scause values of the interrupts. */
#define CAUSE_SSI    0x8000000000000001
#define CAUSE_MSI    0x8000000000000003
#define CAUSE_STI    0x8000000000000005
#define CAUSE_MTI    0x8000000000000007
#define MIP_SSIP     (1 << 1)
#define MIP_MSIP     (1 << 3)
#define MIP_STIP     (1 << 5)
#define MIP_MTIP     (1 << 7)

#define CSR_STIMECMP 0x14d
#define CSR_MENVCFG  0x30a
#define MENVCFG_STCE (1 << 63)

#ifdef __ASSEMBLER__

/* rd = this hart's block (from tp); tmp is clobbered. */
.macro SMP_BLOCK rd, tmp
    la \rd, smp_blocks
    slli \tmp, tp, 10                   /* HART_BLOCK = 1024 */
    add \rd, \rd, \tmp
.endm

/*
 * SMP_MSAVE: first thing in an M-mode trap handler.  Swaps sp with mscratch
 * (sp = this hart's block, mscratch = the interrupted sp) and saves every
 * other register in the block.  The handler may then use any register, with
 * sp pointing at the block (not a stack).  SMP_MRESTORE undoes it exactly,
 * then the handler does mret.  SMP_SSAVE/SMP_SRESTORE: the same for an
 * S-mode handler with sscratch (= the hart block, set by the image).
 */
.macro SMP_SAVE_REGS base
    sd x1, \base+1*8(sp)
    sd x3, \base+3*8(sp)
    sd x4, \base+4*8(sp)
    sd x5, \base+5*8(sp)
    sd x6, \base+6*8(sp)
    sd x7, \base+7*8(sp)
    sd x8, \base+8*8(sp)
    sd x9, \base+9*8(sp)
    sd x10, \base+10*8(sp)
    sd x11, \base+11*8(sp)
    sd x12, \base+12*8(sp)
    sd x13, \base+13*8(sp)
    sd x14, \base+14*8(sp)
    sd x15, \base+15*8(sp)
    sd x16, \base+16*8(sp)
    sd x17, \base+17*8(sp)
    sd x18, \base+18*8(sp)
    sd x19, \base+19*8(sp)
    sd x20, \base+20*8(sp)
    sd x21, \base+21*8(sp)
    sd x22, \base+22*8(sp)
    sd x23, \base+23*8(sp)
    sd x24, \base+24*8(sp)
    sd x25, \base+25*8(sp)
    sd x26, \base+26*8(sp)
    sd x27, \base+27*8(sp)
    sd x28, \base+28*8(sp)
    sd x29, \base+29*8(sp)
    sd x30, \base+30*8(sp)
    sd x31, \base+31*8(sp)
.endm
.macro SMP_RESTORE_REGS base
    ld x1, \base+1*8(sp)
    ld x3, \base+3*8(sp)
    ld x4, \base+4*8(sp)
    ld x5, \base+5*8(sp)
    ld x6, \base+6*8(sp)
    ld x7, \base+7*8(sp)
    ld x8, \base+8*8(sp)
    ld x9, \base+9*8(sp)
    ld x10, \base+10*8(sp)
    ld x11, \base+11*8(sp)
    ld x12, \base+12*8(sp)
    ld x13, \base+13*8(sp)
    ld x14, \base+14*8(sp)
    ld x15, \base+15*8(sp)
    ld x16, \base+16*8(sp)
    ld x17, \base+17*8(sp)
    ld x18, \base+18*8(sp)
    ld x19, \base+19*8(sp)
    ld x20, \base+20*8(sp)
    ld x21, \base+21*8(sp)
    ld x22, \base+22*8(sp)
    ld x23, \base+23*8(sp)
    ld x24, \base+24*8(sp)
    ld x25, \base+25*8(sp)
    ld x26, \base+26*8(sp)
    ld x27, \base+27*8(sp)
    ld x28, \base+28*8(sp)
    ld x29, \base+29*8(sp)
    ld x30, \base+30*8(sp)
    ld x31, \base+31*8(sp)
.endm
.macro SMP_MSAVE
    csrrw sp, mscratch, sp
    SMP_SAVE_REGS HB_MSAVE
.endm
.macro SMP_MRESTORE
    SMP_RESTORE_REGS HB_MSAVE
    csrrw sp, mscratch, sp
.endm
.macro SMP_SSAVE
    csrrw sp, sscratch, sp
    SMP_SAVE_REGS HB_SSAVE
.endm
.macro SMP_SRESTORE
    SMP_RESTORE_REGS HB_SSAVE
    csrrw sp, sscratch, sp
.endm

/* PUTS "text": print a string (hart 0 only); preserves every register. */
.macro PUTS text
    .pushsection .rodata.str, "a"
9982:
    .asciz "\text"
    .popsection
    sd ra, FW_RA(gp)
    sd a0, FW_A0(gp)
    la a0, 9982b
    jal ra, __puts_saved
    ld a0, FW_A0(gp)
    ld ra, FW_RA(gp)
.endm

/* PUTDEC reg: print reg in decimal (hart 0 only); preserves every register. */
.macro PUTDEC reg
    sd \reg, FW_GOT(gp)
    sd ra, FW_RA(gp)
    jal ra, smp_putdec_saved
    ld ra, FW_RA(gp)
.endm

/* PUTHEX reg: print reg as 16 hex digits (hart 0 only); preserves every register. */
.macro PUTHEX reg
    sd \reg, FW_GOT(gp)
    sd ra, FW_RA(gp)
    jal ra, smp_puthex_saved
    ld ra, FW_RA(gp)
.endm


#endif /* __ASSEMBLER__ */
#endif /* HARTSIM_SMP_H */
