/*
 * vplic.c: a virtual PLIC per VM, with the register layout of QEMU virt's
 * SiFive PLIC at GPA 0x0c00_0000: priorities (0x0), pending (0x1000),
 * enables (0x2000 + 0x80 * context), threshold and claim/complete
 * (0x20_0000 + 0x1000 * context).  Context 2v is vCPU v's M-mode context
 * (registers exist, nothing is delivered), 2v+1 its S-mode context, whose
 * interrupt line is the vCPU's hvip.VSEIP.  Registers of contexts the VM
 * does not have read as zero and ignore writes, like absent hardware.
 *
 * Sources are level-triggered lines driven with vplic_set_level by the
 * devices the hypervisor emulates for the VM (the UART, source 10); the
 * guest claims and completes through the registers.  A passthrough
 * device's source (console.c) is raised when the hypervisor claims it on
 * the physical PLIC, and the guest's completion completes it there.
 */
#include "hv.h"

void vplic_reset(struct vplic *p)
{
	spinlock_t l = p->lock;
	memset(p, 0, sizeof(*p));
	p->lock = l;
}

/* Highest-priority pending, enabled, unclaimed source above the threshold
 * for a context (0 if none); the same rule as QEMU's claim. */
static u32 best(struct vplic *p, int ctx)
{
	u32 id = 0, prio = p->threshold[ctx];
	for (int w = 0; w < VPLIC_WORDS; w++) {
		u32 bits = p->pending[w] & p->enable[ctx][w] & ~p->claimed[w];
		for (int b = 0; bits; b++, bits >>= 1) {
			if (!(bits & 1))
				continue;
			u32 i = (u32)(w * 32 + b);
			if (p->prio[i] > prio) {
				prio = p->prio[i];
				id = i;
			}
		}
	}
	return id;
}

/* On the vCPU's own hart: set hvip.VSEIP to the S context's line.  Only
 * writes hvip when the line changes (see hart_init in main.c on QEMU). */
void vplic_eval_local(struct vcpu *v)
{
	struct vplic *p = &v->vm->plic;
	spin_lock(&p->lock);
	bool level = best(p, 2 * v->id + 1) != 0;
	p->line[v->id] = level;
	spin_unlock(&p->lock);
	level = level && v->state == VCPU_STARTED;
	bool now = csr_read(hvip) & MIP_VSEIP;
	if (level && !now) {
		csr_set(hvip, MIP_VSEIP);
		v->irqs++;
	} else if (!level && now) {
		csr_clear(hvip, MIP_VSEIP);
	}
}

/* After a change: each vCPU whose line changed re-evaluates it, on its own
 * hart (remote ones by request). */
void vplic_update(struct vm *vm)
{
	struct vplic *p = &vm->plic;
	struct hart *me = this_hart();
	for (int i = 0; i < vm->ncpus; i++) {
		struct vcpu *v = &vm->vcpus[i];
		if (v->state != VCPU_STARTED)
			continue;
		spin_lock(&p->lock);
		bool level = best(p, 2 * i + 1) != 0;
		bool changed = level != p->line[i];
		p->line[i] = level;
		spin_unlock(&p->lock);
		if (!changed)
			continue;
		if (v->hart == me->id)
			vplic_eval_local(v);
		else
			hart_post(&harts[v->hart], REQ_VSEIP);
	}
}

/* A level-triggered source (the gateway): pending follows the line while
 * the source is not being serviced, and again after its completion. */
void vplic_set_level(struct vm *vm, u32 irq, bool level)
{
	struct vplic *p = &vm->plic;
	u32 w = irq / 32, bit = 1u << (irq % 32);
	if (irq == 0 || irq >= VPLIC_NDEV)
		return;
	spin_lock(&p->lock);
	u32 before = p->pending[w];
	if (level) {
		p->level[w] |= bit;
		if (!(p->claimed[w] & bit))
			p->pending[w] |= bit;
	} else {
		p->level[w] &= ~bit;
		p->pending[w] &= ~bit;
	}
	bool changed = before != p->pending[w];
	spin_unlock(&p->lock);
	if (changed)
		vplic_update(vm);
}

bool vplic_mmio(struct vcpu *v, u64 off, int width, bool write, u64 *val)
{
	struct vm *vm = v->vm;
	struct vplic *p = &vm->plic;
	int nctx = 2 * vm->ncpus;
	u32 w = (u32)*val;
	u32 r = 0;
	bool changed = false, known = true, pt_done = false;

	if (width != 4 || (off & 3))
		return false;
	spin_lock(&p->lock);
	if (off < 0x1000) {                                     /* priority */
		u32 id = (u32)(off / 4);
		if (id >= 1 && id < VPLIC_NDEV) {
			if (write) {
				p->prio[id] = w & 7;
				changed = true;
			}
			r = p->prio[id];
		} else {
			known = false;
		}
	} else if (off < 0x2000) {                              /* pending */
		u32 word = (u32)((off - 0x1000) / 4);
		if (word < VPLIC_WORDS && !write)
			r = p->pending[word];
		else
			known = write && word < VPLIC_WORDS;    /* read-only */
	} else if (off < 0x200000) {                            /* enables */
		u32 ctx = (u32)((off - 0x2000) / 0x80), word = (u32)((off - 0x2000) % 0x80 / 4);
		if ((int)ctx < nctx && word < VPLIC_WORDS) {
			if (write) {
				u32 mask = ~0u;
				if (word == 0)
					mask &= ~1u;                    /* source 0 does not exist */
				if (word == VPLIC_NDEV / 32)
					mask &= (1u << (VPLIC_NDEV % 32)) - 1;
				else if (word > VPLIC_NDEV / 32)
					mask = 0;
				p->enable[ctx][word] = w & mask;
				changed = true;
			}
			r = p->enable[ctx][word];
		} else {
			known = false;
		}
	} else {                                                /* per context */
		u32 ctx = (u32)((off - 0x200000) / 0x1000), reg = (u32)(off & 0xfff);
		if ((int)ctx >= nctx || reg > 4) {
			known = false;
		} else if (reg == 0) {
			if (write) {
				p->threshold[ctx] = w & 7;
				changed = true;
			}
			r = p->threshold[ctx];
		} else if (!write) {                            /* claim */
			r = best(p, (int)ctx);
			if (r) {
				p->pending[r / 32] &= ~(1u << (r % 32));
				p->claimed[r / 32] |= 1u << (r % 32);
				changed = true;
			}
		} else if (w && w < VPLIC_NDEV) {               /* complete */
			p->claimed[w / 32] &= ~(1u << (w % 32));
			if (vm->cfg->pt_size && w == vm->cfg->pt_irq) {
				/* a passthrough source: its line is the physical
				 * claim, which the completion ends */
				p->level[w / 32] &= ~(1u << (w % 32));
				pt_done = true;
			}
			if (p->level[w / 32] & (1u << (w % 32)))
				p->pending[w / 32] |= 1u << (w % 32);
			changed = true;
		}
	}
	if (!known)
		p->bad_accesses++;
	spin_unlock(&p->lock);
	if (!write)
		*val = r;
	if (pt_done)
		passthrough_complete(vm);
	if (changed)
		vplic_update(vm);
	return true;
}
