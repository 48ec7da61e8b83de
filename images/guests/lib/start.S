/*
 * Entry, trap vector and context switching for the Hartsim guests.
 *
 * _start: the boot vCPU, S-mode (VS-mode under the hypervisor), a0 = hart
 * id, a1 = DTB, paging off, at whatever address the image was loaded: the
 * image is position-independent (every address is PC-relative; the
 * Makefile checks it), so the same bytes run at 0x80000000 (the
 * hypervisor) and at 0x80200000 (OpenSBI).
 */
#include "cpu.h"

    .section .text.entry, "ax"
    .globl _start
_start:
    csrw sie, zero
    csrw sscratch, zero
    lla t0, trap_vector
    csrw stvec, t0
    mv s0, a0
    mv s1, a1
    /* Boot stack: the top of CPU 0's kernel stack. */
    lla sp, kstacks
    li t0, KSTACK_SIZE
    add sp, sp, t0
    /* Refuse a DTB that the .bss clearing would destroy. */
    mv a0, s1
    call early_check
    lla t0, __bss_start
    lla t1, __bss_end
1:  bgeu t0, t1, 2f
    sd zero, 0(t0)
    addi t0, t0, 8
    j 1b
2:  lla tp, cpus
    mv a0, s0
    mv a1, s1
    call kmain
3:  wfi
    j 3b

/*
 * secondary_entry: a vCPU started by sbi_hart_start(hartid, secondary_entry,
 * opaque = its struct cpu), a0 = hart id, a1 = opaque, paging off.
 */
    .text
    .globl secondary_entry
    .balign 4
secondary_entry:
    csrw sie, zero
    csrw sscratch, zero
    lla t0, trap_vector
    csrw stvec, t0
    mv tp, a1
    ld sp, CPU_KSTACK(tp)
    call secondary_main
1:  wfi
    j 1b

/* Save every register but x0 and sp in the frame at \base. */
.macro SAVE_GPRS base
    sd x1, 8(\base)
    sd x3, 24(\base)
    sd x4, 32(\base)
    sd x5, 40(\base)
    sd x6, 48(\base)
    sd x7, 56(\base)
    sd x8, 64(\base)
    sd x9, 72(\base)
    sd x10, 80(\base)
    sd x11, 88(\base)
    sd x12, 96(\base)
    sd x13, 104(\base)
    sd x14, 112(\base)
    sd x15, 120(\base)
    sd x16, 128(\base)
    sd x17, 136(\base)
    sd x18, 144(\base)
    sd x19, 152(\base)
    sd x20, 160(\base)
    sd x21, 168(\base)
    sd x22, 176(\base)
    sd x23, 184(\base)
    sd x24, 192(\base)
    sd x25, 200(\base)
    sd x26, 208(\base)
    sd x27, 216(\base)
    sd x28, 224(\base)
    sd x29, 232(\base)
    sd x30, 240(\base)
    sd x31, 248(\base)
.endm

/* Restore every register but x0, sp and \base itself. */
.macro LOAD_GPRS_BUT base, skip
    .irp r, 1,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
    .if \r != \skip
    ld x\r, (\r * 8)(\base)
    .endif
    .endr
.endm

/*
 * The trap vector (direct mode).  sscratch = 0: the trap came from S-mode,
 * build a frame on the current stack and call kernel_trap.  Otherwise it
 * came from user mode and sscratch is this CPU's struct cpu: save into the
 * current process's frame (cpu->curframe) and call user_trap on the CPU's
 * user-trap stack; user_trap leaves through user_return or ctx_restore.
 */
    .globl trap_vector
    .balign 4
trap_vector:
    csrrw tp, sscratch, tp
    bnez tp, from_user
    csrrw tp, sscratch, tp
    addi sp, sp, -FRAME_SIZE
    SAVE_GPRS sp
    addi t0, sp, FRAME_SIZE
    sd t0, 16(sp)
    csrr t0, sepc
    sd t0, FR_SEPC(sp)
    csrr t0, sstatus
    sd t0, FR_SSTATUS(sp)
    csrr t0, scause
    sd t0, FR_SCAUSE(sp)
    csrr t0, stval
    sd t0, FR_STVAL(sp)
    mv a0, sp
    call kernel_trap
    ld t0, FR_SEPC(sp)
    csrw sepc, t0
    ld t0, FR_SSTATUS(sp)
    csrw sstatus, t0
    LOAD_GPRS_BUT sp, 2
    ld sp, 16(sp)
    sret

from_user:
    /* tp = struct cpu, sscratch = the user's tp */
    sd t0, CPU_SCRATCH(tp)
    ld t0, CPU_CURFRAME(tp)
    sd x1, 8(t0)
    sd x2, 16(t0)
    sd x3, 24(t0)
    .irp r, 6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
    sd x\r, (\r * 8)(t0)
    .endr
    ld t1, CPU_SCRATCH(tp)
    sd t1, 40(t0)
    csrr t1, sscratch
    sd t1, 32(t0)
    csrw sscratch, zero
    csrr t1, sepc
    sd t1, FR_SEPC(t0)
    csrr t1, sstatus
    sd t1, FR_SSTATUS(t0)
    csrr t1, scause
    sd t1, FR_SCAUSE(t0)
    csrr t1, stval
    sd t1, FR_STVAL(t0)
    ld sp, CPU_TSTACK(tp)
    mv a0, t0
    call user_trap
1:  j 1b

/* user_return(frame): enter user mode with the frame's registers, sepc and
 * sstatus (whose SPP the caller cleared). */
    .globl user_return
user_return:
    csrci sstatus, 2
    sd a0, CPU_CURFRAME(tp)
    ld t0, FR_SEPC(a0)
    csrw sepc, t0
    ld t0, FR_SSTATUS(a0)
    andi t0, t0, ~2
    csrw sstatus, t0
    csrw sscratch, tp
    LOAD_GPRS_BUT a0, 10
    ld sp, 16(a0)
    ld a0, 80(a0)
    sret

/* ctx_save(ctx): 0 now, the value given to ctx_restore later. */
    .globl ctx_save
ctx_save:
    sd ra, 0(a0)
    sd sp, 8(a0)
    .irp i, 0,1,2,3,4,5,6,7,8,9,10,11
    sd s\i, (16 + \i * 8)(a0)
    .endr
    li a0, 0
    ret

    .globl ctx_restore
ctx_restore:
    ld ra, 0(a0)
    ld sp, 8(a0)
    .irp i, 0,1,2,3,4,5,6,7,8,9,10,11
    ld s\i, (16 + \i * 8)(a0)
    .endr
    mv a0, a1
    ret

/*
 * Probes: one access with recovery.  kernel_trap, seeing recover_pc set,
 * records the exception, sets a0 = 1 and resumes at recover_pc.
 */
.macro PROBE_ARM
    lla t0, 9f
    sd t0, CPU_RECOVER(tp)
.endm
.macro PROBE_END
    li a0, 0
9:  sd zero, CPU_RECOVER(tp)
    ret
.endm

    .globl probe_load64, probe_load32, probe_load8
    .globl probe_store64, probe_store32, probe_store8, probe_exec
probe_load64:
    PROBE_ARM
    ld t1, 0(a0)
    sd t1, 0(a1)
    PROBE_END
probe_load32:
    PROBE_ARM
    lwu t1, 0(a0)
    sw t1, 0(a1)
    PROBE_END
probe_load8:
    PROBE_ARM
    lbu t1, 0(a0)
    sb t1, 0(a1)
    PROBE_END
probe_store64:
    PROBE_ARM
    sd a1, 0(a0)
    PROBE_END
probe_store32:
    PROBE_ARM
    sw a1, 0(a0)
    PROBE_END
probe_store8:
    PROBE_ARM
    sb a1, 0(a0)
    PROBE_END
probe_exec:
    addi sp, sp, -16
    sd ra, 0(sp)
    lla t0, 9f
    sd t0, CPU_RECOVER(tp)
    jalr a0
    li a0, 0
9:  sd zero, CPU_RECOVER(tp)
    ld ra, 0(sp)
    addi sp, sp, 16
    ret
