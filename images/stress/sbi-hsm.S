/*
 * sbi-hsm: an S-mode payload for OpenSBI (fw_dynamic) that drives the other
 * harts through SBI: HSM (hart_get_status, hart_start with an opaque value,
 * hart_stop, hart_suspend retentive and non-retentive), IPI (send_ipi, taken
 * as SSIP), TIME (set_timer, taken as STIP), the console (legacy putchar, or
 * DBCN when present) and SRST (the final shutdown, exit status 0).
 *
 * OpenSBI enters _start (scrt.S) on its boot hart B only, whichever hart won
 * its lottery.  The hart count n comes from the DTB.  The other harts are
 * named by their distance k = 1..n-1 from B (hart (B + k) mod n), and every
 * value that reaches a check or the signature is expressed that way, so the
 * output does not depend on which hart booted (B itself is on an INFO line).
 *
 *  1. base: spec version >= 0.2, implementation = OpenSBI, probe_extension
 *     finds HSM, IPI, TIME and SRST (DBCN's answer goes in the signature), an
 *     unknown extension is absent; a line through legacy console_putchar.
 *  2. status at boot: every other hart STOPPED, B STARTED; an invalid hart
 *     id gives SBI_ERR_INVALID_PARAM.
 *  3. hart_start(h, sec_entry, OPAQUE1 + k) for every other hart: returns
 *     0; the hart arrives in S-mode with a0 = its id, a1 = the opaque value,
 *     sstatus.SIE = 0 and satp = 0; its status becomes STARTED.  Starting it
 *     again gives SBI_ERR_ALREADY_AVAILABLE, an invalid id
 *     SBI_ERR_INVALID_PARAM, a start address inside OpenSBI
 *     SBI_ERR_INVALID_ADDRESS.
 *  4. IPIs: PINGS round trips with each hart (B sends a command and an IPI,
 *     the hart, asleep in WFI, takes the SSIP, replies with an IPI), then one
 *     send_ipi to all of them at once; every count is exact.
 *  5. timer: every hart, B included, arms set_timer TIMERS times at 0..1023
 *     ticks ahead; each STIP is taken once, never before its deadline.
 *  6. hart_suspend(default retentive): the hart's status becomes SUSPENDED,
 *     an IPI resumes it, the call returns 0, status STARTED again.
 *  7. hart_suspend(default non-retentive, sec_resume, OPAQUE2 + k): status
 *     SUSPENDED, an IPI resumes it at sec_resume with a0 = its id, a1 = the
 *     opaque value, sstatus.SIE = 0.
 *  8. hart_stop: status STOPPED; hart_start again (OPAQUE3 + k) restarts it
 *     fresh, and it stops again.
 * Then the summary, the signature, and SRST shutdown.
 */
#include "smp.h"

#define SBI_EXT_BASE    0x10
#define SBI_EXT_LEGACY_PUTCHAR 0x01
#define SBI_EXT_TIME    0x54494d45
#define SBI_EXT_IPI     0x735049
#define SBI_EXT_HSM     0x48534d
#define SBI_EXT_SRST    0x53525354
#define SBI_EXT_DBCN    0x4442434e

#define HSM_STARTED     0
#define HSM_STOPPED     1
#define HSM_SUSPENDED   4
#define SBI_ERR_INVALID_PARAM      -3
#define SBI_ERR_INVALID_ADDRESS    -5
#define SBI_ERR_ALREADY_AVAILABLE  -6
#define SUSPEND_RET_DEFAULT        0x00000000
#define SUSPEND_NONRET_DEFAULT     0x80000000

#define OPAQUE1   0x5eed0000a0000000
#define OPAQUE2   0x5eed0000b0000000
#define OPAQUE3   0x5eed0000c0000000

#ifndef PINGS
#define PINGS     40
#endif
#ifndef TIMERS
#define TIMERS    150
#endif
#define WAIT_TIMEOUT    50000000        /* 5 s */
#define TIMER_TIMEOUT   50000000        /* 5 s */

/* Commands from B to a hart (B_CMD). */
#define CMD_PING        1
#define CMD_TIMER       2
#define CMD_SUSPEND     3
#define CMD_SUSPEND_NR  4
#define CMD_STOP        5

