/*
 * fdt.c: reading the machine's device tree (harts, RAM, timebase, ISA) and
 * writing one for each VM.
 */
#include "hv.h"

#define FDT_MAGIC       0xd00dfeed
#define FDT_BEGIN_NODE  1
#define FDT_END_NODE    2
#define FDT_PROP        3
#define FDT_NOP         4
#define FDT_END         9

static u32 be32(const void *p)
{
	const u8 *b = p;
	return ((u32)b[0] << 24) | ((u32)b[1] << 16) | ((u32)b[2] << 8) | b[3];
}

static void put_be32(void *p, u32 v)
{
	u8 *b = p;
	b[0] = (u8)(v >> 24);
	b[1] = (u8)(v >> 16);
	b[2] = (u8)(v >> 8);
	b[3] = (u8)v;
}

static u64 cells(const u8 *p, int n)
{
	u64 v = 0;
	for (int i = 0; i < n; i++)
		v = (v << 32) | be32(p + 4 * i);
	return v;
}

static bool starts(const char *s, const char *prefix)
{
	return !strncmp(s, prefix, strlen(prefix));
}

/* Walk the structure block: /cpus (timebase), /cpus/cpu@N (reg, status,
 * device_type, riscv,isa), /memory@... (reg; #address-cells and
 * #size-cells of the root, 2 and 2 on virt) and /chosen's
 * linux,initrd-start and -end (one or two cells: QEMU writes one). */
int fdt_parse_host(const void *fdt, struct host_info *hi)
{
	const u8 *f = fdt;
	if (be32(f) != FDT_MAGIC)
		return -1;
	hi->dtb_size = be32(f + 4);
	const u8 *st = f + be32(f + 8);
	const char *strs = (const char *)f + be32(f + 12);
	u32 st_size = be32(f + 36);
	int depth = 0, root_ac = 2, root_sc = 2;
	const char *n1 = "", *n2 = "";
	/* the cpu node being read */
	u32 cpu_reg = ~0u;
	bool cpu_is_cpu = false, cpu_ok = true;
	const char *cpu_isa = NULL;

	for (u32 off = 0; off < st_size;) {
		u32 tok = be32(st + off);
		off += 4;
		if (tok == FDT_BEGIN_NODE) {
			const char *name = (const char *)st + off;
			off += ALIGN_UP(strlen(name) + 1, 4);
			depth++;
			if (depth == 2)
				n1 = name;
			if (depth == 3) {
				n2 = name;
				cpu_reg = ~0u;
				cpu_is_cpu = false;
				cpu_ok = true;
				cpu_isa = NULL;
			}
		} else if (tok == FDT_END_NODE) {
			if (depth == 3 && !strcmp(n1, "cpus") && starts(n2, "cpu@") && cpu_is_cpu && cpu_ok &&
			    cpu_reg != ~0u && hi->nharts < MAX_HARTS && cpu_reg < MAX_HARTS) {
				hi->hart_ids[hi->nharts++] = (int)cpu_reg;
				if (cpu_isa && !hi->isa[0]) {
					size_t n = strlen(cpu_isa);
					if (n >= sizeof(hi->isa))
						n = sizeof(hi->isa) - 1;
					memcpy(hi->isa, cpu_isa, n);
					hi->isa[n] = 0;
				}
			}
			depth--;
		} else if (tok == FDT_PROP) {
			u32 len = be32(st + off);
			const char *pname = strs + be32(st + off + 4);
			const u8 *val = st + off + 8;
			off += 8 + ALIGN_UP(len, 4);
			if (depth == 1) {
				if (!strcmp(pname, "#address-cells"))
					root_ac = (int)be32(val);
				else if (!strcmp(pname, "#size-cells"))
					root_sc = (int)be32(val);
			} else if (depth == 2 && !strcmp(n1, "cpus")) {
				if (!strcmp(pname, "timebase-frequency"))
					hi->timebase = be32(val);
			} else if (depth == 2 && !strcmp(n1, "chosen") && (len == 4 || len == 8)) {
				if (!strcmp(pname, "linux,initrd-start"))
					hi->initrd_start = cells(val, (int)len / 4);
				else if (!strcmp(pname, "linux,initrd-end"))
					hi->initrd_end = cells(val, (int)len / 4);
			} else if (depth == 2 && starts(n1, "memory") && !strcmp(pname, "reg") && !hi->ram_size) {
				hi->ram_base = cells(val, root_ac);
				hi->ram_size = cells(val + 4 * root_ac, root_sc);
			} else if (depth == 3 && !strcmp(n1, "cpus")) {
				if (!strcmp(pname, "reg"))
					cpu_reg = be32(val);
				else if (!strcmp(pname, "device_type"))
					cpu_is_cpu = !strcmp((const char *)val, "cpu");
				else if (!strcmp(pname, "status"))
					cpu_ok = !strcmp((const char *)val, "okay") || !strcmp((const char *)val, "ok");
				else if (!strcmp(pname, "riscv,isa"))
					cpu_isa = (const char *)val;
				else if (!strcmp(pname, "timebase-frequency") && !hi->timebase)
					hi->timebase = be32(val);
			}
		} else if (tok == FDT_NOP) {
			continue;
		} else {
			break;
		}
	}
	return hi->nharts > 0 && hi->ram_size ? 0 : -1;
}

