import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: bench files compile to dist/bench/, two levels below it. */
export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
