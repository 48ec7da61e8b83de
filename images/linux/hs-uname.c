/* hs-uname: prints the kernel's name, release and machine; with
 * "--exit N" it then exits with status N (init checks that it sees N). */
#include <stdlib.h>
#include <sys/utsname.h>

#include "hsinit.h"

int main(int argc, char **argv)
{
	struct utsname u;
	if (uname(&u) != 0)
		return 1;
	say("hs-uname", "%s %s %s", u.sysname, u.release, u.machine);
	if (argc == 3 && strcmp(argv[1], "--exit") == 0)
		return atoi(argv[2]);
	return strcmp(u.machine, "riscv64") == 0 ? 0 : 1;
}
