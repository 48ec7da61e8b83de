/*
 * testos: a small test OS for the Hartsim hypervisor's guests.
 *
 * Entered on its boot CPU in S-mode (VS-mode under the hypervisor) with
 * a0 = hart id and a1 = the device tree; everything else (timer, IPIs,
 * remote fences, the other CPUs, the console, power-off) goes through SBI.
 * It runs one self-test per feature, prints "PASS name" or "FAIL name ...",
 * then "ALL PASS" or "SOME FAIL", and shuts the machine down.  Figures that
 * depend on timing are printed on lines that start with "INFO"; every other
 * line is the same on every run with the same number of CPUs.
 *
 * CPUs are numbered logically: cpu0 is the boot CPU, cpu1.. are the other
 * harts of /cpus in device-tree order, so the output never depends on which
 * hart the firmware booted on.
 */
#include "testos.h"

struct cpu cpus[MAX_CPUS];
uint8_t kstacks[MAX_CPUS][KSTACK_SIZE] __attribute__((aligned(16)));
static uint8_t tstacks[MAX_CPUS][TSTACK_SIZE] __attribute__((aligned(16)));
struct fdt_info fdt;
uintptr_t dtb_addr;
int ncpus;
uint64_t timebase;
int failures;

void kmain(unsigned long hartid, unsigned long dtb);

void test_pass(const char *name)
{
    printf("PASS %s\n", name);
}

void test_fail(const char *name, const char *fmt, ...)
{
    char msg[200];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    printf("FAIL %s %s\n", name, msg);
    failures++;
}

