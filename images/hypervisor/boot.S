/*
 * boot.S: the image's first instructions and its M-mode firmware.
 *
 * _start is the first byte of the image.  Two ways in:
 *   - at 0x8000_0000 in M-mode: QEMU's/Hartsim's reset with -bios none.  Every
 *     hart arrives here with a0 = hartid, a1 = DTB.  This file is then the
 *     machine's firmware: trap handler, PMP, delegation, counters, Sstc, and
 *     a small SBI (base, TIME, IPI, RFENCE, HSM, SRST, DBCN, legacy console)
 *     for the hypervisor.  One hart wins the boot lottery and goes to
 *     sboot_fw_entry in S-mode (HS); the others wait in M-mode for HSM
 *     hart_start.
 *   - anywhere else (an SBI firmware such as OpenSBI put the image at its
 *     payload address, 0x8020_0000, and entered it in S-mode): straight to
 *     sboot_payload_entry, nothing here runs.
 *
 * Everything here is position independent (lla only, no absolute addresses)
 * and lives in the .fw output section, [_start, _fw_end), which PMP keeps
 * away from S-mode.  The trap handler saves every register in a frame on
 * the hart's M stack; no C runs in M-mode.
 */
#include "layout.h"

#define MIP_SSIP   (1 << 1)
#define MIP_MSIP   (1 << 3)
#define MIP_STIP   (1 << 5)
#define MIP_MTIP   (1 << 7)

/* Exceptions and interrupts handled by the hypervisor (HS): everything but
 * ecall from HS (9, the SBI) and from M (11).  Includes ecall from VS (10),
 * the guest-page faults (20, 21, 23) and virtual instruction (22). */
#define FW_MEDELEG 0xf0b5ff
/* SSI, STI, SEI and the VS interrupts (VSSI, VSTI, VSEI, SGEI are read-only 1 with H). */
#define FW_MIDELEG 0x1666

/* Per-hart IPI request bits (fw_ipi_pending). */
#define IPI_SSIP      1
#define IPI_FENCE_I   2
#define IPI_SFENCE    4
#define IPI_HGVMA     8
#define IPI_HVVMA     16

#define SBI_ERR_FAILED         -1
#define SBI_ERR_NOT_SUPPORTED  -2
#define SBI_ERR_INVALID_PARAM  -3
#define SBI_ERR_ALREADY_AVAILABLE -6

#define EXT_BASE  0x10
#define EXT_TIME  0x54494d45
#define EXT_IPI   0x735049
#define EXT_RFNC  0x52464e43
#define EXT_HSM   0x48534d
#define EXT_SRST  0x53525354
#define EXT_DBCN  0x4442434e

/* hfence.gvma zero, zero / hfence.vvma zero, zero */
#define HFENCE_GVMA .insn r 0x73, 0, 0x31, x0, x0, x0
#define HFENCE_VVMA .insn r 0x73, 0, 0x11, x0, x0, x0

/* The trap frame: x1..x31 at reg * 8 (x2 holds the interrupted sp). */
#define FRAME 256
#define REG(n) ((n) * 8)

	.section .text.entry, "ax"
	.globl _start
_start:
	auipc	t0, 0
	li	t1, LINK_BASE
	beq	t0, t1, 1f
	j	sboot_payload_entry
1:	j	fw_entry

	.section .fw.text, "ax"
	.align 2
