/* Hartsim's init: the Linux guest's PID 1.
 *
 * Mounts /proc, /sys and devtmpfs, reports the CPU count, checks and writes
 * the virtio disk (when there is one), runs a few programs, syncs and powers
 * off.  Every check prints one "hartsim-init: PASS ..." or "FAIL ..." line and
 * the last line before power-off is "hartsim-init: ALL PASS" or
 * "hartsim-init: FAILED N".
 *
 * Kernel command line: hsinit_cpus=N (optional) makes the CPU count a check.
 * The kernel hands unknown name=value parameters to init as environment.
 *
 * PID 1 must never exit (the kernel panics), so every failure is reported and
 * the run carries on to the power-off. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <linux/fs.h>
#include <stdlib.h>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <sys/reboot.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include "hsinit.h"

#define ME "hartsim-init"

static int failures;

static void check(int ok, const char *what)
{
	say(ME, "%s %s", ok ? "PASS" : "FAIL", what);
	if (!ok)
		failures++;
}

static void mount_one(const char *type, const char *dir)
{
	mkdir(dir, 0755);
	if (mount(type, dir, type, 0, NULL) == 0 || errno == EBUSY)
		return;
	say(ME, "mount %s on %s: %s", type, dir, strerror(errno));
	failures++;
}

/* Lines of /proc/cpuinfo that start with "processor". */
static int cpuinfo_count(void)
{
	FILE *f = fopen("/proc/cpuinfo", "r");
	if (!f)
		return -1;
	char line[256];
	int n = 0;
	while (fgets(line, sizeof line, f))
		if (strncmp(line, "processor", 9) == 0)
			n++;
	fclose(f);
	return n;
}

static void report_cpus(void)
{
	long online = sysconf(_SC_NPROCESSORS_ONLN);
	int listed = cpuinfo_count();
	say(ME, "cpus %ld", online);
	check(listed == online, "/proc/cpuinfo lists every online cpu");
	const char *want = getenv("hsinit_cpus");
	if (want) {
		char what[64];
		snprintf(what, sizeof what, "cpu count is %s", want);
		check(online == atol(want), what);
	}
}

static int all_match(const unsigned char *buf, unsigned long from, unsigned long to,
		     unsigned char (*expect)(unsigned long), unsigned long base)
{
	for (unsigned long o = from; o < to; o++)
		if (buf[o - base] != expect(o))
			return 0;
	return 1;
}

/* O_DIRECT so the read-back comes from the device, not the page cache. */
static int read_direct(const char *dev, void *buf, size_t len, off_t at)
{
	int fd = open(dev, O_RDONLY | O_DIRECT);
	if (fd < 0)
		return -1;
	ssize_t got = pread(fd, buf, len, at);
	close(fd);
	return got == (ssize_t)len ? 0 : -1;
}

static void disk_test(const char *dev)
{
	int fd = open(dev, O_RDWR | O_DIRECT);
	if (fd < 0) {
		say(ME, "no disk (%s: %s)", dev, strerror(errno));
		return;
	}
	unsigned long long size = 0;
	if (ioctl(fd, BLKGETSIZE64, &size) == 0)
		say(ME, "disk %s: %llu bytes", dev, size);

	const size_t len = GUEST_END - GUEST_START;
	unsigned char *buf;
	if (posix_memalign((void **)&buf, 4096, HOST_END) != 0) {
		check(0, "disk buffer");
		close(fd);
		return;
	}

	ssize_t got = pread(fd, buf, HOST_END, 0);
	check(got == HOST_END, "disk read of the first 64 KiB");
	check(got == HOST_END && memcmp(buf, DISK_MARKER, strlen(DISK_MARKER)) == 0,
	      "disk marker in sector 0");
	check(got == HOST_END && all_match(buf, HOST_START, HOST_END, host_byte, 0),
	      "disk holds the host's pattern");

	for (unsigned long o = GUEST_START; o < GUEST_END; o++)
		buf[o - GUEST_START] = guest_byte(o);
	check(pwrite(fd, buf, len, GUEST_START) == (ssize_t)len, "disk write of 64 KiB");
	check(fsync(fd) == 0, "disk fsync");
	close(fd);

	memset(buf, 0, len);
	check(read_direct(dev, buf, len, GUEST_START) == 0 &&
	      all_match(buf, GUEST_START, GUEST_END, guest_byte, GUEST_START),
	      "disk read-back of what was written");
	free(buf);
}

/* fork/exec one program and return its exit status (-1: did not exit). */
static int run(char *const argv[])
{
	pid_t pid = fork();
	if (pid < 0) {
		say(ME, "fork: %s", strerror(errno));
		return -1;
	}
	if (pid == 0) {
		execv(argv[0], argv);
		say(ME, "exec %s: %s", argv[0], strerror(errno));
		_exit(127);
	}
	int status;
	while (waitpid(pid, &status, 0) < 0)
		if (errno != EINTR)
			return -1;
	return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

static void run_expect(char *const argv[], int want, const char *what)
{
	int got = run(argv);
	char line[128];
	snprintf(line, sizeof line, "%s (exit status %d, expected %d)", what, got, want);
	check(got == want, line);
}

static void commands(void)
{
	run_expect((char *[]){"/bin/hs-uname", NULL}, 0, "hs-uname");
	run_expect((char *[]){"/bin/hs-uname", "--exit", "7", NULL}, 7, "hs-uname --exit 7");
	run_expect((char *[]){"/bin/hs-smp", NULL}, 0, "hs-smp: one pinned child per cpu");
	run_expect((char *[]){"/bin/no-such-program", NULL}, 127, "exec of a missing program fails");
}

static void power_off(void)
{
	sync();
	reboot(RB_POWER_OFF);
	/* Still here: the power-off failed.  Exiting would panic the kernel. */
	say(ME, "power-off failed: %s", strerror(errno));
	for (;;)
		pause();
}

int main(void)
{
	say(ME, "started");
	mount_one("proc", "/proc");
	mount_one("sysfs", "/sys");
	mount_one("devtmpfs", "/dev");
	report_cpus();
	disk_test("/dev/vda");
	commands();
	if (failures)
		say(ME, "FAILED %d", failures);
	else
		say(ME, "ALL PASS");
	power_off();
	return 0;
}
