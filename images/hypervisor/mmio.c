/*
 * mmio.c: guest-page faults.  Either an access to an emulated device (the
 * virtual PLIC or UART), which is decoded and emulated, or an isolation violation:
 * the VM touched guest-physical memory it does not own (the hypervisor's,
 * another VM's, a device it was not given) and is stopped.
 *
 * The faulting instruction comes from htinst when the hart provides it
 * (a transformed load/store: bit 0 set, bit 1 clear if the original was
 * compressed), or, when htinst is 0 as on QEMU 7.2, from guest memory with
 * HLVX.HU at sepc (the guest's own translation, execute permission).
 */
#include "hv.h"

/* HLVX.HU: read 16 bits of guest code as the guest would fetch them.  A
 * fault (the page went away) is caught by hs_trap and reported in *ok. */
u64 hv_probe_hlvx_hu(u64 addr, bool *ok)
{
	struct hart *h = this_hart();
	u64 val = 0;
	h->fault_expected = 1;
	__asm__ volatile(".insn r 0x73, 4, 0x32, %0, %1, x3" : "+r"(val) : "r"(addr) : "memory");
	*ok = h->fault_expected == 1;
	h->fault_expected = 0;
	return val;
}

struct access {
	bool store;
	int width;          /* bytes */
	bool sign;          /* sign-extend a load */
	int reg;            /* rd for loads, rs2 for stores */
	int len;            /* instruction length */
};

/* Decode a 32-bit load/store (the standard or transformed form). */
static bool decode32(u32 insn, struct access *a)
{
	u32 op = insn & 0x7f, f3 = (insn >> 12) & 7;
	if (op == 0x03) {               /* LB LH LW LD LBU LHU LWU */
		if (f3 == 7)
			return false;
		a->store = false;
		a->width = 1 << (f3 & 3);
		a->sign = !(f3 & 4);
		a->reg = (insn >> 7) & 31;
		return true;
	}
	if (op == 0x23 && f3 <= 3) {    /* SB SH SW SD */
		a->store = true;
		a->width = 1 << f3;
		a->reg = (insn >> 20) & 31;
		return true;
	}
	return false;
}

/* Decode a compressed integer load/store (C.LW, C.LD, C.SW, C.SD and the
 * sp-relative forms). */
static bool decode16(u32 insn, struct access *a)
{
	u32 q = insn & 3, f3 = (insn >> 13) & 7;
	if (q == 0) {
		int r = 8 + ((insn >> 2) & 7);
		switch (f3) {
		case 2: *a = (struct access){ false, 4, true, r, 2 }; return true;
		case 3: *a = (struct access){ false, 8, true, r, 2 }; return true;
		case 6: *a = (struct access){ true, 4, false, r, 2 }; return true;
		case 7: *a = (struct access){ true, 8, false, r, 2 }; return true;
		}
	} else if (q == 2) {
		int rd = (insn >> 7) & 31, rs2 = (insn >> 2) & 31;
		switch (f3) {
		case 2: if (!rd) return false; *a = (struct access){ false, 4, true, rd, 2 }; return true;
		case 3: if (!rd) return false; *a = (struct access){ false, 8, true, rd, 2 }; return true;
		case 6: *a = (struct access){ true, 4, false, rs2, 2 }; return true;
		case 7: *a = (struct access){ true, 8, false, rs2, 2 }; return true;
		}
	}
	return false;
}

static bool fetch_decode(struct vcpu *v, struct access *a)
{
	u64 ti = v->ctx.htinst;
	if (ti & 1) {
		/* transformed instruction: a 32-bit encoding; bit 1 tells the size */
		a->len = (ti & 2) ? 4 : 2;
		int len = a->len;
		bool ok = decode32((u32)ti | 2, a);
		a->len = len;
		v->mmio_htinst++;
		return ok;
	}
	bool ok;
	u64 pc = v->ctx.sepc;
	v->mmio_hlvx++;
	u32 lo = (u32)hv_probe_hlvx_hu(pc, &ok);
	if (!ok)
		return false;
	if ((lo & 3) != 3)
		return decode16(lo, a);
	u32 hi = (u32)hv_probe_hlvx_hu(pc + 2, &ok);
	if (!ok)
		return false;
	a->len = 4;
	return decode32(lo | (hi << 16), a);
}

