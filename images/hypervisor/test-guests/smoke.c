/*
 * smoke: a small VS-mode test guest for the hypervisor (a stand-in until
 * images/guests/testos.bin exists, and a quick smoke test after).  Checks
 * the SBI (base, DBCN, TIME, HSM, IPI, RFENCE), the device tree, the virtual
 * PLIC and that hypervisor-only instructions trap as illegal, prints
 * PASS/FAIL lines, and shuts its VM down.
 */
#include "glib.h"

#define EXT_BASE 0x10
#define EXT_TIME 0x54494d45
#define EXT_IPI  0x735049
#define EXT_RFNC 0x52464e43
#define EXT_HSM  0x48534d
#define EXT_SRST 0x53525354
#define EXT_DBCN 0x4442434e
#define PLIC     0x0c000000UL
#define REG32(a) (*(volatile u32 *)(a))

extern char _secondary[];
static volatile u64 timer_fired, timer_at;
static volatile u64 ipis[4];
static volatile int started[4];
static volatile u64 start_arg[4];
static volatile int stop_req;
static volatile u64 ext_irqs, ext_id, ext_iir;
#define UART ((volatile u8 *)0x10000000UL)

static int vcpu(void) { u64 t; __asm__ volatile("mv %0, tp" : "=r"(t)); return (int)t; }

void trap(struct frame *f)
{
	(void)f;
	u64 cause = csr_read(scause);
	if ((long)cause < 0) {
		switch (cause & 0xff) {
		case 5:
			timer_at = now();
			timer_fired++;
			sbi(EXT_TIME, 0, ~0UL, 0, 0);
			break;
		case 1:
			csr_clear(sip, 2);
			ipis[vcpu()]++;
			break;
		case 9: {
			u64 ctx = 2 * vcpu() + 1;
			u32 id = REG32(PLIC + 0x200004 + 0x1000 * ctx);
			if (id == 10)
				ext_iir = UART[2];      /* acknowledges THR empty */
			ext_id = id;
			ext_irqs++;
			REG32(PLIC + 0x200004 + 0x1000 * ctx) = id;
			break;
		}
		default:
			printf("FAIL unexpected interrupt %lx\n", cause);
			failures++;
			csr_clear(sie, 1UL << (cause & 0xff));
		}
		return;
	}
	trap_cause = cause;
	trap_tval = csr_read(stval);
	trap_count++;
	u64 epc = csr_read(sepc);
	if (!expect_trap) {
		printf("FAIL unexpected trap: cause %lu at pc %lx, tval %lx\n", cause, epc, trap_tval);
		sbi(EXT_SRST, 0, 0, 1, 0);
	}
	unsigned short insn = *(volatile unsigned short *)epc;
	csr_write(sepc, epc + ((insn & 3) == 3 ? 4 : 2));
}

void secondary_main(u64 id, u64 arg)
{
	start_arg[id] = arg;
	csr_set(sie, 2);          /* SSIE */
	started[id] = 1;
	/* Interrupts stay off around the check and the wfi (which wakes on a
	 * pending interrupt anyway); they are taken in the short window after. */
	while (!stop_req) {
		__asm__ volatile("wfi");
		csr_set(sstatus, 2);
		csr_clear(sstatus, 2);
	}
	sbi(EXT_HSM, 1, 0, 0, 0);
	printf("FAIL vCPU %d: hart_stop returned\n", (int)id);
}

static u32 be32(const void *p)
{
	const u8 *b = p;
	return (u32)b[0] << 24 | (u32)b[1] << 16 | (u32)b[2] << 8 | b[3];
}

static void test_timer(void)
{
	u64 tb = 10000000, n = 5, got = 0, worst = 0;
	csr_set(sie, 1UL << 5);
	for (u64 i = 0; i < n; i++) {
		u64 before = timer_fired, when = now() + tb / 1000;   /* 1 ms */
		sbi(EXT_TIME, 0, when, 0, 0);
		u64 limit = now() + tb;
		while (timer_fired == before && now() < limit) {
			__asm__ volatile("wfi");
			csr_set(sstatus, 2);
			csr_clear(sstatus, 2);
		}
		if (timer_fired != before) {
			got++;
			if (timer_at - when > worst)
				worst = timer_at - when;
		}
	}
	csr_clear(sstatus, 2);
	printf("smoke: timer: %lu of %lu interrupts, latest %lu us after the deadline\n", got, n, worst / 10);
	check(got == n, "timer interrupts via SBI set_timer");
}

