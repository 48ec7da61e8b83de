/*
 * vm.c: virtual machines and the per-hart run loop.
 *
 * Static partitioning: every vCPU is pinned to one physical hart and every
 * hart runs at most one vCPU, so a vCPU's VS CSRs (vsstatus, vstvec, vsatp,
 * vstimecmp, ...) and hgatp simply stay in the hart; nothing is switched.
 * A hart loops: serve requests from other harts, (re)start or park its vCPU
 * as its state says, run it until the next exit, handle the exit.
 */
#include "hv.h"

struct vm vms[MAX_VMS];
int nvms;
struct hart harts[MAX_HARTS];
extern struct host_info host;

/* The device tree of each VM, built once, copied in at every (re)boot. */
static u8 *dtb_blob[MAX_VMS];

/* ------------------------------------------------------ device tree */
/* Multi-letter extensions the guests must not be told about: Sstc unless
 * they get vstimecmp (added back below), and those whose henvcfg enables
 * the hypervisor leaves clear (CBIE, CBCFE, CBZE, PBMTE), so that their
 * instructions or PTE bits would trap or be reserved in VS. */
static bool isa_hidden(const char *ext, size_t n)
{
	static const char names[][8] = { "sstc", "zicbom", "zicboz", "svpbmt" };
	for (size_t i = 0; i < ARRAY_SIZE(names); i++)
		if (n == strlen(names[i]) && !strncmp(ext, names[i], n))
			return true;
	return false;
}

/* The host's riscv,isa minus 'h' (guests get no H extension), minus the
 * hidden extensions, plus sstc when guests get vstimecmp. */
static void guest_isa(char *out, size_t cap, const char *isa)
{
	size_t n = 0;
	if (strncmp(isa, "rv64", 4))
		isa = "rv64imafdc_zicsr_zifencei";
	const char *p = isa;
	for (; *p && *p != '_' && n + 8 < cap; p++)
		if (*p != 'h' || p < isa + 4)
			out[n++] = *p;
	while (*p == '_') {
		const char *e = p + 1;
		while (*e && *e != '_')
			e++;
		if (!isa_hidden(p + 1, (size_t)(e - p - 1)))
			for (; p < e && n + 8 < cap; p++)
				out[n++] = *p;
		p = e;
	}
	out[n] = 0;
	if (hv.vstc && n + 6 < cap)
		memcpy(out + n, "_sstc", 6);
}

