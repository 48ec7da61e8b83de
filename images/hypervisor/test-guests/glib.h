/* The test guests' tiny runtime. */
#include <stdarg.h>
typedef unsigned long u64;
typedef unsigned int u32;
typedef unsigned char u8;
typedef long s64;
struct sbiret { long error, value; };
static inline struct sbiret sbi(u64 ext, u64 fid, u64 a0, u64 a1, u64 a2)
{
	register u64 r0 __asm__("a0") = a0, r1 __asm__("a1") = a1, r2 __asm__("a2") = a2;
	register u64 r6 __asm__("a6") = fid, r7 __asm__("a7") = ext;
	__asm__ volatile("ecall" : "+r"(r0), "+r"(r1) : "r"(r2), "r"(r6), "r"(r7) : "memory");
	return (struct sbiret){ (long)r0, (long)r1 };
}
#define csr_read(c) ({ u64 v; __asm__ volatile("csrr %0, " #c : "=r"(v) :: "memory"); v; })
#define csr_write(c, v) __asm__ volatile("csrw " #c ", %0" :: "r"((u64)(v)) : "memory")
#define csr_set(c, v) __asm__ volatile("csrs " #c ", %0" :: "r"((u64)(v)) : "memory")
#define csr_clear(c, v) __asm__ volatile("csrc " #c ", %0" :: "r"((u64)(v)) : "memory")
static inline u64 now(void) { return csr_read(time); }
void printf(const char *fmt, ...);
void puts_dbcn(const char *s);
int check(int ok, const char *what);
extern int failures;
struct frame { u64 r[32]; };
/* trap bookkeeping */
extern volatile u64 trap_cause, trap_tval, trap_count;
extern volatile int expect_trap;
