/*
 * The rtc self-test: a device interrupt through the PLIC.  The goldfish RTC
 * (google,goldfish-rtc in the device tree, as on QEMU virt: time in ns since
 * the Unix epoch, one alarm, a level interrupt) is read twice, then an alarm
 * about 2 ms ahead must raise exactly one supervisor external interrupt,
 * claimed from this CPU's S context of the PLIC (context 2 * hartid + 1), no
 * earlier than the alarm time.  Under the Hartsim hypervisor the RTC is a
 * passthrough device of one VM, its interrupt routed into the VM's virtual
 * PLIC; a VM without it prints "SKIP rtc (no device)".
 */
#include "testos.h"

#define RTC_TIME_LOW        0x00
#define RTC_TIME_HIGH       0x04
#define RTC_ALARM_LOW       0x08
#define RTC_ALARM_HIGH      0x0c
#define RTC_IRQ_ENABLED     0x10
#define RTC_CLEAR_ALARM     0x14
#define RTC_CLEAR_INTERRUPT 0x1c

#define PLIC_PRIO(irq)      (fdt.plic_base + 4 * (irq))
#define PLIC_ENABLE(ctx, w) (fdt.plic_base + 0x2000 + 0x80 * (ctx) + 4 * (w))
#define PLIC_THRESHOLD(ctx) (fdt.plic_base + 0x200000 + 0x1000 * (ctx))
#define PLIC_CLAIM(ctx)     (fdt.plic_base + 0x200004 + 0x1000 * (ctx))

static inline volatile uint32_t *reg32(uint64_t a) { return (volatile uint32_t *)(uintptr_t)a; }

static uint64_t rtc_time(void)
{
    uint32_t lo = *reg32(fdt.rtc_base + RTC_TIME_LOW);     /* latches TIME_HIGH */
    uint32_t hi = *reg32(fdt.rtc_base + RTC_TIME_HIGH);
    return ((uint64_t)hi << 32) | lo;
}

static volatile int rtc_active;
static volatile unsigned long rtc_irqs, ext_other;
static volatile uint64_t rtc_irq_ns;

/* A supervisor external interrupt: claim, serve, complete. */
void ext_irq(struct cpu *c)
{
    if (!fdt.plic_base) {
        ext_other++;
        csr_clear(sie, SIP_SEIP);
        return;
    }
    unsigned long ctx = 2 * c->hartid + 1;
    uint32_t id;
    while ((id = *reg32(PLIC_CLAIM(ctx))) != 0) {
        if (rtc_active && fdt.has_rtc && id == fdt.rtc_irq) {
            rtc_irq_ns = rtc_time();
            rtc_irqs++;
            *reg32(fdt.rtc_base + RTC_CLEAR_INTERRUPT) = 1;
        } else {
            ext_other++;
        }
        *reg32(PLIC_CLAIM(ctx)) = id;
    }
}

static int map_device(uint64_t pa)
{
    pa = ALIGN_DOWN(pa, PAGE_SIZE);
    int level;
    uint64_t *pte = pte_lookup(kernel_root, pa, &level);
    if (pte && (*pte & PTE_V))
        return 0;
    return map_page(kernel_root, pa, pa, PTE_R | PTE_W, 0);
}

void test_rtc(void)
{
    if (!fdt.has_rtc) {
        printf("SKIP rtc (no device)\n");
        return;
    }
    struct cpu *c = this_cpu();
    unsigned long ctx = 2 * c->hartid + 1;
    uint32_t irq = fdt.rtc_irq, w = irq / 32, bit = 1u << (irq % 32);
    if (!fdt.plic_base || irq == 0 || irq >= 1024) {
        test_fail("rtc", "no PLIC for interrupt %u", irq);
        return;
    }
    if (map_device(fdt.rtc_base) || map_device(PLIC_PRIO(irq)) || map_device(PLIC_ENABLE(ctx, w)) ||
        map_device(PLIC_THRESHOLD(ctx))) {
        test_fail("rtc", "cannot map the devices");
        return;
    }
    sfence_vma_all();

    const uint64_t year2020 = 1577836800ULL * 1000000000ULL;
    uint64_t t1 = rtc_time(), t2 = rtc_time();

    *reg32(fdt.rtc_base + RTC_IRQ_ENABLED) = 0;
    *reg32(fdt.rtc_base + RTC_CLEAR_ALARM) = 1;
    *reg32(fdt.rtc_base + RTC_CLEAR_INTERRUPT) = 1;
    *reg32(PLIC_PRIO(irq)) = 1;
    *reg32(PLIC_THRESHOLD(ctx)) = 0;
    *reg32(PLIC_ENABLE(ctx, w)) |= bit;
    rtc_irqs = ext_other = 0;
    rtc_irq_ns = 0;
    rtc_active = 1;
    fence();
    csr_set(sie, SIP_SEIP);
    csr_set(sstatus, SSTATUS_SIE);

    uint64_t alarm = rtc_time() + 2000000;
    *reg32(fdt.rtc_base + RTC_IRQ_ENABLED) = 1;
    *reg32(fdt.rtc_base + RTC_ALARM_HIGH) = (uint32_t)(alarm >> 32);
    *reg32(fdt.rtc_base + RTC_ALARM_LOW) = (uint32_t)alarm;
    uint64_t start = rdtime();
    while (!rtc_irqs && rdtime() - start < ms_ticks(2000))
        ;
    /* a little longer: a second interrupt would be a bug */
    uint64_t got = rdtime();
    while (rdtime() - got < ms_ticks(5))
        ;
    csr_clear(sstatus, SSTATUS_SIE);
    rtc_active = 0;
    *reg32(fdt.rtc_base + RTC_IRQ_ENABLED) = 0;
    *reg32(fdt.rtc_base + RTC_CLEAR_ALARM) = 1;
    *reg32(PLIC_ENABLE(ctx, w)) &= ~bit;
    csr_clear(sie, SIP_SEIP);

    unsigned long n = rtc_irqs, other = ext_other;
    printf("INFO rtc: %lu interrupt(s), %lu us after the alarm, %lu ms of waiting\n", n,
           n ? (unsigned long)((rtc_irq_ns - alarm) / 1000) : 0UL,
           (unsigned long)((got - start) * 1000 / timebase));
    if (t1 < year2020)
        test_fail("rtc", "time before 2020 (%lu s since the epoch)", (unsigned long)(t1 / 1000000000ULL));
    else if (t2 < t1)
        test_fail("rtc", "time went backwards");
    else if (n != 1)
        test_fail("rtc", "%lu alarm interrupts instead of 1", n);
    else if (other)
        test_fail("rtc", "%lu other external interrupts", other);
    else if (rtc_irq_ns < alarm)
        test_fail("rtc", "interrupt before the alarm time");
    else
        test_pass("rtc");
}
