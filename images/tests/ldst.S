/*
 * ldst: RV64I loads and stores of every width.
 *   - lb/lbu/lh/lhu/lw/lwu/ld: sign vs zero extension, positive and negative
 *     offsets, rd == base register, loads into x0;
 *   - sb/sh/sw/sd write exactly their bytes and nothing around them;
 *   - misaligned loads and stores to RAM, including ones that straddle a
 *     doubleword and a 4 KiB page boundary.
 * Misaligned accesses: the unprivileged spec ("Load and Store
 * Instructions") lets an implementation either perform them or raise an
 * address-misaligned (or access-fault) exception.  QEMU 7.2 performs
 * misaligned loads and stores to RAM in hardware, in every privilege mode,
 * with no trap (checked here: any trap would be reported as unexpected), so
 * Hartsim must too.  (Misaligned LR/SC/AMOs do trap; see amo.S.)
 */
#include "test.h"

    .option norvc

/* TLD op, off, exp: load from ldbuf+off, then the same bytes with a negative
 * offset from ldbuf+32. */
.macro TLD op, off, exp
    la a1, ldbuf
    \op a0, \off(a1)
    CHECK a0, \exp
    la a2, ldbuf + 32
    \op a3, (\off - 32)(a2)
    CHECK a3, \exp
.endm

/* TST op, off, w0..w3: fill stbuf with 0xa5, store VAL's low bytes at
 * stbuf+off, check all four doublewords of stbuf. */
.macro TST op, off, w0, w1, w2, w3
    call fill_stbuf
    la a1, stbuf
    li a0, 0xf1d3b5977d5b3d1f
    \op a0, \off(a1)
    ld a2, 0(a1)
    CHECK a2, \w0
    ld a2, 8(a1)
    CHECK a2, \w1
    ld a2, 16(a1)
    CHECK a2, \w2
    ld a2, 24(a1)
    CHECK a2, \w3
.endm