fw_entry:
	csrw	mie, zero
	li	t0, MAX_HARTS
	bgeu	a0, t0, fw_park
	/* M stack: fw_stacks + (hartid + 1) * FW_STACK_SIZE, kept in mscratch */
	lla	sp, fw_stacks
	addi	t0, a0, 1
	li	t1, FW_STACK_SIZE
	mul	t0, t0, t1
	add	sp, sp, t0
	csrw	mscratch, sp
	lla	t0, fw_trap
	csrw	mtvec, t0

	/* PMP: entry 0 (off) gives entry 1's base; entry 1 (TOR, no access)
	 * hides [_start, _fw_end) from S and U; entry 2 (NAPOT) opens the rest
	 * of the address space, RAM and devices, to S and U. */
	lla	t0, _start
	srli	t0, t0, 2
	csrw	pmpaddr0, t0
	lla	t0, _fw_end
	srli	t0, t0, 2
	csrw	pmpaddr1, t0
	li	t0, -1
	csrw	pmpaddr2, t0
	li	t0, 0x1f0800
	csrw	pmpcfg0, t0

	/* this hart is present */
	lla	t0, fw_present
	li	t1, 1
	sll	t1, t1, a0
	amoor.w	zero, t1, (t0)

	li	t0, FW_MEDELEG
	csrw	medeleg, t0
	li	t0, FW_MIDELEG
	csrw	mideleg, t0
	li	t0, -1
	csrw	mcounteren, t0
	csrw	mcountinhibit, zero

	/* Sstc: with menvcfg.STCE (bit 63) S-mode owns stimecmp and SBI
	 * set_timer just writes it.  STCE sticking is not proof (QEMU 7.2 keeps
	 * it without Sstc), so try stimecmp itself, with mtvec pointing past
	 * the attempt for the illegal-instruction trap it raises if absent. */
	li	t0, 1
	slli	t0, t0, 63
	csrs	menvcfg, t0
	lla	t1, 2f
	csrw	mtvec, t1
	li	t2, 0
	li	t1, -1
	csrw	stimecmp, t1
	li	t2, 1
	.align 2
2:	lla	t1, fw_trap
	csrw	mtvec, t1
	bnez	t2, 3f
	csrc	menvcfg, t0		/* no Sstc: STCE off, STIP by hand */
3:	lla	t1, fw_sstc
	sw	t2, 0(t1)
	/* supervisor registers */
	csrw	satp, zero
	csrw	stvec, zero
	csrw	sscratch, zero
	csrw	sie, zero
	csrr	t0, misa
	andi	t0, t0, 1 << 7		/* H */
	beqz	t0, 3f
	csrw	hstatus, zero
	csrw	hedeleg, zero
	csrw	hideleg, zero
	csrw	hie, zero
	csrw	hvip, zero
	csrw	hcounteren, zero
	csrw	hgatp, zero
	csrw	htimedelta, zero
	csrw	vsatp, zero
3:
	/* mstatus: MPP = S, MPV = 0, MIE = MPIE = 0 (M never takes interrupts
	 * in its own code; it handles them only when S/VS/VU are interrupted). */
	li	t0, (3 << 11) | (1 << 7) | (1 << 3)
	csrc	mstatus, t0
	li	t0, (1 << 11)
	csrs	mstatus, t0
	li	t0, 1
	slli	t0, t0, 39		/* MPV */
	csrc	mstatus, t0

	/* The first hart here boots the hypervisor, the rest wait for HSM. */
	lla	t0, fw_lottery
	li	t1, 1
	amoswap.w.aq t1, t1, (t0)
	bnez	t1, fw_wait_start

	lla	t0, fw_hsm_state
	slli	t1, a0, 2
	add	t0, t0, t1
	sw	zero, 0(t0)		/* HSM_STARTED */
	li	t0, MIP_MSIP
	csrw	mie, t0
	lla	t0, sboot_fw_entry
	csrw	mepc, t0
	mret

fw_park:
	wfi
	j	fw_park

/*
 * A stopped hart waits here (M-mode, sp = its M stack top) until hart_start
 * makes its state START_PENDING.
 */
fw_wait_start:
	csrr	t6, mhartid
	li	t0, MIP_MSIP
	csrw	mie, t0
