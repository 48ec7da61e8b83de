/* Test-guest start-up: a0 = vCPU id, a1 = DTB (vCPU 0) or the hart_start
 * opaque value (others).  Stack per vCPU; one trap vector into C. */
#define STACK 8192
	.section .text.entry, "ax"
	.globl _start, _secondary
_start:
	lla	t0, __bss_start
	lla	t1, __bss_end
1:	bgeu	t0, t1, 2f
	sd	zero, 0(t0)
	addi	t0, t0, 8
	j	1b
2:	call	setup
	call	main
	j	halt
_secondary:
	call	setup
	call	secondary_main
halt:	li	a7, 0x53525354		/* SRST shutdown */
	li	a6, 0
	li	a0, 0
	li	a1, 0
	ecall
3:	wfi
	j	3b

setup:	mv	tp, a0
	lla	sp, stacks
	addi	t0, a0, 1
	li	t1, STACK
	mul	t0, t0, t1
	add	sp, sp, t0
	lla	t0, trap_entry
	csrw	stvec, t0
	ret

	.align 2
trap_entry:
	addi	sp, sp, -256
	.irp r, 1,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
	sd	x\r, \r*8(sp)
	.endr
	mv	a0, sp
	call	trap
	.irp r, 1,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
	ld	x\r, \r*8(sp)
	.endr
	addi	sp, sp, 256
	sret

	.bss
	.align 4
stacks:	.space 4 * STACK
