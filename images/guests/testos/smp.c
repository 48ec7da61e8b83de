/*
 * SMP: the other CPUs (started with SBI HSM hart_start), their command
 * loop, and the smp, ipi, rfence and hsm tests.
 *
 * The boot CPU (cpu0) drives every test.  A secondary CPU waits in WFI for
 * a command in its struct cpu (cmd, cmd_arg, cmd_seq) and an IPI; it runs
 * the command and publishes done_seq = cmd_seq.  Its IPI handler also
 * answers pings (ping_req -> ping_ack and an IPI back to cpu0).
 */
#include "testos.h"

enum { CMD_NOP = 1, CMD_PERCPU, CMD_LOCK, CMD_CALL_CODE, CMD_READ_VA, CMD_STOP };

#define CMD_TIMEOUT (-9999)

static unsigned long hart_bit(int i) { return 1UL << cpus[i].hartid; }

static unsigned long others_mask(void)
{
    unsigned long m = 0;
    for (int i = 1; i < ncpus; i++)
        m |= hart_bit(i);
    return m;
}

/* ---- commands ---- */

static void cmd_post(struct cpu *t, int cmd, unsigned long arg, unsigned long arg2)
{
    t->cmd = cmd;
    t->cmd_arg = arg;
    t->cmd_arg2 = arg2;
    __atomic_store_n(&t->cmd_seq, t->cmd_seq + 1, __ATOMIC_RELEASE);
    sbi_send_ipi(1UL << t->hartid, 0);
}

static long cmd_wait(struct cpu *t, unsigned ms)
{
    uint64_t t0 = rdtime();
    while (__atomic_load_n(&t->done_seq, __ATOMIC_ACQUIRE) != t->cmd_seq)
        if (rdtime() - t0 > ms_ticks(ms))
            return CMD_TIMEOUT;
    return t->cmd_result;
}

static long cmd_run(struct cpu *t, int cmd, unsigned long arg)
{
    cmd_post(t, cmd, arg, 0);
    return cmd_wait(t, 2000);
}

/* A barrier for the CPUs taking part (n of them); false on a timeout. */
static volatile unsigned long bar_count, bar_gen;

static bool barrier(int n)
{
    unsigned long g = __atomic_load_n(&bar_gen, __ATOMIC_ACQUIRE);
    if (__atomic_fetch_add(&bar_count, 1, __ATOMIC_ACQ_REL) == (unsigned long)n - 1) {
        __atomic_store_n(&bar_count, 0, __ATOMIC_RELAXED);
        __atomic_store_n(&bar_gen, g + 1, __ATOMIC_RELEASE);
        return true;
    }
    uint64_t t0 = rdtime();
    while (__atomic_load_n(&bar_gen, __ATOMIC_ACQUIRE) == g)
        if (rdtime() - t0 > ms_ticks(3000))
            return false;
    return true;
}

/* ---- the per-CPU test: hart id, timer, two preempted processes ---- */

#define PERCPU_TIMERS 10
static unsigned long percpu_preempts[MAX_CPUS];

static long percpu_test(struct cpu *c)
{
    long bad = 0;
    int seen = 0;
    for (int i = 0; i < fdt.nharts; i++)
        if (fdt.hartids[i] == c->hartid)
            seen++;
    if (seen != 1)
        bad |= 1;
    if (csr_read(satp) != kernel_satp)
        bad |= 2;
    if (!timer_test_run(c, PERCPU_TIMERS, 777 + c->index))
        bad |= 4;
    if (!percpu_processes(c, 3, &percpu_preempts[c->index]))
        bad |= 8;
    return bad;
}

/* ---- the lock test ---- */

#define LOCK_ITERS 2000
static spinlock_t test_lock;
static volatile unsigned long plain_counter;     /* only under test_lock */
static unsigned long amo_counter, cas_counter;