1:	/* clear msip and drop IPI requests: a stopped hart has nothing to fence */
	li	t0, CLINT_BASE
	slli	t1, t6, 2
	add	t0, t0, t1
	sw	zero, 0(t0)
	lla	t0, fw_ipi_pending
	add	t0, t0, t1
	amoswap.w zero, zero, (t0)
	fence	rw, rw
	lla	t0, fw_hsm_state
	add	t0, t0, t1
	lw	t2, 0(t0)
	li	t3, HSM_START_PENDING
	beq	t2, t3, 2f
	wfi
	j	1b
2:	fence	rw, rw
	slli	t1, t6, 3
	lla	t2, fw_start_addr
	add	t2, t2, t1
	ld	t3, 0(t2)
	csrw	mepc, t3
	lla	t2, fw_start_arg
	add	t2, t2, t1
	ld	a1, 0(t2)
	mv	a0, t6
	sw	zero, 0(t0)		/* HSM_STARTED */
	csrw	satp, zero
	li	t0, MIP_SSIP | MIP_STIP
	csrc	mip, t0
	li	t0, (3 << 11) | (1 << 7)
	csrc	mstatus, t0
	li	t0, (1 << 11)
	csrs	mstatus, t0
	li	t0, 1
	slli	t0, t0, 39
	csrc	mstatus, t0
	mret

/* ---------------------------------------------------------------- traps */
	.align 2
fw_trap:
	csrrw	sp, mscratch, sp
	addi	sp, sp, -FRAME
	sd	x1, REG(1)(sp)
	sd	x3, REG(3)(sp)
	sd	x4, REG(4)(sp)
	sd	x5, REG(5)(sp)
	sd	x6, REG(6)(sp)
	sd	x7, REG(7)(sp)
	sd	x8, REG(8)(sp)
	sd	x9, REG(9)(sp)
	sd	x10, REG(10)(sp)
	sd	x11, REG(11)(sp)
	sd	x12, REG(12)(sp)
	sd	x13, REG(13)(sp)
	sd	x14, REG(14)(sp)
	sd	x15, REG(15)(sp)
	sd	x16, REG(16)(sp)
	sd	x17, REG(17)(sp)
	sd	x18, REG(18)(sp)
	sd	x19, REG(19)(sp)
	sd	x20, REG(20)(sp)
	sd	x21, REG(21)(sp)
	sd	x22, REG(22)(sp)
	sd	x23, REG(23)(sp)
	sd	x24, REG(24)(sp)
	sd	x25, REG(25)(sp)
	sd	x26, REG(26)(sp)
	sd	x27, REG(27)(sp)
	sd	x28, REG(28)(sp)
	sd	x29, REG(29)(sp)
	sd	x30, REG(30)(sp)
	sd	x31, REG(31)(sp)
	csrr	t0, mscratch
	sd	t0, REG(2)(sp)
	addi	t0, sp, FRAME
	csrw	mscratch, t0

	csrr	t0, mcause
	bltz	t0, fw_interrupt
	li	t1, 9			/* ecall from S */
	beq	t0, t1, fw_sbi
	j	fw_fatal

fw_interrupt:
	slli	t0, t0, 1
	srli	t0, t0, 1
	li	t1, 3
	beq	t0, t1, 1f
	li	t1, 7
	bne	t0, t1, fw_fatal
	/* MTI (only without Sstc): pass it on as STIP */
	li	t0, MIP_MTIP
	csrc	mie, t0
	li	t0, MIP_STIP
	csrs	mip, t0
	j	fw_return
1:	call	fw_ipi_process
	j	fw_return

