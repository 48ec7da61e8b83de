/*
 * user_regcheck(seed, spins): load seed + k into every register but zero,
 * ra, sp, a0 and a1, spin, and check them all; a0 = 0 if every one is
 * intact (a preemption in the spin must not change them), else 1.
 */
#include "user.h"

    .section .user.text, "ax"
    .globl user_regcheck
    .balign 4
user_regcheck:
    addi sp, sp, -128
    sd ra, 0(sp)
    sd gp, 8(sp)
    sd tp, 16(sp)
    .irp i, 0,1,2,3,4,5,6,7,8,9,10,11
    sd s\i, (24 + \i * 8)(sp)
    .endr
    sd a0, 120(sp)              /* the seed */
    .irp r, 3,4,5,6,7,8,9,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
    addi x\r, a0, \r
    .endr
1:  addi a1, a1, -1
    bnez a1, 1b
    .irp r, 3,4,5,6,7,8,9,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
    ld a0, 120(sp)
    addi a0, a0, \r
    bne a0, x\r, 2f
    .endr
    li a0, 0
    j 3f
2:  li a0, 1
3:  ld ra, 0(sp)
    ld gp, 8(sp)
    ld tp, 16(sp)
    .irp i, 0,1,2,3,4,5,6,7,8,9,10,11
    ld s\i, (24 + \i * 8)(sp)
    .endr
    addi sp, sp, 128
    ret