/* ------------------------------------------------------------ builder */
void fdt_begin(struct fdt_builder *b)
{
	b->st_len = 0;
	b->str_len = 0;
	b->overflow = false;
}

static void st_put(struct fdt_builder *b, const void *p, u32 len)
{
	u32 padded = (u32)ALIGN_UP(len, 4);
	if (b->st_len + padded > sizeof(b->st)) {
		b->overflow = true;
		return;
	}
	memcpy(b->st + b->st_len, p, len);
	memset(b->st + b->st_len + len, 0, padded - len);
	b->st_len += padded;
}

static void st_u32(struct fdt_builder *b, u32 v)
{
	u8 w[4];
	put_be32(w, v);
	st_put(b, w, 4);
}

static u32 string_off(struct fdt_builder *b, const char *s)
{
	u32 n = (u32)strlen(s) + 1;
	for (u32 i = 0; i + n <= b->str_len; i++)
		if (!memcmp(b->str + i, s, n))
			return i;
	if (b->str_len + n > sizeof(b->str)) {
		b->overflow = true;
		return 0;
	}
	memcpy(b->str + b->str_len, s, n);
	b->str_len += n;
	return b->str_len - n;
}

void fdt_node(struct fdt_builder *b, const char *name)
{
	st_u32(b, FDT_BEGIN_NODE);
	st_put(b, name, (u32)strlen(name) + 1);
}

void fdt_end_node(struct fdt_builder *b)
{
	st_u32(b, FDT_END_NODE);
}

void fdt_prop(struct fdt_builder *b, const char *name, const void *val, u32 len)
{
	st_u32(b, FDT_PROP);
	st_u32(b, len);
	st_u32(b, string_off(b, name));
	if (len)
		st_put(b, val, len);
}

void fdt_prop_u32(struct fdt_builder *b, const char *name, u32 v)
{
	fdt_prop_cells(b, name, &v, 1);
}

void fdt_prop_cells(struct fdt_builder *b, const char *name, const u32 *c, int n)
{
	u8 buf[4 * 4 * MAX_VCPUS];
	if (n * 4 > (int)sizeof(buf)) {
		b->overflow = true;
		return;
	}
	for (int i = 0; i < n; i++)
		put_be32(buf + 4 * i, c[i]);
	fdt_prop(b, name, buf, (u32)(4 * n));
}

void fdt_prop_str(struct fdt_builder *b, const char *name, const char *s)
{
	fdt_prop(b, name, s, (u32)strlen(s) + 1);
}

void fdt_prop_empty(struct fdt_builder *b, const char *name)
{
	fdt_prop(b, name, NULL, 0);
}

u32 fdt_finish(struct fdt_builder *b, void *dst, u32 cap)
{
	st_u32(b, FDT_END);
	const u32 hdr = 40, rsv = 16;
	u32 off_st = hdr + rsv;
	u32 off_str = off_st + b->st_len;
	u32 total = (u32)ALIGN_UP(off_str + b->str_len, 8);
	if (b->overflow || total > cap)
		return 0;
	u8 *d = dst;
	memset(d, 0, total);
	put_be32(d + 0, FDT_MAGIC);
	put_be32(d + 4, total);
	put_be32(d + 8, off_st);
	put_be32(d + 12, off_str);
	put_be32(d + 16, hdr);          /* memory reservation map: empty */
	put_be32(d + 20, 17);           /* version */
	put_be32(d + 24, 16);           /* last compatible version */
	put_be32(d + 28, 0);            /* boot cpu */
	put_be32(d + 32, b->str_len);
	put_be32(d + 36, b->st_len);
	memcpy(d + off_st, b->st, b->st_len);
	memcpy(d + off_str, b->str, b->str_len);
	return total;
}
