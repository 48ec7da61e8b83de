#include "glib.h"
int failures;
volatile u64 trap_cause, trap_tval, trap_count;
volatile int expect_trap;
static volatile unsigned lock;

static void putc_(char c) { sbi(1, 0, (u64)(u8)c, 0, 0); }

static void out_num(u64 v, int base, int width, char pad)
{
	char t[24];
	int n = 0;
	do { t[n++] = "0123456789abcdef"[v % base]; v /= base; } while (v);
	while (width-- > n) putc_(pad);
	while (n) putc_(t[--n]);
}

void printf(const char *f, ...)
{
	va_list ap;
	va_start(ap, f);
	while (__atomic_exchange_n(&lock, 1, __ATOMIC_ACQUIRE)) ;
	for (; *f; f++) {
		if (*f != '%') { putc_(*f); continue; }
		f++;
		char pad = ' '; int w = 0, l = 0;
		if (*f == '0') { pad = '0'; f++; }
		while (*f >= '0' && *f <= '9') w = w * 10 + *f++ - '0';
		while (*f == 'l') { l = 1; f++; }
		switch (*f) {
		case 'd': { s64 v = l ? va_arg(ap, s64) : va_arg(ap, int); if (v < 0) { putc_('-'); v = -v; } out_num((u64)v, 10, w, pad); break; }
		case 'u': out_num(l ? va_arg(ap, u64) : va_arg(ap, unsigned), 10, w, pad); break;
		case 'x': out_num(l ? va_arg(ap, u64) : va_arg(ap, unsigned), 16, w, pad); break;
		case 's': { const char *s = va_arg(ap, const char *); while (*s) putc_(*s++); break; }
		default: putc_(*f);
		}
	}
	__atomic_store_n(&lock, 0, __ATOMIC_RELEASE);
	va_end(ap);
}

void puts_dbcn(const char *s)
{
	u64 n = 0;
	while (s[n]) n++;
	sbi(0x4442434e, 0, n, (u64)s, 0);
}

int check(int ok, const char *what)
{
	printf("%s %s\n", ok ? "PASS" : "FAIL", what);
	if (!ok) failures++;
	return ok;
}