/* The hart blocks (smp.h's layout: sscratch = the block, SMP_SSAVE). */
#define B_ALIVE     (HB_USER + 0)       /* entries at sec_entry */
#define B_OPAQUE    (HB_USER + 8)       /* a1 there */
#define B_HARTID    (HB_USER + 16)      /* a0 there */
#define B_ESTATUS   (HB_USER + 24)      /* sstatus there */
#define B_ESATP     (HB_USER + 32)      /* satp there */
#define B_CMD       (HB_USER + 40)      /* command from B (word) */
#define B_IPIS      (HB_USER + 48)      /* SSI handler runs */
#define B_SEEN      (HB_USER + 56)      /* ...consumed by sec_loop */
#define B_NOCMD     (HB_USER + 64)      /* IPIs that brought no command */
#define B_ARMED     (HB_USER + 72)      /* timer deadline, 0 = none */
#define B_FIRED     (HB_USER + 80)
#define B_EARLY     (HB_USER + 88)
#define B_SPUR      (HB_USER + 96)
#define B_MAXLATE   (HB_USER + 104)
#define B_SUSPRET   (HB_USER + 112)     /* hart_suspend's last error */
#define B_SUSPCALLS (HB_USER + 120)     /* retentive suspend calls */
#define B_WAKE      (HB_USER + 128)     /* B wants it awake */
#define B_RESUMED   (HB_USER + 136)     /* entries at sec_resume */
#define B_ROPAQUE   (HB_USER + 144)
#define B_RHARTID   (HB_USER + 152)
#define B_RSTATUS   (HB_USER + 160)
#define B_STOPRET   (HB_USER + 168)     /* hart_stop returned (an error) */
#define B_BADCAUSE  (HB_USER + 176)     /* an unexpected trap on that hart */
#define B_BADEPC    (HB_USER + 184)
#define B_REPLIES   (HB_USER + 192)     /* replies B took from that hart */
#define B_REPLYFLAG (HB_USER + 200)     /* set by the hart, cleared by B */
#define B_TIMEOUTS  (HB_USER + 208)     /* timer waits that timed out */
#define B_ARG       (HB_USER + 216)     /* argument of a command */
#define B_SEED      (HB_USER + 224)
#define B_SUMLATE   (HB_USER + 232)

/* SBI eid, fid: the call (a0-a2 set by the caller); a0 = error, a1 = value. */
.macro SBI eid, fid
    li a7, \eid
    li a6, \fid
    ecall
.endm

/* BLOCK rd, hartreg: rd = the block of hart \hartreg. */
.macro BLOCK rd, hart
    la \rd, sbi_blocks
    slli a6, \hart, 10
    add \rd, \rd, a6
.endm

    .option norvc

TEST_BEGIN sbi-hsm
    mv s0, tp                   /* s0 = B */
    la t0, scrt_dtb
    ld a0, 0(t0)
    call fdt_count_cpus
    mv s1, a0                   /* s1 = n */
    addi t0, s1, -1
    li t1, MAX_HARTS
    sltu t0, t0, t1
    CHECK t0, 1                 /* 1..8 harts in the DTB */
    beqz t0, __finish
    li t0, MAX_HARTS
    sltu t0, s0, t0
    CHECK t0, 1                 /* B has a hart block */
    beqz t0, __finish
    PUTS "harts="
    PUTDEC s1
    PUTS "\n"
    PUTS "INFO boot hart "
    PUTDEC s0
    PUTS "\n"
    /*
     * Is a timer interrupt pending before S-mode has set any timer?  The
     * reset value of stimecmp is unspecified (OpenSBI 1.1 enables Sstc and
     * does not write it), so either answer is allowed: INFO only.  Like an
     * OS, the payload then sets the timer (to "never", which also clears
     * STIP, SBI spec, set_timer) before it enables STIE, here and on every
     * other hart (sec_setup).
     */
    PUTS "INFO STIP pending at entry: "
    csrr t0, sip
    srli t0, t0, 5
    andi t0, t0, 1
    PUTDEC t0
    PUTS "\n"
    li a0, -1
    SBI SBI_EXT_TIME, 0
    /* B's own trap handling: the common handler, with its block. */
    BLOCK s9, s0                /* s9 = B's block */
    csrw sscratch, s9
    la t0, sbi_trap
    csrw stvec, t0
    li t0, MIP_SSIP | MIP_STIP
    csrw sie, t0
    csrsi sstatus, MSTATUS_SIE

    SECTION "base extension"
    SBI SBI_EXT_BASE, 0         /* get_spec_version */
    CHECK a0, 0
    SIG a1
    li t0, 2                    /* >= 0.2: HSM, IPI, TIME, SRST exist */
    sltu t0, a1, t0
    CHECK t0, 0
    SBI SBI_EXT_BASE, 1         /* get_impl_id */
    CHECK a0, 0
    CHECK a1, 1                 /* OpenSBI */
    li a0, SBI_EXT_HSM
    call probe
    CHECK a0, 1
    li a0, SBI_EXT_IPI
    call probe
    CHECK a0, 1
    li a0, SBI_EXT_TIME
    call probe
    CHECK a0, 1
    li a0, SBI_EXT_SRST
    call probe
    CHECK a0, 1
    li a0, 0x0abcdef            /* no such extension */
    call probe
    CHECK a0, 0
    li a0, SBI_EXT_DBCN         /* present from SBI 2.0 (OpenSBI 1.3) */
    call probe
    SIG a0
    /* A line through the legacy console_putchar, whatever scrt.S uses. */
    la s4, str_legacy