TEST_BEGIN ldst
    SECTION "aligned loads, sign and zero extension"
    TLD lb, 0, 0x11
    TLD lb, 4, 0x55
    TLD lb, 8, 0xffffffffffffff99
    TLD lb, 12, 0xffffffffffffffdd
    TLD lb, 16, 0x7f
    TLD lb, 20, 0xfffffffffffffffe
    TLD lb, 24, 0x1
    TLD lb, 28, 0xffffffffffffff85
    TLD lbu, 0, 0x11
    TLD lbu, 4, 0x55
    TLD lbu, 8, 0x99
    TLD lbu, 12, 0xdd
    TLD lbu, 16, 0x7f
    TLD lbu, 20, 0xfe
    TLD lbu, 24, 0x1
    TLD lbu, 28, 0x85
    TLD lh, 0, 0x2211
    TLD lh, 2, 0x4433
    TLD lh, 4, 0x6655
    TLD lh, 6, 0xffffffffffff8877
    TLD lh, 8, 0xffffffffffffaa99
    TLD lh, 10, 0xffffffffffffccbb
    TLD lh, 12, 0xffffffffffffeedd
    TLD lh, 14, 0xff
    TLD lh, 16, 0xffffffffffff807f
    TLD lh, 18, 0x1ff
    TLD lh, 20, 0x7ffe
    TLD lh, 22, 0xffffffffffff8000
    TLD lh, 24, 0x201
    TLD lh, 26, 0x403
    TLD lh, 28, 0xffffffffffff8685
    TLD lh, 30, 0x887
    TLD lhu, 0, 0x2211
    TLD lhu, 2, 0x4433
    TLD lhu, 4, 0x6655
    TLD lhu, 6, 0x8877
    TLD lhu, 8, 0xaa99
    TLD lhu, 10, 0xccbb
    TLD lhu, 12, 0xeedd
    TLD lhu, 14, 0xff
    TLD lhu, 16, 0x807f
    TLD lhu, 18, 0x1ff
    TLD lhu, 20, 0x7ffe
    TLD lhu, 22, 0x8000
    TLD lhu, 24, 0x201
    TLD lhu, 26, 0x403
    TLD lhu, 28, 0x8685
    TLD lhu, 30, 0x887
    TLD lw, 0, 0x44332211
    TLD lw, 4, 0xffffffff88776655
    TLD lw, 8, 0xffffffffccbbaa99
    TLD lw, 12, 0xffeedd
    TLD lw, 16, 0x1ff807f
    TLD lw, 20, 0xffffffff80007ffe
    TLD lw, 24, 0x4030201
    TLD lw, 28, 0x8878685
    TLD lwu, 0, 0x44332211
    TLD lwu, 4, 0x88776655
    TLD lwu, 8, 0xccbbaa99
    TLD lwu, 12, 0xffeedd
    TLD lwu, 16, 0x1ff807f
    TLD lwu, 20, 0x80007ffe
    TLD lwu, 24, 0x4030201
    TLD lwu, 28, 0x8878685
    TLD ld, 0, 0x8877665544332211
    TLD ld, 8, 0xffeeddccbbaa99
    TLD ld, 16, 0x80007ffe01ff807f
    TLD ld, 24, 0x887868504030201
    SECTION "misaligned loads (RAM)"
    TLD lh, 1, 0x3322
    TLD lh, 9, 0xffffffffffffbbaa
    TLD lh, 17, 0xffffffffffffff80
    TLD lhu, 1, 0x3322
    TLD lhu, 9, 0xbbaa
    TLD lhu, 17, 0xff80
    TLD lw, 1, 0x55443322
    TLD lw, 9, 0xffffffffddccbbaa
    TLD lw, 17, 0xfffffffffe01ff80
    TLD lw, 2, 0x66554433
    TLD lw, 10, 0xffffffffeeddccbb
    TLD lw, 18, 0x7ffe01ff
    TLD lw, 3, 0x77665544
    TLD lw, 11, 0xffffffffffeeddcc
    TLD lw, 19, 0x7ffe01
    TLD lwu, 1, 0x55443322
    TLD lwu, 9, 0xddccbbaa
    TLD lwu, 17, 0xfe01ff80
    TLD lwu, 2, 0x66554433
    TLD lwu, 10, 0xeeddccbb
    TLD lwu, 18, 0x7ffe01ff
    TLD lwu, 3, 0x77665544
    TLD lwu, 11, 0xffeeddcc
    TLD lwu, 19, 0x7ffe01
    TLD ld, 1, 0x9988776655443322
    TLD ld, 9, 0x7f00ffeeddccbbaa
    TLD ld, 17, 0x180007ffe01ff80
    TLD ld, 2, 0xaa99887766554433
    TLD ld, 10, 0x807f00ffeeddccbb
    TLD ld, 18, 0x20180007ffe01ff
    TLD ld, 3, 0xbbaa998877665544
    TLD ld, 11, 0xff807f00ffeeddcc
    TLD ld, 19, 0x3020180007ffe01
    TLD ld, 4, 0xccbbaa9988776655
    TLD ld, 12, 0x1ff807f00ffeedd
    TLD ld, 20, 0x403020180007ffe
    TLD ld, 5, 0xddccbbaa99887766
    TLD ld, 13, 0xfe01ff807f00ffee
    TLD ld, 21, 0x850403020180007f
    TLD ld, 6, 0xeeddccbbaa998877
    TLD ld, 14, 0x7ffe01ff807f00ff
    TLD ld, 22, 0x8685040302018000
    TLD ld, 7, 0xffeeddccbbaa9988
    TLD ld, 15, 0x7ffe01ff807f00
    TLD ld, 23, 0x8786850403020180

    SECTION "load special cases"
    la a0, ldbuf
    ld a0, 8(a0)                /* rd == base */
    CHECK a0, 0x00ffeeddccbbaa99
    la a0, ldbuf
    lw x0, 0(a0)                /* load to x0: the value is dropped */
    CHECK x0, 0
    /* The offset is a signed 12-bit immediate: -2048 and +2047. */
    la a0, ldbuf + 2048
    lbu a1, -2048(a0)
    CHECK a1, 0x11
    la a0, ldbuf - 2047 + 16
    lb a1, 2047(a0)
    CHECK a1, 0x7f
    lb a1, 2048-1+1-1(a0)
    CHECK a1, 0x7f

    SECTION "stores"
    TST sb, 0, 0xa5a5a5a5a5a5a51f, 0xa5a5a5a5a5a5a5a5, 0xa5a5a5a5a5a5a5a5, 0xa5a5a5a5a5a5a5a5
    TST sb, 8, 0xa5a5a5a5a5a5a5a5, 0xa5a5a5a5a5a5a51f, 0xa5a5a5a5a5a5a5a5, 0xa5a5a5a5a5a5a5a5
    TST sb, 9, 0xa5a5a5a5a5a5a5a5, 0xa5a5a5a5a5a51fa5, 0xa5a5a5a5a5a5a5a5, 0xa5a5a5a5a5a5a5a5
    TST sb, 15, 0xa5a5a5a5a5a5a5a5, 0x1fa5a5a5a5a5a5a5, 0xa5a5a5a5a5a5a5a5, 0xa5a5a5a5a5a5a5a5
    TST sh, 0, 0xa5a5a5a5a5a53d1f, 0xa5a5a5a5a5a5a5a5, 0xa5a5a5a5a5a5a5a5, 0xa5a5a5a5a5a5a5a5
    TST sh, 1, 0xa5a5a5a5a53d1fa5, 0xa5a5a5a5a5a5a5a5, 0xa5a5a5a5a5a5a5a5, 0xa5a5a5a5a5a5a5a5
    TST sh, 3, 0xa5a5a53d1fa5a5a5, 0xa5a5a5a5a5a5a5a5, 0xa5a5a5a5a5a5a5a5, 0xa5a5a5a5a5a5a5a5
    TST sh, 7, 0x1fa5a5a5a5a5a5a5, 0xa5a5a5a5a5a5a53d, 0xa5a5a5a5a5a5a5a5, 0xa5a5a5a5a5a5a5a5
    TST sh, 8, 0xa5a5a5a5a5a5a5a5, 0xa5a5a5a5a5a53d1f, 0xa5a5a5a5a5a5a5a5, 0xa5a5a5a5a5a5a5a5
    TST sh, 9, 0xa5a5a5a5a5a5a5a5, 0xa5a5a5a5a53d1fa5, 0xa5a5a5a5a5a5a5a5, 0xa5a5a5a5a5a5a5a5
    TST sh, 14, 0xa5a5a5a5a5a5a5a5, 0x3d1fa5a5a5a5a5a5, 0xa5a5a5a5a5a5a5a5, 0xa5a5a5a5a5a5a5a5
    TST sh, 15, 0xa5a5a5a5a5a5a5a5, 0x1fa5a5a5a5a5a5a5, 0xa5a5a5a5a5a5a53d, 0xa5a5a5a5a5a5a5a5
    TST sw, 0, 0xa5a5a5a57d5b3d1f, 0xa5a5a5a5a5a5a5a5, 0xa5a5a5a5a5a5a5a5, 0xa5a5a5a5a5a5a5a5
    TST sw, 1, 0xa5a5a57d5b3d1fa5, 0xa5a5a5a5a5a5a5a5, 0xa5a5a5a5a5a5a5a5, 0xa5a5a5a5a5a5a5a5
    TST sw, 3, 0xa57d5b3d1fa5a5a5, 0xa5a5a5a5a5a5a5a5, 0xa5a5a5a5a5a5a5a5, 0xa5a5a5a5a5a5a5a5
    TST sw, 5, 0x5b3d1fa5a5a5a5a5, 0xa5a5a5a5a5a5a57d, 0xa5a5a5a5a5a5a5a5, 0xa5a5a5a5a5a5a5a5
    TST sw, 6, 0x3d1fa5a5a5a5a5a5, 0xa5a5a5a5a5a57d5b, 0xa5a5a5a5a5a5a5a5, 0xa5a5a5a5a5a5a5a5
    TST sw, 7, 0x1fa5a5a5a5a5a5a5, 0xa5a5a5a5a57d5b3d, 0xa5a5a5a5a5a5a5a5, 0xa5a5a5a5a5a5a5a5
    TST sw, 8, 0xa5a5a5a5a5a5a5a5, 0xa5a5a5a57d5b3d1f, 0xa5a5a5a5a5a5a5a5, 0xa5a5a5a5a5a5a5a5
    TST sw, 9, 0xa5a5a5a5a5a5a5a5, 0xa5a5a57d5b3d1fa5, 0xa5a5a5a5a5a5a5a5, 0xa5a5a5a5a5a5a5a5
    TST sw, 12, 0xa5a5a5a5a5a5a5a5, 0x7d5b3d1fa5a5a5a5, 0xa5a5a5a5a5a5a5a5, 0xa5a5a5a5a5a5a5a5
    TST sw, 13, 0xa5a5a5a5a5a5a5a5, 0x5b3d1fa5a5a5a5a5, 0xa5a5a5a5a5a5a57d, 0xa5a5a5a5a5a5a5a5
    TST sw, 14, 0xa5a5a5a5a5a5a5a5, 0x3d1fa5a5a5a5a5a5, 0xa5a5a5a5a5a57d5b, 0xa5a5a5a5a5a5a5a5
    TST sw, 15, 0xa5a5a5a5a5a5a5a5, 0x1fa5a5a5a5a5a5a5, 0xa5a5a5a5a57d5b3d, 0xa5a5a5a5a5a5a5a5
    TST sd, 0, 0xf1d3b5977d5b3d1f, 0xa5a5a5a5a5a5a5a5, 0xa5a5a5a5a5a5a5a5, 0xa5a5a5a5a5a5a5a5
    TST sd, 1, 0xd3b5977d5b3d1fa5, 0xa5a5a5a5a5a5a5f1, 0xa5a5a5a5a5a5a5a5, 0xa5a5a5a5a5a5a5a5
    TST sd, 3, 0x977d5b3d1fa5a5a5, 0xa5a5a5a5a5f1d3b5, 0xa5a5a5a5a5a5a5a5, 0xa5a5a5a5a5a5a5a5
    TST sd, 4, 0x7d5b3d1fa5a5a5a5, 0xa5a5a5a5f1d3b597, 0xa5a5a5a5a5a5a5a5, 0xa5a5a5a5a5a5a5a5
    TST sd, 5, 0x5b3d1fa5a5a5a5a5, 0xa5a5a5f1d3b5977d, 0xa5a5a5a5a5a5a5a5, 0xa5a5a5a5a5a5a5a5
    TST sd, 6, 0x3d1fa5a5a5a5a5a5, 0xa5a5f1d3b5977d5b, 0xa5a5a5a5a5a5a5a5, 0xa5a5a5a5a5a5a5a5
    TST sd, 7, 0x1fa5a5a5a5a5a5a5, 0xa5f1d3b5977d5b3d, 0xa5a5a5a5a5a5a5a5, 0xa5a5a5a5a5a5a5a5
    TST sd, 8, 0xa5a5a5a5a5a5a5a5, 0xf1d3b5977d5b3d1f, 0xa5a5a5a5a5a5a5a5, 0xa5a5a5a5a5a5a5a5
    TST sd, 9, 0xa5a5a5a5a5a5a5a5, 0xd3b5977d5b3d1fa5, 0xa5a5a5a5a5a5a5f1, 0xa5a5a5a5a5a5a5a5
    TST sd, 10, 0xa5a5a5a5a5a5a5a5, 0xb5977d5b3d1fa5a5, 0xa5a5a5a5a5a5f1d3, 0xa5a5a5a5a5a5a5a5
    TST sd, 11, 0xa5a5a5a5a5a5a5a5, 0x977d5b3d1fa5a5a5, 0xa5a5a5a5a5f1d3b5, 0xa5a5a5a5a5a5a5a5
    TST sd, 12, 0xa5a5a5a5a5a5a5a5, 0x7d5b3d1fa5a5a5a5, 0xa5a5a5a5f1d3b597, 0xa5a5a5a5a5a5a5a5
    TST sd, 13, 0xa5a5a5a5a5a5a5a5, 0x5b3d1fa5a5a5a5a5, 0xa5a5a5f1d3b5977d, 0xa5a5a5a5a5a5a5a5
    TST sd, 14, 0xa5a5a5a5a5a5a5a5, 0x3d1fa5a5a5a5a5a5, 0xa5a5f1d3b5977d5b, 0xa5a5a5a5a5a5a5a5
    TST sd, 15, 0xa5a5a5a5a5a5a5a5, 0x1fa5a5a5a5a5a5a5, 0xa5f1d3b5977d5b3d, 0xa5a5a5a5a5a5a5a5
    /* Storing x0 stores zeros. */
    call fill_stbuf
    la a1, stbuf
    sd x0, 8(a1)
    sh x0, 17(a1)
    ld a2, 8(a1)
    CHECK a2, 0
    ld a2, 16(a1)
    CHECK a2, 0xa5a5a5a5a50000a5
    /* Store then load back at another width (little-endian byte order). */
    li a0, 0x0102030405060708
    sd a0, 0(a1)
    lbu a2, 0(a1)
    CHECK a2, 0x08
    lhu a2, 6(a1)
    CHECK a2, 0x0102
    lwu a2, 2(a1)
    CHECK a2, 0x03040506
    lb a2, 7(a1)
    CHECK a2, 1

    SECTION "accesses across a page boundary"
    la a1, pgcross
    ld a0, -8(a1)
    CHECK a0, 0x0706050403020100
    ld a0, -3(a1)
    CHECK a0, 0x0c0b0a0908070605
    lw a0, -2(a1)
    CHECK a0, 0x09080706
    lh a0, -1(a1)
    CHECK a0, 0x0807
    lwu a0, -1(a1)
    CHECK a0, 0x0a090807
    li a0, 0xfedcba9876543210
    sd a0, -5(a1)
    ld a2, -8(a1)
    CHECK a2, 0x9876543210020100
    ld a2, 0(a1)
    CHECK a2, 0x0f0e0d0c0bfedcba
    li a0, 0x11223344
    sw a0, -1(a1)
    ld a2, -8(a1)
    CHECK a2, 0x4476543210020100
    ld a2, 0(a1)
    CHECK a2, 0x0f0e0d0c0b112233
    sh a0, -1(a1)
    ld a2, -8(a1)
    CHECK a2, 0x4476543210020100
    ld a2, 0(a1)
    CHECK a2, 0x0f0e0d0c0b112233
    SECTION "misaligned accesses from U-mode (paging off) also complete"
    MODE_U
    la a1, ldbuf
    ld a0, 3(a1)
    lw a2, 17(a1)
    la a3, stbuf
    sd a0, 1(a3)
    ld a4, 1(a3)
    MODE_M
    CHECK a0, 0xbbaa998877665544
    CHECK a2, 0xfffffffffe01ff80
    CHECK a4, 0xbbaa998877665544
TEST_END

/* Fill the 32-byte stbuf with 0xa5 (clobbers t0, t1). */
fill_stbuf:
    la t0, stbuf
    li t1, 0xa5a5a5a5a5a5a5a5
    sd t1, 0(t0)
    sd t1, 8(t0)
    sd t1, 16(t0)
    sd t1, 24(t0)
    ret

    .data
    .balign 64
ldbuf:
    .byte 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88
    .byte 0x99, 0xaa, 0xbb, 0xcc, 0xdd, 0xee, 0xff, 0x00
    .byte 0x7f, 0x80, 0xff, 0x01, 0xfe, 0x7f, 0x00, 0x80
    .byte 0x01, 0x02, 0x03, 0x04, 0x85, 0x86, 0x87, 0x08
    .balign 64
stbuf:
    .space 32
    /* Two doublewords on either side of a 4 KiB page boundary. */
    .balign 4096
    .space 4096 - 8
    .dword 0x0706050403020100
pgcross:
    .dword 0x0f0e0d0c0b0a0908
