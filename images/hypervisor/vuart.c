/*
 * vuart.c: an emulated NS16550A per VM at the board's UART address
 * (GPA 0x1000_0000, interrupt 10 of its virtual PLIC), on the shared
 * console: what the guest writes to THR joins its tagged output, RBR
 * reads its input (the same queue as SBI getchar).  Transmission is
 * instant: THR is always empty.  Interrupts: received data (IER bit 0)
 * and THR empty (IER bit 1), reported by IIR as on the real chip; the line
 * is level-triggered into the virtual PLIC.
 *
 * All state is guarded by the console lock (input arrives on the console
 * hart).  Accessed through guest-page faults like the virtual PLIC.
 */
#include "hv.h"

#define IER_RDI   0x01
#define IER_THRI  0x02
#define LCR_DLAB  0x80
#define LSR_DR    0x01
#define LSR_THRE  0x20
#define LSR_TEMT  0x40

static bool input_ready(struct vm *vm)
{
	return vm->in_head != vm->in_tail;
}

static bool line(struct vm *vm)
{
	struct vuart *u = &vm->uart;
	return ((u->ier & IER_RDI) && input_ready(vm)) || ((u->ier & IER_THRI) && u->thre_pending);
}

/* Drive the virtual PLIC's source from the UART's interrupt line. */
void vuart_update(struct vm *vm)
{
	console_lock();
	bool level = line(vm);
	console_unlock();
	vplic_set_level(vm, UART0_IRQ, level);
}

bool vuart_mmio(struct vcpu *v, u64 off, int width, bool write, u64 *val)
{
	struct vm *vm = v->vm;
	struct vuart *u = &vm->uart;
	u8 w = (u8)*val, r = 0;
	bool dlab;

	(void)width;
	if (off >= 8)
		return true;            /* the rest of the page: nothing there */
	console_lock();
	dlab = u->lcr & LCR_DLAB;
	switch (off) {
	case 0:
		if (dlab) {
			if (write)
				u->dll = w;
			r = u->dll;
		} else if (write) {
			console_guest_putc(vm, (char)w);
			u->thre_pending = true;
		} else if (input_ready(vm)) {
			r = vm->in[vm->in_tail];
			vm->in_tail = (vm->in_tail + 1) % sizeof(vm->in);
		}
		break;
	case 1:
		if (dlab) {
			if (write)
				u->dlm = w;
			r = u->dlm;
		} else {
			if (write) {
				if ((w & IER_THRI) && !(u->ier & IER_THRI))
					u->thre_pending = true;   /* THR is empty */
				u->ier = w & 0x0f;
			}
			r = u->ier;
		}
		break;
	case 2:
		if (write) {                    /* FCR */
			u->fcr = w;
			if (w & 0x02)
				vm->in_tail = vm->in_head;   /* clear the receive FIFO */
		} else {                        /* IIR */
			r = (u->fcr & 1) ? 0xc0 : 0x00;
			if ((u->ier & IER_RDI) && input_ready(vm)) {
				r |= 0x04;
			} else if ((u->ier & IER_THRI) && u->thre_pending) {
				r |= 0x02;
				u->thre_pending = false;     /* reading IIR acknowledges it */
			} else {
				r |= 0x01;
			}
		}
		break;
	case 3:
		if (write)
			u->lcr = w;
		r = u->lcr;
		break;
	case 4:
		if (write)
			u->mcr = w & 0x1f;
		r = u->mcr;
		break;
	case 5:
		if (!input_ready(vm))
			console_poll_input();   /* a polling guest sees new input */
		r = LSR_THRE | LSR_TEMT | (input_ready(vm) ? LSR_DR : 0);
		break;
	case 6:
		r = 0xb0;                       /* DCD, DSR, CTS */
		break;
	case 7:
		if (write)
			u->scr = w;
		r = u->scr;
		break;
	}
	console_unlock();
	if (!write)
		*val = r;
	vuart_update(vm);
	return true;
}