/* Return to the interrupted mode with a0/a1 as in the frame. */
fw_return:
	ld	x1, REG(1)(sp)
	ld	x3, REG(3)(sp)
	ld	x4, REG(4)(sp)
	ld	x5, REG(5)(sp)
	ld	x6, REG(6)(sp)
	ld	x7, REG(7)(sp)
	ld	x8, REG(8)(sp)
	ld	x9, REG(9)(sp)
	ld	x10, REG(10)(sp)
	ld	x11, REG(11)(sp)
	ld	x12, REG(12)(sp)
	ld	x13, REG(13)(sp)
	ld	x14, REG(14)(sp)
	ld	x15, REG(15)(sp)
	ld	x16, REG(16)(sp)
	ld	x17, REG(17)(sp)
	ld	x18, REG(18)(sp)
	ld	x19, REG(19)(sp)
	ld	x20, REG(20)(sp)
	ld	x21, REG(21)(sp)
	ld	x22, REG(22)(sp)
	ld	x23, REG(23)(sp)
	ld	x24, REG(24)(sp)
	ld	x25, REG(25)(sp)
	ld	x26, REG(26)(sp)
	ld	x27, REG(27)(sp)
	ld	x28, REG(28)(sp)
	ld	x29, REG(29)(sp)
	ld	x30, REG(30)(sp)
	ld	x31, REG(31)(sp)
	ld	sp, REG(2)(sp)
	mret

/* Anything else is a bug: report it and stop the machine with a failure. */
fw_fatal:
	lla	a0, fw_msg_fatal
	call	fw_puts
	csrr	a0, mcause
	call	fw_puthex
	lla	a0, fw_msg_epc
	call	fw_puts
	csrr	a0, mepc
	call	fw_puthex
	lla	a0, fw_msg_tval
	call	fw_puts
	csrr	a0, mtval
	call	fw_puthex
	li	a0, '\n'
	call	fw_putc
	li	t0, FINISHER_BASE
	li	t1, 0x3333 | (2 << 16)
	sw	t1, 0(t0)
1:	wfi
	j	1b

/* IPI: clear msip, then act on the requests posted for this hart. */
fw_ipi_process:
	csrr	t0, mhartid
	slli	t0, t0, 2
	li	t1, CLINT_BASE
	add	t1, t1, t0
	sw	zero, 0(t1)
	fence	rw, rw
	lla	t1, fw_ipi_pending
	add	t1, t1, t0
	amoswap.w.aq t2, zero, (t1)
	andi	t3, t2, IPI_SSIP
	beqz	t3, 1f
	li	t3, MIP_SSIP
	csrs	mip, t3
1:	andi	t3, t2, IPI_FENCE_I
	beqz	t3, 2f
	fence.i
2:	andi	t3, t2, IPI_SFENCE
	beqz	t3, 3f
	sfence.vma
3:	andi	t3, t2, IPI_HGVMA
	beqz	t3, 4f
	HFENCE_GVMA
4:	andi	t3, t2, IPI_HVVMA
	beqz	t3, 5f
	HFENCE_VVMA
5:	ret

/* ----------------------------------------------------------------- SBI */
/* a7 = extension, a6 = function; the result goes to the frame's a0/a1. */
fw_sbi:
	csrr	t0, mepc
	addi	t0, t0, 4
	csrw	mepc, t0
	li	t0, EXT_BASE
	beq	a7, t0, sbi_base
	li	t0, EXT_TIME
	beq	a7, t0, sbi_time
	li	t0, EXT_IPI
	beq	a7, t0, sbi_ipi
	li	t0, EXT_RFNC
	beq	a7, t0, sbi_rfence
	li	t0, EXT_HSM
	beq	a7, t0, sbi_hsm
	li	t0, EXT_SRST
	beq	a7, t0, sbi_srst
	li	t0, EXT_DBCN
	beq	a7, t0, sbi_dbcn
	beqz	a7, sbi_legacy_timer
	li	t0, 1
	beq	a7, t0, sbi_legacy_putchar
	li	t0, 2
	beq	a7, t0, sbi_legacy_getchar
	li	t0, 8
	beq	a7, t0, sbi_legacy_shutdown
sbi_not_supported:
	li	a0, SBI_ERR_NOT_SUPPORTED
	li	a1, 0
	j	sbi_ret
sbi_invalid:
	li	a0, SBI_ERR_INVALID_PARAM
	li	a1, 0
	j	sbi_ret
sbi_ok_a1:			/* success with value a1 */
	li	a0, 0