static u32 build_dtb(struct vm *vm, u8 *dst, u32 cap)
{
	static struct fdt_builder b;   /* VMs are created on the boot hart only */
	char name[48], isa[160];
	const u32 cpu_phandle = 1, plic_phandle = 0x20;

	guest_isa(isa, sizeof(isa), host.isa);
	fdt_begin(&b);
	fdt_node(&b, "");
	fdt_prop_u32(&b, "#address-cells", 2);
	fdt_prop_u32(&b, "#size-cells", 2);
	fdt_prop(&b, "compatible", "hartsim,hv-vm\0riscv-virtio", 27);
	fdt_prop_str(&b, "model", "Hartsim hypervisor VM");

	fdt_node(&b, "chosen");
	fdt_prop_u32(&b, "hartsim,vm-id", (u32)vm->id);
	fdt_prop_str(&b, "hartsim,vm-name", vm->cfg->name);
	fdt_prop_u32(&b, "hartsim,boot-count", (u32)vm->boots);
	snprintf(name, sizeof(name), "/soc/serial@%x", UART0_BASE);
	fdt_prop_str(&b, "stdout-path", name);
	if (vm->cfg->bootargs[0])
		fdt_prop_str(&b, "bootargs", vm->cfg->bootargs);
	fdt_end_node(&b);

	fdt_node(&b, "cpus");
	fdt_prop_u32(&b, "#address-cells", 1);
	fdt_prop_u32(&b, "#size-cells", 0);
	fdt_prop_u32(&b, "timebase-frequency", hv.timebase);
	for (int i = 0; i < vm->ncpus; i++) {
		snprintf(name, sizeof(name), "cpu@%d", i);
		fdt_node(&b, name);
		fdt_prop_u32(&b, "phandle", cpu_phandle + 2 * i);
		fdt_prop_str(&b, "device_type", "cpu");
		fdt_prop_u32(&b, "reg", (u32)i);
		fdt_prop_str(&b, "status", "okay");
		fdt_prop_str(&b, "compatible", "riscv");
		fdt_prop_str(&b, "riscv,isa", isa);
		fdt_prop_str(&b, "mmu-type", "riscv,sv39");
		fdt_node(&b, "interrupt-controller");
		fdt_prop_u32(&b, "#interrupt-cells", 1);
		fdt_prop_empty(&b, "interrupt-controller");
		fdt_prop_str(&b, "compatible", "riscv,cpu-intc");
		fdt_prop_u32(&b, "phandle", cpu_phandle + 2 * i + 1);
		fdt_end_node(&b);
		fdt_end_node(&b);
	}
	fdt_end_node(&b);

	snprintf(name, sizeof(name), "memory@%lx", vm->gpa_base);
	fdt_node(&b, name);
	fdt_prop_str(&b, "device_type", "memory");
	u32 reg[4] = { (u32)(vm->gpa_base >> 32), (u32)vm->gpa_base, (u32)(vm->mem_size >> 32), (u32)vm->mem_size };
	fdt_prop_cells(&b, "reg", reg, 4);
	fdt_end_node(&b);

	fdt_node(&b, "soc");
	fdt_prop_u32(&b, "#address-cells", 2);
	fdt_prop_u32(&b, "#size-cells", 2);
	fdt_prop_str(&b, "compatible", "simple-bus");
	fdt_prop_empty(&b, "ranges");
	snprintf(name, sizeof(name), "plic@%x", PLIC_BASE);
	fdt_node(&b, name);
	fdt_prop_u32(&b, "phandle", plic_phandle);
	fdt_prop_u32(&b, "riscv,ndev", VPLIC_NDEV);
	u32 preg[4] = { 0, PLIC_BASE, 0, PLIC_SIZE };
	fdt_prop_cells(&b, "reg", preg, 4);
	u32 ie[4 * MAX_VCPUS];
	for (int i = 0; i < vm->ncpus; i++) {
		ie[4 * i + 0] = cpu_phandle + 2 * i + 1;
		ie[4 * i + 1] = 11;     /* M external: context 2i, inert */
		ie[4 * i + 2] = cpu_phandle + 2 * i + 1;
		ie[4 * i + 3] = 9;      /* S external: context 2i+1 */
	}
	fdt_prop_cells(&b, "interrupts-extended", ie, 4 * vm->ncpus);
	fdt_prop_empty(&b, "interrupt-controller");
	fdt_prop(&b, "compatible", "sifive,plic-1.0.0\0riscv,plic0", 29);
	fdt_prop_u32(&b, "#address-cells", 0);
	fdt_prop_u32(&b, "#interrupt-cells", 1);
	fdt_end_node(&b);
	snprintf(name, sizeof(name), "serial@%x", UART0_BASE);
	fdt_node(&b, name);
	fdt_prop_u32(&b, "interrupts", UART0_IRQ);
	fdt_prop_u32(&b, "interrupt-parent", plic_phandle);
	fdt_prop_u32(&b, "clock-frequency", 3686400);
	u32 ureg[4] = { 0, UART0_BASE, 0, 0x100 };
	fdt_prop_cells(&b, "reg", ureg, 4);
	fdt_prop_str(&b, "compatible", "ns16550a");
	fdt_end_node(&b);
	if (vm->cfg->pt_size && vm->cfg->pt_base == RTC_BASE) {
		snprintf(name, sizeof(name), "rtc@%x", RTC_BASE);
		fdt_node(&b, name);
		fdt_prop_u32(&b, "interrupts", vm->cfg->pt_irq);
		fdt_prop_u32(&b, "interrupt-parent", plic_phandle);
		u32 rreg[4] = { 0, RTC_BASE, 0, 0x1000 };
		fdt_prop_cells(&b, "reg", rreg, 4);
		fdt_prop_str(&b, "compatible", "google,goldfish-rtc");
		fdt_end_node(&b);
	}
	fdt_end_node(&b);

	fdt_end_node(&b);
	return fdt_finish(&b, dst, cap);
}

/* ------------------------------------------------------ creation */
/* The VM's device tree and where it goes: where QEMU would put it, at the
 * end of RAM, 2 MiB aligned down, or just below the end when that would
 * overlap the image.  Any hart (boots, reboots). */