static long lock_test(int n)
{
    if (!barrier(n))
        return 1;
    for (int i = 0; i < LOCK_ITERS; i++) {
        spin_lock(&test_lock);
        unsigned long v = plain_counter;
        for (int d = 0; d < (i & 7); d++)
            cpu_relax();
        plain_counter = v + 1;
        spin_unlock(&test_lock);
        __atomic_fetch_add(&amo_counter, 1, __ATOMIC_RELAXED);
        unsigned long old = __atomic_load_n(&cas_counter, __ATOMIC_RELAXED);
        while (!__atomic_compare_exchange_n(&cas_counter, &old, old + 1, false,
                                            __ATOMIC_ACQ_REL, __ATOMIC_RELAXED))
            ;
    }
    return barrier(n) ? 0 : 2;
}

/* ---- the secondary CPUs ---- */

typedef long (*codefn)(void);

static long run_cmd(struct cpu *c, int cmd, unsigned long arg)
{
    switch (cmd) {
    case CMD_NOP:
        return (long)c->hartid;
    case CMD_PERCPU:
        return percpu_test(c);
    case CMD_LOCK:
        return lock_test((int)arg);
    case CMD_CALL_CODE:
        return ((codefn)(uintptr_t)__codebuf)();
    case CMD_READ_VA:
        return *(volatile long *)arg;
    case CMD_STOP:
        c->online = 0;
        fence();
        return sbi_hart_stop();           /* returns only on an error */
    }
    return -1;
}

void secondary_main(unsigned long hartid, unsigned long opaque)
{
    struct cpu *c = this_cpu();
    c->entry_a0 = hartid;
    c->entry_a1 = opaque;
    c->entry_sstatus = csr_read(sstatus);
    c->entry_satp = csr_read(satp);
    csr_write(satp, kernel_satp);
    sfence_vma_all();
    sbi_set_timer(UINT64_MAX);
    csr_clear(sip, SIP_SSIP);
    csr_write(sie, SIP_SSIP | SIP_STIP);
    c->done_seq = c->cmd_seq;
    __atomic_fetch_add(&c->starts, 1, __ATOMIC_RELEASE);
    __atomic_store_n(&c->online, 1, __ATOMIC_RELEASE);
    for (;;) {
        csr_clear(sstatus, SSTATUS_SIE);
        if (__atomic_load_n(&c->cmd_seq, __ATOMIC_ACQUIRE) == c->done_seq)
            wfi();
        csr_set(sstatus, SSTATUS_SIE);        /* take the IPI */
        csr_clear(sstatus, SSTATUS_SIE);
        unsigned long seq = __atomic_load_n(&c->cmd_seq, __ATOMIC_ACQUIRE);
        if (seq != c->done_seq) {
            c->cmd_result = run_cmd(c, c->cmd, c->cmd_arg);
            __atomic_store_n(&c->done_seq, seq, __ATOMIC_RELEASE);
        }
    }
}

static bool wait_online(struct cpu *t, unsigned long starts, unsigned ms)
{
    uint64_t t0 = rdtime();
    while (__atomic_load_n(&t->starts, __ATOMIC_ACQUIRE) == starts ||
           !__atomic_load_n(&t->online, __ATOMIC_ACQUIRE))
        if (rdtime() - t0 > ms_ticks(ms))
            return false;
    return true;
}

/* Check what a CPU saw when hart_start entered it. */
static const char *check_entry(struct cpu *t)
{
    if (t->entry_a0 != t->hartid)
        return "a0 is not its hart id";
    if (t->entry_a1 != (uintptr_t)t)
        return "a1 is not the opaque value";
    if (t->entry_satp != 0)
        return "entered with paging on";
    if (t->entry_sstatus & SSTATUS_SIE)
        return "entered with interrupts on";
    return NULL;
}

/* ---- smp ---- */

