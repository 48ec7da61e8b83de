/* SBI wrappers shared by the guests. */
#include "sbi.h"

bool sbi_has_dbcn, sbi_has_srst;

long sbi_probe(unsigned long eid)
{
    struct sbiret r = sbi_ecall(SBI_EXT_BASE, 3, eid, 0, 0, 0, 0, 0);
    return r.error ? 0 : r.value;
}

void sbi_set_timer(uint64_t when)
{
    sbi_ecall(SBI_EXT_TIME, 0, when, 0, 0, 0, 0, 0);
}

long sbi_send_ipi(unsigned long hart_mask, unsigned long hart_mask_base)
{
    return sbi_ecall(SBI_EXT_IPI, 0, hart_mask, hart_mask_base, 0, 0, 0, 0).error;
}

long sbi_remote_fence_i(unsigned long hart_mask, unsigned long hart_mask_base)
{
    return sbi_ecall(SBI_EXT_RFENCE, 0, hart_mask, hart_mask_base, 0, 0, 0, 0).error;
}

long sbi_remote_sfence_vma(unsigned long hart_mask, unsigned long hart_mask_base,
                           unsigned long start, unsigned long size)
{
    return sbi_ecall(SBI_EXT_RFENCE, 1, hart_mask, hart_mask_base, start, size, 0, 0).error;
}

long sbi_hart_start(unsigned long hartid, unsigned long start, unsigned long opaque)
{
    return sbi_ecall(SBI_EXT_HSM, 0, hartid, start, opaque, 0, 0, 0).error;
}

long sbi_hart_stop(void)
{
    return sbi_ecall(SBI_EXT_HSM, 1, 0, 0, 0, 0, 0, 0).error;
}

struct sbiret sbi_hart_get_status(unsigned long hartid)
{
    return sbi_ecall(SBI_EXT_HSM, 2, hartid, 0, 0, 0, 0, 0);
}

void sbi_shutdown(bool failure)
{
    if (sbi_has_srst)
        sbi_ecall(SBI_EXT_SRST, 0, SBI_SRST_SHUTDOWN,
                  failure ? SBI_SRST_REASON_FAIL : SBI_SRST_REASON_NONE, 0, 0, 0, 0);
    sbi_legacy(SBI_EXT_LEGACY_SHUTDOWN, 0);
    for (;;)
        wfi();
}

void sbi_console_init(void)
{
    sbi_has_dbcn = sbi_probe(SBI_EXT_DBCN) != 0;
    sbi_has_srst = sbi_probe(SBI_EXT_SRST) != 0;
}

void sbi_console_write(const char *s, size_t n)
{
    if (sbi_has_dbcn) {
        /* The buffer's physical address: the guests map themselves 1:1. */
        int tries = 0;
        while (n > 0 && tries < 1000) {
            struct sbiret r = sbi_ecall(SBI_EXT_DBCN, 0, n, (uintptr_t)s, 0, 0, 0, 0);
            if (r.error)
                break;
            if ((unsigned long)r.value > n)
                r.value = n;
            s += r.value;
            n -= r.value;
            tries++;
        }
        if (n == 0)
            return;
    }
    while (n--)
        sbi_legacy(SBI_EXT_LEGACY_PUTCHAR, (unsigned char)*s++);
}

int sbi_console_getchar(void)
{
    long c = sbi_legacy(SBI_EXT_LEGACY_GETCHAR, 0);
    return c < 0 ? -1 : (int)c;
}
