#!/usr/bin/env node
/**
 * The CLI. Runs the esbuild bundle (dist/cli, made by `npm run build:cli`, also on `npm install`)
 * with Node's compile cache: a fresh process starts in about a third of the time the sources take.
 * Runs the TypeScript sources instead (Node ≥ 22.18 strips types itself) when there is no bundle
 * (installed without dev dependencies) or when any source it was built from changed since
 * (dist/cli/inputs.json), so a stale bundle never runs.
 */
import module from 'node:module';
import { fileURLToPath } from 'node:url';
import { bundleIsCurrent } from './bundle.js';

module.enableCompileCache?.();
const root = fileURLToPath(new URL('..', import.meta.url));

if (process.env.TOCHUC_FROM_SOURCES !== '1' && bundleIsCurrent(`${root}dist/cli`, root)) await import('../dist/cli/main.js');
else await import('../cli/main.ts');
