/*
 * traps: synchronous exceptions taken in M-mode, and the xRET instructions.
 * Privileged spec references: "Machine Cause Register (mcause)" (exception
 * codes), "Machine Trap Value Register (mtval)", "Machine Exception Program
 * Counter (mepc)", "Trap-Return Instructions", "Privilege and Global
 * Interrupt-Enable Stack in mstatus register".
 *   - ecall from M, S and U: causes 11, 9, 8; mepc = the ecall; mtval = 0;
 *   - illegal instructions (32-bit and 16-bit encodings, reserved compressed
 *     encodings, an unimplemented CSR): cause 2, mtval = the instruction
 *     bits (QEMU 7.2 writes them; the spec allows 0 or the bits), only the
 *     16 bits of a compressed instruction;
 *   - ebreak: cause 3, mepc = the ebreak, mtval = 0 (QEMU 7.2 writes 0);
 *   - instruction-address-misaligned cannot happen: C is always on (misa is
 *     read-only on QEMU 7.2), every branch/jump target is 2-byte aligned and
 *     jalr clears bit 0, so an odd jalr target just runs;
 *   - access faults on addresses where nothing is mapped: instruction fetch
 *     (cause 1), load (5), store (7), mtval = the address, mepc = the
 *     faulting instruction (the target itself for a fetch);
 *   - trap entry: MPP = previous mode, MPIE = previous MIE, MIE = 0;
 *   - mret: MIE = MPIE, MPIE = 1, MPP = U (the least-privileged mode);
 *   - sret (from S, and from M, where it is legal): SIE = SPIE, SPIE = 1,
 *     SPP = U, returns to SPP's mode;
 *   - MPRV: an xRET to a mode other than M clears MPRV (privileged spec
 *     1.12, "Machine Status Register (mstatus)", "Memory Privilege in
 *     mstatus Register": "If y != M, xRET also sets MPRV=0"); QEMU 7.2 keeps
 *     MPRV across mret to S/U and across sret.  Hartsim follows the spec,
 *     so the MPRV checks after such an xRET accept both (1 = QEMU, 0 =
 *     spec); spec/xret.S checks the spec's behaviour exactly.  An mret to M
 *     keeps MPRV on both;
 *   - an access fault on an AMO is a store/AMO access fault (cause 7) in
 *     the spec (exception code table in "Machine Cause Register"); QEMU
 *     7.2 reports a load access fault (cause 5).  Both are accepted here;
 *     spec/amo.S checks cause 7.
 * Both emulators print the same output: the accepting checks record
 * QEMU's value in the signature (CHECK_ONEOF in test.h).
 */
#include "test.h"

    .option norvc

/* TST_FIELD shift, mask, exp: check (FW_TSTATUS >> shift) & mask. */
.macro TST_FIELD shift, mask, exp
    sd t1, FW_T1(gp)
    ld t1, FW_TSTATUS(gp)
    srli t1, t1, \shift
    andi t1, t1, \mask
    CHECK t1, \exp
    ld t1, FW_T1(gp)
.endm

/* TST_FIELD_ONEOF shift, mask, a, b: the same, either value accepted
 * (a = QEMU 7.2's, b = the spec's; see CHECK_ONEOF). */
.macro TST_FIELD_ONEOF shift, mask, a, b
    sd t1, FW_T1(gp)
    ld t1, FW_TSTATUS(gp)
    srli t1, t1, \shift
    andi t1, t1, \mask
    CHECK_ONEOF t1, \a, \b
    ld t1, FW_T1(gp)
.endm

TEST_BEGIN traps
    SECTION "ecall from M, S, U"
    EXPECT_TRAP 1f
ecall_m:
    ecall
1:  CHECK_TRAP 11, 0
    CHECKFWA FW_TEPC, ecall_m
    TST_FIELD 11, 3, 3          /* MPP = M */
    MODE_S
    EXPECT_TRAP 1f
ecall_s:
    ecall
1:  CHECK_TRAP 9, 0             /* checked in S-mode, where the trap resumed: */
    CHECKFWA FW_TEPC, ecall_s   /* the ecall of MODE_M would overwrite the record */
    TST_FIELD 11, 3, 1          /* MPP = S */
    MODE_M
    MODE_U
    EXPECT_TRAP 1f
ecall_u:
    ecall
1:  CHECK_TRAP 8, 0
    CHECKFWA FW_TEPC, ecall_u
    TST_FIELD 11, 3, 0          /* MPP = U */
    MODE_M

    SECTION "illegal instructions"
    EXPECT_TRAP 1f
ill_0:
    .word 0xc0001073            /* unimp = csrrw x0, cycle, x0: writes a read-only CSR */
1:  CHECK_TRAP_INSN 2, ill_0
    CHECKFWA FW_TEPC, ill_0
    EXPECT_TRAP 1f
ill_1:
    .word 0x0000000b            /* custom-0 major opcode */
