/*
 * entry.S: switching between the hypervisor and a guest, and the trap
 * vector for traps taken inside the hypervisor itself.
 *
 * hv_run_guest(ctx) saves the hypervisor's callee-saved registers in ctx,
 * points stvec at guest_exit and sscratch at ctx, loads sepc, sstatus
 * (SPP = 1 for VS), hstatus (SPV = 1) and the guest's registers, and srets
 * into the guest.  The next trap from the guest lands in guest_exit, which
 * saves the guest's registers and the trap CSRs in ctx, restores the
 * hypervisor's registers and returns from hv_run_guest: to C, a VM exit is
 * a function return.  The hypervisor runs with sstatus.SIE = 0 throughout;
 * its interrupts (SSI, STI, SEI) reach it as exits or are polled after wfi.
 */
#include "ctx.h"

	.text
	.globl hv_run_guest
	.align 2
hv_run_guest:
	sd	ra, CTX_HOST + 0*8(a0)
	sd	sp, CTX_HOST + 1*8(a0)
	sd	gp, CTX_HOST + 2*8(a0)
	sd	tp, CTX_HOST + 3*8(a0)
	sd	s0, CTX_HOST + 4*8(a0)
	sd	s1, CTX_HOST + 5*8(a0)
	sd	s2, CTX_HOST + 6*8(a0)
	sd	s3, CTX_HOST + 7*8(a0)
	sd	s4, CTX_HOST + 8*8(a0)
	sd	s5, CTX_HOST + 9*8(a0)
	sd	s6, CTX_HOST + 10*8(a0)
	sd	s7, CTX_HOST + 11*8(a0)
	sd	s8, CTX_HOST + 12*8(a0)
	sd	s9, CTX_HOST + 13*8(a0)
	sd	s10, CTX_HOST + 14*8(a0)
	sd	s11, CTX_HOST + 15*8(a0)
	csrw	sscratch, a0
	lla	t0, guest_exit
	csrw	stvec, t0
	ld	t0, CTX_SEPC(a0)
	csrw	sepc, t0
	ld	t0, CTX_SSTATUS(a0)
	csrw	sstatus, t0
	ld	t0, CTX_HSTATUS(a0)
	csrw	hstatus, t0
	ld	x1, CTX_REGS + 1*8(a0)
	ld	x2, CTX_REGS + 2*8(a0)
	ld	x3, CTX_REGS + 3*8(a0)
	ld	x4, CTX_REGS + 4*8(a0)
	ld	x5, CTX_REGS + 5*8(a0)
	ld	x6, CTX_REGS + 6*8(a0)
	ld	x7, CTX_REGS + 7*8(a0)
	ld	x8, CTX_REGS + 8*8(a0)
	ld	x9, CTX_REGS + 9*8(a0)
	ld	x11, CTX_REGS + 11*8(a0)
	ld	x12, CTX_REGS + 12*8(a0)
	ld	x13, CTX_REGS + 13*8(a0)
	ld	x14, CTX_REGS + 14*8(a0)
	ld	x15, CTX_REGS + 15*8(a0)
	ld	x16, CTX_REGS + 16*8(a0)
	ld	x17, CTX_REGS + 17*8(a0)
	ld	x18, CTX_REGS + 18*8(a0)
	ld	x19, CTX_REGS + 19*8(a0)
	ld	x20, CTX_REGS + 20*8(a0)
	ld	x21, CTX_REGS + 21*8(a0)
	ld	x22, CTX_REGS + 22*8(a0)
	ld	x23, CTX_REGS + 23*8(a0)
	ld	x24, CTX_REGS + 24*8(a0)
	ld	x25, CTX_REGS + 25*8(a0)
	ld	x26, CTX_REGS + 26*8(a0)
	ld	x27, CTX_REGS + 27*8(a0)
	ld	x28, CTX_REGS + 28*8(a0)
	ld	x29, CTX_REGS + 29*8(a0)
	ld	x30, CTX_REGS + 30*8(a0)
	ld	x31, CTX_REGS + 31*8(a0)
	ld	a0, CTX_REGS + 10*8(a0)
	sret

	.align 2
