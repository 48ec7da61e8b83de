/*
 * fp_misc: the non-arithmetic F/D instructions and the FP control state.
 *   - fmin/fmax: IEEE 754-2019 minimumNumber/maximumNumber semantics as
 *     RISC-V specifies them: -0 < +0, a single NaN operand yields the other
 *     operand, two NaNs yield the canonical NaN, NV only for signaling NaNs;
 *   - feq is quiet (NV only for sNaN), flt/fle are signaling (NV for any
 *     NaN); all return 0 when an operand is NaN;
 *   - fclass: the ten class bits;
 *   - fsgnj/fsgnjn/fsgnjx (also as fmv/fneg/fabs), which never canonicalize
 *     NaN payloads;
 *   - moves and loads/stores (the "transfer" operations: flw/fsw/fmv.x.w/
 *     fmv.w.x, fld/fsd/fmv.x.d/fmv.d.x) copy bits, NaN payloads included;
 *   - NaN boxing (unprivileged spec, "NaN Boxing of Narrower Values"): flw
 *     and fmv.w.x set the upper 32 bits to ones; fmv.x.w and fsw use the low
 *     32 bits without looking at the upper ones (fmv.x.w sign-extends them);
 *     every other single-precision operation, fsgnj.s included, treats an
 *     input whose upper 32 bits are not all ones as the canonical NaN;
 *   - fcsr/frm/fflags: field widths, composition, accrual of flags;
 *     reserved rounding modes: a static rm of 5 or 6, or rm = dyn with frm =
 *     5, 6 or 7, is an illegal instruction;
 *   - mstatus.FS: with FS = Off every FP instruction and FP CSR access is
 *     illegal; after FP state is written FS reads Dirty and SD is set
 *     (privileged spec, "Extension Context Status in mstatus Register").
 */
#include "test.h"
#include "fp.h"

    .option norvc

/* FR2S/FR2D-style check of min/max: result bits and flags. */
.macro FR2 op, a, b, exp, fl
    li t0, \a
    li t1, \b
    .ifc \op, fmin.s
    fmv.w.x f1, t0
    fmv.w.x f2, t1
    .endif
    .ifc \op, fmax.s
    fmv.w.x f1, t0
    fmv.w.x f2, t1
    .endif
    .ifc \op, fmin.d
    fmv.d.x f1, t0
    fmv.d.x f2, t1
    .endif
    .ifc \op, fmax.d
    fmv.d.x f1, t0
    fmv.d.x f2, t1
    .endif
    fsflags zero
    \op f3, f1, f2
    frflags a1
    fmv.x.d a0, f3
    .ifc \op, fmin.s
    CHECK a0, (0xffffffff00000000 | \exp)
    .endif
    .ifc \op, fmax.s
    CHECK a0, (0xffffffff00000000 | \exp)
    .endif
    .ifc \op, fmin.d
    CHECK a0, \exp
    .endif
    .ifc \op, fmax.d
    CHECK a0, \exp
    .endif
    CHECK a1, \fl
.endm

/* Move a raw value into f1/f2 for op's precision (by the op's suffix). */
.macro FIN2 op, a, b
    li t0, \a
    li t1, \b
    .ifc \op, feq.s
    fmv.w.x f1, t0
    fmv.w.x f2, t1
    .endif
    .ifc \op, flt.s
    fmv.w.x f1, t0
    fmv.w.x f2, t1
    .endif
    .ifc \op, fle.s
    fmv.w.x f1, t0
    fmv.w.x f2, t1
    .endif
    .ifc \op, feq.d
    fmv.d.x f1, t0
    fmv.d.x f2, t1
    .endif
    .ifc \op, flt.d
    fmv.d.x f1, t0
    fmv.d.x f2, t1
    .endif
    .ifc \op, fle.d
    fmv.d.x f1, t0
    fmv.d.x f2, t1
    .endif
.endm

/* FCMP op, a, b, exp, flags: a0 = op(f1, f2). */
.macro FCMP op, a, b, exp, fl
    FIN2 \op, \a, \b
    fsflags zero
    \op a0, f1, f2
    frflags a1
    CHECK a0, \exp
    CHECK a1, \fl