1:  lbu a0, 0(s4)
    beqz a0, 2f
    SBI SBI_EXT_LEGACY_PUTCHAR, 0
    addi s4, s4, 1
    j 1b
2:
    SECTION "status at boot"
    li s2, 1
1:  bgeu s2, s1, 2f
    mv a0, s2
    call hart_k
    SBI SBI_EXT_HSM, 2          /* hart_get_status */
    CHECK a0, 0
    CHECK a1, HSM_STOPPED
    addi s2, s2, 1
    j 1b
2:  mv a0, s0
    SBI SBI_EXT_HSM, 2
    CHECK a0, 0
    CHECK a1, HSM_STARTED
    li a0, 100                  /* no such hart */
    SBI SBI_EXT_HSM, 2
    CHECK a0, SBI_ERR_INVALID_PARAM

    SECTION "hart_start"
    li s2, 1
1:  bgeu s2, s1, 2f
    mv a0, s2
    call hart_k
    mv s3, a0
    la a1, sec_entry
    li a2, OPAQUE1
    add a2, a2, s2
    SBI SBI_EXT_HSM, 0          /* hart_start */
    CHECK a0, 0
    addi s2, s2, 1
    j 1b
2:  li s2, 1
1:  bgeu s2, s1, 2f
    mv a0, s2
    call hart_k
    mv s3, a0
    BLOCK s4, s3
    li a1, 1
    addi a0, s4, B_ALIVE
    call wait_at_least
    ld t0, B_ALIVE(s4)
    CHECK t0, 1                 /* it arrived, once */
    ld t0, B_OPAQUE(s4)
    li t1, OPAQUE1
    add t1, t1, s2
    CHECKR t0, t1               /* a1 = the opaque value */
    ld t0, B_HARTID(s4)
    xor t0, t0, s3
    CHECK t0, 0                 /* a0 = its hart id */
    ld t0, B_ESTATUS(s4)
    andi t0, t0, MSTATUS_SIE
    CHECK t0, 0                 /* sstatus.SIE = 0 */
    ld t0, B_ESATP(s4)
    CHECK t0, 0                 /* satp = 0 */
    mv a0, s3
    SBI SBI_EXT_HSM, 2
    CHECK a0, 0
    CHECK a1, HSM_STARTED
    mv a0, s3                   /* start it again */
    la a1, sec_entry
    li a2, 0
    SBI SBI_EXT_HSM, 0
    CHECK a0, SBI_ERR_ALREADY_AVAILABLE
    addi s2, s2, 1
    j 1b
2:  li a0, 100
    la a1, sec_entry
    li a2, 0
    SBI SBI_EXT_HSM, 0
    CHECK a0, SBI_ERR_INVALID_PARAM
    mv a0, s0                   /* a start address OpenSBI keeps for itself */
    li a1, 0x80000000
    li a2, 0
    SBI SBI_EXT_HSM, 0
    CHECK a0, SBI_ERR_INVALID_ADDRESS

    SECTION "IPIs: round trips with each hart, then one to all"
    li s2, 1
