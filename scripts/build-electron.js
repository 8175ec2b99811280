#!/usr/bin/env node
/**
 * Bundles the Electron main process and the sandboxed preload to CommonJS with esbuild:
 *   electron/main.ts    → dist/electron/main.cjs   (windows, menus, dialogs; relays calls)
 *   backend/main.ts     → dist/electron/backend.cjs (the utilityProcess: API and database; native modules stay in node_modules)
 *   electron/preload.ts → dist/electron/preload.cjs (sandboxed: only `electron` may be required)
 *   io/xlsx-lean.worker.ts → dist/electron/xlsx-lean.worker.js (the .xlsx reader's worker thread, ES module)
 * The preload gets the contract's method names at build time, so it does not bundle the API itself.
 * The SQL migrations are copied next to backend.cjs, where db/migrate.ts looks for them.
 */
import { build } from 'esbuild';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist', 'electron');
const { methodNames } = await import('../api/contract.ts');

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  sourcemap: 'linked',
  logLevel: 'info',
  absWorkingDir: root,
};

await build({
  ...common,
  entryPoints: ['electron/main.ts'],
  outfile: join(out, 'main.cjs'),
  // Native and large runtime dependencies are loaded from node_modules (unpacked from asar where native).
  packages: 'external',
  // ES module code reads its own location through import.meta.url; in the CJS bundle that is main.cjs.
  define: { 'import.meta.url': '__tochucFileUrl' },
  banner: { js: 'const __tochucFileUrl = require("node:url").pathToFileURL(__filename).href;' },
});

await build({
  ...common,
  entryPoints: ['backend/main.ts'],
  outfile: join(out, 'backend.cjs'),
  packages: 'external',
  define: { 'import.meta.url': '__tochucFileUrl' },
  banner: { js: 'const __tochucFileUrl = require("node:url").pathToFileURL(__filename).href;' },
});

// The lean .xlsx reader's worker thread (io/xlsx-lean-thread.ts looks for it beside backend.cjs): an ES
// module with its few pure-JS dependencies inside, so it needs nothing from node_modules.
await build({
  ...common,
  format: 'esm',
  entryPoints: ['io/xlsx-lean.worker.ts'],
  outfile: join(out, 'xlsx-lean.worker.js'),
});

await build({
  ...common,
  platform: 'browser',
  target: 'chrome130',
  entryPoints: ['electron/preload.ts'],
  outfile: join(out, 'preload.cjs'),
  external: ['electron'],
  define: { __TOCHUC_METHODS__: JSON.stringify(methodNames) },
});

cpSync(join(root, 'db', 'migrations'), join(out, 'migrations'), { recursive: true });
console.log(`dist/electron: main.cjs, backend.cjs, preload.cjs, xlsx-lean.worker.js (${methodNames.length} phương thức), migrations/`);