.endm

/* FCLASS op, a, exp: a0 = op(f1); never raises flags. */
.macro FCLASS op, a, exp
    li t0, \a
    .ifc \op, fclass.s
    fmv.w.x f1, t0
    .else
    fmv.d.x f1, t0
    .endif
    fsflags zero
    \op a0, f1
    frflags a1
    CHECK a0, \exp
    CHECK a1, 0
.endm

/* SGNJ op, a, b, exp: raw f registers in (fmv.d.x), raw 64 bits out. */
.macro SGNJ op, a, b, exp
    li t0, \a
    fmv.d.x f1, t0
    li t0, \b
    fmv.d.x f2, t0
    fsflags zero
    \op f3, f1, f2
    frflags a1
    fmv.x.d a0, f3
    CHECK a0, \exp
    CHECK a1, 0
.endm

TEST_BEGIN fp_misc
    FP_ON
    SECTION "fmin/fmax.s"
    FR2 fmin.s, 0x3f800000, 0x40000000, 0x3f800000, 0
    FR2 fmax.s, 0x3f800000, 0x40000000, 0x40000000, 0
    FR2 fmin.s, 0x40000000, 0x3f800000, 0x3f800000, 0
    FR2 fmax.s, 0x40000000, 0x3f800000, 0x40000000, 0
    FR2 fmin.s, 0xbf800000, 0x3f800000, 0xbf800000, 0
    FR2 fmax.s, 0xbf800000, 0x3f800000, 0x3f800000, 0
    FR2 fmin.s, 0x0, 0x80000000, 0x80000000, 0
    FR2 fmax.s, 0x0, 0x80000000, 0x0, 0
    FR2 fmin.s, 0x80000000, 0x0, 0x80000000, 0
    FR2 fmax.s, 0x80000000, 0x0, 0x0, 0
    FR2 fmin.s, 0x7fc00000, 0x3f800000, 0x3f800000, 0
    FR2 fmax.s, 0x7fc00000, 0x3f800000, 0x3f800000, 0
    FR2 fmin.s, 0x3f800000, 0x7fc00000, 0x3f800000, 0
    FR2 fmax.s, 0x3f800000, 0x7fc00000, 0x3f800000, 0
    FR2 fmin.s, 0x7f800001, 0x3f800000, 0x3f800000, NV
    FR2 fmax.s, 0x7f800001, 0x3f800000, 0x3f800000, NV
    FR2 fmin.s, 0x3f800000, 0x7f800001, 0x3f800000, NV
    FR2 fmax.s, 0x3f800000, 0x7f800001, 0x3f800000, NV
    FR2 fmin.s, 0x7fc00000, 0x7f800001, 0x7fc00000, NV
    FR2 fmax.s, 0x7fc00000, 0x7f800001, 0x7fc00000, NV
    FR2 fmin.s, 0x7fc00000, 0xffc00123, 0x7fc00000, 0
    FR2 fmax.s, 0x7fc00000, 0xffc00123, 0x7fc00000, 0
    FR2 fmin.s, 0x7f800000, 0xff800000, 0xff800000, 0
    FR2 fmax.s, 0x7f800000, 0xff800000, 0x7f800000, 0
    FR2 fmin.s, 0x7f7fffff, 0x7f800000, 0x7f7fffff, 0
    FR2 fmax.s, 0x7f7fffff, 0x7f800000, 0x7f800000, 0
    FR2 fmin.s, 0x1, 0x80000001, 0x80000001, 0
    FR2 fmax.s, 0x1, 0x80000001, 0x1, 0
    FR2 fmin.s, 0x3f800000, 0x3f800000, 0x3f800000, 0
    FR2 fmax.s, 0x3f800000, 0x3f800000, 0x3f800000, 0
    FR2 fmin.s, 0x7fffff, 0x800000, 0x7fffff, 0
    FR2 fmax.s, 0x7fffff, 0x800000, 0x800000, 0
    FR2 fmin.s, 0xff800000, 0xffc00123, 0xff800000, 0
    FR2 fmax.s, 0xff800000, 0xffc00123, 0xff800000, 0
    SECTION "feq/flt/fle.s"
    FCMP feq.s, 0x3f800000, 0x40000000, 0, 0
    FCMP flt.s, 0x3f800000, 0x40000000, 1, 0
    FCMP fle.s, 0x3f800000, 0x40000000, 1, 0
    FCMP feq.s, 0x40000000, 0x3f800000, 0, 0
    FCMP flt.s, 0x40000000, 0x3f800000, 0, 0
    FCMP fle.s, 0x40000000, 0x3f800000, 0, 0
    FCMP feq.s, 0xbf800000, 0x3f800000, 0, 0
    FCMP flt.s, 0xbf800000, 0x3f800000, 1, 0
    FCMP fle.s, 0xbf800000, 0x3f800000, 1, 0
    FCMP feq.s, 0x0, 0x80000000, 1, 0
    FCMP flt.s, 0x0, 0x80000000, 0, 0
    FCMP fle.s, 0x0, 0x80000000, 1, 0
    FCMP feq.s, 0x80000000, 0x0, 1, 0
    FCMP flt.s, 0x80000000, 0x0, 0, 0
    FCMP fle.s, 0x80000000, 0x0, 1, 0
    FCMP feq.s, 0x7fc00000, 0x3f800000, 0, 0
    FCMP flt.s, 0x7fc00000, 0x3f800000, 0, NV
    FCMP fle.s, 0x7fc00000, 0x3f800000, 0, NV
    FCMP feq.s, 0x3f800000, 0x7fc00000, 0, 0
    FCMP flt.s, 0x3f800000, 0x7fc00000, 0, NV
    FCMP fle.s, 0x3f800000, 0x7fc00000, 0, NV
    FCMP feq.s, 0x7f800001, 0x3f800000, 0, NV
    FCMP flt.s, 0x7f800001, 0x3f800000, 0, NV
    FCMP fle.s, 0x7f800001, 0x3f800000, 0, NV
    FCMP feq.s, 0x3f800000, 0x7f800001, 0, NV
    FCMP flt.s, 0x3f800000, 0x7f800001, 0, NV
    FCMP fle.s, 0x3f800000, 0x7f800001, 0, NV
    FCMP feq.s, 0x7fc00000, 0x7f800001, 0, NV
    FCMP flt.s, 0x7fc00000, 0x7f800001, 0, NV
    FCMP fle.s, 0x7fc00000, 0x7f800001, 0, NV
    FCMP feq.s, 0x7fc00000, 0xffc00123, 0, 0
    FCMP flt.s, 0x7fc00000, 0xffc00123, 0, NV
    FCMP fle.s, 0x7fc00000, 0xffc00123, 0, NV
    FCMP feq.s, 0x7f800000, 0xff800000, 0, 0
    FCMP flt.s, 0x7f800000, 0xff800000, 0, 0
    FCMP fle.s, 0x7f800000, 0xff800000, 0, 0
    FCMP feq.s, 0x7f7fffff, 0x7f800000, 0, 0
    FCMP flt.s, 0x7f7fffff, 0x7f800000, 1, 0
    FCMP fle.s, 0x7f7fffff, 0x7f800000, 1, 0
    FCMP feq.s, 0x1, 0x80000001, 0, 0
    FCMP flt.s, 0x1, 0x80000001, 0, 0
    FCMP fle.s, 0x1, 0x80000001, 0, 0
    FCMP feq.s, 0x3f800000, 0x3f800000, 1, 0
    FCMP flt.s, 0x3f800000, 0x3f800000, 0, 0
    FCMP fle.s, 0x3f800000, 0x3f800000, 1, 0
    FCMP feq.s, 0x7fffff, 0x800000, 0, 0
    FCMP flt.s, 0x7fffff, 0x800000, 1, 0
    FCMP fle.s, 0x7fffff, 0x800000, 1, 0
    FCMP feq.s, 0xff800000, 0xffc00123, 0, 0
    FCMP flt.s, 0xff800000, 0xffc00123, 0, NV
    FCMP fle.s, 0xff800000, 0xffc00123, 0, NV
    SECTION "fclass.s"
    FCLASS fclass.s, 0xff800000, 0x1
    FCLASS fclass.s, 0xbf800000, 0x2
    FCLASS fclass.s, 0x80000001, 0x4
    FCLASS fclass.s, 0x807fffff, 0x4
    FCLASS fclass.s, 0x80000000, 0x8
    FCLASS fclass.s, 0x0, 0x10
    FCLASS fclass.s, 0x1, 0x20
    FCLASS fclass.s, 0x7fffff, 0x20
    FCLASS fclass.s, 0x800000, 0x40
    FCLASS fclass.s, 0x3f800000, 0x40
    FCLASS fclass.s, 0x7f7fffff, 0x40
    FCLASS fclass.s, 0x7f800000, 0x80
    FCLASS fclass.s, 0x7f800001, 0x100
    FCLASS fclass.s, 0x7fc00000, 0x200
    FCLASS fclass.s, 0xffc00123, 0x200
    FCLASS fclass.s, 0x7fbfffff, 0x100
    FCLASS fclass.s, 0xff800001, 0x100
    SECTION "fmin/fmax.d"
    FR2 fmin.d, 0x3ff0000000000000, 0x4000000000000000, 0x3ff0000000000000, 0
    FR2 fmax.d, 0x3ff0000000000000, 0x4000000000000000, 0x4000000000000000, 0
    FR2 fmin.d, 0x4000000000000000, 0x3ff0000000000000, 0x3ff0000000000000, 0
    FR2 fmax.d, 0x4000000000000000, 0x3ff0000000000000, 0x4000000000000000, 0
    FR2 fmin.d, 0xbff0000000000000, 0x3ff0000000000000, 0xbff0000000000000, 0
    FR2 fmax.d, 0xbff0000000000000, 0x3ff0000000000000, 0x3ff0000000000000, 0
    FR2 fmin.d, 0x0, 0x8000000000000000, 0x8000000000000000, 0
    FR2 fmax.d, 0x0, 0x8000000000000000, 0x0, 0
    FR2 fmin.d, 0x8000000000000000, 0x0, 0x8000000000000000, 0
    FR2 fmax.d, 0x8000000000000000, 0x0, 0x0, 0
    FR2 fmin.d, 0x7ff8000000000000, 0x3ff0000000000000, 0x3ff0000000000000, 0
    FR2 fmax.d, 0x7ff8000000000000, 0x3ff0000000000000, 0x3ff0000000000000, 0
    FR2 fmin.d, 0x3ff0000000000000, 0x7ff8000000000000, 0x3ff0000000000000, 0
    FR2 fmax.d, 0x3ff0000000000000, 0x7ff8000000000000, 0x3ff0000000000000, 0
    FR2 fmin.d, 0x7ff0000000000001, 0x3ff0000000000000, 0x3ff0000000000000, NV
    FR2 fmax.d, 0x7ff0000000000001, 0x3ff0000000000000, 0x3ff0000000000000, NV
    FR2 fmin.d, 0x3ff0000000000000, 0x7ff0000000000001, 0x3ff0000000000000, NV
    FR2 fmax.d, 0x3ff0000000000000, 0x7ff0000000000001, 0x3ff0000000000000, NV
    FR2 fmin.d, 0x7ff8000000000000, 0x7ff0000000000001, 0x7ff8000000000000, NV
    FR2 fmax.d, 0x7ff8000000000000, 0x7ff0000000000001, 0x7ff8000000000000, NV
    FR2 fmin.d, 0x7ff8000000000000, 0xfff8000000000123, 0x7ff8000000000000, 0
    FR2 fmax.d, 0x7ff8000000000000, 0xfff8000000000123, 0x7ff8000000000000, 0
    FR2 fmin.d, 0x7ff0000000000000, 0xfff0000000000000, 0xfff0000000000000, 0
    FR2 fmax.d, 0x7ff0000000000000, 0xfff0000000000000, 0x7ff0000000000000, 0
    FR2 fmin.d, 0x7fefffffffffffff, 0x7ff0000000000000, 0x7fefffffffffffff, 0
    FR2 fmax.d, 0x7fefffffffffffff, 0x7ff0000000000000, 0x7ff0000000000000, 0
    FR2 fmin.d, 0x1, 0x8000000000000001, 0x8000000000000001, 0
    FR2 fmax.d, 0x1, 0x8000000000000001, 0x1, 0
    FR2 fmin.d, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ff0000000000000, 0
    FR2 fmax.d, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ff0000000000000, 0
    FR2 fmin.d, 0xfffffffffffff, 0x10000000000000, 0xfffffffffffff, 0
    FR2 fmax.d, 0xfffffffffffff, 0x10000000000000, 0x10000000000000, 0
    FR2 fmin.d, 0xfff0000000000000, 0xfff8000000000123, 0xfff0000000000000, 0
    FR2 fmax.d, 0xfff0000000000000, 0xfff8000000000123, 0xfff0000000000000, 0
    SECTION "feq/flt/fle.d"
    FCMP feq.d, 0x3ff0000000000000, 0x4000000000000000, 0, 0
    FCMP flt.d, 0x3ff0000000000000, 0x4000000000000000, 1, 0
    FCMP fle.d, 0x3ff0000000000000, 0x4000000000000000, 1, 0
    FCMP feq.d, 0x4000000000000000, 0x3ff0000000000000, 0, 0
    FCMP flt.d, 0x4000000000000000, 0x3ff0000000000000, 0, 0
    FCMP fle.d, 0x4000000000000000, 0x3ff0000000000000, 0, 0
    FCMP feq.d, 0xbff0000000000000, 0x3ff0000000000000, 0, 0
    FCMP flt.d, 0xbff0000000000000, 0x3ff0000000000000, 1, 0
    FCMP fle.d, 0xbff0000000000000, 0x3ff0000000000000, 1, 0
    FCMP feq.d, 0x0, 0x8000000000000000, 1, 0
    FCMP flt.d, 0x0, 0x8000000000000000, 0, 0
    FCMP fle.d, 0x0, 0x8000000000000000, 1, 0
    FCMP feq.d, 0x8000000000000000, 0x0, 1, 0
    FCMP flt.d, 0x8000000000000000, 0x0, 0, 0
    FCMP fle.d, 0x8000000000000000, 0x0, 1, 0
    FCMP feq.d, 0x7ff8000000000000, 0x3ff0000000000000, 0, 0
    FCMP flt.d, 0x7ff8000000000000, 0x3ff0000000000000, 0, NV
    FCMP fle.d, 0x7ff8000000000000, 0x3ff0000000000000, 0, NV
    FCMP feq.d, 0x3ff0000000000000, 0x7ff8000000000000, 0, 0
    FCMP flt.d, 0x3ff0000000000000, 0x7ff8000000000000, 0, NV
    FCMP fle.d, 0x3ff0000000000000, 0x7ff8000000000000, 0, NV
    FCMP feq.d, 0x7ff0000000000001, 0x3ff0000000000000, 0, NV
    FCMP flt.d, 0x7ff0000000000001, 0x3ff0000000000000, 0, NV
    FCMP fle.d, 0x7ff0000000000001, 0x3ff0000000000000, 0, NV
    FCMP feq.d, 0x3ff0000000000000, 0x7ff0000000000001, 0, NV
    FCMP flt.d, 0x3ff0000000000000, 0x7ff0000000000001, 0, NV
    FCMP fle.d, 0x3ff0000000000000, 0x7ff0000000000001, 0, NV
    FCMP feq.d, 0x7ff8000000000000, 0x7ff0000000000001, 0, NV
    FCMP flt.d, 0x7ff8000000000000, 0x7ff0000000000001, 0, NV
    FCMP fle.d, 0x7ff8000000000000, 0x7ff0000000000001, 0, NV
    FCMP feq.d, 0x7ff8000000000000, 0xfff8000000000123, 0, 0
    FCMP flt.d, 0x7ff8000000000000, 0xfff8000000000123, 0, NV
    FCMP fle.d, 0x7ff8000000000000, 0xfff8000000000123, 0, NV
    FCMP feq.d, 0x7ff0000000000000, 0xfff0000000000000, 0, 0
    FCMP flt.d, 0x7ff0000000000000, 0xfff0000000000000, 0, 0
    FCMP fle.d, 0x7ff0000000000000, 0xfff0000000000000, 0, 0
    FCMP feq.d, 0x7fefffffffffffff, 0x7ff0000000000000, 0, 0
    FCMP flt.d, 0x7fefffffffffffff, 0x7ff0000000000000, 1, 0
    FCMP fle.d, 0x7fefffffffffffff, 0x7ff0000000000000, 1, 0
    FCMP feq.d, 0x1, 0x8000000000000001, 0, 0
    FCMP flt.d, 0x1, 0x8000000000000001, 0, 0
    FCMP fle.d, 0x1, 0x8000000000000001, 0, 0
    FCMP feq.d, 0x3ff0000000000000, 0x3ff0000000000000, 1, 0
    FCMP flt.d, 0x3ff0000000000000, 0x3ff0000000000000, 0, 0
    FCMP fle.d, 0x3ff0000000000000, 0x3ff0000000000000, 1, 0
    FCMP feq.d, 0xfffffffffffff, 0x10000000000000, 0, 0
    FCMP flt.d, 0xfffffffffffff, 0x10000000000000, 1, 0
    FCMP fle.d, 0xfffffffffffff, 0x10000000000000, 1, 0
    FCMP feq.d, 0xfff0000000000000, 0xfff8000000000123, 0, 0
    FCMP flt.d, 0xfff0000000000000, 0xfff8000000000123, 0, NV
    FCMP fle.d, 0xfff0000000000000, 0xfff8000000000123, 0, NV
    SECTION "fclass.d"
    FCLASS fclass.d, 0xfff0000000000000, 0x1
    FCLASS fclass.d, 0xbff0000000000000, 0x2
    FCLASS fclass.d, 0x8000000000000001, 0x4
    FCLASS fclass.d, 0x800fffffffffffff, 0x4
    FCLASS fclass.d, 0x8000000000000000, 0x8
    FCLASS fclass.d, 0x0, 0x10
    FCLASS fclass.d, 0x1, 0x20
    FCLASS fclass.d, 0xfffffffffffff, 0x20
    FCLASS fclass.d, 0x10000000000000, 0x40
    FCLASS fclass.d, 0x3ff0000000000000, 0x40
    FCLASS fclass.d, 0x7fefffffffffffff, 0x40
    FCLASS fclass.d, 0x7ff0000000000000, 0x80
    FCLASS fclass.d, 0x7ff0000000000001, 0x100
    FCLASS fclass.d, 0x7ff8000000000000, 0x200
    FCLASS fclass.d, 0xfff8000000000123, 0x200
    FCLASS fclass.d, 0x7ff7ffffffffffff, 0x100
    FCLASS fclass.d, 0xfff0000000000001, 0x100

    SECTION "sign injection (raw 64-bit registers in and out)"
    SGNJ fsgnj.d,  0x3ff0000000000000, 0x8000000000000000, 0xbff0000000000000
    SGNJ fsgnj.d,  0xbff0000000000000, 0x0000000000000000, 0x3ff0000000000000
    SGNJ fsgnjn.d, 0x3ff0000000000000, 0x8000000000000000, 0x3ff0000000000000
    SGNJ fsgnjn.d, 0x3ff0000000000000, 0x0000000000000000, 0xbff0000000000000
    SGNJ fsgnjx.d, 0xbff0000000000000, 0x8000000000000000, 0x3ff0000000000000
    SGNJ fsgnjx.d, 0xbff0000000000000, 0x0000000000000000, 0xbff0000000000000
    SGNJ fsgnj.d,  0x7ff0000000000001, 0x8000000000000000, 0xfff0000000000001  /* sNaN payload kept, no NV */
    SGNJ fsgnjn.d, 0xfff8000000012345, 0x8000000000000000, 0x7ff8000000012345
    SGNJ fsgnj.s,  0xffffffff3f800000, 0xffffffff80000000, 0xffffffffbf800000
    SGNJ fsgnjn.s, 0xffffffff3f800000, 0xffffffff80000000, 0xffffffff3f800000
    SGNJ fsgnjx.s, 0xffffffffbf800000, 0xffffffff80000000, 0xffffffff3f800000
    SGNJ fsgnj.s,  0xffffffff7f800001, 0xffffffff80000000, 0xffffffffff800001
    /* Unboxed single inputs are the canonical NaN 0x7fc00000. */
    SGNJ fsgnj.s,  0x000000003f800000, 0xffffffff80000000, 0xffffffffffc00000
    SGNJ fsgnjn.s, 0x000000003f800000, 0xffffffff80000000, 0xffffffff7fc00000
    SGNJ fsgnj.s,  0xffffffff3f800000, 0x00000000bf800000, 0xffffffff3f800000  /* sign of canonical NaN = + */
    SGNJ fsgnjx.s, 0xffffffffbf800000, 0x7fffffff80000000, 0xffffffffbf800000
    /* Pseudo-instructions fmv/fneg/fabs. */
    li t0, 0xc000000000000000
    fmv.d.x f1, t0
    fabs.d f3, f1
    fmv.x.d a0, f3
    CHECK a0, 0x4000000000000000
    fneg.d f3, f3
    fmv.x.d a0, f3
    CHECK a0, 0xc000000000000000
    fmv.d f4, f3
    fmv.x.d a0, f4
    CHECK a0, 0xc000000000000000

    SECTION "moves, loads and stores are bit copies; NaN boxing"
    la a2, fpbuf
    li t0, 0xfff0000000000001   /* a signaling NaN with sign set */
    fmv.d.x f5, t0
    fsd f5, 0(a2)
    ld a0, 0(a2)
    CHECK a0, 0xfff0000000000001
    fld f6, 0(a2)
    fmv.x.d a0, f6
    CHECK a0, 0xfff0000000000001
    li t0, 0x7f800001           /* single sNaN */
    sw t0, 8(a2)
    flw f7, 8(a2)               /* flw NaN-boxes */
    fmv.x.d a0, f7
    CHECK a0, 0xffffffff7f800001
    fmv.x.w a0, f7
    CHECK a0, 0x7f800001
    li t0, 0x1234567880000000
    fmv.w.x f8, t0              /* upper bits of the integer ignored */
    fmv.x.d a0, f8
    CHECK a0, 0xffffffff80000000
    fmv.x.w a0, f8              /* fmv.x.w sign-extends bit 31 */
    CHECK a0, 0xffffffff80000000
    csrr a1, fflags
    CHECK a1, 0                 /* no transfer raised a flag */
    /* A double in the register: not a valid boxed single. */
    li t0, 0x400921fb54442d18   /* pi as a double */
    sd t0, 16(a2)
    fld f9, 16(a2)
    fmv.x.w a0, f9              /* transfer: the low 32 bits, sign-extended */
    CHECK a0, 0x54442d18
    fsw f9, 24(a2)              /* transfer: the low 32 bits */
    lwu a0, 24(a2)
    CHECK a0, 0x54442d18
    li t0, 0x3f800000
    fmv.w.x f10, t0
    fsflags zero
    fadd.s f11, f9, f10         /* unboxed input = canonical NaN */
    fmv.x.d a0, f11
    CHECK a0, 0xffffffff7fc00000
    frflags a1
    CHECK a1, 0                 /* the canonical NaN is quiet: no NV */
    fcvt.d.s f11, f9
    fmv.x.d a0, f11
    CHECK a0, 0x7ff8000000000000
    fclass.s a0, f9
    CHECK a0, 0x200             /* quiet NaN */
    feq.s a0, f9, f9
    CHECK a0, 0
    frflags a1
    CHECK a1, 0
    flt.s a0, f9, f10
    CHECK a0, 0
    frflags a1
    CHECK a1, NV
    fmin.s f11, f9, f10         /* NaN and a number: the number */
    fmv.x.d a0, f11
    CHECK a0, 0xffffffff3f800000
    /* Boxing is by all 32 upper bits: one zero bit is enough to unbox. */
    li t0, 0xfffffffe3f800000
    fmv.d.x f12, t0
    fsflags zero
    fmul.s f11, f12, f10
    fmv.x.d a0, f11
    CHECK a0, 0xffffffff7fc00000

    SECTION "fcsr, frm, fflags"
    li t0, 0xffff
    csrw fcsr, t0
    csrr a0, fcsr
    CHECK a0, 0xff              /* frm (3 bits) and fflags (5 bits) only */
    csrr a0, frm
    CHECK a0, 7
    csrr a0, fflags
    CHECK a0, 0x1f
    li t0, 0xfe
    csrrw a0, fflags, t0        /* old value; only 5 bits written */
    CHECK a0, 0x1f
    csrr a0, fcsr
    CHECK a0, 0xfe
    csrrci a0, frm, 5
    CHECK a0, 7
    csrr a0, fcsr
    CHECK a0, 0x5e
    csrrsi a0, fflags, 1
    CHECK a0, 0x1e
    frcsr a0
    CHECK a0, 0x5f
    fsrmi a0, 2                 /* returns the old frm */
    CHECK a0, 2
    frrm a0
    CHECK a0, 2
    fscsr a0, zero
    CHECK a0, 0x5f
    /* Flags accrue. */
    li t0, 0x3f800000
    fmv.w.x f1, t0
    li t0, 0x40400000
    fmv.w.x f2, t0
    fmv.w.x f3, zero
    fdiv.s f4, f1, f2           /* NX */
    fdiv.s f4, f1, f3           /* DZ */
    frflags a0
    CHECK a0, NX|DZ
    fsub.s f4, f3, f3           /* exact: no new flag */
    frflags a0
    CHECK a0, NX|DZ

    /*
     * Reserved rounding modes raise illegal instruction (cause 2).  QEMU
     * 7.2 writes the instruction bits to mtval for illegal instructions,
     * also for this dynamic case, which it detects at run time.
     */
    SECTION "reserved rounding modes"
    fsrmi 5
    EXPECT_TRAP 1f
