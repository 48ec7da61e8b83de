/*
 * spec/amo: exception causes of misaligned and faulting atomics, exactly as
 * the RISC-V spec gives them.  Hartsim only: QEMU 7.2 departs from the spec
 * here (it reports cause 4 for misaligned AMOs and cause 5 for an access
 * fault on an AMO), so this image fails on QEMU by design and is not part
 * of the differential comparison (see images/tests/README.md).
 *   - privileged spec, "Machine Cause Register (mcause)", table of
 *     exception codes: 4 = load address misaligned, 5 = load access fault,
 *     6 = store/AMO address misaligned, 7 = store/AMO access fault;
 *   - unprivileged spec, "A" chapter: LR is a load (misaligned: 4, access
 *     fault: 5); an AMO or SC "raises a store/AMO exception" (misaligned:
 *     6, access fault: 7), also when only the read part would fail;
 *   - xtval = the faulting address; rd and memory are left untouched.
 * Where the spec leaves a choice, Hartsim makes QEMU's and so does this
 * image: a misaligned AMO raises the address-misaligned exception (the A
 * chapter would also allow an access fault), and an SC holding a valid
 * reservation attempts its write (so on a region it may not write it
 * faults rather than just failing).  The differential images amo.S and
 * traps.S accept both QEMU's and the spec's causes for the same cases.
 */
#include "test.h"

    .option norvc

#define P_NAPOT 0x18
#define P_R     0x01
#define P_W     0x02
#define P_X     0x04

/* MIS insn, off, cause: `insn a0, a3, (amobuf + off)` (or `insn a0,
 * (amobuf + off)` for LR) must trap with cause, mtval = the address, and
 * leave a0 alone. */
.macro MIS off, cause, insn:vararg
    la a5, amobuf + \off
    li a0, 0x5a
    EXPECT_TRAP 1f
    \insn
1:  CHECK_TRAPA \cause, amobuf + \off
    CHECK a0, 0x5a
.endm

/* FAR cause, insn: an atomic on FARADDR (nothing mapped) traps. */
#define FARADDR 0x100000000000
.macro FAR cause, insn:vararg
    li a5, FARADDR
    li a0, 0x5a
    EXPECT_TRAP 1f
    \insn
1:  CHECK_TRAP \cause, FARADDR
    CHECK a0, 0x5a
.endm

TEST_BEGIN spec_amo
    la a1, amobuf
    li t0, 0x1122334455667788
    sd t0, 0(a1)
    sd t0, 8(a1)
    li a3, -1

    SECTION "misaligned LR: load address misaligned (4)"
    MIS 2, 4, lr.w a0, (a5)
    MIS 4, 4, lr.d a0, (a5)
    MIS 1, 4, lr.d.aqrl a0, (a5)

    SECTION "misaligned AMOs: store/AMO address misaligned (6)"
    MIS 2, 6, amoadd.w a0, a3, (a5)
    MIS 1, 6, amoswap.w a0, a3, (a5)
    MIS 3, 6, amoor.w.aq a0, a3, (a5)
    MIS 6, 6, amoxor.w a0, a3, (a5)
    MIS 1, 6, amomin.w.rl a0, a3, (a5)
    MIS 4, 6, amoswap.d a0, a3, (a5)
    MIS 2, 6, amoadd.d a0, a3, (a5)
    MIS 1, 6, amomaxu.d a0, a3, (a5)
    MIS 7, 6, amominu.d a0, a3, (a5)
    MIS 6, 6, amoand.d.aqrl a0, a3, (a5)
    MIS 3, 6, amomax.d a0, a3, (a5)
    ld a0, 0(a1)                /* memory untouched */
    CHECK a0, 0x1122334455667788
    ld a0, 8(a1)
    CHECK a0, 0x1122334455667788

    SECTION "misaligned AMO from U-mode: 6 as well"
    MODE_U
    MIS 4, 6, amoadd.d a0, a3, (a5)
    MIS 2, 4, lr.w a0, (a5)
    MODE_M

    SECTION "access fault on an AMO (nothing mapped): store/AMO access fault (7)"
    FAR 7, amoadd.w a0, a3, (a5)
    FAR 7, amoswap.d a0, a3, (a5)
    FAR 7, amoor.d a0, a3, (a5)
    FAR 7, amomax.w a0, a3, (a5)
    FAR 5, lr.d a0, (a5)        /* LR is a load: 5 */
    li a5, 0x20                 /* nothing mapped at 0x20 either */
    li a0, 0x5a
    EXPECT_TRAP 1f
    amoand.d a0, a3, (a5)
1:  CHECK_TRAP 7, 0x20
    CHECK a0, 0x5a

    /*
     * A PMP region that S may read but not write (entry 0, NAPOT over
     * pR, R only; entry 1 covers everything else, RWX).  An AMO there is
     * a store/AMO access fault (its write is not permitted); an LR works
     * and sets a reservation, and the SC that then must write faults too.
     */
    SECTION "AMO and SC on a read-only PMP region (from S): 7"
    la t0, pR
    li t1, 0x600d
    sd t1, 0(t0)
    li t0, -1
    csrw pmpaddr1, t0
    la t0, pR
    srli t0, t0, 2
    ori t0, t0, 0x1ff           /* NAPOT 4 KiB */
    csrw pmpaddr0, t0
    li t0, (P_NAPOT | P_R) | ((P_NAPOT | P_R | P_W | P_X) << 8)
    csrw pmpcfg0, t0
    sfence.vma
    MODE_S
    la a5, pR
    li a0, 0x5a
    EXPECT_TRAP 1f
    amoadd.d a0, a3, (a5)
1:  CHECK_TRAPA 7, pR
    CHECK a0, 0x5a
    la a5, pR + 8
    EXPECT_TRAP 1f
    amoswap.w a0, a3, (a5)
1:  CHECK_TRAPA 7, pR + 8
    la a5, pR
    EXPECT_TRAP 1f
    lr.d a0, (a5)               /* reads are allowed */
1:  CHECK_NOTRAP
    CHECK a0, 0x600d
    li a2, 0x77
    EXPECT_TRAP 1f
    sc.d a2, a3, (a5)           /* reservation held: the write is attempted */
1:  CHECK_TRAPA 7, pR
    CHECK a2, 0x77              /* rd untouched */
    ld a0, 0(a5)
    CHECK a0, 0x600d            /* memory untouched */
    MODE_M
    li t0, -1
    csrw pmpaddr0, t0           /* back to crt.S's entry 0: everything, RWX */
    li t0, P_NAPOT | P_R | P_W | P_X
    csrw pmpcfg0, t0
    sfence.vma
TEST_END

    .data
    .balign 64
amobuf:
    .dword 0, 0

    .bss
    .balign 4096
pR: .space 4096
