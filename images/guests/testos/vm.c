/*
 * Physical pages and Sv39 page tables.
 *
 * The kernel maps RAM 1:1 (so a kernel address is also the physical address
 * SBI calls want): 2 MiB megapages, except in the megapage(s) holding the
 * image, where 4 KiB pages give text R+X, the user section and rodata R,
 * data/bss R+W and the code buffer (__codebuf, for the rfence test) R+W+X.
 * Root index 1 (VA 0x40000000..0x7fffffff) holds the paging tests'
 * mappings.  Root index 0 (VA below 1 GiB) is user space, private to each
 * process; a process root copies the kernel's other entries.
 */
#include "testos.h"

uint64_t *kernel_root;
unsigned long kernel_satp;

/* ---- the page pool: after the image, up to the end of RAM, skipping the DTB ---- */
static spinlock_t pool_lock;
static uintptr_t pool_next, pool_end, avoid_lo, avoid_hi;
static void *free_list;
static unsigned long in_use;
extern uintptr_t dtb_addr;

void pool_init(void)
{
    pool_next = ALIGN_UP((uintptr_t)_end, PAGE_SIZE);
    pool_end = ALIGN_DOWN(fdt.mem_base + fdt.mem_size, PAGE_SIZE);
    avoid_lo = ALIGN_DOWN(dtb_addr, PAGE_SIZE);
    avoid_hi = ALIGN_UP(dtb_addr + fdt.totalsize, PAGE_SIZE);
}

void *page_alloc(void)
{
    void *p = NULL;
    spin_lock(&pool_lock);
    if (free_list) {
        p = free_list;
        free_list = *(void **)p;
    } else {
        if (pool_next >= avoid_lo && pool_next < avoid_hi)
            pool_next = avoid_hi;
        if (pool_next + PAGE_SIZE <= pool_end) {
            p = (void *)pool_next;
            pool_next += PAGE_SIZE;
        }
    }
    if (p)
        in_use++;
    spin_unlock(&pool_lock);
    if (p)
        memset(p, 0, PAGE_SIZE);
    return p;
}

void page_free(void *p)
{
    if (!p)
        return;
    spin_lock(&pool_lock);
    *(void **)p = free_list;
    free_list = p;
    in_use--;
    spin_unlock(&pool_lock);
}

unsigned long pages_in_use(void)
{
    return __atomic_load_n(&in_use, __ATOMIC_RELAXED);
}

/* ---- page tables ---- */

/* Map one page of the given level (0 = 4 KiB, 1 = 2 MiB, 2 = 1 GiB);
 * perm 0 unmaps it. */
int map_page(uint64_t *root, uintptr_t va, uintptr_t pa, uint64_t perm, int level)
{
    uint64_t *table = root;
    for (int l = 2; l > level; l--) {
        uint64_t *pte = &table[VPN(va, l)];
        if (!(*pte & PTE_V)) {
            uint64_t *next = page_alloc();
            if (!next)
                return -1;
            *pte = PA_TO_PTE(next) | PTE_V;
        } else if (*pte & (PTE_R | PTE_W | PTE_X)) {
            return -1;                   /* a leaf is in the way */
        }
        table = (uint64_t *)PTE_TO_PA(*pte);
    }
    /* perm 0: no mapping (but the tables exist).  Leaves have A and D set,
     * so that no A/D update is ever needed. */
    uint64_t e = perm ? PA_TO_PTE(pa) | perm | PTE_V | PTE_A | PTE_D : 0;
    __atomic_store_n(&table[VPN(va, level)], e, __ATOMIC_RELEASE);
    return 0;
}

uint64_t *pte_lookup(uint64_t *root, uintptr_t va, int *level)
{
    uint64_t *table = root;
    for (int l = 2; l >= 0; l--) {
        uint64_t *pte = &table[VPN(va, l)];
        if (!(*pte & PTE_V))
            return NULL;
        if (*pte & (PTE_R | PTE_W | PTE_X)) {
            if (level)
                *level = l;
            return pte;
        }
        table = (uint64_t *)PTE_TO_PA(*pte);
    }
    return NULL;
}

static uint64_t kernel_perm(uintptr_t a)
{
    if (a >= (uintptr_t)__image_start && a < (uintptr_t)__text_end)
        return PTE_R | PTE_X;
    if (a >= (uintptr_t)__user_start && a < (uintptr_t)__data_start)
        return PTE_R;
    if (a >= (uintptr_t)__codebuf && a < (uintptr_t)__codebuf + PAGE_SIZE)
        return PTE_R | PTE_W | PTE_X;
    return PTE_R | PTE_W;
}