1:  bgeu s2, s1, 4f
    mv a0, s2
    call hart_k
    mv s3, a0
    BLOCK s4, s3
    li s5, 0                    /* round */
    li s6, 0                    /* errors */
2:  li t0, PINGS
    bgeu s5, t0, 3f
    mv a0, s3
    li a1, CMD_PING
    call send_cmd
    or s6, s6, a0
    addi a1, s5, 1
    addi a0, s4, B_REPLIES
    call wait_at_least
    or s6, s6, a0
    bnez a0, 3f
    addi s5, s5, 1
    j 2b
3:  CHECK s6, 0
    ld t0, B_REPLIES(s4)
    CHECK t0, PINGS
    addi s2, s2, 1
    j 1b
4:  /* One send_ipi to every other hart: mask over base 0. */
    li s5, 0
    li s2, 1
1:  bgeu s2, s1, 2f
    mv a0, s2
    call hart_k
    BLOCK s4, a0
    li t0, CMD_PING
    sw t0, B_CMD(s4)
    li t0, 1
    sll t0, t0, a0
    or s5, s5, t0
    addi s2, s2, 1
    j 1b
2:  fence rw, rw
    mv a0, s5
    li a1, 0
    SBI SBI_EXT_IPI, 0
    CHECK a0, 0
    li s2, 1
1:  bgeu s2, s1, 2f
    mv a0, s2
    call hart_k
    BLOCK s4, a0
    li a1, PINGS + 1
    addi a0, s4, B_REPLIES
    call wait_at_least
    CHECK a0, 0
    ld t0, B_REPLIES(s4)
    CHECK t0, PINGS + 1
    ld t0, B_IPIS(s4)
    CHECK t0, PINGS + 1         /* every IPI taken once, none lost */
    ld t0, B_NOCMD(s4)
    CHECK t0, 0
    addi s2, s2, 1
    j 1b
2:
    SECTION "timer: set_timer on every hart"
    li s2, 1
1:  bgeu s2, s1, 2f
    mv a0, s2
    call hart_k
    li a1, CMD_TIMER
    call send_cmd
    CHECK a0, 0
    addi s2, s2, 1
    j 1b
2:  mv s10, tp                  /* B's own rounds */
    call run_timer
    li s2, 0                    /* k = 0 is B itself */
1:  bgeu s2, s1, 3f
    mv a0, s2
    call hart_k
    mv s3, a0
    BLOCK s4, s3
    beqz s2, 2f
    li a1, PINGS + 2
    addi a0, s4, B_REPLIES
    call wait_at_least
    CHECK a0, 0
2:  ld t0, B_FIRED(s4)
    CHECK t0, TIMERS
    ld t0, B_EARLY(s4)
    CHECK t0, 0
    ld t0, B_SPUR(s4)
    CHECK t0, 0
    ld t0, B_TIMEOUTS(s4)
    CHECK t0, 0
    addi s2, s2, 1
    j 1b
3:
    SECTION "hart_suspend: default retentive"
    li s2, 1
1:  bgeu s2, s1, 2f
    mv a0, s2
    call hart_k
    mv s3, a0
    BLOCK s4, s3
    li a1, CMD_SUSPEND
    call send_cmd
    CHECK a0, 0
    mv a0, s3
    li a1, HSM_SUSPENDED
    call wait_status
    CHECK a0, 1                 /* seen SUSPENDED */
    li t0, 1
    sd t0, B_WAKE(s4)
    fence rw, rw
    li a0, 1
    mv a1, s3
    SBI SBI_EXT_IPI, 0          /* the wake-up */
    CHECK a0, 0
    li a1, PINGS + 3
    addi a0, s4, B_REPLIES
    call wait_at_least
    CHECK a0, 0                 /* resumed and replied */
    ld t0, B_SUSPRET(s4)
    CHECK t0, 0                 /* hart_suspend returned 0 */
    mv a0, s3
    SBI SBI_EXT_HSM, 2
    CHECK a0, 0
    CHECK a1, HSM_STARTED
    addi s2, s2, 1
    j 1b
