/*
 * rv64i: the RV64I base integer instructions.
 *   - register-register and register-immediate ALU ops, shifts (shift amounts
 *     use only the low 6 bits, 5 for the W forms), set-less-than signed and
 *     unsigned, logical ops;
 *   - the *W forms, which compute on the low 32 bits and sign-extend the
 *     32-bit result to 64 bits (unprivileged spec, "RV64I Base Integer
 *     Instruction Set", "Integer Computational Instructions");
 *   - lui/auipc (the 20-bit immediate is sign-extended on RV64);
 *   - every conditional branch taken and not taken, forwards and backwards;
 *   - jal/jalr link values, jalr clearing bit 0 of the target, jalr with
 *     rd == rs1 (the target uses the old rs1);
 *   - x0 is hard-wired to zero, rd == rs aliasing.
 * Expected values were computed independently of any emulator (a small
 * Python model of the instructions) and then confirmed on QEMU 7.2.
 */
#include "test.h"

    .option norvc

/* RR op, a, b, exp: a0 = op(a1 = a, a2 = b). */
.macro RR op, a, b, exp
    li a1, \a
    li a2, \b
    \op a0, a1, a2
    CHECK a0, \exp
.endm

/* RI op, a, imm, exp: a0 = op(a1 = a, imm). */
.macro RI op, a, imm, exp
    li a1, \a
    \op a0, a1, \imm
    CHECK a0, \exp
.endm

/*
 * BR op, a, b, taken: run the branch forwards; a0 = 2 if taken, 1 if not.
 * Then the same branch backwards (to a label before it), so both offset
 * signs are exercised.
 */
.macro BR op, a, b, taken
    li a1, \a
    li a2, \b
    li a0, 0
    \op a1, a2, 1f
    li a0, 1
    j 2f
1:  li a0, 2
2:  CHECK a0, (1 + \taken)
    li a0, 0
    j 4f
3:  li a0, 2                    /* backward target */
    j 5f
4:  \op a1, a2, 3b
    li a0, 1
5:  CHECK a0, (1 + \taken)
.endm

