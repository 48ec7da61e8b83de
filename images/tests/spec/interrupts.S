/*
 * spec/interrupts: priority among simultaneously pending interrupts
 * destined for the same privilege mode (privileged spec 3.1.9, "Machine
 * Interrupt Registers (mip and mie)": "Multiple simultaneous interrupts
 * destined for M-mode are handled in the following decreasing priority
 * order: MEI, MSI, MTI, SEI, SSI, STI, LCOFI"; 4.1.3: for S-mode "SEI, SSI,
 * STI, LCOFI").  Hartsim only: QEMU 7.2 takes the lowest cause number
 * first, so this image fails there by design (see images/tests/README.md);
 * interrupts.S accepts both orders.
 *   - M: all seven pending and enabled at once (MEI from the UART's THRE
 *     interrupt through the PLIC, MSI from the CLINT's msip, MTI from
 *     mtimecmp = 0, and SEI, SSI, STI, LCOFI written into mip by M-mode),
 *     none delegated; each handler run disables its own bit in mie, so
 *     the log holds the order in which they were taken;
 *   - S: SEI, SSI, STI, LCOFI delegated and pending, taken in S-mode.
 */
#include "test.h"

    .option norvc

#define I_SAVE0   (FW_USER + 0)
#define I_SAVE1   (FW_USER + 8)
#define I_NLOG    (FW_USER + 16)

#define PLIC_BASE      0x0c000000
#define PLIC_ENABLE0   (PLIC_BASE + 0x2000)     /* context 0: hart 0, M-mode */
#define PLIC_CTX0      (PLIC_BASE + 0x200000)   /* threshold, claim at +4 */
#define UART_IRQ       10

#define MIP_SSIP   (1 << 1)
#define MIP_MSIP   (1 << 3)
#define MIP_STIP   (1 << 5)
#define MIP_MTIP   (1 << 7)
#define MIP_SEIP   (1 << 9)
#define MIP_MEIP   (1 << 11)
#define MIP_LCOFIP (1 << 13)
#define ALL_M  (MIP_MEIP | MIP_MSIP | MIP_MTIP | MIP_SEIP | MIP_SSIP | MIP_STIP | MIP_LCOFIP)
#define ALL_S  (MIP_SEIP | MIP_SSIP | MIP_STIP | MIP_LCOFIP)
#define INT    0x8000000000000000

/* LOG i, cause, sym: log entry i is interrupt `cause`, taken at sym. */
.macro LOG i, cause, sym
    la t1, ilog + 16 * \i
    ld t2, 0(t1)
    CHECK t2, INT | \cause
    ld t2, 8(t1)
    CHECKA t2, \sym
.endm

/* WAIT_PENDING bits: poll mip until all `bits` are set (bounded). */
.macro WAIT_PENDING bits
    li t2, 2000000
    li t0, \bits
1:  csrr t1, mip
    and t1, t1, t0
    beq t1, t0, 2f
    addi t2, t2, -1
    bnez t2, 1b
2:
.endm

TEST_BEGIN spec_interrupts
    csrw mie, zero
    csrw mideleg, zero
    sd zero, I_NLOG(gp)

    SECTION "M-mode: MEI, MSI, MTI, SEI, SSI, STI, LCOFI"
    /* MEI: the UART's transmitter-empty interrupt, source 10, to context 0. */
    li t1, PLIC_BASE + 4 * UART_IRQ
    li t0, 1
    sw t0, 0(t1)                /* priority 1 */
    li t1, PLIC_ENABLE0
    li t0, 1 << UART_IRQ
    sw t0, 0(t1)
    li t1, PLIC_CTX0
    sw zero, 0(t1)              /* threshold 0 */
    li t1, UART_BASE
    li t0, 0x02
    sb t0, 1(t1)                /* IER: THRE interrupt */
    /* MSI and MTI from the CLINT. */
    li t1, CLINT_BASE
    li t0, 1
    sw t0, 0(t1)
    li t1, CLINT_MTIMECMP
    sd zero, 0(t1)
    /* The S-level ones and LCOFI, written by M. */
    li t0, MIP_SEIP | MIP_SSIP | MIP_STIP | MIP_LCOFIP
    csrs mip, t0
    WAIT_PENDING ALL_M
    csrr a0, mip
    li t0, ALL_M
    and a0, a0, t0
    CHECK a0, ALL_M
    la t0, mhandler
    csrw mtvec, t0
    li t0, ALL_M
    csrw mie, t0
    csrsi mstatus, MSTATUS_MIE