static void vm_prepare(struct vm *vm)
{
	static spinlock_t lock;         /* one builder */
	spin_lock(&lock);
	u32 size = build_dtb(vm, dtb_blob[vm->id], 2 * 4096);
	spin_unlock(&lock);
	if (!size)
		panic("vm%d: device tree too big\n", vm->id);
	vm->dtb_size = size;
	u64 image_top = vm->gpa_base + vm->load_off + vm->image_span;
	vm->dtb_gpa = ALIGN_DOWN(vm->gpa_base + vm->mem_size - size, 2 * MiB);
	if (vm->dtb_gpa < image_top)
		vm->dtb_gpa = ALIGN_DOWN(vm->gpa_base + vm->mem_size - size, 8);
	vm->vcpus[0].start_addr = vm->gpa_base + vm->load_off;
	vm->vcpus[0].start_arg = vm->dtb_gpa;
	vm->loaded = false;
}

/* Clean RAM, the image at its place, the device tree: done by the hart of
 * vCPU 0 just before it starts, so that the VMs load in parallel. */
static void vm_load(struct vm *vm)
{
	const u8 *img, *img_end;
	guest_image(vm->cfg->image, &img, &img_end);
	mm_zero(vm->hpa_base, vm->mem_size);
	memcpy((void *)(vm->hpa_base + vm->load_off), img, vm->image_len);
	memcpy((void *)(vm->hpa_base + (vm->dtb_gpa - vm->gpa_base)), dtb_blob[vm->id], vm->dtb_size);
	fence_i();
	vm->loaded = true;
}

static bool hart_present(int id)
{
	for (int i = 0; i < host.nharts; i++)
		if (host.hart_ids[i] == id)
			return true;
	return false;
}

/* The physical hart of each vCPU: the table's, or for ncpus 0 one vCPU per
 * hart of the machine in device-tree order.  Returns the vCPU count. */
static int vcpu_harts(const struct vm_config *c, int *out)
{
	if (c->ncpus) {
		for (int i = 0; i < c->ncpus && i < MAX_VCPUS; i++)
			out[i] = c->harts[i];
		return c->ncpus;
	}
	int n = host.nharts < MAX_VCPUS ? host.nharts : MAX_VCPUS;
	for (int i = 0; i < n; i++)
		out[i] = host.hart_ids[i];
	return n;
}