/* A fatal error: print without the console lock (its holder may be us). */
void panic(const char *fmt, ...)
{
    static char msg[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(msg, sizeof msg - 1, fmt, ap);
    va_end(ap);
    if (n > (int)sizeof msg - 2)
        n = sizeof msg - 2;
    msg[n] = '\n';
    sbi_console_write("PANIC ", 6);
    sbi_console_write(msg, n + 1);
    sbi_console_write("SOME FAIL\n", 10);
    sbi_shutdown(true);
}

uint64_t ms_ticks(unsigned ms)
{
    return timebase * ms / 1000;
}

/* ---- interrupts ---- */

void timer_irq(struct cpu *c)
{
    uint64_t now = rdtime();
    if (c->timer_mode == TM_TEST && c->deadline) {
        if (now < c->deadline) {
            c->t_early++;
        } else {
            uint64_t late = now - c->deadline;
            if (late > c->t_late_max)
                c->t_late_max = late;
            if (late < c->t_late_min)
                c->t_late_min = late;
            c->t_late_sum += late;
        }
        c->deadline = 0;
        c->t_fired++;
    } else if (c->timer_mode != TM_PREEMPT) {
        c->t_spurious++;
    }
    sbi_set_timer(UINT64_MAX);
}

void ipi_irq(struct cpu *c)
{
    csr_clear(sip, SIP_SSIP);
    __atomic_fetch_add(&c->ipi_recv, 1, __ATOMIC_SEQ_CST);
    unsigned long req = __atomic_load_n(&c->ping_req, __ATOMIC_ACQUIRE);
    if (req != c->ping_ack) {
        __atomic_store_n(&c->ping_ack, req, __ATOMIC_RELEASE);
        sbi_send_ipi(1UL << cpus[0].hartid, 0);
    }
}

void guest_interrupt(struct frame *f, unsigned long irq, int from_user)
{
    (void)f, (void)from_user;
    struct cpu *c = this_cpu();
    if (irq == IRQ_S_SOFT)
        ipi_irq(c);
    else if (irq == IRQ_S_TIMER)
        timer_irq(c);
    else if (irq == IRQ_S_EXT)
        ext_irq(c);
    else
        panic("cpu%d: unexpected interrupt %lu", c->index, irq);
}

void guest_exception(struct frame *f)
{
    struct cpu *c = this_cpu();
    panic("cpu%d: unexpected trap scause=0x%lx sepc=0x%lx stval=0x%lx", c->index,
          f->scause, f->sepc, f->stval);
}

/* ---- timer ---- */

static uint32_t lcg(uint32_t *s)
{
    *s = *s * 1103515245u + 12345u;
    return *s >> 8;
}

/*
 * n one-shot timers at pseudo-random distances (200..3200 ticks at 10 MHz,
 * scaled to the timebase), waited for alternately by polling and in WFI.
 * Each must arrive exactly once, never before its deadline; after the
 * handler's set_timer(-1) no timer interrupt may be pending.
 */
bool timer_test_run(struct cpu *c, int n, uint32_t seed)
{
    c->t_fired = c->t_early = c->t_spurious = 0;
    c->t_late_max = c->t_late_sum = 0;
    c->t_late_min = UINT64_MAX;
    c->deadline = 0;
    c->timer_mode = TM_TEST;
    unsigned long missed = 0, stuck = 0;
    uint64_t timeout = ms_ticks(200);
    for (int i = 0; i < n; i++) {
        uint64_t delta = (200 + lcg(&seed) % 3000) * timebase / 10000000;
        if (delta == 0)
            delta = 1;
        unsigned long before = c->t_fired;
        uint64_t d = rdtime() + delta;
        c->deadline = d;
        fence();
        sbi_set_timer(d);
        /* Check with interrupts off, then WFI (which wakes on a pending
         * interrupt even with SIE = 0), then take it with SIE = 1: the
         * interrupt cannot slip in between the check and the WFI. */
        for (;;) {
            csr_clear(sstatus, SSTATUS_SIE);
            if (__atomic_load_n(&c->t_fired, __ATOMIC_ACQUIRE) != before)
                break;
            if (rdtime() > d + timeout) {
                missed++;
                break;
            }
            if (i & 1)
                wfi();
            csr_set(sstatus, SSTATUS_SIE);
        }
        if (csr_read(sip) & SIP_STIP)
            stuck++;
    }
    c->deadline = 0;
    c->timer_mode = TM_OFF;
    sbi_set_timer(UINT64_MAX);
    return c->t_fired == (unsigned long)n && c->t_early == 0 && c->t_spurious == 0 &&
           missed == 0 && stuck == 0;
}

static void test_timer(void)
{
    struct cpu *c = &cpus[0];
    const int N = 40;
    bool ok = timer_test_run(c, N, 12345);
    unsigned long fired = c->t_fired, early = c->t_early, spurious = c->t_spurious;
    uint64_t lmax = c->t_late_max, lsum = c->t_late_sum, lmin = c->t_late_min;

    /* a deadline already in the past fires at once */
    c->t_fired = 0;
    c->timer_mode = TM_TEST;
    c->deadline = rdtime() - 1;
    fence();
    sbi_set_timer(c->deadline);
    uint64_t t0 = rdtime();
    csr_set(sstatus, SSTATUS_SIE);
    while (!__atomic_load_n(&c->t_fired, __ATOMIC_ACQUIRE) && rdtime() - t0 < ms_ticks(200))
        ;
    csr_clear(sstatus, SSTATUS_SIE);
    bool past_ok = c->t_fired == 1;

    /* a timer set and then cancelled (set_timer(-1)) never fires */
    c->t_fired = 0;
    c->deadline = rdtime() + ms_ticks(1);
    sbi_set_timer(c->deadline);
    sbi_set_timer(UINT64_MAX);
    t0 = rdtime();
    csr_set(sstatus, SSTATUS_SIE);
    while (rdtime() - t0 < ms_ticks(3))
        ;
    csr_clear(sstatus, SSTATUS_SIE);
    bool cancel_ok = c->t_fired == 0 && !(csr_read(sip) & SIP_STIP);
    c->deadline = 0;
    c->timer_mode = TM_OFF;

    printf("INFO timer: %lu/%d interrupts delivered, lateness vs deadline (rdtime at handler entry): "
           "max %lu mean %lu min %lu ticks, timebase %lu Hz\n",
           fired, N, (unsigned long)lmax, fired ? (unsigned long)(lsum / fired) : 0UL,
           fired ? (unsigned long)lmin : 0UL, (unsigned long)timebase);
    if (!ok)
        test_fail("timer", "%lu/%d delivered, %lu early, %lu spurious", fired, N, early, spurious);
    else if (!past_ok)
        test_fail("timer", "a deadline in the past did not fire");
    else if (!cancel_ok)
        test_fail("timer", "a cancelled timer fired");
    else
        test_pass("timer");
}

/* ---- console ---- */

static void test_console(void)
{
    static const char line[] = "console: hello through SBI\n";
    const char *bad = NULL;
    for (const char *p = line; *p; p++)
        if (sbi_legacy(SBI_EXT_LEGACY_PUTCHAR, (unsigned char)*p) != 0)
            bad = "legacy console_putchar returned an error";
    if (sbi_has_dbcn) {
        static char buf[] = "console: hello through SBI\n";
        struct sbiret r = sbi_ecall(SBI_EXT_DBCN, 0, sizeof buf - 1, (uintptr_t)buf, 0, 0, 0, 0);
        if (r.error || r.value != (long)sizeof buf - 1)
            bad = "DBCN console_write failed";
    } else {
        puts_raw(line);
    }
    int ch = sbi_console_getchar();
    printf("INFO console: DBCN %s, getchar %d\n", sbi_has_dbcn ? "present" : "absent (legacy putchar)", ch);
    if (ch < -1 || ch > 255)
        bad = "console_getchar out of range";
    if (bad)
        test_fail("console", "%s", bad);
    else
        test_pass("console");
}

/* ---- boot ---- */

void kmain(unsigned long hartid, unsigned long dtb)
{
    unsigned long entry_sstatus = csr_read(sstatus), entry_satp = csr_read(satp);
    struct cpu *c = &cpus[0];
    sbi_console_init();
    printf("testos: booting\n");
    dtb_addr = dtb;
    if (fdt_parse((const void *)dtb, &fdt) != 0) {
        test_fail("boot", "no usable device tree at 0x%lx (needs /cpus and /memory)", dtb);
        printf("SOME FAIL\n");
        sbi_shutdown(true);
    }
    timebase = fdt.timebase ? fdt.timebase : 10000000;

    /* logical CPUs: cpu0 = us, then the others in device-tree order */
    int boot_found = 0;
    ncpus = 1;
    c->hartid = hartid;
    for (int i = 0; i < fdt.nharts && i < MAX_CPUS; i++) {
        if (fdt.hartids[i] == hartid) {
            boot_found = 1;
            continue;
        }
        if (ncpus < MAX_CPUS)
            cpus[ncpus++].hartid = fdt.hartids[i];
    }
    for (int i = 0; i < MAX_CPUS; i++) {
        cpus[i].index = i;
        cpus[i].kstack_top = (uintptr_t)kstacks[i] + KSTACK_SIZE;
        cpus[i].tstack_top = (uintptr_t)tstacks[i] + TSTACK_SIZE;
    }
    c->online = 1;
    c->starts = 1;

    struct sbiret ver = sbi_ecall(SBI_EXT_BASE, 0, 0, 0, 0, 0, 0, 0);
    const char *missing = NULL;
    if (!sbi_probe(SBI_EXT_TIME)) missing = "TIME";
    else if (!sbi_probe(SBI_EXT_IPI)) missing = "IPI";
    else if (!sbi_probe(SBI_EXT_RFENCE)) missing = "RFENCE";
    else if (!sbi_probe(SBI_EXT_HSM)) missing = "HSM";
    else if (!sbi_probe(SBI_EXT_SRST)) missing = "SRST";

    uintptr_t img = (uintptr_t)__image_start;
    printf("INFO boot: hart %lu, %d hart(s) in /cpus, RAM 0x%lx + %lu MiB, timebase %lu Hz, "
           "image at 0x%lx..0x%lx, dtb at 0x%lx, SBI %lu.%lu impl %ld\n",
           hartid, fdt.nharts, (unsigned long)fdt.mem_base, (unsigned long)(fdt.mem_size >> 20),
           (unsigned long)timebase, (unsigned long)img, (unsigned long)_end, dtb,
           ver.value >> 24, ver.value & 0xffffff, sbi_ecall(SBI_EXT_BASE, 1, 0, 0, 0, 0, 0, 0).value);
    printf("boot: %d cpu(s)\n", ncpus);
    if (!boot_found)
        test_fail("boot", "boot hart %lu is not in /cpus", hartid);
    else if (fdt.nharts > MAX_CPUS)
        test_fail("boot", "%d harts, at most %d supported", fdt.nharts, MAX_CPUS);
    else if (img < fdt.mem_base || (uintptr_t)_end > fdt.mem_base + fdt.mem_size)
        test_fail("boot", "image outside /memory");
    else if (ver.error || ver.value < 2)
        test_fail("boot", "SBI spec version below 0.2");
    else if (missing)
        test_fail("boot", "SBI extension %s missing", missing);
    else if (entry_satp != 0)
        test_fail("boot", "entered with paging on (satp 0x%lx)", entry_satp);
    else if (entry_sstatus & SSTATUS_SIE)
        test_fail("boot", "entered with interrupts on");
    else
        test_pass("boot");

    /* stimecmp's reset value is unspecified: set the timer to "never" before
     * enabling timer interrupts. */
    sbi_set_timer(UINT64_MAX);
    csr_write(sie, SIP_SSIP | SIP_STIP);

    pool_init();
    vm_init();
    test_paging();
    test_syscalls();
    test_preemption();
    test_timer();
    test_console();
    test_smp();
    test_ipi();
    test_rfence();
    test_hsm();
    test_rtc();

    printf(failures ? "SOME FAIL\n" : "ALL PASS\n");
    sbi_shutdown(failures != 0);
}
