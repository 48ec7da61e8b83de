/* CSR bit definitions and accessors for the C part (HS mode). */
#ifndef HV_RISCV_H
#define HV_RISCV_H

#include "types.h"

#define SSTATUS_SIE   (1UL << 1)
#define SSTATUS_SPIE  (1UL << 5)
#define SSTATUS_SPP   (1UL << 8)
#define SSTATUS_FS_INITIAL (1UL << 13)
#define SSTATUS_FS    (3UL << 13)
#define SSTATUS_SUM   (1UL << 18)

#define HSTATUS_GVA   (1UL << 6)
#define HSTATUS_SPV   (1UL << 7)
#define HSTATUS_SPVP  (1UL << 8)
#define HSTATUS_VTW   (1UL << 21)
#define HSTATUS_VSXL_64 (2UL << 32)

#define IRQ_S_SOFT    1
#define IRQ_VS_SOFT   2
#define IRQ_S_TIMER   5
#define IRQ_VS_TIMER  6
#define IRQ_S_EXT     9
#define IRQ_VS_EXT    10
#define MIP_SSIP      (1UL << IRQ_S_SOFT)
#define MIP_VSSIP     (1UL << IRQ_VS_SOFT)
#define MIP_STIP      (1UL << IRQ_S_TIMER)
#define MIP_VSTIP     (1UL << IRQ_VS_TIMER)
#define MIP_SEIP      (1UL << IRQ_S_EXT)
#define MIP_VSEIP     (1UL << IRQ_VS_EXT)

#define CAUSE_INTR            (1UL << 63)
#define EXC_INST_MISALIGNED   0
#define EXC_INST_ACCESS       1
#define EXC_ILLEGAL_INST      2
#define EXC_BREAKPOINT        3
#define EXC_LOAD_MISALIGNED   4
#define EXC_LOAD_ACCESS       5
#define EXC_STORE_MISALIGNED  6
#define EXC_STORE_ACCESS      7
#define EXC_ECALL_U           8
#define EXC_ECALL_HS          9
#define EXC_ECALL_VS          10
#define EXC_INST_PAGE_FAULT   12
#define EXC_LOAD_PAGE_FAULT   13
#define EXC_STORE_PAGE_FAULT  15
#define EXC_INST_GUEST_PAGE_FAULT  20
#define EXC_LOAD_GUEST_PAGE_FAULT  21
#define EXC_VIRTUAL_INST           22
#define EXC_STORE_GUEST_PAGE_FAULT 23

#define HENVCFG_STCE  (1UL << 63)
#define SATP_SV39     (8UL << 60)
#define HGATP_SV39X4  (8UL << 60)
#define HGATP_VMID_SHIFT 44

#define PTE_V (1UL << 0)
#define PTE_R (1UL << 1)
#define PTE_W (1UL << 2)
#define PTE_X (1UL << 3)
#define PTE_U (1UL << 4)
#define PTE_G (1UL << 5)
#define PTE_A (1UL << 6)
#define PTE_D (1UL << 7)

#define STR_(x) #x
#define STR(x) STR_(x)

#define csr_read(csr) ({ u64 __v; __asm__ volatile("csrr %0, " #csr : "=r"(__v) :: "memory"); __v; })
#define csr_write(csr, val) ({ u64 __v = (u64)(val); __asm__ volatile("csrw " #csr ", %0" :: "rK"(__v) : "memory"); })
#define csr_set(csr, val) ({ u64 __v = (u64)(val); __asm__ volatile("csrs " #csr ", %0" :: "rK"(__v) : "memory"); })
#define csr_clear(csr, val) ({ u64 __v = (u64)(val); __asm__ volatile("csrc " #csr ", %0" :: "rK"(__v) : "memory"); })
#define csr_swap(csr, val) ({ u64 __v = (u64)(val); __asm__ volatile("csrrw %0, " #csr ", %0" : "+r"(__v) :: "memory"); __v; })

/* GCC 12's assembler takes no 'h' in -march: the H instructions as .insn. */
static inline void hfence_gvma_all(void) { __asm__ volatile(".insn r 0x73, 0, 0x31, x0, x0, x0" ::: "memory"); }
static inline void hfence_vvma_all(void) { __asm__ volatile(".insn r 0x73, 0, 0x11, x0, x0, x0" ::: "memory"); }
static inline void sfence_vma_all(void) { __asm__ volatile("sfence.vma" ::: "memory"); }
static inline void fence_i(void) { __asm__ volatile("fence.i" ::: "memory"); }
static inline void wfi(void) { __asm__ volatile("wfi" ::: "memory"); }
static inline void mb(void) { __asm__ volatile("fence rw, rw" ::: "memory"); }

#endif