sbi_ret:
	sd	a0, REG(10)(sp)
	sd	a1, REG(11)(sp)
	j	fw_return

sbi_base:
	li	a1, 0x02000000		/* SBI 2.0 */
	beqz	a6, sbi_ok_a1
	li	t0, 1
	li	a1, 0x4657		/* implementation id: "FW", this file */
	beq	a6, t0, sbi_ok_a1
	li	t0, 2
	li	a1, 1
	beq	a6, t0, sbi_ok_a1
	li	t0, 3
	beq	a6, t0, 1f
	li	t0, 4
	csrr	a1, mvendorid
	beq	a6, t0, sbi_ok_a1
	li	t0, 5
	csrr	a1, marchid
	beq	a6, t0, sbi_ok_a1
	li	t0, 6
	csrr	a1, mimpid
	beq	a6, t0, sbi_ok_a1
	j	sbi_not_supported
1:	/* probe_extension(a0) */
	li	a1, 1
	li	t0, EXT_BASE
	beq	a0, t0, sbi_ok_a1
	li	t0, EXT_TIME
	beq	a0, t0, sbi_ok_a1
	li	t0, EXT_IPI
	beq	a0, t0, sbi_ok_a1
	li	t0, EXT_RFNC
	beq	a0, t0, sbi_ok_a1
	li	t0, EXT_HSM
	beq	a0, t0, sbi_ok_a1
	li	t0, EXT_SRST
	beq	a0, t0, sbi_ok_a1
	li	t0, EXT_DBCN
	beq	a0, t0, sbi_ok_a1
	li	a1, 0
	j	sbi_ok_a1

sbi_legacy_timer:
	call	fw_set_timer
	li	a0, 0
	sd	a0, REG(10)(sp)
	j	fw_return
sbi_time:
	bnez	a6, sbi_not_supported
	call	fw_set_timer
	li	a1, 0
	j	sbi_ok_a1

/* set_timer(a0): stimecmp with Sstc, else mtimecmp and STIP by hand */
fw_set_timer:
	lla	t0, fw_sstc
	lw	t0, 0(t0)
	beqz	t0, 1f
	csrw	stimecmp, a0
	ret
1:	csrr	t0, mhartid
	slli	t0, t0, 3
	li	t1, CLINT_BASE + 0x4000
	add	t1, t1, t0
	sd	a0, 0(t1)
	li	t0, MIP_STIP
	csrc	mip, t0
	li	t0, MIP_MTIP
	csrs	mie, t0
	ret

/* send_ipi(mask, base) */
sbi_ipi:
	bnez	a6, sbi_not_supported
	li	a2, IPI_SSIP
	call	fw_send
	bnez	a0, sbi_invalid
	li	a1, 0
	j	sbi_ok_a1

/*
 * fw_send: post request bits a2 to the harts in (a0 = mask, a1 = base;
 * base -1 = every present hart) and raise their msip.  a0 = 0, or -1 if a
 * hart id is out of range.  Leaves the target mask (hart ids as bits) in t5.
 */
fw_send:
	li	t0, -1
	bne	a1, t0, 1f
	lla	t0, fw_present
	lw	a0, 0(t0)
	li	a1, 0
1:	li	t5, 0
	li	t0, MAX_HARTS
2:	beqz	a0, 4f
	andi	t1, a0, 1
	beqz	t1, 3f
	bgeu	a1, t0, 5f
	li	t1, 1
	sll	t1, t1, a1
	or	t5, t5, t1
	slli	t1, a1, 2
	lla	t2, fw_ipi_pending
	add	t2, t2, t1
	amoor.w.rl zero, a2, (t2)
	li	t2, CLINT_BASE
	add	t2, t2, t1
	li	t3, 1
	sw	t3, 0(t2)
3:	srli	a0, a0, 1
	addi	a1, a1, 1
	j	2b
4:	li	a0, 0
	ret