2:
    SECTION "hart_suspend: default non-retentive"
    li s2, 1
1:  bgeu s2, s1, 2f
    mv a0, s2
    call hart_k
    mv s3, a0
    BLOCK s4, s3
    li t0, OPAQUE2
    add t0, t0, s2
    sd t0, B_ARG(s4)
    li a1, CMD_SUSPEND_NR
    call send_cmd
    CHECK a0, 0
    mv a0, s3
    li a1, HSM_SUSPENDED
    call wait_status
    CHECK a0, 1
    li t0, 1
    sd t0, B_WAKE(s4)
    fence rw, rw
    li a0, 1
    mv a1, s3
    SBI SBI_EXT_IPI, 0
    CHECK a0, 0
    li a1, PINGS + 4
    addi a0, s4, B_REPLIES
    call wait_at_least
    CHECK a0, 0
    ld t0, B_SUSPRET(s4)
    CHECK t0, 0                 /* the call did not fail */
    ld t0, B_RESUMED(s4)
    CHECK t0, 1                 /* resumed once, at sec_resume */
    ld t0, B_ROPAQUE(s4)
    li t1, OPAQUE2
    add t1, t1, s2
    CHECKR t0, t1               /* a1 = the opaque value */
    ld t0, B_RHARTID(s4)
    xor t0, t0, s3
    CHECK t0, 0                 /* a0 = its hart id */
    ld t0, B_RSTATUS(s4)
    andi t0, t0, MSTATUS_SIE
    CHECK t0, 0
    mv a0, s3
    SBI SBI_EXT_HSM, 2
    CHECK a0, 0
    CHECK a1, HSM_STARTED
    addi s2, s2, 1
    j 1b
2:
    SECTION "hart_stop, hart_start again, hart_stop"
    li s2, 1
1:  bgeu s2, s1, 2f
    mv a0, s2
    call hart_k
    mv s3, a0
    BLOCK s4, s3
    li a1, CMD_STOP
    call send_cmd
    CHECK a0, 0
    mv a0, s3
    li a1, HSM_STOPPED
    call wait_status
    CHECK a0, 1                 /* STOPPED */
    ld t0, B_STOPRET(s4)
    CHECK t0, 0                 /* hart_stop never returned */
    mv a0, s3
    la a1, sec_entry
    li a2, OPAQUE3
    add a2, a2, s2
    SBI SBI_EXT_HSM, 0
    CHECK a0, 0
    li a1, 2
    addi a0, s4, B_ALIVE
    call wait_at_least
    CHECK a0, 0
    ld t0, B_OPAQUE(s4)
    li t1, OPAQUE3
    add t1, t1, s2
    CHECKR t0, t1
    mv a0, s3
    li a1, CMD_STOP
    call send_cmd
    CHECK a0, 0
    mv a0, s3
    li a1, HSM_STOPPED
    call wait_status
    CHECK a0, 1
    ld t0, B_BADCAUSE(s4)
    CHECK t0, 0                 /* no unexpected trap on that hart */
    addi s2, s2, 1
    j 1b
2:
    /* The summary (deterministic) and the timing-dependent figures. */
    PUTS "sbi-hsm: harts="
    PUTDEC s1
    PUTS " ping-round-trips="
    addi t0, s1, -1
    li t1, PINGS
    mul t0, t0, t1
    PUTDEC t0
    PUTS " timer-interrupts="
    li s5, 0
    li s6, 0                    /* max lateness */
    li s7, 0                    /* retentive suspend calls */
    li s8, 0                    /* IPIs without a command (after resumes) */
    li s2, 0
1:  bgeu s2, s1, 2f
    mv a0, s2
    call hart_k
    BLOCK s4, a0
    ld t0, B_FIRED(s4)
    add s5, s5, t0
    ld t0, B_MAXLATE(s4)
    bgeu s6, t0, 3f
    mv s6, t0
3:  ld t0, B_SUSPCALLS(s4)
    add s7, s7, t0
    ld t0, B_NOCMD(s4)
    add s8, s8, t0
    addi s2, s2, 1
    j 1b
2:  PUTDEC s5
    PUTS "\n"
    PUTS "INFO timer lateness max="
    PUTDEC s6
    PUTS " ticks; retentive suspend calls="
    PUTDEC s7
    PUTS "; IPIs without a command="
    PUTDEC s8
    PUTS "\n"