void test_smp(void)
{
    const char *why = NULL;
    int who = 0;
    /* 1. bring the others up */
    for (int i = 1; i < ncpus && !why; i++) {
        struct cpu *t = &cpus[i];
        struct sbiret st = sbi_hart_get_status(t->hartid);
        if (st.error || st.value != SBI_HSM_STOPPED) {
            why = "not STOPPED before hart_start";
            who = i;
            break;
        }
        unsigned long s0 = t->starts;
        long e = sbi_hart_start(t->hartid, (uintptr_t)secondary_entry, (uintptr_t)t);
        if (e) {
            why = "hart_start failed";
            who = i;
            break;
        }
        if (!wait_online(t, s0, 2000)) {
            why = "did not come up";
            who = i;
            break;
        }
        if ((why = check_entry(t)) != NULL) {
            who = i;
            break;
        }
        st = sbi_hart_get_status(t->hartid);
        if (st.error || st.value != SBI_HSM_STARTED) {
            why = "not STARTED after hart_start";
            who = i;
        }
    }
    if (why) {
        test_fail("smp", "cpu%d: %s", who, why);
        /* go on with the CPUs that did come up (cpu0..who-1) */
        ncpus = who;
        return;
    }
    printf("smp: %d cpu(s) online\n", ncpus);

    /* 2. the per-CPU test, on every CPU at once */
    unsigned long used0 = pages_in_use();
    long res[MAX_CPUS];
    for (int i = 1; i < ncpus; i++)
        cmd_post(&cpus[i], CMD_PERCPU, 0, 0);
    res[0] = percpu_test(&cpus[0]);
    for (int i = 1; i < ncpus; i++)
        res[i] = cmd_wait(&cpus[i], 5000);
    uint64_t lmax = 0, lsum = 0;
    unsigned long fired = 0, pre = 0;
    for (int i = 0; i < ncpus; i++) {
        fired += cpus[i].t_fired;
        lsum += cpus[i].t_late_sum;
        if (cpus[i].t_late_max > lmax)
            lmax = cpus[i].t_late_max;
        pre += percpu_preempts[i];
        if (res[i] && !why) {
            who = i;
            why = res[i] == CMD_TIMEOUT ? "per-cpu test timed out"
                : (res[i] & 1) ? "hart id not unique in /cpus"
                : (res[i] & 2) ? "kernel page table not active"
                : (res[i] & 4) ? "per-cpu timer test failed"
                : "per-cpu processes failed";
        }
    }
    printf("INFO smp: %d cpus, per-cpu timers %lu/%d delivered (lateness max %lu mean %lu ticks), "
           "%lu preemptions of per-cpu processes\n", ncpus, fired, ncpus * PERCPU_TIMERS,
           (unsigned long)lmax, fired ? (unsigned long)(lsum / fired) : 0UL, pre);
    if (!why && pages_in_use() != used0) {
        why = "pages leaked";
        who = 0;
    }
    if (why) {
        test_fail("smp", "cpu%d: %s", who, why);
        return;
    }

    /* 3. a spinlock, an AMO counter and an LR/SC counter under contention */
    plain_counter = amo_counter = cas_counter = 0;
    for (int i = 1; i < ncpus; i++)
        cmd_post(&cpus[i], CMD_LOCK, ncpus, 0);
    res[0] = lock_test(ncpus);
    for (int i = 1; i < ncpus; i++)
        res[i] = cmd_wait(&cpus[i], 5000);
    for (int i = 0; i < ncpus; i++)
        if (res[i] && !why) {
            who = i;
            why = "lock test timed out";
        }
    unsigned long want = (unsigned long)ncpus * LOCK_ITERS;
    printf("smp: counters %lu %lu %lu (expected %lu each)\n", (unsigned long)plain_counter,
           __atomic_load_n(&amo_counter, __ATOMIC_RELAXED),
           __atomic_load_n(&cas_counter, __ATOMIC_RELAXED), want);
    if (why)
        test_fail("smp", "cpu%d: %s", who, why);
    else if (plain_counter != want || amo_counter != want || cas_counter != want)
        test_fail("smp", "lost updates");
    else
        test_pass("smp");
}

/* ---- ipi ---- */

#define PINGS 20
#define SELF_IPIS 10