1:  CHECK_TRAP_INSN 2, ill_1
    EXPECT_TRAP 1f
ill_2:
    .word 0xfe000033            /* OP with funct7 = 0x7f */
1:  CHECK_TRAP_INSN 2, ill_2
    EXPECT_TRAP 1f
ill_3:
    csrr a0, 0x7c0              /* a custom M-mode CSR number QEMU does not implement */
1:  CHECK_TRAP_INSN 2, ill_3
    EXPECT_TRAP 1f
ill_4:
    .word 0x00000073 | (0x7ff << 20)   /* SYSTEM, funct3 0, unknown funct12 */
1:  CHECK_TRAP_INSN 2, ill_4
    /* 16-bit encodings: mtval holds only the 16 instruction bits. */
    EXPECT_TRAP 1f
ill_c0:
    .half 0x0000                /* the all-zero halfword is defined illegal */
    .half 0x0001                /* (c.nop, never reached) */
1:  CHECK_TRAP 2, 0
    CHECKFWA FW_TEPC, ill_c0
    EXPECT_TRAP 1f
ill_c1:
    .half 0x0010                /* c.addi4spn with nzuimm = 0: reserved */
    .half 0x0001
1:  CHECK_TRAP_INSN16 2, ill_c1
    EXPECT_TRAP 1f
ill_c2:
    .half 0x4002                /* c.lwsp with rd = x0: reserved */
    .half 0x0001
1:  CHECK_TRAP_INSN16 2, ill_c2
    EXPECT_TRAP 1f
ill_c3:
    .half 0x8002                /* c.jr with rs1 = x0: reserved */
    .half 0x0001
1:  CHECK_TRAP_INSN16 2, ill_c3
    EXPECT_TRAP 1f
ill_c4:
    .half 0x6101 & ~0x107c      /* c.addi16sp with nzimm = 0: reserved */
    .half 0x0001
1:  CHECK_TRAP_INSN16 2, ill_c4

    SECTION "ebreak"
    EXPECT_TRAP 1f
ebreak_at:
    ebreak
1:  CHECK_TRAP 3, 0
    CHECKFWA FW_TEPC, ebreak_at

    SECTION "jump targets: odd jalr targets lose bit 0, 2-aligned ones run"
    la t1, jt_target
    addi t1, t1, 1
    li a0, 0
    jalr ra, 0(t1)
    CHECK a0, 5
    la t1, jt_target2
    andi a1, t1, 3
    CHECK a1, 2
    li a0, 0
    jalr ra, 0(t1)
    CHECK a0, 6

    SECTION "access faults"
    EXPECT_TRAP 1f
    li t1, 0
    jalr ra, 0(t1)              /* fetch from 0: nothing mapped there */
1:  CHECK_TRAP 1, 0
    CHECKFW FW_TEPC, 0
    EXPECT_TRAP 1f
    li t1, 0x100000000000       /* 16 TiB: beyond any RAM or device */
    jalr ra, 0(t1)
1:  CHECK_TRAP 1, 0x100000000000
    CHECKFW FW_TEPC, 0x100000000000
    EXPECT_TRAP 1f
    li t1, 0x100000000008
ld_fault:
    ld a0, -8(t1)
1:  CHECK_TRAP 5, 0x100000000000
    CHECKFWA FW_TEPC, ld_fault
    EXPECT_TRAP 1f
    li t1, 0x20
    lw a0, 4(t1)
1:  CHECK_TRAP 5, 0x24
    EXPECT_TRAP 1f
    li t1, 0x100000000000
st_fault:
    sd a0, 16(t1)
1:  CHECK_TRAP 7, 0x100000000010
    CHECKFWA FW_TEPC, st_fault
    EXPECT_TRAP 1f
    li t1, 0x10
    sb a0, 0(t1)
1:  CHECK_TRAP 7, 0x10
    EXPECT_TRAP 1f
    li t1, 0x100000000000
    /* The spec makes an access fault on an AMO a store/AMO access fault
     * (cause 7, privileged spec "Machine Cause Register (mcause)"); QEMU
     * 7.2 reports a load access fault (cause 5), as it reports misaligned
     * AMOs as load-address-misaligned (see amo.S).  Hartsim follows the
     * spec: both accepted; spec/amo.S checks cause 7. */
    amoadd.w a0, a0, (t1)
1:  CHECK_TRAP_ONEOF 5, 7, 0x100000000000

    SECTION "mret to M: MIE = MPIE, MPIE = 1, MPP = U, MPRV kept"
    li t0, MSTATUS_MIE | MSTATUS_MPRV | MSTATUS_SPP | MSTATUS_SIE | MSTATUS_SPIE
    csrc mstatus, t0
    li t0, MSTATUS_MPP | MSTATUS_MPIE
    csrs mstatus, t0            /* MPP = M, MPIE = 1, MIE = 0 (mie = 0: no interrupt can fire) */
    la t0, 1f
    csrw mepc, t0
    mret
