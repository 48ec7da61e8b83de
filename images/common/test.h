/*
 * Hartsim ISA test images: the shared protocol and assembler macros.
 *
 * Every program in images/tests/ is a self-checking, bare-metal RV64GC program
 * for QEMU 7.2's `virt` board.  It is assembled together with common/crt.S and
 * linked by common/link.ld; see images/Makefile.
 *
 * THE PROTOCOL
 * ------------
 * 1. Entry.  The image is entered in M-mode at 0x80000000 on every hart
 *    (QEMU's reset stub passes a0 = mhartid, a1 = DTB; with `-bios none`
 *    QEMU 7.2 jumps to the RAM base, not the ELF entry, so _start is placed
 *    at 0x80000000 and is also the ELF entry).  Harts other than hart 0 park
 *    in a `wfi` loop: the tests are single-hart.
 * 2. Set-up (crt.S): gp = &__fw (the framework's data block; tests must never
 *    write gp), sp = top of a private stack, mtvec = __mtrap (direct mode),
 *    mscratch = 0, .bss cleared, and PMP entry 0 = NAPOT over the whole
 *    address space with RWX, so that S- and U-mode code can reach memory and
 *    the devices until a test programs PMP itself (privileged spec,
 *    "Physical Memory Protection": when at least one PMP entry is
 *    implemented, an S/U access that matches no entry fails, even when no
 *    entry is active; QEMU 7.2 instead makes an mret to S/U illegal while
 *    no PMP entry is active, see tests/pmp.S and tests/spec/pmp.S).
 * 3. Output (NS16550A at 0x10000000; poll LSR (offset 5) bit 5 = THRE before
 *    each write to THR (offset 0)); lines end in a bare "\n":
 *        TEST <name>
 *        ok <n>                                   one line per passing check
 *        FAIL <n> got=0x<16 hex> exp=0x<16 hex>   one line per failing check
 *        # <text>                                 optional section headers
 *        SIG <index, 4 hex>: <up to 4 words of 16 hex digits>
 *        DONE checks=<n> failures=<n>
 *    Checks are numbered from 1 in program order.  The value of every check
 *    (the "got" value) and every SIG-macro value is appended to the
 *    architectural signature, which is dumped at the end, so two emulators
 *    can be compared byte for byte on the whole output.  Only deterministic
 *    values may go into checks or the signature: never cycle, instret, time
 *    or mtime values, only facts derived from them (e.g. "time increased").
 * 4. Exit through the sifive,test1 finisher at 0x100000: 0x5555 on pass,
 *    (code << 16) | 0x3333 on failure, where code is the number of the first
 *    failing check, clamped to 1..255 because QEMU turns the code into the
 *    process exit status, which keeps only 8 bits (256 would read as 0).
 *    An unexpected trap prints
 *        FAIL TRAP mcause=0x.. mepc=0x.. mtval=0x..
 *    and fails with the code (the first failing check if there was one,
 *    else the number of the next check).
 *    With `-nographic` and stdin from /dev/null, QEMU 7.2 writes nothing to
 *    stdout but the UART's output, so an emulator's stdout can be compared
 *    with QEMU's byte for byte.
 *
 * TRAPS
 * -----
 * __mtrap (and __strap, for tests that point stvec at it) saves every
 * register, records cause/tval/epc/status of the trap in the __fw block
 * (FW_TCAUSE, FW_TTVAL, FW_TEPC, FW_TSTATUS, FW_TMODE = 3 for M or 1 for S,
 * FW_TCOUNT += 1), then:
 *   - if FW_RESUME is non-zero (set by EXPECT_TRAP), clears it and resumes at
 *     that address in the privilege mode that trapped (xRET with xPP
 *     unchanged): the "expected trap" path; if bit 0 of FW_RESUME is set
 *     (EXPECT_TRAP_M), __mtrap resumes in M-mode instead;
 *   - else, in __mtrap, an ecall from U or S (mcause 8 or 9) means "take me to
 *     M-mode": it returns to the instruction after the ecall in M-mode with
 *     all registers as they were.  This is how tests come back from lower
 *     privilege modes (see the MODE_* macros);
 *   - anything else is an unexpected trap (see above).
 * Registers are restored exactly, so code after a trap sees its own values.
 *
 * RULES FOR TESTS
 * ---------------
 * - Do not write gp.  All other registers are free: CHECK, SIG, SECTION,
 *   EXPECT_TRAP and the other macros preserve every x register (they use
 *   scratch slots of the __fw block and their own stack) and never touch
 *   f registers or fcsr.  A test's sp may hold anything.
 * - Differential images (tests/NAME.S) print the same bytes on QEMU 7.2
 *   and on Hartsim.  Where QEMU departs from the RISC-V spec and Hartsim
 *   follows the spec, they accept both values with CHECK_ONEOF (QEMU's
 *   value first), or reduce a multi-value outcome to "1 = QEMU's, 2 = the
 *   spec's" and CHECK_ONEOF that; the exact spec checks go in
 *   tests/spec/NAME.S, which run on Hartsim only.  Values that depend on
 *   the H extension (QEMU's default CPU has it, Hartsim does not yet) are
 *   masked out of differential checks.
 * - CHECK may run in any privilege mode in which the __fw block, the
 *   signature buffer and the UART are reachable at their physical addresses
 *   (M-mode with MPRV clear; S/U with paging off or identity-mapped and PMP
 *   allowing it).
 * - Comments are `//` or C-style because the file goes through cpp.
 */
