/*
 * User processes: creation, a per-CPU round-robin scheduler with optional
 * timer preemption, system calls, and the syscall and preemption tests.
 *
 * A process has its own Sv39 root: user space (root index 0) holds the user
 * section at USER_TEXT_VA (R+X+U, shared by all), two private stack pages
 * below USER_STACK_TOP and a private data page (R+W+U), and optionally a
 * page shared with other processes at USER_SHARED_VA; the other root
 * entries are the kernel's (no U bit).  Each CPU runs the processes of its
 * own run queue; sched_run returns when none is left.  The kernel keeps no
 * state on the stack while a process runs: a trap from user mode starts
 * afresh on the CPU's trap stack (start.S) and leaves through user_return
 * (to a process) or ctx_restore (back into sched_run).
 */
#include "testos.h"

static struct proc procs[MAX_PROCS];
static spinlock_t proc_lock;
static int next_pid = 1;

uintptr_t user_va_of(void *sym)
{
    return USER_TEXT_VA + ((uintptr_t)sym - (uintptr_t)__user_start);
}

struct proc *proc_create(struct cpu *c, uintptr_t entry, long a0, long a1, long a2, long a3,
                         void *shared)
{
    struct proc *p = NULL;
    spin_lock(&proc_lock);
    for (int i = 0; i < MAX_PROCS; i++)
        if (procs[i].state == P_FREE) {
            p = &procs[i];
            memset(p, 0, sizeof *p);
            p->state = P_RUNNABLE;
            p->pid = next_pid++;
            break;
        }
    spin_unlock(&proc_lock);
    if (!p)
        return NULL;
    p->root = root_clone_kernel();
    if (!p->root)
        goto fail;
    for (uintptr_t a = (uintptr_t)__user_start; a < (uintptr_t)__user_end; a += PAGE_SIZE)
        if (map_page(p->root, user_va_of((void *)a), a, PTE_R | PTE_X | PTE_U, 0))
            goto fail;
    for (int i = 0; i < USER_STACK_PAGES; i++) {
        p->pages[i] = page_alloc();
        if (!p->pages[i] ||
            map_page(p->root, USER_STACK_TOP - (i + 1) * PAGE_SIZE, (uintptr_t)p->pages[i],
                     PTE_R | PTE_W | PTE_U, 0))
            goto fail;
    }
    p->pages[2] = page_alloc();
    if (!p->pages[2] ||
        map_page(p->root, USER_DATA_VA, (uintptr_t)p->pages[2], PTE_R | PTE_W | PTE_U, 0))
        goto fail;
    if (shared && map_page(p->root, USER_SHARED_VA, (uintptr_t)shared, PTE_R | PTE_W | PTE_U, 0))
        goto fail;
    p->satp = SATP_MODE_SV39 | ((uintptr_t)p->root >> PAGE_SHIFT);
    p->tf.sepc = user_va_of((void *)entry);
    p->tf.regs[2] = USER_STACK_TOP;
    p->tf.regs[10] = a0;
    p->tf.regs[11] = a1;
    p->tf.regs[12] = a2;
    p->tf.regs[13] = a3;
    /* U-mode, interrupts on after sret, no FP (FS = Off), no SUM */
    p->tf.sstatus = (csr_read(sstatus) & ~(SSTATUS_SPP | SSTATUS_SIE | SSTATUS_SUM | SSTATUS_FS |
                                            SSTATUS_MXR)) | SSTATUS_SPIE;
    if (c->nrun >= (int)(sizeof c->runq / sizeof c->runq[0]))
        goto fail;
    c->runq[c->nrun++] = p;
    return p;
fail:
    proc_destroy(p);
    return NULL;
}

void proc_destroy(struct proc *p)
{
    for (int i = 0; i < 3; i++)
        page_free(p->pages[i]);
    if (p->root)
        root_free_user(p->root);
    spin_lock(&proc_lock);
    p->state = P_FREE;
    spin_unlock(&proc_lock);
}

/* Switch to the next runnable process after the current one, or return to
 * sched_run when there is none. */
static void __attribute__((noreturn)) schedule(struct cpu *c)
{
    int n = c->nrun;
    for (int k = 1; k <= n; k++) {
        int i = (c->cur + k) % n;
        struct proc *p = c->runq[i];
        if (p->state != P_RUNNABLE)
            continue;
        if (i != c->cur)
            c->switches++;
        c->cur = i;
        csr_write(satp, p->satp);
        sfence_vma_all();
        if (c->slice) {
            c->timer_mode = TM_PREEMPT;
            sbi_set_timer(rdtime() + c->slice);
        }
        user_return(&p->tf);
    }
    csr_write(satp, kernel_satp);
    sfence_vma_all();
    if (c->timer_mode == TM_PREEMPT) {
        c->timer_mode = TM_OFF;
        sbi_set_timer(UINT64_MAX);
    }
    ctx_restore(&c->sched_ctx, 1);
}

