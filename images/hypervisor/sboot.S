/*
 * sboot.S: the hypervisor's first steps in HS-mode, before C.
 *
 * Entered with the MMU off at the image's physical position, which is
 * 0x8000_0000 (after boot.S) or wherever an SBI firmware loaded it (OpenSBI:
 * 0x8020_0000).  The image is position independent (PC-relative code, no
 * stored addresses; the Makefile checks), so nothing needs relocating: it
 * runs wherever it was put, then at that place + HV_VOFF.  The boot hart
 *   1. zeroes .bss,
 *   2. builds the first page table from Sv39 giga-pages only (one root page
 *      in .bss, no allocator): the devices (VA = PA, 0..1 GiB), an identity
 *      map of RAM (2..4 GiB) and the same RAM at HV_VBASE (PA + HV_VOFF),
 *   3. writes satp, jumps to the virtual address of the next instruction,
 *      takes its stack, and calls hv_main(hartid, dtb, how, load_pa).
 * Secondary harts come in at sboot_secondary_entry through SBI HSM
 * hart_start: same page table, their own stack, hv_secondary(hartid).
 */
#include "layout.h"

#define PTE_DEV   0xc7		/* V R W A D */
#define PTE_RAM   0xcf		/* V R W X A D */

	.section .text.sboot, "ax"
	.globl sboot_payload_entry, sboot_fw_entry, sboot_secondary_entry

sboot_payload_entry:
	li	a2, BOOT_PAYLOAD
	j	1f
sboot_fw_entry:
	li	a2, BOOT_FW
1:	csrw	sie, zero
	csrw	satp, zero
	lla	t0, early_trap
	csrw	stvec, t0
	mv	s0, a0
	mv	s1, a1
	mv	s2, a2
	lla	s3, _start		/* where the image really is */

	/* 1. .bss */
	lla	t0, __bss_start
	lla	t1, __bss_end
2:	bgeu	t0, t1, 3f
	sd	zero, 0(t0)
	addi	t0, t0, 8
	j	2b
3:
	/* 2. the giga-page table */
	lla	t0, early_pt
	li	t1, PTE_DEV			/* [0]: PA 0, devices */
	sd	t1, 0(t0)
	li	t1, (0x80000000 >> 2) | PTE_RAM	/* [2], [3]: RAM identity */
	sd	t1, 2 * 8(t0)
	li	t2, 256 * 8			/* [256], [257]: RAM at HV_VBASE */
	add	t2, t2, t0
	sd	t1, 0(t2)
	li	t1, (0xc0000000 >> 2) | PTE_RAM
	sd	t1, 3 * 8(t0)
	sd	t1, 8(t2)
	fence	rw, rw

	/* 3. paging on, jump high, stack, C */
	call	early_satp
	mv	a0, s0
	mv	a1, s1
	mv	a2, s2
	mv	a3, s3
	call	hart_stack
	call	hv_main
	j	early_trap

/* a0 = hartid, a1 = opaque (unused) */
sboot_secondary_entry:
	csrw	sie, zero
	lla	t0, early_trap
	csrw	stvec, t0
	mv	s0, a0
	call	early_satp
	mv	a0, s0
	call	hart_stack
	call	hv_secondary
	j	early_trap

/* satp = early_pt, then return to the caller's high virtual address.  The
 * instruction after csrw satp still runs at the physical address, which the
 * identity map covers. */
early_satp:
	lla	t0, early_pt
	srli	t0, t0, 12
	li	t1, 8
	slli	t1, t1, 60
	or	t0, t0, t1
	sfence.vma
	csrw	satp, t0
	sfence.vma
	li	t0, HV_VOFF
	add	ra, ra, t0
	lla	t1, early_trap
	add	t1, t1, t0
	csrw	stvec, t1
	ret

/* sp = top of hv_stacks[a0] (virtual: called after early_satp) */
hart_stack:
	li	t0, MAX_HARTS
	bgeu	a0, t0, early_trap
	lla	sp, hv_stacks
	addi	t0, a0, 1
	li	t1, HV_STACK_SIZE
	mul	t0, t0, t1
	add	sp, sp, t0
	mv	tp, zero
	ret

/* Something went wrong before C could report it: print '!' through the
 * SBI legacy console (boot.S and OpenSBI have it) and stop. */
	.align 2
early_trap:
	li	a0, '!'
	li	a7, 1
	ecall
1:	wfi
	j	1b

	.section .bss
	.align 12
	.globl early_pt
early_pt:	.space 4096
	.align 4
	.globl hv_stacks
hv_stacks:	.space MAX_HARTS * HV_STACK_SIZE