#ifndef HARTSIM_TEST_H
#define HARTSIM_TEST_H

/* Layout of the framework block addressed by gp (crt.S allocates it). */
#define FW_NCHECK     0    /* checks done so far */
#define FW_FIRSTFAIL  8    /* number of the first failing check, 0 if none */
#define FW_NFAIL      16   /* failing checks so far */
#define FW_RESUME     24   /* where the trap handler resumes, 0 = none */
#define FW_TCAUSE     32   /* last trap: xcause */
#define FW_TTVAL      40   /*            xtval */
#define FW_TEPC       48   /*            xepc */
#define FW_TSTATUS    56   /*            mstatus (sstatus for __strap) on entry */
#define FW_TCOUNT     64   /* traps taken through __mtrap/__strap */
#define FW_GOT        72   /* CHECK scratch: the value checked */
#define FW_EXP        80   /* CHECK scratch: the expected value */
#define FW_RA         88   /* macro scratch: caller's ra */
#define FW_T0         96   /* macro scratch: caller's t0 */
#define FW_NSIG       104  /* signature words so far */
#define FW_TMODE      112  /* 3 if __mtrap took the last trap, 1 if __strap */
#define FW_T1         120  /* macro scratch: caller's t1 */
#define FW_A0         128  /* macro scratch: caller's a0 */
#define FW_USER       136  /* 7 words free for tests: FW_USER + 8*i, i < 7
                              (FW_USER+56 is macro scratch) */
#define FW_EXP2       200  /* CHECK_ONEOF scratch: the second accepted value */
#define FW_REGS       256  /* register save area of CHECK/PRINT (32 words) */
#define FW_TREGS      512  /* register save area of __mtrap */
#define FW_SREGS      768  /* register save area of __strap */
#define FW_SIZE       1024

#define SIG_MAX_WORDS 4096 /* signature capacity; more is an error */

