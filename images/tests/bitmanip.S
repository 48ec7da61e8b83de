/*
 * bitmanip: every instruction of Zba, Zbb, Zbc and Zbs (RISC-V Bit-Manipulation
 * ISA-extensions 1.0.0), all of which QEMU 7.2's default rv64 CPU implements
 * (its riscv,isa string lists zba_zbb_zbc_zbs).
 *   Zba: add.uw, sh{1,2,3}add, sh{1,2,3}add.uw, slli.uw (the .uw forms
 *        zero-extend the low 32 bits of rs1 before shifting/adding);
 *   Zbb: andn/orn/xnor, clz/ctz/cpop and their W forms (counting in the low
 *        32 bits; clz(0) = 64, clzw(0) = 32), min/max signed and unsigned,
 *        sext.b/sext.h/zext.h, rol/ror/rori and W forms (shift amounts mod
 *        64 / mod 32, W results sign-extended), orc.b, rev8;
 *   Zbc: clmul (low half), clmulh (high half), clmulr (bits 126..63 of the
 *        128-bit carry-less product);
 *   Zbs: bclr/bset/binv/bext and immediate forms (index mod 64).
 * Expected values come from a Python model written from the specification.
 */
#include "test.h"

    .option norvc

.macro RR op, a, b, exp
    li a1, \a
    li a2, \b
    \op a0, a1, a2
    CHECK a0, \exp
.endm
.macro RI op, a, imm, exp
    li a1, \a
    \op a0, a1, \imm
    CHECK a0, \exp
.endm
.macro R1 op, a, exp
    li a1, \a
    \op a0, a1
    CHECK a0, \exp
.endm

