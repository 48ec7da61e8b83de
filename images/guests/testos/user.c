/*
 * The user programs.  Compiled on their own and moved into the image's user
 * section (the Makefile renames .text/.rodata to .user.*), mapped into every
 * process at USER_TEXT_VA: everything they use is here or in user_asm.S
 * (the Makefile checks that user.o has no undefined symbols and no data),
 * and every address they compute is PC-relative or a USER_* constant.
 */
#include <stdint.h>
#include "user.h"

static long syscall3(long n, long a0, long a1, long a2)
{
    register long r_a0 __asm__("a0") = a0;
    register long r_a1 __asm__("a1") = a1;
    register long r_a2 __asm__("a2") = a2;
    register long r_a7 __asm__("a7") = n;
    __asm__ __volatile__("ecall" : "+r"(r_a0) : "r"(r_a1), "r"(r_a2), "r"(r_a7) : "memory");
    return r_a0;
}

static long u_strlen(const char *s)
{
    long n = 0;
    while (s[n])
        n++;
    return n;
}

static long u_write(const char *s, long n) { return syscall3(SYS_write, 1, (long)s, n); }
static long u_getpid(void) { return syscall3(SYS_getpid, 0, 0, 0); }
static void u_yield(void) { syscall3(SYS_sched_yield, 0, 0, 0); }
static void __attribute__((noreturn)) u_exit(long code)
{
    syscall3(SYS_exit, code, 0, 0);
    for (;;)
        ;
}

/* Append s to the buffer at *p. */
static void u_cat(char **p, const char *s)
{
    while (*s)
        *(*p)++ = *s++;
}

static void u_num(char **p, long v)
{
    char tmp[24];
    int n = 0;
    if (v < 0) {
        *(*p)++ = '-';
        v = -v;
    }
    do {
        tmp[n++] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    while (n)
        *(*p)++ = tmp[--n];
}

/* Greets once per round, yielding in between; exit code 100 + pid. */
void uprog_hello(long rounds, long a1, long a2, long a3)
{
    (void)a1, (void)a2, (void)a3;
    long pid = u_getpid();
    for (long r = 1; r <= rounds; r++) {
        char buf[64], *p = buf;
        u_cat(&p, "user: pid ");
        u_num(&p, pid);
        u_cat(&p, " round ");
        u_num(&p, r);
        u_cat(&p, "\n");
        u_write(buf, p - buf);
        u_yield();
    }
    u_exit(100 + pid);
}

/* System-call error paths; exit code = a bit per failed check. */
void uprog_errors(long kernel_addr, long a1, long a2, long a3)
{
    (void)a1, (void)a2, (void)a3;
    long bad = 0;
    static const char msg[] = "user: error checks\n";
    if (syscall3(999, 0, 0, 0) != -E_NOSYS)
        bad |= 1;
    if (u_write((const char *)kernel_addr, 8) != -E_FAULT)
        bad |= 2;
    if (u_write((const char *)0x30000000, 4) != -E_FAULT)
        bad |= 4;
    /* a buffer that runs off the end of the stack */
    if (u_write((const char *)(USER_STACK_TOP - 4), 8) != -E_FAULT)
        bad |= 8;
    if (u_write(msg, u_strlen(msg)) != u_strlen(msg))
        bad |= 16;
    if (u_getpid() != u_getpid())
        bad |= 32;
    /* private data page: writable, zeroed at creation */
    volatile long *data = (volatile long *)USER_DATA_VA;
    if (data[0] != 0)
        bad |= 64;
    data[0] = 0x1234;
    if (data[0] != 0x1234)
        bad |= 128;
    u_exit(bad);
}

/* A privileged instruction: the kernel must kill the process. */
void uprog_priv(long which, long a1, long a2, long a3)
{
    (void)a1, (void)a2, (void)a3;
    unsigned long v;
    if (which == 0)
        __asm__ __volatile__("csrr %0, sstatus" : "=r"(v));
    else if (which == 1)
        __asm__ __volatile__("sret");
    else
        __asm__ __volatile__("csrw satp, zero");
    (void)v;
    u_exit(1);
}

/* A forbidden access: 0 = load kernel memory, 1 = store to its own text,
 * 2 = execute its data page.  The kernel must kill the process. */
void uprog_kread(long kernel_addr, long which, long a2, long a3)
{
    (void)a2, (void)a3;
    if (which == 0) {
        (void)*(volatile long *)kernel_addr;
    } else if (which == 1) {
        *(volatile uint32_t *)USER_TEXT_VA = 0;
    } else {
        *(volatile uint32_t *)USER_DATA_VA = 0x00008067;   /* ret */
        ((void (*)(void))USER_DATA_VA)();
    }
    u_exit(1);
}

/*
 * Preemption: round r is over when every process has reached it, and a
 * process never yields, so only the timer gets the others to run.  Between
 * looks at the shared page the registers are checked (user_regcheck).
 * Exit code 0, or 99 if a register was corrupted.
 */
void uprog_spin(long idx, long nproc, long rounds, long shared)
{
    volatile long *seen = (volatile long *)shared;
    long seed = 0x5a5a0000 + idx * 0x100;
    for (long r = 1; r <= rounds; r++) {
        seen[idx] = r;
        for (;;) {
            long all = 1;
            for (long j = 0; j < nproc; j++)
                if (seen[j] < r)
                    all = 0;
            if (all)
                break;
            if (user_regcheck(seed + r, 64) != 0)
                u_exit(99);
            seen[16 + idx]++;
        }
    }
    u_exit(0);
}