dyn5:
    fadd.s f4, f1, f2, dyn
1:  CHECK_TRAP 2, 0x0020f253
    fsrmi 6
    EXPECT_TRAP 1f
    fmul.d f4, f1, f2, dyn
1:  CHECK_TRAP 2, 0x1220f253
    fsrmi 7
    EXPECT_TRAP 1f
    fsqrt.s f4, f1, dyn
1:  CHECK_TRAP 2, 0x5800f253
    /* With frm = 7 an instruction with a valid static mode is fine... */
    fsflags zero
    fadd.s f4, f1, f2, rne
    fmv.x.w a0, f4
    CHECK a0, 0x40800000
    /* ...and so is one that does not round. */
    fsgnj.s f4, f1, f2
    fmv.x.w a0, f4
    CHECK a0, 0x3f800000
    fsrmi 0
    EXPECT_TRAP 1f
    .word 0x0020d1d3            /* fadd.s f3, f1, f2 with static rm = 5 */
1:  CHECK_TRAP 2, 0x0020d1d3
    EXPECT_TRAP 1f
    .word 0x0020e1d3            /* fadd.s f3, f1, f2 with static rm = 6 */
1:  CHECK_TRAP 2, 0x0020e1d3

    SECTION "mstatus.FS"
    csrr a0, mstatus
    srli a1, a0, 13
    andi a1, a1, 3
    CHECK a1, 3                 /* Dirty after all the above */
    srli a1, a0, 63
    CHECK a1, 1                 /* SD summarizes FS = Dirty */
    li t0, MSTATUS_FS
    csrc mstatus, t0            /* FS = Off */
    csrr a0, mstatus
    srli a1, a0, 63
    CHECK a1, 0
    EXPECT_TRAP 1f
    fadd.d f4, f1, f2, rne
1:  CHECK_TRAP 2, 0x02208253
    EXPECT_TRAP 1f
    frcsr a0
1:  CHECK_TRAP 2, 0x00302573
    EXPECT_TRAP 1f
    fmv.x.w a0, f1
1:  CHECK_TRAP 2, 0xe0008553
    EXPECT_TRAP 1f
    fld f1, 0(a2)
1:  CHECK_TRAP 2, 0x00063087
    li t0, MSTATUS_FS_INITIAL
    csrs mstatus, t0
    fmv.x.w a0, f1              /* registers kept their values while off */
    CHECK a0, 0x3f800000
TEST_END

    .data
    .balign 64
fpbuf:
    .space 64
