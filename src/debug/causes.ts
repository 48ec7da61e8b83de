/**
 * Names of trap causes and SBI extensions for people reading a trace. The numbers are the
 * privileged spec's mcause table (with the H extension's) and the SBI spec's extension ids.
 */

const EXCEPTIONS: Readonly<Record<number, string>> = {
  0: 'instruction address misaligned', 1: 'instruction access fault', 2: 'illegal instruction',
  3: 'breakpoint', 4: 'load address misaligned', 5: 'load access fault', 6: 'store address misaligned',
  7: 'store access fault', 8: 'ecall from U', 9: 'ecall from S', 10: 'ecall from VS', 11: 'ecall from M',
  12: 'instruction page fault', 13: 'load page fault', 15: 'store page fault',
  20: 'instruction guest-page fault', 21: 'load guest-page fault', 22: 'virtual instruction',
  23: 'store guest-page fault',
};

const INTERRUPTS: Readonly<Record<number, string>> = {
  1: 'supervisor software', 2: 'virtual supervisor software', 3: 'machine software',
  5: 'supervisor timer', 6: 'virtual supervisor timer', 7: 'machine timer',
  9: 'supervisor external', 10: 'virtual supervisor external', 11: 'machine external',
  12: 'supervisor guest external', 13: 'counter overflow',
};

export function causeName(cause: number, interrupt: boolean): string {
  const name = interrupt ? INTERRUPTS[cause] : EXCEPTIONS[cause];
  return name ?? (interrupt ? 'interrupt' : 'exception') + ` ${cause}`;
}

/** SBI extension ids (SBI spec v2.0, chapter 3 onwards; 0x00-0x0f are the legacy calls). */
const SBI_EXTENSIONS: Readonly<Record<number, string>> = {
  0x0: 'legacy set_timer', 0x1: 'legacy console_putchar', 0x2: 'legacy console_getchar',
  0x3: 'legacy clear_ipi', 0x4: 'legacy send_ipi', 0x5: 'legacy remote_fence_i',
  0x6: 'legacy remote_sfence_vma', 0x7: 'legacy remote_sfence_vma_asid', 0x8: 'legacy shutdown',
  0x10: 'BASE', 0x54494d45: 'TIME', 0x735049: 'IPI', 0x52464e43: 'RFNC', 0x48534d: 'HSM',
  0x53525354: 'SRST', 0x504d55: 'PMU', 0x4442434e: 'DBCN', 0x53555350: 'SUSP', 0x43505043: 'CPPC',
  0x4e41434c: 'NACL', 0x535441: 'STA',
};

export function sbiExtensionName(eid: number): string {
  const space = eid >>> 24;
  return SBI_EXTENSIONS[eid] ?? (space === 0x08 ? 'experimental' : space === 0x09 ? 'vendor' : space === 0x0a ? 'firmware' : 'unknown');
}
