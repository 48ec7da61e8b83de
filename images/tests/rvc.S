/*
 * rvc: the RV64C compressed instructions, each written with its explicit
 * c.* mnemonic so the assembler cannot pick another encoding
 * (unprivileged spec, "C Standard Extension for Compressed Instructions").
 * Covered: c.addi4spn, c.lw/c.ld/c.sw/c.sd, c.fld/c.fsd, c.nop, c.addi,
 * c.addiw (RV64: replaces RV32's c.jal), c.li, c.addi16sp, c.lui, c.srli,
 * c.srai, c.andi, c.sub/c.xor/c.or/c.and/c.subw/c.addw, c.j, c.beqz,
 * c.bnez, c.slli, c.lwsp/c.ldsp/c.fldsp, c.swsp/c.sdsp/c.fsdsp, c.jr,
 * c.jalr (link = pc + 2), c.mv, c.add, c.ebreak; plus 32-bit instructions at
 * 2-byte-aligned addresses, which are legal when C is present.
 * Immediates are at the edges of their ranges (sign extension, scaling).
 */
#include "test.h"

    .option rvc

TEST_BEGIN rvc
    /* FP state on, for c.fld/c.fsd/c.fldsp/c.fsdsp. */
    li t0, MSTATUS_FS_INITIAL
    csrs mstatus, t0

    SECTION "CIW/CL/CS formats"
    la sp, cbuf                 /* sp = base of the data area */
    c.addi4spn s0, sp, 4
    la t1, cbuf + 4
    CHECKR s0, t1
    c.addi4spn s1, sp, 1020     /* largest offset */
    la t1, cbuf + 1020
    CHECKR s1, t1
    la a1, cdata
    c.lw a0, 0(a1)
    CHECK a0, 0xffffffff89abcdef  /* sign-extended */
    c.lw a2, 4(a1)
    CHECK a2, 0x01234567
    c.ld a3, 8(a1)
    CHECK a3, 0xfedcba9876543210
    c.lw a4, 124(a1)            /* largest c.lw offset */
    CHECK a4, 0x7c7c7c7c
    c.ld a5, 248(a1)            /* largest c.ld offset */
    CHECK a5, 0xf8f8f8f8f8f8f8f8
    la a1, cbuf
    li a0, 0x1122334455667788
    c.sd a0, 16(a1)
    c.sw a0, 28(a1)
    ld a2, 16(a1)
    CHECK a2, 0x1122334455667788
    lwu a2, 28(a1)
    CHECK a2, 0x55667788
    c.sd a0, 248(a1)
    ld a2, 248(a1)
    CHECK a2, 0x1122334455667788
    la a1, cdata
    c.fld f8, 8(a1)
    fmv.x.d a2, f8
    CHECK a2, 0xfedcba9876543210
    la a1, cbuf
    c.fsd f8, 64(a1)
    ld a2, 64(a1)
    CHECK a2, 0xfedcba9876543210

    SECTION "CI format arithmetic"
    li a0, 10
    c.nop
    c.addi a0, 31
    CHECK a0, 41
    c.addi a0, -32
    CHECK a0, 9
    li a0, 0x7fffffff
    c.addiw a0, 1               /* 32-bit wrap, sign-extended */
    CHECK a0, 0xffffffff80000000
    li a0, 0x1234567800000005
    c.addiw a0, 0               /* sext.w */
    CHECK a0, 5
    li a0, 0xffffffff
    c.addiw a0, -1
    CHECK a0, 0xfffffffffffffffe
    c.li a0, -32
    CHECK a0, -32
    c.li a0, 31
    CHECK a0, 31
    c.li a0, 0
    CHECK a0, 0
    la sp, cbuf + 512
    c.addi16sp sp, -512         /* most negative */
    la t1, cbuf
    CHECKR sp, t1
    c.addi16sp sp, 496          /* most positive */
    la t1, cbuf + 496
    CHECKR sp, t1
    c.addi16sp sp, 16
    la t1, cbuf + 512
    CHECKR sp, t1
    c.lui a0, 1
    CHECK a0, 0x1000
    c.lui a0, 0x1f
    CHECK a0, 0x1f000
    c.lui a0, 0xfffff           /* nzimm = -1 << 12, sign-extended */
    CHECK a0, 0xfffffffffffff000
    c.lui a0, 0xfffe0           /* most negative: -32 << 12 */
    CHECK a0, 0xfffffffffffe0000
    li a0, 0x8000000000000001
    c.slli a0, 1
    CHECK a0, 2
    li a0, 1
    c.slli a0, 63
    CHECK a0, 0x8000000000000000
    li a0, 0x00000000ffffffff
    c.slli a0, 32
    CHECK a0, 0xffffffff00000000

    SECTION "CB format shifts/andi and CA format"
    li s0, 0x8000000000000000
    c.srli s0, 1
    CHECK s0, 0x4000000000000000
    li s0, 0x8000000000000000
    c.srli s0, 63
    CHECK s0, 1
    li s0, 0xf0f0f0f0f0f0f0f0
    c.srli s0, 32
    CHECK s0, 0xf0f0f0f0
    li s1, 0x8000000000000000
    c.srai s1, 1
    CHECK s1, 0xc000000000000000
    li s1, 0x8000000000000000
    c.srai s1, 63
    CHECK s1, -1
    li s1, 0x7000000000000000
    c.srai s1, 60
    CHECK s1, 7
    li s1, 0xf0f0f0f0f0f0f0f0
    c.srai s1, 32
    CHECK s1, 0xfffffffff0f0f0f0
    li a2, 0x123456789abcdef0
    c.andi a2, -1
    CHECK a2, 0x123456789abcdef0
    c.andi a2, 31
    CHECK a2, 0x10
    li a2, 0x123456789abcdef7
    c.andi a2, -32              /* clears the low 5 bits */
    CHECK a2, 0x123456789abcdee0
    c.andi a2, 0
    CHECK a2, 0
    li a3, 100
    li a4, 58
    c.sub a3, a4
    CHECK a3, 42
    li a3, 0xff00ff00ff00ff00
    li a4, 0x0ff00ff00ff00ff0
    c.xor a3, a4
    CHECK a3, 0xf0f0f0f0f0f0f0f0
    c.or a3, a4
    CHECK a3, 0xfff0fff0fff0fff0
    c.and a3, a4
    CHECK a3, 0x0ff00ff00ff00ff0
    li a3, 0x0000000080000000
    li a4, 1
    c.subw a3, a4
    CHECK a3, 0x7fffffff
    li a3, 0
    c.subw a3, a4
    CHECK a3, -1
    li a3, 0x7fffffff
    c.addw a3, a4
    CHECK a3, 0xffffffff80000000
    li a3, 0x1234567800000001
    li a4, 0x9abcdef000000002
    c.addw a3, a4
    CHECK a3, 3

    SECTION "CR format"
    li a0, 0x55
    c.mv a1, a0
    CHECK a1, 0x55
    li a1, 0x123456789abcdef0
    li a2, 0x1111111111111111
    c.add a1, a2
    CHECK a1, 0x23456789abcdf001
    c.mv t6, sp
    CHECKR t6, sp

    SECTION "control transfer"
    li a0, 0
    c.j 1f
    li a0, 1