void vms_create(const struct vm_config *table, int count)
{
	for (int n = 0; n < count && nvms < MAX_VMS; n++) {
		const struct vm_config *c = &table[n];
		const u8 *img, *img_end;
		int hart_of[MAX_VCPUS];
		int ncpus = vcpu_harts(c, hart_of);
		u64 load_off, span;
		guest_image(c->image, &img, &img_end);
		guest_layout(c->image, &load_off, &span);
		u64 len = (u64)(img_end - img);
		bool ok = ncpus >= 1 && ncpus <= MAX_VCPUS && c->mem_size >= 4 * MiB &&
			  !(c->mem_size & (2 * MiB - 1)) && !(c->gpa_base & (2 * MiB - 1)) &&
			  len > 0 && span >= len && load_off < c->mem_size && span <= c->mem_size - 2 * MiB - load_off;
		if (!ok) {
			pr("config %s: bad entry (cpus, memory or image size), skipped\n", c->name);
			continue;
		}
		for (int i = 0; i < ncpus && ok; i++) {
			int h = hart_of[i];
			if (h < 0 || h >= MAX_HARTS || !hart_present(h)) {
				pr("config %s: vCPU %d wants hart %d, which this machine does not have: VM skipped\n",
				   c->name, i, h);
				ok = false;
			} else if (harts[h].vcpu) {
				pr("config %s: hart %d is already taken: VM skipped\n", c->name, h);
				ok = false;
			}
		}
		if (!ok)
			continue;

		u64 hpa = page_alloc_dirty(c->mem_size / 4096, (2 * MiB) / 4096);
		if (!hpa) {
			pr("config %s: no free, 2 MiB aligned block of %lu MiB for its RAM (the machine has %lu MiB): "
			   "VM skipped\n", c->name, c->mem_size / MiB, host.ram_size / MiB);
			continue;
		}
		struct vm *vm = &vms[nvms];
		vm->id = nvms;
		vm->cfg = c;
		vm->ncpus = ncpus;
		vm->gpa_base = c->gpa_base;
		vm->mem_size = c->mem_size;
		vm->load_off = load_off;
		vm->image_len = len;
		vm->image_span = span;
		vm->hpa_base = hpa;
		dtb_blob[vm->id] = (u8 *)page_alloc(2, 1);

		/* G-stage: only the VM's own RAM.  The PLIC and UART stay unmapped:
		 * their accesses fault and are emulated (vplic.c, vuart.c). */
		u64 root = gstage_create();
		gstage_map(root, vm->gpa_base, vm->hpa_base, vm->mem_size, PTE_R | PTE_W | PTE_X);
		if (c->pt_size) {
			gstage_map(root, c->pt_base, c->pt_base, c->pt_size, PTE_R | PTE_W);
			pr("vm%d %-10s: passthrough device at 0x%lx (0x%lx bytes), PLIC source %u, interrupts to hart %d\n",
			   nvms, c->name, c->pt_base, c->pt_size, c->pt_irq, hart_of[0]);
		}
		u64 vmid = hv.vmid_bits ? (u64)(vm->id + 1) & ((1UL << hv.vmid_bits) - 1) : 0;
		vm->hgatp = HGATP_SV39X4 | (vmid << HGATP_VMID_SHIFT) | (root >> 12);

		for (int i = 0; i < ncpus; i++) {
			struct vcpu *v = &vm->vcpus[i];
			v->vm = vm;
			v->id = i;
			v->hart = hart_of[i];
			v->state = VCPU_STOPPED;
			v->timer = -1UL;
			harts[v->hart].vcpu = v;
		}
		vplic_reset(&vm->plic);
		memset(&vm->uart, 0, sizeof(vm->uart));
		vm->boots = 1;
		vm_prepare(vm);
		vm->vcpus[0].state = VCPU_START_PENDING;
		vm->state = VM_RUNNING;
		char cpus[48];
		int k = 0;
		for (int i = 0; i < ncpus; i++)
			k += snprintf(cpus + k, sizeof(cpus) - k, "%s%d", i ? "," : "", hart_of[i]);
		pr("vm%d %-10s: %d vCPU%s on hart%s %s, RAM %lu MiB at GPA 0x%lx (host 0x%lx), "
		   "image %lu bytes at 0x%lx, DTB at 0x%lx, VMID %lu\n",
		   vm->id, c->name, ncpus, ncpus > 1 ? "s" : "", ncpus > 1 ? "s" : "", cpus,
		   c->mem_size / MiB, vm->gpa_base, vm->hpa_base, len, vm->gpa_base + load_off, vm->dtb_gpa, vmid);
		nvms++;
	}
	if (!nvms)
		panic("no VM could be created\n");
}

/* ------------------------------------------------------ vCPU control */
/* On the vCPU's own hart: fresh VS state, enter at start_addr. */
static void vcpu_start(struct vcpu *v)
{
	struct guest_ctx *c = &v->ctx;
	memset(c->regs, 0, sizeof(c->regs));
	c->regs[10] = (u64)v->id;
	c->regs[11] = v->start_arg;
	c->sepc = v->start_addr;
	c->sstatus = (csr_read(sstatus) & ~(SSTATUS_SIE | SSTATUS_SPIE | SSTATUS_SPP)) |
		     SSTATUS_SPP | SSTATUS_FS_INITIAL;
	c->hstatus = HSTATUS_VSXL_64 | HSTATUS_SPV | HSTATUS_SPVP;
	csr_write(hgatp, v->vm->hgatp);
	hfence_gvma_all();
	csr_write(vsstatus, (csr_read(vsstatus) & ~0xffffffffUL) | SSTATUS_FS_INITIAL);
	csr_write(hie, 0);
	csr_write(hvip, 0);
	csr_write(vstvec, 0);
	csr_write(vsscratch, 0);
	csr_write(vsepc, 0);
	csr_write(vscause, 0);
	csr_write(vstval, 0);
	csr_write(vsatp, 0);
	csr_write(htimedelta, 0);
	if (hv.vstc)
		csr_write(vstimecmp, -1UL);
	v->timer = -1UL;
	hfence_vvma_all();
	fence_i();
	mb();
	v->state = VCPU_STARTED;
	vplic_eval_local(v);
}

