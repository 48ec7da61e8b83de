/* Shared by init and the programs it runs: the disk layout the tests agree on
 * and an unbuffered line printer (the console is the only witness when the
 * kernel powers off right after us). */
#ifndef HSINIT_H
#define HSINIT_H

#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

/* The test's disk image (test/linux.test.ts writes it, init checks it):
 *   offset 0:                  DISK_MARKER, then zero bytes to the end of sector 0
 *   [HOST_START, HOST_END):    byte at offset o = host_byte(o), written by the host
 *   [GUEST_START, GUEST_END):  written by init: byte at offset o = guest_byte(o)  */
#define DISK_MARKER "HARTSIM-LINUX-DISK v1\n"
#define HOST_START  512
#define HOST_END    65536
#define GUEST_START 65536
#define GUEST_END   131072

static inline unsigned char host_byte(unsigned long o)  { return (unsigned char)(o * 7 + (o >> 9)); }
static inline unsigned char guest_byte(unsigned long o) { return (unsigned char)(o * 13 + (o >> 10) + 0x5a); }

/* One write(2) per line, so lines from several processes do not interleave. */
static inline __attribute__((format(printf, 2, 3)))
void say(const char *who, const char *fmt, ...)
{
	char line[256];
	int n = snprintf(line, sizeof line, "%s: ", who);
	va_list ap;
	va_start(ap, fmt);
	n += vsnprintf(line + n, sizeof line - (size_t)n, fmt, ap);
	va_end(ap);
	if (n > (int)sizeof line - 2)
		n = (int)sizeof line - 2;
	line[n++] = '\n';
	if (write(STDOUT_FILENO, line, (size_t)n) < 0) {
		/* nowhere left to report it */
	}
}

#endif
