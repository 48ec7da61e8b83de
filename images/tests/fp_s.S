/*
 * fp_s: F-extension arithmetic in every rounding mode, with fflags.
 *   fadd/fsub/fmul/fdiv/fsqrt and the four fused multiply-adds
 *   (fmadd, fmsub, fnmsub, fnmadd), each vector in all five rounding modes
 *   (RNE, RTZ, RDN, RUP, RMM) when the result depends on the mode, both
 *   through the static rm field and through frm (see common/fp.h).
 * What the vectors aim at:
 *   - ties and near-ties around 1.0 (RNE to even, RMM away from zero);
 *   - overflow (to infinity or to the largest finite number depending on
 *     the mode and sign), underflow with tininess detected after rounding
 *     (RISC-V follows IEEE 754 with after-rounding detection: a result that
 *     rounds to the smallest normal can still raise UF), subnormal results;
 *   - exact zero results: x + (-x) is +0 except in RDN, where it is -0;
 *   - invalid operations (inf - inf, 0 * inf, 0/0, inf/inf, sqrt(<0)),
 *     division by zero, and NaN results, which are always the canonical NaN
 *     (unprivileged spec, "NaN Generation and Propagation"), with NV only
 *     for signaling NaN inputs;
 *   - fused multiply-add rounding once: a*a - round(a*a) gives the exact
 *     residual, a tiny addend breaks a tie that a separate multiply would
 *     have rounded away, and fma(0, inf, qNaN) still raises NV ("the fused
 *     multiply-add instructions must set the invalid operation exception
 *     flag when the multiplicands are inf and zero, even when the addend is
 *     a quiet NaN").
 * Expected results come from an exact rational-arithmetic model of IEEE 754
 * written for this suite (cross-checked against the host FPU for the four
 * IEEE directed/nearest modes), then confirmed on QEMU 7.2.
 */
#define FP_SINGLE 1
#include "test.h"
#include "fp.h"

    .option norvc