/* On the vCPU's own hart: stop it and silence its interrupt sources. */
void vcpu_halt(struct vcpu *v)
{
	csr_write(hvip, 0);
	csr_write(hie, 0);
	if (hv.vstc)
		csr_write(vstimecmp, -1UL);
	v->timer = -1UL;
	mb();
	v->state = VCPU_STOPPED;
}

/* Deliver an exception to the guest as its own trap handler would see it. */
void vcpu_inject_exception(struct vcpu *v, u64 cause, u64 tval)
{
	u64 vs = csr_read(vsstatus);
	bool from_vs = v->ctx.sstatus & SSTATUS_SPP;
	vs &= ~(SSTATUS_SPP | SSTATUS_SPIE);
	if (vs & SSTATUS_SIE)
		vs |= SSTATUS_SPIE;
	if (from_vs)
		vs |= SSTATUS_SPP;
	vs &= ~SSTATUS_SIE;
	csr_write(vsstatus, vs);
	csr_write(vscause, cause);
	csr_write(vstval, tval);
	csr_write(vsepc, v->ctx.sepc);
	v->ctx.sepc = csr_read(vstvec) & ~3UL;
	v->ctx.sstatus |= SSTATUS_SPP;
}

/* ------------------------------------------------------ timers */
static void hs_timer_program(u64 when)
{
	if (hv.sstc)
		csr_write(stimecmp, when);
	else
		sbi_set_timer(when);
}

/* SBI set_timer from the guest on this hart. */
void vcpu_set_timer(struct vcpu *v, u64 when)
{
	v->timer_sets++;
	if (hv.vstc) {
		csr_write(vstimecmp, when);
		return;
	}
	/* No vstimecmp: keep the deadline, drive hvip.VSTIP from our timer. */
	csr_clear(hvip, MIP_VSTIP);
	v->timer = when;
	hs_timer_program(when);
	if (rdtime() >= when)
		hv_timer_irq();
}

void hv_timer_irq(void)
{
	if (hv.vstc)
		return;        /* STIP is parked (main.c: hart_init) */
	struct vcpu *v = this_hart()->vcpu;
	u64 next = -1UL;
	if (v && v->timer != -1UL) {
		if (rdtime() >= v->timer) {
			csr_set(hvip, MIP_VSTIP);
			v->irqs++;
			v->timer = -1UL;
		} else {
			next = v->timer;
		}
	}
	hs_timer_program(next);
}

/* ------------------------------------------------------ VM lifecycle */
/* Take a VM down (VM_OFF, VM_STOPPED or VM_REBOOTING) and wait until all
 * its vCPUs have parked.  Callable from any hart. */
void vm_stop(struct vm *vm, int new_state)
{
	struct hart *me = this_hart();
	spin_lock(&vm->lock);
	if (vm->state != VM_RUNNING) {
		spin_unlock(&vm->lock);
		return;
	}
	vm->state = new_state;
	spin_unlock(&vm->lock);
	mb();
	for (int i = 0; i < vm->ncpus; i++) {
		struct vcpu *u = &vm->vcpus[i];
		if (u->hart == me->id)
			vcpu_halt(u);
		else
			hart_post(&harts[u->hart], REQ_STOP);
	}
	for (int i = 0; i < vm->ncpus; i++)
		while (vm->vcpus[i].state != VCPU_STOPPED)
			hart_poll();
	console_guest_flush(vm);
	if (new_state != VM_REBOOTING)
		hv_check_all_off();
}

void vm_reboot(struct vm *vm)
{
	if (vm->boots >= 8) {
		pr("vm%d (%s) asked for its %dth boot: treated as a shutdown\n", vm->id, vm->cfg->name, vm->boots + 1);
		vm->reset_reason = 0;
		vm_stop(vm, VM_OFF);
		return;
	}
	vm_stop(vm, VM_REBOOTING);
	console_guest_flush(vm);
	vm->boots++;
	pr("vm%d (%s) reboots (boot %d)\n", vm->id, vm->cfg->name, vm->boots);
	vplic_reset(&vm->plic);
	passthrough_complete(vm);
	memset(&vm->uart, 0, sizeof(vm->uart));
	vm_prepare(vm);
	struct vcpu *v0 = &vm->vcpus[0];
	v0->state = VCPU_START_PENDING;
	mb();
	vm->state = VM_RUNNING;
	mb();
	if (v0->hart != this_hart()->id)
		hart_post(&harts[v0->hart], REQ_START);
}

