/*
 * console.c: the one physical UART (NS16550A at 0x1000_0000), shared.
 *
 * Output: the hypervisor prints "[hv] ..." lines; each VM's output is
 * collected per VM and printed a line at a time behind a "[vmN] " tag, so
 * lines from different VMs never mix.  A partial line is flushed when the
 * buffer fills or when that VM asks for input (a prompt).
 *
 * Input: the UART's receive interrupt goes through the physical PLIC to the
 * boot hart (S context); every byte goes to the VM that has the focus, into
 * its input ring, where its SBI getchar / DBCN read and its virtual UART
 * (vuart.c) find it.  The key
 * sequence Ctrl-B then a digit moves the focus to that VM; Ctrl-B n moves it
 * to the next VM; Ctrl-B Ctrl-B sends one Ctrl-B; Ctrl-B ? prints the list;
 * Ctrl-B d dumps the hypervisor's view of every VM, vCPU and hart.
 */
#include "hv.h"

#define UART_RBR 0
#define UART_THR 0
#define UART_IER 1
#define UART_FCR 2
#define UART_MCR 4
#define UART_LSR 5
#define LSR_DR   0x01
#define LSR_THRE 0x20

#define CTRL_B 0x02

static volatile u8 *const uart = (volatile u8 *)UART0_BASE;
static spinlock_t con_lock;
static volatile int con_owner = -1;
static int con_depth;
static int focus;            /* VM index receiving input */
static bool escape;          /* Ctrl-B seen */

static int me(void)
{
	struct hart *h = this_hart();
	return h ? h->id : MAX_HARTS;
}

/* Re-entrant for the hart that holds it, so that a panic inside the
 * console code can still print. */
void console_lock(void)
{
	if (con_owner == me()) {
		con_depth++;
		return;
	}
	spin_lock(&con_lock);
	con_owner = me();
	con_depth = 1;
}

void console_unlock(void)
{
	if (--con_depth == 0) {
		con_owner = -1;
		spin_unlock(&con_lock);
	}
}

/* THRE means the transmit FIFO (16 bytes, enabled in console_init) is
 * empty: after seeing it, 16 bytes go out without asking again.  Halves the
 * device accesses, which are slow on an emulator.  Under the console lock. */
static int tx_room;

static void uart_putc(char c)
{
	if (!tx_room) {
		while (!(uart[UART_LSR] & LSR_THRE))
			;
		tx_room = 16;
	}
	tx_room--;
	uart[UART_THR] = (u8)c;
}

void console_puts_locked(const char *s)
{
	for (; *s; s++) {
		if (*s == '\n')
			uart_putc('\r');
		uart_putc(*s);
	}
}

void console_init(void)
{
	uart[UART_FCR] = 0x07;     /* FIFOs on and cleared */
}

/* ------------------------------------------------------------ output */
static void flush_locked(struct vm *vm)
{
	char tag[16];
	if (!vm->outlen)
		return;
	snprintf(tag, sizeof(tag), "[vm%d] ", vm->id);
	console_puts_locked(tag);
	for (u32 i = 0; i < vm->outlen; i++)
		uart_putc(vm->out[i]);
	uart_putc('\r');
	uart_putc('\n');
	vm->outlen = 0;
}

void console_guest_putc(struct vm *vm, char c)
{
	console_lock();
	if (c == '\n') {
		if (vm->outlen == 0) {
			vm->out[0] = 0;
			char tag[16];
			snprintf(tag, sizeof(tag), "[vm%d]\n", vm->id);
			console_puts_locked(tag);
		}
		flush_locked(vm);
	} else if (c != '\r') {
		vm->out[vm->outlen++] = c;
		if (vm->outlen == sizeof(vm->out))
			flush_locked(vm);
	}
	console_unlock();
}

void console_guest_flush(struct vm *vm)
{
	console_lock();
	flush_locked(vm);
	console_unlock();
}

/* ------------------------------------------------------------- input */
void console_set_focus(int id)
{
	focus = id;
}

static void deliver(u8 c)
{
	if (focus >= nvms)
		return;
	struct vm *vm = &vms[focus];
	u32 next = (vm->in_head + 1) % sizeof(vm->in);
	if (next == vm->in_tail)
		return;                 /* full: drop */
	vm->in[vm->in_head] = c;
	__asm__ volatile("fence w, w" ::: "memory");
	vm->in_head = next;
	vuart_update(vm);
}

static void list_vms_locked(void)
{
	char line[128];
	for (int i = 0; i < nvms; i++) {
		snprintf(line, sizeof(line), "[hv]  %c vm%d %s\n", i == focus ? '>' : ' ', i, vms[i].cfg->name);
		console_puts_locked(line);
	}
	console_puts_locked("[hv] Ctrl-B <digit>: input to that VM, Ctrl-B n: next VM, Ctrl-B d: hypervisor state, "
			    "Ctrl-B Ctrl-B: a Ctrl-B\n");
}