1:  CHECK a0, 0
    li a0, 0
    c.j 3f
2:  li a0, 7                    /* backward target */
    c.j 4f
3:  c.j 2b
4:  CHECK a0, 7
    li s0, 0
    li a0, 0
    c.beqz s0, 1f
    li a0, 1
1:  CHECK a0, 0
    li s0, 0x100000000          /* non-zero only above bit 31 */
    li a0, 0
    c.beqz s0, 1f
    li a0, 1
1:  CHECK a0, 1
    li a0, 0
    c.bnez s0, 1f
    li a0, 1
1:  CHECK a0, 0
    li s0, 0
    li a0, 0
    c.bnez s0, 1f
    li a0, 1
1:  CHECK a0, 1
    li a0, 0
    li s1, 5
    j 6f
5:  li a0, 9                    /* backward c.bnez target */
    j 7f
6:  c.bnez s1, 5b
7:  CHECK a0, 9
    /* c.jalr links pc + 2; c.jr does not link. */
    la a5, cj_target
    c.jalr a5
cj_ret:
    CHECK a0, 0x77
    j 8f
cj_target:
    li a0, 0x77
    CHECKA ra, cj_ret
    c.jr ra
8:

    SECTION "stack-pointer-relative loads and stores"
    la sp, cbuf + 256
    li a0, 0xa1b2c3d4e5f60718
    c.sdsp a0, 0(sp)
    c.sdsp a0, 504(sp)          /* largest c.sdsp offset */
    c.swsp a0, 252(sp)          /* largest c.swsp offset */
    c.ldsp a1, 0(sp)
    CHECK a1, 0xa1b2c3d4e5f60718
    c.ldsp a1, 504(sp)
    CHECK a1, 0xa1b2c3d4e5f60718
    c.lwsp a2, 252(sp)
    CHECK a2, 0xffffffffe5f60718
    la t1, cbuf + 256 + 252
    lwu a3, 0(t1)
    CHECK a3, 0xe5f60718
    c.fldsp f9, 0(sp)
    fmv.x.d a4, f9
    CHECK a4, 0xa1b2c3d4e5f60718
    c.fsdsp f9, 8(sp)
    ld a4, 8(sp)
    CHECK a4, 0xa1b2c3d4e5f60718
    c.fsdsp f9, 496(sp)
    c.ldsp a4, 496(sp)
    CHECK a4, 0xa1b2c3d4e5f60718
    c.lwsp a4, 4(sp)
    CHECK a4, 0xffffffffa1b2c3d4

    SECTION "32-bit instructions at 2-byte-aligned addresses"
    .balign 4
    c.nop                       /* the addi below starts at 4n + 2 */
    addi a0, zero, 123
    CHECK a0, 123
    la a1, odd_target
    andi a2, a1, 3
    CHECK a2, 2
    li a0, 0
    jalr ra, 0(a1)              /* jump to a 2-aligned 32-bit instruction */
    CHECK a0, 321
    j 9f
    .balign 4
    c.nop
odd_target:
    addi a0, zero, 321
    ret
9:

    /*
     * c.ebreak: cause 3, mepc = its address.  mtval: the privileged spec
     * lets EBREAK write either the pc or zero to mtval ("Machine Trap Value
     * Register"); QEMU 7.2 writes zero, and so must Hartsim.
     */
    SECTION "c.ebreak"
    EXPECT_TRAP 1f
cebreak_at:
    c.ebreak
1:  CHECKFW FW_RESUME, 0
    CHECKFW FW_TCAUSE, 3
    CHECKFWA FW_TEPC, cebreak_at
    CHECKFW FW_TTVAL, 0
TEST_END

    .data
    .balign 64
cdata:
    .word 0x89abcdef, 0x01234567
    .dword 0xfedcba9876543210
    .fill 112 / 4, 4, 0x7c7c7c7c    /* offsets 16..127; 124 holds 0x7c7c7c7c */
    .rept 128 / 8
    .dword 0xf8f8f8f8f8f8f8f8
    .endr
    .balign 64
cbuf:
    .space 1024
