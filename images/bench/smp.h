/*
 * Helpers for the SMP benchmark images (smp-intloop, ipi-latency,
 * timer-lateness): NS16550A output, decimal numbers, a sort and the
 * median/p99 line.  Include once, inside .text, before the code that uses
 * the constants.  Plain RV64IM + Zicsr.  The hart count comes from
 * ../stress/fdt.h (fdt_count_cpus), included by the images themselves.
 *
 * Calling convention: these are leaf-ish routines that keep to t0-t6 and
 * a0-a5 and their own return address in t5 or a small stack (sp must point
 * at a few free doublewords).
 */

#define BENCH_UART      0x10000000
#define BENCH_FINISHER  0x100000
#define BENCH_CLINT     0x2000000
#define BENCH_MTIMECMP  0x2004000
#define BENCH_PASS      0x5555
#define BENCH_FAIL      0x13333         /* code 1 */

/* bench_putc: a0 = byte.  Clobbers t0, t1. */
bench_putc:
    li t0, BENCH_UART
1:  lbu t1, 5(t0)
    andi t1, t1, 0x20
    beqz t1, 1b
    sb a0, 0(t0)
    ret

/* bench_puts: a0 = string.  Clobbers t0-t2, a0, a1. */
bench_puts:
    mv t2, ra
    mv a1, a0
1:  lbu a0, 0(a1)
    beqz a0, 2f
    call bench_putc
    addi a1, a1, 1
    j 1b
2:  mv ra, t2
    ret

/* bench_putdec: a0 = unsigned value.  Clobbers t0-t2, a0-a4; uses 20
 * doublewords below sp. */
bench_putdec:
    mv t2, ra
    mv a1, a0
    li a3, 0
    li a4, 10
1:  remu a0, a1, a4
    divu a1, a1, a4
    addi sp, sp, -8
    sd a0, 0(sp)
    addi a3, a3, 1
    bnez a1, 1b
2:  ld a0, 0(sp)
    addi sp, sp, 8
    addi a0, a0, '0'
    call bench_putc
    addi a3, a3, -1
    bnez a3, 2b
    mv ra, t2
    ret

/* bench_sort: a0 = array of doublewords, a1 = count; ascending, unsigned
 * (Shell sort, gaps n/2, n/4, ..., 1).  Clobbers t0-t6, a2-a5. */
bench_sort:
    srli a2, a1, 1              /* gap */
1:  beqz a2, 9f
    mv a3, a2                   /* i */
2:  bgeu a3, a1, 8f
    slli t0, a3, 3
    add t0, t0, a0
    ld t1, 0(t0)                /* v = x[i] */
    mv a4, a3                   /* j */
3:  bltu a4, a2, 4f
    sub a5, a4, a2
    slli t2, a5, 3
    add t2, t2, a0
    ld t3, 0(t2)                /* x[j - gap] */
    bleu t3, t1, 4f
    slli t4, a4, 3
    add t4, t4, a0
    sd t3, 0(t4)
    mv a4, a5
    j 3b
4:  slli t4, a4, 3
    add t4, t4, a0
    sd t1, 0(t4)
    addi a3, a3, 1
    j 2b
8:  srli a2, a2, 1
    j 1b
9:  ret

/*
 * bench_report: a0 = label (string), a1 = samples (doublewords, ticks),
 * a2 = count (>= 1).  Sorts them and prints
 *     INFO <label> samples=N median=M p99=P min=A max=B ticks
 * Clobbers t0-t6, a0-a5, s6-s9.
 */
bench_report:
    mv s6, ra
    mv s7, a1
    mv s8, a2
    mv s9, a0
    mv a0, s7
    mv a1, s8
    call bench_sort
    la a0, bench_str_info
    call bench_puts
    mv a0, s9
    call bench_puts
    la a0, bench_str_samples
    call bench_puts
    mv a0, s8
    call bench_putdec
    la a0, bench_str_median
    call bench_puts
    srli t0, s8, 1
    slli t0, t0, 3
    add t0, t0, s7
    ld a0, 0(t0)
    call bench_putdec
    la a0, bench_str_p99
    call bench_puts
    li t0, 99
    mul t0, t0, s8
    li t1, 100
    divu t0, t0, t1
    slli t0, t0, 3
    add t0, t0, s7
    ld a0, 0(t0)
    call bench_putdec
    la a0, bench_str_min
    call bench_puts
    ld a0, 0(s7)
    call bench_putdec
    la a0, bench_str_max
    call bench_puts
    addi t0, s8, -1
    slli t0, t0, 3
    add t0, t0, s7
    ld a0, 0(t0)
    call bench_putdec
    la a0, bench_str_ticks
    call bench_puts
    mv ra, s6
    ret

/* bench_exit: a0 = finisher value (BENCH_PASS or BENCH_FAIL). */
bench_exit:
    li t0, BENCH_FINISHER
    sw a0, 0(t0)
1:  wfi
    j 1b

    .pushsection .rodata
bench_str_info:    .asciz "INFO "
bench_str_samples: .asciz " samples="
bench_str_median:  .asciz " median="
bench_str_p99:     .asciz " p99="
bench_str_min:     .asciz " min="
bench_str_max:     .asciz " max="
bench_str_ticks:   .asciz " ticks\n"
    .popsection