static bool wait_recv(struct cpu *t, unsigned long want, unsigned ms)
{
    uint64_t t0 = rdtime();
    csr_set(sstatus, SSTATUS_SIE);
    bool ok = true;
    while (__atomic_load_n(&t->ipi_recv, __ATOMIC_ACQUIRE) < want)
        if (rdtime() - t0 > ms_ticks(ms)) {
            ok = false;
            break;
        }
    csr_clear(sstatus, SSTATUS_SIE);
    return ok;
}

void test_ipi(void)
{
    struct cpu *me = &cpus[0];
    unsigned long sent = 0, recv0[MAX_CPUS];
    uint64_t rtt_min = UINT64_MAX, rtt_max = 0, rtt_sum = 0, self_sum = 0;
    unsigned long rtts = 0;
    const char *why = NULL;
    int who = 0;
    for (int i = 0; i < ncpus; i++)
        recv0[i] = cpus[i].ipi_recv;

    /* 1. ping-pong with each other CPU: cpu0 -> cpuN -> cpu0 */
    for (int i = 1; i < ncpus && !why; i++) {
        struct cpu *t = &cpus[i];
        for (int k = 0; k < PINGS; k++) {
            unsigned long mine = me->ipi_recv;
            unsigned long req = t->ping_req + 1;
            uint64_t t0 = rdtime();
            __atomic_store_n(&t->ping_req, req, __ATOMIC_RELEASE);
            if (sbi_send_ipi(hart_bit(i), 0)) {
                why = "send_ipi failed";
                who = i;
                break;
            }
            sent++;
            if (!wait_recv(me, mine + 1, 1000) ||
                __atomic_load_n(&t->ping_ack, __ATOMIC_ACQUIRE) != req) {
                why = "no reply to a ping";
                who = i;
                break;
            }
            sent++;                      /* its reply */
            uint64_t rtt = rdtime() - t0;
            rtt_sum += rtt;
            rtts++;
            if (rtt < rtt_min)
                rtt_min = rtt;
            if (rtt > rtt_max)
                rtt_max = rtt;
        }
    }

    /* 2. one IPI to all the others at once (a hart mask) */
    if (!why && ncpus > 1) {
        unsigned long before[MAX_CPUS];
        for (int i = 1; i < ncpus; i++)
            before[i] = cpus[i].ipi_recv;
        if (sbi_send_ipi(others_mask(), 0)) {
            why = "send_ipi(mask) failed";
        } else {
            sent += ncpus - 1;
            for (int i = 1; i < ncpus && !why; i++)
                if (!wait_recv(&cpus[i], before[i] + 1, 1000)) {
                    why = "broadcast IPI not received";
                    who = i;
                }
        }
    }

    /* 3. hart_mask_base = -1: every hart, this one included */
    if (!why) {
        unsigned long before[MAX_CPUS];
        for (int i = 0; i < ncpus; i++)
            before[i] = cpus[i].ipi_recv;
        if (sbi_send_ipi(0, -1UL)) {
            why = "send_ipi(all) failed";
        } else {
            sent += ncpus;
            for (int i = 0; i < ncpus && !why; i++)
                if (!wait_recv(&cpus[i], before[i] + 1, 1000)) {
                    why = "IPI to all harts not received";
                    who = i;
                }
        }
    }

    /* 4. IPIs to itself */
    for (int k = 0; k < SELF_IPIS && !why; k++) {
        unsigned long before = me->ipi_recv;
        uint64_t t0 = rdtime();
        csr_set(sstatus, SSTATUS_SIE);
        sbi_send_ipi(hart_bit(0), 0);
        sent++;
        if (!wait_recv(me, before + 1, 1000)) {
            why = "self-IPI not received";
            break;
        }
        self_sum += rdtime() - t0;
        csr_clear(sstatus, SSTATUS_SIE);
    }
    csr_clear(sstatus, SSTATUS_SIE);

    /* every IPI arrived exactly once */
    unsigned long recv = 0;
    for (int i = 0; i < ncpus; i++)
        recv += cpus[i].ipi_recv - recv0[i];
    printf("INFO ipi: %lu sent, %lu received; round trip cpu0->cpuN->cpu0 over %lu pings: "
           "min %lu mean %lu max %lu ticks; self-IPI mean %lu ticks\n", sent, recv, rtts,
           rtts ? (unsigned long)rtt_min : 0UL, rtts ? (unsigned long)(rtt_sum / rtts) : 0UL,
           (unsigned long)rtt_max, (unsigned long)(self_sum / SELF_IPIS));
    if (!why && recv != sent)
        why = "IPI count mismatch";
    if (why)
        test_fail("ipi", "cpu%d: %s", who, why);
    else {
        printf("ipi: %lu IPIs sent and received\n", sent);
        test_pass("ipi");
    }
}

