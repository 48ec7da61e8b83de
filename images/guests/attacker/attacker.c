/*
 * attacker: a guest that tries to break out of its virtual machine.
 *
 * It runs on its boot CPU only, with paging off, and makes one attempt per
 * numbered step, printing "ATTACK n: what" before it.  An attempt that
 * traps is reported as "  TRAPPED cause=C tval=T" and the next step
 * follows (its own S-mode trap handler recovers), so on plain OpenSBI it
 * runs to "ATTACKER DONE"; one that does not trap prints what it got.
 * Under a hypervisor a step that touches something outside the VM should
 * stop the VM: the last "ATTACK n" line then names the attempt.
 *
 * With /chosen/bootargs "attack=N" it starts at step N (to aim a single
 * attack at a hypervisor).
 *
 * Steps: SBI abuse (an ecall flood with unknown extensions, unknown
 * functions, bad arguments, legacy calls with pointers outside its RAM),
 * privileged instructions and CSRs (M-mode and hypervisor CSRs, satp with
 * reserved modes, mret, hypervisor loads/stores/fences), memory outside its
 * RAM (just past it, below it, where the firmware/hypervisor or another VM
 * would be, high and out-of-range addresses) and devices it was not given
 * (CLINT, PLIC, UART, virtio, RTC, the test finisher, PCIe).
 */
#include "../lib/cpu.h"
#include "../lib/lib.h"
#include "../lib/sbi.h"

struct cpu cpus[MAX_CPUS];
uint8_t kstacks[MAX_CPUS][KSTACK_SIZE] __attribute__((aligned(16)));
static struct fdt_info fdt;

int probe_call(uintptr_t fn, unsigned long a0, unsigned long a1, unsigned long *out);
int probe_ecall(unsigned long eid, unsigned long fid, unsigned long a0, unsigned long a1,
                unsigned long a2, unsigned long a3, struct sbiret *out);
void kmain(unsigned long hartid, unsigned long dtb);

static int step_no, first_step = 1;
static unsigned long n_steps, n_trapped, n_not_trapped;
static struct ctx step_ctx;
static uint32_t insn_buf[4] __attribute__((aligned(16)));

/* ---- traps ---- */

void guest_interrupt(struct frame *f, unsigned long irq, int from_user)
{
    (void)f, (void)from_user;
    if (irq == IRQ_S_SOFT)
        csr_clear(sip, SIP_SSIP);
    else if (irq == IRQ_S_TIMER)
        sbi_set_timer(UINT64_MAX);
    csr_clear(sie, 1UL << irq);
}

/* A trap outside a probe: report it and go on with the next step. */
void guest_exception(struct frame *f)
{
    printf("  TRAPPED cause=%lu tval=0x%lx (unexpected, sepc=0x%lx)\n", f->scause, f->stval, f->sepc);
    n_trapped++;
    ctx_restore(&step_ctx, 1);
}

void user_trap(struct frame *f)
{
    guest_exception(f);
    for (;;)
        ;
}

/* The attacker never starts another CPU (start.S's secondary_entry needs this). */
void secondary_main(unsigned long hartid, unsigned long opaque);
void secondary_main(unsigned long hartid, unsigned long opaque)
{
    for (;;)
        wfi();
}

/* ---- reporting ---- */

