/* kernel_trap: every trap taken in S-mode (start.S's trap_vector). */
#include "cpu.h"
#include "lib.h"
#include "sbi.h"

void early_check(unsigned long dtb);

/*
 * Before .bss is cleared: a DTB inside [__bss_start, _end) would be wiped.
 * Report it through the legacy console (needs no state) and power off.
 */
void early_check(unsigned long dtb)
{
    if (dtb >= (uintptr_t)__bss_start && dtb < (uintptr_t)_end) {
        static const char msg[] = "FAIL boot: the device tree overlaps the guest's .bss\n";
        for (const char *p = msg; *p; p++)
            sbi_legacy(SBI_EXT_LEGACY_PUTCHAR, (unsigned char)*p);
        sbi_ecall(SBI_EXT_SRST, 0, SBI_SRST_SHUTDOWN, SBI_SRST_REASON_FAIL, 0, 0, 0, 0);
        sbi_legacy(SBI_EXT_LEGACY_SHUTDOWN, 0);
        for (;;)
            wfi();
    }
}

void kernel_trap(struct frame *f);

void kernel_trap(struct frame *f)
{
    struct cpu *c = this_cpu();
    unsigned long cause = f->scause;
    if (cause & CAUSE_INTR) {
        guest_interrupt(f, cause & ~CAUSE_INTR, 0);
        return;
    }
    if (c->recover_pc) {
        c->trap_cause = cause;
        c->trap_tval = f->stval;
        c->trap_epc = f->sepc;
        f->sepc = c->recover_pc;
        f->regs[10] = 1;
        c->recover_pc = 0;
        return;
    }
    guest_exception(f);
}