guest_exit:
	csrrw	a0, sscratch, a0
	sd	x1, CTX_REGS + 1*8(a0)
	sd	x2, CTX_REGS + 2*8(a0)
	sd	x3, CTX_REGS + 3*8(a0)
	sd	x4, CTX_REGS + 4*8(a0)
	sd	x5, CTX_REGS + 5*8(a0)
	sd	x6, CTX_REGS + 6*8(a0)
	sd	x7, CTX_REGS + 7*8(a0)
	sd	x8, CTX_REGS + 8*8(a0)
	sd	x9, CTX_REGS + 9*8(a0)
	sd	x11, CTX_REGS + 11*8(a0)
	sd	x12, CTX_REGS + 12*8(a0)
	sd	x13, CTX_REGS + 13*8(a0)
	sd	x14, CTX_REGS + 14*8(a0)
	sd	x15, CTX_REGS + 15*8(a0)
	sd	x16, CTX_REGS + 16*8(a0)
	sd	x17, CTX_REGS + 17*8(a0)
	sd	x18, CTX_REGS + 18*8(a0)
	sd	x19, CTX_REGS + 19*8(a0)
	sd	x20, CTX_REGS + 20*8(a0)
	sd	x21, CTX_REGS + 21*8(a0)
	sd	x22, CTX_REGS + 22*8(a0)
	sd	x23, CTX_REGS + 23*8(a0)
	sd	x24, CTX_REGS + 24*8(a0)
	sd	x25, CTX_REGS + 25*8(a0)
	sd	x26, CTX_REGS + 26*8(a0)
	sd	x27, CTX_REGS + 27*8(a0)
	sd	x28, CTX_REGS + 28*8(a0)
	sd	x29, CTX_REGS + 29*8(a0)
	sd	x30, CTX_REGS + 30*8(a0)
	sd	x31, CTX_REGS + 31*8(a0)
	csrr	t0, sscratch
	sd	t0, CTX_REGS + 10*8(a0)
	csrr	t0, sepc
	sd	t0, CTX_SEPC(a0)
	csrr	t0, sstatus
	sd	t0, CTX_SSTATUS(a0)
	csrr	t0, hstatus
	sd	t0, CTX_HSTATUS(a0)
	csrr	t0, scause
	sd	t0, CTX_SCAUSE(a0)
	csrr	t0, stval
	sd	t0, CTX_STVAL(a0)
	csrr	t0, htval
	sd	t0, CTX_HTVAL(a0)
	csrr	t0, htinst
	sd	t0, CTX_HTINST(a0)
	ld	ra, CTX_HOST + 0*8(a0)
	ld	sp, CTX_HOST + 1*8(a0)
	ld	gp, CTX_HOST + 2*8(a0)
	ld	tp, CTX_HOST + 3*8(a0)
	ld	s0, CTX_HOST + 4*8(a0)
	ld	s1, CTX_HOST + 5*8(a0)
	ld	s2, CTX_HOST + 6*8(a0)
	ld	s3, CTX_HOST + 7*8(a0)
	ld	s4, CTX_HOST + 8*8(a0)
	ld	s5, CTX_HOST + 9*8(a0)
	ld	s6, CTX_HOST + 10*8(a0)
	ld	s7, CTX_HOST + 11*8(a0)
	ld	s8, CTX_HOST + 12*8(a0)
	ld	s9, CTX_HOST + 13*8(a0)
	ld	s10, CTX_HOST + 14*8(a0)
	ld	s11, CTX_HOST + 15*8(a0)
	csrw	sscratch, zero
	lla	t0, hs_trap_vector
	csrw	stvec, t0
	ret

/* A trap in the hypervisor: a fault it asked for (hv_probe: HLVX of guest
 * code, feature probes) or a bug.  hs_trap() decides; it may move sepc. */
	.globl hs_trap_vector
	.align 2