static void test_smp(int ncpu)
{
	for (int i = 1; i < ncpu; i++) {
		struct sbiret r = sbi(EXT_HSM, 0, (u64)i, (u64)_secondary, 0x1234 + i);
		check(r.error == 0, "HSM hart_start");
		u64 limit = now() + 10000000;
		while (!started[i] && now() < limit)
			;
		check(started[i] && start_arg[i] == 0x1234UL + i, "secondary vCPU runs with its opaque argument");
		check(sbi(EXT_HSM, 2, (u64)i, 0, 0).value == 0, "HSM status: started");
		check(sbi(EXT_HSM, 0, (u64)i, (u64)_secondary, 0).error == -6, "HSM start again: already available");
	}
	if (ncpu < 2)
		return;
	u64 got = 0, worst = 0;
	for (int k = 0; k < 10; k++) {
		u64 before = ipis[1], t0 = now();
		sbi(EXT_IPI, 0, 1UL << 1, 0, 0);
		u64 limit = t0 + 10000000;
		while (ipis[1] == before && now() < limit)
			;
		if (ipis[1] != before) {
			got++;
			if (now() - t0 > worst)
				worst = now() - t0;
		}
	}
	printf("smoke: IPI: %lu of 10 delivered, slowest round %lu us\n", got, worst / 10);
	check(got == 10, "IPIs to the other vCPU");
	check(sbi(EXT_IPI, 0, 1UL << 7, 0, 0).error == -3, "IPI to a vCPU the VM lacks: invalid param");
	check(sbi(EXT_RFNC, 0, 3, 0, 0).error == 0, "RFENCE remote fence.i");
	check(sbi(EXT_RFNC, 1, ~0UL, ~0UL, 0).error == 0, "RFENCE remote sfence.vma (all)");
	stop_req = 1;
	sbi(EXT_IPI, 0, 1UL << 1, 0, 0);      /* wake it from wfi */
	u64 limit = now() + 10000000;
	while (sbi(EXT_HSM, 2, 1, 0, 0).value != 1 && now() < limit)
		;
	check(sbi(EXT_HSM, 2, 1, 0, 0).value == 1, "secondary stopped with hart_stop");
}

static void test_plic(void)
{
	REG32(PLIC + 4 * 5) = 3;
	check(REG32(PLIC + 4 * 5) == 3, "vPLIC priority write/read");
	REG32(PLIC + 0x2000 + 0x80 * 1) = 0xffffffff;
	check(REG32(PLIC + 0x2000 + 0x80 * 1) == 0xfffffffe, "vPLIC enable (source 0 is not there)");
	REG32(PLIC + 0x200000 + 0x1000 * 1) = 2;
	check(REG32(PLIC + 0x200000 + 0x1000 * 1) == 2, "vPLIC threshold");
	check(REG32(PLIC + 0x200004 + 0x1000 * 1) == 0, "vPLIC claim with nothing pending");
	check(REG32(PLIC + 0x200000 + 0x1000 * 9) == 0, "vPLIC context the VM lacks reads 0");
	volatile u8 *b = (volatile u8 *)PLIC;
	expect_trap = 1;
	u64 c = trap_count;
	(void)b[4];
	check(trap_count == c + 1 && trap_cause == 5, "byte access to the vPLIC: load access fault");
	expect_trap = 0;
	REG32(PLIC + 0x2000 + 0x80 * 1) = 0;
}