void sched_run(struct cpu *c)
{
    if (ctx_save(&c->sched_ctx) == 0) {
        c->cur = c->nrun - 1;            /* so that runq[0] goes first */
        c->preemptions = c->switches = 0;
        schedule(c);
    }
}

/* Is [va, va + len) readable user memory of p? */
static bool user_range_ok(struct proc *p, uintptr_t va, size_t len)
{
    if (len == 0)
        return true;
    if (va + len < va || va + len > ALIAS_BASE)
        return false;
    for (uintptr_t a = ALIGN_DOWN(va, PAGE_SIZE); a < va + len; a += PAGE_SIZE) {
        uint64_t *pte = pte_lookup(p->root, a, NULL);
        if (!pte || (*pte & (PTE_U | PTE_R)) != (PTE_U | PTE_R))
            return false;
    }
    return true;
}

static long sys_write(struct proc *p, long fd, uintptr_t buf, size_t len)
{
    static char kbuf[MAX_CPUS][257];
    if (fd != 1 && fd != 2)
        return -9;                       /* EBADF */
    if (!user_range_ok(p, buf, len))
        return -E_FAULT;
    if (len > 256)
        len = 256;
    char *k = kbuf[this_cpu()->index];
    csr_set(sstatus, SSTATUS_SUM);
    memcpy(k, (const void *)buf, len);
    csr_clear(sstatus, SSTATUS_SUM);
    k[len] = 0;
    puts_raw(k);
    return (long)len;
}

void user_trap(struct frame *f)
{
    struct cpu *c = this_cpu();
    struct proc *p = c->runq[c->cur];
    unsigned long cause = f->scause;

    if (cause & CAUSE_INTR) {
        unsigned long irq = cause & ~CAUSE_INTR;
        if (irq == IRQ_S_TIMER && c->timer_mode == TM_PREEMPT) {
            p->preempted++;
            c->preemptions++;
            schedule(c);
        }
        guest_interrupt(f, irq, 1);
        user_return(f);
    }
    if (cause == CAUSE_USER_ECALL) {
        f->sepc += 4;
        p->syscalls++;
        long a0 = f->regs[10];
        switch (f->regs[17]) {
        case SYS_write:
            f->regs[10] = sys_write(p, a0, f->regs[11], f->regs[12]);
            break;
        case SYS_getpid:
            f->regs[10] = p->pid;
            break;
        case SYS_sched_yield:
            f->regs[10] = 0;
            schedule(c);
        case SYS_exit:
            p->exit_code = (int)a0;
            p->state = P_ZOMBIE;
            schedule(c);
        default:
            f->regs[10] = -E_NOSYS;
            break;
        }
        user_return(f);
    }
    /* any other exception kills the process */
    p->killed = (int)cause + 1;
    p->kill_tval = f->stval;
    p->state = P_ZOMBIE;
    schedule(c);
}

static void runq_clear(struct cpu *c)
{
    for (int i = 0; i < c->nrun; i++)
        proc_destroy(c->runq[i]);
    c->nrun = 0;
}

static const char *cause_name(int cause)
{
    switch (cause) {
    case CAUSE_ILLEGAL_INSN: return "illegal instruction";
    case CAUSE_FETCH_PAGE_FAULT: return "instruction page fault";
    case CAUSE_LOAD_PAGE_FAULT: return "load page fault";
    case CAUSE_STORE_PAGE_FAULT: return "store page fault";
    case CAUSE_LOAD_ACCESS: return "load access fault";
    case CAUSE_STORE_ACCESS: return "store access fault";
    default: return "other";
    }
}

/* ---- the syscall test (boot CPU, no preemption: the output order is fixed) ---- */