/* CSR field helpers used across tests (privileged spec, "Machine Status"). */
#define MSTATUS_SIE   (1 << 1)
#define MSTATUS_MIE   (1 << 3)
#define MSTATUS_SPIE  (1 << 5)
#define MSTATUS_UBE   (1 << 6)
#define MSTATUS_MPIE  (1 << 7)
#define MSTATUS_SPP   (1 << 8)
#define MSTATUS_VS    (3 << 9)
#define MSTATUS_MPP   (3 << 11)
#define MSTATUS_MPP_S (1 << 11)
#define MSTATUS_MPP_M (3 << 11)
#define MSTATUS_FS    (3 << 13)
#define MSTATUS_FS_INITIAL (1 << 13)
#define MSTATUS_XS    (3 << 15)
#define MSTATUS_MPRV  (1 << 17)
#define MSTATUS_SUM   (1 << 18)
#define MSTATUS_MXR   (1 << 19)
#define MSTATUS_TVM   (1 << 20)
#define MSTATUS_TW    (1 << 21)
#define MSTATUS_TSR   (1 << 22)

#define UART_BASE      0x10000000
#define FINISHER_BASE  0x100000
#define CLINT_BASE     0x2000000
#define CLINT_MTIMECMP 0x2004000
#define CLINT_MTIME    0x200bff8

#ifdef __ASSEMBLER__

/* Opens a test: emits its name and the test_main entry that crt.S calls. */
.macro TEST_BEGIN name
    .pushsection .rodata.test_name, "a"
    .globl test_name
test_name:
    .asciz "\name"
    .popsection
    .text
    .globl test_main
    .balign 4
test_main:
.endm

/* Closes a test: prints the signature and the summary and exits. */
.macro TEST_END
    j __finish
.endm

/*
 * CHECK reg, exp: compare register `reg` (any x register but gp) with the
 * 64-bit constant `exp`; prints ok/FAIL, appends reg to the signature.
 * Preserves all registers.
 */
.macro CHECK reg, exp
    sd \reg, FW_GOT(gp)
    sd ra, FW_RA(gp)
    sd t0, FW_T0(gp)
    li t0, \exp
    sd t0, FW_EXP(gp)
    ld t0, FW_T0(gp)
    jal ra, __check
    ld ra, FW_RA(gp)
.endm

/* CHECKA reg, sym: like CHECK, the expected value is the address of sym. */
.macro CHECKA reg, sym
    sd \reg, FW_GOT(gp)
    sd ra, FW_RA(gp)
    sd t0, FW_T0(gp)
    la t0, \sym
    sd t0, FW_EXP(gp)
    ld t0, FW_T0(gp)
    jal ra, __check
    ld ra, FW_RA(gp)
.endm

/* CHECKR reg, expreg: like CHECK, the expected value is in register expreg. */
.macro CHECKR reg, expreg
    sd \reg, FW_GOT(gp)
    sd \expreg, FW_EXP(gp)
    sd ra, FW_RA(gp)
    jal ra, __check
    ld ra, FW_RA(gp)
.endm

/*
 * CHECK_ONEOF reg, a, b: passes when `reg` equals either 64-bit constant.
 * On a pass the signature records `a` whichever value was seen, so two
 * emulators that each give one of the accepted values print the same
 * output.  This is for the differential images where QEMU 7.2 departs from
 * the RISC-V spec and Hartsim follows the spec: by convention a = QEMU
 * 7.2's value, b = the spec's (Hartsim's), and a comment at the use cites
 * the spec section; the exact spec check lives in an images/tests/spec/
 * image.  On a failure, FAIL prints got= and exp=a.  Preserves all
 * registers.
 */
.macro CHECK_ONEOF reg, a, b
    sd \reg, FW_GOT(gp)
    sd ra, FW_RA(gp)
    sd t0, FW_T0(gp)
    li t0, \a
    sd t0, FW_EXP(gp)
    li t0, \b
    sd t0, FW_EXP2(gp)
    ld t0, FW_T0(gp)
    jal ra, __check_oneof
    ld ra, FW_RA(gp)
.endm

/* CHECKFW off, exp: check the doubleword at offset `off` of the __fw block. */
.macro CHECKFW off, exp
    sd t1, FW_T1(gp)
    ld t1, \off(gp)
    CHECK t1, \exp
    ld t1, FW_T1(gp)
.endm