5:	li	a0, -1
	ret

/* Remote fences: every flavour becomes a full flush of its kind, and the
 * caller waits until each target has done it. */
sbi_rfence:
	li	a2, IPI_FENCE_I
	beqz	a6, 1f
	li	a2, IPI_SFENCE
	li	t0, 3
	bltu	a6, t0, 1f
	li	a2, IPI_HGVMA
	li	t0, 5
	bltu	a6, t0, 1f
	li	a2, IPI_HVVMA
	li	t0, 7
	bltu	a6, t0, 1f
	j	sbi_not_supported
1:	li	t0, IPI_HGVMA | IPI_HVVMA
	and	t0, t0, a2
	beqz	t0, 2f
	csrr	t0, misa
	andi	t0, t0, 1 << 7
	beqz	t0, sbi_not_supported
2:	mv	s0, a2
	call	fw_send
	bnez	a0, sbi_invalid
	mv	s1, t5
	/* wait until no target has the request pending; serve our own meanwhile */
3:	call	fw_ipi_process
	lla	t0, fw_ipi_pending
	li	t1, 0
	mv	t2, s1
4:	beqz	t2, 6f
	andi	t3, t2, 1
	beqz	t3, 5f
	lw	t4, 0(t0)
	and	t4, t4, s0
	or	t1, t1, t4
5:	srli	t2, t2, 1
	addi	t0, t0, 4
	j	4b
6:	bnez	t1, 3b
	li	a1, 0
	j	sbi_ok_a1

sbi_hsm:
	beqz	a6, hsm_start
	li	t0, 1
	beq	a6, t0, hsm_stop
	li	t0, 2
	beq	a6, t0, hsm_status
	j	sbi_not_supported
hsm_start:			/* (hartid, start_addr, opaque) */
	li	t0, MAX_HARTS
	bgeu	a0, t0, sbi_invalid
	slli	t1, a0, 3
	lla	t2, fw_start_addr
	add	t2, t2, t1
	lla	t3, fw_start_arg
	add	t3, t3, t1
	slli	t1, a0, 2
	lla	t0, fw_hsm_state
	add	t0, t0, t1
	sd	a1, 0(t2)
	sd	a2, 0(t3)
	fence	rw, rw
	li	t6, HSM_STOPPED
1:	lr.w.aq	t4, (t0)
	bne	t4, t6, 2f
	li	t5, HSM_START_PENDING
	sc.w.rl	t5, t5, (t0)
	bnez	t5, 1b
	fence	rw, rw
	li	t2, CLINT_BASE
	add	t2, t2, t1
	li	t3, 1
	sw	t3, 0(t2)
	li	a1, 0
	j	sbi_ok_a1
2:	li	a0, SBI_ERR_ALREADY_AVAILABLE
	li	a1, 0
	j	sbi_ret
hsm_stop:
	csrr	t6, mhartid
	slli	t1, t6, 2
	lla	t0, fw_hsm_state
	add	t0, t0, t1
	li	t2, HSM_STOPPED
	fence	rw, rw
	sw	t2, 0(t0)
	li	t0, MIP_MTIP
	csrc	mie, t0
	addi	sp, sp, FRAME		/* back to the empty M stack */
	csrw	mscratch, sp
	j	fw_wait_start
hsm_status:
	li	t0, MAX_HARTS
	bgeu	a0, t0, sbi_invalid
	slli	t1, a0, 2
	lla	t0, fw_hsm_state
	add	t0, t0, t1
	lw	a1, 0(t0)
	j	sbi_ok_a1

/* system_reset(type, reason) through the test finisher */
sbi_srst:
	bnez	a6, sbi_not_supported
	li	t1, 0x5555
	beqz	a0, 1f
	li	t1, 0x7777
	li	t0, 3
	bltu	a0, t0, 2f
	j	sbi_invalid
1:	beqz	a1, 2f
	li	t1, 0x3333 | (1 << 16)		/* shutdown for a system failure */