1:  csrr a0, mstatus
    li t0, MSTATUS_MIE | MSTATUS_MPIE | MSTATUS_MPP | MSTATUS_MPRV
    and a0, a0, t0
    CHECK a0, MSTATUS_MIE | MSTATUS_MPIE
    /* Now MPIE = 0 with MIE = 1, and MPRV = 1 (harmless: MPP = M). */
    li t0, MSTATUS_MPIE
    csrc mstatus, t0
    li t0, MSTATUS_MPP | MSTATUS_MPRV
    csrs mstatus, t0
    la t0, 1f
    csrw mepc, t0
    mret
1:  csrr a0, mstatus
    /* Clear MPRV before anything else: with MPP = U now, M-mode loads and
     * stores would be done with U privilege. */
    li t0, MSTATUS_MPRV
    csrc mstatus, t0
    li t0, MSTATUS_MIE | MSTATUS_MPIE | MSTATUS_MPP | MSTATUS_MPRV
    and a0, a0, t0
    CHECK a0, MSTATUS_MPIE | MSTATUS_MPRV

    SECTION "mret to S and U (MPRV: QEMU 7.2 keeps it, the spec clears it); trap entry saves MIE in MPIE"
    li t0, MSTATUS_MPP
    csrc mstatus, t0
    li t0, MSTATUS_MPP_S | MSTATUS_MPIE | MSTATUS_MPRV
    csrs mstatus, t0
    la t0, 1f
    csrw mepc, t0
    mret
1:  csrr a0, sstatus            /* S-mode now */
    andi a0, a0, MSTATUS_SIE | MSTATUS_SPIE | MSTATUS_SPP
    CHECK a0, 0
    MODE_M
    TST_FIELD 11, 3, 1          /* came from S */
    TST_FIELD 7, 1, 1           /* MPIE = the MIE that mret set from MPIE = 1 */
    TST_FIELD 3, 1, 0           /* MIE = 0 on trap entry */
    TST_FIELD_ONEOF 17, 1, 1, 0 /* MPRV: kept by QEMU 7.2, cleared per spec 1.12 */
    li t0, MSTATUS_MPP | MSTATUS_MPIE
    csrc mstatus, t0            /* MPP = U, MPIE = 0 */
    li t0, MSTATUS_MPRV
    csrs mstatus, t0
    la t0, 1f
    csrw mepc, t0
    mret
1:  MODE_M                      /* from U */
    TST_FIELD 11, 3, 0
    TST_FIELD 7, 1, 0           /* MIE was 0 in U */
    TST_FIELD_ONEOF 17, 1, 1, 0 /* MPRV: kept by QEMU 7.2, cleared per spec */
    li t0, MSTATUS_MPRV
    csrc mstatus, t0

    SECTION "sret from S to U and from S to S"
    MODE_S
    li t0, MSTATUS_SPP | MSTATUS_SIE
    csrc sstatus, t0
    li t0, MSTATUS_SPIE
    csrs sstatus, t0            /* SPP = U, SPIE = 1, SIE = 0 */
    la t0, 1f
    csrw sepc, t0
    sret
1:  MODE_M                      /* from U */
    TST_FIELD 11, 3, 0          /* the sret went to U */
    TST_FIELD 1, 1, 1           /* SIE = old SPIE */
    TST_FIELD 5, 1, 1           /* SPIE = 1 */
    TST_FIELD 8, 1, 0           /* SPP = U */
    MODE_S
    li t0, MSTATUS_SPP | MSTATUS_SIE
    csrs sstatus, t0
    li t0, MSTATUS_SPIE
    csrc sstatus, t0            /* SPP = S, SPIE = 0, SIE = 1 */
    la t0, 1f
    csrw sepc, t0
    sret
1:  csrr a0, sstatus            /* still S */
    andi a0, a0, MSTATUS_SIE | MSTATUS_SPIE | MSTATUS_SPP
    CHECK a0, MSTATUS_SPIE
    MODE_M
    TST_FIELD 11, 3, 1

    SECTION "sret executed in M-mode returns to SPP (MPRV: QEMU 7.2 keeps it, the spec clears it)"
    li t0, MSTATUS_SPP | MSTATUS_MPP | MSTATUS_MPRV
    csrs mstatus, t0            /* SPP = S, MPP = M, MPRV = 1 */
    la t0, 1f
    csrw sepc, t0
    sret
1:  MODE_M
    TST_FIELD 11, 3, 1          /* the ecall came from S */
    TST_FIELD_ONEOF 17, 1, 1, 0 /* MPRV: kept by QEMU 7.2, cleared per spec 1.12 */
    li t0, MSTATUS_MPRV
    csrc mstatus, t0
TEST_END

    .balign 4
jt_target:
    li a0, 5
    ret
    .balign 4
    .option rvc
    c.nop
    .option norvc
jt_target2:
    li a0, 6
    ret
