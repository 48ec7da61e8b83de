/*
 * fdt_count_cpus: count the harts described by a flattened device tree.
 *
 * Include this file once, inside a .text section, in any image that needs
 * the hart count at run time (the stress images, the SMP benchmark images and
 * the S-mode SBI payload).  The hart count is never a build-time constant:
 * the same image runs with 1 to 8 harts, and it is read from the DTB that
 * QEMU's reset stub (and Hartsim's, and OpenSBI) pass in a1.
 *
 *   in:  a0 = address of the DTB (FDT header, big-endian)
 *   out: a0 = number of nodes /cpus/cpu@* whose "status" property is absent
 *             or not "disabled"; 0 if a0 does not point at an FDT
 *   clobbers t0-t6, a1-a5 (leaf function, no stack)
 *
 * The walk follows the structure block's tokens (devicetree specification,
 * "Flattened Devicetree (DTB) Format"): FDT_BEGIN_NODE = 1 + name, padded to
 * 4 bytes; FDT_END_NODE = 2; FDT_PROP = 3, len, nameoff, value padded to 4;
 * FDT_NOP = 4; FDT_END = 9.  The root node is depth 1, /cpus depth 2 and
 * /cpus/cpu@N depth 3.  Plain RV64I only, so the RV64GC benchmark images can
 * include it too.
 */

/* FDT_BE32 rd, base, off: rd = the big-endian word at base + off; uses t6. */
.macro FDT_BE32 rd, base, off
    lbu \rd, \off(\base)
    lbu t6, \off+1(\base)
    slli \rd, \rd, 8
    or \rd, \rd, t6
    lbu t6, \off+2(\base)
    slli \rd, \rd, 8
    or \rd, \rd, t6
    lbu t6, \off+3(\base)
    slli \rd, \rd, 8
    or \rd, \rd, t6
.endm

    .balign 4
fdt_count_cpus:
    mv a5, a0                   /* a5 = FDT base */
    FDT_BE32 t0, a5, 0          /* magic */
    li t1, 0xd00dfeed
    bne t0, t1, 90f
    FDT_BE32 t0, a5, 12         /* off_dt_strings */
    add a4, a5, t0              /* a4 = strings block */
    FDT_BE32 t0, a5, 8          /* off_dt_struct */
    add a1, a5, t0              /* a1 = cursor */
    li a2, 0                    /* depth */
    li a3, 0                    /* 1 while inside /cpus */
    li a0, 0                    /* count */
    li t5, 0                    /* 1 while inside a counted cpu@ node */
    li t4, 200000               /* token budget: never loop forever on junk */
10: addi t4, t4, -1
    beqz t4, 90f
    FDT_BE32 t0, a1, 0
    addi a1, a1, 4
    li t1, 1
    beq t0, t1, 20f
    li t1, 2
    beq t0, t1, 30f
    li t1, 3
    beq t0, t1, 40f
    li t1, 4
    beq t0, t1, 10b
    ret                         /* FDT_END (9) or anything unknown: done */

20: /* FDT_BEGIN_NODE: the name follows, NUL-terminated, padded to 4. */
    addi a2, a2, 1
    li t1, 2
    bne a2, t1, 22f
    /* depth 2: is it exactly "cpus"? */
    lbu t0, 0(a1)
    li t1, 'c'
    bne t0, t1, 28f
    lbu t0, 1(a1)
    li t1, 'p'
    bne t0, t1, 28f
    lbu t0, 2(a1)
    li t1, 'u'
    bne t0, t1, 28f
    lbu t0, 3(a1)
    li t1, 's'
    bne t0, t1, 28f
    lbu t0, 4(a1)
    bnez t0, 28f
    li a3, 1
    j 28f
22: li t1, 3
    bne a2, t1, 28f
    beqz a3, 28f
    /* depth 3 inside /cpus: does the name start with "cpu@"? */
    lbu t0, 0(a1)
    li t1, 'c'
    bne t0, t1, 28f
    lbu t0, 1(a1)
    li t1, 'p'
    bne t0, t1, 28f
    lbu t0, 2(a1)
    li t1, 'u'
    bne t0, t1, 28f
    lbu t0, 3(a1)
    li t1, '@'
    bne t0, t1, 28f
    addi a0, a0, 1              /* counted; a "disabled" status undoes it */
    li t5, 1
28: /* skip the name and its padding */
    lbu t0, 0(a1)
    addi a1, a1, 1
    bnez t0, 28b
    addi a1, a1, 3
    andi a1, a1, -4
    j 10b

30: /* FDT_END_NODE */
    li t1, 3
    bne a2, t1, 32f
    li t5, 0                    /* leaving a cpu@ node */
32: li t1, 2
    bne a2, t1, 34f
    li a3, 0                    /* leaving /cpus */
34: addi a2, a2, -1
    j 10b

40: /* FDT_PROP: len, nameoff, value */
    FDT_BE32 t2, a1, 0          /* len */
    FDT_BE32 t3, a1, 4          /* nameoff */
    addi a1, a1, 8
    beqz t5, 48f
    li t1, 3
    bne a2, t1, 48f
    /* in a counted cpu@ node at its own level: status = "disabled"? */
    add t3, t3, a4              /* property name */
    lbu t0, 0(t3)
    li t1, 's'
    bne t0, t1, 48f
    lbu t0, 1(t3)
    li t1, 't'
    bne t0, t1, 48f
    lbu t0, 2(t3)
    li t1, 'a'
    bne t0, t1, 48f
    lbu t0, 3(t3)
    li t1, 't'
    bne t0, t1, 48f
    lbu t0, 4(t3)
    li t1, 'u'
    bne t0, t1, 48f
    lbu t0, 5(t3)
    li t1, 's'
    bne t0, t1, 48f
    lbu t0, 6(t3)
    bnez t0, 48f
    lbu t0, 0(a1)               /* value: "disabled"? ('d' is enough: */
    li t1, 'd'                  /*  the others are "okay", "fail...") */
    bne t0, t1, 48f
    addi a0, a0, -1
    li t5, 0
48: add a1, a1, t2
    addi a1, a1, 3
    andi a1, a1, -4
    j 10b

90: li a0, 0
    ret
