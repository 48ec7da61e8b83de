/*
 * main.c: the hypervisor's C entry points.
 *
 * hv_main runs once, on the hart that booted (any hart id): it reads the
 * machine's device tree, probes the hart, sets up the page allocator and
 * the final page table, creates the VMs, starts the other harts with SBI
 * HSM and joins the run loop.  hv_secondary is where the others arrive.
 */
#include "hv.h"

struct hv_features hv;
struct host_info host;
volatile u32 hv_powering_off;
extern char sboot_secondary_entry[], hs_trap_vector[], _start[], _fw_end[], _image_end[];

/* A trap inside the hypervisor.  hv_probe-style code sets fault_expected
 * first: then the trap is noted (fault_expected = 2) and the 4-byte
 * instruction skipped; anything else is a bug. */
void hs_trap(struct hs_frame *f)
{
	struct hart *h = this_hart();
	if (!(f->scause & CAUSE_INTR) && h && h->fault_expected == 1) {
		h->fault_expected = 2;
		h->fault_cause = f->scause;
		f->sepc += 4;
		return;
	}
	panic("trap in the hypervisor on hart %d: scause 0x%lx sepc 0x%lx stval 0x%lx\n",
	      h ? h->id : -1, f->scause, f->sepc, f->stval);
}

#define PROBE(body)                                     \
	({                                              \
		struct hart *_h = this_hart();          \
		_h->fault_expected = 1;                 \
		body;                                   \
		bool _ok = _h->fault_expected == 1;     \
		_h->fault_expected = 0;                 \
		_ok;                                    \
	})

static void probe_features(void)
{
	u64 v = 0;
	if (!PROBE(__asm__ volatile("csrr %0, hgatp" : "+r"(v))))
		panic("this hart has no H extension (hgatp is not there): nothing to do\n");
	/* Sstc for the hypervisor's own timer */
	hv.sstc = PROBE(__asm__ volatile("csrw stimecmp, %0" :: "r"(-1UL)));
	/* vstimecmp for guests: henvcfg.STCE must stick */
	if (hv.sstc) {
		csr_write(henvcfg, HENVCFG_STCE);
		hv.vstc = (csr_read(henvcfg) & HENVCFG_STCE) != 0;
		csr_write(henvcfg, 0);
	}
#ifdef HV_NO_VSTC       /* testing: drive the guests' timer through hvip.VSTIP */
	hv.vstc = false;
#endif
	/* VMID width */
	csr_write(hgatp, HGATP_SV39X4 | (0x3fffUL << HGATP_VMID_SHIFT));
	u64 g = csr_read(hgatp);
	csr_write(hgatp, 0);
	hv.vmid_bits = 0;
	for (u64 m = (g >> HGATP_VMID_SHIFT) & 0x3fff; m & 1; m >>= 1)
		hv.vmid_bits++;
}

/* The per-hart HS and H state, the same on every hart. */
static void hart_init(struct hart *h)
{
	csr_write(stvec, (u64)hs_trap_vector);
	csr_clear(sstatus, SSTATUS_SIE | SSTATUS_SUM);
	csr_set(sstatus, SSTATUS_FS_INITIAL);   /* the guests' FP state lives in the hart */
	csr_write(scounteren, 0);
	/* exceptions the guest handles itself: misaligned fetch/load/store,
	 * breakpoint, ecall from VU, its own page faults */
	csr_write(hedeleg, (1UL << EXC_INST_MISALIGNED) | (1UL << EXC_BREAKPOINT) |
			   (1UL << EXC_LOAD_MISALIGNED) | (1UL << EXC_STORE_MISALIGNED) |
			   (1UL << EXC_ECALL_U) | (1UL << EXC_INST_PAGE_FAULT) |
			   (1UL << EXC_LOAD_PAGE_FAULT) | (1UL << EXC_STORE_PAGE_FAULT));
	csr_write(hideleg, MIP_VSSIP | MIP_VSTIP | MIP_VSEIP);
	csr_write(hcounteren, 0xffffffffUL);
	csr_write(henvcfg, hv.vstc ? HENVCFG_STCE : 0);
	csr_write(hstatus, HSTATUS_VSXL_64);
	csr_write(hvip, 0);
	csr_write(hie, 0);
	csr_write(htimedelta, 0);
	csr_write(hgatp, 0);
	h->timer = -1UL;
	if (hv.vstc) {
		/*
		 * Guests have vstimecmp, so the hypervisor needs no timer of its
		 * own: STIP is parked pending (stimecmp = 0) and masked (STIE =
		 * 0).  This works around a QEMU 7.2 race: riscv_cpu_update_mip()
		 * reads the VS timer's pending flag before taking the global lock,
		 * so an update on this hart (every sret into a guest makes one)
		 * that overlaps the vstimecmp timer's expiry can withdraw the CPU's
		 * interrupt request, and the guest's timer interrupt is lost,
		 * unless some other mip bit keeps it up.  (Under -bios none MTIP
		 * happens to do that; OpenSBI leaves mip clear.)
		 */
		csr_write(stimecmp, 0);
		csr_write(sie, MIP_SSIP);
	} else {
		if (hv.sstc)
			csr_write(stimecmp, -1UL);
		else
			sbi_set_timer(-1UL);
		csr_write(sie, MIP_SSIP | MIP_STIP);
	}
}

