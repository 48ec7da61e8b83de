/* The vCPU register context shared with entry.S: offsets and the struct. */
#ifndef HV_CTX_H
#define HV_CTX_H

#define CTX_REGS     0          /* x0..x31 of the guest, 8 bytes each */
#define CTX_SEPC     256
#define CTX_SSTATUS  264
#define CTX_HSTATUS  272
#define CTX_SCAUSE   280
#define CTX_STVAL    288
#define CTX_HTVAL    296
#define CTX_HTINST   304
#define CTX_HOST     312        /* ra sp gp tp s0..s11 of the hypervisor */
#define CTX_SIZE     (CTX_HOST + 16 * 8)

/* The HS trap frame (traps taken while in the hypervisor itself). */
#define HSF_REGS     0
#define HSF_SEPC     256
#define HSF_SSTATUS  264
#define HSF_SCAUSE   272
#define HSF_STVAL    280
#define HSF_SIZE     288

#ifndef __ASSEMBLER__
#include "types.h"
struct guest_ctx {
	u64 regs[32];
	u64 sepc, sstatus, hstatus;
	u64 scause, stval, htval, htinst;   /* of the last exit */
	u64 host[16];
};
struct hs_frame {
	u64 regs[32];
	u64 sepc, sstatus, scause, stval;
};
_Static_assert(__builtin_offsetof(struct guest_ctx, sepc) == CTX_SEPC, "ctx");
_Static_assert(__builtin_offsetof(struct guest_ctx, htinst) == CTX_HTINST, "ctx");
_Static_assert(__builtin_offsetof(struct guest_ctx, host) == CTX_HOST, "ctx");
_Static_assert(sizeof(struct guest_ctx) == CTX_SIZE, "ctx");
_Static_assert(sizeof(struct hs_frame) == HSF_SIZE, "hsf");
#endif
#endif
