/*
 * sbi.c: the SBI in both directions.
 *
 * Down: the hypervisor's own calls to the firmware below it (boot.S or
 * OpenSBI): IPI, TIME (only without Sstc), HSM hart_start, SRST.
 *
 * Up: the SBI the hypervisor offers its guests (ecall from VS, cause 10).
 * Hart ids are vCPU ids of the calling VM; addresses are guest-physical.
 *   base (spec 2.0), TIME set_timer, IPI send_ipi, RFENCE (fence.i,
 *   sfence.vma, sfence.vma.asid), HSM (start, stop, status, retentive
 *   suspend), SRST (the VM alone shuts down or reboots), DBCN (write, read,
 *   write_byte) and the legacy set_timer, putchar, getchar, shutdown.
 */
#include "hv.h"

struct sbiret sbi_call(u64 ext, u64 fid, u64 arg0, u64 arg1, u64 arg2)
{
	register u64 a0 __asm__("a0") = arg0;
	register u64 a1 __asm__("a1") = arg1;
	register u64 a2 __asm__("a2") = arg2;
	register u64 a6 __asm__("a6") = fid;
	register u64 a7 __asm__("a7") = ext;
	__asm__ volatile("ecall" : "+r"(a0), "+r"(a1) : "r"(a2), "r"(a6), "r"(a7) : "memory");
	return (struct sbiret){ (long)a0, (long)a1 };
}

void sbi_send_ipi_hart(int hartid)
{
	sbi_call(SBI_EXT_IPI, 0, 1, (u64)hartid, 0);
}

void sbi_set_timer(u64 when)
{
	sbi_call(SBI_EXT_TIME, 0, when, 0, 0);
}

long sbi_hart_start(int hartid, u64 addr, u64 opaque)
{
	return sbi_call(SBI_EXT_HSM, 0, (u64)hartid, addr, opaque).error;
}

void sbi_poweroff(bool failure)
{
	sbi_call(SBI_EXT_SRST, 0, 0, failure ? 1 : 0, 0);
	sbi_call(8, 0, 0, 0, 0);       /* legacy shutdown, in case */
	for (;;)
		wfi();
}

/* ----------------------------------------------------------- guests */

/* Host pointer for [gpa, gpa + len) if it lies in the VM's RAM, else NULL. */
static u8 *guest_ram(struct vm *vm, u64 gpa, u64 len)
{
	if (gpa < vm->gpa_base || len > vm->mem_size || gpa - vm->gpa_base > vm->mem_size - len)
		return NULL;
	return (u8 *)(vm->hpa_base + (gpa - vm->gpa_base));
}

/* Resolve (hart_mask, hart_mask_base) to a set of vCPU ids; false if one is invalid. */
static bool vcpu_mask(struct vm *vm, u64 mask, u64 base, u32 *out)
{
	*out = 0;
	if (base == (u64)-1) {
		*out = (1u << vm->ncpus) - 1;
		return true;
	}
	for (int i = 0; i < 64; i++) {
		if (!(mask & (1UL << i)))
			continue;
		u64 id = base + i;
		if (id >= (u64)vm->ncpus)
			return false;
		*out |= 1u << id;
	}
	return true;
}

static void send_ipis(struct vcpu *v, u32 set)
{
	struct vm *vm = v->vm;
	for (int i = 0; i < vm->ncpus; i++) {
		struct vcpu *t = &vm->vcpus[i];
		if (!(set & (1u << i)) || t->state != VCPU_STARTED)
			continue;
		t->ipis_in++;
		if (t == v)
			csr_set(hvip, MIP_VSSIP);
		else
			hart_post(&harts[t->hart], REQ_VSSIP);
	}
}

/* Remote fence.i / sfence.vma for a guest: each target hart runs fence.i
 * and hfence.vvma (this VM's VMID is the one in its hgatp); we wait until
 * all have. */
static void remote_fence(struct vcpu *v, u32 set)
{
	struct vm *vm = v->vm;
	u32 want[MAX_VCPUS];
	for (int i = 0; i < vm->ncpus; i++) {
		struct vcpu *t = &vm->vcpus[i];
		if (!(set & (1u << i)))
			continue;
		if (t == v) {
			fence_i();
			hfence_vvma_all();
			continue;
		}
		if (t->state != VCPU_STARTED)
			continue;      /* a vCPU starts with clean TLBs */
		struct hart *h = &harts[t->hart];
		want[i] = atomic_add(&h->fence_req, 1) + 1;
		hart_post(h, REQ_FENCE);
	}
	for (int i = 0; i < vm->ncpus; i++) {
		struct vcpu *t = &vm->vcpus[i];
		if (!(set & (1u << i)) || t == v || t->state != VCPU_STARTED)
			continue;
		struct hart *h = &harts[t->hart];
		while ((s32)(h->fence_done - want[i]) < 0 && t->state == VCPU_STARTED)
			hart_poll();
	}
}

static long hsm_start(struct vcpu *v, u64 id, u64 addr, u64 arg)
{
	struct vm *vm = v->vm;
	if (id >= (u64)vm->ncpus)
		return SBI_ERR_INVALID_PARAM;
	if (!guest_ram(vm, addr, 4))
		return SBI_ERR_INVALID_ADDRESS;
	struct vcpu *t = &vm->vcpus[id];
	long err = SBI_SUCCESS;
	spin_lock(&vm->lock);
	if (t->state != VCPU_STOPPED) {
		err = SBI_ERR_ALREADY_AVAILABLE;
	} else {
		t->start_addr = addr;
		t->start_arg = arg;
		mb();
		t->state = VCPU_START_PENDING;
	}
	spin_unlock(&vm->lock);
	if (err == SBI_SUCCESS && t != v)
		hart_post(&harts[t->hart], REQ_START);
	return err;
}

