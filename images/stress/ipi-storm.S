/*
 * ipi-storm: every hart sends machine software interrupts (CLINT msip) to
 * every other hart, all at once, and each is counted exactly once.
 *
 * Phase A, the storm (interrupts taken while the receiver is busy): for
 * ROUNDS rounds, each hart h sends one message to every other hart t (in the
 * order h+1, h+2, ... so the senders are spread over the receivers).  A
 * message is the word req[t][h] set to 1, then msip[t] = 1.  Before sending
 * the next message to t, h waits (bounded, interrupts enabled so that its own
 * handler keeps serving the others) until t has acknowledged the previous
 * one, i.e. cleared req[t][h].  t's handler (mcause = MSI, else a failure)
 * first clears its own msip, then takes every pending req[t][s], counting it
 * in rcv[t][s] and clearing it as the acknowledgement.  Several senders'
 * msip writes may merge into one interrupt, and a handler may find nothing
 * (the message was taken by the previous run); both are correct, so the
 * number of handler runs is only reported (INFO), while every count of
 * messages must be exact: rcv[t][s] = ROUNDS for s != t, 0 for s = t (no
 * lost message, which would also show as an acknowledgement timeout, and no
 * duplicate).
 *
 * Phase B, the ring (interrupts waking a hart from WFI): a token goes round
 * the harts 0 -> 1 -> ... -> n-1 -> 0 for LAPS laps; each hart waits for it
 * in WFI (the check-then-WFI pattern with interrupts disabled, so a wake-up
 * is never missed) and passes it on with an IPI.  A watchdog (mtimecmp, a
 * few seconds ahead) turns a lost wake-up into a failure instead of a hang.
 * Every hart must receive exactly LAPS tokens.
 *
 * At the end every msip reads 0 again.  Works with 1 to 8 harts (read from
 * the DTB); with one hart there is nothing to send and the counts are 0.
 */
#include "smp.h"

#ifndef ROUNDS
#define ROUNDS        150
#endif
#ifndef LAPS
#define LAPS          50
#endif
#define ACK_TIMEOUT   50000000          /* 5 s per acknowledgement */
#define RING_TIMEOUT  50000000          /* 5 s per token */

/* The image's part of a hart block. */
#define HB_IRQS      (HB_USER + 0)      /* MSI handler runs */
#define HB_EMPTY     (HB_USER + 8)      /* ...that found no message */
#define HB_TIMEOUTS  (HB_USER + 16)     /* acknowledgements that never came */
#define HB_TOKENS    (HB_USER + 24)     /* ring tokens received */
#define HB_WDOG      (HB_USER + 32)     /* watchdog interrupts (lost tokens) */
#define HB_SENT      (HB_USER + 40)     /* messages sent in phase A */

    .option norvc

TEST_BEGIN ipi-storm
    call smp_start
    li a0, 0
    call hart_main
    call smp_join

    la t0, smp_nharts
    lw s0, 0(t0)                /* s0 = n */

    SECTION "messages received: rcv[receiver][sender]"
    li s1, 0                    /* receiver */
1:  bgeu s1, s0, 4f
    li s2, 0                    /* sender */
2:  bgeu s2, s0, 3f
    la t0, ipi_rcv
    slli t1, s1, 6
    add t0, t0, t1
    slli t1, s2, 3
    add t0, t0, t1
    ld t2, 0(t0)
    li t3, ROUNDS
    bne s1, s2, 5f
    li t3, 0
5:  CHECKR t2, t3
    addi s2, s2, 1
    j 2b
3:  addi s1, s1, 1
    j 1b
4:
    SECTION "per hart: sent, acknowledgement timeouts, tokens, watchdog, msip"
    li s1, 0
1:  bgeu s1, s0, 2f
    la s3, smp_blocks
    slli t0, s1, 10
    add s3, s3, t0              /* s3 = hart s1's block */
    ld t2, HB_SENT(s3)
    addi t3, s0, -1
    li t4, ROUNDS
    mul t3, t3, t4
    CHECKR t2, t3               /* ROUNDS * (n - 1) messages sent */
    ld t2, HB_TIMEOUTS(s3)
    CHECK t2, 0
    ld t2, HB_TOKENS(s3)
    li t3, LAPS
    li t4, 2
    bgeu s0, t4, 3f
    li t3, 0                    /* no ring with one hart */
3:  CHECKR t2, t3
    ld t2, HB_WDOG(s3)
    CHECK t2, 0
    li t0, CLINT_MSIP
    slli t1, s1, 2
    add t0, t0, t1
    lw t2, 0(t0)
    CHECK t2, 0
    addi s1, s1, 1
    j 1b
2:
    /* The deterministic summary, then the timing-dependent counts. */
    li s4, 0                    /* messages received in total */
    li s5, 0                    /* tokens in total */
    li s6, 0                    /* sent in total */
    li s1, 0
