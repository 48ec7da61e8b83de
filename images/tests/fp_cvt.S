/*
 * fp_cvt: every F/D conversion (unprivileged spec, "Single-Precision
 * Floating-Point Conversion and Move Instructions" and the D counterparts).
 *   - float -> integer (fcvt.{w,wu,l,lu}.{s,d}) in each rounding mode where
 *     it matters: out-of-range and infinite inputs saturate to the nearest
 *     representable value with NV; NaN converts to the largest positive
 *     value (2^31-1, 2^32-1, 2^63-1, 2^64-1) with NV; a negative value that
 *     rounds to 0 converts to 0 for the unsigned forms with NX only, one that
 *     rounds to -1 or below gives 0 with NV (table "Domains of float-to-
 *     integer conversions and behavior for invalid inputs"); NV is raised
 *     without NX;
 *   - the 32-bit results (w and wu) are sign-extended to 64 bits, so
 *     fcvt.wu.s of 4294967295.0 gives 0xffffffffffffffff;
 *   - integer -> float (fcvt.{s,d}.{w,wu,l,lu}): the W forms read only the
 *     low 32 bits of rs1; results rounded with NX when inexact;
 *   - fcvt.s.d rounding, overflow, underflow (tininess after rounding),
 *     NaNs become the canonical NaN (NV for signaling NaNs);
 *   - fcvt.d.s is exact; NaNs become the canonical double NaN.
 * Each vector uses the static rm field (fp_s/fp_d test frm/dyn); fflags is
 * cleared first and checked after.  Expected values come from the same
 * exact model as fp_s/fp_d.
 */
#include "test.h"
#include "fp.h"

    .option norvc

/* CVT_F2I_S / _D op, rm, a, exp, flags: a0 = op(f1 = a). */
.macro CVT_F2I_S op, rm, a, exp, fl
    li t0, \a
    fmv.w.x f1, t0
    fsflags zero
    \op a0, f1, \rm
    frflags a1
    CHECK a0, \exp
    CHECK a1, \fl
.endm
.macro CVT_F2I_D op, rm, a, exp, fl
    li t0, \a
    fmv.d.x f1, t0
    fsflags zero
    \op a0, f1, \rm
    frflags a1
    CHECK a0, \exp
    CHECK a1, \fl
.endm
/* CVT_I2F_S / _D op, rm, a, exp, flags: f3 = op(a2 = a). */
.macro CVT_I2F_S op, rm, a, exp, fl
    li a2, \a
    fsflags zero
    \op f3, a2, \rm
    frflags a1
    fmv.x.d a0, f3
    CHECK a0, (0xffffffff00000000 | \exp)
    CHECK a1, \fl
.endm
.macro CVT_I2F_D op, rm, a, exp, fl
    li a2, \a
    fsflags zero
    \op f3, a2, \rm
    frflags a1
    fmv.x.d a0, f3
    CHECK a0, \exp
    CHECK a1, \fl
.endm
/* CVT_I2F_DX op, a, exp, flags: the exact fcvt.d.w/fcvt.d.wu (no rm operand
 * in the assembler: every 32-bit integer is representable in a double). */
.macro CVT_I2F_DX op, a, exp, fl
    li a2, \a
    fsflags zero
    \op f3, a2
    frflags a1
    fmv.x.d a0, f3
    CHECK a0, \exp
    CHECK a1, \fl
.endm
/* CVT_F2F_SD rm, a, exp, flags: f3 = fcvt.s.d(a).  _DS: fcvt.d.s. */
.macro CVT_F2F_SD rm, a, exp, fl
    li t0, \a
    fmv.d.x f1, t0
    fsflags zero
    fcvt.s.d f3, f1, \rm
    frflags a1
    fmv.x.d a0, f3
    CHECK a0, (0xffffffff00000000 | \exp)
    CHECK a1, \fl
.endm
.macro CVT_F2F_DS a, exp, fl
    li t0, \a
    fmv.w.x f1, t0
    fsflags zero
    fcvt.d.s f3, f1
    frflags a1
    fmv.x.d a0, f3
    CHECK a0, \exp
    CHECK a1, \fl
.endm

