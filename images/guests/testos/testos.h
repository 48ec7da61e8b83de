/* testos: the test OS's kernel-wide declarations. */
#ifndef TESTOS_H
#define TESTOS_H

#include "../lib/cpu.h"
#include "../lib/lib.h"
#include "../lib/sbi.h"
#include "user.h"

/* ---- main.c ---- */
extern struct fdt_info fdt;
extern int ncpus;
extern uint64_t timebase;            /* ticks per second */
extern int failures;
void test_pass(const char *name);
void test_fail(const char *name, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void panic(const char *fmt, ...) __attribute__((noreturn, format(printf, 1, 2)));
void timer_irq(struct cpu *c);
void ipi_irq(struct cpu *c);
uint64_t ms_ticks(unsigned ms);
bool timer_test_run(struct cpu *c, int n, uint32_t seed);

/* ---- vm.c ---- */
extern uint64_t *kernel_root;
extern unsigned long kernel_satp;
void pool_init(void);
void *page_alloc(void);
void page_free(void *p);
unsigned long pages_in_use(void);
int map_page(uint64_t *root, uintptr_t va, uintptr_t pa, uint64_t perm, int level);
uint64_t *pte_lookup(uint64_t *root, uintptr_t va, int *level);
void vm_init(void);
void test_paging(void);
uint64_t *root_clone_kernel(void);
void root_free_user(uint64_t *root);

/* Kernel test region (root index 1), never user-accessible from U */
#define ALIAS_BASE      0x40000000UL
#define ALIAS_RW        (ALIAS_BASE + 0x0000)
#define ALIAS_RO        (ALIAS_BASE + 0x1000)
#define ALIAS_NX        (ALIAS_BASE + 0x2000)
#define ALIAS_U         (ALIAS_BASE + 0x3000)
#define ALIAS_X         (ALIAS_BASE + 0x4000)
#define ALIAS_HOLE      (ALIAS_BASE + 0x5000)
#define ALIAS_WONLY     (ALIAS_BASE + 0x6000)
#define ALIAS_RF        (ALIAS_BASE + 0x10000)
#define ALIAS_MISALIGN  (ALIAS_BASE + 0x200000)   /* a misaligned megapage */

/* ---- proc.c ---- */
#define MAX_PROCS 16
enum { P_FREE, P_RUNNABLE, P_ZOMBIE };
struct proc {
    struct frame tf;
    int pid, state, exit_code;
    int killed;                      /* nonzero: killed by this scause + 1 */
    unsigned long kill_tval;
    uint64_t *root;
    unsigned long satp;
    void *pages[4];                  /* stack x2, data, (shared not owned) */
    unsigned long preempted, syscalls;
};
struct proc *proc_create(struct cpu *c, uintptr_t entry_sym, long a0, long a1, long a2,
                         long a3, void *shared_page);
void sched_run(struct cpu *c);       /* run c's processes until none is left */
void proc_destroy(struct proc *p);
uintptr_t user_va_of(void *user_sym);
void test_syscalls(void);
void test_preemption(void);
bool percpu_processes(struct cpu *c, int rounds, unsigned long *preempts);

/* ---- smp.c ---- */
void secondary_main(unsigned long hartid, unsigned long opaque);
void test_smp(void);
void test_ipi(void);
void test_rfence(void);
void test_hsm(void);

/* ---- rtc.c ---- */
void ext_irq(struct cpu *c);
void test_rtc(void);

#endif