void vm_init(void)
{
    kernel_root = page_alloc();
    if (!kernel_root)
        panic("vm: no memory for the kernel page table");
    uintptr_t lo = ALIGN_DOWN(fdt.mem_base, PAGE_SIZE);
    uintptr_t hi = ALIGN_DOWN(fdt.mem_base + fdt.mem_size, PAGE_SIZE);
    uintptr_t img_lo = (uintptr_t)__image_start;
    uintptr_t img_hi = ALIGN_UP((uintptr_t)_end, PAGE_SIZE);
    for (uintptr_t a = lo; a < hi;) {
        if ((a & (MEGA_SIZE - 1)) == 0 && a + MEGA_SIZE <= hi &&
            (a + MEGA_SIZE <= img_lo || a >= img_hi)) {
            if (map_page(kernel_root, a, a, PTE_R | PTE_W, 1))
                panic("vm: cannot map %lx", a);
            a += MEGA_SIZE;
        } else {
            if (map_page(kernel_root, a, a, kernel_perm(a), 0))
                panic("vm: cannot map %lx", a);
            a += PAGE_SIZE;
        }
    }
    /* The test region's tables exist from the start, so that every process
     * root (which copies the root's entries) shares them. */
    if (map_page(kernel_root, ALIAS_HOLE + PAGE_SIZE * 64, 0, 0, 0))
        panic("vm: test region");
    kernel_satp = SATP_MODE_SV39 | ((uintptr_t)kernel_root >> PAGE_SHIFT);
    csr_write(satp, kernel_satp);
    sfence_vma_all();
}

uint64_t *root_clone_kernel(void)
{
    uint64_t *r = page_alloc();
    if (!r)
        return NULL;
    for (int i = 1; i < 512; i++)
        r[i] = kernel_root[i];
    return r;
}

/* Free the table pages of user space (root index 0) and the root. */
void root_free_user(uint64_t *root)
{
    if (root[0] & PTE_V) {
        uint64_t *l1 = (uint64_t *)PTE_TO_PA(root[0]);
        for (int i = 0; i < 512; i++)
            if ((l1[i] & PTE_V) && !(l1[i] & (PTE_R | PTE_W | PTE_X)))
                page_free((void *)PTE_TO_PA(l1[i]));
        page_free(l1);
    }
    page_free(root);
}

/* ---- the paging test ---- */

static uint32_t ret_insn_in_data = 0x00008067;   /* "ret", in a non-executable page */

static const char *fail_what;
static unsigned long fail_a, fail_b;

#define CHECK(cond, what, a, b) do { if (!(cond) && !fail_what) { \
        fail_what = (what); fail_a = (unsigned long)(a); fail_b = (unsigned long)(b); } } while (0)

/* Expect an access to trap with this cause and stval = va. */
static void expect_fault(int trapped, unsigned long cause, uintptr_t va, const char *what)
{
    struct cpu *c = this_cpu();
    CHECK(trapped, what, va, 0);
    if (trapped) {
        CHECK(c->trap_cause == cause, what, c->trap_cause, cause);
        CHECK(c->trap_tval == va, what, c->trap_tval, va);
    }
}

