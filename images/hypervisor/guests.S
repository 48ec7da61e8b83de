/* guests.S: the guest images, embedded in the hypervisor (config.c). */
	.section .guests, "a"
	.balign 16
	.globl guest_testos, guest_testos_end
guest_testos:
	.incbin TESTOS_BIN
guest_testos_end:
	.balign 16
	.globl guest_attacker, guest_attacker_end
guest_attacker:
	.incbin ATTACKER_BIN
guest_attacker_end:
