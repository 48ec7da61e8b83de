/*
 * The attacker's recoverable probes (see lib/start.S for the mechanism:
 * kernel_trap sees cpu->recover_pc, records the trap, sets a0 = 1 and
 * resumes there).
 */
#include "../lib/cpu.h"

    .text
/* int probe_call(fn, arg0, arg1, unsigned long *out): *out = fn(arg0, arg1) */
    .globl probe_call
probe_call:
    addi sp, sp, -32
    sd ra, 0(sp)
    sd a3, 8(sp)
    lla t0, 9f
    sd t0, CPU_RECOVER(tp)
    mv t1, a0
    mv a0, a1
    mv a1, a2
    jalr t1
    ld a3, 8(sp)
    sd a0, 0(a3)
    li a0, 0
9:  sd zero, CPU_RECOVER(tp)
    ld ra, 0(sp)
    addi sp, sp, 32
    ret

/* int probe_ecall(eid, fid, a0, a1, a2, a3, struct sbiret *out) */
    .globl probe_ecall
probe_ecall:
    addi sp, sp, -32
    sd ra, 0(sp)
    sd a6, 8(sp)
    lla t0, 9f
    sd t0, CPU_RECOVER(tp)
    mv a7, a0
    mv a6, a1
    mv a0, a2
    mv a1, a3
    mv a2, a4
    mv a3, a5
    li a4, 0
    li a5, 0
    ecall
    ld t1, 8(sp)
    sd a0, 0(t1)
    sd a1, 8(t1)
    li a0, 0
9:  sd zero, CPU_RECOVER(tp)
    ld ra, 0(sp)
    addi sp, sp, 32
    ret