TEST_END

/* ------------------------------------------------------------------ */
/* Boot hart helpers.  s0 = B, s1 = n. */

/* probe: a0 = extension id; returns a0 = 1 if present, else 0. */
probe:
    SBI SBI_EXT_BASE, 3
    bnez a0, 1f
    snez a0, a1
    ret
1:  li a0, 0
    ret

/* hart_k: a0 = k; returns a0 = (B + k) mod n. */
hart_k:
    add a0, a0, s0
    bltu a0, s1, 1f
    sub a0, a0, s1
1:  ret

/* send_cmd: a0 = hart, a1 = command; store it, send the IPI; a0 = error. */
send_cmd:
    BLOCK t0, a0
    sw a1, B_CMD(t0)
    fence rw, rw
    mv a1, a0
    li a0, 1
    SBI SBI_EXT_IPI, 0
    ret

/*
 * wait_at_least: a0 = address of a doubleword, a1 = value; spin (interrupts
 * enabled) until the doubleword is >= a1, at most WAIT_TIMEOUT.  Returns
 * a0 = 0, or 1 on a timeout.  Clobbers t0-t2.
 */
wait_at_least:
    csrr t2, time
    li t0, WAIT_TIMEOUT
    add t2, t2, t0
1:  ld t0, 0(a0)
    bgeu t0, a1, 2f
    csrr t1, time
    bltu t1, t2, 1b
    li a0, 1
    ret
2:  fence r, rw
    li a0, 0
    ret

/*
 * wait_status: a0 = hart, a1 = state; poll hart_get_status until it gives
 * that state, at most WAIT_TIMEOUT.  Returns a0 = 1 if seen, else 0.
 * Clobbers t0-t3, a0-a2.
 */
wait_status:
    mv t2, a0
    mv t3, a1
    csrr a2, time
    li t0, WAIT_TIMEOUT
    add a2, a2, t0
1:  mv a0, t2
    SBI SBI_EXT_HSM, 2
    bnez a0, 2f
    beq a1, t3, 3f
2:  csrr t0, time
    bltu t0, a2, 1b
    li a0, 0
    ret
3:  li a0, 1
    ret

/* ------------------------------------------------------------------ */
/*
 * run_timer (any hart; sp, tp, sscratch set): TIMERS rounds of set_timer
 * 0..1023 ticks ahead, waiting by spinning or in WFI (alternately), each
 * STIP counted by sbi_trap.  Clobbers t0-t3, a0-a2, a6, a7, s10 = block.
 */
run_timer:
    mv t3, ra
    BLOCK s10, tp
    ld t0, B_SEED(s10)
    bnez t0, 1f
    addi t0, tp, 1
    li t1, 0x9e3779b97f4a7c15
    mul t0, t0, t1
1:  sd t0, B_SEED(s10)
    li a2, 0                    /* round */
10: li t0, TIMERS
    bgeu a2, t0, 19f
    ld t0, B_SEED(s10)          /* xorshift64 */
    slli t1, t0, 13
    xor t0, t0, t1
    srli t1, t0, 7
    xor t0, t0, t1
    slli t1, t0, 17
    xor t0, t0, t1
    sd t0, B_SEED(s10)
    andi t0, t0, 1023
    csrr t1, time
    add a0, t0, t1              /* deadline */
    sd a0, B_ARMED(s10)
    SBI SBI_EXT_TIME, 0
    addi a2, a2, 1
    csrr t2, time
    li t0, TIMER_TIMEOUT
    add t2, t2, t0
    andi t0, a2, 1
    bnez t0, 13f
11: ld t0, B_FIRED(s10)         /* spin */
    bgeu t0, a2, 10b
    csrr t1, time
    bltu t1, t2, 11b
    j 18f
13: csrci sstatus, MSTATUS_SIE  /* WFI */
    ld t0, B_FIRED(s10)
    bgeu t0, a2, 14f
    csrr t1, time
    bgeu t1, t2, 17f
    wfi
    csrsi sstatus, MSTATUS_SIE
    j 13b
14: csrsi sstatus, MSTATUS_SIE
    j 10b
