/**
 * Guest RAM for the machine: a shared WebAssembly.Memory whose buffer every thread uses, with
 * the JIT area after RAM (src/threads/layout.ts). Sizes a 32-bit wasm memory cannot hold get
 * a plain SharedArrayBuffer, and then only the interpreter.
 */
import { ramMemoryBytes } from '../threads/layout.js';

export type Engine = 'interp' | 'jit';
export const ENGINES: readonly Engine[] = ['interp', 'jit'];

export interface Ram {
  /** Guest RAM at offset 0 (longer than RAM when there is a JIT area). */
  buffer: SharedArrayBuffer;
  /** The memory translated code imports, or null (interpreter only). */
  memory: WebAssembly.Memory | null;
}

/** wasm32 addresses 4 GiB; keep clear of the very top. */
const WASM_LIMIT = 2 ** 32 - 65536;

export function createRam(ramSize: number, engine: Engine): Ram {
  const bytes = ramMemoryBytes(ramSize);
  if (engine === 'jit' && bytes <= WASM_LIMIT) {
    const pages = bytes / 65536;
    try {
      const memory = new WebAssembly.Memory({ initial: pages, maximum: pages, shared: true });
      return { buffer: memory.buffer, memory };
    } catch {
      // The host refused a memory that large: fall back to the interpreter.
    }
  }
  return { buffer: new SharedArrayBuffer(ramSize), memory: null };
}