1:  bgeu s1, s0, 2f
    la s3, smp_blocks
    slli t0, s1, 10
    add s3, s3, t0
    ld t0, HB_TOKENS(s3)
    add s5, s5, t0
    ld t0, HB_SENT(s3)
    add s6, s6, t0
    li s2, 0
3:  bgeu s2, s0, 4f
    la t0, ipi_rcv
    slli t1, s1, 6
    add t0, t0, t1
    slli t1, s2, 3
    add t0, t0, t1
    ld t0, 0(t0)
    add s4, s4, t0
    addi s2, s2, 1
    j 3b
4:  addi s1, s1, 1
    j 1b
2:  PUTS "ipi-storm: rounds="
    li t0, ROUNDS
    PUTDEC t0
    PUTS " sent="
    PUTDEC s6
    PUTS " received="
    PUTDEC s4
    PUTS " ring-laps="
    li t0, LAPS
    PUTDEC t0
    PUTS " tokens="
    PUTDEC s5
    PUTS "\n"
    li s1, 0
1:  bgeu s1, s0, 2f
    la s3, smp_blocks
    slli t0, s1, 10
    add s3, s3, t0
    PUTS "INFO hart "
    PUTDEC s1
    PUTS ": interrupts="
    ld t0, HB_IRQS(s3)
    PUTDEC t0
    PUTS " empty="
    ld t0, HB_EMPTY(s3)
    PUTDEC t0
    PUTS "\n"
    addi s1, s1, 1
    j 1b
2:
TEST_END

/* ------------------------------------------------------------------ */
/* hart_main: a0 = hart id (= tp).  Runs on every hart. */
    .globl hart_main
hart_main:
    mv s11, ra
    la t0, smp_nharts
    lw s0, 0(t0)                /* s0 = n */
    la t0, ipi_trap
    csrw mtvec, t0
    li t0, CLINT_MTIMECMP       /* watchdog off */
    slli t1, tp, 3
    add t0, t0, t1
    li t1, -1
    sd t1, 0(t0)
    li t0, MIP_MSIP | MIP_MTIP
    csrw mie, t0
    csrsi mstatus, MSTATUS_MIE
    SMP_BLOCK s10, t0           /* s10 = this hart's block */
    call smp_barrier            /* every handler is in place */

    /* Phase A: the storm. */
    li s1, 0                    /* round */
10: li t0, ROUNDS
    bgeu s1, t0, 20f
    li s2, 1                    /* k: target = (h + k) mod n */
11: bgeu s2, s0, 19f
    add s3, tp, s2
    bltu s3, s0, 12f
    sub s3, s3, s0              /* s3 = target */
12: la s4, ipi_req              /* s4 = &req[target][h] */
    slli t0, s3, 6
    add s4, s4, t0
    slli t0, tp, 2
    add s4, s4, t0
    csrr s5, time
    li t0, ACK_TIMEOUT
    add s5, s5, t0
13: lw t0, 0(s4)                /* previous message to target taken? */
    beqz t0, 14f
    csrr t1, time
    bltu t1, s5, 13b
    ld t0, HB_TIMEOUTS(s10)     /* never acknowledged: give up phase A */
    addi t0, t0, 1
    sd t0, HB_TIMEOUTS(s10)
    j 20f
14: fence r, rw
    li t0, 1
    sw t0, 0(s4)
    fence w, o                  /* the message before the interrupt */
    li t0, CLINT_MSIP
    slli t1, s3, 2
    add t0, t0, t1
    li t1, 1
    sw t1, 0(t0)
    ld t0, HB_SENT(s10)
    addi t0, t0, 1
    sd t0, HB_SENT(s10)
    addi s2, s2, 1
    j 11b
19: addi s1, s1, 1
    j 10b

20: /* Wait for the last acknowledgement from every target. */
    li s2, 1
21: bgeu s2, s0, 29f
    add s3, tp, s2
    bltu s3, s0, 22f
    sub s3, s3, s0
22: la s4, ipi_req
    slli t0, s3, 6
    add s4, s4, t0
    slli t0, tp, 2
    add s4, s4, t0
    csrr s5, time
    li t0, ACK_TIMEOUT
    add s5, s5, t0
23: lw t0, 0(s4)
    beqz t0, 24f
    csrr t1, time
    bltu t1, s5, 23b
    ld t0, HB_TIMEOUTS(s10)
    addi t0, t0, 1
    sd t0, HB_TIMEOUTS(s10)
24: addi s2, s2, 1
    j 21b
29: call smp_barrier            /* everyone's messages are all taken */

    /* Phase B: the ring. */
    li t0, 2
    bltu s0, t0, 49f
    addi s6, tp, 1              /* s6 = next hart */
    bltu s6, s0, 30f
    li s6, 0