TEST_BEGIN fp_cvt
    FP_ON
    SECTION "float to integer (s)"
    CVT_F2I_S fcvt.w.s, rne, 0x0, 0x0, 0
    CVT_F2I_S fcvt.w.s, rne, 0x80000000, 0x0, 0
    CVT_F2I_S fcvt.w.s, rne, 0x3f000000, 0x0, NX
    CVT_F2I_S fcvt.w.s, rtz, 0x3f000000, 0x0, NX
    CVT_F2I_S fcvt.w.s, rdn, 0x3f000000, 0x0, NX
    CVT_F2I_S fcvt.w.s, rup, 0x3f000000, 0x1, NX
    CVT_F2I_S fcvt.w.s, rmm, 0x3f000000, 0x1, NX
    CVT_F2I_S fcvt.w.s, rne, 0xbf000000, 0x0, NX
    CVT_F2I_S fcvt.w.s, rtz, 0xbf000000, 0x0, NX
    CVT_F2I_S fcvt.w.s, rdn, 0xbf000000, 0xffffffffffffffff, NX
    CVT_F2I_S fcvt.w.s, rup, 0xbf000000, 0x0, NX
    CVT_F2I_S fcvt.w.s, rmm, 0xbf000000, 0xffffffffffffffff, NX
    CVT_F2I_S fcvt.w.s, rne, 0x3fc00000, 0x2, NX
    CVT_F2I_S fcvt.w.s, rtz, 0x3fc00000, 0x1, NX
    CVT_F2I_S fcvt.w.s, rdn, 0x3fc00000, 0x1, NX
    CVT_F2I_S fcvt.w.s, rup, 0x3fc00000, 0x2, NX
    CVT_F2I_S fcvt.w.s, rmm, 0x3fc00000, 0x2, NX
    CVT_F2I_S fcvt.w.s, rne, 0xbfc00000, 0xfffffffffffffffe, NX
    CVT_F2I_S fcvt.w.s, rtz, 0xbfc00000, 0xffffffffffffffff, NX
    CVT_F2I_S fcvt.w.s, rdn, 0xbfc00000, 0xfffffffffffffffe, NX
    CVT_F2I_S fcvt.w.s, rup, 0xbfc00000, 0xffffffffffffffff, NX
    CVT_F2I_S fcvt.w.s, rmm, 0xbfc00000, 0xfffffffffffffffe, NX
    CVT_F2I_S fcvt.w.s, rne, 0x40200000, 0x2, NX
    CVT_F2I_S fcvt.w.s, rtz, 0x40200000, 0x2, NX
    CVT_F2I_S fcvt.w.s, rdn, 0x40200000, 0x2, NX
    CVT_F2I_S fcvt.w.s, rup, 0x40200000, 0x3, NX
    CVT_F2I_S fcvt.w.s, rmm, 0x40200000, 0x3, NX
    CVT_F2I_S fcvt.w.s, rne, 0xc0200000, 0xfffffffffffffffe, NX
    CVT_F2I_S fcvt.w.s, rtz, 0xc0200000, 0xfffffffffffffffe, NX
    CVT_F2I_S fcvt.w.s, rdn, 0xc0200000, 0xfffffffffffffffd, NX
    CVT_F2I_S fcvt.w.s, rup, 0xc0200000, 0xfffffffffffffffe, NX
    CVT_F2I_S fcvt.w.s, rmm, 0xc0200000, 0xfffffffffffffffd, NX
    CVT_F2I_S fcvt.w.s, rne, 0x3ecccccd, 0x0, NX
    CVT_F2I_S fcvt.w.s, rtz, 0x3ecccccd, 0x0, NX
    CVT_F2I_S fcvt.w.s, rdn, 0x3ecccccd, 0x0, NX
    CVT_F2I_S fcvt.w.s, rup, 0x3ecccccd, 0x1, NX
    CVT_F2I_S fcvt.w.s, rmm, 0x3ecccccd, 0x0, NX
    CVT_F2I_S fcvt.w.s, rne, 0xbf19999a, 0xffffffffffffffff, NX
    CVT_F2I_S fcvt.w.s, rtz, 0xbf19999a, 0x0, NX
    CVT_F2I_S fcvt.w.s, rdn, 0xbf19999a, 0xffffffffffffffff, NX
    CVT_F2I_S fcvt.w.s, rup, 0xbf19999a, 0x0, NX
    CVT_F2I_S fcvt.w.s, rmm, 0xbf19999a, 0xffffffffffffffff, NX
    CVT_F2I_S fcvt.w.s, rne, 0xbf800000, 0xffffffffffffffff, 0
    CVT_F2I_S fcvt.w.s, rne, 0x40e00000, 0x7, 0
    CVT_F2I_S fcvt.w.s, rne, 0x4f000000, 0x7fffffff, NV
    CVT_F2I_S fcvt.w.s, rne, 0xcf000000, 0xffffffff80000000, 0
    CVT_F2I_S fcvt.w.s, rne, 0x4f800000, 0x7fffffff, NV
    CVT_F2I_S fcvt.w.s, rne, 0x5f000000, 0x7fffffff, NV
    CVT_F2I_S fcvt.w.s, rne, 0xdf000000, 0xffffffff80000000, NV
    CVT_F2I_S fcvt.w.s, rne, 0x5f800000, 0x7fffffff, NV
    CVT_F2I_S fcvt.w.s, rne, 0xcf800000, 0xffffffff80000000, NV
    CVT_F2I_S fcvt.w.s, rne, 0x4ceb79a3, 0x75bcd18, 0
    CVT_F2I_S fcvt.w.s, rne, 0x7fc00000, 0x7fffffff, NV
    CVT_F2I_S fcvt.w.s, rne, 0xffc00000, 0x7fffffff, NV
    CVT_F2I_S fcvt.w.s, rne, 0x7f800001, 0x7fffffff, NV
    CVT_F2I_S fcvt.w.s, rne, 0x7f800000, 0x7fffffff, NV
    CVT_F2I_S fcvt.w.s, rne, 0xff800000, 0xffffffff80000000, NV
    CVT_F2I_S fcvt.w.s, rne, 0x1, 0x0, NX
    CVT_F2I_S fcvt.w.s, rtz, 0x1, 0x0, NX
    CVT_F2I_S fcvt.w.s, rdn, 0x1, 0x0, NX
    CVT_F2I_S fcvt.w.s, rup, 0x1, 0x1, NX
    CVT_F2I_S fcvt.w.s, rmm, 0x1, 0x0, NX
    CVT_F2I_S fcvt.w.s, rne, 0x80000001, 0x0, NX
    CVT_F2I_S fcvt.w.s, rtz, 0x80000001, 0x0, NX
    CVT_F2I_S fcvt.w.s, rdn, 0x80000001, 0xffffffffffffffff, NX
    CVT_F2I_S fcvt.w.s, rup, 0x80000001, 0x0, NX
    CVT_F2I_S fcvt.w.s, rmm, 0x80000001, 0x0, NX
    CVT_F2I_S fcvt.w.s, rne, 0x7f7fffff, 0x7fffffff, NV
    CVT_F2I_S fcvt.w.s, rne, 0xff7fffff, 0xffffffff80000000, NV
    CVT_F2I_S fcvt.wu.s, rne, 0x0, 0x0, 0
    CVT_F2I_S fcvt.wu.s, rne, 0x80000000, 0x0, 0
    CVT_F2I_S fcvt.wu.s, rne, 0x3f000000, 0x0, NX
    CVT_F2I_S fcvt.wu.s, rtz, 0x3f000000, 0x0, NX
    CVT_F2I_S fcvt.wu.s, rdn, 0x3f000000, 0x0, NX
    CVT_F2I_S fcvt.wu.s, rup, 0x3f000000, 0x1, NX
    CVT_F2I_S fcvt.wu.s, rmm, 0x3f000000, 0x1, NX
    CVT_F2I_S fcvt.wu.s, rne, 0xbf000000, 0x0, NX
    CVT_F2I_S fcvt.wu.s, rtz, 0xbf000000, 0x0, NX
    CVT_F2I_S fcvt.wu.s, rdn, 0xbf000000, 0x0, NV
    CVT_F2I_S fcvt.wu.s, rup, 0xbf000000, 0x0, NX
    CVT_F2I_S fcvt.wu.s, rmm, 0xbf000000, 0x0, NV
    CVT_F2I_S fcvt.wu.s, rne, 0x3fc00000, 0x2, NX
    CVT_F2I_S fcvt.wu.s, rtz, 0x3fc00000, 0x1, NX
    CVT_F2I_S fcvt.wu.s, rdn, 0x3fc00000, 0x1, NX
    CVT_F2I_S fcvt.wu.s, rup, 0x3fc00000, 0x2, NX
    CVT_F2I_S fcvt.wu.s, rmm, 0x3fc00000, 0x2, NX
    CVT_F2I_S fcvt.wu.s, rne, 0xbfc00000, 0x0, NV
    CVT_F2I_S fcvt.wu.s, rne, 0x40200000, 0x2, NX
    CVT_F2I_S fcvt.wu.s, rtz, 0x40200000, 0x2, NX
    CVT_F2I_S fcvt.wu.s, rdn, 0x40200000, 0x2, NX
    CVT_F2I_S fcvt.wu.s, rup, 0x40200000, 0x3, NX
    CVT_F2I_S fcvt.wu.s, rmm, 0x40200000, 0x3, NX
    CVT_F2I_S fcvt.wu.s, rne, 0xc0200000, 0x0, NV
    CVT_F2I_S fcvt.wu.s, rne, 0x3ecccccd, 0x0, NX
    CVT_F2I_S fcvt.wu.s, rtz, 0x3ecccccd, 0x0, NX
    CVT_F2I_S fcvt.wu.s, rdn, 0x3ecccccd, 0x0, NX
    CVT_F2I_S fcvt.wu.s, rup, 0x3ecccccd, 0x1, NX
    CVT_F2I_S fcvt.wu.s, rmm, 0x3ecccccd, 0x0, NX
    CVT_F2I_S fcvt.wu.s, rne, 0xbf19999a, 0x0, NV
    CVT_F2I_S fcvt.wu.s, rtz, 0xbf19999a, 0x0, NX
    CVT_F2I_S fcvt.wu.s, rdn, 0xbf19999a, 0x0, NV
    CVT_F2I_S fcvt.wu.s, rup, 0xbf19999a, 0x0, NX
    CVT_F2I_S fcvt.wu.s, rmm, 0xbf19999a, 0x0, NV
    CVT_F2I_S fcvt.wu.s, rne, 0xbf800000, 0x0, NV
    CVT_F2I_S fcvt.wu.s, rne, 0x40e00000, 0x7, 0
    CVT_F2I_S fcvt.wu.s, rne, 0x4f000000, 0xffffffff80000000, 0
    CVT_F2I_S fcvt.wu.s, rne, 0xcf000000, 0x0, NV
    CVT_F2I_S fcvt.wu.s, rne, 0x4f800000, 0xffffffffffffffff, NV
    CVT_F2I_S fcvt.wu.s, rne, 0x5f000000, 0xffffffffffffffff, NV
    CVT_F2I_S fcvt.wu.s, rne, 0xdf000000, 0x0, NV
    CVT_F2I_S fcvt.wu.s, rne, 0x5f800000, 0xffffffffffffffff, NV
    CVT_F2I_S fcvt.wu.s, rne, 0xcf800000, 0x0, NV
    CVT_F2I_S fcvt.wu.s, rne, 0x4ceb79a3, 0x75bcd18, 0
    CVT_F2I_S fcvt.wu.s, rne, 0x7fc00000, 0xffffffffffffffff, NV
    CVT_F2I_S fcvt.wu.s, rne, 0xffc00000, 0xffffffffffffffff, NV
    CVT_F2I_S fcvt.wu.s, rne, 0x7f800001, 0xffffffffffffffff, NV
    CVT_F2I_S fcvt.wu.s, rne, 0x7f800000, 0xffffffffffffffff, NV
    CVT_F2I_S fcvt.wu.s, rne, 0xff800000, 0x0, NV
    CVT_F2I_S fcvt.wu.s, rne, 0x1, 0x0, NX
    CVT_F2I_S fcvt.wu.s, rtz, 0x1, 0x0, NX
    CVT_F2I_S fcvt.wu.s, rdn, 0x1, 0x0, NX
    CVT_F2I_S fcvt.wu.s, rup, 0x1, 0x1, NX
    CVT_F2I_S fcvt.wu.s, rmm, 0x1, 0x0, NX
    CVT_F2I_S fcvt.wu.s, rne, 0x80000001, 0x0, NX
    CVT_F2I_S fcvt.wu.s, rtz, 0x80000001, 0x0, NX
    CVT_F2I_S fcvt.wu.s, rdn, 0x80000001, 0x0, NV
    CVT_F2I_S fcvt.wu.s, rup, 0x80000001, 0x0, NX
    CVT_F2I_S fcvt.wu.s, rmm, 0x80000001, 0x0, NX
    CVT_F2I_S fcvt.wu.s, rne, 0x7f7fffff, 0xffffffffffffffff, NV
    CVT_F2I_S fcvt.wu.s, rne, 0xff7fffff, 0x0, NV
    CVT_F2I_S fcvt.l.s, rne, 0x0, 0x0, 0
    CVT_F2I_S fcvt.l.s, rne, 0x80000000, 0x0, 0
    CVT_F2I_S fcvt.l.s, rne, 0x3f000000, 0x0, NX
    CVT_F2I_S fcvt.l.s, rtz, 0x3f000000, 0x0, NX
    CVT_F2I_S fcvt.l.s, rdn, 0x3f000000, 0x0, NX
    CVT_F2I_S fcvt.l.s, rup, 0x3f000000, 0x1, NX
    CVT_F2I_S fcvt.l.s, rmm, 0x3f000000, 0x1, NX
    CVT_F2I_S fcvt.l.s, rne, 0xbf000000, 0x0, NX
    CVT_F2I_S fcvt.l.s, rtz, 0xbf000000, 0x0, NX
    CVT_F2I_S fcvt.l.s, rdn, 0xbf000000, 0xffffffffffffffff, NX
    CVT_F2I_S fcvt.l.s, rup, 0xbf000000, 0x0, NX
    CVT_F2I_S fcvt.l.s, rmm, 0xbf000000, 0xffffffffffffffff, NX
    CVT_F2I_S fcvt.l.s, rne, 0x3fc00000, 0x2, NX
    CVT_F2I_S fcvt.l.s, rtz, 0x3fc00000, 0x1, NX
    CVT_F2I_S fcvt.l.s, rdn, 0x3fc00000, 0x1, NX
    CVT_F2I_S fcvt.l.s, rup, 0x3fc00000, 0x2, NX
    CVT_F2I_S fcvt.l.s, rmm, 0x3fc00000, 0x2, NX
    CVT_F2I_S fcvt.l.s, rne, 0xbfc00000, 0xfffffffffffffffe, NX
    CVT_F2I_S fcvt.l.s, rtz, 0xbfc00000, 0xffffffffffffffff, NX
    CVT_F2I_S fcvt.l.s, rdn, 0xbfc00000, 0xfffffffffffffffe, NX
    CVT_F2I_S fcvt.l.s, rup, 0xbfc00000, 0xffffffffffffffff, NX
    CVT_F2I_S fcvt.l.s, rmm, 0xbfc00000, 0xfffffffffffffffe, NX
    CVT_F2I_S fcvt.l.s, rne, 0x40200000, 0x2, NX
    CVT_F2I_S fcvt.l.s, rtz, 0x40200000, 0x2, NX
    CVT_F2I_S fcvt.l.s, rdn, 0x40200000, 0x2, NX
    CVT_F2I_S fcvt.l.s, rup, 0x40200000, 0x3, NX
    CVT_F2I_S fcvt.l.s, rmm, 0x40200000, 0x3, NX
    CVT_F2I_S fcvt.l.s, rne, 0xc0200000, 0xfffffffffffffffe, NX
    CVT_F2I_S fcvt.l.s, rtz, 0xc0200000, 0xfffffffffffffffe, NX
    CVT_F2I_S fcvt.l.s, rdn, 0xc0200000, 0xfffffffffffffffd, NX
    CVT_F2I_S fcvt.l.s, rup, 0xc0200000, 0xfffffffffffffffe, NX
    CVT_F2I_S fcvt.l.s, rmm, 0xc0200000, 0xfffffffffffffffd, NX
    CVT_F2I_S fcvt.l.s, rne, 0x3ecccccd, 0x0, NX
    CVT_F2I_S fcvt.l.s, rtz, 0x3ecccccd, 0x0, NX
    CVT_F2I_S fcvt.l.s, rdn, 0x3ecccccd, 0x0, NX
    CVT_F2I_S fcvt.l.s, rup, 0x3ecccccd, 0x1, NX
    CVT_F2I_S fcvt.l.s, rmm, 0x3ecccccd, 0x0, NX
    CVT_F2I_S fcvt.l.s, rne, 0xbf19999a, 0xffffffffffffffff, NX
    CVT_F2I_S fcvt.l.s, rtz, 0xbf19999a, 0x0, NX
    CVT_F2I_S fcvt.l.s, rdn, 0xbf19999a, 0xffffffffffffffff, NX
    CVT_F2I_S fcvt.l.s, rup, 0xbf19999a, 0x0, NX
    CVT_F2I_S fcvt.l.s, rmm, 0xbf19999a, 0xffffffffffffffff, NX
    CVT_F2I_S fcvt.l.s, rne, 0xbf800000, 0xffffffffffffffff, 0
    CVT_F2I_S fcvt.l.s, rne, 0x40e00000, 0x7, 0
    CVT_F2I_S fcvt.l.s, rne, 0x4f000000, 0x80000000, 0
    CVT_F2I_S fcvt.l.s, rne, 0xcf000000, 0xffffffff80000000, 0
    CVT_F2I_S fcvt.l.s, rne, 0x4f800000, 0x100000000, 0
    CVT_F2I_S fcvt.l.s, rne, 0x5f000000, 0x7fffffffffffffff, NV
    CVT_F2I_S fcvt.l.s, rne, 0xdf000000, 0x8000000000000000, 0
    CVT_F2I_S fcvt.l.s, rne, 0x5f800000, 0x7fffffffffffffff, NV
    CVT_F2I_S fcvt.l.s, rne, 0xcf800000, 0xffffffff00000000, 0
    CVT_F2I_S fcvt.l.s, rne, 0x4ceb79a3, 0x75bcd18, 0
    CVT_F2I_S fcvt.l.s, rne, 0x7fc00000, 0x7fffffffffffffff, NV
    CVT_F2I_S fcvt.l.s, rne, 0xffc00000, 0x7fffffffffffffff, NV
    CVT_F2I_S fcvt.l.s, rne, 0x7f800001, 0x7fffffffffffffff, NV
    CVT_F2I_S fcvt.l.s, rne, 0x7f800000, 0x7fffffffffffffff, NV
    CVT_F2I_S fcvt.l.s, rne, 0xff800000, 0x8000000000000000, NV
    CVT_F2I_S fcvt.l.s, rne, 0x1, 0x0, NX
    CVT_F2I_S fcvt.l.s, rtz, 0x1, 0x0, NX
    CVT_F2I_S fcvt.l.s, rdn, 0x1, 0x0, NX
    CVT_F2I_S fcvt.l.s, rup, 0x1, 0x1, NX
    CVT_F2I_S fcvt.l.s, rmm, 0x1, 0x0, NX
    CVT_F2I_S fcvt.l.s, rne, 0x80000001, 0x0, NX
    CVT_F2I_S fcvt.l.s, rtz, 0x80000001, 0x0, NX
    CVT_F2I_S fcvt.l.s, rdn, 0x80000001, 0xffffffffffffffff, NX
    CVT_F2I_S fcvt.l.s, rup, 0x80000001, 0x0, NX
    CVT_F2I_S fcvt.l.s, rmm, 0x80000001, 0x0, NX
    CVT_F2I_S fcvt.l.s, rne, 0x7f7fffff, 0x7fffffffffffffff, NV
    CVT_F2I_S fcvt.l.s, rne, 0xff7fffff, 0x8000000000000000, NV
    CVT_F2I_S fcvt.lu.s, rne, 0x0, 0x0, 0
    CVT_F2I_S fcvt.lu.s, rne, 0x80000000, 0x0, 0
    CVT_F2I_S fcvt.lu.s, rne, 0x3f000000, 0x0, NX
    CVT_F2I_S fcvt.lu.s, rtz, 0x3f000000, 0x0, NX
    CVT_F2I_S fcvt.lu.s, rdn, 0x3f000000, 0x0, NX
    CVT_F2I_S fcvt.lu.s, rup, 0x3f000000, 0x1, NX
    CVT_F2I_S fcvt.lu.s, rmm, 0x3f000000, 0x1, NX
    CVT_F2I_S fcvt.lu.s, rne, 0xbf000000, 0x0, NX
    CVT_F2I_S fcvt.lu.s, rtz, 0xbf000000, 0x0, NX
    CVT_F2I_S fcvt.lu.s, rdn, 0xbf000000, 0x0, NV
    CVT_F2I_S fcvt.lu.s, rup, 0xbf000000, 0x0, NX
    CVT_F2I_S fcvt.lu.s, rmm, 0xbf000000, 0x0, NV
    CVT_F2I_S fcvt.lu.s, rne, 0x3fc00000, 0x2, NX
    CVT_F2I_S fcvt.lu.s, rtz, 0x3fc00000, 0x1, NX
    CVT_F2I_S fcvt.lu.s, rdn, 0x3fc00000, 0x1, NX
    CVT_F2I_S fcvt.lu.s, rup, 0x3fc00000, 0x2, NX
    CVT_F2I_S fcvt.lu.s, rmm, 0x3fc00000, 0x2, NX
    CVT_F2I_S fcvt.lu.s, rne, 0xbfc00000, 0x0, NV
    CVT_F2I_S fcvt.lu.s, rne, 0x40200000, 0x2, NX
    CVT_F2I_S fcvt.lu.s, rtz, 0x40200000, 0x2, NX
    CVT_F2I_S fcvt.lu.s, rdn, 0x40200000, 0x2, NX
    CVT_F2I_S fcvt.lu.s, rup, 0x40200000, 0x3, NX
    CVT_F2I_S fcvt.lu.s, rmm, 0x40200000, 0x3, NX
    CVT_F2I_S fcvt.lu.s, rne, 0xc0200000, 0x0, NV
    CVT_F2I_S fcvt.lu.s, rne, 0x3ecccccd, 0x0, NX
    CVT_F2I_S fcvt.lu.s, rtz, 0x3ecccccd, 0x0, NX
    CVT_F2I_S fcvt.lu.s, rdn, 0x3ecccccd, 0x0, NX
    CVT_F2I_S fcvt.lu.s, rup, 0x3ecccccd, 0x1, NX
    CVT_F2I_S fcvt.lu.s, rmm, 0x3ecccccd, 0x0, NX
    CVT_F2I_S fcvt.lu.s, rne, 0xbf19999a, 0x0, NV
    CVT_F2I_S fcvt.lu.s, rtz, 0xbf19999a, 0x0, NX
    CVT_F2I_S fcvt.lu.s, rdn, 0xbf19999a, 0x0, NV
    CVT_F2I_S fcvt.lu.s, rup, 0xbf19999a, 0x0, NX
    CVT_F2I_S fcvt.lu.s, rmm, 0xbf19999a, 0x0, NV
    CVT_F2I_S fcvt.lu.s, rne, 0xbf800000, 0x0, NV
    CVT_F2I_S fcvt.lu.s, rne, 0x40e00000, 0x7, 0
    CVT_F2I_S fcvt.lu.s, rne, 0x4f000000, 0x80000000, 0
    CVT_F2I_S fcvt.lu.s, rne, 0xcf000000, 0x0, NV
    CVT_F2I_S fcvt.lu.s, rne, 0x4f800000, 0x100000000, 0
    CVT_F2I_S fcvt.lu.s, rne, 0x5f000000, 0x8000000000000000, 0
    CVT_F2I_S fcvt.lu.s, rne, 0xdf000000, 0x0, NV
    CVT_F2I_S fcvt.lu.s, rne, 0x5f800000, 0xffffffffffffffff, NV
    CVT_F2I_S fcvt.lu.s, rne, 0xcf800000, 0x0, NV
    CVT_F2I_S fcvt.lu.s, rne, 0x4ceb79a3, 0x75bcd18, 0
    CVT_F2I_S fcvt.lu.s, rne, 0x7fc00000, 0xffffffffffffffff, NV
    CVT_F2I_S fcvt.lu.s, rne, 0xffc00000, 0xffffffffffffffff, NV
    CVT_F2I_S fcvt.lu.s, rne, 0x7f800001, 0xffffffffffffffff, NV
    CVT_F2I_S fcvt.lu.s, rne, 0x7f800000, 0xffffffffffffffff, NV
    CVT_F2I_S fcvt.lu.s, rne, 0xff800000, 0x0, NV
    CVT_F2I_S fcvt.lu.s, rne, 0x1, 0x0, NX
    CVT_F2I_S fcvt.lu.s, rtz, 0x1, 0x0, NX
    CVT_F2I_S fcvt.lu.s, rdn, 0x1, 0x0, NX
    CVT_F2I_S fcvt.lu.s, rup, 0x1, 0x1, NX
    CVT_F2I_S fcvt.lu.s, rmm, 0x1, 0x0, NX
    CVT_F2I_S fcvt.lu.s, rne, 0x80000001, 0x0, NX
    CVT_F2I_S fcvt.lu.s, rtz, 0x80000001, 0x0, NX
    CVT_F2I_S fcvt.lu.s, rdn, 0x80000001, 0x0, NV
    CVT_F2I_S fcvt.lu.s, rup, 0x80000001, 0x0, NX
    CVT_F2I_S fcvt.lu.s, rmm, 0x80000001, 0x0, NX
    CVT_F2I_S fcvt.lu.s, rne, 0x7f7fffff, 0xffffffffffffffff, NV
    CVT_F2I_S fcvt.lu.s, rne, 0xff7fffff, 0x0, NV
    SECTION "float to integer (d)"
    CVT_F2I_D fcvt.w.d, rne, 0x0, 0x0, 0
    CVT_F2I_D fcvt.w.d, rne, 0x8000000000000000, 0x0, 0
    CVT_F2I_D fcvt.w.d, rne, 0x3fe0000000000000, 0x0, NX
    CVT_F2I_D fcvt.w.d, rtz, 0x3fe0000000000000, 0x0, NX
    CVT_F2I_D fcvt.w.d, rdn, 0x3fe0000000000000, 0x0, NX
    CVT_F2I_D fcvt.w.d, rup, 0x3fe0000000000000, 0x1, NX
    CVT_F2I_D fcvt.w.d, rmm, 0x3fe0000000000000, 0x1, NX
    CVT_F2I_D fcvt.w.d, rne, 0xbfe0000000000000, 0x0, NX
    CVT_F2I_D fcvt.w.d, rtz, 0xbfe0000000000000, 0x0, NX
    CVT_F2I_D fcvt.w.d, rdn, 0xbfe0000000000000, 0xffffffffffffffff, NX
    CVT_F2I_D fcvt.w.d, rup, 0xbfe0000000000000, 0x0, NX
    CVT_F2I_D fcvt.w.d, rmm, 0xbfe0000000000000, 0xffffffffffffffff, NX
    CVT_F2I_D fcvt.w.d, rne, 0x3ff8000000000000, 0x2, NX
    CVT_F2I_D fcvt.w.d, rtz, 0x3ff8000000000000, 0x1, NX
    CVT_F2I_D fcvt.w.d, rdn, 0x3ff8000000000000, 0x1, NX
    CVT_F2I_D fcvt.w.d, rup, 0x3ff8000000000000, 0x2, NX
    CVT_F2I_D fcvt.w.d, rmm, 0x3ff8000000000000, 0x2, NX
    CVT_F2I_D fcvt.w.d, rne, 0xbff8000000000000, 0xfffffffffffffffe, NX
    CVT_F2I_D fcvt.w.d, rtz, 0xbff8000000000000, 0xffffffffffffffff, NX
    CVT_F2I_D fcvt.w.d, rdn, 0xbff8000000000000, 0xfffffffffffffffe, NX
    CVT_F2I_D fcvt.w.d, rup, 0xbff8000000000000, 0xffffffffffffffff, NX
    CVT_F2I_D fcvt.w.d, rmm, 0xbff8000000000000, 0xfffffffffffffffe, NX
    CVT_F2I_D fcvt.w.d, rne, 0x4004000000000000, 0x2, NX
    CVT_F2I_D fcvt.w.d, rtz, 0x4004000000000000, 0x2, NX
    CVT_F2I_D fcvt.w.d, rdn, 0x4004000000000000, 0x2, NX
    CVT_F2I_D fcvt.w.d, rup, 0x4004000000000000, 0x3, NX
    CVT_F2I_D fcvt.w.d, rmm, 0x4004000000000000, 0x3, NX
    CVT_F2I_D fcvt.w.d, rne, 0xc004000000000000, 0xfffffffffffffffe, NX
    CVT_F2I_D fcvt.w.d, rtz, 0xc004000000000000, 0xfffffffffffffffe, NX
    CVT_F2I_D fcvt.w.d, rdn, 0xc004000000000000, 0xfffffffffffffffd, NX
    CVT_F2I_D fcvt.w.d, rup, 0xc004000000000000, 0xfffffffffffffffe, NX
    CVT_F2I_D fcvt.w.d, rmm, 0xc004000000000000, 0xfffffffffffffffd, NX
    CVT_F2I_D fcvt.w.d, rne, 0x3fd999999999999a, 0x0, NX
    CVT_F2I_D fcvt.w.d, rtz, 0x3fd999999999999a, 0x0, NX
    CVT_F2I_D fcvt.w.d, rdn, 0x3fd999999999999a, 0x0, NX
    CVT_F2I_D fcvt.w.d, rup, 0x3fd999999999999a, 0x1, NX
    CVT_F2I_D fcvt.w.d, rmm, 0x3fd999999999999a, 0x0, NX
    CVT_F2I_D fcvt.w.d, rne, 0xbfe3333333333333, 0xffffffffffffffff, NX
    CVT_F2I_D fcvt.w.d, rtz, 0xbfe3333333333333, 0x0, NX
    CVT_F2I_D fcvt.w.d, rdn, 0xbfe3333333333333, 0xffffffffffffffff, NX
    CVT_F2I_D fcvt.w.d, rup, 0xbfe3333333333333, 0x0, NX
    CVT_F2I_D fcvt.w.d, rmm, 0xbfe3333333333333, 0xffffffffffffffff, NX
    CVT_F2I_D fcvt.w.d, rne, 0xbff0000000000000, 0xffffffffffffffff, 0
    CVT_F2I_D fcvt.w.d, rne, 0x401c000000000000, 0x7, 0
    CVT_F2I_D fcvt.w.d, rne, 0x41dfffffffc00000, 0x7fffffff, 0
    CVT_F2I_D fcvt.w.d, rne, 0x41e0000000000000, 0x7fffffff, NV
    CVT_F2I_D fcvt.w.d, rne, 0xc1e0000000000000, 0xffffffff80000000, 0
    CVT_F2I_D fcvt.w.d, rne, 0xc1e0000000200000, 0xffffffff80000000, NV
    CVT_F2I_D fcvt.w.d, rne, 0x41efffffffe00000, 0x7fffffff, NV
    CVT_F2I_D fcvt.w.d, rne, 0x41f0000000000000, 0x7fffffff, NV
    CVT_F2I_D fcvt.w.d, rne, 0x43e0000000000000, 0x7fffffff, NV
    CVT_F2I_D fcvt.w.d, rne, 0xc3e0000000000000, 0xffffffff80000000, NV
    CVT_F2I_D fcvt.w.d, rne, 0x43f0000000000000, 0x7fffffff, NV
    CVT_F2I_D fcvt.w.d, rne, 0x43efffffffffffff, 0x7fffffff, NV
    CVT_F2I_D fcvt.w.d, rne, 0x43dfffffffffffff, 0x7fffffff, NV
    CVT_F2I_D fcvt.w.d, rne, 0x41effffffff00000, 0x7fffffff, NV
    CVT_F2I_D fcvt.w.d, rne, 0xc1effffffff00000, 0xffffffff80000000, NV
    CVT_F2I_D fcvt.w.d, rne, 0x419d6f3457000000, 0x75bcd16, NX
    CVT_F2I_D fcvt.w.d, rtz, 0x419d6f3457000000, 0x75bcd15, NX
    CVT_F2I_D fcvt.w.d, rdn, 0x419d6f3457000000, 0x75bcd15, NX
    CVT_F2I_D fcvt.w.d, rup, 0x419d6f3457000000, 0x75bcd16, NX
    CVT_F2I_D fcvt.w.d, rmm, 0x419d6f3457000000, 0x75bcd16, NX
    CVT_F2I_D fcvt.w.d, rne, 0xc1e0000000100000, 0xffffffff80000000, NX
    CVT_F2I_D fcvt.w.d, rtz, 0xc1e0000000100000, 0xffffffff80000000, NX
    CVT_F2I_D fcvt.w.d, rdn, 0xc1e0000000100000, 0xffffffff80000000, NV
    CVT_F2I_D fcvt.w.d, rup, 0xc1e0000000100000, 0xffffffff80000000, NX
    CVT_F2I_D fcvt.w.d, rmm, 0xc1e0000000100000, 0xffffffff80000000, NV
    CVT_F2I_D fcvt.w.d, rne, 0x7ff8000000000000, 0x7fffffff, NV
    CVT_F2I_D fcvt.w.d, rne, 0xfff8000000000000, 0x7fffffff, NV
    CVT_F2I_D fcvt.w.d, rne, 0x7ff0000000000001, 0x7fffffff, NV
    CVT_F2I_D fcvt.w.d, rne, 0x7ff0000000000000, 0x7fffffff, NV
    CVT_F2I_D fcvt.w.d, rne, 0xfff0000000000000, 0xffffffff80000000, NV
    CVT_F2I_D fcvt.w.d, rne, 0x1, 0x0, NX
    CVT_F2I_D fcvt.w.d, rtz, 0x1, 0x0, NX
    CVT_F2I_D fcvt.w.d, rdn, 0x1, 0x0, NX
    CVT_F2I_D fcvt.w.d, rup, 0x1, 0x1, NX
    CVT_F2I_D fcvt.w.d, rmm, 0x1, 0x0, NX
    CVT_F2I_D fcvt.w.d, rne, 0x8000000000000001, 0x0, NX
    CVT_F2I_D fcvt.w.d, rtz, 0x8000000000000001, 0x0, NX
    CVT_F2I_D fcvt.w.d, rdn, 0x8000000000000001, 0xffffffffffffffff, NX
    CVT_F2I_D fcvt.w.d, rup, 0x8000000000000001, 0x0, NX
    CVT_F2I_D fcvt.w.d, rmm, 0x8000000000000001, 0x0, NX
    CVT_F2I_D fcvt.w.d, rne, 0x7fefffffffffffff, 0x7fffffff, NV
    CVT_F2I_D fcvt.w.d, rne, 0xffefffffffffffff, 0xffffffff80000000, NV
    CVT_F2I_D fcvt.wu.d, rne, 0x0, 0x0, 0
    CVT_F2I_D fcvt.wu.d, rne, 0x8000000000000000, 0x0, 0
    CVT_F2I_D fcvt.wu.d, rne, 0x3fe0000000000000, 0x0, NX
    CVT_F2I_D fcvt.wu.d, rtz, 0x3fe0000000000000, 0x0, NX
    CVT_F2I_D fcvt.wu.d, rdn, 0x3fe0000000000000, 0x0, NX
    CVT_F2I_D fcvt.wu.d, rup, 0x3fe0000000000000, 0x1, NX
    CVT_F2I_D fcvt.wu.d, rmm, 0x3fe0000000000000, 0x1, NX
    CVT_F2I_D fcvt.wu.d, rne, 0xbfe0000000000000, 0x0, NX
    CVT_F2I_D fcvt.wu.d, rtz, 0xbfe0000000000000, 0x0, NX
    CVT_F2I_D fcvt.wu.d, rdn, 0xbfe0000000000000, 0x0, NV
    CVT_F2I_D fcvt.wu.d, rup, 0xbfe0000000000000, 0x0, NX
    CVT_F2I_D fcvt.wu.d, rmm, 0xbfe0000000000000, 0x0, NV
    CVT_F2I_D fcvt.wu.d, rne, 0x3ff8000000000000, 0x2, NX
    CVT_F2I_D fcvt.wu.d, rtz, 0x3ff8000000000000, 0x1, NX
    CVT_F2I_D fcvt.wu.d, rdn, 0x3ff8000000000000, 0x1, NX
    CVT_F2I_D fcvt.wu.d, rup, 0x3ff8000000000000, 0x2, NX
    CVT_F2I_D fcvt.wu.d, rmm, 0x3ff8000000000000, 0x2, NX
    CVT_F2I_D fcvt.wu.d, rne, 0xbff8000000000000, 0x0, NV
    CVT_F2I_D fcvt.wu.d, rne, 0x4004000000000000, 0x2, NX
    CVT_F2I_D fcvt.wu.d, rtz, 0x4004000000000000, 0x2, NX
    CVT_F2I_D fcvt.wu.d, rdn, 0x4004000000000000, 0x2, NX
    CVT_F2I_D fcvt.wu.d, rup, 0x4004000000000000, 0x3, NX
    CVT_F2I_D fcvt.wu.d, rmm, 0x4004000000000000, 0x3, NX
    CVT_F2I_D fcvt.wu.d, rne, 0xc004000000000000, 0x0, NV
    CVT_F2I_D fcvt.wu.d, rne, 0x3fd999999999999a, 0x0, NX
    CVT_F2I_D fcvt.wu.d, rtz, 0x3fd999999999999a, 0x0, NX
    CVT_F2I_D fcvt.wu.d, rdn, 0x3fd999999999999a, 0x0, NX
    CVT_F2I_D fcvt.wu.d, rup, 0x3fd999999999999a, 0x1, NX
    CVT_F2I_D fcvt.wu.d, rmm, 0x3fd999999999999a, 0x0, NX
    CVT_F2I_D fcvt.wu.d, rne, 0xbfe3333333333333, 0x0, NV
    CVT_F2I_D fcvt.wu.d, rtz, 0xbfe3333333333333, 0x0, NX
    CVT_F2I_D fcvt.wu.d, rdn, 0xbfe3333333333333, 0x0, NV
    CVT_F2I_D fcvt.wu.d, rup, 0xbfe3333333333333, 0x0, NX
    CVT_F2I_D fcvt.wu.d, rmm, 0xbfe3333333333333, 0x0, NV
    CVT_F2I_D fcvt.wu.d, rne, 0xbff0000000000000, 0x0, NV
    CVT_F2I_D fcvt.wu.d, rne, 0x401c000000000000, 0x7, 0
    CVT_F2I_D fcvt.wu.d, rne, 0x41dfffffffc00000, 0x7fffffff, 0
    CVT_F2I_D fcvt.wu.d, rne, 0x41e0000000000000, 0xffffffff80000000, 0
    CVT_F2I_D fcvt.wu.d, rne, 0xc1e0000000000000, 0x0, NV
    CVT_F2I_D fcvt.wu.d, rne, 0xc1e0000000200000, 0x0, NV
    CVT_F2I_D fcvt.wu.d, rne, 0x41efffffffe00000, 0xffffffffffffffff, 0
    CVT_F2I_D fcvt.wu.d, rne, 0x41f0000000000000, 0xffffffffffffffff, NV
    CVT_F2I_D fcvt.wu.d, rne, 0x43e0000000000000, 0xffffffffffffffff, NV
    CVT_F2I_D fcvt.wu.d, rne, 0xc3e0000000000000, 0x0, NV
    CVT_F2I_D fcvt.wu.d, rne, 0x43f0000000000000, 0xffffffffffffffff, NV
    CVT_F2I_D fcvt.wu.d, rne, 0x43efffffffffffff, 0xffffffffffffffff, NV
    CVT_F2I_D fcvt.wu.d, rne, 0x43dfffffffffffff, 0xffffffffffffffff, NV
    CVT_F2I_D fcvt.wu.d, rne, 0x41effffffff00000, 0xffffffffffffffff, NV
    CVT_F2I_D fcvt.wu.d, rtz, 0x41effffffff00000, 0xffffffffffffffff, NX
    CVT_F2I_D fcvt.wu.d, rdn, 0x41effffffff00000, 0xffffffffffffffff, NX
    CVT_F2I_D fcvt.wu.d, rup, 0x41effffffff00000, 0xffffffffffffffff, NV
    CVT_F2I_D fcvt.wu.d, rmm, 0x41effffffff00000, 0xffffffffffffffff, NV
    CVT_F2I_D fcvt.wu.d, rne, 0xc1effffffff00000, 0x0, NV
    CVT_F2I_D fcvt.wu.d, rne, 0x419d6f3457000000, 0x75bcd16, NX
    CVT_F2I_D fcvt.wu.d, rtz, 0x419d6f3457000000, 0x75bcd15, NX
    CVT_F2I_D fcvt.wu.d, rdn, 0x419d6f3457000000, 0x75bcd15, NX
    CVT_F2I_D fcvt.wu.d, rup, 0x419d6f3457000000, 0x75bcd16, NX
    CVT_F2I_D fcvt.wu.d, rmm, 0x419d6f3457000000, 0x75bcd16, NX
    CVT_F2I_D fcvt.wu.d, rne, 0xc1e0000000100000, 0x0, NV
    CVT_F2I_D fcvt.wu.d, rne, 0x7ff8000000000000, 0xffffffffffffffff, NV
    CVT_F2I_D fcvt.wu.d, rne, 0xfff8000000000000, 0xffffffffffffffff, NV
    CVT_F2I_D fcvt.wu.d, rne, 0x7ff0000000000001, 0xffffffffffffffff, NV
    CVT_F2I_D fcvt.wu.d, rne, 0x7ff0000000000000, 0xffffffffffffffff, NV
    CVT_F2I_D fcvt.wu.d, rne, 0xfff0000000000000, 0x0, NV
    CVT_F2I_D fcvt.wu.d, rne, 0x1, 0x0, NX
    CVT_F2I_D fcvt.wu.d, rtz, 0x1, 0x0, NX
    CVT_F2I_D fcvt.wu.d, rdn, 0x1, 0x0, NX
    CVT_F2I_D fcvt.wu.d, rup, 0x1, 0x1, NX
    CVT_F2I_D fcvt.wu.d, rmm, 0x1, 0x0, NX
    CVT_F2I_D fcvt.wu.d, rne, 0x8000000000000001, 0x0, NX
    CVT_F2I_D fcvt.wu.d, rtz, 0x8000000000000001, 0x0, NX
    CVT_F2I_D fcvt.wu.d, rdn, 0x8000000000000001, 0x0, NV
    CVT_F2I_D fcvt.wu.d, rup, 0x8000000000000001, 0x0, NX
    CVT_F2I_D fcvt.wu.d, rmm, 0x8000000000000001, 0x0, NX
    CVT_F2I_D fcvt.wu.d, rne, 0x7fefffffffffffff, 0xffffffffffffffff, NV
    CVT_F2I_D fcvt.wu.d, rne, 0xffefffffffffffff, 0x0, NV
    CVT_F2I_D fcvt.l.d, rne, 0x0, 0x0, 0
    CVT_F2I_D fcvt.l.d, rne, 0x8000000000000000, 0x0, 0
    CVT_F2I_D fcvt.l.d, rne, 0x3fe0000000000000, 0x0, NX
    CVT_F2I_D fcvt.l.d, rtz, 0x3fe0000000000000, 0x0, NX
    CVT_F2I_D fcvt.l.d, rdn, 0x3fe0000000000000, 0x0, NX
    CVT_F2I_D fcvt.l.d, rup, 0x3fe0000000000000, 0x1, NX
    CVT_F2I_D fcvt.l.d, rmm, 0x3fe0000000000000, 0x1, NX
    CVT_F2I_D fcvt.l.d, rne, 0xbfe0000000000000, 0x0, NX
    CVT_F2I_D fcvt.l.d, rtz, 0xbfe0000000000000, 0x0, NX
    CVT_F2I_D fcvt.l.d, rdn, 0xbfe0000000000000, 0xffffffffffffffff, NX
    CVT_F2I_D fcvt.l.d, rup, 0xbfe0000000000000, 0x0, NX
    CVT_F2I_D fcvt.l.d, rmm, 0xbfe0000000000000, 0xffffffffffffffff, NX
    CVT_F2I_D fcvt.l.d, rne, 0x3ff8000000000000, 0x2, NX
    CVT_F2I_D fcvt.l.d, rtz, 0x3ff8000000000000, 0x1, NX
    CVT_F2I_D fcvt.l.d, rdn, 0x3ff8000000000000, 0x1, NX
    CVT_F2I_D fcvt.l.d, rup, 0x3ff8000000000000, 0x2, NX
    CVT_F2I_D fcvt.l.d, rmm, 0x3ff8000000000000, 0x2, NX
    CVT_F2I_D fcvt.l.d, rne, 0xbff8000000000000, 0xfffffffffffffffe, NX
    CVT_F2I_D fcvt.l.d, rtz, 0xbff8000000000000, 0xffffffffffffffff, NX
    CVT_F2I_D fcvt.l.d, rdn, 0xbff8000000000000, 0xfffffffffffffffe, NX
    CVT_F2I_D fcvt.l.d, rup, 0xbff8000000000000, 0xffffffffffffffff, NX
    CVT_F2I_D fcvt.l.d, rmm, 0xbff8000000000000, 0xfffffffffffffffe, NX
    CVT_F2I_D fcvt.l.d, rne, 0x4004000000000000, 0x2, NX
    CVT_F2I_D fcvt.l.d, rtz, 0x4004000000000000, 0x2, NX
    CVT_F2I_D fcvt.l.d, rdn, 0x4004000000000000, 0x2, NX
    CVT_F2I_D fcvt.l.d, rup, 0x4004000000000000, 0x3, NX
    CVT_F2I_D fcvt.l.d, rmm, 0x4004000000000000, 0x3, NX
    CVT_F2I_D fcvt.l.d, rne, 0xc004000000000000, 0xfffffffffffffffe, NX
    CVT_F2I_D fcvt.l.d, rtz, 0xc004000000000000, 0xfffffffffffffffe, NX
    CVT_F2I_D fcvt.l.d, rdn, 0xc004000000000000, 0xfffffffffffffffd, NX
    CVT_F2I_D fcvt.l.d, rup, 0xc004000000000000, 0xfffffffffffffffe, NX
    CVT_F2I_D fcvt.l.d, rmm, 0xc004000000000000, 0xfffffffffffffffd, NX
    CVT_F2I_D fcvt.l.d, rne, 0x3fd999999999999a, 0x0, NX
    CVT_F2I_D fcvt.l.d, rtz, 0x3fd999999999999a, 0x0, NX
    CVT_F2I_D fcvt.l.d, rdn, 0x3fd999999999999a, 0x0, NX
    CVT_F2I_D fcvt.l.d, rup, 0x3fd999999999999a, 0x1, NX
    CVT_F2I_D fcvt.l.d, rmm, 0x3fd999999999999a, 0x0, NX
    CVT_F2I_D fcvt.l.d, rne, 0xbfe3333333333333, 0xffffffffffffffff, NX
    CVT_F2I_D fcvt.l.d, rtz, 0xbfe3333333333333, 0x0, NX
    CVT_F2I_D fcvt.l.d, rdn, 0xbfe3333333333333, 0xffffffffffffffff, NX
    CVT_F2I_D fcvt.l.d, rup, 0xbfe3333333333333, 0x0, NX
    CVT_F2I_D fcvt.l.d, rmm, 0xbfe3333333333333, 0xffffffffffffffff, NX
    CVT_F2I_D fcvt.l.d, rne, 0xbff0000000000000, 0xffffffffffffffff, 0
    CVT_F2I_D fcvt.l.d, rne, 0x401c000000000000, 0x7, 0
    CVT_F2I_D fcvt.l.d, rne, 0x41dfffffffc00000, 0x7fffffff, 0
    CVT_F2I_D fcvt.l.d, rne, 0x41e0000000000000, 0x80000000, 0
    CVT_F2I_D fcvt.l.d, rne, 0xc1e0000000000000, 0xffffffff80000000, 0
    CVT_F2I_D fcvt.l.d, rne, 0xc1e0000000200000, 0xffffffff7fffffff, 0
    CVT_F2I_D fcvt.l.d, rne, 0x41efffffffe00000, 0xffffffff, 0
    CVT_F2I_D fcvt.l.d, rne, 0x41f0000000000000, 0x100000000, 0
    CVT_F2I_D fcvt.l.d, rne, 0x43e0000000000000, 0x7fffffffffffffff, NV
    CVT_F2I_D fcvt.l.d, rne, 0xc3e0000000000000, 0x8000000000000000, 0
    CVT_F2I_D fcvt.l.d, rne, 0x43f0000000000000, 0x7fffffffffffffff, NV
    CVT_F2I_D fcvt.l.d, rne, 0x43efffffffffffff, 0x7fffffffffffffff, NV
    CVT_F2I_D fcvt.l.d, rne, 0x43dfffffffffffff, 0x7ffffffffffffc00, 0
    CVT_F2I_D fcvt.l.d, rne, 0x41effffffff00000, 0x100000000, NX
    CVT_F2I_D fcvt.l.d, rtz, 0x41effffffff00000, 0xffffffff, NX
    CVT_F2I_D fcvt.l.d, rdn, 0x41effffffff00000, 0xffffffff, NX
    CVT_F2I_D fcvt.l.d, rup, 0x41effffffff00000, 0x100000000, NX
    CVT_F2I_D fcvt.l.d, rmm, 0x41effffffff00000, 0x100000000, NX
    CVT_F2I_D fcvt.l.d, rne, 0xc1effffffff00000, 0xffffffff00000000, NX
    CVT_F2I_D fcvt.l.d, rtz, 0xc1effffffff00000, 0xffffffff00000001, NX
    CVT_F2I_D fcvt.l.d, rdn, 0xc1effffffff00000, 0xffffffff00000000, NX
    CVT_F2I_D fcvt.l.d, rup, 0xc1effffffff00000, 0xffffffff00000001, NX
    CVT_F2I_D fcvt.l.d, rmm, 0xc1effffffff00000, 0xffffffff00000000, NX
    CVT_F2I_D fcvt.l.d, rne, 0x419d6f3457000000, 0x75bcd16, NX
    CVT_F2I_D fcvt.l.d, rtz, 0x419d6f3457000000, 0x75bcd15, NX
    CVT_F2I_D fcvt.l.d, rdn, 0x419d6f3457000000, 0x75bcd15, NX
    CVT_F2I_D fcvt.l.d, rup, 0x419d6f3457000000, 0x75bcd16, NX
    CVT_F2I_D fcvt.l.d, rmm, 0x419d6f3457000000, 0x75bcd16, NX
    CVT_F2I_D fcvt.l.d, rne, 0xc1e0000000100000, 0xffffffff80000000, NX
    CVT_F2I_D fcvt.l.d, rtz, 0xc1e0000000100000, 0xffffffff80000000, NX
    CVT_F2I_D fcvt.l.d, rdn, 0xc1e0000000100000, 0xffffffff7fffffff, NX
    CVT_F2I_D fcvt.l.d, rup, 0xc1e0000000100000, 0xffffffff80000000, NX
    CVT_F2I_D fcvt.l.d, rmm, 0xc1e0000000100000, 0xffffffff7fffffff, NX
    CVT_F2I_D fcvt.l.d, rne, 0x7ff8000000000000, 0x7fffffffffffffff, NV
    CVT_F2I_D fcvt.l.d, rne, 0xfff8000000000000, 0x7fffffffffffffff, NV
    CVT_F2I_D fcvt.l.d, rne, 0x7ff0000000000001, 0x7fffffffffffffff, NV
    CVT_F2I_D fcvt.l.d, rne, 0x7ff0000000000000, 0x7fffffffffffffff, NV
    CVT_F2I_D fcvt.l.d, rne, 0xfff0000000000000, 0x8000000000000000, NV
    CVT_F2I_D fcvt.l.d, rne, 0x1, 0x0, NX
    CVT_F2I_D fcvt.l.d, rtz, 0x1, 0x0, NX
    CVT_F2I_D fcvt.l.d, rdn, 0x1, 0x0, NX
    CVT_F2I_D fcvt.l.d, rup, 0x1, 0x1, NX
    CVT_F2I_D fcvt.l.d, rmm, 0x1, 0x0, NX
    CVT_F2I_D fcvt.l.d, rne, 0x8000000000000001, 0x0, NX
    CVT_F2I_D fcvt.l.d, rtz, 0x8000000000000001, 0x0, NX
    CVT_F2I_D fcvt.l.d, rdn, 0x8000000000000001, 0xffffffffffffffff, NX
    CVT_F2I_D fcvt.l.d, rup, 0x8000000000000001, 0x0, NX
    CVT_F2I_D fcvt.l.d, rmm, 0x8000000000000001, 0x0, NX
    CVT_F2I_D fcvt.l.d, rne, 0x7fefffffffffffff, 0x7fffffffffffffff, NV
    CVT_F2I_D fcvt.l.d, rne, 0xffefffffffffffff, 0x8000000000000000, NV
    CVT_F2I_D fcvt.lu.d, rne, 0x0, 0x0, 0
    CVT_F2I_D fcvt.lu.d, rne, 0x8000000000000000, 0x0, 0
    CVT_F2I_D fcvt.lu.d, rne, 0x3fe0000000000000, 0x0, NX
    CVT_F2I_D fcvt.lu.d, rtz, 0x3fe0000000000000, 0x0, NX
    CVT_F2I_D fcvt.lu.d, rdn, 0x3fe0000000000000, 0x0, NX
    CVT_F2I_D fcvt.lu.d, rup, 0x3fe0000000000000, 0x1, NX
    CVT_F2I_D fcvt.lu.d, rmm, 0x3fe0000000000000, 0x1, NX
    CVT_F2I_D fcvt.lu.d, rne, 0xbfe0000000000000, 0x0, NX
    CVT_F2I_D fcvt.lu.d, rtz, 0xbfe0000000000000, 0x0, NX
    CVT_F2I_D fcvt.lu.d, rdn, 0xbfe0000000000000, 0x0, NV
    CVT_F2I_D fcvt.lu.d, rup, 0xbfe0000000000000, 0x0, NX
    CVT_F2I_D fcvt.lu.d, rmm, 0xbfe0000000000000, 0x0, NV
    CVT_F2I_D fcvt.lu.d, rne, 0x3ff8000000000000, 0x2, NX
    CVT_F2I_D fcvt.lu.d, rtz, 0x3ff8000000000000, 0x1, NX
    CVT_F2I_D fcvt.lu.d, rdn, 0x3ff8000000000000, 0x1, NX
    CVT_F2I_D fcvt.lu.d, rup, 0x3ff8000000000000, 0x2, NX
    CVT_F2I_D fcvt.lu.d, rmm, 0x3ff8000000000000, 0x2, NX
    CVT_F2I_D fcvt.lu.d, rne, 0xbff8000000000000, 0x0, NV
    CVT_F2I_D fcvt.lu.d, rne, 0x4004000000000000, 0x2, NX
    CVT_F2I_D fcvt.lu.d, rtz, 0x4004000000000000, 0x2, NX
    CVT_F2I_D fcvt.lu.d, rdn, 0x4004000000000000, 0x2, NX
    CVT_F2I_D fcvt.lu.d, rup, 0x4004000000000000, 0x3, NX
    CVT_F2I_D fcvt.lu.d, rmm, 0x4004000000000000, 0x3, NX
    CVT_F2I_D fcvt.lu.d, rne, 0xc004000000000000, 0x0, NV
    CVT_F2I_D fcvt.lu.d, rne, 0x3fd999999999999a, 0x0, NX
    CVT_F2I_D fcvt.lu.d, rtz, 0x3fd999999999999a, 0x0, NX
    CVT_F2I_D fcvt.lu.d, rdn, 0x3fd999999999999a, 0x0, NX
    CVT_F2I_D fcvt.lu.d, rup, 0x3fd999999999999a, 0x1, NX
    CVT_F2I_D fcvt.lu.d, rmm, 0x3fd999999999999a, 0x0, NX
    CVT_F2I_D fcvt.lu.d, rne, 0xbfe3333333333333, 0x0, NV
    CVT_F2I_D fcvt.lu.d, rtz, 0xbfe3333333333333, 0x0, NX
    CVT_F2I_D fcvt.lu.d, rdn, 0xbfe3333333333333, 0x0, NV
    CVT_F2I_D fcvt.lu.d, rup, 0xbfe3333333333333, 0x0, NX
    CVT_F2I_D fcvt.lu.d, rmm, 0xbfe3333333333333, 0x0, NV
    CVT_F2I_D fcvt.lu.d, rne, 0xbff0000000000000, 0x0, NV
    CVT_F2I_D fcvt.lu.d, rne, 0x401c000000000000, 0x7, 0
    CVT_F2I_D fcvt.lu.d, rne, 0x41dfffffffc00000, 0x7fffffff, 0
    CVT_F2I_D fcvt.lu.d, rne, 0x41e0000000000000, 0x80000000, 0
    CVT_F2I_D fcvt.lu.d, rne, 0xc1e0000000000000, 0x0, NV
    CVT_F2I_D fcvt.lu.d, rne, 0xc1e0000000200000, 0x0, NV
    CVT_F2I_D fcvt.lu.d, rne, 0x41efffffffe00000, 0xffffffff, 0
    CVT_F2I_D fcvt.lu.d, rne, 0x41f0000000000000, 0x100000000, 0
    CVT_F2I_D fcvt.lu.d, rne, 0x43e0000000000000, 0x8000000000000000, 0
    CVT_F2I_D fcvt.lu.d, rne, 0xc3e0000000000000, 0x0, NV
    CVT_F2I_D fcvt.lu.d, rne, 0x43f0000000000000, 0xffffffffffffffff, NV
    CVT_F2I_D fcvt.lu.d, rne, 0x43efffffffffffff, 0xfffffffffffff800, 0
    CVT_F2I_D fcvt.lu.d, rne, 0x43dfffffffffffff, 0x7ffffffffffffc00, 0
    CVT_F2I_D fcvt.lu.d, rne, 0x41effffffff00000, 0x100000000, NX
    CVT_F2I_D fcvt.lu.d, rtz, 0x41effffffff00000, 0xffffffff, NX
    CVT_F2I_D fcvt.lu.d, rdn, 0x41effffffff00000, 0xffffffff, NX
    CVT_F2I_D fcvt.lu.d, rup, 0x41effffffff00000, 0x100000000, NX
    CVT_F2I_D fcvt.lu.d, rmm, 0x41effffffff00000, 0x100000000, NX
    CVT_F2I_D fcvt.lu.d, rne, 0xc1effffffff00000, 0x0, NV
    CVT_F2I_D fcvt.lu.d, rne, 0x419d6f3457000000, 0x75bcd16, NX
    CVT_F2I_D fcvt.lu.d, rtz, 0x419d6f3457000000, 0x75bcd15, NX
    CVT_F2I_D fcvt.lu.d, rdn, 0x419d6f3457000000, 0x75bcd15, NX
    CVT_F2I_D fcvt.lu.d, rup, 0x419d6f3457000000, 0x75bcd16, NX
    CVT_F2I_D fcvt.lu.d, rmm, 0x419d6f3457000000, 0x75bcd16, NX
    CVT_F2I_D fcvt.lu.d, rne, 0xc1e0000000100000, 0x0, NV
    CVT_F2I_D fcvt.lu.d, rne, 0x7ff8000000000000, 0xffffffffffffffff, NV
    CVT_F2I_D fcvt.lu.d, rne, 0xfff8000000000000, 0xffffffffffffffff, NV
    CVT_F2I_D fcvt.lu.d, rne, 0x7ff0000000000001, 0xffffffffffffffff, NV
    CVT_F2I_D fcvt.lu.d, rne, 0x7ff0000000000000, 0xffffffffffffffff, NV
    CVT_F2I_D fcvt.lu.d, rne, 0xfff0000000000000, 0x0, NV
    CVT_F2I_D fcvt.lu.d, rne, 0x1, 0x0, NX
    CVT_F2I_D fcvt.lu.d, rtz, 0x1, 0x0, NX
    CVT_F2I_D fcvt.lu.d, rdn, 0x1, 0x0, NX
    CVT_F2I_D fcvt.lu.d, rup, 0x1, 0x1, NX
    CVT_F2I_D fcvt.lu.d, rmm, 0x1, 0x0, NX
    CVT_F2I_D fcvt.lu.d, rne, 0x8000000000000001, 0x0, NX
    CVT_F2I_D fcvt.lu.d, rtz, 0x8000000000000001, 0x0, NX
    CVT_F2I_D fcvt.lu.d, rdn, 0x8000000000000001, 0x0, NV
    CVT_F2I_D fcvt.lu.d, rup, 0x8000000000000001, 0x0, NX
    CVT_F2I_D fcvt.lu.d, rmm, 0x8000000000000001, 0x0, NX
    CVT_F2I_D fcvt.lu.d, rne, 0x7fefffffffffffff, 0xffffffffffffffff, NV
    CVT_F2I_D fcvt.lu.d, rne, 0xffefffffffffffff, 0x0, NV
    SECTION "integer to float (s)"
    CVT_I2F_S fcvt.s.w, rne, 0x0, 0x0, 0
    CVT_I2F_S fcvt.s.w, rne, 0x1, 0x3f800000, 0
    CVT_I2F_S fcvt.s.w, rne, 0xffffffffffffffff, 0xbf800000, 0
    CVT_I2F_S fcvt.s.w, rne, 0x7fffffff, 0x4f000000, NX
    CVT_I2F_S fcvt.s.w, rtz, 0x7fffffff, 0x4effffff, NX
    CVT_I2F_S fcvt.s.w, rdn, 0x7fffffff, 0x4effffff, NX
    CVT_I2F_S fcvt.s.w, rup, 0x7fffffff, 0x4f000000, NX
    CVT_I2F_S fcvt.s.w, rmm, 0x7fffffff, 0x4f000000, NX
    CVT_I2F_S fcvt.s.w, rne, 0x80000000, 0xcf000000, 0
    CVT_I2F_S fcvt.s.w, rne, 0xffffffff, 0xbf800000, 0
    CVT_I2F_S fcvt.s.w, rne, 0x1000001, 0x4b800000, NX
    CVT_I2F_S fcvt.s.w, rtz, 0x1000001, 0x4b800000, NX
    CVT_I2F_S fcvt.s.w, rdn, 0x1000001, 0x4b800000, NX
    CVT_I2F_S fcvt.s.w, rup, 0x1000001, 0x4b800001, NX
    CVT_I2F_S fcvt.s.w, rmm, 0x1000001, 0x4b800001, NX
    CVT_I2F_S fcvt.s.w, rne, 0x1000003, 0x4b800002, NX
    CVT_I2F_S fcvt.s.w, rtz, 0x1000003, 0x4b800001, NX
    CVT_I2F_S fcvt.s.w, rdn, 0x1000003, 0x4b800001, NX
    CVT_I2F_S fcvt.s.w, rup, 0x1000003, 0x4b800002, NX
    CVT_I2F_S fcvt.s.w, rmm, 0x1000003, 0x4b800002, NX
    CVT_I2F_S fcvt.s.w, rne, 0x7fffffffffffffff, 0xbf800000, 0
    CVT_I2F_S fcvt.s.w, rne, 0x8000000000000000, 0x0, 0
    CVT_I2F_S fcvt.s.w, rne, 0x20000000000001, 0x3f800000, 0
    CVT_I2F_S fcvt.s.w, rne, 0x123456789abcdef0, 0xceca8642, NX
    CVT_I2F_S fcvt.s.w, rtz, 0x123456789abcdef0, 0xceca8642, NX
    CVT_I2F_S fcvt.s.w, rdn, 0x123456789abcdef0, 0xceca8643, NX
    CVT_I2F_S fcvt.s.w, rup, 0x123456789abcdef0, 0xceca8642, NX
    CVT_I2F_S fcvt.s.w, rmm, 0x123456789abcdef0, 0xceca8642, NX
    CVT_I2F_S fcvt.s.w, rne, 0xedcba98765432110, 0x4eca8642, NX
    CVT_I2F_S fcvt.s.w, rtz, 0xedcba98765432110, 0x4eca8642, NX
    CVT_I2F_S fcvt.s.w, rdn, 0xedcba98765432110, 0x4eca8642, NX
    CVT_I2F_S fcvt.s.w, rup, 0xedcba98765432110, 0x4eca8643, NX
    CVT_I2F_S fcvt.s.w, rmm, 0xedcba98765432110, 0x4eca8642, NX
    CVT_I2F_S fcvt.s.w, rne, 0xffffffff00000001, 0x3f800000, 0
    CVT_I2F_S fcvt.s.w, rne, 0x1ffffffff, 0xbf800000, 0
    CVT_I2F_S fcvt.s.w, rne, 0xfffffffffffffc01, 0xc47fc000, 0
    CVT_I2F_S fcvt.s.wu, rne, 0x0, 0x0, 0
    CVT_I2F_S fcvt.s.wu, rne, 0x1, 0x3f800000, 0
    CVT_I2F_S fcvt.s.wu, rne, 0xffffffffffffffff, 0x4f800000, NX
    CVT_I2F_S fcvt.s.wu, rtz, 0xffffffffffffffff, 0x4f7fffff, NX
    CVT_I2F_S fcvt.s.wu, rdn, 0xffffffffffffffff, 0x4f7fffff, NX
    CVT_I2F_S fcvt.s.wu, rup, 0xffffffffffffffff, 0x4f800000, NX
    CVT_I2F_S fcvt.s.wu, rmm, 0xffffffffffffffff, 0x4f800000, NX
    CVT_I2F_S fcvt.s.wu, rne, 0x7fffffff, 0x4f000000, NX
    CVT_I2F_S fcvt.s.wu, rtz, 0x7fffffff, 0x4effffff, NX
    CVT_I2F_S fcvt.s.wu, rdn, 0x7fffffff, 0x4effffff, NX
    CVT_I2F_S fcvt.s.wu, rup, 0x7fffffff, 0x4f000000, NX
    CVT_I2F_S fcvt.s.wu, rmm, 0x7fffffff, 0x4f000000, NX
    CVT_I2F_S fcvt.s.wu, rne, 0x80000000, 0x4f000000, 0
    CVT_I2F_S fcvt.s.wu, rne, 0xffffffff, 0x4f800000, NX
    CVT_I2F_S fcvt.s.wu, rtz, 0xffffffff, 0x4f7fffff, NX
    CVT_I2F_S fcvt.s.wu, rdn, 0xffffffff, 0x4f7fffff, NX
    CVT_I2F_S fcvt.s.wu, rup, 0xffffffff, 0x4f800000, NX
    CVT_I2F_S fcvt.s.wu, rmm, 0xffffffff, 0x4f800000, NX
    CVT_I2F_S fcvt.s.wu, rne, 0x1000001, 0x4b800000, NX
    CVT_I2F_S fcvt.s.wu, rtz, 0x1000001, 0x4b800000, NX
    CVT_I2F_S fcvt.s.wu, rdn, 0x1000001, 0x4b800000, NX
    CVT_I2F_S fcvt.s.wu, rup, 0x1000001, 0x4b800001, NX
    CVT_I2F_S fcvt.s.wu, rmm, 0x1000001, 0x4b800001, NX
    CVT_I2F_S fcvt.s.wu, rne, 0x1000003, 0x4b800002, NX
    CVT_I2F_S fcvt.s.wu, rtz, 0x1000003, 0x4b800001, NX
    CVT_I2F_S fcvt.s.wu, rdn, 0x1000003, 0x4b800001, NX
    CVT_I2F_S fcvt.s.wu, rup, 0x1000003, 0x4b800002, NX
    CVT_I2F_S fcvt.s.wu, rmm, 0x1000003, 0x4b800002, NX
    CVT_I2F_S fcvt.s.wu, rne, 0x7fffffffffffffff, 0x4f800000, NX
    CVT_I2F_S fcvt.s.wu, rtz, 0x7fffffffffffffff, 0x4f7fffff, NX
    CVT_I2F_S fcvt.s.wu, rdn, 0x7fffffffffffffff, 0x4f7fffff, NX
    CVT_I2F_S fcvt.s.wu, rup, 0x7fffffffffffffff, 0x4f800000, NX
    CVT_I2F_S fcvt.s.wu, rmm, 0x7fffffffffffffff, 0x4f800000, NX
    CVT_I2F_S fcvt.s.wu, rne, 0x8000000000000000, 0x0, 0
    CVT_I2F_S fcvt.s.wu, rne, 0x20000000000001, 0x3f800000, 0
    CVT_I2F_S fcvt.s.wu, rne, 0x123456789abcdef0, 0x4f1abcdf, NX
    CVT_I2F_S fcvt.s.wu, rtz, 0x123456789abcdef0, 0x4f1abcde, NX
    CVT_I2F_S fcvt.s.wu, rdn, 0x123456789abcdef0, 0x4f1abcde, NX
    CVT_I2F_S fcvt.s.wu, rup, 0x123456789abcdef0, 0x4f1abcdf, NX
    CVT_I2F_S fcvt.s.wu, rmm, 0x123456789abcdef0, 0x4f1abcdf, NX
    CVT_I2F_S fcvt.s.wu, rne, 0xedcba98765432110, 0x4eca8642, NX
    CVT_I2F_S fcvt.s.wu, rtz, 0xedcba98765432110, 0x4eca8642, NX
    CVT_I2F_S fcvt.s.wu, rdn, 0xedcba98765432110, 0x4eca8642, NX
    CVT_I2F_S fcvt.s.wu, rup, 0xedcba98765432110, 0x4eca8643, NX
    CVT_I2F_S fcvt.s.wu, rmm, 0xedcba98765432110, 0x4eca8642, NX
    CVT_I2F_S fcvt.s.wu, rne, 0xffffffff00000001, 0x3f800000, 0
    CVT_I2F_S fcvt.s.wu, rne, 0x1ffffffff, 0x4f800000, NX
    CVT_I2F_S fcvt.s.wu, rtz, 0x1ffffffff, 0x4f7fffff, NX
    CVT_I2F_S fcvt.s.wu, rdn, 0x1ffffffff, 0x4f7fffff, NX
    CVT_I2F_S fcvt.s.wu, rup, 0x1ffffffff, 0x4f800000, NX
    CVT_I2F_S fcvt.s.wu, rmm, 0x1ffffffff, 0x4f800000, NX
    CVT_I2F_S fcvt.s.wu, rne, 0xfffffffffffffc01, 0x4f7ffffc, NX
    CVT_I2F_S fcvt.s.wu, rtz, 0xfffffffffffffc01, 0x4f7ffffc, NX
    CVT_I2F_S fcvt.s.wu, rdn, 0xfffffffffffffc01, 0x4f7ffffc, NX
    CVT_I2F_S fcvt.s.wu, rup, 0xfffffffffffffc01, 0x4f7ffffd, NX
    CVT_I2F_S fcvt.s.wu, rmm, 0xfffffffffffffc01, 0x4f7ffffc, NX
    CVT_I2F_S fcvt.s.l, rne, 0x0, 0x0, 0
    CVT_I2F_S fcvt.s.l, rne, 0x1, 0x3f800000, 0
    CVT_I2F_S fcvt.s.l, rne, 0xffffffffffffffff, 0xbf800000, 0
    CVT_I2F_S fcvt.s.l, rne, 0x7fffffff, 0x4f000000, NX
    CVT_I2F_S fcvt.s.l, rtz, 0x7fffffff, 0x4effffff, NX
    CVT_I2F_S fcvt.s.l, rdn, 0x7fffffff, 0x4effffff, NX
    CVT_I2F_S fcvt.s.l, rup, 0x7fffffff, 0x4f000000, NX
    CVT_I2F_S fcvt.s.l, rmm, 0x7fffffff, 0x4f000000, NX
    CVT_I2F_S fcvt.s.l, rne, 0x80000000, 0x4f000000, 0
    CVT_I2F_S fcvt.s.l, rne, 0xffffffff, 0x4f800000, NX
    CVT_I2F_S fcvt.s.l, rtz, 0xffffffff, 0x4f7fffff, NX
    CVT_I2F_S fcvt.s.l, rdn, 0xffffffff, 0x4f7fffff, NX
    CVT_I2F_S fcvt.s.l, rup, 0xffffffff, 0x4f800000, NX
    CVT_I2F_S fcvt.s.l, rmm, 0xffffffff, 0x4f800000, NX
    CVT_I2F_S fcvt.s.l, rne, 0x1000001, 0x4b800000, NX
    CVT_I2F_S fcvt.s.l, rtz, 0x1000001, 0x4b800000, NX
    CVT_I2F_S fcvt.s.l, rdn, 0x1000001, 0x4b800000, NX
    CVT_I2F_S fcvt.s.l, rup, 0x1000001, 0x4b800001, NX
    CVT_I2F_S fcvt.s.l, rmm, 0x1000001, 0x4b800001, NX
    CVT_I2F_S fcvt.s.l, rne, 0x1000003, 0x4b800002, NX
    CVT_I2F_S fcvt.s.l, rtz, 0x1000003, 0x4b800001, NX
    CVT_I2F_S fcvt.s.l, rdn, 0x1000003, 0x4b800001, NX
    CVT_I2F_S fcvt.s.l, rup, 0x1000003, 0x4b800002, NX
    CVT_I2F_S fcvt.s.l, rmm, 0x1000003, 0x4b800002, NX
    CVT_I2F_S fcvt.s.l, rne, 0x7fffffffffffffff, 0x5f000000, NX
    CVT_I2F_S fcvt.s.l, rtz, 0x7fffffffffffffff, 0x5effffff, NX
    CVT_I2F_S fcvt.s.l, rdn, 0x7fffffffffffffff, 0x5effffff, NX
    CVT_I2F_S fcvt.s.l, rup, 0x7fffffffffffffff, 0x5f000000, NX
    CVT_I2F_S fcvt.s.l, rmm, 0x7fffffffffffffff, 0x5f000000, NX
    CVT_I2F_S fcvt.s.l, rne, 0x8000000000000000, 0xdf000000, 0
    CVT_I2F_S fcvt.s.l, rne, 0x20000000000001, 0x5a000000, NX
    CVT_I2F_S fcvt.s.l, rtz, 0x20000000000001, 0x5a000000, NX
    CVT_I2F_S fcvt.s.l, rdn, 0x20000000000001, 0x5a000000, NX
    CVT_I2F_S fcvt.s.l, rup, 0x20000000000001, 0x5a000001, NX
    CVT_I2F_S fcvt.s.l, rmm, 0x20000000000001, 0x5a000000, NX
    CVT_I2F_S fcvt.s.l, rne, 0x123456789abcdef0, 0x5d91a2b4, NX
    CVT_I2F_S fcvt.s.l, rtz, 0x123456789abcdef0, 0x5d91a2b3, NX
    CVT_I2F_S fcvt.s.l, rdn, 0x123456789abcdef0, 0x5d91a2b3, NX
    CVT_I2F_S fcvt.s.l, rup, 0x123456789abcdef0, 0x5d91a2b4, NX
    CVT_I2F_S fcvt.s.l, rmm, 0x123456789abcdef0, 0x5d91a2b4, NX
    CVT_I2F_S fcvt.s.l, rne, 0xedcba98765432110, 0xdd91a2b4, NX
    CVT_I2F_S fcvt.s.l, rtz, 0xedcba98765432110, 0xdd91a2b3, NX
    CVT_I2F_S fcvt.s.l, rdn, 0xedcba98765432110, 0xdd91a2b4, NX
    CVT_I2F_S fcvt.s.l, rup, 0xedcba98765432110, 0xdd91a2b3, NX
    CVT_I2F_S fcvt.s.l, rmm, 0xedcba98765432110, 0xdd91a2b4, NX
    CVT_I2F_S fcvt.s.l, rne, 0xffffffff00000001, 0xcf800000, NX
    CVT_I2F_S fcvt.s.l, rtz, 0xffffffff00000001, 0xcf7fffff, NX
    CVT_I2F_S fcvt.s.l, rdn, 0xffffffff00000001, 0xcf800000, NX
    CVT_I2F_S fcvt.s.l, rup, 0xffffffff00000001, 0xcf7fffff, NX
    CVT_I2F_S fcvt.s.l, rmm, 0xffffffff00000001, 0xcf800000, NX
    CVT_I2F_S fcvt.s.l, rne, 0x1ffffffff, 0x50000000, NX
    CVT_I2F_S fcvt.s.l, rtz, 0x1ffffffff, 0x4fffffff, NX
    CVT_I2F_S fcvt.s.l, rdn, 0x1ffffffff, 0x4fffffff, NX
    CVT_I2F_S fcvt.s.l, rup, 0x1ffffffff, 0x50000000, NX
    CVT_I2F_S fcvt.s.l, rmm, 0x1ffffffff, 0x50000000, NX
    CVT_I2F_S fcvt.s.l, rne, 0xfffffffffffffc01, 0xc47fc000, 0
    CVT_I2F_S fcvt.s.lu, rne, 0x0, 0x0, 0
    CVT_I2F_S fcvt.s.lu, rne, 0x1, 0x3f800000, 0
    CVT_I2F_S fcvt.s.lu, rne, 0xffffffffffffffff, 0x5f800000, NX
    CVT_I2F_S fcvt.s.lu, rtz, 0xffffffffffffffff, 0x5f7fffff, NX
    CVT_I2F_S fcvt.s.lu, rdn, 0xffffffffffffffff, 0x5f7fffff, NX
    CVT_I2F_S fcvt.s.lu, rup, 0xffffffffffffffff, 0x5f800000, NX
    CVT_I2F_S fcvt.s.lu, rmm, 0xffffffffffffffff, 0x5f800000, NX
    CVT_I2F_S fcvt.s.lu, rne, 0x7fffffff, 0x4f000000, NX
    CVT_I2F_S fcvt.s.lu, rtz, 0x7fffffff, 0x4effffff, NX
    CVT_I2F_S fcvt.s.lu, rdn, 0x7fffffff, 0x4effffff, NX
    CVT_I2F_S fcvt.s.lu, rup, 0x7fffffff, 0x4f000000, NX
    CVT_I2F_S fcvt.s.lu, rmm, 0x7fffffff, 0x4f000000, NX
    CVT_I2F_S fcvt.s.lu, rne, 0x80000000, 0x4f000000, 0
    CVT_I2F_S fcvt.s.lu, rne, 0xffffffff, 0x4f800000, NX
    CVT_I2F_S fcvt.s.lu, rtz, 0xffffffff, 0x4f7fffff, NX
    CVT_I2F_S fcvt.s.lu, rdn, 0xffffffff, 0x4f7fffff, NX
    CVT_I2F_S fcvt.s.lu, rup, 0xffffffff, 0x4f800000, NX
    CVT_I2F_S fcvt.s.lu, rmm, 0xffffffff, 0x4f800000, NX
    CVT_I2F_S fcvt.s.lu, rne, 0x1000001, 0x4b800000, NX
    CVT_I2F_S fcvt.s.lu, rtz, 0x1000001, 0x4b800000, NX
    CVT_I2F_S fcvt.s.lu, rdn, 0x1000001, 0x4b800000, NX
    CVT_I2F_S fcvt.s.lu, rup, 0x1000001, 0x4b800001, NX
    CVT_I2F_S fcvt.s.lu, rmm, 0x1000001, 0x4b800001, NX
    CVT_I2F_S fcvt.s.lu, rne, 0x1000003, 0x4b800002, NX
    CVT_I2F_S fcvt.s.lu, rtz, 0x1000003, 0x4b800001, NX
    CVT_I2F_S fcvt.s.lu, rdn, 0x1000003, 0x4b800001, NX
    CVT_I2F_S fcvt.s.lu, rup, 0x1000003, 0x4b800002, NX
    CVT_I2F_S fcvt.s.lu, rmm, 0x1000003, 0x4b800002, NX
    CVT_I2F_S fcvt.s.lu, rne, 0x7fffffffffffffff, 0x5f000000, NX
    CVT_I2F_S fcvt.s.lu, rtz, 0x7fffffffffffffff, 0x5effffff, NX
    CVT_I2F_S fcvt.s.lu, rdn, 0x7fffffffffffffff, 0x5effffff, NX
    CVT_I2F_S fcvt.s.lu, rup, 0x7fffffffffffffff, 0x5f000000, NX
    CVT_I2F_S fcvt.s.lu, rmm, 0x7fffffffffffffff, 0x5f000000, NX
    CVT_I2F_S fcvt.s.lu, rne, 0x8000000000000000, 0x5f000000, 0
    CVT_I2F_S fcvt.s.lu, rne, 0x20000000000001, 0x5a000000, NX
    CVT_I2F_S fcvt.s.lu, rtz, 0x20000000000001, 0x5a000000, NX
    CVT_I2F_S fcvt.s.lu, rdn, 0x20000000000001, 0x5a000000, NX
    CVT_I2F_S fcvt.s.lu, rup, 0x20000000000001, 0x5a000001, NX
    CVT_I2F_S fcvt.s.lu, rmm, 0x20000000000001, 0x5a000000, NX
    CVT_I2F_S fcvt.s.lu, rne, 0x123456789abcdef0, 0x5d91a2b4, NX
    CVT_I2F_S fcvt.s.lu, rtz, 0x123456789abcdef0, 0x5d91a2b3, NX
    CVT_I2F_S fcvt.s.lu, rdn, 0x123456789abcdef0, 0x5d91a2b3, NX
    CVT_I2F_S fcvt.s.lu, rup, 0x123456789abcdef0, 0x5d91a2b4, NX
    CVT_I2F_S fcvt.s.lu, rmm, 0x123456789abcdef0, 0x5d91a2b4, NX
    CVT_I2F_S fcvt.s.lu, rne, 0xedcba98765432110, 0x5f6dcbaa, NX
    CVT_I2F_S fcvt.s.lu, rtz, 0xedcba98765432110, 0x5f6dcba9, NX
    CVT_I2F_S fcvt.s.lu, rdn, 0xedcba98765432110, 0x5f6dcba9, NX
    CVT_I2F_S fcvt.s.lu, rup, 0xedcba98765432110, 0x5f6dcbaa, NX
    CVT_I2F_S fcvt.s.lu, rmm, 0xedcba98765432110, 0x5f6dcbaa, NX
    CVT_I2F_S fcvt.s.lu, rne, 0xffffffff00000001, 0x5f800000, NX
    CVT_I2F_S fcvt.s.lu, rtz, 0xffffffff00000001, 0x5f7fffff, NX
    CVT_I2F_S fcvt.s.lu, rdn, 0xffffffff00000001, 0x5f7fffff, NX
    CVT_I2F_S fcvt.s.lu, rup, 0xffffffff00000001, 0x5f800000, NX
    CVT_I2F_S fcvt.s.lu, rmm, 0xffffffff00000001, 0x5f800000, NX
    CVT_I2F_S fcvt.s.lu, rne, 0x1ffffffff, 0x50000000, NX
    CVT_I2F_S fcvt.s.lu, rtz, 0x1ffffffff, 0x4fffffff, NX
    CVT_I2F_S fcvt.s.lu, rdn, 0x1ffffffff, 0x4fffffff, NX
    CVT_I2F_S fcvt.s.lu, rup, 0x1ffffffff, 0x50000000, NX
    CVT_I2F_S fcvt.s.lu, rmm, 0x1ffffffff, 0x50000000, NX
    CVT_I2F_S fcvt.s.lu, rne, 0xfffffffffffffc01, 0x5f800000, NX
    CVT_I2F_S fcvt.s.lu, rtz, 0xfffffffffffffc01, 0x5f7fffff, NX
    CVT_I2F_S fcvt.s.lu, rdn, 0xfffffffffffffc01, 0x5f7fffff, NX
    CVT_I2F_S fcvt.s.lu, rup, 0xfffffffffffffc01, 0x5f800000, NX
    CVT_I2F_S fcvt.s.lu, rmm, 0xfffffffffffffc01, 0x5f800000, NX
    SECTION "integer to float (d)"
    CVT_I2F_DX fcvt.d.w, 0x0, 0x0, 0
    CVT_I2F_DX fcvt.d.w, 0x1, 0x3ff0000000000000, 0
    CVT_I2F_DX fcvt.d.w, 0xffffffffffffffff, 0xbff0000000000000, 0
    CVT_I2F_DX fcvt.d.w, 0x7fffffff, 0x41dfffffffc00000, 0
    CVT_I2F_DX fcvt.d.w, 0x80000000, 0xc1e0000000000000, 0
    CVT_I2F_DX fcvt.d.w, 0xffffffff, 0xbff0000000000000, 0
    CVT_I2F_DX fcvt.d.w, 0x1000001, 0x4170000010000000, 0
    CVT_I2F_DX fcvt.d.w, 0x1000003, 0x4170000030000000, 0
    CVT_I2F_DX fcvt.d.w, 0x7fffffffffffffff, 0xbff0000000000000, 0
    CVT_I2F_DX fcvt.d.w, 0x8000000000000000, 0x0, 0
    CVT_I2F_DX fcvt.d.w, 0x20000000000001, 0x3ff0000000000000, 0
    CVT_I2F_DX fcvt.d.w, 0x123456789abcdef0, 0xc1d950c844000000, 0
    CVT_I2F_DX fcvt.d.w, 0xedcba98765432110, 0x41d950c844000000, 0
    CVT_I2F_DX fcvt.d.w, 0xffffffff00000001, 0x3ff0000000000000, 0
    CVT_I2F_DX fcvt.d.w, 0x1ffffffff, 0xbff0000000000000, 0
    CVT_I2F_DX fcvt.d.w, 0xfffffffffffffc01, 0xc08ff80000000000, 0
    CVT_I2F_DX fcvt.d.wu, 0x0, 0x0, 0
    CVT_I2F_DX fcvt.d.wu, 0x1, 0x3ff0000000000000, 0
    CVT_I2F_DX fcvt.d.wu, 0xffffffffffffffff, 0x41efffffffe00000, 0
    CVT_I2F_DX fcvt.d.wu, 0x7fffffff, 0x41dfffffffc00000, 0
    CVT_I2F_DX fcvt.d.wu, 0x80000000, 0x41e0000000000000, 0
    CVT_I2F_DX fcvt.d.wu, 0xffffffff, 0x41efffffffe00000, 0
    CVT_I2F_DX fcvt.d.wu, 0x1000001, 0x4170000010000000, 0
    CVT_I2F_DX fcvt.d.wu, 0x1000003, 0x4170000030000000, 0
    CVT_I2F_DX fcvt.d.wu, 0x7fffffffffffffff, 0x41efffffffe00000, 0
    CVT_I2F_DX fcvt.d.wu, 0x8000000000000000, 0x0, 0
    CVT_I2F_DX fcvt.d.wu, 0x20000000000001, 0x3ff0000000000000, 0
    CVT_I2F_DX fcvt.d.wu, 0x123456789abcdef0, 0x41e3579bde000000, 0
    CVT_I2F_DX fcvt.d.wu, 0xedcba98765432110, 0x41d950c844000000, 0
    CVT_I2F_DX fcvt.d.wu, 0xffffffff00000001, 0x3ff0000000000000, 0
    CVT_I2F_DX fcvt.d.wu, 0x1ffffffff, 0x41efffffffe00000, 0
    CVT_I2F_DX fcvt.d.wu, 0xfffffffffffffc01, 0x41efffff80200000, 0
    CVT_I2F_D fcvt.d.l, rne, 0x0, 0x0, 0
    CVT_I2F_D fcvt.d.l, rne, 0x1, 0x3ff0000000000000, 0
    CVT_I2F_D fcvt.d.l, rne, 0xffffffffffffffff, 0xbff0000000000000, 0
    CVT_I2F_D fcvt.d.l, rne, 0x7fffffff, 0x41dfffffffc00000, 0
    CVT_I2F_D fcvt.d.l, rne, 0x80000000, 0x41e0000000000000, 0
    CVT_I2F_D fcvt.d.l, rne, 0xffffffff, 0x41efffffffe00000, 0
    CVT_I2F_D fcvt.d.l, rne, 0x1000001, 0x4170000010000000, 0
    CVT_I2F_D fcvt.d.l, rne, 0x1000003, 0x4170000030000000, 0
    CVT_I2F_D fcvt.d.l, rne, 0x7fffffffffffffff, 0x43e0000000000000, NX
    CVT_I2F_D fcvt.d.l, rtz, 0x7fffffffffffffff, 0x43dfffffffffffff, NX
    CVT_I2F_D fcvt.d.l, rdn, 0x7fffffffffffffff, 0x43dfffffffffffff, NX
    CVT_I2F_D fcvt.d.l, rup, 0x7fffffffffffffff, 0x43e0000000000000, NX
    CVT_I2F_D fcvt.d.l, rmm, 0x7fffffffffffffff, 0x43e0000000000000, NX
    CVT_I2F_D fcvt.d.l, rne, 0x8000000000000000, 0xc3e0000000000000, 0
    CVT_I2F_D fcvt.d.l, rne, 0x20000000000001, 0x4340000000000000, NX
    CVT_I2F_D fcvt.d.l, rtz, 0x20000000000001, 0x4340000000000000, NX
    CVT_I2F_D fcvt.d.l, rdn, 0x20000000000001, 0x4340000000000000, NX
    CVT_I2F_D fcvt.d.l, rup, 0x20000000000001, 0x4340000000000001, NX
    CVT_I2F_D fcvt.d.l, rmm, 0x20000000000001, 0x4340000000000001, NX
    CVT_I2F_D fcvt.d.l, rne, 0x123456789abcdef0, 0x43b23456789abcdf, NX
    CVT_I2F_D fcvt.d.l, rtz, 0x123456789abcdef0, 0x43b23456789abcde, NX
    CVT_I2F_D fcvt.d.l, rdn, 0x123456789abcdef0, 0x43b23456789abcde, NX
    CVT_I2F_D fcvt.d.l, rup, 0x123456789abcdef0, 0x43b23456789abcdf, NX
    CVT_I2F_D fcvt.d.l, rmm, 0x123456789abcdef0, 0x43b23456789abcdf, NX
    CVT_I2F_D fcvt.d.l, rne, 0xedcba98765432110, 0xc3b23456789abcdf, NX
    CVT_I2F_D fcvt.d.l, rtz, 0xedcba98765432110, 0xc3b23456789abcde, NX
    CVT_I2F_D fcvt.d.l, rdn, 0xedcba98765432110, 0xc3b23456789abcdf, NX
    CVT_I2F_D fcvt.d.l, rup, 0xedcba98765432110, 0xc3b23456789abcde, NX
    CVT_I2F_D fcvt.d.l, rmm, 0xedcba98765432110, 0xc3b23456789abcdf, NX
    CVT_I2F_D fcvt.d.l, rne, 0xffffffff00000001, 0xc1efffffffe00000, 0
    CVT_I2F_D fcvt.d.l, rne, 0x1ffffffff, 0x41fffffffff00000, 0
    CVT_I2F_D fcvt.d.l, rne, 0xfffffffffffffc01, 0xc08ff80000000000, 0
    CVT_I2F_D fcvt.d.lu, rne, 0x0, 0x0, 0
    CVT_I2F_D fcvt.d.lu, rne, 0x1, 0x3ff0000000000000, 0
    CVT_I2F_D fcvt.d.lu, rne, 0xffffffffffffffff, 0x43f0000000000000, NX
    CVT_I2F_D fcvt.d.lu, rtz, 0xffffffffffffffff, 0x43efffffffffffff, NX
    CVT_I2F_D fcvt.d.lu, rdn, 0xffffffffffffffff, 0x43efffffffffffff, NX
    CVT_I2F_D fcvt.d.lu, rup, 0xffffffffffffffff, 0x43f0000000000000, NX
    CVT_I2F_D fcvt.d.lu, rmm, 0xffffffffffffffff, 0x43f0000000000000, NX
    CVT_I2F_D fcvt.d.lu, rne, 0x7fffffff, 0x41dfffffffc00000, 0
    CVT_I2F_D fcvt.d.lu, rne, 0x80000000, 0x41e0000000000000, 0
    CVT_I2F_D fcvt.d.lu, rne, 0xffffffff, 0x41efffffffe00000, 0
    CVT_I2F_D fcvt.d.lu, rne, 0x1000001, 0x4170000010000000, 0
    CVT_I2F_D fcvt.d.lu, rne, 0x1000003, 0x4170000030000000, 0
    CVT_I2F_D fcvt.d.lu, rne, 0x7fffffffffffffff, 0x43e0000000000000, NX
    CVT_I2F_D fcvt.d.lu, rtz, 0x7fffffffffffffff, 0x43dfffffffffffff, NX
    CVT_I2F_D fcvt.d.lu, rdn, 0x7fffffffffffffff, 0x43dfffffffffffff, NX
    CVT_I2F_D fcvt.d.lu, rup, 0x7fffffffffffffff, 0x43e0000000000000, NX
    CVT_I2F_D fcvt.d.lu, rmm, 0x7fffffffffffffff, 0x43e0000000000000, NX
    CVT_I2F_D fcvt.d.lu, rne, 0x8000000000000000, 0x43e0000000000000, 0
    CVT_I2F_D fcvt.d.lu, rne, 0x20000000000001, 0x4340000000000000, NX
    CVT_I2F_D fcvt.d.lu, rtz, 0x20000000000001, 0x4340000000000000, NX
    CVT_I2F_D fcvt.d.lu, rdn, 0x20000000000001, 0x4340000000000000, NX
    CVT_I2F_D fcvt.d.lu, rup, 0x20000000000001, 0x4340000000000001, NX
    CVT_I2F_D fcvt.d.lu, rmm, 0x20000000000001, 0x4340000000000001, NX
    CVT_I2F_D fcvt.d.lu, rne, 0x123456789abcdef0, 0x43b23456789abcdf, NX
    CVT_I2F_D fcvt.d.lu, rtz, 0x123456789abcdef0, 0x43b23456789abcde, NX
    CVT_I2F_D fcvt.d.lu, rdn, 0x123456789abcdef0, 0x43b23456789abcde, NX
    CVT_I2F_D fcvt.d.lu, rup, 0x123456789abcdef0, 0x43b23456789abcdf, NX
    CVT_I2F_D fcvt.d.lu, rmm, 0x123456789abcdef0, 0x43b23456789abcdf, NX
    CVT_I2F_D fcvt.d.lu, rne, 0xedcba98765432110, 0x43edb97530eca864, NX
    CVT_I2F_D fcvt.d.lu, rtz, 0xedcba98765432110, 0x43edb97530eca864, NX
    CVT_I2F_D fcvt.d.lu, rdn, 0xedcba98765432110, 0x43edb97530eca864, NX
    CVT_I2F_D fcvt.d.lu, rup, 0xedcba98765432110, 0x43edb97530eca865, NX
    CVT_I2F_D fcvt.d.lu, rmm, 0xedcba98765432110, 0x43edb97530eca864, NX
    CVT_I2F_D fcvt.d.lu, rne, 0xffffffff00000001, 0x43efffffffe00000, NX
    CVT_I2F_D fcvt.d.lu, rtz, 0xffffffff00000001, 0x43efffffffe00000, NX
    CVT_I2F_D fcvt.d.lu, rdn, 0xffffffff00000001, 0x43efffffffe00000, NX
    CVT_I2F_D fcvt.d.lu, rup, 0xffffffff00000001, 0x43efffffffe00001, NX
    CVT_I2F_D fcvt.d.lu, rmm, 0xffffffff00000001, 0x43efffffffe00000, NX
    CVT_I2F_D fcvt.d.lu, rne, 0x1ffffffff, 0x41fffffffff00000, 0
    CVT_I2F_D fcvt.d.lu, rne, 0xfffffffffffffc01, 0x43f0000000000000, NX
    CVT_I2F_D fcvt.d.lu, rtz, 0xfffffffffffffc01, 0x43efffffffffffff, NX
    CVT_I2F_D fcvt.d.lu, rdn, 0xfffffffffffffc01, 0x43efffffffffffff, NX
    CVT_I2F_D fcvt.d.lu, rup, 0xfffffffffffffc01, 0x43f0000000000000, NX
    CVT_I2F_D fcvt.d.lu, rmm, 0xfffffffffffffc01, 0x43f0000000000000, NX
    SECTION "fcvt.s.d"
    CVT_F2F_SD rne, 0x3fd5555555555555, 0x3eaaaaab, NX
    CVT_F2F_SD rtz, 0x3fd5555555555555, 0x3eaaaaaa, NX
    CVT_F2F_SD rdn, 0x3fd5555555555555, 0x3eaaaaaa, NX
    CVT_F2F_SD rup, 0x3fd5555555555555, 0x3eaaaaab, NX
    CVT_F2F_SD rmm, 0x3fd5555555555555, 0x3eaaaaab, NX
    CVT_F2F_SD rne, 0xbfd5555555555555, 0xbeaaaaab, NX
    CVT_F2F_SD rtz, 0xbfd5555555555555, 0xbeaaaaaa, NX
    CVT_F2F_SD rdn, 0xbfd5555555555555, 0xbeaaaaab, NX
    CVT_F2F_SD rup, 0xbfd5555555555555, 0xbeaaaaaa, NX
    CVT_F2F_SD rmm, 0xbfd5555555555555, 0xbeaaaaab, NX
    CVT_F2F_SD rne, 0x7fefffffffffffff, 0x7f800000, OF|NX
    CVT_F2F_SD rtz, 0x7fefffffffffffff, 0x7f7fffff, OF|NX
    CVT_F2F_SD rdn, 0x7fefffffffffffff, 0x7f7fffff, OF|NX
    CVT_F2F_SD rup, 0x7fefffffffffffff, 0x7f800000, OF|NX
    CVT_F2F_SD rmm, 0x7fefffffffffffff, 0x7f800000, OF|NX
    CVT_F2F_SD rne, 0xffefffffffffffff, 0xff800000, OF|NX
    CVT_F2F_SD rtz, 0xffefffffffffffff, 0xff7fffff, OF|NX
    CVT_F2F_SD rdn, 0xffefffffffffffff, 0xff800000, OF|NX
    CVT_F2F_SD rup, 0xffefffffffffffff, 0xff7fffff, OF|NX
    CVT_F2F_SD rmm, 0xffefffffffffffff, 0xff800000, OF|NX
    CVT_F2F_SD rne, 0x36a0000000000000, 0x1, 0
    CVT_F2F_SD rne, 0x3690000000000000, 0x0, UF|NX
    CVT_F2F_SD rtz, 0x3690000000000000, 0x0, UF|NX
    CVT_F2F_SD rdn, 0x3690000000000000, 0x0, UF|NX
    CVT_F2F_SD rup, 0x3690000000000000, 0x1, UF|NX
    CVT_F2F_SD rmm, 0x3690000000000000, 0x1, UF|NX
    CVT_F2F_SD rne, 0x3698000000000000, 0x1, UF|NX
    CVT_F2F_SD rtz, 0x3698000000000000, 0x0, UF|NX
    CVT_F2F_SD rdn, 0x3698000000000000, 0x0, UF|NX
    CVT_F2F_SD rup, 0x3698000000000000, 0x1, UF|NX
    CVT_F2F_SD rmm, 0x3698000000000000, 0x1, UF|NX
    CVT_F2F_SD rne, 0x3ff0000010000000, 0x3f800000, NX
    CVT_F2F_SD rtz, 0x3ff0000010000000, 0x3f800000, NX
    CVT_F2F_SD rdn, 0x3ff0000010000000, 0x3f800000, NX
    CVT_F2F_SD rup, 0x3ff0000010000000, 0x3f800001, NX
    CVT_F2F_SD rmm, 0x3ff0000010000000, 0x3f800001, NX
    CVT_F2F_SD rne, 0x3ff0000018000000, 0x3f800001, NX
    CVT_F2F_SD rtz, 0x3ff0000018000000, 0x3f800000, NX
    CVT_F2F_SD rdn, 0x3ff0000018000000, 0x3f800000, NX
    CVT_F2F_SD rup, 0x3ff0000018000000, 0x3f800001, NX
    CVT_F2F_SD rmm, 0x3ff0000018000000, 0x3f800001, NX
    CVT_F2F_SD rne, 0x47f0000000000000, 0x7f800000, OF|NX
    CVT_F2F_SD rtz, 0x47f0000000000000, 0x7f7fffff, OF|NX
    CVT_F2F_SD rdn, 0x47f0000000000000, 0x7f7fffff, OF|NX
    CVT_F2F_SD rup, 0x47f0000000000000, 0x7f800000, OF|NX
    CVT_F2F_SD rmm, 0x47f0000000000000, 0x7f800000, OF|NX
    CVT_F2F_SD rne, 0x47effffff0000000, 0x7f800000, OF|NX
    CVT_F2F_SD rtz, 0x47effffff0000000, 0x7f7fffff, NX
    CVT_F2F_SD rdn, 0x47effffff0000000, 0x7f7fffff, NX
    CVT_F2F_SD rup, 0x47effffff0000000, 0x7f800000, OF|NX
    CVT_F2F_SD rmm, 0x47effffff0000000, 0x7f800000, OF|NX
    CVT_F2F_SD rne, 0x47efffffe0000000, 0x7f7fffff, 0
    CVT_F2F_SD rne, 0x7ff8000000000000, 0x7fc00000, 0
    CVT_F2F_SD rne, 0xfff8000000012345, 0x7fc00000, 0
    CVT_F2F_SD rne, 0x7ff0000000000001, 0x7fc00000, NV
    CVT_F2F_SD rne, 0x7ff0000000000000, 0x7f800000, 0
    CVT_F2F_SD rne, 0x8000000000000000, 0x80000000, 0
    CVT_F2F_SD rne, 0x0, 0x0, 0
    CVT_F2F_SD rne, 0x1, 0x0, UF|NX
    CVT_F2F_SD rtz, 0x1, 0x0, UF|NX
    CVT_F2F_SD rdn, 0x1, 0x0, UF|NX
    CVT_F2F_SD rup, 0x1, 0x1, UF|NX
    CVT_F2F_SD rmm, 0x1, 0x0, UF|NX
    CVT_F2F_SD rne, 0x380fffffe0000000, 0x800000, UF|NX
    CVT_F2F_SD rtz, 0x380fffffe0000000, 0x7fffff, UF|NX
    CVT_F2F_SD rdn, 0x380fffffe0000000, 0x7fffff, UF|NX
    CVT_F2F_SD rup, 0x380fffffe0000000, 0x800000, UF|NX
    CVT_F2F_SD rmm, 0x380fffffe0000000, 0x800000, UF|NX
    CVT_F2F_SD rne, 0x380ffffff0000000, 0x800000, NX
    CVT_F2F_SD rtz, 0x380ffffff0000000, 0x7fffff, UF|NX
    CVT_F2F_SD rdn, 0x380ffffff0000000, 0x7fffff, UF|NX
    CVT_F2F_SD rup, 0x380ffffff0000000, 0x800000, NX
    CVT_F2F_SD rmm, 0x380ffffff0000000, 0x800000, NX
    SECTION "fcvt.d.s"
    CVT_F2F_DS 0x3eaaaaab, 0x3fd5555560000000, 0
    CVT_F2F_DS 0x7f7fffff, 0x47efffffe0000000, 0
    CVT_F2F_DS 0x1, 0x36a0000000000000, 0
    CVT_F2F_DS 0x80000001, 0xb6a0000000000000, 0
    CVT_F2F_DS 0x7fffff, 0x380fffffc0000000, 0
    CVT_F2F_DS 0x7fc00000, 0x7ff8000000000000, 0
    CVT_F2F_DS 0xffc00123, 0x7ff8000000000000, 0
    CVT_F2F_DS 0x7f800001, 0x7ff8000000000000, NV
    CVT_F2F_DS 0xff800000, 0xfff0000000000000, 0
    CVT_F2F_DS 0x80000000, 0x8000000000000000, 0
    CVT_F2F_DS 0x0, 0x0, 0
    CVT_F2F_DS 0xc0200000, 0xc004000000000000, 0
TEST_END
