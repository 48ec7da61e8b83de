/*
 * RISC-V definitions for the Hartsim guests: CSR access, status and
 * interrupt bits, Sv39 page-table entries.  Freestanding; S-mode only.
 */
#ifndef GUEST_RISCV_H
#define GUEST_RISCV_H

#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>

#define csr_read(csr) ({ unsigned long __v; \
    __asm__ __volatile__("csrr %0, " #csr : "=r"(__v) :: "memory"); __v; })
#define csr_write(csr, val) ({ unsigned long __v = (unsigned long)(val); \
    __asm__ __volatile__("csrw " #csr ", %0" :: "rK"(__v) : "memory"); })
#define csr_set(csr, val) ({ unsigned long __v = (unsigned long)(val); \
    __asm__ __volatile__("csrs " #csr ", %0" :: "rK"(__v) : "memory"); })
#define csr_clear(csr, val) ({ unsigned long __v = (unsigned long)(val); \
    __asm__ __volatile__("csrc " #csr ", %0" :: "rK"(__v) : "memory"); })

static inline uint64_t rdtime(void)
{
    uint64_t t;
    __asm__ __volatile__("rdtime %0" : "=r"(t));
    return t;
}

static inline void wfi(void) { __asm__ __volatile__("wfi" ::: "memory"); }
static inline void fence(void) { __asm__ __volatile__("fence rw, rw" ::: "memory"); }
static inline void fence_i(void) { __asm__ __volatile__("fence.i" ::: "memory"); }
static inline void sfence_vma_all(void) { __asm__ __volatile__("sfence.vma" ::: "memory"); }
static inline void sfence_vma_va(uintptr_t va)
{
    __asm__ __volatile__("sfence.vma %0, zero" :: "r"(va) : "memory");
}
static inline void cpu_relax(void) { __asm__ __volatile__("nop" ::: "memory"); }

/* sstatus */
#define SSTATUS_SIE   (1UL << 1)
#define SSTATUS_SPIE  (1UL << 5)
#define SSTATUS_SPP   (1UL << 8)
#define SSTATUS_FS    (3UL << 13)
#define SSTATUS_SUM   (1UL << 18)
#define SSTATUS_MXR   (1UL << 19)

/* sie / sip */
#define IRQ_S_SOFT    1
#define IRQ_S_TIMER   5
#define IRQ_S_EXT     9
#define SIP_SSIP      (1UL << IRQ_S_SOFT)
#define SIP_STIP      (1UL << IRQ_S_TIMER)
#define SIP_SEIP      (1UL << IRQ_S_EXT)

/* scause */
#define CAUSE_INTR              (1UL << 63)
#define CAUSE_MISALIGNED_FETCH  0
#define CAUSE_FETCH_ACCESS      1
#define CAUSE_ILLEGAL_INSN      2
#define CAUSE_BREAKPOINT        3
#define CAUSE_MISALIGNED_LOAD   4
#define CAUSE_LOAD_ACCESS       5
#define CAUSE_MISALIGNED_STORE  6
#define CAUSE_STORE_ACCESS      7
#define CAUSE_USER_ECALL        8
#define CAUSE_SUPERVISOR_ECALL  9
#define CAUSE_FETCH_PAGE_FAULT  12
#define CAUSE_LOAD_PAGE_FAULT   13
#define CAUSE_STORE_PAGE_FAULT  15

/* Sv39 */
#define PAGE_SIZE     4096UL
#define PAGE_SHIFT    12
#define MEGA_SIZE     (1UL << 21)
#define GIGA_SIZE     (1UL << 30)
#define PTE_V         (1UL << 0)
#define PTE_R         (1UL << 1)
#define PTE_W         (1UL << 2)
#define PTE_X         (1UL << 3)
#define PTE_U         (1UL << 4)
#define PTE_G         (1UL << 5)
#define PTE_A         (1UL << 6)
#define PTE_D         (1UL << 7)
#define PTE_PPN_SHIFT 10
#define SATP_MODE_SV39 (8UL << 60)
#define PA_TO_PTE(pa) (((uintptr_t)(pa) >> PAGE_SHIFT) << PTE_PPN_SHIFT)
#define PTE_TO_PA(pte) (((pte) >> PTE_PPN_SHIFT) << PAGE_SHIFT)
#define VPN(va, level) (((uintptr_t)(va) >> (PAGE_SHIFT + 9 * (level))) & 0x1ff)

#define ALIGN_UP(x, a)   (((x) + (a) - 1) & ~((uintptr_t)(a) - 1))
#define ALIGN_DOWN(x, a) ((x) & ~((uintptr_t)(a) - 1))

#endif