2:	li	t0, FINISHER_BASE
	sw	t1, 0(t0)
3:	wfi
	j	3b
sbi_legacy_shutdown:
	li	t1, 0x5555
	j	2b

sbi_dbcn:
	li	t0, 2
	beq	a6, t0, 5f
	bgeu	a6, t0, sbi_not_supported
	bnez	a2, sbi_invalid		/* no memory above 4 GiB here */
	/* the buffer [a1, a1 + a0) must not touch the firmware */
	add	t2, a1, a0
	bltu	t2, a1, sbi_invalid
	lla	t0, _start
	lla	t1, _fw_end
	bleu	t2, t0, 1f
	bgeu	a1, t1, 1f
	j	sbi_invalid
1:	mv	s0, a0
	mv	s1, a1
	li	s2, 0
	bnez	a6, 3f
2:	beq	s2, s0, 4f		/* write */
	add	t0, s1, s2
	lbu	a0, 0(t0)
	call	fw_putc
	addi	s2, s2, 1
	j	2b
3:	beq	s2, s0, 4f		/* read what is there */
	li	t0, UART0_BASE
	lbu	t1, 5(t0)
	andi	t1, t1, 1
	beqz	t1, 4f
	lbu	t1, 0(t0)
	add	t0, s1, s2
	sb	t1, 0(t0)
	addi	s2, s2, 1
	j	3b
4:	mv	a1, s2
	j	sbi_ok_a1
5:	call	fw_putc			/* write_byte(a0) */
	li	a1, 0
	j	sbi_ok_a1

sbi_legacy_putchar:
	call	fw_putc
	li	a0, 0
	sd	a0, REG(10)(sp)
	j	fw_return
sbi_legacy_getchar:
	li	t0, UART0_BASE
	lbu	t1, 5(t0)
	andi	t1, t1, 1
	li	a0, -1
	beqz	t1, 1f
	lbu	a0, 0(t0)
1:	sd	a0, REG(10)(sp)
	j	fw_return

/* ------------------------------------------------------------- console */
fw_putc:			/* a0 = byte; uses t0, t1 */
	li	t0, UART0_BASE
1:	lbu	t1, 5(t0)
	andi	t1, t1, 0x20
	beqz	t1, 1b
	sb	a0, 0(t0)
	ret
fw_puts:			/* a0 = string; uses t0-t3 */
	mv	t2, ra
	mv	t3, a0
1:	lbu	a0, 0(t3)
	beqz	a0, 2f
	call	fw_putc
	addi	t3, t3, 1
	j	1b
2:	mv	ra, t2
	ret
fw_puthex:			/* a0 = value; uses t0-t4 */
	mv	t2, ra
	mv	t3, a0
	li	t4, 60
1:	srl	a0, t3, t4
	andi	a0, a0, 15
	addi	a0, a0, '0'
	li	t0, '9'
	ble	a0, t0, 2f
	addi	a0, a0, 'a' - '9' - 1
2:	call	fw_putc
	addi	t4, t4, -4
	bgez	t4, 1b
	mv	ra, t2
	ret

	.section .fw.rodata, "a"
fw_msg_fatal:	.asciz "\n[fw] unexpected M-mode trap: mcause 0x"
fw_msg_epc:	.asciz " mepc 0x"
fw_msg_tval:	.asciz " mtval 0x"

	.section .fw.data, "aw"
	.align 3
fw_start_addr:	.fill MAX_HARTS, 8, 0
fw_start_arg:	.fill MAX_HARTS, 8, 0
fw_hsm_state:	.fill MAX_HARTS, 4, HSM_STOPPED
fw_ipi_pending:	.fill MAX_HARTS, 4, 0
fw_lottery:	.word 0
fw_present:	.word 0
fw_sstc:	.word 0

	.section .fw.bss, "aw", @nobits
	.align 4
fw_stacks:	.space MAX_HARTS * FW_STACK_SIZE