void sbi_guest_call(struct vcpu *v)
{
	struct vm *vm = v->vm;
	u64 *r = v->ctx.regs;
	u64 ext = r[17], fid = r[16];
	u64 a0 = r[10], a1 = r[11], a2 = r[12];
	long err = SBI_SUCCESS, val = 0;
	u32 set;

	v->ecalls++;
	v->ctx.sepc += 4;
	switch (ext) {
	case 0x00:              /* legacy set_timer */
		vcpu_set_timer(v, a0);
		r[10] = 0;
		return;
	case 0x01:              /* legacy console_putchar */
		console_guest_putc(vm, (char)a0);
		r[10] = 0;
		return;
	case 0x02:              /* legacy console_getchar */
		r[10] = (u64)(long)console_guest_getc(vm);
		return;
	case 0x08:              /* legacy shutdown */
		vm->reset_reason = 0;
		vm_stop(vm, VM_OFF);
		return;
	case SBI_EXT_BASE:
		switch (fid) {
		case 0: val = 0x02000000; break;                /* SBI 2.0 */
		case 1: val = 0x4856; break;                    /* impl id "HV": this hypervisor */
		case 2: val = 1; break;
		case 3:
			val = a0 == SBI_EXT_BASE || a0 == SBI_EXT_TIME || a0 == SBI_EXT_IPI ||
			      a0 == SBI_EXT_RFNC || a0 == SBI_EXT_HSM || a0 == SBI_EXT_SRST ||
			      a0 == SBI_EXT_DBCN || a0 == 0 || a0 == 1 || a0 == 2 || a0 == 8;
			break;
		case 4: case 5: case 6: val = 0; break;         /* mvendorid, marchid, mimpid */
		default: err = SBI_ERR_NOT_SUPPORTED;
		}
		break;
	case SBI_EXT_TIME:
		if (fid == 0)
			vcpu_set_timer(v, a0);
		else
			err = SBI_ERR_NOT_SUPPORTED;
		break;
	case SBI_EXT_IPI:
		if (fid != 0)
			err = SBI_ERR_NOT_SUPPORTED;
		else if (!vcpu_mask(vm, a0, a1, &set))
			err = SBI_ERR_INVALID_PARAM;
		else
			send_ipis(v, set);
		break;
	case SBI_EXT_RFNC:
		if (fid > 2)
			err = SBI_ERR_NOT_SUPPORTED;        /* hfence.*: guests have no H */
		else if (!vcpu_mask(vm, a0, a1, &set))
			err = SBI_ERR_INVALID_PARAM;
		else
			remote_fence(v, set);
		break;
	case SBI_EXT_HSM:
		switch (fid) {
		case 0:
			err = hsm_start(v, a0, a1, a2);
			break;
		case 1:
			vcpu_halt(v);               /* hart_run parks the hart */
			return;
		case 2:
			if (a0 >= (u64)vm->ncpus)
				err = SBI_ERR_INVALID_PARAM;
			else
				val = vm->vcpus[a0].state;
			break;
		case 3:
			/* retentive suspend: returning at once is a wake-up */
			if (a0 != 0)
				err = SBI_ERR_NOT_SUPPORTED;
			break;
		default:
			err = SBI_ERR_NOT_SUPPORTED;
		}
		break;
	case SBI_EXT_SRST:
		/* reset_type and reset_reason are 32-bit: wider values are invalid */
		if (fid != 0) {
			err = SBI_ERR_NOT_SUPPORTED;
		} else if ((a0 >> 32) || (a1 >> 32)) {
			err = SBI_ERR_INVALID_PARAM;
		} else if (a0 == 0) {
			vm->reset_reason = (long)(u32)a1;
			r[10] = 0;
			vm_stop(vm, VM_OFF);
			return;
		} else if (a0 <= 2) {
			r[10] = 0;
			vm_reboot(vm);
			return;
		} else {
			err = SBI_ERR_INVALID_PARAM;
		}
		break;
	case SBI_EXT_DBCN:
		if (fid == 0 || fid == 1) {
			u64 gpa = a1 | (a2 << 32);
			u64 n = a0 > 4096 ? 4096 : a0;
			u8 *p = guest_ram(vm, gpa, n);
			if (!p) {
				err = SBI_ERR_INVALID_PARAM;
				break;
			}
			if (fid == 0) {
				for (u64 i = 0; i < n; i++)
					console_guest_putc(vm, (char)p[i]);
				val = (long)n;
			} else {
				u64 i = 0;
				for (; i < n; i++) {
					int c = console_guest_getc(vm);
					if (c < 0)
						break;
					p[i] = (u8)c;
				}
				val = (long)i;
			}
		} else if (fid == 2) {
			console_guest_putc(vm, (char)a0);
		} else {
			err = SBI_ERR_NOT_SUPPORTED;
		}
		break;
	default:
		err = SBI_ERR_NOT_SUPPORTED;
	}
	r[10] = (u64)err;
	r[11] = (u64)val;
}