30: li s1, 1                    /* lap */
31: li t0, LAPS
    bgtu s1, t0, 49f
    bnez tp, 32f
    mv a0, s6                   /* hart 0 starts each lap... */
    call send_token
    mv a0, s1
    call wait_tokens            /* ...and waits for it to come round */
    bnez a0, 49f
    j 33f
32: mv a0, s1
    call wait_tokens
    bnez a0, 49f
    mv a0, s6
    call send_token
33: addi s1, s1, 1
    j 31b

49: call smp_barrier
    csrci mstatus, MSTATUS_MIE
    csrw mie, zero
    mv ra, s11
    ret

/* send_token: a0 = target hart.  Clobbers t0, t1. */
send_token:
    la t0, ipi_tok
    slli t1, a0, 6
    add t0, t0, t1
    li t1, 1
    sw t1, 0(t0)
    fence w, o
    li t0, CLINT_MSIP
    slli t1, a0, 2
    add t0, t0, t1
    li t1, 1
    sw t1, 0(t0)
    ret

/*
 * wait_tokens: a0 = count; sleep in WFI until this hart has received that
 * many tokens.  Returns a0 = 0, or 1 if the watchdog fired first.
 * Clobbers t0-t3.
 */
wait_tokens:
    li t2, CLINT_MTIMECMP
    slli t0, tp, 3
    add t2, t2, t0
    csrr t0, time
    li t1, RING_TIMEOUT
    add t0, t0, t1
    sd t0, 0(t2)                /* arm the watchdog */
1:  csrci mstatus, MSTATUS_MIE
    ld t0, HB_TOKENS(s10)
    bgeu t0, a0, 2f
    ld t0, HB_WDOG(s10)
    bnez t0, 3f
    wfi                         /* wakes on a pending interrupt, MIE or not */
    csrsi mstatus, MSTATUS_MIE  /* ...which is taken here */
    j 1b
2:  csrsi mstatus, MSTATUS_MIE
    li t1, -1
    sd t1, 0(t2)                /* watchdog off */
    li a0, 0
    ret
3:  csrsi mstatus, MSTATUS_MIE
    li a0, 1
    ret

/* ------------------------------------------------------------------ */
/* The M-mode trap handler of every hart (sp = the hart block inside). */
    .balign 4
ipi_trap:
    SMP_MSAVE
    csrr t0, mcause
    li t1, CAUSE_MSI
    beq t0, t1, 1f
    li t1, CAUSE_MTI
    beq t0, t1, 8f
    j smp_unexpected
1:  ld t0, HB_IRQS(sp)
    addi t0, t0, 1
    sd t0, HB_IRQS(sp)
    li t0, CLINT_MSIP           /* clear our msip before looking */
    slli t1, tp, 2
    add t0, t0, t1
    sw zero, 0(t0)
    fence iorw, iorw
    li a0, 0                    /* messages found */
    la a1, ipi_req
    slli t1, tp, 6
    add a1, a1, t1              /* a1 = req[h][*] */
    la a2, ipi_rcv
    add a2, a2, t1              /* a2 = rcv[h][*] (8 doublewords a row) */
    la t2, smp_nharts
    lw t2, 0(t2)
    li a3, 0
2:  bgeu a3, t2, 4f
    slli t3, a3, 2
    add t3, a1, t3
    lw t4, 0(t3)
    beqz t4, 3f
    slli t5, a3, 3
    add t5, a2, t5
    ld t6, 0(t5)
    addi t6, t6, 1
    sd t6, 0(t5)
    fence rw, w
    sw zero, 0(t3)              /* the acknowledgement */
    addi a0, a0, 1
3:  addi a3, a3, 1
    j 2b
4:  la t3, ipi_tok              /* a ring token? */
    slli t1, tp, 6
    add t3, t3, t1
    lw t4, 0(t3)
    beqz t4, 5f
    sw zero, 0(t3)
    ld t4, HB_TOKENS(sp)
    addi t4, t4, 1
    sd t4, HB_TOKENS(sp)
    addi a0, a0, 1
5:  bnez a0, 6f
    ld t0, HB_EMPTY(sp)
    addi t0, t0, 1
    sd t0, HB_EMPTY(sp)
6:  SMP_MRESTORE
    mret
8:  li t0, CLINT_MTIMECMP       /* the ring watchdog: off, and counted */
    slli t1, tp, 3
    add t0, t0, t1
    li t1, -1
    sd t1, 0(t0)
    ld t0, HB_WDOG(sp)
    addi t0, t0, 1
    sd t0, HB_WDOG(sp)
    SMP_MRESTORE
    mret

    .bss
    .balign 64
ipi_req: .space 64 * MAX_HARTS      /* req[receiver][sender]: words, a row per line */
ipi_rcv: .space 64 * MAX_HARTS      /* rcv[receiver][sender]: doublewords */
ipi_tok: .space 64 * MAX_HARTS      /* ring token for each hart, a line each */