/* CHECKFWA off, sym: check a __fw doubleword against the address of sym. */
.macro CHECKFWA off, sym
    sd t1, FW_T1(gp)
    ld t1, \off(gp)
    CHECKA t1, \sym
    ld t1, FW_T1(gp)
.endm

/* CHECKFW_ONEOF off, a, b: CHECK_ONEOF on a __fw doubleword. */
.macro CHECKFW_ONEOF off, a, b
    sd t1, FW_T1(gp)
    ld t1, \off(gp)
    CHECK_ONEOF t1, \a, \b
    ld t1, FW_T1(gp)
.endm

/* CHECKCSR csr, exp: read a CSR and check it. */
.macro CHECKCSR csr, exp
    sd t1, FW_T1(gp)
    csrr t1, \csr
    CHECK t1, \exp
    ld t1, FW_T1(gp)
.endm

/* CHECKFD freg, exp / CHECKFS freg, exp: check the raw bits of an f register
 * (all 64 bits, so NaN-boxing of single values is part of CHECKFD). */
.macro CHECKFD freg, exp
    sd t1, FW_T1(gp)
    fmv.x.d t1, \freg
    CHECK t1, \exp
    ld t1, FW_T1(gp)
.endm
.macro CHECKFS freg, exp
    sd t1, FW_T1(gp)
    fmv.x.w t1, \freg
    CHECK t1, \exp
    ld t1, FW_T1(gp)
.endm

/* SIG reg: append a register's value to the signature without checking it. */
.macro SIG reg
    sd \reg, FW_GOT(gp)
    sd ra, FW_RA(gp)
    jal ra, __sig_append
    ld ra, FW_RA(gp)
.endm

/* SECTION "text": print "# text" (a human-readable marker in the log). */
.macro SECTION text
    .pushsection .rodata.str, "a"
9981:
    .asciz "# \text\n"
    .popsection
    sd ra, FW_RA(gp)
    sd a0, FW_A0(gp)
    la a0, 9981b
    jal ra, __puts_saved
    ld a0, FW_A0(gp)
    ld ra, FW_RA(gp)
.endm

/*
 * EXPECT_TRAP label: the next trap (taken by __mtrap or __strap) resumes at
 * `label`, in the mode that trapped.  The trap record is then in FW_T*.
 * Clears FW_TCAUSE/FW_TTVAL/FW_TEPC first so stale values never pass a check.
 * Clobbers nothing.
 */
.macro EXPECT_TRAP label
    sd t0, FW_T0(gp)
    la t0, \label
    sd t0, FW_RESUME(gp)
    li t0, -1
    sd t0, FW_TCAUSE(gp)
    sd t0, FW_TTVAL(gp)
    sd t0, FW_TEPC(gp)
    sd zero, FW_TMODE(gp)
    ld t0, FW_T0(gp)
.endm

/*
 * EXPECT_TRAP_M label: like EXPECT_TRAP, but __mtrap resumes at `label` in
 * M-mode whatever mode trapped (bit 0 of FW_RESUME asks for that; code
 * addresses are even).  The way back to M from code that cannot use MODE_M
 * (e.g. while ecalls are delegated to S): EXPECT_TRAP_M, then any
 * instruction that traps to M-mode (an illegal one, say).
 */
.macro EXPECT_TRAP_M label
    sd t0, FW_T0(gp)
    la t0, \label + 1
    sd t0, FW_RESUME(gp)
    li t0, -1
    sd t0, FW_TCAUSE(gp)
    sd t0, FW_TTVAL(gp)
    sd t0, FW_TEPC(gp)
    sd zero, FW_TMODE(gp)
    ld t0, FW_T0(gp)
.endm

/*
 * CHECK_TRAP cause, tval: after an EXPECT_TRAP, check that the trap was
 * taken (FW_RESUME was consumed), its cause and its tval.  Three checks.
 */