static bool step(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static bool step(const char *fmt, ...)
{
    char msg[160];
    va_list ap;
    step_no++;
    if (step_no < first_step)
        return false;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    printf("ATTACK %d: %s\n", step_no, msg);
    n_steps++;
    return true;
}

static void trapped(void)
{
    struct cpu *c = this_cpu();
    printf("  TRAPPED cause=%lu tval=0x%lx\n", c->trap_cause, c->trap_tval);
    n_trapped++;
}

/* show: print the value read (false for values that change run to run) */
static void report(int trap, unsigned long value, bool show)
{
    if (trap) {
        trapped();
        return;
    }
    n_not_trapped++;
    if (show)
        printf("  not trapped: value 0x%lx\n", value);
    else
        printf("  not trapped (value not shown)\n");
}

static void report_write(int trap)
{
    if (trap) {
        trapped();
        return;
    }
    n_not_trapped++;
    printf("  not trapped: write accepted\n");
}

static void report_sbi(int trap, struct sbiret r)
{
    if (trap) {
        trapped();
        return;
    }
    n_not_trapped++;
    printf("  returned error %ld value %ld\n", r.error, r.error ? 0 : r.value);
}

/* ---- single instructions, built at run time ---- */

#define INSN_CSRR(csr)   (((uint32_t)(csr) << 20) | (2 << 12) | (10 << 7) | 0x73)  /* csrr a0 */
#define INSN_CSRRS(csr)  (((uint32_t)(csr) << 20) | (11 << 15) | (2 << 12) | (10 << 7) | 0x73)
#define INSN_CSRRW(csr)  (((uint32_t)(csr) << 20) | (11 << 15) | (1 << 12) | (10 << 7) | 0x73)
#define INSN_HLV_D       (0x6C004073u | (11 << 15) | (10 << 7))      /* hlv.d a0, (a1) */
#define INSN_HSV_D       (0x6E004073u | (11 << 20) | (10 << 15))     /* hsv.d a1, (a0) */
#define INSN_HFENCE_GVMA 0x62000073u
#define INSN_MRET        0x30200073u
#define INSN_RET         0x00008067u

/* Run one instruction with a0, a1 set; *out = a0 after it. */
static int run_insn(uint32_t insn, unsigned long a0, unsigned long a1, unsigned long *out)
{
    insn_buf[0] = insn;
    insn_buf[1] = INSN_RET;
    fence_i();
    return probe_call((uintptr_t)insn_buf, a0, a1, out);
}

/* ---- the attacks ---- */

static uint64_t ram_base, ram_end;
static uintptr_t image_start;

/* A pseudo-random extension ID that no SBI implementation defines: the
 * standard ones are small or spell ASCII capitals; these have bit 31 set
 * or lie in 0x7B000000..0x7FFFFFFF. */
static uint32_t lcg_state = 1;
static unsigned long bogus_eid(unsigned i)
{
    lcg_state = lcg_state * 1103515245u + 12345u;
    unsigned long r = lcg_state;
    if (i & 1)
        return 0x80000000UL | (r & 0x7fffffff);
    return 0x7B000000UL + (r % 0x05000000UL);
}

static void attacks_sbi(void)
{
    struct sbiret r;
    if (step("SBI ecall flood: 5000 calls to unknown extensions, expecting SBI_ERR_NOT_SUPPORTED (-2)")) {
        unsigned long ok = 0, other = 0, traps = 0;
        long first_bad = 0;
        for (unsigned i = 0; i < 5000; i++) {
            unsigned long eid = bogus_eid(i);
            if (probe_ecall(eid, i & 0xff, -1UL, i, eid, 0, &r)) {
                traps++;
            } else if (r.error == SBI_ERR_NOT_SUPPORTED) {
                ok++;
            } else {
                if (!other)
                    first_bad = r.error;
                other++;
            }
        }
        printf("  %lu returned -2, %lu returned something else (first: %ld), %lu trapped\n", ok,
               other, first_bad, traps);
        if (traps)
            n_trapped++;
        else
            n_not_trapped++;
    }
    static const struct { uint32_t eid, fid; } unknown_fid[] = {
        { SBI_EXT_BASE, 100 }, { SBI_EXT_TIME, 1 }, { SBI_EXT_IPI, 1 },
        { SBI_EXT_RFENCE, 7 }, { SBI_EXT_HSM, 9 }, { SBI_EXT_SRST, 1 },
    };
    for (unsigned i = 0; i < sizeof unknown_fid / sizeof unknown_fid[0]; i++)
        if (step("SBI unknown function: extension 0x%x function %u", unknown_fid[i].eid,
                 unknown_fid[i].fid))
            report_sbi(probe_ecall(unknown_fid[i].eid, unknown_fid[i].fid, 0, 0, 0, 0, &r), r);

    if (step("SBI hart_start of a hart that does not exist (id 1000)"))
        report_sbi(probe_ecall(SBI_EXT_HSM, 0, 1000, (uintptr_t)kmain, 0, 0, &r), r);
    unsigned long outside = image_start > ram_base ? ram_base : ram_end;
    if (step("SBI hart_start of this (running) hart at 0x%lx, outside its image", outside))
        report_sbi(probe_ecall(SBI_EXT_HSM, 0, this_cpu()->hartid, outside, 0, 0, &r), r);
    if (step("SBI hart_get_status of hart 1000"))
        report_sbi(probe_ecall(SBI_EXT_HSM, 2, 1000, 0, 0, 0, &r), r);
    if (step("SBI send_ipi to harts 1000..1063"))
        report_sbi(probe_ecall(SBI_EXT_IPI, 0, -1UL, 1000, 0, 0, &r), r);
    if (step("SBI remote_sfence_vma on harts 1000..1063"))
        report_sbi(probe_ecall(SBI_EXT_RFENCE, 1, -1UL, 1000, 0, 0, &r), r);
    if (step("SBI system_reset with reset type 0x100000000"))
        report_sbi(probe_ecall(SBI_EXT_SRST, 0, 0x100000000UL, 0, 0, 0, &r), r);
    if (step("SBI system_reset with reserved reset type 0x12345"))
        report_sbi(probe_ecall(SBI_EXT_SRST, 0, 0x12345, 0, 0, 0, &r), r);
    if (step("SBI DBCN console_write of 16 bytes at 0x%lx, outside its RAM", (unsigned long)outside))
        report_sbi(probe_ecall(SBI_EXT_DBCN, 0, 16, outside, 0, 0, &r), r);
    if (step("SBI DBCN console_write of 16 bytes at 0x%lx, above 4 GiB", 0x1000000000UL))
        report_sbi(probe_ecall(SBI_EXT_DBCN, 0, 16, 0, 0x10, 0, &r), r);
    if (step("legacy SBI send_ipi with its hart-mask pointer at 0x%lx, outside its RAM", outside))
        report_sbi(probe_ecall(0x04, 0, outside, 0, 0, 0, &r), r);
    if (step("legacy SBI remote_fence_i with its hart-mask pointer at the CLINT (0x2000000)"))
        report_sbi(probe_ecall(0x05, 0, 0x2000000, 0, 0, 0, &r), r);
    if (step("legacy SBI remote_sfence_vma with its hart-mask pointer at 0x%lx", 0x1000000000UL))
        report_sbi(probe_ecall(0x06, 0, 0x1000000000UL, 0, -1UL, 0, &r), r);
}

static void attacks_csr(void)
{
    unsigned long v;
    static const struct { uint16_t csr; char name[10]; } reads[] = {
        { 0x300, "mstatus" }, { 0x301, "misa" }, { 0x302, "medeleg" }, { 0x303, "mideleg" },
        { 0x304, "mie" }, { 0x305, "mtvec" }, { 0x340, "mscratch" }, { 0x341, "mepc" },
        { 0x344, "mip" }, { 0x30a, "menvcfg" }, { 0x3a0, "pmpcfg0" }, { 0x3b0, "pmpaddr0" },
        { 0xf14, "mhartid" }, { 0xb00, "mcycle" },
        { 0x600, "hstatus" }, { 0x602, "hedeleg" }, { 0x603, "hideleg" }, { 0x645, "hvip" },
        { 0x680, "hgatp" }, { 0x200, "vsstatus" }, { 0x280, "vsatp" },
    };
    for (unsigned i = 0; i < sizeof reads / sizeof reads[0]; i++)
        if (step("read CSR %s (0x%x)", reads[i].name, reads[i].csr))
            report(run_insn(INSN_CSRR(reads[i].csr), 0, 0, &v), v, true);
    /* Writes that would change nothing even where they are allowed: a csrrs
     * from a register (a1) holding 0 still counts as a write. */
    static const struct { uint16_t csr; char name[10]; } writes[] = {
        { 0x300, "mstatus" }, { 0x305, "mtvec" }, { 0x3a0, "pmpcfg0" }, { 0x3b0, "pmpaddr0" },
        { 0x302, "medeleg" }, { 0x680, "hgatp" }, { 0x600, "hstatus" }, { 0xf14, "mhartid" },
    };
    for (unsigned i = 0; i < sizeof writes / sizeof writes[0]; i++)
        if (step("write CSR %s (0x%x) (csrrs with a zero mask)", writes[i].name, writes[i].csr))
            report(run_insn(INSN_CSRRS(writes[i].csr), 0, 0, &v), v, true);
    /* satp with reserved modes: the write must be ignored (satp stays 0) */
    static const uint8_t modes[] = { 1, 2, 5, 7, 11, 12, 15 };
    for (unsigned i = 0; i < sizeof modes; i++)
        if (step("write satp with reserved mode %u (PPN 0x80000)", modes[i])) {
            unsigned long want = ((unsigned long)modes[i] << 60) | 0x80000;
            int t = run_insn(INSN_CSRRW(0x180), 0, want, &v);
            if (t) {
                trapped();
            } else {
                n_not_trapped++;
                printf("  not trapped: satp now 0x%lx\n", csr_read(satp));
                csr_write(satp, 0);
            }
        }
    if (step("mret in S-mode"))
        report(run_insn(INSN_MRET, 0, 0, &v), v, false);
    if (step("hfence.gvma"))
        report_write(run_insn(INSN_HFENCE_GVMA, 0, 0, &v));
    unsigned long fw = image_start > ram_base ? ram_base : ram_end;
    if (step("hlv.d (hypervisor load) from 0x%lx", fw))
        report(run_insn(INSN_HLV_D, 0, fw, &v), v, false);
    if (step("hsv.d (hypervisor store) to 0x%lx", fw))
        report_write(run_insn(INSN_HSV_D, fw, 0x41545441434b2121UL, &v));
}

static void mem_attack(uintptr_t a, const char *what)
{
    uint64_t v;
    if (step("read 0x%lx (%s)", (unsigned long)a, what))
        report(probe_load64(a, &v), v, true);
    if (step("write 0x%lx (%s)", (unsigned long)a, what))
        report_write(probe_store64(a, 0x41545441434b2121UL));
}

static void attacks_memory(void)
{
    mem_attack(ram_end, "the first byte past its RAM");
    mem_attack(ram_end + 0x10000000, "where another VM's RAM could be");
    mem_attack(ram_base - 0x1000, "just below its RAM");
    if (image_start > ram_base) {
        mem_attack(ram_base, "RAM below its image: the firmware");
    } else {
        /* keep the numbering of the later steps */
        for (int i = 0; i < 2; i++)
            if (step("(skipped: no RAM below its image, so no firmware to attack there)"))
                n_steps--;         /* not an attack */
    }
    mem_attack(0xc0000000UL, "3 GiB");
    mem_attack(0x100000000UL, "4 GiB");
    mem_attack(0x1000000000UL, "64 GiB");
    mem_attack(0x1fffffff000UL, "the top of a 41-bit guest-physical space");
    mem_attack(0x20000000000UL, "beyond a 41-bit guest-physical space");
    mem_attack(0xffffffff80000000UL, "the top of the 64-bit space");
}

/* A 32-bit read, then (if write) a write of what was read, or of wval if
 * the read trapped: so that a device that does answer keeps its state. */
static void mmio32(uintptr_t a, const char *what, bool show, bool write, uint32_t wval)
{
    uint32_t v = wval;
    if (step("read32 0x%lx (%s)", (unsigned long)a, what)) {
        int t = probe_load32(a, &v);
        report(t, v, show);
        if (t)
            v = wval;
    }
    if (write && step("write32 0x%lx (%s)", (unsigned long)a, what))
        report_write(probe_store32(a, v));
}

static void attacks_mmio(void)
{
    uint8_t b;
    /* hart 0's registers (the threshold of its M context is 7 once the
     * firmware initialised hart 0, 0 if hart 0 never ran: not shown) */
    mmio32(0x2000000, "CLINT msip of hart 0", true, true, 0);
    mmio32(0x2004000, "CLINT mtimecmp of hart 0", false, true, 0xffffffff);
    mmio32(0x200bff8, "CLINT mtime", false, false, 0);
    mmio32(0xc000004, "PLIC priority of source 1", true, true, 0);
    mmio32(0xc002000, "PLIC enables of hart 0's M context", true, true, 0);
    mmio32(0xc200000, "PLIC threshold of hart 0's M context", false, true, 7);
    if (step("read8 0x10000005 (UART line status)"))
        report(probe_load8(0x10000005, &b), b, true);
    if (step("write8 0x10000007 (UART scratch) <- 0x5a"))
        report_write(probe_store8(0x10000007, 0x5a));
    if (step("read8 0x10000007 (UART scratch)"))
        report(probe_load8(0x10000007, &b), b, true);
    mmio32(0x10001000, "virtio-mmio slot 0 magic", true, false, 0);
    mmio32(0x10001008, "virtio-mmio slot 0 device id", true, false, 0);
    mmio32(0x101000, "goldfish RTC time", false, false, 0);
    mmio32(0x100000, "the test finisher (power off) with a no-op command", true, true, 0);
    mmio32(0x30000000, "PCIe ECAM: bus 0 device 0 vendor/device", true, false, 0);
}

static void parse_bootargs(void)
{
    const char *s = fdt.bootargs;
    if (!s)
        return;
    for (; *s; s++)
        if (strncmp(s, "attack=", 7) == 0) {
            int n = 0;
            for (s += 7; *s >= '0' && *s <= '9'; s++)
                n = n * 10 + (*s - '0');
            if (n > 0)
                first_step = n;
            return;
        }
}

void kmain(unsigned long hartid, unsigned long dtb)
{
    struct cpu *c = &cpus[0];
    c->hartid = hartid;
    c->kstack_top = (uintptr_t)kstacks[0] + KSTACK_SIZE;
    sbi_console_init();
    csr_write(sie, 0);
    image_start = (uintptr_t)__image_start;
    if (fdt_parse((const void *)dtb, &fdt) != 0) {
        printf("attacker: no usable device tree at 0x%lx\n", dtb);
        sbi_shutdown(true);
    }
    ram_base = fdt.mem_base;
    ram_end = fdt.mem_base + fdt.mem_size;
    parse_bootargs();
    printf("attacker: RAM 0x%lx..0x%lx, image at 0x%lx, %d hart(s), DBCN %s\n",
           (unsigned long)ram_base, (unsigned long)ram_end, (unsigned long)image_start,
           fdt.nharts, sbi_has_dbcn ? "present" : "absent");
    printf("INFO attacker: boot hart %lu\n", hartid);
    if (first_step > 1)
        printf("attacker: starting at attack %d (bootargs)\n", first_step);

    /* Each group runs under step_ctx: an unexpected trap resumes with the
     * next group. */
    for (int group = 0; group < 4; group++) {
        if (ctx_save(&step_ctx) != 0)
            continue;
        if (group == 0)
            attacks_sbi();
        else if (group == 1)
            attacks_csr();
        else if (group == 2)
            attacks_memory();
        else
            attacks_mmio();
    }
    printf("ATTACKER DONE: %lu attacks, %lu trapped, %lu not trapped\n", n_steps, n_trapped,
           n_not_trapped);
    sbi_shutdown(false);
}