void test_paging(void)
{
    fail_what = NULL;
    uint64_t v;
    unsigned long used0 = pages_in_use();

    CHECK((csr_read(satp) >> 60) == 8, "satp mode is not Sv39", csr_read(satp), 0);

    uint64_t *A = page_alloc(), *B = page_alloc();
    if (!A || !B) {
        test_fail("paging", "out of memory");
        return;
    }
    A[0] = 0xa5a5a5a50000000aUL;
    B[0] = 0xb6b6b6b60000000bUL;
    ((uint32_t *)A)[0x100 / 4] = 0x00008067;   /* ret at offset 0x100 */
    fence_i();

    map_page(kernel_root, ALIAS_RW, (uintptr_t)A, PTE_R | PTE_W, 0);
    map_page(kernel_root, ALIAS_RO, (uintptr_t)A, PTE_R, 0);
    map_page(kernel_root, ALIAS_NX, (uintptr_t)A, PTE_R | PTE_W, 0);
    map_page(kernel_root, ALIAS_U, (uintptr_t)A, PTE_R | PTE_W | PTE_U, 0);
    map_page(kernel_root, ALIAS_X, (uintptr_t)A, PTE_R | PTE_X, 0);
    map_page(kernel_root, ALIAS_WONLY, (uintptr_t)A, PTE_W, 0);
    map_page(kernel_root, ALIAS_WONLY + PAGE_SIZE, (uintptr_t)A, PTE_X, 0);   /* execute-only */
    map_page(kernel_root, ALIAS_MISALIGN, (uintptr_t)A, PTE_R | PTE_W, 1);
    sfence_vma_all();

    /* 1. an alias sees the same memory, both ways */
    CHECK(*(volatile uint64_t *)ALIAS_RW == A[0], "alias read", *(volatile uint64_t *)ALIAS_RW, A[0]);
    *(volatile uint64_t *)(ALIAS_RW + 8) = 0x1122334455667788UL;
    CHECK(((volatile uint64_t *)A)[1] == 0x1122334455667788UL, "alias write", A[1], 0);

    /* 2. read-only: loads work, stores fault */
    CHECK(probe_load64(ALIAS_RO, &v) == 0 && v == A[0], "read-only page load", v, 0);
    expect_fault(probe_store64(ALIAS_RO, 1), CAUSE_STORE_PAGE_FAULT, ALIAS_RO, "store to read-only page");

    /* 3. execute permission */
    CHECK(probe_exec(ALIAS_X + 0x100) == 0, "execute from an R+X page", 0, 0);
    expect_fault(probe_exec(ALIAS_NX + 0x100), CAUSE_FETCH_PAGE_FAULT, ALIAS_NX + 0x100,
                 "execute from a non-executable page");
    expect_fault(probe_exec((uintptr_t)&ret_insn_in_data), CAUSE_FETCH_PAGE_FAULT,
                 (uintptr_t)&ret_insn_in_data, "execute from kernel data");

    /* 4. kernel text is not writable (stores the value already there) */
    uint64_t t = *(volatile uint64_t *)__image_start;
    expect_fault(probe_store64((uintptr_t)__image_start, t), CAUSE_STORE_PAGE_FAULT,
                 (uintptr_t)__image_start, "store to kernel text");

    /* 5. user pages from S-mode: only with SUM, never executable */
    expect_fault(probe_load64(ALIAS_U, &v), CAUSE_LOAD_PAGE_FAULT, ALIAS_U, "S load from a U page (SUM=0)");
    csr_set(sstatus, SSTATUS_SUM);
    CHECK(probe_load64(ALIAS_U, &v) == 0 && v == A[0], "S load from a U page (SUM=1)", v, 0);
    expect_fault(probe_exec(ALIAS_U + 0x100), CAUSE_FETCH_PAGE_FAULT, ALIAS_U + 0x100,
                 "S execute from a U page");
    csr_clear(sstatus, SSTATUS_SUM);

    /* 6. unmapped, reserved (W without R), execute-only (MXR), misaligned megapage,
     *    non-canonical address */
    expect_fault(probe_load64(ALIAS_HOLE, &v), CAUSE_LOAD_PAGE_FAULT, ALIAS_HOLE, "load from unmapped page");
    expect_fault(probe_store64(ALIAS_HOLE, 0), CAUSE_STORE_PAGE_FAULT, ALIAS_HOLE, "store to unmapped page");
    expect_fault(probe_load64(ALIAS_WONLY, &v), CAUSE_LOAD_PAGE_FAULT, ALIAS_WONLY, "load from W-only PTE");
    expect_fault(probe_store64(ALIAS_WONLY, 0), CAUSE_STORE_PAGE_FAULT, ALIAS_WONLY, "store to W-only PTE");
    expect_fault(probe_load64(ALIAS_WONLY + PAGE_SIZE, &v), CAUSE_LOAD_PAGE_FAULT,
                 ALIAS_WONLY + PAGE_SIZE, "load from X-only page (MXR=0)");
    csr_set(sstatus, SSTATUS_MXR);
    CHECK(probe_load64(ALIAS_WONLY + PAGE_SIZE, &v) == 0 && v == A[0], "load from X-only page (MXR=1)", v, 0);
    csr_clear(sstatus, SSTATUS_MXR);
    expect_fault(probe_load64(ALIAS_MISALIGN, &v), CAUSE_LOAD_PAGE_FAULT, ALIAS_MISALIGN,
                 "load through a misaligned megapage");
    expect_fault(probe_load64(0x0000004000000000UL, &v), CAUSE_LOAD_PAGE_FAULT,
                 0x0000004000000000UL, "load from a non-canonical address");

    /* 7. change a mapping: sfence.vma makes the new one visible */
    (void)*(volatile uint64_t *)ALIAS_RW;
    map_page(kernel_root, ALIAS_RW, (uintptr_t)B, PTE_R | PTE_W, 0);
    sfence_vma_va(ALIAS_RW);
    CHECK(*(volatile uint64_t *)ALIAS_RW == B[0], "remap + sfence.vma", *(volatile uint64_t *)ALIAS_RW, B[0]);

    /* 8. the last word of RAM is mapped */
    CHECK(probe_load64(fdt.mem_base + fdt.mem_size - 8, &v) == 0, "last word of RAM", 0, 0);

    /* clean up: unmap the test pages, give A and B back */
    for (uintptr_t va = ALIAS_RW; va <= ALIAS_WONLY + PAGE_SIZE; va += PAGE_SIZE) {
        uint64_t *pte = pte_lookup(kernel_root, va, NULL);
        if (pte)
            *pte = 0;
    }
    uint64_t *mp = pte_lookup(kernel_root, ALIAS_MISALIGN, NULL);
    if (mp)
        *mp = 0;
    sfence_vma_all();
    page_free(A);
    page_free(B);
    CHECK(pages_in_use() == used0, "page leak", pages_in_use(), used0);

    if (fail_what)
        test_fail("paging", "%s (0x%lx 0x%lx)", fail_what, fail_a, fail_b);
    else
        test_pass("paging");
}
