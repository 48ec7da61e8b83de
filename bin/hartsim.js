#!/usr/bin/env node
// The `hartsim` command: the compiled CLI lives in dist/ (npm run build).
import('../dist/src/cli/main.js').then((m) => m.main(process.argv)).catch((e) => {
  if (e && e.code === 'ERR_MODULE_NOT_FOUND' && String(e.message).includes('dist/src/cli')) {
    console.error('hartsim: not built yet: run `npm run build` first');
  } else {
    console.error(`hartsim: ${e && e.message ? e.message : e}`);
  }
  process.exit(1);
});