static void input_byte(u8 c)
{
	if (!escape) {
		if (c == CTRL_B)
			escape = true;
		else
			deliver(c);
		return;
	}
	escape = false;
	int to = -1;
	if (c == CTRL_B)
		deliver(c);
	else if (c >= '0' && c <= '9')
		to = c - '0';
	else if (c == 'n')
		to = (focus + 1) % nvms;
	else if (c == '?' || c == 'h')
		list_vms_locked();
	else if (c == 'd')
		hv_dump();
	if (to >= 0 && to < nvms) {
		char line[96];
		focus = to;
		snprintf(line, sizeof(line), "[hv] console input now goes to vm%d (%s)\n", to, vms[to].cfg->name);
		console_puts_locked(line);
	}
}

/* Drain the UART's receive FIFO (from the interrupt or a guest's read). */
void console_poll_input(void)
{
	console_lock();
	while (uart[UART_LSR] & LSR_DR)
		input_byte(uart[UART_RBR]);
	console_unlock();
}

int console_guest_getc(struct vm *vm)
{
	console_guest_flush(vm);
	console_poll_input();
	console_lock();
	int c = -1;
	if (vm->in_tail != vm->in_head) {
		c = vm->in[vm->in_tail];
		vm->in_tail = (vm->in_tail + 1) % sizeof(vm->in);
	}
	console_unlock();
	vuart_update(vm);
	return c;
}

/* ------------------------------------------------------- physical PLIC */
#define PLIC_PRIO(irq)       (PLIC_BASE + 4 * (irq))
#define PLIC_ENABLE(ctx, w)  (PLIC_BASE + 0x2000 + 0x80 * (ctx) + 4 * (w))
#define PLIC_THRESHOLD(ctx)  (PLIC_BASE + 0x200000 + 0x1000 * (ctx))
#define PLIC_CLAIM(ctx)      (PLIC_BASE + 0x200004 + 0x1000 * (ctx))
#define MMIO32(a)            (*(volatile u32 *)(u64)(a))

/* Route the UART's interrupt to this hart's S-mode context. */
void console_irq_init(int hartid)
{
	int ctx = 2 * hartid + 1;
	MMIO32(PLIC_PRIO(UART0_IRQ)) = 1;
	MMIO32(PLIC_ENABLE(ctx, UART0_IRQ / 32)) |= 1u << (UART0_IRQ % 32);
	MMIO32(PLIC_THRESHOLD(ctx)) = 0;
	uart[UART_MCR] |= 0x08;      /* OUT2: interrupt line enabled */
	uart[UART_IER] = 0x01;       /* received data available */
	csr_set(sie, MIP_SEIP);
}

/* The VM that owns a physical PLIC source (a passthrough device), or NULL. */
static struct vm *pt_owner(u32 id)
{
	for (int i = 0; i < nvms; i++)
		if (vms[i].cfg->pt_size && vms[i].cfg->pt_irq == id)
			return &vms[i];
	return NULL;
}

/* On the hart of vCPU 0 of a VM with a passthrough device: route the
 * device's PLIC source to this hart's S context. */
void passthrough_irq_init(int hartid)
{
	struct vcpu *v = harts[hartid].vcpu;
	if (!v || v->id != 0 || !v->vm->cfg->pt_size || !v->vm->cfg->pt_irq)
		return;
	u32 irq = v->vm->cfg->pt_irq;
	int ctx = 2 * hartid + 1;
	MMIO32(PLIC_PRIO(irq)) = 1;
	MMIO32(PLIC_THRESHOLD(ctx)) = 0;
	MMIO32(PLIC_ENABLE(ctx, irq / 32)) |= 1u << (irq % 32);
	csr_set(sie, MIP_SEIP);
}

/* The guest completed its passthrough source (or the VM reboots): complete
 * the physical claim, if there is one, from the context that made it. */
void passthrough_complete(struct vm *vm)
{
	if (!vm->cfg->pt_size || !atomic_swap(&vm->pt_claimed, 0))
		return;
	mb();
	MMIO32(PLIC_CLAIM(2 * vm->vcpus[0].hart + 1)) = vm->cfg->pt_irq;
}

/* A supervisor external interrupt: the console's UART, or a passthrough
 * device, whose claim stays open until its VM completes the source on its
 * virtual PLIC (a level raised there: hvip.VSEIP of the vCPU whose S
 * context has it enabled above its threshold). */
void console_irq(int hartid)
{
	int ctx = 2 * hartid + 1;
	u32 id;
	while ((id = MMIO32(PLIC_CLAIM(ctx))) != 0) {
		struct vm *vm = pt_owner(id);
		if (vm && vm->state == VM_RUNNING) {
			atomic_swap(&vm->pt_claimed, 1);
			vm->pt_irqs++;
			vplic_set_level(vm, id, true);
			continue;
		}
		if (id == UART0_IRQ)
			console_poll_input();
		else if (vm)     /* its VM is down: the source goes quiet */
			MMIO32(PLIC_ENABLE(ctx, id / 32)) &= ~(1u << (id % 32));
		MMIO32(PLIC_CLAIM(ctx)) = id;
	}
}