TEST_BEGIN rv64i
    SECTION "register-register and register-immediate ALU"
    // add
    RR add, 0x0, 0x0, 0x0
    RR add, 0x1, 0x1, 0x2
    RR add, 0xffffffffffffffff, 0x1, 0x0
    RR add, 0x7fffffffffffffff, 0x1, 0x8000000000000000
    RR add, 0x8000000000000000, 0xffffffffffffffff, 0x7fffffffffffffff
    RR add, 0x123456789abcdef0, 0xfedcba9876543210, 0x1111111111111100
    RR add, 0xffffffff, 0x1, 0x100000000
    RR add, 0x7fffffff, 0x1, 0x80000000
    RR add, 0x5, 0xfffffffffffffffb, 0x0
    RR add, 0x8000000000000000, 0x8000000000000000, 0x0
    // sub
    RR sub, 0x0, 0x0, 0x0
    RR sub, 0x1, 0x1, 0x0
    RR sub, 0xffffffffffffffff, 0x1, 0xfffffffffffffffe
    RR sub, 0x7fffffffffffffff, 0x1, 0x7ffffffffffffffe
    RR sub, 0x8000000000000000, 0xffffffffffffffff, 0x8000000000000001
    RR sub, 0x123456789abcdef0, 0xfedcba9876543210, 0x13579be02468ace0
    RR sub, 0xffffffff, 0x1, 0xfffffffe
    RR sub, 0x7fffffff, 0x1, 0x7ffffffe
    RR sub, 0x5, 0xfffffffffffffffb, 0xa
    RR sub, 0x8000000000000000, 0x8000000000000000, 0x0
    RR sub, 0x0, 0x1, 0xffffffffffffffff
    RR sub, 0x8000000000000000, 0x1, 0x7fffffffffffffff
    // sll
    RR sll, 0x123456789abcdef0, 0x0, 0x123456789abcdef0
    RR sll, 0x123456789abcdef0, 0x1, 0x2468acf13579bde0
    RR sll, 0x123456789abcdef0, 0x4, 0x23456789abcdef00
    RR sll, 0x8000000000000001, 0x3f, 0x8000000000000000
    RR sll, 0x8000000000000001, 0x1f, 0x80000000
    RR sll, 0x8000000000000001, 0x20, 0x100000000
    RR sll, 0xfedcba9876543210, 0x45, 0xdb97530eca864200
    RR sll, 0xffffffffffffffff, 0x21, 0xfffffffe00000000
    RR sll, 0x80000000, 0xffffffffffffffc1, 0x100000000
    // srl
    RR srl, 0x123456789abcdef0, 0x0, 0x123456789abcdef0
    RR srl, 0x123456789abcdef0, 0x1, 0x91a2b3c4d5e6f78
    RR srl, 0x123456789abcdef0, 0x4, 0x123456789abcdef
    RR srl, 0x8000000000000001, 0x3f, 0x1
    RR srl, 0x8000000000000001, 0x1f, 0x100000000
    RR srl, 0x8000000000000001, 0x20, 0x80000000
    RR srl, 0xfedcba9876543210, 0x45, 0x7f6e5d4c3b2a190
    RR srl, 0xffffffffffffffff, 0x21, 0x7fffffff
    RR srl, 0x80000000, 0xffffffffffffffc1, 0x40000000
    // sra
    RR sra, 0x123456789abcdef0, 0x0, 0x123456789abcdef0
    RR sra, 0x123456789abcdef0, 0x1, 0x91a2b3c4d5e6f78
    RR sra, 0x123456789abcdef0, 0x4, 0x123456789abcdef
    RR sra, 0x8000000000000001, 0x3f, 0xffffffffffffffff
    RR sra, 0x8000000000000001, 0x1f, 0xffffffff00000000
    RR sra, 0x8000000000000001, 0x20, 0xffffffff80000000
    RR sra, 0xfedcba9876543210, 0x45, 0xfff6e5d4c3b2a190
    RR sra, 0xffffffffffffffff, 0x21, 0xffffffffffffffff
    RR sra, 0x80000000, 0xffffffffffffffc1, 0x40000000
    RR sra, 0x7fffffffffffffff, 0x3e, 0x1
    // slt
    RR slt, 0x0, 0x0, 0x0
    RR slt, 0x0, 0x1, 0x1
    RR slt, 0x1, 0x0, 0x0
    RR slt, 0xffffffffffffffff, 0x0, 0x1
    RR slt, 0x0, 0xffffffffffffffff, 0x0
    RR slt, 0x8000000000000000, 0x7fffffffffffffff, 0x1
    RR slt, 0x7fffffffffffffff, 0x8000000000000000, 0x0
    RR slt, 0xffffffffffffffff, 0xffffffffffffffff, 0x0
    RR slt, 0xfffffffffffffffb, 0xfffffffffffffffc, 0x1
    RR slt, 0xffffffff, 0x100000000, 0x1
    // sltu
    RR sltu, 0x0, 0x0, 0x0
    RR sltu, 0x0, 0x1, 0x1
    RR sltu, 0x1, 0x0, 0x0
    RR sltu, 0xffffffffffffffff, 0x0, 0x0
    RR sltu, 0x0, 0xffffffffffffffff, 0x1
    RR sltu, 0x8000000000000000, 0x7fffffffffffffff, 0x0
    RR sltu, 0x7fffffffffffffff, 0x8000000000000000, 0x1
    RR sltu, 0xffffffffffffffff, 0xffffffffffffffff, 0x0
    RR sltu, 0xfffffffffffffffb, 0xfffffffffffffffc, 0x1
    RR sltu, 0xffffffff, 0x100000000, 0x1
    // xor
    RR xor, 0x123456789abcdef0, 0xfedcba9876543210, 0xece8ece0ece8ece0
    RR xor, 0xffffffffffffffff, 0xff00ff00ff00ff0, 0xf00ff00ff00ff00f
    RR xor, 0x0, 0x5555555555555555, 0x5555555555555555
    RR xor, 0xaaaaaaaaaaaaaaaa, 0x5555555555555555, 0xffffffffffffffff
    // or
    RR or, 0x123456789abcdef0, 0xfedcba9876543210, 0xfefcfef8fefcfef0
    RR or, 0xffffffffffffffff, 0xff00ff00ff00ff0, 0xffffffffffffffff
    RR or, 0x0, 0x5555555555555555, 0x5555555555555555
    RR or, 0xaaaaaaaaaaaaaaaa, 0x5555555555555555, 0xffffffffffffffff
    // and
    RR and, 0x123456789abcdef0, 0xfedcba9876543210, 0x1214121812141210
    RR and, 0xffffffffffffffff, 0xff00ff00ff00ff0, 0xff00ff00ff00ff0
    RR and, 0x0, 0x5555555555555555, 0x0
    RR and, 0xaaaaaaaaaaaaaaaa, 0x5555555555555555, 0x0
    // addw
    RR addw, 0x0, 0x0, 0x0
    RR addw, 0x7fffffff, 0x1, 0xffffffff80000000
    RR addw, 0xffffffff, 0x1, 0x0
    RR addw, 0x80000000, 0xffffffffffffffff, 0x7fffffff
    RR addw, 0x123456789abcdef0, 0xfedcba9876543210, 0x11111100
    RR addw, 0x100000000, 0x1, 0x1
    RR addw, 0xffffffff00000000, 0x7fffffff, 0x7fffffff
    RR addw, 0x80000000, 0x80000000, 0x0
    // subw
    RR subw, 0x0, 0x0, 0x0
    RR subw, 0x7fffffff, 0x1, 0x7ffffffe
    RR subw, 0xffffffff, 0x1, 0xfffffffffffffffe
    RR subw, 0x80000000, 0xffffffffffffffff, 0xffffffff80000001
    RR subw, 0x123456789abcdef0, 0xfedcba9876543210, 0x2468ace0
    RR subw, 0x100000000, 0x1, 0xffffffffffffffff
    RR subw, 0xffffffff00000000, 0x7fffffff, 0xffffffff80000001
    RR subw, 0x80000000, 0x80000000, 0x0
    RR subw, 0x0, 0x1, 0xffffffffffffffff
    RR subw, 0x80000000, 0x1, 0x7fffffff
    // sllw
    RR sllw, 0x12345678, 0x0, 0x12345678
    RR sllw, 0x12345678, 0x4, 0x23456780
    RR sllw, 0xffffffff00000001, 0x1f, 0xffffffff80000000
    RR sllw, 0x80000001, 0x1, 0x2
    RR sllw, 0x9abcdef0, 0x10, 0xffffffffdef00000
    RR sllw, 0x12345678, 0x23, 0xffffffff91a2b3c0
    RR sllw, 0xfedcba9876543210, 0x23, 0xffffffffb2a19080
    RR sllw, 0x80000000, 0x1f, 0x0
    // srlw
    RR srlw, 0x12345678, 0x0, 0x12345678
    RR srlw, 0x12345678, 0x4, 0x1234567
    RR srlw, 0xffffffff00000001, 0x1f, 0x0
    RR srlw, 0x80000001, 0x1, 0x40000000
    RR srlw, 0x9abcdef0, 0x10, 0x9abc
    RR srlw, 0x12345678, 0x23, 0x2468acf
    RR srlw, 0xfedcba9876543210, 0x23, 0xeca8642
    RR srlw, 0x80000000, 0x1f, 0x1
    // sraw
    RR sraw, 0x12345678, 0x0, 0x12345678
    RR sraw, 0x12345678, 0x4, 0x1234567
    RR sraw, 0xffffffff00000001, 0x1f, 0x0
    RR sraw, 0x80000001, 0x1, 0xffffffffc0000000
    RR sraw, 0x9abcdef0, 0x10, 0xffffffffffff9abc
    RR sraw, 0x12345678, 0x23, 0x2468acf
    RR sraw, 0xfedcba9876543210, 0x23, 0xeca8642
    RR sraw, 0x80000000, 0x1f, 0xffffffffffffffff
    // addi
    RI addi, 0x0, 0, 0x0
    RI addi, 0x1, -1, 0x0
    RI addi, 0xffffffffffffffff, 1, 0x0
    RI addi, 0x7fffffffffffffff, 1, 0x8000000000000000
    RI addi, 0x123456789abcdef0, 2047, 0x123456789abce6ef
    RI addi, 0x123456789abcdef0, -2048, 0x123456789abcd6f0
    RI addi, 0x80000000, -1, 0x7fffffff
    RI addi, 0xffffffff, 1, 0x100000000
    // slti
    RI slti, 0x0, 0, 0x0
    RI slti, 0x0, 1, 0x1
    RI slti, 0x1, 0, 0x0
    RI slti, 0xffffffffffffffff, 0, 0x1
    RI slti, 0x0, -1, 0x0
    RI slti, 0xffffffffffffffff, -1, 0x0
    RI slti, 0x8000000000000000, -2048, 0x1
    RI slti, 0x5, 2047, 0x1
    RI slti, 0xfffffffffffff7ff, -2048, 0x1
    // sltiu
    RI sltiu, 0x0, 0, 0x0
    RI sltiu, 0x0, 1, 0x1
    RI sltiu, 0x1, 1, 0x0
    RI sltiu, 0xffffffffffffffff, 0, 0x0
    RI sltiu, 0x0, -1, 0x1
    RI sltiu, 0xfffffffffffffffe, -1, 0x1
    RI sltiu, 0xffffffffffffffff, -1, 0x0
    RI sltiu, 0x7ff, 2047, 0x0
    RI sltiu, 0x1, -2048, 0x1
    // xori
    RI xori, 0x123456789abcdef0, -1, 0xedcba9876543210f
    RI xori, 0x123456789abcdef0, 2047, 0x123456789abcd90f
    RI xori, 0x0, -2048, 0xfffffffffffff800
    RI xori, 0xffffffffffffffff, 1365, 0xfffffffffffffaaa
    // ori
    RI ori, 0x123456789abcdef0, -1, 0xffffffffffffffff
    RI ori, 0x123456789abcdef0, 2047, 0x123456789abcdfff
    RI ori, 0x0, -2048, 0xfffffffffffff800
    RI ori, 0x8000000000000000, 1365, 0x8000000000000555
    // andi
    RI andi, 0x123456789abcdef0, -1, 0x123456789abcdef0
    RI andi, 0x123456789abcdef0, 2047, 0x6f0
    RI andi, 0xffffffffffffffff, -2048, 0xfffffffffffff800
    RI andi, 0x8000000000000000, 1365, 0x0
    // slli
    RI slli, 0x123456789abcdef0, 0, 0x123456789abcdef0
    RI slli, 0x123456789abcdef0, 1, 0x2468acf13579bde0
    RI slli, 0x8000000000000001, 63, 0x8000000000000000
    RI slli, 0x8000000000000001, 32, 0x100000000
    RI slli, 0xfedcba9876543210, 31, 0x3b2a190800000000
    RI slli, 0xffffffffffffffff, 17, 0xfffffffffffe0000
    // srli
    RI srli, 0x123456789abcdef0, 0, 0x123456789abcdef0
    RI srli, 0x123456789abcdef0, 1, 0x91a2b3c4d5e6f78
    RI srli, 0x8000000000000001, 63, 0x1
    RI srli, 0x8000000000000001, 32, 0x80000000
    RI srli, 0xfedcba9876543210, 31, 0x1fdb97530
    RI srli, 0xffffffffffffffff, 17, 0x7fffffffffff
    // srai
    RI srai, 0x123456789abcdef0, 0, 0x123456789abcdef0
    RI srai, 0x123456789abcdef0, 1, 0x91a2b3c4d5e6f78
    RI srai, 0x8000000000000001, 63, 0xffffffffffffffff
    RI srai, 0x8000000000000001, 32, 0xffffffff80000000
    RI srai, 0xfedcba9876543210, 31, 0xfffffffffdb97530
    RI srai, 0xffffffffffffffff, 17, 0xffffffffffffffff
    // addiw
    RI addiw, 0x0, 0, 0x0
    RI addiw, 0x7fffffff, 1, 0xffffffff80000000
    RI addiw, 0xffffffff, 1, 0x0
    RI addiw, 0x80000000, -1, 0x7fffffff
    RI addiw, 0x123456789abcdef0, 2047, 0xffffffff9abce6ef
    RI addiw, 0xfffffffff0000000, -2048, 0xffffffffeffff800
    RI addiw, 0x100000000, 0, 0x0
    // slliw
    RI slliw, 0x12345678, 0, 0x12345678
    RI slliw, 0x12345678, 4, 0x23456780
    RI slliw, 0xffffffff00000001, 31, 0xffffffff80000000
    RI slliw, 0x80000001, 1, 0x2
    RI slliw, 0x9abcdef0, 16, 0xffffffffdef00000
    RI slliw, 0xfedcba9876543210, 3, 0xffffffffb2a19080
    // srliw
    RI srliw, 0x12345678, 0, 0x12345678
    RI srliw, 0x12345678, 4, 0x1234567
    RI srliw, 0xffffffff00000001, 31, 0x0
    RI srliw, 0x80000001, 1, 0x40000000
    RI srliw, 0x9abcdef0, 16, 0x9abc
    RI srliw, 0xfedcba9876543210, 3, 0xeca8642
    // sraiw
    RI sraiw, 0x12345678, 0, 0x12345678
    RI sraiw, 0x12345678, 4, 0x1234567
    RI sraiw, 0xffffffff00000001, 31, 0x0
    RI sraiw, 0x80000001, 1, 0xffffffffc0000000
    RI sraiw, 0x9abcdef0, 16, 0xffffffffffff9abc
    RI sraiw, 0xfedcba9876543210, 3, 0xeca8642

    SECTION "operand aliasing and x0"
    li a0, 40
    li a1, 2
    add a0, a0, a1              /* rd == rs1 */
    CHECK a0, 42
    li a1, 2
    sub a1, a0, a1              /* rd == rs2 */
    CHECK a1, 40
    li a2, 21
    add a2, a2, a2              /* rs1 == rs2 == rd */
    CHECK a2, 42
    li a3, 7
    addi x0, a3, 5              /* writes to x0 are discarded */
    add a4, x0, x0
    CHECK a4, 0
    mv a4, x0
    CHECK a4, 0
    lui x0, 0x12345
    or a5, x0, x0
    CHECK a5, 0
    sub a6, x0, a3              /* neg */
    CHECK a6, -7
    sltu a6, x0, a3             /* snez */
    CHECK a6, 1
    seqz a6, a3
    CHECK a6, 0
    seqz a6, x0
    CHECK a6, 1
    not a6, a3
    CHECK a6, -8
    sext.w a6, a1               /* addiw rd, rs, 0 */
    CHECK a6, 40
    li a6, 0x00000000deadbeef
    sext.w a6, a6
    CHECK a6, 0xffffffffdeadbeef
    negw a6, a3
    CHECK a6, -7

    SECTION "lui and auipc"
    lui a0, 0
    CHECK a0, 0
    lui a0, 0x12345
    CHECK a0, 0x12345000
    lui a0, 0x7ffff
    CHECK a0, 0x7ffff000
    lui a0, 0x80000             /* bit 31 set: sign-extended on RV64 */
    CHECK a0, 0xffffffff80000000
    lui a0, 0xfffff
    CHECK a0, 0xfffffffffffff000
    /* auipc adds the (sign-extended) immediate << 12 to its own address. */