/* ---- rfence ---- */

static void write_code(uint32_t value)
{
    volatile uint32_t *code = (volatile uint32_t *)__codebuf;
    code[0] = 0x00000513 | (value << 20);   /* li a0, value */
    code[1] = 0x00008067;                   /* ret */
}

/* Run a command on every CPU (cpu0 directly): true if all return want. */
static const char *all_cpus(int cmd, unsigned long arg, long want, int *who)
{
    for (int i = 0; i < ncpus; i++) {
        long r = i == 0 ? (cmd == CMD_CALL_CODE ? ((codefn)(uintptr_t)__codebuf)()
                                                : *(volatile long *)arg)
                        : cmd_run(&cpus[i], cmd, arg);
        if (r != want) {
            *who = i;
            return r == CMD_TIMEOUT ? "timed out" : "saw the old value";
        }
    }
    return NULL;
}

void test_rfence(void)
{
    const char *why = NULL;
    int who = 0;
    unsigned long all = others_mask() | hart_bit(0);
    long e;

    /* 1. remote_fence_i: every CPU runs the code buffer, it is rewritten,
     *    a remote FENCE.I, and every CPU sees the new code */
    write_code(1);
    fence_i();
    if ((e = sbi_remote_fence_i(all, 0)))
        why = "remote_fence_i failed";
    if (!why && (why = all_cpus(CMD_CALL_CODE, 0, 1, &who)))
        why = "code v1: not executed";
    if (!why) {
        write_code(2);
        fence();
        if ((e = sbi_remote_fence_i(all, 0)))
            why = "remote_fence_i failed";
        fence_i();
    }
    if (!why && (why = all_cpus(CMD_CALL_CODE, 0, 2, &who)))
        why = "remote_fence_i: stale code executed";

    /* 2. remote_sfence_vma: every CPU reads ALIAS_RF (caching the
     *    translation), the PTE is pointed at another page, a remote
     *    SFENCE.VMA for that page, and every CPU reads the new page; then
     *    back again with a flush of the whole address space. */
    uint64_t *pa = page_alloc(), *pb = page_alloc();
    if (!why && (!pa || !pb))
        why = "out of memory";
    if (!why) {
        pa[0] = 0xaaaa;
        pb[0] = 0xbbbb;
        map_page(kernel_root, ALIAS_RF, (uintptr_t)pa, PTE_R | PTE_W, 0);
        sfence_vma_all();
        if ((e = sbi_remote_sfence_vma(all, 0, 0, 0)))
            why = "remote_sfence_vma (all) failed";
    }
    if (!why && (why = all_cpus(CMD_READ_VA, ALIAS_RF, 0xaaaa, &who)))
        why = "first mapping not seen";
    if (!why) {
        map_page(kernel_root, ALIAS_RF, (uintptr_t)pb, PTE_R | PTE_W, 0);
        sfence_vma_va(ALIAS_RF);
        if ((e = sbi_remote_sfence_vma(all, 0, ALIAS_RF, PAGE_SIZE)))
            why = "remote_sfence_vma (one page) failed";
    }
    if (!why && (why = all_cpus(CMD_READ_VA, ALIAS_RF, 0xbbbb, &who)))
        why = "remote_sfence_vma (one page): stale translation";
    if (!why) {
        map_page(kernel_root, ALIAS_RF, (uintptr_t)pa, PTE_R | PTE_W, 0);
        sfence_vma_all();
        if ((e = sbi_remote_sfence_vma(all, 0, 0, -1UL)))
            why = "remote_sfence_vma (everything) failed";
    }
    if (!why && (why = all_cpus(CMD_READ_VA, ALIAS_RF, 0xaaaa, &who)))
        why = "remote_sfence_vma (everything): stale translation";
    map_page(kernel_root, ALIAS_RF, 0, 0, 0);
    sfence_vma_all();
    sbi_remote_sfence_vma(all, 0, 0, -1UL);
    page_free(pa);
    page_free(pb);
    if (why)
        test_fail("rfence", "cpu%d: %s", who, why);
    else
        test_pass("rfence");
}

