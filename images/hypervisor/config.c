/*
 * config.c: the VM table.  Each entry: a name, the guest image (raw, linked
 * to run at gpa_base, embedded by guests.S, named by number because the
 * table holds no pointers), guest-physical RAM base and
 * size (2 MiB multiples), the vCPUs and the physical hart each is pinned
 * to (one vCPU per hart), and what the end of its run should look like.
 * Every VM gets the same devices: its RAM, a virtual PLIC at 0x0c00_0000
 * and an NS16550A at 0x1000_0000 (both emulated, the UART on the shared
 * console, interrupt 10) besides the SBI console.  A VM may also own one
 * passthrough device (pt_*): vm0 gets the goldfish RTC and its interrupt.
 *
 * The default: 3 VMs on 4 harts.
 *
 * When the machine's initrd holds a RISC-V Linux Image (main.c), the table
 * is linux_vm_config alone: one VM with a vCPU on every hart, the kernel
 * taken from the initrd.
 */
#include "hv.h"

extern const u8 guest_testos[], guest_testos_end[];
extern const u8 guest_attacker[], guest_attacker_end[];

const struct vm_config vm_configs[] = {
	{
		.name = "testos-smp",
		.image = GUEST_TESTOS,
		.gpa_base = 0x80000000, .mem_size = 32 * MiB,
		.ncpus = 2, .harts = { 0, 1 },
		.expect = EXPECT_SHUTDOWN,
		/* the goldfish RTC, passed through; its interrupt goes to vCPU 0's hart */
		.pt_base = RTC_BASE, .pt_size = 0x1000, .pt_irq = RTC_IRQ,
	},
	{
		.name = "testos-up",
		.image = GUEST_TESTOS,
		.gpa_base = 0x80000000, .mem_size = 32 * MiB,
		.ncpus = 1, .harts = { 2 },
		.expect = EXPECT_SHUTDOWN,
	},
	{
		.name = "attacker",
		.image = GUEST_ATTACKER,
		.gpa_base = 0x80000000, .mem_size = 16 * MiB,
		.ncpus = 1, .harts = { 3 },
		.expect = EXPECT_STOPPED,
	},
};
const int vm_config_count = ARRAY_SIZE(vm_configs);

const struct vm_config linux_vm_config = {
	.name = "linux",
	.image = GUEST_LINUX,
	.gpa_base = 0x80000000, .mem_size = 128 * MiB,
	.ncpus = 0,                     /* one vCPU per hart */
	.expect = EXPECT_SHUTDOWN,
	.bootargs = "console=ttyS0 earlycon",  /* earlycon: the UART of stdout-path */
};

/* The Linux kernel found in the initrd (set once by the boot hart). */
static struct linux_image linux_kernel;

#define IMAGE_MAGIC2  0x05435352u       /* "RSC\x05", the header's magic2 at 0x38 */

static u64 le64(const u8 *p)
{
	u64 v = 0;
	for (int i = 7; i >= 0; i--)
		v = (v << 8) | p[i];
	return v;
}

/* Is [p, p + len) a RISC-V Linux Image?  The 64-byte header: code0/code1,
 * text_offset (8), image_size (16), flags, version, reserved, magic
 * "RISCV\0\0\0" (48, deprecated) and magic2 "RSC\x05" (56). */
bool linux_image_probe(const u8 *p, u64 len, struct linux_image *li)
{
	if (len < 64 || (u32)le64(p + 56) != IMAGE_MAGIC2)
		return false;
	li->start = p;
	li->end = p + len;
	li->text_offset = le64(p + 8);
	li->image_size = le64(p + 16);
	if (li->image_size < len)
		li->image_size = len;
	return true;
}

void linux_image_set(const struct linux_image *li)
{
	linux_kernel = *li;
}

/* The embedded images (guests.S), found with PC-relative code, and Linux. */
void guest_image(int which, const u8 **start, const u8 **end)
{
	switch (which) {
	case GUEST_TESTOS:
		*start = guest_testos;
		*end = guest_testos_end;
		break;
	case GUEST_LINUX:
		*start = linux_kernel.start;
		*end = linux_kernel.end;
		break;
	default:
		*start = guest_attacker;
		*end = guest_attacker_end;
		break;
	}
}

/* Where an image goes in its VM's RAM (offset from gpa_base) and how much
 * RAM it occupies from there once running. */
void guest_layout(int which, u64 *load_off, u64 *span)
{
	const u8 *start, *end;
	guest_image(which, &start, &end);
	*load_off = 0;
	*span = (u64)(end - start);
	if (which == GUEST_LINUX) {
		*load_off = linux_kernel.text_offset;
		*span = linux_kernel.image_size;
	}
}
