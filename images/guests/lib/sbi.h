/*
 * The SBI calls the guests make (SBI v0.2+ calling convention: a7 = EID,
 * a6 = FID, a0..a5 = arguments; a0 = error, a1 = value) and the legacy
 * extensions 0x01 (console_putchar) and 0x02 (console_getchar).
 */
#ifndef GUEST_SBI_H
#define GUEST_SBI_H

#include "riscv.h"

#define SBI_EXT_LEGACY_SET_TIMER  0x00
#define SBI_EXT_LEGACY_PUTCHAR    0x01
#define SBI_EXT_LEGACY_GETCHAR    0x02
#define SBI_EXT_LEGACY_SHUTDOWN   0x08
#define SBI_EXT_BASE   0x10
#define SBI_EXT_TIME   0x54494D45
#define SBI_EXT_IPI    0x735049
#define SBI_EXT_RFENCE 0x52464E43
#define SBI_EXT_HSM    0x48534D
#define SBI_EXT_SRST   0x53525354
#define SBI_EXT_DBCN   0x4442434E

#define SBI_SUCCESS               0
#define SBI_ERR_FAILED           -1
#define SBI_ERR_NOT_SUPPORTED    -2
#define SBI_ERR_INVALID_PARAM    -3
#define SBI_ERR_DENIED           -4
#define SBI_ERR_INVALID_ADDRESS  -5
#define SBI_ERR_ALREADY_AVAILABLE -6
#define SBI_ERR_ALREADY_STARTED  -7
#define SBI_ERR_ALREADY_STOPPED  -8

#define SBI_HSM_STARTED        0
#define SBI_HSM_STOPPED        1
#define SBI_HSM_START_PENDING  2
#define SBI_HSM_STOP_PENDING   3

#define SBI_SRST_SHUTDOWN      0
#define SBI_SRST_REASON_NONE   0
#define SBI_SRST_REASON_FAIL   1

struct sbiret {
    long error;
    long value;
};

static inline struct sbiret sbi_ecall(unsigned long eid, unsigned long fid,
                                      unsigned long arg0, unsigned long arg1,
                                      unsigned long arg2, unsigned long arg3,
                                      unsigned long arg4, unsigned long arg5)
{
    register unsigned long a0 __asm__("a0") = arg0;
    register unsigned long a1 __asm__("a1") = arg1;
    register unsigned long a2 __asm__("a2") = arg2;
    register unsigned long a3 __asm__("a3") = arg3;
    register unsigned long a4 __asm__("a4") = arg4;
    register unsigned long a5 __asm__("a5") = arg5;
    register unsigned long a6 __asm__("a6") = fid;
    register unsigned long a7 __asm__("a7") = eid;
    __asm__ __volatile__("ecall"
                         : "+r"(a0), "+r"(a1)
                         : "r"(a2), "r"(a3), "r"(a4), "r"(a5), "r"(a6), "r"(a7)
                         : "memory");
    return (struct sbiret){ (long)a0, (long)a1 };
}

static inline long sbi_legacy(unsigned long eid, unsigned long arg0)
{
    register unsigned long a0 __asm__("a0") = arg0;
    register unsigned long a7 __asm__("a7") = eid;
    __asm__ __volatile__("ecall" : "+r"(a0) : "r"(a7) : "memory", "a1");
    return (long)a0;
}

/* Base */
long sbi_probe(unsigned long eid);                 /* 0 = absent */
/* TIME */
void sbi_set_timer(uint64_t when);
/* IPI */
long sbi_send_ipi(unsigned long hart_mask, unsigned long hart_mask_base);
/* RFENCE */
long sbi_remote_fence_i(unsigned long hart_mask, unsigned long hart_mask_base);
long sbi_remote_sfence_vma(unsigned long hart_mask, unsigned long hart_mask_base,
                           unsigned long start, unsigned long size);
/* HSM */
long sbi_hart_start(unsigned long hartid, unsigned long start, unsigned long opaque);
long sbi_hart_stop(void);
struct sbiret sbi_hart_get_status(unsigned long hartid);
/* SRST (falls back to the legacy shutdown) */
void sbi_shutdown(bool failure) __attribute__((noreturn));
/* Console: DBCN write when present, else legacy putchar. */
void sbi_console_init(void);
void sbi_console_write(const char *s, size_t n);
int sbi_console_getchar(void);                     /* -1 = nothing */
extern bool sbi_has_dbcn, sbi_has_srst;

#endif