/* The machine's initrd (QEMU's and Hartsim's -initrd, described in /chosen)
 * is how a Linux kernel reaches the hypervisor without being built in.  Its
 * pages are kept from the allocator; if it holds a RISC-V Linux Image, the
 * VM table becomes linux_vm_config.  Anything else there is ignored. */
static bool linux_from_initrd(void)
{
	u64 s = host.initrd_start, e = host.initrd_end;
	if (!s && !e)
		return false;
	if (e <= s || s < host.ram_base || e > host.ram_base + host.ram_size) {
		pr("initrd [0x%lx, 0x%lx) is not inside RAM: ignored\n", s, e);
		return false;
	}
	mm_reserve(s, e);
	struct linux_image li;
	if (!linux_image_probe((const u8 *)s, e - s, &li)) {
		pr("initrd at 0x%lx (%lu bytes) holds no RISC-V Linux Image: ignored\n", s, e - s);
		return false;
	}
	linux_image_set(&li);
	pr("initrd at 0x%lx: a RISC-V Linux Image of %lu bytes (text_offset 0x%lx, image_size 0x%lx): "
	   "one Linux VM with a vCPU on every hart\n", s, e - s, li.text_offset, li.image_size);
	return true;
}

void hv_main(u64 hartid, u64 dtb, u64 how, u64 load_pa)
{
	struct hart *h = &harts[hartid];
	h->id = (int)hartid;
	__asm__ volatile("mv tp, %0" :: "r"(h));
	csr_write(stvec, (u64)hs_trap_vector);
	hv_load_pa = load_pa;
	hv.boot_how = (int)how;
	hv.boot_hart = (int)hartid;

	console_init();
	pr("Hartsim hypervisor: %s; boot hart %lu, image at 0x%lx, DTB at 0x%lx\n",
	   how == BOOT_FW ? "booted by its own M-mode firmware (boot.S)" : "booted as the payload of an SBI firmware",
	   hartid, load_pa, dtb);
	if (fdt_parse_host((const void *)dtb, &host))
		panic("cannot read the device tree at 0x%lx\n", dtb);
	hv.timebase = host.timebase ? host.timebase : 10000000;
	probe_features();
	char ids[32];
	int k = 0;
	for (int i = 0; i < host.nharts; i++)
		k += snprintf(ids + k, sizeof(ids) - k, "%s%d", i ? "," : "", host.hart_ids[i]);
	pr("machine: %d harts (%s), RAM %lu MiB at 0x%lx, timebase %u Hz, isa %s\n",
	   host.nharts, ids, host.ram_size / MiB, host.ram_base, hv.timebase, host.isa);
	pr("hart: Sstc %s, guests' timer via %s, %u VMID bits\n", hv.sstc ? "yes" : "no",
	   hv.vstc ? "vstimecmp" : "hvip.VSTIP", hv.vmid_bits);
	/* The firmware below us must be out of reach (PMP): a load from its
	 * first word has to fault.  (RAM is identity mapped at this point.) */
	u64 fw = how == BOOT_FW ? load_pa : host.ram_base, word = 0;
	bool readable = PROBE(__asm__ volatile("ld %0, 0(%1)" : "+r"(word) : "r"(fw) : "memory"));
	pr("firmware at 0x%lx: %s\n", fw, readable ? "READABLE from HS (no PMP protection)" : "hidden from HS by PMP");

	/* free RAM: after the image, below the device tree (kept for reference) */
	u64 ram_end = host.ram_base + host.ram_size;
	u64 free_end = ram_end;
	if (dtb > va_to_pa(_image_end) && dtb < ram_end)
		free_end = ALIGN_DOWN(dtb, 2 * MiB);
	mm_init(va_to_pa(_image_end), free_end);
	bool linux = linux_from_initrd();
	hs_paging_init(load_pa, host.ram_base, host.ram_size);
	hs_paging_enable();
	hart_init(h);

	if (linux)
		vms_create(&linux_vm_config, 1);
	else
		vms_create(vm_configs, vm_config_count);
	pr("%lu MiB of RAM left free\n", mm_free_pages() * 4096 / MiB);
	console_set_focus(0);
	console_irq_init((int)hartid);
	passthrough_irq_init((int)hartid);
	csr_set(sie, MIP_SEIP);
	pr("console: output tagged [vmN]; input goes to vm0; Ctrl-B <digit> switches, Ctrl-B ? lists\n");

	for (int i = 0; i < host.nharts; i++) {
		int id = host.hart_ids[i];
		if (id == (int)hartid)
			continue;
		harts[id].id = id;
		if (!harts[id].vcpu)
			continue;      /* an idle hart can stay in the firmware */
		long err = sbi_hart_start(id, va_to_pa(sboot_secondary_entry), 0);
		if (err)
			pr("hart %d did not start (SBI error %ld)\n", id, err);
	}
	h->online = 1;
	hart_run(h);
}

