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

/* The embedded images (guests.S), found with PC-relative code. */
void guest_image(int which, const u8 **start, const u8 **end)
{
	switch (which) {
	case GUEST_TESTOS:
		*start = guest_testos;
		*end = guest_testos_end;
		break;
	default:
		*start = guest_attacker;
		*end = guest_attacker_end;
		break;
	}
}