auipc_0:
    auipc a0, 0
    CHECKA a0, auipc_0
auipc_1:
    auipc a0, 1
    la a1, auipc_1
    li a2, 0x1000
    add a1, a1, a2
    CHECKR a0, a1
auipc_2:
    auipc a0, 0x80000           /* pc - 2^31 */
    la a1, auipc_2
    li a2, 0xffffffff80000000
    add a1, a1, a2
    CHECKR a0, a1
auipc_3:
    auipc a0, 0xfffff           /* pc - 4096 */
    la a1, auipc_3
    addi a1, a1, -2048
    addi a1, a1, -2048
    CHECKR a0, a1

    SECTION "conditional branches"
    BR beq, 0, 0, 1
    BR beq, 1, 0, 0
    BR beq, 0x8000000000000000, 0, 0
    BR beq, -1, -1, 1
    BR bne, 0, 0, 0
    BR bne, 1, 0, 1
    BR bne, 0x100000000, 0, 1
    BR blt, 0, 1, 1
    BR blt, 1, 0, 0
    BR blt, -1, 0, 1
    BR blt, 0, -1, 0
    BR blt, 5, 5, 0
    BR blt, 0x8000000000000000, 0x7fffffffffffffff, 1
    BR bge, 0, 1, 0
    BR bge, 1, 0, 1
    BR bge, -1, 0, 0
    BR bge, 5, 5, 1
    BR bge, 0x7fffffffffffffff, 0x8000000000000000, 1
    BR bltu, 0, 1, 1
    BR bltu, 1, 0, 0
    BR bltu, -1, 0, 0
    BR bltu, 0, -1, 1
    BR bltu, 5, 5, 0
    BR bltu, 0x7fffffffffffffff, 0x8000000000000000, 1
    BR bgeu, 0, 1, 0
    BR bgeu, 1, 0, 1
    BR bgeu, -1, 0, 1
    BR bgeu, 0, -1, 0
    BR bgeu, 5, 5, 1
    BR bgeu, 0xffffffff, 0x100000000, 0

    /* A long branch: the target is more than 2 KiB away (13-bit offset). */
    li a0, 0
    beq zero, zero, far_fwd
    li a0, 1