/* ---- hsm ---- */

static bool wait_status(unsigned long hartid, long want, unsigned ms)
{
    uint64_t t0 = rdtime();
    for (;;) {
        struct sbiret st = sbi_hart_get_status(hartid);
        if (!st.error && st.value == want)
            return true;
        if (rdtime() - t0 > ms_ticks(ms))
            return false;
    }
}

void test_hsm(void)
{
    const char *why = NULL;
    int who = 0;
    unsigned long max_id = 0;
    for (int i = 0; i < fdt.nharts; i++)
        if (fdt.hartids[i] > max_id)
            max_id = fdt.hartids[i];

    struct sbiret st = sbi_hart_get_status(cpus[0].hartid);
    if (st.error || st.value != SBI_HSM_STARTED)
        why = "this hart is not STARTED";
    else if (sbi_hart_get_status(max_id + 1).error != SBI_ERR_INVALID_PARAM)
        why = "get_status(no such hart) is not INVALID_PARAM";
    else if (sbi_hart_start(max_id + 1, (uintptr_t)secondary_entry, 0) != SBI_ERR_INVALID_PARAM)
        why = "hart_start(no such hart) is not INVALID_PARAM";
    else if (sbi_hart_start(cpus[0].hartid, (uintptr_t)secondary_entry, 0) != SBI_ERR_ALREADY_AVAILABLE)
        why = "hart_start(this hart) is not ALREADY_AVAILABLE";

    for (int i = 1; i < ncpus && !why; i++) {
        struct cpu *t = &cpus[i];
        who = i;
        if (sbi_hart_start(t->hartid, (uintptr_t)secondary_entry, (uintptr_t)t) !=
            SBI_ERR_ALREADY_AVAILABLE) {
            why = "hart_start(running hart) is not ALREADY_AVAILABLE";
            break;
        }
        /* stop it (it calls hart_stop itself) */
        cmd_post(t, CMD_STOP, 0, 0);
        if (!wait_status(t->hartid, SBI_HSM_STOPPED, 2000)) {
            why = "did not stop";
            break;
        }
        if (t->online) {
            why = "stopped while online";
            break;
        }
        /* start it again: a fresh entry, as the first time */
        unsigned long s0 = t->starts;
        t->entry_a0 = t->entry_a1 = -1UL;
        t->done_seq = t->cmd_seq;
        if (sbi_hart_start(t->hartid, (uintptr_t)secondary_entry, (uintptr_t)t)) {
            why = "hart_start after stop failed";
            break;
        }
        if (!wait_online(t, s0, 2000)) {
            why = "did not come back";
            break;
        }
        if ((why = check_entry(t)) != NULL)
            break;
        if (!wait_status(t->hartid, SBI_HSM_STARTED, 1000)) {
            why = "not STARTED after the restart";
            break;
        }
        if (cmd_run(t, CMD_NOP, 0) != (long)t->hartid) {
            why = "no answer after the restart";
            break;
        }
    }
    if (why)
        test_fail("hsm", "cpu%d: %s", who, why);
    else {
        printf("hsm: %d cpu(s) stopped and restarted\n", ncpus - 1);
        test_pass("hsm");
    }
}