static const char *fault_kind(u64 cause)
{
	switch (cause) {
	case EXC_INST_GUEST_PAGE_FAULT: return "instruction guest-page fault";
	case EXC_LOAD_GUEST_PAGE_FAULT: return "load guest-page fault";
	case EXC_STORE_GUEST_PAGE_FAULT: return "store guest-page fault";
	case EXC_INST_ACCESS: return "instruction access fault";
	case EXC_LOAD_ACCESS: return "load access fault";
	case EXC_STORE_ACCESS: return "store access fault";
	default: return "exception";
	}
}

/* Stop the VM for touching what is not its own, and say where. */
void guest_violation(struct vcpu *v, const char *what, u64 addr)
{
	struct vm *vm = v->vm;
	struct guest_ctx *c = &v->ctx;
	vm->fault_gpa = addr;
	vm->fault_pc = c->sepc;
	vm->fault_cause = c->scause;
	console_guest_flush(vm);
	pr("ISOLATION: vm%d (%s) vCPU %d: %s (cause %lu) at address 0x%lx, guest pc 0x%lx, guest va 0x%lx: %s; "
	   "vm%d stopped, the other VMs keep running\n",
	   vm->id, vm->cfg->name, v->id, fault_kind(c->scause), c->scause, addr, c->sepc, c->stval, what, vm->id);
	vm_stop(vm, VM_STOPPED);
}

void guest_page_fault(struct vcpu *v)
{
	struct guest_ctx *c = &v->ctx;
	struct vm *vm = v->vm;
	u64 gpa = (c->htval << 2) | (c->stval & 3);
	bool data = c->scause != EXC_INST_GUEST_PAGE_FAULT;

	if (data && c->htinst && !(c->htinst & 1)) {
		/* a pseudoinstruction: the fault hit the guest's own page-table walk */
		guest_violation(v, "its page tables point outside its memory", gpa);
		return;
	}
	bool plic = gpa >= PLIC_BASE && gpa < PLIC_BASE + PLIC_SIZE;
	bool uart = gpa >= UART0_BASE && gpa < UART0_BASE + 0x1000;
	if (!data || !(plic || uart)) {
		bool ram = gpa >= vm->gpa_base && gpa < vm->gpa_base + vm->mem_size;
		guest_violation(v, ram ? "inside its RAM but not mapped (hypervisor bug?)"
				       : "outside its memory and devices", gpa);
		return;
	}

	struct access a;
	if (!fetch_decode(v, &a)) {
		guest_violation(v, "device access by an instruction the hypervisor does not emulate", gpa);
		return;
	}
	bool store = c->scause == EXC_STORE_GUEST_PAGE_FAULT;
	if (store != a.store) {
		guest_violation(v, "decoded instruction does not match the fault", gpa);
		return;
	}
	v->mmio++;
	u64 val = 0;
	if (a.store)
		val = a.reg ? c->regs[a.reg] : 0;
	bool ok = plic ? vplic_mmio(v, gpa - PLIC_BASE, a.width, a.store, &val)
		       : vuart_mmio(v, gpa - UART0_BASE, a.width, a.store, &val);
	if (!ok) {
		/* the PLIC has 32-bit registers only: a bus error, as on the board */
		vcpu_inject_exception(v, a.store ? EXC_STORE_ACCESS : EXC_LOAD_ACCESS, c->stval);
		return;
	}
	if (!a.store && a.reg) {
		if (a.width < 8) {
			int sh = 64 - 8 * a.width;
			val = a.sign ? (u64)((s64)(val << sh) >> sh) : (val << sh) >> sh;
		}
		c->regs[a.reg] = val;
	}
	c->sepc += (u64)a.len;
}