far_back:
    j far_done
    .skip 3000, 0
far_fwd:
    li a0, 2
    beq zero, zero, far_back
far_done:
    CHECK a0, 2

    SECTION "jal and jalr"
    li ra, 0
    jal ra, jal_tgt
jal_ret:
    j 1f
jal_tgt:
    CHECKA ra, jal_ret          /* link = address of the next instruction */
    ret
1:
    /* jal with rd = x0 (j) does not link; jal to another rd. */
    li t1, 0x55
    jal t1, 2f
2:  CHECKA t1, 2b
    /* jalr: target = (rs1 + imm) & ~1 (bit 0 cleared). */
    la t2, jalr_tgt
    addi t2, t2, -7
    li a0, 0
    jalr ra, 8(t2)              /* jalr_tgt + 1: bit 0 cleared */
jalr_ret:
    j 3f
jalr_tgt:
    li a0, 9
    CHECKA ra, jalr_ret
    ret
3:  CHECK a0, 9
    /* jalr with rd == rs1: the target is computed from the old value. */
    la t3, jalr_same_tgt
    jalr t3, 0(t3)
jalr_same_ret:
    j 4f
jalr_same_tgt:
    CHECKA t3, jalr_same_ret
    jr t3
4:
    /* Negative jalr offset. */
    la t4, jalr_neg_tgt
    addi t4, t4, 100
    jalr t5, -100(t4)
jalr_neg_ret:
    j 5f
jalr_neg_tgt:
    CHECKA t5, jalr_neg_ret
    jr t5
5:
    /* Backward jal. */
    li a0, 0
    j 7f
6:  li a0, 3
    j 8f
7:  jal zero, 6b
8:  CHECK a0, 3

    SECTION "fence and fence.i are accepted"
    fence
    fence rw, rw
    fence.i
    li a0, 1
    CHECK a0, 1
TEST_END