TEST_BEGIN bitmanip
    SECTION "Zba"
    // add.uw
    RR add.uw, 0x123456789abcdef0, 0xfedcba9876543210, 0xfedcba9911111100
    RR add.uw, 0xffffffffffffffff, 0x1, 0x100000000
    RR add.uw, 0x80000000ffffffff, 0x7fffffff00000001, 0x8000000000000000
    RR add.uw, 0x0, 0xffffffffffffffff, 0xffffffffffffffff
    RR add.uw, 0xffffffff, 0x8000000000000000, 0x80000000ffffffff
    RR add.uw, 0x1, 0x3f, 0x40
    RR add.uw, 0xdeadbeefcafebabe, 0x41, 0xcafebaff
    // sh1add
    RR sh1add, 0x123456789abcdef0, 0xfedcba9876543210, 0x23456789abcdeff0
    RR sh1add, 0xffffffffffffffff, 0x1, 0xffffffffffffffff
    RR sh1add, 0x80000000ffffffff, 0x7fffffff00000001, 0x80000000ffffffff
    RR sh1add, 0x0, 0xffffffffffffffff, 0xffffffffffffffff
    RR sh1add, 0xffffffff, 0x8000000000000000, 0x80000001fffffffe
    RR sh1add, 0x1, 0x3f, 0x41
    RR sh1add, 0xdeadbeefcafebabe, 0x41, 0xbd5b7ddf95fd75bd
    // sh2add
    RR sh2add, 0x123456789abcdef0, 0xfedcba9876543210, 0x47ae147ae147add0
    RR sh2add, 0xffffffffffffffff, 0x1, 0xfffffffffffffffd
    RR sh2add, 0x80000000ffffffff, 0x7fffffff00000001, 0x80000002fffffffd
    RR sh2add, 0x0, 0xffffffffffffffff, 0xffffffffffffffff
    RR sh2add, 0xffffffff, 0x8000000000000000, 0x80000003fffffffc
    RR sh2add, 0x1, 0x3f, 0x43
    RR sh2add, 0xdeadbeefcafebabe, 0x41, 0x7ab6fbbf2bfaeb39
    // sh3add
    RR sh3add, 0x123456789abcdef0, 0xfedcba9876543210, 0x907f6e5d4c3b2990
    RR sh3add, 0xffffffffffffffff, 0x1, 0xfffffffffffffff9
    RR sh3add, 0x80000000ffffffff, 0x7fffffff00000001, 0x80000006fffffff9
    RR sh3add, 0x0, 0xffffffffffffffff, 0xffffffffffffffff
    RR sh3add, 0xffffffff, 0x8000000000000000, 0x80000007fffffff8
    RR sh3add, 0x1, 0x3f, 0x47
    RR sh3add, 0xdeadbeefcafebabe, 0x41, 0xf56df77e57f5d631
    // sh1add.uw
    RR sh1add.uw, 0x123456789abcdef0, 0xfedcba9876543210, 0xfedcba99abcdeff0
    RR sh1add.uw, 0xffffffffffffffff, 0x1, 0x1ffffffff
    RR sh1add.uw, 0x80000000ffffffff, 0x7fffffff00000001, 0x80000000ffffffff
    RR sh1add.uw, 0x0, 0xffffffffffffffff, 0xffffffffffffffff
    RR sh1add.uw, 0xffffffff, 0x8000000000000000, 0x80000001fffffffe
    RR sh1add.uw, 0x1, 0x3f, 0x41
    RR sh1add.uw, 0xdeadbeefcafebabe, 0x41, 0x195fd75bd
    // sh2add.uw
    RR sh2add.uw, 0x123456789abcdef0, 0xfedcba9876543210, 0xfedcba9ae147add0
    RR sh2add.uw, 0xffffffffffffffff, 0x1, 0x3fffffffd
    RR sh2add.uw, 0x80000000ffffffff, 0x7fffffff00000001, 0x80000002fffffffd
    RR sh2add.uw, 0x0, 0xffffffffffffffff, 0xffffffffffffffff
    RR sh2add.uw, 0xffffffff, 0x8000000000000000, 0x80000003fffffffc
    RR sh2add.uw, 0x1, 0x3f, 0x43
    RR sh2add.uw, 0xdeadbeefcafebabe, 0x41, 0x32bfaeb39
    // sh3add.uw
    RR sh3add.uw, 0x123456789abcdef0, 0xfedcba9876543210, 0xfedcba9d4c3b2990
    RR sh3add.uw, 0xffffffffffffffff, 0x1, 0x7fffffff9
    RR sh3add.uw, 0x80000000ffffffff, 0x7fffffff00000001, 0x80000006fffffff9
    RR sh3add.uw, 0x0, 0xffffffffffffffff, 0xffffffffffffffff
    RR sh3add.uw, 0xffffffff, 0x8000000000000000, 0x80000007fffffff8
    RR sh3add.uw, 0x1, 0x3f, 0x47
    RR sh3add.uw, 0xdeadbeefcafebabe, 0x41, 0x657f5d631
    // slli.uw
    RI slli.uw, 0x123456789abcdef0, 0, 0x9abcdef0
    RI slli.uw, 0x123456789abcdef0, 4, 0x9abcdef00
    RI slli.uw, 0xffffffffffffffff, 31, 0x7fffffff80000000
    RI slli.uw, 0xffffffffffffffff, 32, 0xffffffff00000000
    RI slli.uw, 0x80000001, 63, 0x8000000000000000
    RI slli.uw, 0xfedcba9880000000, 1, 0x100000000
    SECTION "Zbb"
    // andn
    RR andn, 0x123456789abcdef0, 0xfedcba9876543210, 0x20446088a8cce0
    RR andn, 0xffffffffffffffff, 0x1, 0xfffffffffffffffe
    RR andn, 0x80000000ffffffff, 0x7fffffff00000001, 0x80000000fffffffe
    RR andn, 0x0, 0xffffffffffffffff, 0x0
    RR andn, 0xffffffff, 0x8000000000000000, 0xffffffff
    RR andn, 0x1, 0x3f, 0x0
    RR andn, 0xdeadbeefcafebabe, 0x41, 0xdeadbeefcafebabe
    // orn
    RR orn, 0x123456789abcdef0, 0xfedcba9876543210, 0x1337577f9bbfdfff
    RR orn, 0xffffffffffffffff, 0x1, 0xffffffffffffffff
    RR orn, 0x80000000ffffffff, 0x7fffffff00000001, 0x80000000ffffffff
    RR orn, 0x0, 0xffffffffffffffff, 0x0
    RR orn, 0xffffffff, 0x8000000000000000, 0x7fffffffffffffff
    RR orn, 0x1, 0x3f, 0xffffffffffffffc1
    RR orn, 0xdeadbeefcafebabe, 0x41, 0xffffffffffffffbe
    // xnor
    RR xnor, 0x123456789abcdef0, 0xfedcba9876543210, 0x1317131f1317131f
    RR xnor, 0xffffffffffffffff, 0x1, 0x1
    RR xnor, 0x80000000ffffffff, 0x7fffffff00000001, 0x1
    RR xnor, 0x0, 0xffffffffffffffff, 0x0
    RR xnor, 0xffffffff, 0x8000000000000000, 0x7fffffff00000000
    RR xnor, 0x1, 0x3f, 0xffffffffffffffc1
    RR xnor, 0xdeadbeefcafebabe, 0x41, 0x2152411035014500
    // max
    RR max, 0x123456789abcdef0, 0xfedcba9876543210, 0x123456789abcdef0
    RR max, 0xffffffffffffffff, 0x1, 0x1
    RR max, 0x80000000ffffffff, 0x7fffffff00000001, 0x7fffffff00000001
    RR max, 0x0, 0xffffffffffffffff, 0x0
    RR max, 0xffffffff, 0x8000000000000000, 0xffffffff
    RR max, 0x1, 0x3f, 0x3f
    RR max, 0xdeadbeefcafebabe, 0x41, 0x41
    // maxu
    RR maxu, 0x123456789abcdef0, 0xfedcba9876543210, 0xfedcba9876543210
    RR maxu, 0xffffffffffffffff, 0x1, 0xffffffffffffffff
    RR maxu, 0x80000000ffffffff, 0x7fffffff00000001, 0x80000000ffffffff
    RR maxu, 0x0, 0xffffffffffffffff, 0xffffffffffffffff
    RR maxu, 0xffffffff, 0x8000000000000000, 0x8000000000000000
    RR maxu, 0x1, 0x3f, 0x3f
    RR maxu, 0xdeadbeefcafebabe, 0x41, 0xdeadbeefcafebabe
    // min
    RR min, 0x123456789abcdef0, 0xfedcba9876543210, 0xfedcba9876543210
    RR min, 0xffffffffffffffff, 0x1, 0xffffffffffffffff
    RR min, 0x80000000ffffffff, 0x7fffffff00000001, 0x80000000ffffffff
    RR min, 0x0, 0xffffffffffffffff, 0xffffffffffffffff
    RR min, 0xffffffff, 0x8000000000000000, 0x8000000000000000
    RR min, 0x1, 0x3f, 0x1
    RR min, 0xdeadbeefcafebabe, 0x41, 0xdeadbeefcafebabe
    // minu
    RR minu, 0x123456789abcdef0, 0xfedcba9876543210, 0x123456789abcdef0
    RR minu, 0xffffffffffffffff, 0x1, 0x1
    RR minu, 0x80000000ffffffff, 0x7fffffff00000001, 0x7fffffff00000001
    RR minu, 0x0, 0xffffffffffffffff, 0x0
    RR minu, 0xffffffff, 0x8000000000000000, 0xffffffff
    RR minu, 0x1, 0x3f, 0x1
    RR minu, 0xdeadbeefcafebabe, 0x41, 0x41
    // clz
    R1 clz, 0x0, 0x40
    R1 clz, 0x1, 0x3f
    R1 clz, 0xffffffffffffffff, 0x0
    R1 clz, 0x8000000000000000, 0x0
    R1 clz, 0xffffffff, 0x20
    R1 clz, 0x80000000, 0x20
    R1 clz, 0x100000000, 0x1f
    R1 clz, 0x123456789abcdef0, 0x3
    R1 clz, 0xf00000000000, 0x10
    R1 clz, 0xf0000, 0x2c
    R1 clz, 0xffffffff00000000, 0x0
    R1 clz, 0x7f, 0x39
    R1 clz, 0x80, 0x38
    R1 clz, 0xff7f, 0x30
    R1 clz, 0x8000, 0x30
    // clzw
    R1 clzw, 0x0, 0x20
    R1 clzw, 0x1, 0x1f
    R1 clzw, 0xffffffffffffffff, 0x0
    R1 clzw, 0x8000000000000000, 0x20
    R1 clzw, 0xffffffff, 0x0
    R1 clzw, 0x80000000, 0x0
    R1 clzw, 0x100000000, 0x20
    R1 clzw, 0x123456789abcdef0, 0x0
    R1 clzw, 0xf00000000000, 0x20
    R1 clzw, 0xf0000, 0xc
    R1 clzw, 0xffffffff00000000, 0x20
    R1 clzw, 0x7f, 0x19
    R1 clzw, 0x80, 0x18
    R1 clzw, 0xff7f, 0x10
    R1 clzw, 0x8000, 0x10
    // ctz
    R1 ctz, 0x0, 0x40
    R1 ctz, 0x1, 0x0
    R1 ctz, 0xffffffffffffffff, 0x0
    R1 ctz, 0x8000000000000000, 0x3f
    R1 ctz, 0xffffffff, 0x0
    R1 ctz, 0x80000000, 0x1f
    R1 ctz, 0x100000000, 0x20
    R1 ctz, 0x123456789abcdef0, 0x4
    R1 ctz, 0xf00000000000, 0x2c
    R1 ctz, 0xf0000, 0x10
    R1 ctz, 0xffffffff00000000, 0x20
    R1 ctz, 0x7f, 0x0
    R1 ctz, 0x80, 0x7
    R1 ctz, 0xff7f, 0x0
    R1 ctz, 0x8000, 0xf
    /*
     * ctzw.  QEMU 7.2 gets ctzw wrong when the low 32 bits are zero and the
     * upper 32 bits are not: it returns the 64-bit trailing-zero count
     * (ctzw(0x8000000000000000) gives 63 instead of 32).  Inputs that would
     * expose that bug are left out here because the differential test
     * compares Hartsim with QEMU; the inputs below still cover 0 -> 32 and
     * upper-half garbage with a non-zero low half.
     */
    R1 ctzw, 0xffffffff00000010, 4
    R1 ctzw, 0x0, 0x20
    R1 ctzw, 0x1, 0x0
    R1 ctzw, 0xffffffffffffffff, 0x0
    R1 ctzw, 0xffffffff, 0x0
    R1 ctzw, 0x80000000, 0x1f
    R1 ctzw, 0x100000000, 0x20
    R1 ctzw, 0x123456789abcdef0, 0x4
    R1 ctzw, 0xf0000, 0x10
    R1 ctzw, 0xffffffff00000000, 0x20
    R1 ctzw, 0x7f, 0x0
    R1 ctzw, 0x80, 0x7
    R1 ctzw, 0xff7f, 0x0
    R1 ctzw, 0x8000, 0xf
    // cpop
    R1 cpop, 0x0, 0x0
    R1 cpop, 0x1, 0x1
    R1 cpop, 0xffffffffffffffff, 0x40
    R1 cpop, 0x8000000000000000, 0x1
    R1 cpop, 0xffffffff, 0x20
    R1 cpop, 0x80000000, 0x1
    R1 cpop, 0x100000000, 0x1
    R1 cpop, 0x123456789abcdef0, 0x20
    R1 cpop, 0xf00000000000, 0x4
    R1 cpop, 0xf0000, 0x4
    R1 cpop, 0xffffffff00000000, 0x20
    R1 cpop, 0x7f, 0x7
    R1 cpop, 0x80, 0x1
    R1 cpop, 0xff7f, 0xf
    R1 cpop, 0x8000, 0x1
    // cpopw
    R1 cpopw, 0x0, 0x0
    R1 cpopw, 0x1, 0x1
    R1 cpopw, 0xffffffffffffffff, 0x20
    R1 cpopw, 0x8000000000000000, 0x0
    R1 cpopw, 0xffffffff, 0x20
    R1 cpopw, 0x80000000, 0x1
    R1 cpopw, 0x100000000, 0x0
    R1 cpopw, 0x123456789abcdef0, 0x13
    R1 cpopw, 0xf00000000000, 0x0
    R1 cpopw, 0xf0000, 0x4
    R1 cpopw, 0xffffffff00000000, 0x0
    R1 cpopw, 0x7f, 0x7
    R1 cpopw, 0x80, 0x1
    R1 cpopw, 0xff7f, 0xf
    R1 cpopw, 0x8000, 0x1
    // sext.b
    R1 sext.b, 0x0, 0x0
    R1 sext.b, 0x1, 0x1
    R1 sext.b, 0xffffffffffffffff, 0xffffffffffffffff
    R1 sext.b, 0x8000000000000000, 0x0
    R1 sext.b, 0xffffffff, 0xffffffffffffffff
    R1 sext.b, 0x80000000, 0x0
    R1 sext.b, 0x100000000, 0x0
    R1 sext.b, 0x123456789abcdef0, 0xfffffffffffffff0
    R1 sext.b, 0xf00000000000, 0x0
    R1 sext.b, 0xf0000, 0x0
    R1 sext.b, 0xffffffff00000000, 0x0
    R1 sext.b, 0x7f, 0x7f
    R1 sext.b, 0x80, 0xffffffffffffff80
    R1 sext.b, 0xff7f, 0x7f
    R1 sext.b, 0x8000, 0x0
    // sext.h
    R1 sext.h, 0x0, 0x0
    R1 sext.h, 0x1, 0x1
    R1 sext.h, 0xffffffffffffffff, 0xffffffffffffffff
    R1 sext.h, 0x8000000000000000, 0x0
    R1 sext.h, 0xffffffff, 0xffffffffffffffff
    R1 sext.h, 0x80000000, 0x0
    R1 sext.h, 0x100000000, 0x0
    R1 sext.h, 0x123456789abcdef0, 0xffffffffffffdef0
    R1 sext.h, 0xf00000000000, 0x0
    R1 sext.h, 0xf0000, 0x0
    R1 sext.h, 0xffffffff00000000, 0x0
    R1 sext.h, 0x7f, 0x7f
    R1 sext.h, 0x80, 0x80
    R1 sext.h, 0xff7f, 0xffffffffffffff7f
    R1 sext.h, 0x8000, 0xffffffffffff8000
    // zext.h
    R1 zext.h, 0x0, 0x0
    R1 zext.h, 0x1, 0x1
    R1 zext.h, 0xffffffffffffffff, 0xffff
    R1 zext.h, 0x8000000000000000, 0x0
    R1 zext.h, 0xffffffff, 0xffff
    R1 zext.h, 0x80000000, 0x0
    R1 zext.h, 0x100000000, 0x0
    R1 zext.h, 0x123456789abcdef0, 0xdef0
    R1 zext.h, 0xf00000000000, 0x0
    R1 zext.h, 0xf0000, 0x0
    R1 zext.h, 0xffffffff00000000, 0x0
    R1 zext.h, 0x7f, 0x7f
    R1 zext.h, 0x80, 0x80
    R1 zext.h, 0xff7f, 0xff7f
    R1 zext.h, 0x8000, 0x8000
    // orc.b
    R1 orc.b, 0x0, 0x0
    R1 orc.b, 0x1, 0xff
    R1 orc.b, 0xffffffffffffffff, 0xffffffffffffffff
    R1 orc.b, 0x8000000000000000, 0xff00000000000000
    R1 orc.b, 0xffffffff, 0xffffffff
    R1 orc.b, 0x80000000, 0xff000000
    R1 orc.b, 0x100000000, 0xff00000000
    R1 orc.b, 0x123456789abcdef0, 0xffffffffffffffff
    R1 orc.b, 0xf00000000000, 0xff0000000000
    R1 orc.b, 0xf0000, 0xff0000
    R1 orc.b, 0xffffffff00000000, 0xffffffff00000000
    R1 orc.b, 0x7f, 0xff
    R1 orc.b, 0x80, 0xff
    R1 orc.b, 0xff7f, 0xffff
    R1 orc.b, 0x8000, 0xff00
    // rev8
    R1 rev8, 0x0, 0x0
    R1 rev8, 0x1, 0x100000000000000
    R1 rev8, 0xffffffffffffffff, 0xffffffffffffffff
    R1 rev8, 0x8000000000000000, 0x80
    R1 rev8, 0xffffffff, 0xffffffff00000000
    R1 rev8, 0x80000000, 0x8000000000
    R1 rev8, 0x100000000, 0x1000000
    R1 rev8, 0x123456789abcdef0, 0xf0debc9a78563412
    R1 rev8, 0xf00000000000, 0xf00000
    R1 rev8, 0xf0000, 0xf0000000000
    R1 rev8, 0xffffffff00000000, 0xffffffff
    R1 rev8, 0x7f, 0x7f00000000000000
    R1 rev8, 0x80, 0x8000000000000000
    R1 rev8, 0xff7f, 0x7fff000000000000
    R1 rev8, 0x8000, 0x80000000000000
    // rol
    RR rol, 0x123456789abcdef0, 0x0, 0x123456789abcdef0
    RR rol, 0x123456789abcdef0, 0x4, 0x23456789abcdef01
    RR rol, 0x8000000000000001, 0x1, 0x3
    RR rol, 0x8000000000000001, 0x3f, 0xc000000000000000
    RR rol, 0x123456789abcdef0, 0x48, 0x3456789abcdef012
    RR rol, 0xf0000001, 0x1f, 0x7800000080000000
    RR rol, 0xf0000001, 0x20, 0xf000000100000000
    RR rol, 0xfedcba9812345678, 0x23, 0x91a2b3c7f6e5d4c0
    // ror
    RR ror, 0x123456789abcdef0, 0x0, 0x123456789abcdef0
    RR ror, 0x123456789abcdef0, 0x4, 0x123456789abcdef
    RR ror, 0x8000000000000001, 0x1, 0xc000000000000000
    RR ror, 0x8000000000000001, 0x3f, 0x3
    RR ror, 0x123456789abcdef0, 0x48, 0xf0123456789abcde
    RR ror, 0xf0000001, 0x1f, 0xe000000200000001
    RR ror, 0xf0000001, 0x20, 0xf000000100000000
    RR ror, 0xfedcba9812345678, 0x23, 0x2468acf1fdb9753
    // rolw
    RR rolw, 0x123456789abcdef0, 0x0, 0xffffffff9abcdef0
    RR rolw, 0x123456789abcdef0, 0x4, 0xffffffffabcdef09
    RR rolw, 0x8000000000000001, 0x1, 0x2
    RR rolw, 0x8000000000000001, 0x3f, 0xffffffff80000000
    RR rolw, 0x123456789abcdef0, 0x48, 0xffffffffbcdef09a
    RR rolw, 0xf0000001, 0x1f, 0xfffffffff8000000
    RR rolw, 0xf0000001, 0x20, 0xfffffffff0000001
    RR rolw, 0xfedcba9812345678, 0x23, 0xffffffff91a2b3c0
    // rorw
    RR rorw, 0x123456789abcdef0, 0x0, 0xffffffff9abcdef0
    RR rorw, 0x123456789abcdef0, 0x4, 0x9abcdef
    RR rorw, 0x8000000000000001, 0x1, 0xffffffff80000000
    RR rorw, 0x8000000000000001, 0x3f, 0x2
    RR rorw, 0x123456789abcdef0, 0x48, 0xfffffffff09abcde
    RR rorw, 0xf0000001, 0x1f, 0xffffffffe0000003
    RR rorw, 0xf0000001, 0x20, 0xfffffffff0000001
    RR rorw, 0xfedcba9812345678, 0x23, 0x2468acf
    // rori
    RI rori, 0x123456789abcdef0, 0, 0x123456789abcdef0
    RI rori, 0x123456789abcdef0, 4, 0x123456789abcdef
    RI rori, 0x8000000000000001, 1, 0xc000000000000000
    RI rori, 0x8000000000000001, 63, 0x3
    RI rori, 0xf0000001, 32, 0xf000000100000000
    // roriw
    RI roriw, 0x123456789abcdef0, 0, 0xffffffff9abcdef0
    RI roriw, 0x123456789abcdef0, 4, 0x9abcdef
    RI roriw, 0x80000001, 1, 0xffffffffc0000000
    RI roriw, 0x80000001, 31, 0x3
    RI roriw, 0xffffffff00000002, 1, 0x1
    SECTION "Zbc"
    // clmul
    RR clmul, 0x123456789abcdef0, 0xfedcba9876543210, 0xa0789828c810f00
    RR clmul, 0xffffffffffffffff, 0xffffffffffffffff, 0x5555555555555555
    RR clmul, 0x8000000000000000, 0x8000000000000000, 0x0
    RR clmul, 0x1, 0x8000000000000001, 0x8000000000000001
    RR clmul, 0x3, 0x3, 0x5
    RR clmul, 0xdeadbeefcafebabe, 0x123456789abcdef, 0xf099825fe2af618a
    RR clmul, 0x0, 0xffffffffffffffff, 0x0
    // clmulh
    RR clmulh, 0x123456789abcdef0, 0xfedcba9876543210, 0xe038d8688850b04
    RR clmulh, 0xffffffffffffffff, 0xffffffffffffffff, 0x5555555555555555
    RR clmulh, 0x8000000000000000, 0x8000000000000000, 0x4000000000000000
    RR clmulh, 0x1, 0x8000000000000001, 0x0
    RR clmulh, 0x3, 0x3, 0x0
    RR clmulh, 0xdeadbeefcafebabe, 0x123456789abcdef, 0xc42fde8b6b5592
    RR clmulh, 0x0, 0xffffffffffffffff, 0x0
    // clmulr
    RR clmulr, 0x123456789abcdef0, 0xfedcba9876543210, 0x1c071b0d110a1608
    RR clmulr, 0xffffffffffffffff, 0xffffffffffffffff, 0xaaaaaaaaaaaaaaaa
    RR clmulr, 0x8000000000000000, 0x8000000000000000, 0x8000000000000000
    RR clmulr, 0x1, 0x8000000000000001, 0x1
    RR clmulr, 0x3, 0x3, 0x0
    RR clmulr, 0xdeadbeefcafebabe, 0x123456789abcdef, 0x1885fbd16d6ab25
    RR clmulr, 0x0, 0xffffffffffffffff, 0x0
    SECTION "Zbs"
    // bclr
    RR bclr, 0x123456789abcdef0, 0x0, 0x123456789abcdef0
    RR bclr, 0x123456789abcdef0, 0x4, 0x123456789abcdee0
    RR bclr, 0x123456789abcdef0, 0x3f, 0x123456789abcdef0
    RR bclr, 0xffffffffffffffff, 0x1f, 0xffffffff7fffffff
    RR bclr, 0x0, 0x20, 0x0
    RR bclr, 0x8000000000000000, 0x7f, 0x0
    RR bclr, 0xffffffff, 0x24, 0xffffffff
    // bset
    RR bset, 0x123456789abcdef0, 0x0, 0x123456789abcdef1
    RR bset, 0x123456789abcdef0, 0x4, 0x123456789abcdef0
    RR bset, 0x123456789abcdef0, 0x3f, 0x923456789abcdef0
    RR bset, 0xffffffffffffffff, 0x1f, 0xffffffffffffffff
    RR bset, 0x0, 0x20, 0x100000000
    RR bset, 0x8000000000000000, 0x7f, 0x8000000000000000
    RR bset, 0xffffffff, 0x24, 0x10ffffffff
    // binv
    RR binv, 0x123456789abcdef0, 0x0, 0x123456789abcdef1
    RR binv, 0x123456789abcdef0, 0x4, 0x123456789abcdee0
    RR binv, 0x123456789abcdef0, 0x3f, 0x923456789abcdef0
    RR binv, 0xffffffffffffffff, 0x1f, 0xffffffff7fffffff
    RR binv, 0x0, 0x20, 0x100000000
    RR binv, 0x8000000000000000, 0x7f, 0x0
    RR binv, 0xffffffff, 0x24, 0x10ffffffff
    // bext
    RR bext, 0x123456789abcdef0, 0x0, 0x0
    RR bext, 0x123456789abcdef0, 0x4, 0x1
    RR bext, 0x123456789abcdef0, 0x3f, 0x0
    RR bext, 0xffffffffffffffff, 0x1f, 0x1
    RR bext, 0x0, 0x20, 0x0
    RR bext, 0x8000000000000000, 0x7f, 0x1
    RR bext, 0xffffffff, 0x24, 0x0
    // bclri
    RI bclri, 0x123456789abcdef0, 0, 0x123456789abcdef0
    RI bclri, 0x123456789abcdef0, 4, 0x123456789abcdee0
    RI bclri, 0x123456789abcdef0, 63, 0x123456789abcdef0
    RI bclri, 0xffffffffffffffff, 31, 0xffffffff7fffffff
    RI bclri, 0x0, 32, 0x0
    RI bclri, 0xffffffff, 36, 0xffffffff
    // bseti
    RI bseti, 0x123456789abcdef0, 0, 0x123456789abcdef1
    RI bseti, 0x123456789abcdef0, 4, 0x123456789abcdef0
    RI bseti, 0x123456789abcdef0, 63, 0x923456789abcdef0
    RI bseti, 0xffffffffffffffff, 31, 0xffffffffffffffff
    RI bseti, 0x0, 32, 0x100000000
    RI bseti, 0xffffffff, 36, 0x10ffffffff
    // binvi
    RI binvi, 0x123456789abcdef0, 0, 0x123456789abcdef1
    RI binvi, 0x123456789abcdef0, 4, 0x123456789abcdee0
    RI binvi, 0x123456789abcdef0, 63, 0x923456789abcdef0
    RI binvi, 0xffffffffffffffff, 31, 0xffffffff7fffffff
    RI binvi, 0x0, 32, 0x100000000
    RI binvi, 0xffffffff, 36, 0x10ffffffff
    // bexti
    RI bexti, 0x123456789abcdef0, 0, 0x0
    RI bexti, 0x123456789abcdef0, 4, 0x1
    RI bexti, 0x123456789abcdef0, 63, 0x0
    RI bexti, 0xffffffffffffffff, 31, 0x1
    RI bexti, 0x0, 32, 0x0
    RI bexti, 0xffffffff, 36, 0x0
    SECTION "zext.w (add.uw rd, rs, zero) and rd aliasing"
    li a0, 0xfedcba9887654321
    zext.w a0, a0
    CHECK a0, 0x87654321
    li a0, 0xff00ff00ff00ff00
    rev8 a0, a0
    CHECK a0, 0x00ff00ff00ff00ff
TEST_END
