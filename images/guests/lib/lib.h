/* The guests' small C library: strings, printf to the SBI console, FDT. */
#ifndef GUEST_LIB_H
#define GUEST_LIB_H

#include <stdarg.h>
#include "riscv.h"

void *memset(void *d, int c, size_t n);
void *memcpy(void *d, const void *s, size_t n);
int memcmp(const void *a, const void *b, size_t n);
size_t strlen(const char *s);
int strcmp(const char *a, const char *b);
int strncmp(const char *a, const char *b, size_t n);

int vsnprintf(char *buf, size_t size, const char *fmt, va_list ap);
int snprintf(char *buf, size_t size, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* printf: formats one message and writes it to the console at once,
 * under a lock shared by every CPU. */
int printf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void puts_raw(const char *s);

/* A test-and-set spinlock (amoswap.w.aq / amoswap.w.rl). */
typedef struct { volatile uint32_t locked; } spinlock_t;
static inline void spin_lock(spinlock_t *l)
{
    for (;;) {
        uint32_t old;
        __asm__ __volatile__("amoswap.w.aq %0, %2, %1"
                             : "=r"(old), "+A"(l->locked) : "r"(1) : "memory");
        if (old == 0)
            return;
        while (__atomic_load_n(&l->locked, __ATOMIC_RELAXED))
            ;
    }
}
static inline void spin_unlock(spinlock_t *l)
{
    __asm__ __volatile__("amoswap.w.rl zero, zero, %0" : "+A"(l->locked) :: "memory");
}

/* The device tree facts the guests use (/cpus and /memory only; /chosen
 * bootargs if present). */
#define FDT_MAX_HARTS 8
struct fdt_info {
    int ok;                          /* magic and structure parsed */
    uint32_t totalsize;
    int nharts;
    unsigned long hartids[FDT_MAX_HARTS];
    uint64_t timebase;               /* 0 if absent */
    uint64_t mem_base, mem_size;     /* first /memory reg pair */
    const char *bootargs;            /* NULL if absent; points into the DTB */
    /* a google,goldfish-rtc node under / or /soc, and the PLIC (riscv,plic0) */
    int has_rtc;
    uint64_t rtc_base;
    uint32_t rtc_irq;
    uint64_t plic_base;              /* 0 if absent */
};
int fdt_parse(const void *dtb, struct fdt_info *out);

#endif
