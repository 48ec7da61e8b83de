/* The hypervisor's declarations, shared by every C file. */
#ifndef HV_H
#define HV_H

/* Everything is defined inside the image: with -fPIE, hidden visibility
 * lets the compiler address globals PC-relatively (no GOT). */
#pragma GCC visibility push(hidden)

#include <stdarg.h>
#include "types.h"
#include "riscv.h"
#include "layout.h"
#include "ctx.h"

#define MAX_VMS    4
#define MAX_VCPUS  4

/* ------------------------------------------------------------ lib.c */
void *memset(void *d, int c, size_t n);
void *memcpy(void *d, const void *s, size_t n);
void *memmove(void *d, const void *s, size_t n);
int memcmp(const void *a, const void *b, size_t n);
size_t strlen(const char *s);
int strcmp(const char *a, const char *b);
int strncmp(const char *a, const char *b, size_t n);
int vsnprintf(char *buf, size_t size, const char *fmt, va_list ap);
int snprintf(char *buf, size_t size, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* Print a message from the hypervisor: "[hv] " + text, as whole lines. */
void pr(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void panic(const char *fmt, ...) __attribute__((noreturn, format(printf, 1, 2)));

typedef struct { volatile u32 v; } spinlock_t;
void spin_lock(spinlock_t *l);
void spin_unlock(spinlock_t *l);

static inline u32 atomic_or(volatile u32 *p, u32 v)
{
	u32 old;
	__asm__ volatile("amoor.w.aqrl %0, %2, %1" : "=r"(old), "+A"(*p) : "r"(v) : "memory");
	return old;
}
static inline u32 atomic_swap(volatile u32 *p, u32 v)
{
	u32 old;
	__asm__ volatile("amoswap.w.aqrl %0, %2, %1" : "=r"(old), "+A"(*p) : "r"(v) : "memory");
	return old;
}
static inline u32 atomic_add(volatile u32 *p, u32 v)
{
	u32 old;
	__asm__ volatile("amoadd.w.aqrl %0, %2, %1" : "=r"(old), "+A"(*p) : "r"(v) : "memory");
	return old;
}
static inline u64 rdtime(void) { return csr_read(time); }

/* ------------------------------------------------------------ sbi.c */
struct sbiret { long error; long value; };
#define SBI_SUCCESS             0
#define SBI_ERR_FAILED         -1
#define SBI_ERR_NOT_SUPPORTED  -2
#define SBI_ERR_INVALID_PARAM  -3
#define SBI_ERR_DENIED         -4
#define SBI_ERR_INVALID_ADDRESS -5
#define SBI_ERR_ALREADY_AVAILABLE -6
#define SBI_ERR_ALREADY_STARTED -7
#define SBI_ERR_ALREADY_STOPPED -8

#define SBI_EXT_BASE  0x10
#define SBI_EXT_TIME  0x54494d45
#define SBI_EXT_IPI   0x735049
#define SBI_EXT_RFNC  0x52464e43
#define SBI_EXT_HSM   0x48534d
#define SBI_EXT_SRST  0x53525354
#define SBI_EXT_DBCN  0x4442434e

struct sbiret sbi_call(u64 ext, u64 fid, u64 a0, u64 a1, u64 a2);
void sbi_send_ipi_hart(int hartid);
void sbi_set_timer(u64 when);
long sbi_hart_start(int hartid, u64 addr, u64 opaque);
void sbi_poweroff(bool failure) __attribute__((noreturn));

struct vcpu;
void sbi_guest_call(struct vcpu *v);

/* ------------------------------------------------------------ fdt.c */
struct host_info {
	int nharts;
	int hart_ids[MAX_HARTS];
	u64 ram_base, ram_size;
	u32 timebase;
	char isa[128];          /* riscv,isa of the first cpu */
	u32 dtb_size;
	u64 initrd_start, initrd_end;   /* /chosen linux,initrd-*; both 0 if none */
};
int fdt_parse_host(const void *fdt, struct host_info *hi);

struct fdt_builder {
	u8 st[6144];            /* structure block */
	char str[1024];         /* strings block */
	u32 st_len, str_len;
	bool overflow;
};
void fdt_begin(struct fdt_builder *b);
void fdt_node(struct fdt_builder *b, const char *name);
void fdt_end_node(struct fdt_builder *b);
void fdt_prop(struct fdt_builder *b, const char *name, const void *val, u32 len);
void fdt_prop_u32(struct fdt_builder *b, const char *name, u32 v);
void fdt_prop_cells(struct fdt_builder *b, const char *name, const u32 *cells, int n);
void fdt_prop_str(struct fdt_builder *b, const char *name, const char *s);
void fdt_prop_empty(struct fdt_builder *b, const char *name);
u32 fdt_finish(struct fdt_builder *b, void *dst, u32 cap);   /* blob size, 0 if it does not fit */

/* ------------------------------------------------------------ mm.c */
void mm_init(u64 start, u64 end);
void mm_reserve(u64 start, u64 end);           /* keep [start, end) out of the allocator */
u64 page_alloc(u64 npages, u64 align_pages);   /* zeroed; panics when out of memory */
u64 page_alloc_dirty(u64 npages, u64 align_pages);   /* not zeroed; 0 when out of memory */
void mm_zero(u64 pa, u64 size);
u64 mm_free_pages(void);
void hs_paging_init(u64 load_pa, u64 ram_base, u64 ram_size);
void hs_paging_enable(void);
u64 gstage_create(void);
void gstage_map(u64 root, u64 gpa, u64 hpa, u64 size, u64 flags);
extern u64 hv_load_pa;     /* physical address of _start */
static inline u64 va_to_pa(const void *p) { return (u64)p - HV_VOFF; }

/* ------------------------------------------------------------ hart state */
/* Requests that one hart posts to another (hart.req), then it sends an IPI. */
#define REQ_VSSIP     (1u << 0)   /* inject a guest IPI: hvip.VSSIP */
#define REQ_START     (1u << 1)   /* a vCPU of this hart became START_PENDING */
#define REQ_STOP      (1u << 2)   /* its VM is going down: stop the vCPU */
#define REQ_FENCE     (1u << 3)   /* fence.i + hfence.vvma for the guest (SBI RFENCE) */
#define REQ_VSEIP     (1u << 4)   /* re-evaluate the virtual PLIC's VSEIP */
#define REQ_POWEROFF  (1u << 5)   /* the machine is going down: park */

struct hart {
	int id;
	volatile int online;
	struct vcpu *vcpu;          /* the vCPU pinned here, or NULL */
	volatile u32 req;
	volatile u32 fence_req, fence_done;
	volatile int fault_expected;   /* hv_probe: a trap here is expected */
	volatile u64 fault_cause;
	u64 timer;                  /* hypervisor timer deadline (no-Sstc fallback) */
};
extern struct hart harts[MAX_HARTS];
static inline struct hart *this_hart(void)
{
	struct hart *h;
	__asm__ volatile("mv %0, tp" : "=r"(h));
	return h;
}
void hart_post(struct hart *h, u32 req);
void hart_poll(void);   /* serve this hart's own requests while it waits */

/* What the hypervisor found out about the machine. */
struct hv_features {
	bool sstc;          /* stimecmp works in HS */
	bool vstc;          /* henvcfg.STCE sticks: guests get vstimecmp */
	u32 vmid_bits;
	u32 timebase;
	int boot_how;       /* BOOT_FW or BOOT_PAYLOAD */
	int boot_hart;
};
extern struct hv_features hv;

/* ------------------------------------------------------------ vm.c */
enum vcpu_state { VCPU_STARTED = 0, VCPU_STOPPED = 1, VCPU_START_PENDING = 2 };
enum vm_state { VM_RUNNING, VM_OFF, VM_STOPPED, VM_REBOOTING, VM_NOT_RUN };
enum vm_expect { EXPECT_SHUTDOWN, EXPECT_STOPPED };

#define VPLIC_NDEV     0x60            /* sources 1..0x5f, as QEMU virt's PLIC */
#define VPLIC_WORDS    4
#define VPLIC_CONTEXTS (2 * MAX_VCPUS) /* 2v = vCPU v's M context (inert), 2v+1 = S */

struct vplic {
	spinlock_t lock;
	u32 prio[VPLIC_WORDS * 32];
	u32 pending[VPLIC_WORDS];
	u32 claimed[VPLIC_WORDS];
	u32 level[VPLIC_WORDS];        /* level-triggered sources' lines */
	bool line[MAX_VCPUS];          /* last S-context line told to each vCPU */
	u32 enable[VPLIC_CONTEXTS][VPLIC_WORDS];
	u32 threshold[VPLIC_CONTEXTS];
	u32 bad_accesses;
};

/* A VM table entry (config.c).  No pointers: the image must stay free of
 * stored addresses to be position independent. */
enum guest_image { GUEST_TESTOS, GUEST_ATTACKER, GUEST_LINUX };
/* The emulated NS16550A (vuart.c). */
struct vuart {
	u8 ier, lcr, mcr, fcr, scr, dll, dlm;
	bool thre_pending;
};

struct vm_config {
	char name[16];
	int image;                     /* enum guest_image: raw, loaded at gpa_base (a Linux
					* Image: at gpa_base + its header's text_offset) */
	u64 gpa_base, mem_size;
	int ncpus;                     /* 0: one vCPU per hart of the machine, vCPU i on the
					* i-th hart of its device tree (harts[] unused) */
	int harts[MAX_VCPUS];          /* vCPU i runs on physical hart harts[i] */
	int expect;                    /* how its run should end (summary, exit code) */
	char bootargs[64];             /* /chosen/bootargs, if not empty */
	/* A passthrough device (pt_size 0: none): its pages mapped into the
	 * G-stage at the same address, its PLIC source owned by this VM and
	 * routed into its virtual PLIC.  Only the goldfish RTC is described in
	 * the device tree (RTC_BASE). */
	u64 pt_base, pt_size;
	u32 pt_irq;
};
void guest_image(int which, const u8 **start, const u8 **end);
void guest_layout(int which, u64 *load_off, u64 *span);
extern const struct vm_config vm_configs[];
extern const int vm_config_count;
extern const struct vm_config linux_vm_config;

/* A RISC-V Linux Image (Documentation/riscv/boot-image-header.rst): where
 * it wants to be (text_offset from the RAM base) and how much memory it
 * occupies once running (image_size, .bss included). */
struct linux_image {
	const u8 *start, *end;         /* the file, in the initrd */
	u64 text_offset, image_size;
};
bool linux_image_probe(const u8 *p, u64 len, struct linux_image *li);
void linux_image_set(const struct linux_image *li);

struct vcpu {
	struct guest_ctx ctx;          /* first: entry.S */
	struct vm *vm;
	int id;                        /* as the guest sees it (its hartid) */
	int hart;
	volatile u32 state;            /* enum vcpu_state, SBI HSM numbering */
	u64 start_addr, start_arg;
	u64 timer;                     /* guest deadline (no-vstimecmp fallback) */
	/* statistics */
	u64 exits, ecalls, mmio, vinst, illegal, irqs, ipis_in, timer_sets;
	u64 mmio_htinst, mmio_hlvx;    /* how the faulting instruction was found */
};

struct vm {
	int id;
	const struct vm_config *cfg;
	u64 gpa_base, mem_size, hpa_base;
	u64 load_off, image_len, image_span;   /* image at gpa_base + load_off; span incl. .bss */
	u64 dtb_gpa;
	u32 dtb_size;
	u64 hgatp;
	int ncpus;
	struct vcpu vcpus[MAX_VCPUS];
	volatile int state;            /* enum vm_state */
	spinlock_t lock;
	long reset_reason;             /* SRST reason of the last shutdown */
	u64 fault_gpa, fault_pc, fault_cause;
	int boots;
	volatile bool loaded;          /* RAM holds this boot's image and DTB */
	struct vplic plic;
	struct vuart uart;
	volatile u32 pt_claimed;       /* its passthrough source is claimed on the physical PLIC */
	u64 pt_irqs;                   /* passthrough interrupts routed in */
	/* console */
	char out[200];
	u32 outlen;
	u8 in[256];
	volatile u32 in_head, in_tail;
};
extern struct vm vms[MAX_VMS];
extern int nvms;

void vms_create(const struct vm_config *table, int count);
void hart_run(struct hart *h) __attribute__((noreturn));
void vm_stop(struct vm *vm, int new_state);
void vm_reboot(struct vm *vm);
void vcpu_halt(struct vcpu *v);
void vcpu_inject_exception(struct vcpu *v, u64 cause, u64 tval);
void vcpu_set_timer(struct vcpu *v, u64 when);
void hv_timer_irq(void);
u64 hv_probe_hlvx_hu(u64 addr, bool *ok);
void hv_run_guest(struct guest_ctx *ctx);

/* ------------------------------------------------------------ vplic.c */
bool vplic_mmio(struct vcpu *v, u64 off, int width, bool write, u64 *val);
void vplic_update(struct vm *vm);
void vplic_eval_local(struct vcpu *v);
void vplic_reset(struct vplic *p);
void vplic_set_level(struct vm *vm, u32 irq, bool level);

/* ------------------------------------------------------------ vuart.c */
bool vuart_mmio(struct vcpu *v, u64 off, int width, bool write, u64 *val);
void vuart_update(struct vm *vm);

/* ------------------------------------------------------------ mmio.c */
void guest_page_fault(struct vcpu *v);
void guest_violation(struct vcpu *v, const char *what, u64 addr);

/* ------------------------------------------------------------ console.c */
void console_init(void);
void console_irq_init(int hartid);
void console_irq(int hartid);
void console_lock(void);
void console_unlock(void);
void console_puts_locked(const char *s);
void console_guest_putc(struct vm *vm, char c);
int console_guest_getc(struct vm *vm);
void console_guest_flush(struct vm *vm);
void console_poll_input(void);
void console_set_focus(int vm);
void passthrough_irq_init(int hartid);
void passthrough_complete(struct vm *vm);

/* ------------------------------------------------------------ main.c */
void hv_main(u64 hartid, u64 dtb, u64 how, u64 load_pa);
void hv_secondary(u64 hartid);
void hs_trap(struct hs_frame *f);
void hv_check_all_off(void);
void hv_dump(void);
extern volatile u32 hv_powering_off;

#endif