hs_trap_vector:
	addi	sp, sp, -HSF_SIZE
	sd	x1, HSF_REGS + 1*8(sp)
	sd	x3, HSF_REGS + 3*8(sp)
	sd	x4, HSF_REGS + 4*8(sp)
	sd	x5, HSF_REGS + 5*8(sp)
	sd	x6, HSF_REGS + 6*8(sp)
	sd	x7, HSF_REGS + 7*8(sp)
	sd	x8, HSF_REGS + 8*8(sp)
	sd	x9, HSF_REGS + 9*8(sp)
	sd	x10, HSF_REGS + 10*8(sp)
	sd	x11, HSF_REGS + 11*8(sp)
	sd	x12, HSF_REGS + 12*8(sp)
	sd	x13, HSF_REGS + 13*8(sp)
	sd	x14, HSF_REGS + 14*8(sp)
	sd	x15, HSF_REGS + 15*8(sp)
	sd	x16, HSF_REGS + 16*8(sp)
	sd	x17, HSF_REGS + 17*8(sp)
	sd	x18, HSF_REGS + 18*8(sp)
	sd	x19, HSF_REGS + 19*8(sp)
	sd	x20, HSF_REGS + 20*8(sp)
	sd	x21, HSF_REGS + 21*8(sp)
	sd	x22, HSF_REGS + 22*8(sp)
	sd	x23, HSF_REGS + 23*8(sp)
	sd	x24, HSF_REGS + 24*8(sp)
	sd	x25, HSF_REGS + 25*8(sp)
	sd	x26, HSF_REGS + 26*8(sp)
	sd	x27, HSF_REGS + 27*8(sp)
	sd	x28, HSF_REGS + 28*8(sp)
	sd	x29, HSF_REGS + 29*8(sp)
	sd	x30, HSF_REGS + 30*8(sp)
	sd	x31, HSF_REGS + 31*8(sp)
	addi	t0, sp, HSF_SIZE
	sd	t0, HSF_REGS + 2*8(sp)
	csrr	t0, sepc
	sd	t0, HSF_SEPC(sp)
	csrr	t0, sstatus
	sd	t0, HSF_SSTATUS(sp)
	csrr	t0, scause
	sd	t0, HSF_SCAUSE(sp)
	csrr	t0, stval
	sd	t0, HSF_STVAL(sp)
	mv	a0, sp
	call	hs_trap
	ld	t0, HSF_SEPC(sp)
	csrw	sepc, t0
	ld	t0, HSF_SSTATUS(sp)
	csrw	sstatus, t0
	ld	x1, HSF_REGS + 1*8(sp)
	ld	x3, HSF_REGS + 3*8(sp)
	ld	x4, HSF_REGS + 4*8(sp)
	ld	x5, HSF_REGS + 5*8(sp)
	ld	x6, HSF_REGS + 6*8(sp)
	ld	x7, HSF_REGS + 7*8(sp)
	ld	x8, HSF_REGS + 8*8(sp)
	ld	x9, HSF_REGS + 9*8(sp)
	ld	x10, HSF_REGS + 10*8(sp)
	ld	x11, HSF_REGS + 11*8(sp)
	ld	x12, HSF_REGS + 12*8(sp)
	ld	x13, HSF_REGS + 13*8(sp)
	ld	x14, HSF_REGS + 14*8(sp)
	ld	x15, HSF_REGS + 15*8(sp)
	ld	x16, HSF_REGS + 16*8(sp)
	ld	x17, HSF_REGS + 17*8(sp)
	ld	x18, HSF_REGS + 18*8(sp)
	ld	x19, HSF_REGS + 19*8(sp)
	ld	x20, HSF_REGS + 20*8(sp)
	ld	x21, HSF_REGS + 21*8(sp)
	ld	x22, HSF_REGS + 22*8(sp)
	ld	x23, HSF_REGS + 23*8(sp)
	ld	x24, HSF_REGS + 24*8(sp)
	ld	x25, HSF_REGS + 25*8(sp)
	ld	x26, HSF_REGS + 26*8(sp)
	ld	x27, HSF_REGS + 27*8(sp)
	ld	x28, HSF_REGS + 28*8(sp)
	ld	x29, HSF_REGS + 29*8(sp)
	ld	x30, HSF_REGS + 30*8(sp)
	ld	x31, HSF_REGS + 31*8(sp)
	addi	sp, sp, HSF_SIZE
	sret