static void test_uart(void)
{
	const char *msg = "smoke: this line came through the virtual UART\n";
	for (const char *p = msg; *p; p++) {
		while (!(UART[5] & 0x20))
			;
		UART[0] = (u8)*p;
	}
	UART[7] = 0x5a;
	check(UART[7] == 0x5a && (UART[5] & 0x60) == 0x60, "virtual UART registers");
	/* THR-empty interrupt: UART -> virtual PLIC source 10 -> hvip.VSEIP */
	u64 ctx = 2 * vcpu() + 1;
	REG32(PLIC + 4 * 10) = 1;
	REG32(PLIC + 0x2000 + 0x80 * ctx) = 1u << 10;
	REG32(PLIC + 0x200000 + 0x1000 * ctx) = 0;
	ext_irqs = 0;
	csr_set(sie, 1UL << 9);
	csr_set(sstatus, 2);
	UART[1] = 0x02;
	u64 limit = now() + 10000000;
	while (!ext_irqs && now() < limit)
		;
	for (int i = 0; i < 1000; i++)     /* and no second one */
		__asm__ volatile("nop");
	csr_clear(sstatus, 2);
	printf("smoke: external interrupts: %lu, source %lu, IIR 0x%lx\n", ext_irqs, ext_id, ext_iir);
	check(ext_irqs == 1 && ext_id == 10 && (ext_iir & 0x0f) == 0x02,
	      "UART THR-empty interrupt through the virtual PLIC (VSEIP)");
	UART[1] = 0;
	REG32(PLIC + 0x2000 + 0x80 * ctx) = 0;
	csr_clear(sie, 1UL << 9);
}

/* The value of a property anywhere in the device tree, or -1. */
static long dt_u32(const u8 *dtb, const char *prop)
{
	const u8 *st = dtb + be32(dtb + 8);
	const char *strs = (const char *)dtb + be32(dtb + 12);
	for (u32 off = 0; off < be32(dtb + 36);) {
		u32 tok = be32(st + off);
		off += 4;
		if (tok == 1) {
			const char *n = (const char *)st + off;
			u32 len = 0;
			while (n[len])
				len++;
			off += (len + 4) & ~3u;
		} else if (tok == 3) {
			u32 len = be32(st + off);
			const char *name = strs + be32(st + off + 4);
			const char *a = name, *b = prop;
			while (*a && *a == *b)
				a++, b++;
			if (*a == *b && len == 4)
				return be32(st + off + 8);
			off += 8 + ((len + 3) & ~3u);
		} else if (tok == 9) {
			break;
		}
	}
	return -1;
}

static void test_traps(void)
{
	u64 c = trap_count;
	expect_trap = 1;
	u64 v;
	__asm__ volatile("csrr %0, hgatp" : "=r"(v));
	check(trap_count == c + 1 && trap_cause == 2, "hgatp from VS: illegal instruction");
	__asm__ volatile("csrr %0, mstatus" : "=r"(v));
	check(trap_count == c + 2 && trap_cause == 2, "mstatus from VS: illegal instruction");
	expect_trap = 0;
}

int main(u64 id, u64 dtb)
{
	printf("smoke: vCPU %d up, DTB at 0x%lx\n", (int)id, dtb);
	check(be32((void *)dtb) == 0xd00dfeed, "device tree in a1");
	check(sbi(EXT_BASE, 0, 0, 0, 0).value == 0x02000000, "SBI spec version 2.0");
	int all = 1;
	u64 exts[] = { EXT_TIME, EXT_IPI, EXT_RFNC, EXT_HSM, EXT_SRST, EXT_DBCN };
	for (int i = 0; i < 6; i++)
		all &= sbi(EXT_BASE, 3, exts[i], 0, 0).value == 1;
	check(all && sbi(EXT_BASE, 3, 0x12345, 0, 0).value == 0, "SBI probe_extension");
	puts_dbcn("smoke: this line came through SBI DBCN console_write\n");
	check(sbi(EXT_DBCN, 0, 4, 0x10000, 0).error == -3, "DBCN write from outside the VM: invalid param");
	int ncpu = 0;
	while (ncpu < 8 && sbi(EXT_HSM, 2, (u64)ncpu, 0, 0).error == 0)
		ncpu++;
	printf("smoke: %d vCPUs\n", ncpu);
	long boot = dt_u32((const u8 *)dtb, "hartsim,boot-count");
	if (ncpu == 1 && boot == 1) {
		printf("smoke: boot %ld: rebooting with SRST\n", boot);
		sbi(EXT_SRST, 0, 1, 0, 0);
		printf("FAIL SRST reboot returned\n");
	}
	if (ncpu == 1)
		check(boot == 2, "SRST cold reboot of this VM alone (boot count 2)");
	test_timer();
	test_smp(ncpu);
	test_plic();
	test_uart();
	test_traps();
	printf("smoke: %s (%d failures)\n", failures ? "FAIL" : "PASS all", failures);
	sbi(EXT_SRST, 0, 0, failures ? 1 : 0, 0);
	return 0;
}
