/* hs-smp: forks one child per online CPU, pins it there, has it compute and
 * checks that it really ran on that CPU.  Exit status 0 when every CPU did. */
#define _GNU_SOURCE
#include <sched.h>
#include <stdlib.h>
#include <sys/wait.h>

#include "hsinit.h"

#define ME "hs-smp"
#define MAX_CPUS 64

/* A little arithmetic so each child is scheduled and runs for a while. */
static unsigned spin(int cpu)
{
	unsigned x = 0x9e3779b9u ^ (unsigned)cpu;
	for (int i = 0; i < 200000; i++)
		x = x * 1664525u + 1013904223u;
	return x;
}

static int child(int cpu)
{
	cpu_set_t set;
	CPU_ZERO(&set);
	CPU_SET(cpu, &set);
	if (sched_setaffinity(0, sizeof set, &set) != 0)
		return 2;
	volatile unsigned sink = spin(cpu);
	(void)sink;
	return sched_getcpu() == cpu ? 0 : 3;
}

int main(void)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);
	if (n < 1 || n > MAX_CPUS)
		return 1;
	pid_t pids[MAX_CPUS];
	for (int cpu = 0; cpu < n; cpu++) {
		pids[cpu] = fork();
		if (pids[cpu] == 0)
			_exit(child(cpu));
	}
	int bad = 0;
	for (int cpu = 0; cpu < n; cpu++) {
		int status = -1;
		if (pids[cpu] < 0 || waitpid(pids[cpu], &status, 0) < 0 ||
		    !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
			say(ME, "cpu %d: failed (status %#x)", cpu, status);
			bad++;
		} else {
			say(ME, "cpu %d: ran pinned", cpu);
		}
	}
	return bad ? 1 : 0;
}
