/*
 * smash: a stand-in attacker guest.  Floods the hypervisor with ecalls,
 * uses hypervisor and machine CSRs, pokes PLIC contexts it does not have,
 * hands the SBI bad addresses, then writes outside its own memory, which
 * must get it stopped: it never gets to say "still alive".
 */
#include "glib.h"

void trap(struct frame *f)
{
	(void)f;
	trap_cause = csr_read(scause);
	trap_count++;
	u64 epc = csr_read(sepc);
	unsigned short insn = *(volatile unsigned short *)epc;
	csr_write(sepc, epc + ((insn & 3) == 3 ? 4 : 2));
}

void secondary_main(u64 id, u64 arg) { (void)id; (void)arg; }

int main(u64 id, u64 dtb)
{
	(void)id; (void)dtb;
	printf("smash: attacker up\n");
	for (int i = 0; i < 20000; i++)
		sbi(0x10, 3, 0x735049, 0, 0);
	printf("smash: 20000 ecalls done\n");
	u64 v;
	__asm__ volatile("csrr %0, hgatp" : "=r"(v));
	__asm__ volatile("csrw hgatp, zero");
	__asm__ volatile("csrr %0, mstatus" : "=r"(v));
	__asm__ volatile("csrw satp, zero");  /* its own vsatp: fine */
	printf("smash: CSR attacks done, %lu traps\n", trap_count);
	*(volatile u32 *)(0x0c000000UL + 0x2000 + 0x80 * 7) = ~0u;     /* another hart's S context */
	*(volatile u32 *)(0x0c000000UL + 0x200000 + 0x1000 * 7) = 0;
	printf("smash: DBCN on the hypervisor: error %ld\n", sbi(0x4442434e, 0, 64, 0x80000000UL + 64 * 1024 * 1024, 0).error);
	printf("smash: HSM start of vCPU 3: error %ld\n", sbi(0x48534d, 0, 3, 0x80000000, 0).error);
	printf("smash: now writing outside my 16 MiB\n");
	*(volatile u64 *)(0x80000000UL + 16 * 1024 * 1024 + 0x1000) = 0xdead;
	printf("smash: still alive - FAIL\n");
	return 0;
}