/* ------------------------------------------------------ exits */
static void report_trap(struct vcpu *v, const char *what)
{
	struct vm *vm = v->vm;
	u64 n = v->vinst + v->illegal;
	if (n <= 4)
		pr("vm%d (%s) vCPU %d: %s 0x%lx at pc 0x%lx: illegal-instruction exception injected%s\n",
		   vm->id, vm->cfg->name, v->id, what, v->ctx.stval, v->ctx.sepc, n == 4 ? " (no more of these reported)" : "");
}

static void handle_exit(struct hart *h, struct vcpu *v)
{
	u64 cause = v->ctx.scause;
	if (cause & CAUSE_INTR) {
		switch (cause & ~CAUSE_INTR) {
		case IRQ_S_SOFT:
			break;              /* requests: served at the top of the loop */
		case IRQ_S_TIMER:
			hv_timer_irq();
			break;
		case IRQ_S_EXT:
			console_irq(h->id);
			break;
		default:
			panic("hart %d: unexpected interrupt 0x%lx\n", h->id, cause);
		}
		return;
	}
	switch (cause) {
	case EXC_ECALL_VS:
		sbi_guest_call(v);
		break;
	case EXC_INST_GUEST_PAGE_FAULT:
	case EXC_LOAD_GUEST_PAGE_FAULT:
	case EXC_STORE_GUEST_PAGE_FAULT:
		guest_page_fault(v);
		break;
	case EXC_VIRTUAL_INST:
		/* an HS-only instruction or CSR used in VS (hgatp, hstatus, ...) */
		v->vinst++;
		report_trap(v, "virtual-instruction trap, instruction");
		vcpu_inject_exception(v, EXC_ILLEGAL_INST, v->ctx.stval);
		break;
	case EXC_ILLEGAL_INST:
		/* an M-only CSR or a truly illegal instruction: the guest's problem */
		v->illegal++;
		report_trap(v, "illegal instruction");
		vcpu_inject_exception(v, EXC_ILLEGAL_INST, v->ctx.stval);
		break;
	default:
		/* access faults and anything unexpected: stop the VM */
		guest_violation(v, "unexpected exception", v->ctx.stval);
		break;
	}
}

void hart_post(struct hart *h, u32 req)
{
	atomic_or(&h->req, req);
	sbi_send_ipi_hart(h->id);
}

/* Serve the requests posted to this hart. */
void hart_poll(void)
{
	struct hart *h = this_hart();
	/* Only write sip when there is something to clear (main.c: hart_init). */
	if (csr_read(sip) & MIP_SSIP)
		csr_clear(sip, MIP_SSIP);
	u32 req = atomic_swap(&h->req, 0);
	if (!req)
		return;
	struct vcpu *v = h->vcpu;
	if (req & REQ_POWEROFF)
		for (;;)
			wfi();
	if ((req & REQ_VSSIP) && v && v->state == VCPU_STARTED)
		csr_set(hvip, MIP_VSSIP);
	if (req & REQ_FENCE) {
		u32 seen = h->fence_req;
		mb();
		fence_i();
		hfence_vvma_all();
		mb();
		h->fence_done = seen;
	}
	if ((req & REQ_VSEIP) && v)
		vplic_eval_local(v);
	if ((req & REQ_STOP) && v && v->vm->state != VM_RUNNING && v->state != VCPU_STOPPED)
		vcpu_halt(v);
}

void hart_run(struct hart *h)
{
	for (;;) {
		hart_poll();
		struct vcpu *v = h->vcpu;
		if (v) {
			struct vm *vm = v->vm;
			if (vm->state != VM_RUNNING) {
				if (v->state != VCPU_STOPPED)
					vcpu_halt(v);
			} else if (v->state == VCPU_START_PENDING) {
				if (!vm->loaded && v->id == 0)
					vm_load(vm);
				vcpu_start(v);
			}
			if (v->state == VCPU_STARTED && vm->state == VM_RUNNING) {
				hv_run_guest(&v->ctx);
				v->exits++;
				handle_exit(h, v);
				continue;
			}
		}
		/* nothing to run: sleep until another hart or a device wants us */
		if (!h->req)
			wfi();
		u64 ip = csr_read(sip);
		if (ip & MIP_STIP)
			hv_timer_irq();
		if (ip & MIP_SEIP)
			console_irq(h->id);
	}
}
