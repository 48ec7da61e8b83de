/*
 * Constants shared by the assembly and the C parts and the linker script.
 * Plain #defines only (this file is included by link.ld through cpp too).
 */
#ifndef HV_LAYOUT_H
#define HV_LAYOUT_H

/* The image is linked as if loaded at the RAM base (where boot.S must be for
 * QEMU's -bios none); it is position independent and relocates itself. */
#define LINK_BASE       0x80000000
/* HS virtual address = physical address + HV_VOFF for the image and RAM:
 * PA 0x8000_0000 appears at 0xffff_ffc0_0000_0000 (the start of the upper
 * half of Sv39), so a 1 GiB giga-page maps RAM there. */
#define HV_VBASE        0xffffffc000000000
#define HV_VOFF         (HV_VBASE - 0x80000000)

#define MAX_HARTS       8
#define HV_STACK_SIZE   16384     /* per hart, HS mode */
#define FW_STACK_SIZE   2048      /* per hart, M mode (boot.S) */

/* Devices of QEMU's virt board. */
#define UART0_BASE      0x10000000
#define UART0_IRQ       10
#define CLINT_BASE      0x02000000
#define PLIC_BASE       0x0c000000
#define PLIC_SIZE       0x00600000
#define FINISHER_BASE   0x00100000
#define RTC_BASE        0x00101000    /* goldfish RTC */
#define RTC_IRQ         11

/* boot.S's HSM states (same numbers as the SBI spec). */
#define HSM_STARTED        0
#define HSM_STOPPED        1
#define HSM_START_PENDING  2
#define HSM_STOP_PENDING   3

/* How the image was entered, passed to hv_main. */
#define BOOT_FW       0       /* boot.S (M-mode firmware of this image) */
#define BOOT_PAYLOAD  1       /* an external SBI firmware (OpenSBI) */

#endif
