/*
 * Shared macros for the floating-point test images (fp_s.S, fp_d.S,
 * fp_cvt.S, fp_misc.S).  Define FP_SINGLE before including this file to
 * test single precision: inputs are then moved in with fmv.w.x (which
 * NaN-boxes them) and every single-precision result is expected NaN-boxed,
 * i.e. with the upper 32 bits of the f register all ones (unprivileged
 * spec, "NaN Boxing of Narrower Values").
 *
 * Every arithmetic vector is run twice:
 *   1. with the rounding mode in the instruction's static rm field, while
 *      frm holds a different mode (so a static field that is ignored shows);
 *   2. with rm = dyn and frm set to the mode.
 * Both must give the same result bits and the same accrued flags (fflags
 * is cleared before each instruction).
 */
#ifndef HARTSIM_FP_H
#define HARTSIM_FP_H

#define NX 0x01     /* inexact */
#define UF 0x02     /* underflow */
#define OF 0x04     /* overflow */
#define DZ 0x08     /* divide by zero */
#define NV 0x10     /* invalid */

#ifdef FP_SINGLE
#define FMV_IN fmv.w.x
#define BOX(x) (0xffffffff00000000 | (x))
#else
#define FMV_IN fmv.d.x
#define BOX(x) (x)
#endif

#ifdef __ASSEMBLER__

/* Turn the FPU on (mstatus.FS = Initial) and clear fcsr. */
.macro FP_ON
    li t0, MSTATUS_FS_INITIAL
    csrs mstatus, t0
    csrw fcsr, zero
.endm

/* SETFRM rm: frm = the mode named rm.  OTHERFRM rm: frm = some other mode. */
.macro SETFRM rm
    .ifc \rm, rne
    fsrmi 0
    .endif
    .ifc \rm, rtz
    fsrmi 1
    .endif
    .ifc \rm, rdn
    fsrmi 2
    .endif
    .ifc \rm, rup
    fsrmi 3
    .endif
    .ifc \rm, rmm
    fsrmi 4
    .endif
.endm
.macro OTHERFRM rm
    .ifc \rm, rtz
    fsrmi 3
    .else
    fsrmi 1
    .endif
.endm

/* Check f3 (all 64 bits) and fflags (a1) after one operation. */
.macro FCHK exp, fl
    frflags a1
    fmv.x.d a0, f3
    CHECK a0, BOX(\exp)
    CHECK a1, \fl
.endm

/* FOP1 op, rm, a, exp, flags: f3 = op(f1 = a). */
.macro FOP1 op, rm, a, exp, fl
    li t0, \a
    FMV_IN f1, t0
    OTHERFRM \rm
    fsflags zero
    \op f3, f1, \rm
    FCHK \exp, \fl
    SETFRM \rm
    fsflags zero
    \op f3, f1, dyn
    FCHK \exp, \fl
.endm

/* FOP2 op, rm, a, b, exp, flags: f3 = op(f1 = a, f2 = b). */
.macro FOP2 op, rm, a, b, exp, fl
    li t0, \a
    FMV_IN f1, t0
    li t0, \b
    FMV_IN f2, t0
    OTHERFRM \rm
    fsflags zero
    \op f3, f1, f2, \rm
    FCHK \exp, \fl
    SETFRM \rm
    fsflags zero
    \op f3, f1, f2, dyn
    FCHK \exp, \fl
.endm

/* FOP3 op, rm, a, b, c, exp, flags: f3 = op(f1 = a, f2 = b, f4 = c). */
.macro FOP3 op, rm, a, b, c, exp, fl
    li t0, \a
    FMV_IN f1, t0
    li t0, \b
    FMV_IN f2, t0
    li t0, \c
    FMV_IN f4, t0
    OTHERFRM \rm
    fsflags zero
    \op f3, f1, f2, f4, \rm
    FCHK \exp, \fl
    SETFRM \rm
    fsflags zero
    \op f3, f1, f2, f4, dyn
    FCHK \exp, \fl
.endm

#endif /* __ASSEMBLER__ */
#endif /* HARTSIM_FP_H */