.macro CHECK_TRAP cause, tval
    CHECKFW FW_RESUME, 0
    CHECKFW FW_TCAUSE, \cause
    CHECKFW FW_TTVAL, \tval
.endm

/* CHECK_TRAPA cause, sym: like CHECK_TRAP, tval is the address of sym. */
.macro CHECK_TRAPA cause, sym
    CHECKFW FW_RESUME, 0
    CHECKFW FW_TCAUSE, \cause
    CHECKFWA FW_TTVAL, \sym
.endm

/*
 * CHECK_TRAPA_ONEOF cause_a, cause_b, sym: like CHECK_TRAPA, with either
 * cause accepted (see CHECK_ONEOF: cause_a = QEMU 7.2's, cause_b = the
 * spec's).
 */
.macro CHECK_TRAPA_ONEOF cause_a, cause_b, sym
    CHECKFW FW_RESUME, 0
    CHECKFW_ONEOF FW_TCAUSE, \cause_a, \cause_b
    CHECKFWA FW_TTVAL, \sym
.endm

/* CHECK_TRAP_ONEOF cause_a, cause_b, tval: the same with a constant tval. */
.macro CHECK_TRAP_ONEOF cause_a, cause_b, tval
    CHECKFW FW_RESUME, 0
    CHECKFW_ONEOF FW_TCAUSE, \cause_a, \cause_b
    CHECKFW FW_TTVAL, \tval
.endm

/*
 * CHECK_TRAP_INSN cause, label / CHECK_TRAP_INSN16 cause, label: like
 * CHECK_TRAP, with tval expected to be the instruction bits at label (32 or
 * 16 bits, zero-extended), read back from memory.
 */
.macro CHECK_TRAP_INSN cause, label
    CHECKFW FW_RESUME, 0
    CHECKFW FW_TCAUSE, \cause
    sd t1, FW_T1(gp)
    sd t2, FW_USER+56(gp)
    ld t1, FW_TTVAL(gp)
    la t2, \label
    lwu t2, 0(t2)
    CHECKR t1, t2
    ld t2, FW_USER+56(gp)
    ld t1, FW_T1(gp)
.endm
.macro CHECK_TRAP_INSN16 cause, label
    CHECKFW FW_RESUME, 0
    CHECKFW FW_TCAUSE, \cause
    sd t1, FW_T1(gp)
    sd t2, FW_USER+56(gp)
    ld t1, FW_TTVAL(gp)
    la t2, \label
    lhu t2, 0(t2)
    CHECKR t1, t2
    ld t2, FW_USER+56(gp)
    ld t1, FW_T1(gp)
.endm

/* CHECK_NOTRAP: check no trap happened since EXPECT_TRAP, then disarm it. */
.macro CHECK_NOTRAP
    CHECKFW FW_TCAUSE, -1
    sd zero, FW_RESUME(gp)
.endm

/*
 * MODE_S / MODE_U: from M-mode, continue in S- or U-mode at the next
 * instruction (an mret with MPP set; as for any mret, MIE takes MPIE's value
 * and MPIE becomes 1, see __enter_mode in crt.S).  MODE_M: from S or U, come
 * back to M-mode with an ecall (__mtrap's "take me to M-mode" path; only
 * while ecalls are not delegated to S).  All x registers are preserved.
 */
.macro MODE_S
    sd t0, FW_T0(gp)
    li t0, 1
    sd ra, FW_RA(gp)
    jal ra, __enter_mode
.endm
.macro MODE_U
    sd t0, FW_T0(gp)
    li t0, 0
    sd ra, FW_RA(gp)
    jal ra, __enter_mode
.endm
.macro MODE_M
    ecall
.endm

/* Restore the framework's M-mode trap vector after a test used its own. */
.macro RESTORE_MTVEC
    sd t0, FW_T0(gp)
    la t0, __mtrap
    csrw mtvec, t0
    ld t0, FW_T0(gp)
.endm

#endif /* __ASSEMBLER__ */
#endif /* HARTSIM_TEST_H */