void hv_secondary(u64 hartid)
{
	struct hart *h = &harts[hartid];
	__asm__ volatile("mv tp, %0" :: "r"(h));
	csr_write(stvec, (u64)hs_trap_vector);
	hs_paging_enable();
	hart_init(h);
	passthrough_irq_init((int)hartid);
	h->online = 1;
	hart_run(h);
}

static const char *state_name(int s)
{
	switch (s) {
	case VM_OFF: return "shut down";
	case VM_STOPPED: return "stopped (isolation violation)";
	case VM_RUNNING: return "running";
	default: return "?";
	}
}

/* When every VM is off or stopped, summarise and power the machine off.
 * The exit status says whether each VM ended the way its configuration
 * expects (the attacker stopped, the others shut down cleanly). */
void hv_check_all_off(void)
{
	for (int i = 0; i < nvms; i++)
		if (vms[i].state == VM_RUNNING || vms[i].state == VM_REBOOTING)
			return;
	if (atomic_swap(&hv_powering_off, 1))
		return;
	bool all_ok = true;
	pr("all VMs are down:\n");
	for (int i = 0; i < nvms; i++) {
		struct vm *vm = &vms[i];
		bool ok = vm->cfg->expect == EXPECT_STOPPED ? vm->state == VM_STOPPED
							    : vm->state == VM_OFF && vm->reset_reason == 0;
		all_ok &= ok;
		char extra[80] = "";
		if (vm->state == VM_STOPPED)
			snprintf(extra, sizeof(extra), " at 0x%lx (pc 0x%lx)", vm->fault_gpa, vm->fault_pc);
		else if (vm->reset_reason)
			snprintf(extra, sizeof(extra), " reporting a failure (reason %ld)", vm->reset_reason);
		pr("  vm%d %-10s %s%s: %s\n", i, vm->cfg->name, state_name(vm->state), extra,
		   ok ? "as expected" : "NOT as expected");
		for (int j = 0; j < vm->ncpus; j++) {
			struct vcpu *v = &vm->vcpus[j];
			pr("    vCPU %d on hart %d: %lu exits: %lu SBI calls, %lu device accesses (%lu htinst, %lu HLVX), "
			   "%lu virtual-instruction, %lu illegal-instruction, %lu IPIs in, %lu timer sets\n",
			   j, v->hart, v->exits, v->ecalls, v->mmio, v->mmio_htinst, v->mmio_hlvx, v->vinst, v->illegal,
			   v->ipis_in, v->timer_sets);
		}
		if (vm->cfg->pt_size)
			pr("    passthrough device at 0x%lx: %lu interrupts routed in (PLIC source %u)\n",
			   vm->cfg->pt_base, vm->pt_irqs, vm->cfg->pt_irq);
		if (vm->plic.bad_accesses)
			pr("    %u accesses to registers its virtual PLIC does not have (ignored)\n", vm->plic.bad_accesses);
	}
	pr("powering off (%s)\n", all_ok ? "every VM ended as expected" : "some VM did NOT end as expected");
	for (int i = 0; i < MAX_HARTS; i++)
		if (harts[i].online && &harts[i] != this_hart())
			atomic_or(&harts[i].req, REQ_POWEROFF);
	sbi_poweroff(!all_ok);
}

/* Ctrl-B d: what the hypervisor knows, from the state in memory (called
 * with the console lock held; pr() nests). */
void hv_dump(void)
{
	for (int i = 0; i < MAX_HARTS; i++) {
		struct hart *h = &harts[i];
		if (!h->online)
			continue;
		pr("hart %d: requests 0x%x, fence %u/%u, vCPU %s\n", i, h->req, h->fence_req, h->fence_done,
		   h->vcpu ? h->vcpu->vm->cfg->name : "-");
	}
	for (int i = 0; i < nvms; i++) {
		struct vm *vm = &vms[i];
		pr("vm%d %s: state %d, boots %d\n", i, vm->cfg->name, vm->state, vm->boots);
		for (int j = 0; j < vm->ncpus; j++) {
			struct vcpu *v = &vm->vcpus[j];
			pr("  vCPU %d (hart %d): HSM state %u, %lu exits, last scause 0x%lx at pc 0x%lx, a7 0x%lx a6 %lu, "
			   "%lu timer sets\n", j, v->hart, v->state, v->exits, v->ctx.scause, v->ctx.sepc,
			   v->ctx.regs[17], v->ctx.regs[16], v->timer_sets);
		}
	}
}