m_after:
    csrci mstatus, MSTATUS_MIE
    RESTORE_MTVEC
    CHECKFW I_NLOG, 7
    LOG 0, 11, m_after
    LOG 1, 3, m_after
    LOG 2, 7, m_after
    LOG 3, 9, m_after
    LOG 4, 1, m_after
    LOG 5, 5, m_after
    LOG 6, 13, m_after
    csrr a0, mie
    CHECK a0, 0                 /* each handler disabled its own */
    /* Clear every source. */
    li t1, UART_BASE
    sb zero, 1(t1)              /* IER = 0 */
    li t1, PLIC_CTX0
    lw t0, 4(t1)                /* claim */
    sw t0, 4(t1)                /* complete */
    li t1, PLIC_ENABLE0
    sw zero, 0(t1)
    li t1, CLINT_BASE
    sw zero, 0(t1)
    li t1, CLINT_MTIMECMP
    li t0, -1
    sd t0, 0(t1)
    li t0, MIP_SEIP | MIP_SSIP | MIP_STIP | MIP_LCOFIP
    csrc mip, t0
    li t2, 2000000              /* wait for the device lines to drop */
1:  csrr a0, mip
    beqz a0, 2f
    addi t2, t2, -1
    bnez t2, 1b
2:  CHECK a0, 0

    SECTION "S-mode: SEI, SSI, STI, LCOFI"
    sd zero, I_NLOG(gp)
    la t0, shandler
    csrw stvec, t0
    li t0, ALL_S
    csrw mideleg, t0
    csrw mie, t0
    csrs mip, t0
    li t0, MSTATUS_SIE          /* M: delegated interrupts stay masked */
    csrs mstatus, t0
    li t0, MSTATUS_MPP
    csrc mstatus, t0
    li t0, MSTATUS_MPP_S
    csrs mstatus, t0
    la t0, s_after
    csrw mepc, t0
    mret                        /* to S with SIE = 1: all four are taken */
s_after:
    csrci sstatus, MSTATUS_SIE
    MODE_M
    CHECKFW I_NLOG, 4
    LOG 0, 9, s_after
    LOG 1, 1, s_after
    LOG 2, 5, s_after
    LOG 3, 13, s_after
    csrr a0, mie
    CHECK a0, 0
    li t0, ALL_S
    csrc mip, t0
    csrw mideleg, zero
TEST_END

/* mhandler: log mcause and mepc, disable the interrupt in mie, return.
 * Exceptions go to the framework's handler. */
    .balign 4
mhandler:
    sd t0, I_SAVE0(gp)
    sd t1, I_SAVE1(gp)
    csrr t0, mcause
    bgez t0, 9f
    ld t1, I_NLOG(gp)
    addi t0, t1, 1
    sd t0, I_NLOG(gp)
    slli t1, t1, 4
    la t0, ilog
    add t1, t1, t0
    csrr t0, mcause
    sd t0, 0(t1)
    csrr t0, mepc
    sd t0, 8(t1)
    csrr t0, mcause
    li t1, 1
    sll t1, t1, t0              /* shift amount: the low 6 bits, the cause */
    csrc mie, t1
    ld t1, I_SAVE1(gp)
    ld t0, I_SAVE0(gp)
    mret
9:  ld t1, I_SAVE1(gp)
    ld t0, I_SAVE0(gp)
    j __mtrap

/* shandler: the same in S-mode (sie). */
    .balign 4
shandler:
    sd t0, I_SAVE0(gp)
    sd t1, I_SAVE1(gp)
    csrr t0, scause
    bgez t0, 9f
    ld t1, I_NLOG(gp)
    addi t0, t1, 1
    sd t0, I_NLOG(gp)
    slli t1, t1, 4
    la t0, ilog
    add t1, t1, t0
    csrr t0, scause
    sd t0, 0(t1)
    csrr t0, sepc
    sd t0, 8(t1)
    csrr t0, scause
    li t1, 1
    sll t1, t1, t0
    csrc sie, t1
    ld t1, I_SAVE1(gp)
    ld t0, I_SAVE0(gp)
    sret
9:  ld t1, I_SAVE1(gp)
    ld t0, I_SAVE0(gp)
    j __strap

    .bss
    .balign 8
ilog:
    .space 16 * 16
