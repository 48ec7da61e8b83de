/*
 * A minimal flattened-device-tree walker: the root's #address-cells and
 * #size-cells, /cpus (its #address-cells, timebase-frequency, and every child
 * named cpu@... or with device_type "cpu" whose status is not "disabled"),
 * the first /memory node's first reg pair, and /chosen/bootargs.  Nothing
 * else is required.  Also noted when present: a google,goldfish-rtc node and
 * the PLIC (riscv,plic0), as children of / or /soc (reg: 2 address cells).
 */
#include "lib.h"

#define FDT_MAGIC      0xd00dfeed
#define FDT_BEGIN_NODE 1
#define FDT_END_NODE   2
#define FDT_PROP       3
#define FDT_NOP        4
#define FDT_END        9

static uint32_t be32(const void *p)
{
    const uint8_t *b = p;
    return ((uint32_t)b[0] << 24) | ((uint32_t)b[1] << 16) | ((uint32_t)b[2] << 8) | b[3];
}

static uint64_t cells(const uint8_t *p, int n)
{
    uint64_t v = 0;
    for (int i = 0; i < n; i++)
        v = (v << 32) | be32(p + 4 * i);
    return v;
}

static int prefix(const char *s, const char *p)
{
    return strncmp(s, p, strlen(p)) == 0;
}

/* Is `want` one of the strings of a stringlist property? */
static int has_string(const uint8_t *val, uint32_t len, const char *want)
{
    uint32_t i = 0;
    while (i < len) {
        const char *s = (const char *)val + i;
        if (strcmp(s, want) == 0)
            return 1;
        i += strlen(s) + 1;
    }
    return 0;
}

/* What a node at depth 2 or 3 (a child of / or of /soc) says about itself. */
struct devnode {
    int rtc, plic, has_reg, has_irq;
    uint64_t reg;
    uint32_t irq;
};

int fdt_parse(const void *dtb, struct fdt_info *fi)
{
    const uint8_t *base = dtb;
    memset(fi, 0, sizeof *fi);
    if (!dtb || ((uintptr_t)dtb & 3) || be32(base) != FDT_MAGIC)
        return -1;
    fi->totalsize = be32(base + 4);
    const uint8_t *p = base + be32(base + 8);
    const char *strings = (const char *)base + be32(base + 12);
    const uint8_t *end = p + be32(base + 36);      /* size_dt_struct */

    int depth = 0;
    int root_ac = 2, root_sc = 1, cpus_ac = 1;
    /* what the node at depth 2 / 3 is */
    enum { N_OTHER, N_CPUS, N_MEMORY, N_CHOSEN } d2 = N_OTHER;
    int in_cpu = 0, cpu_disabled = 0, cpu_is_cpu = 0, cpu_has_reg = 0;
    uint64_t cpu_reg = 0;
    int mem_done = 0;
    struct devnode dn[4];
    memset(dn, 0, sizeof dn);

    while (p < end) {
        uint32_t tok = be32(p);
        p += 4;
        if (tok == FDT_BEGIN_NODE) {
            const char *name = (const char *)p;
            p += ALIGN_UP(strlen(name) + 1, 4);
            depth++;
            if (depth == 2 || depth == 3)
                memset(&dn[depth], 0, sizeof dn[depth]);
            if (depth == 2) {
                if (strcmp(name, "cpus") == 0)
                    d2 = N_CPUS;
                else if (strcmp(name, "memory") == 0 || prefix(name, "memory@"))
                    d2 = mem_done ? N_OTHER : N_MEMORY;
                else if (strcmp(name, "chosen") == 0)
                    d2 = N_CHOSEN;
                else
                    d2 = N_OTHER;
            } else if (depth == 3 && d2 == N_CPUS) {
                in_cpu = 1;
                cpu_disabled = 0;
                cpu_has_reg = 0;
                cpu_is_cpu = prefix(name, "cpu@");
            }
        } else if (tok == FDT_END_NODE) {
            if ((depth == 2 || depth == 3) && dn[depth].has_reg) {
                if (dn[depth].rtc && dn[depth].has_irq && !fi->has_rtc) {
                    fi->has_rtc = 1;
                    fi->rtc_base = dn[depth].reg;
                    fi->rtc_irq = dn[depth].irq;
                }
                if (dn[depth].plic && !fi->plic_base)
                    fi->plic_base = dn[depth].reg;
            }
            if (depth == 3 && d2 == N_CPUS && in_cpu) {
                if (cpu_is_cpu && cpu_has_reg && !cpu_disabled && fi->nharts < FDT_MAX_HARTS)
                    fi->hartids[fi->nharts++] = cpu_reg;
                in_cpu = 0;
            }
            if (depth == 2)
                d2 = N_OTHER;
            depth--;
            if (depth < 0)
                return -1;
        } else if (tok == FDT_PROP) {
            uint32_t len = be32(p);
            const char *pname = strings + be32(p + 4);
            const uint8_t *val = p + 8;
            p += 8 + ALIGN_UP(len, 4);
            if (depth == 2 || depth == 3) {
                struct devnode *d = &dn[depth];
                if (strcmp(pname, "compatible") == 0) {
                    d->rtc = has_string(val, len, "google,goldfish-rtc");
                    d->plic = has_string(val, len, "riscv,plic0");
                } else if (strcmp(pname, "reg") == 0 && len >= 8) {
                    d->reg = cells(val, 2);
                    d->has_reg = 1;
                } else if (strcmp(pname, "interrupts") == 0 && len >= 4) {
                    d->irq = be32(val);
                    d->has_irq = 1;
                }
            }
            if (depth == 1) {
                if (strcmp(pname, "#address-cells") == 0 && len == 4)
                    root_ac = be32(val);
                else if (strcmp(pname, "#size-cells") == 0 && len == 4)
                    root_sc = be32(val);
            } else if (depth == 2 && d2 == N_CPUS) {
                if (strcmp(pname, "#address-cells") == 0 && len == 4)
                    cpus_ac = be32(val);
                else if (strcmp(pname, "timebase-frequency") == 0 && (len == 4 || len == 8))
                    fi->timebase = cells(val, len / 4);
            } else if (depth == 2 && d2 == N_MEMORY) {
                if (strcmp(pname, "reg") == 0 && len >= 4u * (root_ac + root_sc)) {
                    fi->mem_base = cells(val, root_ac);
                    fi->mem_size = cells(val + 4 * root_ac, root_sc);
                    mem_done = 1;
                }
            } else if (depth == 2 && d2 == N_CHOSEN) {
                if (strcmp(pname, "bootargs") == 0 && len > 0 && val[len - 1] == 0)
                    fi->bootargs = (const char *)val;
            } else if (depth == 3 && d2 == N_CPUS && in_cpu) {
                if (strcmp(pname, "reg") == 0 && len >= 4u * cpus_ac) {
                    cpu_reg = cells(val, cpus_ac);
                    cpu_has_reg = 1;
                } else if (strcmp(pname, "device_type") == 0 && strcmp((const char *)val, "cpu") == 0) {
                    cpu_is_cpu = 1;
                } else if (strcmp(pname, "status") == 0 && prefix((const char *)val, "disabled")) {
                    cpu_disabled = 1;
                }
            }
        } else if (tok == FDT_NOP) {
            continue;
        } else if (tok == FDT_END) {
            break;
        } else {
            return -1;
        }
    }
    fi->ok = fi->nharts > 0 && fi->mem_size > 0;
    return fi->ok ? 0 : -1;
}
