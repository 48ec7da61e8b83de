/*
 * mm.c: physical pages, the hypervisor's final page table and the guests'
 * G-stage tables.
 *
 * Physical pages: one bitmap over the free RAM after the image (up to the
 * machine's device tree); allocations are contiguous, aligned, zeroed.
 * RAM is identity mapped in HS, so a physical address is also a pointer.
 *
 * The final HS page table (Sv39) replaces sboot's giga-pages: the image at
 * HV_VBASE + offset with 4 KiB pages by permission (text R-X, rodata R--,
 * data and bss RW-; boot.S's firmware not at all), RAM identity RW- (no
 * execute: the hypervisor never runs guest memory), the UART and the PLIC.
 *
 * G-stage tables are Sv39x4: a 16 KiB root (2048 entries, GPA bits 40:30)
 * aligned to 16 KiB, then ordinary Sv39 levels; leaves carry U (required for
 * G-stage) and A/D preset.
 */
#include "hv.h"

u64 hv_load_pa;
static u64 mm_start, mm_npages, mm_used;
static u64 mm_bitmap[(2 * GiB / 4096) / 64];   /* up to 2 GiB of free RAM */
static u64 hs_root;

extern char _start[], _fw_end[], _text_start[], _text_end[], _rodata_end[], _image_end[];

void mm_init(u64 start, u64 end)
{
	mm_start = ALIGN_UP(start, 4096);
	mm_npages = (ALIGN_DOWN(end, 4096) - mm_start) / 4096;
	if (mm_npages > ARRAY_SIZE(mm_bitmap) * 64)
		mm_npages = ARRAY_SIZE(mm_bitmap) * 64;
}

/* Before the first allocation (boot hart): pages the allocator must not
 * hand out, such as the initrd the machine loaded into free RAM. */
void mm_reserve(u64 start, u64 end)
{
	if (end <= mm_start || start >= mm_start + mm_npages * 4096)
		return;
	u64 first = start <= mm_start ? 0 : (ALIGN_DOWN(start, 4096) - mm_start) / 4096;
	u64 last = (ALIGN_UP(end, 4096) - mm_start) / 4096;
	if (last > mm_npages)
		last = mm_npages;
	for (u64 i = first; i < last; i++)
		if (!(mm_bitmap[i / 64] & (1UL << (i % 64)))) {
			mm_bitmap[i / 64] |= 1UL << (i % 64);
			mm_used++;
		}
}

static bool page_used(u64 i)
{
	return mm_bitmap[i / 64] & (1UL << (i % 64));
}

void mm_zero(u64 pa, u64 size)
{
	u64 *p = (u64 *)pa, *e = (u64 *)(pa + size);
	for (; p < e; p += 8) {
		p[0] = 0; p[1] = 0; p[2] = 0; p[3] = 0;
		p[4] = 0; p[5] = 0; p[6] = 0; p[7] = 0;
	}
}

/* n pages aligned to align pages, or 0 when no such run is free. */
static u64 alloc(u64 n, u64 align, bool zero)
{
	static spinlock_t lock;
	spin_lock(&lock);
	u64 first = (ALIGN_UP(mm_start, align * 4096) - mm_start) / 4096;
	for (u64 i = first; i + n <= mm_npages; i += align) {
		u64 j = 0;
		while (j < n && !page_used(i + j))
			j++;
		if (j < n)
			continue;
		for (j = 0; j < n; j++)
			mm_bitmap[(i + j) / 64] |= 1UL << ((i + j) % 64);
		mm_used += n;
		spin_unlock(&lock);
		u64 pa = mm_start + i * 4096;
		if (zero)
			mm_zero(pa, n * 4096);
		return pa;
	}
	spin_unlock(&lock);
	return 0;
}

static u64 alloc_or_panic(u64 n, u64 align, bool zero)
{
	u64 pa = alloc(n, align, zero);
	if (!pa)
		panic("out of memory: %lu pages wanted, %lu of %lu in use\n", n, mm_used, mm_npages);
	return pa;
}

u64 page_alloc(u64 n, u64 align)
{
	return alloc_or_panic(n, align, true);
}

u64 page_alloc_dirty(u64 n, u64 align)
{
	return alloc(n, align, false);
}

u64 mm_free_pages(void)
{
	return mm_npages - mm_used;
}

/* ------------------------------------------------------------ tables */
static u64 *next_table(u64 *pte)
{
	if (!(*pte & PTE_V)) {
		u64 t = page_alloc(1, 1);
		*pte = (t >> 2) | PTE_V;
	} else if (*pte & (PTE_R | PTE_W | PTE_X)) {
		panic("page table: mapping over a large page\n");
	}
	return (u64 *)((*pte >> 10) << 12);
}

/* Map [va, va + size) to pa: 2 MiB pages where both are aligned, else 4 KiB.
 * x4: the root is Sv39x4's 2048-entry one. */
static void map(u64 root, bool x4, u64 va, u64 pa, u64 size, u64 flags)
{
	while (size) {
		u64 *l2 = (u64 *)root;
		u64 i2 = (va >> 30) & (x4 ? 0x7ff : 0x1ff);
		u64 *l1 = next_table(&l2[i2]);
		u64 *pte = &l1[(va >> 21) & 0x1ff];
		u64 step = 2 * MiB;
		if (((va | pa) & (2 * MiB - 1)) || size < 2 * MiB) {
			u64 *l0 = next_table(pte);
			pte = &l0[(va >> 12) & 0x1ff];
			step = 4096;
		}
		*pte = (pa >> 2) | flags | PTE_V | PTE_A | PTE_D;
		va += step;
		pa += step;
		size -= step;
	}
}

void hs_paging_init(u64 load_pa, u64 ram_base, u64 ram_size)
{
	hs_root = page_alloc(1, 1);
	u64 va_text = (u64)_text_start, va_text_end = (u64)_text_end;
	u64 va_ro_end = (u64)_rodata_end, va_end = (u64)_image_end;
	map(hs_root, false, va_text, va_to_pa(_text_start), va_text_end - va_text, PTE_R | PTE_X | PTE_G);
	map(hs_root, false, va_text_end, va_to_pa(_text_end), va_ro_end - va_text_end, PTE_R | PTE_G);
	map(hs_root, false, va_ro_end, va_to_pa(_rodata_end), va_end - va_ro_end, PTE_R | PTE_W | PTE_G);
	map(hs_root, false, ram_base, ram_base, ram_size, PTE_R | PTE_W | PTE_G);
	map(hs_root, false, UART0_BASE, UART0_BASE, 4096, PTE_R | PTE_W | PTE_G);
	map(hs_root, false, PLIC_BASE, PLIC_BASE, PLIC_SIZE, PTE_R | PTE_W | PTE_G);
	(void)load_pa;
}

void hs_paging_enable(void)
{
	mb();
	csr_write(satp, SATP_SV39 | (hs_root >> 12));
	sfence_vma_all();
}

u64 gstage_create(void)
{
	return page_alloc(4, 4);
}

void gstage_map(u64 root, u64 gpa, u64 hpa, u64 size, u64 flags)
{
	map(root, true, gpa, hpa, size, flags | PTE_U);
}