void test_syscalls(void)
{
    struct cpu *c = &cpus[0];
    unsigned long used0 = pages_in_use();
    long kaddr = (long)&fdt;
    struct { uintptr_t fn; long a0, a1; int want_exit, want_kill; uintptr_t want_tval; } t[9] = {
        { (uintptr_t)uprog_hello, 3, 0, 101, 0, 0 },
        { (uintptr_t)uprog_hello, 3, 0, 102, 0, 0 },
        { (uintptr_t)uprog_errors, kaddr, 0, 0, 0, 0 },
        { (uintptr_t)uprog_priv, 0, 0, 0, CAUSE_ILLEGAL_INSN, 0 },
        { (uintptr_t)uprog_priv, 1, 0, 0, CAUSE_ILLEGAL_INSN, 0 },
        { (uintptr_t)uprog_priv, 2, 0, 0, CAUSE_ILLEGAL_INSN, 0 },
        { (uintptr_t)uprog_kread, kaddr, 0, 0, CAUSE_LOAD_PAGE_FAULT, (uintptr_t)kaddr },
        { (uintptr_t)uprog_kread, 0, 1, 0, CAUSE_STORE_PAGE_FAULT, USER_TEXT_VA },
        { (uintptr_t)uprog_kread, 0, 2, 0, CAUSE_FETCH_PAGE_FAULT, USER_DATA_VA },
    };
    const int n = 9;
    struct proc *p[9];
    next_pid = 1;
    c->slice = 0;
    for (int i = 0; i < n; i++) {
        p[i] = proc_create(c, t[i].fn, t[i].a0, t[i].a1, 0, 0, NULL);
        if (!p[i]) {
            runq_clear(c);
            test_fail("syscalls", "cannot create process %d", i + 1);
            return;
        }
    }
    sched_run(c);
    const char *bad = NULL;
    int bad_pid = 0;
    for (int i = 0; i < n; i++) {
        if (p[i]->killed) {
            int cause = p[i]->killed - 1;
            printf("syscalls: pid %d killed: %s\n", p[i]->pid, cause_name(cause));
            if (cause != t[i].want_kill || (t[i].want_tval && p[i]->kill_tval != t[i].want_tval)) {
                bad = "killed unexpectedly (or wrong stval)";
                bad_pid = p[i]->pid;
            }
        } else {
            printf("syscalls: pid %d exited with %d\n", p[i]->pid, p[i]->exit_code);
            if (t[i].want_kill || p[i]->exit_code != t[i].want_exit) {
                bad = t[i].want_kill ? "was not killed" : "wrong exit code";
                bad_pid = p[i]->pid;
            }
        }
    }
    runq_clear(c);
    if (!bad && pages_in_use() != used0)
        bad = "pages leaked";
    if (bad)
        test_fail("syscalls", "pid %d: %s", bad_pid, bad);
    else
        test_pass("syscalls");
}

/* ---- preemption ---- */

/* n spinning processes on CPU c, each round needing all of them: returns
 * true if all exited 0. */
static bool run_spinners(struct cpu *c, int n, int rounds, unsigned long *preempts,
                         unsigned long *switches, const char **why)
{
    long *shared = page_alloc();
    if (!shared) {
        *why = "out of memory";
        return false;
    }
    c->slice = ms_ticks(1) ? ms_ticks(1) : 1;
    struct proc *p[4];
    for (int i = 0; i < n; i++) {
        p[i] = proc_create(c, (uintptr_t)uprog_spin, i, n, rounds, USER_SHARED_VA, shared);
        if (!p[i]) {
            runq_clear(c);
            page_free(shared);
            *why = "cannot create a process";
            return false;
        }
    }
    sched_run(c);
    c->slice = 0;
    bool ok = true;
    for (int i = 0; i < n; i++) {
        if (p[i]->killed) {
            *why = "a process was killed";
            ok = false;
        } else if (p[i]->exit_code == 99) {
            *why = "user registers corrupted across a preemption";
            ok = false;
        } else if (p[i]->exit_code != 0) {
            *why = "a process gave up waiting (no preemption?)";
            ok = false;
        } else if (shared[i] != rounds) {
            *why = "a process did not finish its rounds";
            ok = false;
        }
    }
    if (ok && c->preemptions < (unsigned long)rounds) {
        *why = "too few timer preemptions";
        ok = false;
    }
    *preempts = c->preemptions;
    *switches = c->switches;
    runq_clear(c);
    page_free(shared);
    return ok;
}

void test_preemption(void)
{
    struct cpu *c = &cpus[0];
    const char *why = NULL;
    unsigned long pre = 0, sw = 0, used0 = pages_in_use();
    next_pid = 1;
    uint64_t t0 = rdtime();
    bool ok = run_spinners(c, 3, 5, &pre, &sw, &why);
    uint64_t t1 = rdtime();
    printf("INFO preemption: 3 processes x 5 rounds, %lu timer preemptions, %lu context switches, "
           "%lu ticks\n", pre, sw, (unsigned long)(t1 - t0));
    if (ok && pages_in_use() != used0) {
        ok = false;
        why = "pages leaked";
    }
    if (ok)
        test_pass("preemption");
    else
        test_fail("preemption", "%s", why);
}

bool percpu_processes(struct cpu *c, int rounds, unsigned long *preempts)
{
    const char *why = NULL;
    unsigned long sw;
    return run_spinners(c, 2, rounds, preempts, &sw, &why);
}