TEST_BEGIN fp_s
    FP_ON
    SECTION "fadd.s"
    FOP2 fadd.s, rne, 0x3f800000, 0x33800000, 0x3f800000, NX
    FOP2 fadd.s, rtz, 0x3f800000, 0x33800000, 0x3f800000, NX
    FOP2 fadd.s, rdn, 0x3f800000, 0x33800000, 0x3f800000, NX
    FOP2 fadd.s, rup, 0x3f800000, 0x33800000, 0x3f800001, NX
    FOP2 fadd.s, rmm, 0x3f800000, 0x33800000, 0x3f800001, NX
    FOP2 fadd.s, rne, 0x3f800000, 0x33c00000, 0x3f800001, NX
    FOP2 fadd.s, rtz, 0x3f800000, 0x33c00000, 0x3f800000, NX
    FOP2 fadd.s, rdn, 0x3f800000, 0x33c00000, 0x3f800000, NX
    FOP2 fadd.s, rup, 0x3f800000, 0x33c00000, 0x3f800001, NX
    FOP2 fadd.s, rmm, 0x3f800000, 0x33c00000, 0x3f800001, NX
    FOP2 fadd.s, rne, 0xbf800000, 0xb3800000, 0xbf800000, NX
    FOP2 fadd.s, rtz, 0xbf800000, 0xb3800000, 0xbf800000, NX
    FOP2 fadd.s, rdn, 0xbf800000, 0xb3800000, 0xbf800001, NX
    FOP2 fadd.s, rup, 0xbf800000, 0xb3800000, 0xbf800000, NX
    FOP2 fadd.s, rmm, 0xbf800000, 0xb3800000, 0xbf800001, NX
    FOP2 fadd.s, rne, 0x3f800001, 0x33800000, 0x3f800002, NX
    FOP2 fadd.s, rtz, 0x3f800001, 0x33800000, 0x3f800001, NX
    FOP2 fadd.s, rdn, 0x3f800001, 0x33800000, 0x3f800001, NX
    FOP2 fadd.s, rup, 0x3f800001, 0x33800000, 0x3f800002, NX
    FOP2 fadd.s, rmm, 0x3f800001, 0x33800000, 0x3f800002, NX
    FOP2 fadd.s, rne, 0x3f800000, 0xb3800000, 0x3f7fffff, 0
    FOP2 fadd.s, rdn, 0x3f800000, 0xb3800000, 0x3f7fffff, 0
    FOP2 fadd.s, rne, 0x40490fdb, 0x402df854, 0x40bb8418, NX
    FOP2 fadd.s, rtz, 0x40490fdb, 0x402df854, 0x40bb8417, NX
    FOP2 fadd.s, rdn, 0x40490fdb, 0x402df854, 0x40bb8417, NX
    FOP2 fadd.s, rup, 0x40490fdb, 0x402df854, 0x40bb8418, NX
    FOP2 fadd.s, rmm, 0x40490fdb, 0x402df854, 0x40bb8418, NX
    FOP2 fadd.s, rne, 0x7f7fffff, 0x7f7fffff, 0x7f800000, OF|NX
    FOP2 fadd.s, rtz, 0x7f7fffff, 0x7f7fffff, 0x7f7fffff, OF|NX
    FOP2 fadd.s, rdn, 0x7f7fffff, 0x7f7fffff, 0x7f7fffff, OF|NX
    FOP2 fadd.s, rup, 0x7f7fffff, 0x7f7fffff, 0x7f800000, OF|NX
    FOP2 fadd.s, rmm, 0x7f7fffff, 0x7f7fffff, 0x7f800000, OF|NX
    FOP2 fadd.s, rne, 0xff7fffff, 0xff7fffff, 0xff800000, OF|NX
    FOP2 fadd.s, rtz, 0xff7fffff, 0xff7fffff, 0xff7fffff, OF|NX
    FOP2 fadd.s, rdn, 0xff7fffff, 0xff7fffff, 0xff800000, OF|NX
    FOP2 fadd.s, rup, 0xff7fffff, 0xff7fffff, 0xff7fffff, OF|NX
    FOP2 fadd.s, rmm, 0xff7fffff, 0xff7fffff, 0xff800000, OF|NX
    FOP2 fadd.s, rne, 0x3f800000, 0xbf800000, 0x0, 0
    FOP2 fadd.s, rtz, 0x3f800000, 0xbf800000, 0x0, 0
    FOP2 fadd.s, rdn, 0x3f800000, 0xbf800000, 0x80000000, 0
    FOP2 fadd.s, rup, 0x3f800000, 0xbf800000, 0x0, 0
    FOP2 fadd.s, rmm, 0x3f800000, 0xbf800000, 0x0, 0
    FOP2 fadd.s, rne, 0x80000000, 0x80000000, 0x80000000, 0
    FOP2 fadd.s, rdn, 0x80000000, 0x80000000, 0x80000000, 0
    FOP2 fadd.s, rne, 0x0, 0x80000000, 0x0, 0
    FOP2 fadd.s, rtz, 0x0, 0x80000000, 0x0, 0
    FOP2 fadd.s, rdn, 0x0, 0x80000000, 0x80000000, 0
    FOP2 fadd.s, rup, 0x0, 0x80000000, 0x0, 0
    FOP2 fadd.s, rmm, 0x0, 0x80000000, 0x0, 0
    FOP2 fadd.s, rne, 0x1, 0x1, 0x2, 0
    FOP2 fadd.s, rdn, 0x1, 0x1, 0x2, 0
    FOP2 fadd.s, rne, 0x7fffff, 0x1, 0x800000, 0
    FOP2 fadd.s, rdn, 0x7fffff, 0x1, 0x800000, 0
    FOP2 fadd.s, rne, 0x7f800000, 0xff800000, 0x7fc00000, NV
    FOP2 fadd.s, rdn, 0x7f800000, 0xff800000, 0x7fc00000, NV
    FOP2 fadd.s, rne, 0x7f800000, 0x3f800000, 0x7f800000, 0
    FOP2 fadd.s, rdn, 0x7f800000, 0x3f800000, 0x7f800000, 0
    FOP2 fadd.s, rne, 0x7fc00000, 0x3f800000, 0x7fc00000, 0
    FOP2 fadd.s, rdn, 0x7fc00000, 0x3f800000, 0x7fc00000, 0
    FOP2 fadd.s, rne, 0x7f800001, 0x3f800000, 0x7fc00000, NV
    FOP2 fadd.s, rdn, 0x7f800001, 0x3f800000, 0x7fc00000, NV
    FOP2 fadd.s, rne, 0xffc00123, 0x7f800001, 0x7fc00000, NV
    FOP2 fadd.s, rdn, 0xffc00123, 0x7f800001, 0x7fc00000, NV
    FOP2 fadd.s, rne, 0x3dcccccd, 0x40400000, 0x40466666, NX
    FOP2 fadd.s, rtz, 0x3dcccccd, 0x40400000, 0x40466666, NX
    FOP2 fadd.s, rdn, 0x3dcccccd, 0x40400000, 0x40466666, NX
    FOP2 fadd.s, rup, 0x3dcccccd, 0x40400000, 0x40466667, NX
    FOP2 fadd.s, rmm, 0x3dcccccd, 0x40400000, 0x40466666, NX
    FOP2 fadd.s, rne, 0x7f000000, 0x7f000000, 0x7f800000, OF|NX
    FOP2 fadd.s, rtz, 0x7f000000, 0x7f000000, 0x7f7fffff, OF|NX
    FOP2 fadd.s, rdn, 0x7f000000, 0x7f000000, 0x7f7fffff, OF|NX
    FOP2 fadd.s, rup, 0x7f000000, 0x7f000000, 0x7f800000, OF|NX
    FOP2 fadd.s, rmm, 0x7f000000, 0x7f000000, 0x7f800000, OF|NX
    SECTION "fsub.s"
    FOP2 fsub.s, rne, 0x3f800000, 0x33800000, 0x3f7fffff, 0
    FOP2 fsub.s, rdn, 0x3f800000, 0x33800000, 0x3f7fffff, 0
    FOP2 fsub.s, rne, 0x3f800000, 0xb3800000, 0x3f800000, NX
    FOP2 fsub.s, rtz, 0x3f800000, 0xb3800000, 0x3f800000, NX
    FOP2 fsub.s, rdn, 0x3f800000, 0xb3800000, 0x3f800000, NX
    FOP2 fsub.s, rup, 0x3f800000, 0xb3800000, 0x3f800001, NX
    FOP2 fsub.s, rmm, 0x3f800000, 0xb3800000, 0x3f800001, NX
    FOP2 fsub.s, rne, 0x3f800000, 0x3f800000, 0x0, 0
    FOP2 fsub.s, rtz, 0x3f800000, 0x3f800000, 0x0, 0
    FOP2 fsub.s, rdn, 0x3f800000, 0x3f800000, 0x80000000, 0
    FOP2 fsub.s, rup, 0x3f800000, 0x3f800000, 0x0, 0
    FOP2 fsub.s, rmm, 0x3f800000, 0x3f800000, 0x0, 0
    FOP2 fsub.s, rne, 0x80000000, 0x0, 0x80000000, 0
    FOP2 fsub.s, rdn, 0x80000000, 0x0, 0x80000000, 0
    FOP2 fsub.s, rne, 0x0, 0x0, 0x0, 0
    FOP2 fsub.s, rtz, 0x0, 0x0, 0x0, 0
    FOP2 fsub.s, rdn, 0x0, 0x0, 0x80000000, 0
    FOP2 fsub.s, rup, 0x0, 0x0, 0x0, 0
    FOP2 fsub.s, rmm, 0x0, 0x0, 0x0, 0
    FOP2 fsub.s, rne, 0x7f800000, 0x7f800000, 0x7fc00000, NV
    FOP2 fsub.s, rdn, 0x7f800000, 0x7f800000, 0x7fc00000, NV
    FOP2 fsub.s, rne, 0x800000, 0x1, 0x7fffff, 0
    FOP2 fsub.s, rdn, 0x800000, 0x1, 0x7fffff, 0
    FOP2 fsub.s, rne, 0x40490fdb, 0x3dcccccd, 0x4042a975, NX
    FOP2 fsub.s, rtz, 0x40490fdb, 0x3dcccccd, 0x4042a974, NX
    FOP2 fsub.s, rdn, 0x40490fdb, 0x3dcccccd, 0x4042a974, NX
    FOP2 fsub.s, rup, 0x40490fdb, 0x3dcccccd, 0x4042a975, NX
    FOP2 fsub.s, rmm, 0x40490fdb, 0x3dcccccd, 0x4042a975, NX
    FOP2 fsub.s, rne, 0xff7fffff, 0x7f7fffff, 0xff800000, OF|NX
    FOP2 fsub.s, rtz, 0xff7fffff, 0x7f7fffff, 0xff7fffff, OF|NX
    FOP2 fsub.s, rdn, 0xff7fffff, 0x7f7fffff, 0xff800000, OF|NX
    FOP2 fsub.s, rup, 0xff7fffff, 0x7f7fffff, 0xff7fffff, OF|NX
    FOP2 fsub.s, rmm, 0xff7fffff, 0x7f7fffff, 0xff800000, OF|NX
    FOP2 fsub.s, rne, 0x7f800001, 0x7fc00000, 0x7fc00000, NV
    FOP2 fsub.s, rdn, 0x7f800001, 0x7fc00000, 0x7fc00000, NV
    SECTION "fmul.s"
    FOP2 fmul.s, rne, 0x3f800800, 0x3f800800, 0x3f801000, NX
    FOP2 fmul.s, rtz, 0x3f800800, 0x3f800800, 0x3f801000, NX
    FOP2 fmul.s, rdn, 0x3f800800, 0x3f800800, 0x3f801000, NX
    FOP2 fmul.s, rup, 0x3f800800, 0x3f800800, 0x3f801001, NX
    FOP2 fmul.s, rmm, 0x3f800800, 0x3f800800, 0x3f801001, NX
    FOP2 fmul.s, rne, 0x40490fdb, 0x402df854, 0x4108a2c0, NX
    FOP2 fmul.s, rtz, 0x40490fdb, 0x402df854, 0x4108a2c0, NX
    FOP2 fmul.s, rdn, 0x40490fdb, 0x402df854, 0x4108a2c0, NX
    FOP2 fmul.s, rup, 0x40490fdb, 0x402df854, 0x4108a2c1, NX
    FOP2 fmul.s, rmm, 0x40490fdb, 0x402df854, 0x4108a2c0, NX
    FOP2 fmul.s, rne, 0x3dcccccd, 0x41200000, 0x3f800000, NX
    FOP2 fmul.s, rtz, 0x3dcccccd, 0x41200000, 0x3f800000, NX
    FOP2 fmul.s, rdn, 0x3dcccccd, 0x41200000, 0x3f800000, NX
    FOP2 fmul.s, rup, 0x3dcccccd, 0x41200000, 0x3f800001, NX
    FOP2 fmul.s, rmm, 0x3dcccccd, 0x41200000, 0x3f800000, NX
    FOP2 fmul.s, rne, 0x7f7fffff, 0x40000000, 0x7f800000, OF|NX
    FOP2 fmul.s, rtz, 0x7f7fffff, 0x40000000, 0x7f7fffff, OF|NX
    FOP2 fmul.s, rdn, 0x7f7fffff, 0x40000000, 0x7f7fffff, OF|NX
    FOP2 fmul.s, rup, 0x7f7fffff, 0x40000000, 0x7f800000, OF|NX
    FOP2 fmul.s, rmm, 0x7f7fffff, 0x40000000, 0x7f800000, OF|NX
    FOP2 fmul.s, rne, 0xff7fffff, 0x40000000, 0xff800000, OF|NX
    FOP2 fmul.s, rtz, 0xff7fffff, 0x40000000, 0xff7fffff, OF|NX
    FOP2 fmul.s, rdn, 0xff7fffff, 0x40000000, 0xff800000, OF|NX
    FOP2 fmul.s, rup, 0xff7fffff, 0x40000000, 0xff7fffff, OF|NX
    FOP2 fmul.s, rmm, 0xff7fffff, 0x40000000, 0xff800000, OF|NX
    FOP2 fmul.s, rne, 0x800000, 0x3f000000, 0x400000, 0
    FOP2 fmul.s, rdn, 0x800000, 0x3f000000, 0x400000, 0
    FOP2 fmul.s, rne, 0x800000, 0x3f7fffff, 0x800000, UF|NX
    FOP2 fmul.s, rtz, 0x800000, 0x3f7fffff, 0x7fffff, UF|NX
    FOP2 fmul.s, rdn, 0x800000, 0x3f7fffff, 0x7fffff, UF|NX
    FOP2 fmul.s, rup, 0x800000, 0x3f7fffff, 0x800000, UF|NX
    FOP2 fmul.s, rmm, 0x800000, 0x3f7fffff, 0x800000, UF|NX
    FOP2 fmul.s, rne, 0x800000, 0x3f800001, 0x800001, 0
    FOP2 fmul.s, rdn, 0x800000, 0x3f800001, 0x800001, 0
    FOP2 fmul.s, rne, 0x1, 0x3f000000, 0x0, UF|NX
    FOP2 fmul.s, rtz, 0x1, 0x3f000000, 0x0, UF|NX
    FOP2 fmul.s, rdn, 0x1, 0x3f000000, 0x0, UF|NX
    FOP2 fmul.s, rup, 0x1, 0x3f000000, 0x1, UF|NX
    FOP2 fmul.s, rmm, 0x1, 0x3f000000, 0x1, UF|NX
    FOP2 fmul.s, rne, 0x1, 0xbf000000, 0x80000000, UF|NX
    FOP2 fmul.s, rtz, 0x1, 0xbf000000, 0x80000000, UF|NX
    FOP2 fmul.s, rdn, 0x1, 0xbf000000, 0x80000001, UF|NX
    FOP2 fmul.s, rup, 0x1, 0xbf000000, 0x80000000, UF|NX
    FOP2 fmul.s, rmm, 0x1, 0xbf000000, 0x80000001, UF|NX
    FOP2 fmul.s, rne, 0x0, 0x7f800000, 0x7fc00000, NV
    FOP2 fmul.s, rdn, 0x0, 0x7f800000, 0x7fc00000, NV
    FOP2 fmul.s, rne, 0x80000000, 0x40400000, 0x80000000, 0
    FOP2 fmul.s, rdn, 0x80000000, 0x40400000, 0x80000000, 0
    FOP2 fmul.s, rne, 0xff800000, 0xc0400000, 0x7f800000, 0
    FOP2 fmul.s, rdn, 0xff800000, 0xc0400000, 0x7f800000, 0
    FOP2 fmul.s, rne, 0x7fc00000, 0x0, 0x7fc00000, 0
    FOP2 fmul.s, rdn, 0x7fc00000, 0x0, 0x7fc00000, 0
    FOP2 fmul.s, rne, 0x7f800001, 0x7f800000, 0x7fc00000, NV
    FOP2 fmul.s, rdn, 0x7f800001, 0x7f800000, 0x7fc00000, NV
    FOP2 fmul.s, rne, 0x3f7ffffe, 0x800000, 0x7fffff, 0
    FOP2 fmul.s, rdn, 0x3f7ffffe, 0x800000, 0x7fffff, 0
    SECTION "fdiv.s"
    FOP2 fdiv.s, rne, 0x3f800000, 0x40400000, 0x3eaaaaab, NX
    FOP2 fdiv.s, rtz, 0x3f800000, 0x40400000, 0x3eaaaaaa, NX
    FOP2 fdiv.s, rdn, 0x3f800000, 0x40400000, 0x3eaaaaaa, NX
    FOP2 fdiv.s, rup, 0x3f800000, 0x40400000, 0x3eaaaaab, NX
    FOP2 fdiv.s, rmm, 0x3f800000, 0x40400000, 0x3eaaaaab, NX
    FOP2 fdiv.s, rne, 0xbf800000, 0x40400000, 0xbeaaaaab, NX
    FOP2 fdiv.s, rtz, 0xbf800000, 0x40400000, 0xbeaaaaaa, NX
    FOP2 fdiv.s, rdn, 0xbf800000, 0x40400000, 0xbeaaaaab, NX
    FOP2 fdiv.s, rup, 0xbf800000, 0x40400000, 0xbeaaaaaa, NX
    FOP2 fdiv.s, rmm, 0xbf800000, 0x40400000, 0xbeaaaaab, NX
    FOP2 fdiv.s, rne, 0x40000000, 0x40400000, 0x3f2aaaab, NX
    FOP2 fdiv.s, rtz, 0x40000000, 0x40400000, 0x3f2aaaaa, NX
    FOP2 fdiv.s, rdn, 0x40000000, 0x40400000, 0x3f2aaaaa, NX
    FOP2 fdiv.s, rup, 0x40000000, 0x40400000, 0x3f2aaaab, NX
    FOP2 fdiv.s, rmm, 0x40000000, 0x40400000, 0x3f2aaaab, NX
    FOP2 fdiv.s, rne, 0x3f800000, 0x41200000, 0x3dcccccd, NX
    FOP2 fdiv.s, rtz, 0x3f800000, 0x41200000, 0x3dcccccc, NX
    FOP2 fdiv.s, rdn, 0x3f800000, 0x41200000, 0x3dcccccc, NX
    FOP2 fdiv.s, rup, 0x3f800000, 0x41200000, 0x3dcccccd, NX
    FOP2 fdiv.s, rmm, 0x3f800000, 0x41200000, 0x3dcccccd, NX
    FOP2 fdiv.s, rne, 0x7f7fffff, 0x3f000000, 0x7f800000, OF|NX
    FOP2 fdiv.s, rtz, 0x7f7fffff, 0x3f000000, 0x7f7fffff, OF|NX
    FOP2 fdiv.s, rdn, 0x7f7fffff, 0x3f000000, 0x7f7fffff, OF|NX
    FOP2 fdiv.s, rup, 0x7f7fffff, 0x3f000000, 0x7f800000, OF|NX
    FOP2 fdiv.s, rmm, 0x7f7fffff, 0x3f000000, 0x7f800000, OF|NX
    FOP2 fdiv.s, rne, 0x1, 0x40000000, 0x0, UF|NX
    FOP2 fdiv.s, rtz, 0x1, 0x40000000, 0x0, UF|NX
    FOP2 fdiv.s, rdn, 0x1, 0x40000000, 0x0, UF|NX
    FOP2 fdiv.s, rup, 0x1, 0x40000000, 0x1, UF|NX
    FOP2 fdiv.s, rmm, 0x1, 0x40000000, 0x1, UF|NX
    FOP2 fdiv.s, rne, 0x800000, 0x40400000, 0x2aaaab, UF|NX
    FOP2 fdiv.s, rtz, 0x800000, 0x40400000, 0x2aaaaa, UF|NX
    FOP2 fdiv.s, rdn, 0x800000, 0x40400000, 0x2aaaaa, UF|NX
    FOP2 fdiv.s, rup, 0x800000, 0x40400000, 0x2aaaab, UF|NX
    FOP2 fdiv.s, rmm, 0x800000, 0x40400000, 0x2aaaab, UF|NX
    FOP2 fdiv.s, rne, 0x3f800000, 0x0, 0x7f800000, DZ
    FOP2 fdiv.s, rdn, 0x3f800000, 0x0, 0x7f800000, DZ
    FOP2 fdiv.s, rne, 0xbf800000, 0x0, 0xff800000, DZ
    FOP2 fdiv.s, rdn, 0xbf800000, 0x0, 0xff800000, DZ
    FOP2 fdiv.s, rne, 0x0, 0x0, 0x7fc00000, NV
    FOP2 fdiv.s, rdn, 0x0, 0x0, 0x7fc00000, NV
    FOP2 fdiv.s, rne, 0x7f800000, 0x7f800000, 0x7fc00000, NV
    FOP2 fdiv.s, rdn, 0x7f800000, 0x7f800000, 0x7fc00000, NV
    FOP2 fdiv.s, rne, 0x3f800000, 0x7f800000, 0x0, 0
    FOP2 fdiv.s, rdn, 0x3f800000, 0x7f800000, 0x0, 0
    FOP2 fdiv.s, rne, 0x7f800000, 0x80000000, 0xff800000, 0
    FOP2 fdiv.s, rdn, 0x7f800000, 0x80000000, 0xff800000, 0
    FOP2 fdiv.s, rne, 0x7f800001, 0x3f800000, 0x7fc00000, NV
    FOP2 fdiv.s, rdn, 0x7f800001, 0x3f800000, 0x7fc00000, NV
    FOP2 fdiv.s, rne, 0x41200000, 0x3dcccccd, 0x42c80000, NX
    FOP2 fdiv.s, rtz, 0x41200000, 0x3dcccccd, 0x42c7ffff, NX
    FOP2 fdiv.s, rdn, 0x41200000, 0x3dcccccd, 0x42c7ffff, NX
    FOP2 fdiv.s, rup, 0x41200000, 0x3dcccccd, 0x42c80000, NX
    FOP2 fdiv.s, rmm, 0x41200000, 0x3dcccccd, 0x42c80000, NX
    FOP2 fdiv.s, rne, 0x40490fdb, 0x402df854, 0x3f93eee0, NX
    FOP2 fdiv.s, rtz, 0x40490fdb, 0x402df854, 0x3f93eee0, NX
    FOP2 fdiv.s, rdn, 0x40490fdb, 0x402df854, 0x3f93eee0, NX
    FOP2 fdiv.s, rup, 0x40490fdb, 0x402df854, 0x3f93eee1, NX
    FOP2 fdiv.s, rmm, 0x40490fdb, 0x402df854, 0x3f93eee0, NX
    SECTION "fsqrt.s"
    FOP1 fsqrt.s, rne, 0x40000000, 0x3fb504f3, NX
    FOP1 fsqrt.s, rtz, 0x40000000, 0x3fb504f3, NX
    FOP1 fsqrt.s, rdn, 0x40000000, 0x3fb504f3, NX
    FOP1 fsqrt.s, rup, 0x40000000, 0x3fb504f4, NX
    FOP1 fsqrt.s, rmm, 0x40000000, 0x3fb504f3, NX
    FOP1 fsqrt.s, rne, 0x40400000, 0x3fddb3d7, NX
    FOP1 fsqrt.s, rtz, 0x40400000, 0x3fddb3d7, NX
    FOP1 fsqrt.s, rdn, 0x40400000, 0x3fddb3d7, NX
    FOP1 fsqrt.s, rup, 0x40400000, 0x3fddb3d8, NX
    FOP1 fsqrt.s, rmm, 0x40400000, 0x3fddb3d7, NX
    FOP1 fsqrt.s, rne, 0x41200000, 0x404a62c2, NX
    FOP1 fsqrt.s, rtz, 0x41200000, 0x404a62c1, NX
    FOP1 fsqrt.s, rdn, 0x41200000, 0x404a62c1, NX
    FOP1 fsqrt.s, rup, 0x41200000, 0x404a62c2, NX
    FOP1 fsqrt.s, rmm, 0x41200000, 0x404a62c2, NX
    FOP1 fsqrt.s, rne, 0x40490fdb, 0x3fe2dfc5, NX
    FOP1 fsqrt.s, rtz, 0x40490fdb, 0x3fe2dfc4, NX
    FOP1 fsqrt.s, rdn, 0x40490fdb, 0x3fe2dfc4, NX
    FOP1 fsqrt.s, rup, 0x40490fdb, 0x3fe2dfc5, NX
    FOP1 fsqrt.s, rmm, 0x40490fdb, 0x3fe2dfc5, NX
    FOP1 fsqrt.s, rne, 0x40800000, 0x40000000, 0
    FOP1 fsqrt.s, rdn, 0x40800000, 0x40000000, 0
    FOP1 fsqrt.s, rne, 0x1, 0x1a3504f3, NX
    FOP1 fsqrt.s, rtz, 0x1, 0x1a3504f3, NX
    FOP1 fsqrt.s, rdn, 0x1, 0x1a3504f3, NX
    FOP1 fsqrt.s, rup, 0x1, 0x1a3504f4, NX
    FOP1 fsqrt.s, rmm, 0x1, 0x1a3504f3, NX
    FOP1 fsqrt.s, rne, 0x7fffff, 0x1fffffff, NX
    FOP1 fsqrt.s, rtz, 0x7fffff, 0x1ffffffe, NX
    FOP1 fsqrt.s, rdn, 0x7fffff, 0x1ffffffe, NX
    FOP1 fsqrt.s, rup, 0x7fffff, 0x1fffffff, NX
    FOP1 fsqrt.s, rmm, 0x7fffff, 0x1fffffff, NX
    FOP1 fsqrt.s, rne, 0x7f7fffff, 0x5f7fffff, NX
    FOP1 fsqrt.s, rtz, 0x7f7fffff, 0x5f7fffff, NX
    FOP1 fsqrt.s, rdn, 0x7f7fffff, 0x5f7fffff, NX
    FOP1 fsqrt.s, rup, 0x7f7fffff, 0x5f800000, NX
    FOP1 fsqrt.s, rmm, 0x7f7fffff, 0x5f7fffff, NX
    FOP1 fsqrt.s, rne, 0x0, 0x0, 0
    FOP1 fsqrt.s, rdn, 0x0, 0x0, 0
    FOP1 fsqrt.s, rne, 0x80000000, 0x80000000, 0
    FOP1 fsqrt.s, rdn, 0x80000000, 0x80000000, 0
    FOP1 fsqrt.s, rne, 0x7f800000, 0x7f800000, 0
    FOP1 fsqrt.s, rdn, 0x7f800000, 0x7f800000, 0
    FOP1 fsqrt.s, rne, 0xff800000, 0x7fc00000, NV
    FOP1 fsqrt.s, rdn, 0xff800000, 0x7fc00000, NV
    FOP1 fsqrt.s, rne, 0xbf800000, 0x7fc00000, NV
    FOP1 fsqrt.s, rdn, 0xbf800000, 0x7fc00000, NV
    FOP1 fsqrt.s, rne, 0x7fc00000, 0x7fc00000, 0
    FOP1 fsqrt.s, rdn, 0x7fc00000, 0x7fc00000, 0
    FOP1 fsqrt.s, rne, 0x7f800001, 0x7fc00000, NV
    FOP1 fsqrt.s, rdn, 0x7f800001, 0x7fc00000, NV
    FOP1 fsqrt.s, rne, 0x3f800001, 0x3f800000, NX
    FOP1 fsqrt.s, rtz, 0x3f800001, 0x3f800000, NX
    FOP1 fsqrt.s, rdn, 0x3f800001, 0x3f800000, NX
    FOP1 fsqrt.s, rup, 0x3f800001, 0x3f800001, NX
    FOP1 fsqrt.s, rmm, 0x3f800001, 0x3f800000, NX
    FOP1 fsqrt.s, rne, 0x3f7fffff, 0x3f7fffff, NX
    FOP1 fsqrt.s, rtz, 0x3f7fffff, 0x3f7fffff, NX
    FOP1 fsqrt.s, rdn, 0x3f7fffff, 0x3f7fffff, NX
    FOP1 fsqrt.s, rup, 0x3f7fffff, 0x3f800000, NX
    FOP1 fsqrt.s, rmm, 0x3f7fffff, 0x3f7fffff, NX
    SECTION "fmadd.s"
    FOP3 fmadd.s, rne, 0x3f800800, 0x3f800800, 0xbf801000, 0x33800000, 0
    FOP3 fmadd.s, rdn, 0x3f800800, 0x3f800800, 0xbf801000, 0x33800000, 0
    FOP3 fmadd.s, rne, 0x3f800800, 0x3f800800, 0x2f800000, 0x3f801001, NX
    FOP3 fmadd.s, rtz, 0x3f800800, 0x3f800800, 0x2f800000, 0x3f801000, NX
    FOP3 fmadd.s, rdn, 0x3f800800, 0x3f800800, 0x2f800000, 0x3f801000, NX
    FOP3 fmadd.s, rup, 0x3f800800, 0x3f800800, 0x2f800000, 0x3f801001, NX
    FOP3 fmadd.s, rmm, 0x3f800800, 0x3f800800, 0x2f800000, 0x3f801001, NX
    FOP3 fmadd.s, rne, 0x3f800800, 0x3f800800, 0xaf800000, 0x3f801000, NX
    FOP3 fmadd.s, rtz, 0x3f800800, 0x3f800800, 0xaf800000, 0x3f801000, NX
    FOP3 fmadd.s, rdn, 0x3f800800, 0x3f800800, 0xaf800000, 0x3f801000, NX
    FOP3 fmadd.s, rup, 0x3f800800, 0x3f800800, 0xaf800000, 0x3f801001, NX
    FOP3 fmadd.s, rmm, 0x3f800800, 0x3f800800, 0xaf800000, 0x3f801000, NX
    FOP3 fmadd.s, rne, 0x3f800800, 0x3f800800, 0x0, 0x3f801000, NX
    FOP3 fmadd.s, rtz, 0x3f800800, 0x3f800800, 0x0, 0x3f801000, NX
    FOP3 fmadd.s, rdn, 0x3f800800, 0x3f800800, 0x0, 0x3f801000, NX
    FOP3 fmadd.s, rup, 0x3f800800, 0x3f800800, 0x0, 0x3f801001, NX
    FOP3 fmadd.s, rmm, 0x3f800800, 0x3f800800, 0x0, 0x3f801001, NX
    FOP3 fmadd.s, rne, 0x40490fdb, 0x402df854, 0x3f800000, 0x4118a2c0, NX
    FOP3 fmadd.s, rtz, 0x40490fdb, 0x402df854, 0x3f800000, 0x4118a2c0, NX
    FOP3 fmadd.s, rdn, 0x40490fdb, 0x402df854, 0x3f800000, 0x4118a2c0, NX
    FOP3 fmadd.s, rup, 0x40490fdb, 0x402df854, 0x3f800000, 0x4118a2c1, NX
    FOP3 fmadd.s, rmm, 0x40490fdb, 0x402df854, 0x3f800000, 0x4118a2c0, NX
    FOP3 fmadd.s, rne, 0x7f7fffff, 0x40000000, 0xff7fffff, 0x7f7fffff, 0
    FOP3 fmadd.s, rdn, 0x7f7fffff, 0x40000000, 0xff7fffff, 0x7f7fffff, 0
    FOP3 fmadd.s, rne, 0x3f800000, 0x3f800000, 0xbf800000, 0x0, 0
    FOP3 fmadd.s, rtz, 0x3f800000, 0x3f800000, 0xbf800000, 0x0, 0
    FOP3 fmadd.s, rdn, 0x3f800000, 0x3f800000, 0xbf800000, 0x80000000, 0
    FOP3 fmadd.s, rup, 0x3f800000, 0x3f800000, 0xbf800000, 0x0, 0
    FOP3 fmadd.s, rmm, 0x3f800000, 0x3f800000, 0xbf800000, 0x0, 0
    FOP3 fmadd.s, rne, 0x0, 0x7f800000, 0x7fc00000, 0x7fc00000, NV
    FOP3 fmadd.s, rdn, 0x0, 0x7f800000, 0x7fc00000, 0x7fc00000, NV
    FOP3 fmadd.s, rne, 0x7f800000, 0x3f800000, 0xff800000, 0x7fc00000, NV
    FOP3 fmadd.s, rdn, 0x7f800000, 0x3f800000, 0xff800000, 0x7fc00000, NV
    FOP3 fmadd.s, rne, 0x1, 0x3f000000, 0x0, 0x0, UF|NX
    FOP3 fmadd.s, rtz, 0x1, 0x3f000000, 0x0, 0x0, UF|NX
    FOP3 fmadd.s, rdn, 0x1, 0x3f000000, 0x0, 0x0, UF|NX
    FOP3 fmadd.s, rup, 0x1, 0x3f000000, 0x0, 0x1, UF|NX
    FOP3 fmadd.s, rmm, 0x1, 0x3f000000, 0x0, 0x1, UF|NX
    FOP3 fmadd.s, rne, 0x80000000, 0x3f800000, 0x80000000, 0x80000000, 0
    FOP3 fmadd.s, rdn, 0x80000000, 0x3f800000, 0x80000000, 0x80000000, 0
    FOP3 fmadd.s, rne, 0x7f800001, 0x3f800000, 0x3f800000, 0x7fc00000, NV
    FOP3 fmadd.s, rdn, 0x7f800001, 0x3f800000, 0x3f800000, 0x7fc00000, NV
    FOP3 fmadd.s, rne, 0x7fc00000, 0x3f800000, 0x3f800000, 0x7fc00000, 0
    FOP3 fmadd.s, rdn, 0x7fc00000, 0x3f800000, 0x3f800000, 0x7fc00000, 0
    FOP3 fmadd.s, rne, 0x3dcccccd, 0x41200000, 0xbf800000, 0x32800000, 0
    FOP3 fmadd.s, rdn, 0x3dcccccd, 0x41200000, 0xbf800000, 0x32800000, 0
    SECTION "fmsub.s"
    FOP3 fmsub.s, rne, 0x3f800800, 0x3f800800, 0xbf801000, 0x40001000, NX
    FOP3 fmsub.s, rtz, 0x3f800800, 0x3f800800, 0xbf801000, 0x40001000, NX
    FOP3 fmsub.s, rdn, 0x3f800800, 0x3f800800, 0xbf801000, 0x40001000, NX
    FOP3 fmsub.s, rup, 0x3f800800, 0x3f800800, 0xbf801000, 0x40001001, NX
    FOP3 fmsub.s, rmm, 0x3f800800, 0x3f800800, 0xbf801000, 0x40001000, NX
    FOP3 fmsub.s, rne, 0x3f800800, 0x3f800800, 0x2f800000, 0x3f801000, NX
    FOP3 fmsub.s, rtz, 0x3f800800, 0x3f800800, 0x2f800000, 0x3f801000, NX
    FOP3 fmsub.s, rdn, 0x3f800800, 0x3f800800, 0x2f800000, 0x3f801000, NX
    FOP3 fmsub.s, rup, 0x3f800800, 0x3f800800, 0x2f800000, 0x3f801001, NX
    FOP3 fmsub.s, rmm, 0x3f800800, 0x3f800800, 0x2f800000, 0x3f801000, NX
    FOP3 fmsub.s, rne, 0x3f800800, 0x3f800800, 0xaf800000, 0x3f801001, NX
    FOP3 fmsub.s, rtz, 0x3f800800, 0x3f800800, 0xaf800000, 0x3f801000, NX
    FOP3 fmsub.s, rdn, 0x3f800800, 0x3f800800, 0xaf800000, 0x3f801000, NX
    FOP3 fmsub.s, rup, 0x3f800800, 0x3f800800, 0xaf800000, 0x3f801001, NX
    FOP3 fmsub.s, rmm, 0x3f800800, 0x3f800800, 0xaf800000, 0x3f801001, NX
    FOP3 fmsub.s, rne, 0x3f800800, 0x3f800800, 0x0, 0x3f801000, NX
    FOP3 fmsub.s, rtz, 0x3f800800, 0x3f800800, 0x0, 0x3f801000, NX
    FOP3 fmsub.s, rdn, 0x3f800800, 0x3f800800, 0x0, 0x3f801000, NX
    FOP3 fmsub.s, rup, 0x3f800800, 0x3f800800, 0x0, 0x3f801001, NX
    FOP3 fmsub.s, rmm, 0x3f800800, 0x3f800800, 0x0, 0x3f801001, NX
    FOP3 fmsub.s, rne, 0x40490fdb, 0x402df854, 0x3f800000, 0x40f14581, NX
    FOP3 fmsub.s, rtz, 0x40490fdb, 0x402df854, 0x3f800000, 0x40f14580, NX
    FOP3 fmsub.s, rdn, 0x40490fdb, 0x402df854, 0x3f800000, 0x40f14580, NX
    FOP3 fmsub.s, rup, 0x40490fdb, 0x402df854, 0x3f800000, 0x40f14581, NX
    FOP3 fmsub.s, rmm, 0x40490fdb, 0x402df854, 0x3f800000, 0x40f14581, NX
    FOP3 fmsub.s, rne, 0x7f7fffff, 0x40000000, 0xff7fffff, 0x7f800000, OF|NX
    FOP3 fmsub.s, rtz, 0x7f7fffff, 0x40000000, 0xff7fffff, 0x7f7fffff, OF|NX
    FOP3 fmsub.s, rdn, 0x7f7fffff, 0x40000000, 0xff7fffff, 0x7f7fffff, OF|NX
    FOP3 fmsub.s, rup, 0x7f7fffff, 0x40000000, 0xff7fffff, 0x7f800000, OF|NX
    FOP3 fmsub.s, rmm, 0x7f7fffff, 0x40000000, 0xff7fffff, 0x7f800000, OF|NX
    FOP3 fmsub.s, rne, 0x3f800000, 0x3f800000, 0xbf800000, 0x40000000, 0
    FOP3 fmsub.s, rdn, 0x3f800000, 0x3f800000, 0xbf800000, 0x40000000, 0
    FOP3 fmsub.s, rne, 0x0, 0x7f800000, 0x7fc00000, 0x7fc00000, NV
    FOP3 fmsub.s, rdn, 0x0, 0x7f800000, 0x7fc00000, 0x7fc00000, NV
    FOP3 fmsub.s, rne, 0x7f800000, 0x3f800000, 0xff800000, 0x7f800000, 0
    FOP3 fmsub.s, rdn, 0x7f800000, 0x3f800000, 0xff800000, 0x7f800000, 0
    FOP3 fmsub.s, rne, 0x1, 0x3f000000, 0x0, 0x0, UF|NX
    FOP3 fmsub.s, rtz, 0x1, 0x3f000000, 0x0, 0x0, UF|NX
    FOP3 fmsub.s, rdn, 0x1, 0x3f000000, 0x0, 0x0, UF|NX
    FOP3 fmsub.s, rup, 0x1, 0x3f000000, 0x0, 0x1, UF|NX
    FOP3 fmsub.s, rmm, 0x1, 0x3f000000, 0x0, 0x1, UF|NX
    FOP3 fmsub.s, rne, 0x80000000, 0x3f800000, 0x80000000, 0x0, 0
    FOP3 fmsub.s, rtz, 0x80000000, 0x3f800000, 0x80000000, 0x0, 0
    FOP3 fmsub.s, rdn, 0x80000000, 0x3f800000, 0x80000000, 0x80000000, 0
    FOP3 fmsub.s, rup, 0x80000000, 0x3f800000, 0x80000000, 0x0, 0
    FOP3 fmsub.s, rmm, 0x80000000, 0x3f800000, 0x80000000, 0x0, 0
    FOP3 fmsub.s, rne, 0x7f800001, 0x3f800000, 0x3f800000, 0x7fc00000, NV
    FOP3 fmsub.s, rdn, 0x7f800001, 0x3f800000, 0x3f800000, 0x7fc00000, NV
    FOP3 fmsub.s, rne, 0x7fc00000, 0x3f800000, 0x3f800000, 0x7fc00000, 0
    FOP3 fmsub.s, rdn, 0x7fc00000, 0x3f800000, 0x3f800000, 0x7fc00000, 0
    FOP3 fmsub.s, rne, 0x3dcccccd, 0x41200000, 0xbf800000, 0x40000000, NX
    FOP3 fmsub.s, rtz, 0x3dcccccd, 0x41200000, 0xbf800000, 0x40000000, NX
    FOP3 fmsub.s, rdn, 0x3dcccccd, 0x41200000, 0xbf800000, 0x40000000, NX
    FOP3 fmsub.s, rup, 0x3dcccccd, 0x41200000, 0xbf800000, 0x40000001, NX
    FOP3 fmsub.s, rmm, 0x3dcccccd, 0x41200000, 0xbf800000, 0x40000000, NX
    SECTION "fnmsub.s"
    FOP3 fnmsub.s, rne, 0x3f800800, 0x3f800800, 0xbf801000, 0xc0001000, NX
    FOP3 fnmsub.s, rtz, 0x3f800800, 0x3f800800, 0xbf801000, 0xc0001000, NX
    FOP3 fnmsub.s, rdn, 0x3f800800, 0x3f800800, 0xbf801000, 0xc0001001, NX
    FOP3 fnmsub.s, rup, 0x3f800800, 0x3f800800, 0xbf801000, 0xc0001000, NX
    FOP3 fnmsub.s, rmm, 0x3f800800, 0x3f800800, 0xbf801000, 0xc0001000, NX
    FOP3 fnmsub.s, rne, 0x3f800800, 0x3f800800, 0x2f800000, 0xbf801000, NX
    FOP3 fnmsub.s, rtz, 0x3f800800, 0x3f800800, 0x2f800000, 0xbf801000, NX
    FOP3 fnmsub.s, rdn, 0x3f800800, 0x3f800800, 0x2f800000, 0xbf801001, NX
    FOP3 fnmsub.s, rup, 0x3f800800, 0x3f800800, 0x2f800000, 0xbf801000, NX
    FOP3 fnmsub.s, rmm, 0x3f800800, 0x3f800800, 0x2f800000, 0xbf801000, NX
    FOP3 fnmsub.s, rne, 0x3f800800, 0x3f800800, 0xaf800000, 0xbf801001, NX
    FOP3 fnmsub.s, rtz, 0x3f800800, 0x3f800800, 0xaf800000, 0xbf801000, NX
    FOP3 fnmsub.s, rdn, 0x3f800800, 0x3f800800, 0xaf800000, 0xbf801001, NX
    FOP3 fnmsub.s, rup, 0x3f800800, 0x3f800800, 0xaf800000, 0xbf801000, NX
    FOP3 fnmsub.s, rmm, 0x3f800800, 0x3f800800, 0xaf800000, 0xbf801001, NX
    FOP3 fnmsub.s, rne, 0x3f800800, 0x3f800800, 0x0, 0xbf801000, NX
    FOP3 fnmsub.s, rtz, 0x3f800800, 0x3f800800, 0x0, 0xbf801000, NX
    FOP3 fnmsub.s, rdn, 0x3f800800, 0x3f800800, 0x0, 0xbf801001, NX
    FOP3 fnmsub.s, rup, 0x3f800800, 0x3f800800, 0x0, 0xbf801000, NX
    FOP3 fnmsub.s, rmm, 0x3f800800, 0x3f800800, 0x0, 0xbf801001, NX
    FOP3 fnmsub.s, rne, 0x40490fdb, 0x402df854, 0x3f800000, 0xc0f14581, NX
    FOP3 fnmsub.s, rtz, 0x40490fdb, 0x402df854, 0x3f800000, 0xc0f14580, NX
    FOP3 fnmsub.s, rdn, 0x40490fdb, 0x402df854, 0x3f800000, 0xc0f14581, NX
    FOP3 fnmsub.s, rup, 0x40490fdb, 0x402df854, 0x3f800000, 0xc0f14580, NX
    FOP3 fnmsub.s, rmm, 0x40490fdb, 0x402df854, 0x3f800000, 0xc0f14581, NX
    FOP3 fnmsub.s, rne, 0x7f7fffff, 0x40000000, 0xff7fffff, 0xff800000, OF|NX
    FOP3 fnmsub.s, rtz, 0x7f7fffff, 0x40000000, 0xff7fffff, 0xff7fffff, OF|NX
    FOP3 fnmsub.s, rdn, 0x7f7fffff, 0x40000000, 0xff7fffff, 0xff800000, OF|NX
    FOP3 fnmsub.s, rup, 0x7f7fffff, 0x40000000, 0xff7fffff, 0xff7fffff, OF|NX
    FOP3 fnmsub.s, rmm, 0x7f7fffff, 0x40000000, 0xff7fffff, 0xff800000, OF|NX
    FOP3 fnmsub.s, rne, 0x3f800000, 0x3f800000, 0xbf800000, 0xc0000000, 0
    FOP3 fnmsub.s, rdn, 0x3f800000, 0x3f800000, 0xbf800000, 0xc0000000, 0
    FOP3 fnmsub.s, rne, 0x0, 0x7f800000, 0x7fc00000, 0x7fc00000, NV
    FOP3 fnmsub.s, rdn, 0x0, 0x7f800000, 0x7fc00000, 0x7fc00000, NV
    FOP3 fnmsub.s, rne, 0x7f800000, 0x3f800000, 0xff800000, 0xff800000, 0
    FOP3 fnmsub.s, rdn, 0x7f800000, 0x3f800000, 0xff800000, 0xff800000, 0
    FOP3 fnmsub.s, rne, 0x1, 0x3f000000, 0x0, 0x80000000, UF|NX
    FOP3 fnmsub.s, rtz, 0x1, 0x3f000000, 0x0, 0x80000000, UF|NX
    FOP3 fnmsub.s, rdn, 0x1, 0x3f000000, 0x0, 0x80000001, UF|NX
    FOP3 fnmsub.s, rup, 0x1, 0x3f000000, 0x0, 0x80000000, UF|NX
    FOP3 fnmsub.s, rmm, 0x1, 0x3f000000, 0x0, 0x80000001, UF|NX
    FOP3 fnmsub.s, rne, 0x80000000, 0x3f800000, 0x80000000, 0x0, 0
    FOP3 fnmsub.s, rtz, 0x80000000, 0x3f800000, 0x80000000, 0x0, 0
    FOP3 fnmsub.s, rdn, 0x80000000, 0x3f800000, 0x80000000, 0x80000000, 0
    FOP3 fnmsub.s, rup, 0x80000000, 0x3f800000, 0x80000000, 0x0, 0
    FOP3 fnmsub.s, rmm, 0x80000000, 0x3f800000, 0x80000000, 0x0, 0
    FOP3 fnmsub.s, rne, 0x7f800001, 0x3f800000, 0x3f800000, 0x7fc00000, NV
    FOP3 fnmsub.s, rdn, 0x7f800001, 0x3f800000, 0x3f800000, 0x7fc00000, NV
    FOP3 fnmsub.s, rne, 0x7fc00000, 0x3f800000, 0x3f800000, 0x7fc00000, 0
    FOP3 fnmsub.s, rdn, 0x7fc00000, 0x3f800000, 0x3f800000, 0x7fc00000, 0
    FOP3 fnmsub.s, rne, 0x3dcccccd, 0x41200000, 0xbf800000, 0xc0000000, NX
    FOP3 fnmsub.s, rtz, 0x3dcccccd, 0x41200000, 0xbf800000, 0xc0000000, NX
    FOP3 fnmsub.s, rdn, 0x3dcccccd, 0x41200000, 0xbf800000, 0xc0000001, NX
    FOP3 fnmsub.s, rup, 0x3dcccccd, 0x41200000, 0xbf800000, 0xc0000000, NX
    FOP3 fnmsub.s, rmm, 0x3dcccccd, 0x41200000, 0xbf800000, 0xc0000000, NX
    SECTION "fnmadd.s"
    FOP3 fnmadd.s, rne, 0x3f800800, 0x3f800800, 0xbf801000, 0xb3800000, 0
    FOP3 fnmadd.s, rdn, 0x3f800800, 0x3f800800, 0xbf801000, 0xb3800000, 0
    FOP3 fnmadd.s, rne, 0x3f800800, 0x3f800800, 0x2f800000, 0xbf801001, NX
    FOP3 fnmadd.s, rtz, 0x3f800800, 0x3f800800, 0x2f800000, 0xbf801000, NX
    FOP3 fnmadd.s, rdn, 0x3f800800, 0x3f800800, 0x2f800000, 0xbf801001, NX
    FOP3 fnmadd.s, rup, 0x3f800800, 0x3f800800, 0x2f800000, 0xbf801000, NX
    FOP3 fnmadd.s, rmm, 0x3f800800, 0x3f800800, 0x2f800000, 0xbf801001, NX
    FOP3 fnmadd.s, rne, 0x3f800800, 0x3f800800, 0xaf800000, 0xbf801000, NX
    FOP3 fnmadd.s, rtz, 0x3f800800, 0x3f800800, 0xaf800000, 0xbf801000, NX
    FOP3 fnmadd.s, rdn, 0x3f800800, 0x3f800800, 0xaf800000, 0xbf801001, NX
    FOP3 fnmadd.s, rup, 0x3f800800, 0x3f800800, 0xaf800000, 0xbf801000, NX
    FOP3 fnmadd.s, rmm, 0x3f800800, 0x3f800800, 0xaf800000, 0xbf801000, NX
    FOP3 fnmadd.s, rne, 0x3f800800, 0x3f800800, 0x0, 0xbf801000, NX
    FOP3 fnmadd.s, rtz, 0x3f800800, 0x3f800800, 0x0, 0xbf801000, NX
    FOP3 fnmadd.s, rdn, 0x3f800800, 0x3f800800, 0x0, 0xbf801001, NX
    FOP3 fnmadd.s, rup, 0x3f800800, 0x3f800800, 0x0, 0xbf801000, NX
    FOP3 fnmadd.s, rmm, 0x3f800800, 0x3f800800, 0x0, 0xbf801001, NX
    FOP3 fnmadd.s, rne, 0x40490fdb, 0x402df854, 0x3f800000, 0xc118a2c0, NX
    FOP3 fnmadd.s, rtz, 0x40490fdb, 0x402df854, 0x3f800000, 0xc118a2c0, NX
    FOP3 fnmadd.s, rdn, 0x40490fdb, 0x402df854, 0x3f800000, 0xc118a2c1, NX
    FOP3 fnmadd.s, rup, 0x40490fdb, 0x402df854, 0x3f800000, 0xc118a2c0, NX
    FOP3 fnmadd.s, rmm, 0x40490fdb, 0x402df854, 0x3f800000, 0xc118a2c0, NX
    FOP3 fnmadd.s, rne, 0x7f7fffff, 0x40000000, 0xff7fffff, 0xff7fffff, 0
    FOP3 fnmadd.s, rdn, 0x7f7fffff, 0x40000000, 0xff7fffff, 0xff7fffff, 0
    FOP3 fnmadd.s, rne, 0x3f800000, 0x3f800000, 0xbf800000, 0x0, 0
    FOP3 fnmadd.s, rtz, 0x3f800000, 0x3f800000, 0xbf800000, 0x0, 0
    FOP3 fnmadd.s, rdn, 0x3f800000, 0x3f800000, 0xbf800000, 0x80000000, 0
    FOP3 fnmadd.s, rup, 0x3f800000, 0x3f800000, 0xbf800000, 0x0, 0
    FOP3 fnmadd.s, rmm, 0x3f800000, 0x3f800000, 0xbf800000, 0x0, 0
    FOP3 fnmadd.s, rne, 0x0, 0x7f800000, 0x7fc00000, 0x7fc00000, NV
    FOP3 fnmadd.s, rdn, 0x0, 0x7f800000, 0x7fc00000, 0x7fc00000, NV
    FOP3 fnmadd.s, rne, 0x7f800000, 0x3f800000, 0xff800000, 0x7fc00000, NV
    FOP3 fnmadd.s, rdn, 0x7f800000, 0x3f800000, 0xff800000, 0x7fc00000, NV
    FOP3 fnmadd.s, rne, 0x1, 0x3f000000, 0x0, 0x80000000, UF|NX
    FOP3 fnmadd.s, rtz, 0x1, 0x3f000000, 0x0, 0x80000000, UF|NX
    FOP3 fnmadd.s, rdn, 0x1, 0x3f000000, 0x0, 0x80000001, UF|NX
    FOP3 fnmadd.s, rup, 0x1, 0x3f000000, 0x0, 0x80000000, UF|NX
    FOP3 fnmadd.s, rmm, 0x1, 0x3f000000, 0x0, 0x80000001, UF|NX
    FOP3 fnmadd.s, rne, 0x80000000, 0x3f800000, 0x80000000, 0x0, 0
    FOP3 fnmadd.s, rdn, 0x80000000, 0x3f800000, 0x80000000, 0x0, 0
    FOP3 fnmadd.s, rne, 0x7f800001, 0x3f800000, 0x3f800000, 0x7fc00000, NV
    FOP3 fnmadd.s, rdn, 0x7f800001, 0x3f800000, 0x3f800000, 0x7fc00000, NV
    FOP3 fnmadd.s, rne, 0x7fc00000, 0x3f800000, 0x3f800000, 0x7fc00000, 0
    FOP3 fnmadd.s, rdn, 0x7fc00000, 0x3f800000, 0x3f800000, 0x7fc00000, 0
    FOP3 fnmadd.s, rne, 0x3dcccccd, 0x41200000, 0xbf800000, 0xb2800000, 0
    FOP3 fnmadd.s, rdn, 0x3dcccccd, 0x41200000, 0xbf800000, 0xb2800000, 0
TEST_END