17: csrsi sstatus, MSTATUS_SIE
18: ld t0, B_TIMEOUTS(s10)
    addi t0, t0, 1
    sd t0, B_TIMEOUTS(s10)
    li a0, -1
    SBI SBI_EXT_TIME, 0
    sd zero, B_ARMED(s10)
19: mv ra, t3
    ret

/* ------------------------------------------------------------------ */
/* The other harts. */

/* sec_entry: hart_start's entry; a0 = hart id, a1 = opaque. */
    .balign 4
sec_entry:
    li t0, MAX_HARTS
    bgeu a0, t0, sec_hang
    mv tp, a0
    BLOCK t0, a0
    sd a1, B_OPAQUE(t0)
    sd a0, B_HARTID(t0)
    csrr t1, sstatus
    sd t1, B_ESTATUS(t0)
    csrr t1, satp
    sd t1, B_ESATP(t0)
    call sec_setup
    fence rw, rw
    ld t1, B_ALIVE(t0)
    addi t1, t1, 1
    sd t1, B_ALIVE(t0)
    j sec_loop

/* sec_resume: where a non-retentive suspend resumes; a0 = id, a1 = opaque. */
    .balign 4
sec_resume:
    li t0, MAX_HARTS
    bgeu a0, t0, sec_hang
    mv tp, a0
    BLOCK t0, a0
    sd a1, B_ROPAQUE(t0)
    sd a0, B_RHARTID(t0)
    csrr t1, sstatus
    sd t1, B_RSTATUS(t0)
    call sec_setup
    ld t1, B_RESUMED(t0)
    addi t1, t1, 1
    sd t1, B_RESUMED(t0)
    sd zero, B_SUSPRET(t0)
    call sec_reply
    j sec_loop

/* sec_setup: t0 = block; stack, sscratch, stvec, interrupts; clobbers t1, a0, a1, a6, a7. */
sec_setup:
    la sp, sbi_stacks
    addi t1, tp, 1
    slli t1, t1, 12
    add sp, sp, t1
    csrw sscratch, t0
    la t1, sbi_trap
    csrw stvec, t1
    ld t1, B_IPIS(t0)           /* IPIs before this start are not commands */
    sd t1, B_SEEN(t0)
    mv t1, t0
    li a0, -1                   /* no timer (see test_main) before STIE */
    SBI SBI_EXT_TIME, 0
    mv t0, t1
    li t1, MIP_SSIP | MIP_STIP
    csrw sie, t1
    ret

sec_hang:
    csrw sie, zero
    csrci sstatus, MSTATUS_SIE
1:  wfi
    j 1b

/* sec_loop: sleep until an IPI brings a command; run it; again. */
sec_loop:
    BLOCK s10, tp
    csrsi sstatus, MSTATUS_SIE
1:  csrci sstatus, MSTATUS_SIE
    ld t0, B_IPIS(s10)
    ld t1, B_SEEN(s10)
    bne t0, t1, 2f
    wfi
    csrsi sstatus, MSTATUS_SIE
    j 1b
2:  csrsi sstatus, MSTATUS_SIE
    sd t0, B_SEEN(s10)
    fence r, rw
    lw t0, B_CMD(s10)
    sw zero, B_CMD(s10)
    li t1, CMD_PING
    beq t0, t1, 10f
    li t1, CMD_TIMER
    beq t0, t1, 20f
    li t1, CMD_SUSPEND
    beq t0, t1, 30f
    li t1, CMD_SUSPEND_NR
    beq t0, t1, 40f
    li t1, CMD_STOP
    beq t0, t1, 50f
    ld t0, B_NOCMD(s10)
    addi t0, t0, 1
    sd t0, B_NOCMD(s10)
    j 1b
10: call sec_reply
    j 1b
20: call run_timer
    call sec_reply
    j 1b
30: /* Retentive suspend until B has asked us to wake up. */
    sd zero, B_WAKE(s10)
    ld s11, B_IPIS(s10)
31: ld t0, B_SUSPCALLS(s10)
    addi t0, t0, 1
    sd t0, B_SUSPCALLS(s10)
    li a0, SUSPEND_RET_DEFAULT
    li a1, 0
    li a2, 0
    SBI SBI_EXT_HSM, 3
    sd a0, B_SUSPRET(s10)
    bnez a0, 33f
    fence r, rw
    ld t0, B_WAKE(s10)
    beqz t0, 31b
    /* Woken by B's IPI: wait until its SSIP has been taken. */
32: ld t0, B_IPIS(s10)
    beq t0, s11, 32b
    sd t0, B_SEEN(s10)
33: call sec_reply
    j 1b
40: /* Non-retentive suspend: resumes at sec_resume, never here. */
    sd zero, B_WAKE(s10)
    li a0, SUSPEND_NONRET_DEFAULT
    la a1, sec_resume
    ld a2, B_ARG(s10)
    SBI SBI_EXT_HSM, 3
    sd a0, B_SUSPRET(s10)
    call sec_reply
    j 1b
50: SBI SBI_EXT_HSM, 1          /* hart_stop: never returns */
    sd a0, B_STOPRET(s10)
    call sec_reply
    j 1b

/* sec_reply: tell B (flag + IPI).  Clobbers t0, t1, a0, a1, a6, a7. */
sec_reply:
    BLOCK t0, tp
    li t1, 1
    sw t1, B_REPLYFLAG(t0)
    fence rw, rw
    la t0, scrt_boot_hart
    ld a1, 0(t0)
    li a0, 1
    SBI SBI_EXT_IPI, 0
    ret

/* ------------------------------------------------------------------ */
/* The S-mode trap handler of every hart, B included (sp = block inside). */
    .balign 4
sbi_trap:
    SMP_SSAVE
    csrr t0, scause
    li t1, CAUSE_SSI
    beq t0, t1, 10f
    li t1, CAUSE_STI
    beq t0, t1, 20f
    /* Anything else: on B, report through scrt.S's __strap; elsewhere
     * record it for B and stop this hart. */
    la t1, scrt_boot_hart
    ld t1, 0(t1)
    bne t1, tp, 1f
    SMP_SRESTORE
    j __strap
1:  sd t0, B_BADCAUSE(sp)
    csrr t0, sepc
    sd t0, B_BADEPC(sp)
    j sec_hang

10: li t0, MIP_SSIP
    csrc sip, t0
    ld t0, B_IPIS(sp)
    addi t0, t0, 1
    sd t0, B_IPIS(sp)
    la t1, scrt_boot_hart
    ld t1, 0(t1)
    bne t1, tp, 19f
    /* On B: take every hart's reply. */
    la a0, sbi_blocks
    li a1, MAX_HARTS
11: lw t0, B_REPLYFLAG(a0)
    beqz t0, 12f
    sw zero, B_REPLYFLAG(a0)
    ld t0, B_REPLIES(a0)
    addi t0, t0, 1
    sd t0, B_REPLIES(a0)
12: addi a0, a0, HART_BLOCK
    addi a1, a1, -1
    bnez a1, 11b
19: SMP_SRESTORE
    sret

20: csrr a2, time
    ld t0, B_ARMED(sp)
    bnez t0, 21f
    ld t1, B_SPUR(sp)           /* not armed: a second interrupt */
    addi t1, t1, 1
    sd t1, B_SPUR(sp)
    j 29f
21: bgeu a2, t0, 22f
    ld t1, B_EARLY(sp)          /* before its deadline */
    addi t1, t1, 1
    sd t1, B_EARLY(sp)
    mv a2, t0
22: sub t1, a2, t0
    ld t2, B_MAXLATE(sp)
    bgeu t2, t1, 23f
    sd t1, B_MAXLATE(sp)
23: ld t2, B_SUMLATE(sp)
    add t2, t2, t1
    sd t2, B_SUMLATE(sp)
    sd zero, B_ARMED(sp)
    ld t1, B_FIRED(sp)
    addi t1, t1, 1
    sd t1, B_FIRED(sp)
29: li a0, -1                   /* disarm: clears STIP */
    SBI SBI_EXT_TIME, 0
    SMP_SRESTORE
    sret

#include "fdt.h"

    .section .rodata
str_legacy: .asciz "console: legacy console_putchar works\n"

    .bss
    .balign 64
sbi_blocks: .space HART_BLOCK * MAX_HARTS
    .balign 16
sbi_stacks: .space 4096 * MAX_HARTS
