/**
 * Debian's Chromium through playwright-core, and the built renderer it loads: shared by the end-to-end
 * harness and the web benchmark (bench/cases/web.ts), so that both drive the same browser the same way.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const staticDir = join(root, 'dist', 'renderer');
export const CHROMIUM_PATH = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The newest modification time of the files the renderer bundle is built from. */
function newestSource(): number {
  let newest = statSync(join(root, 'vite.config.ts')).mtimeMs;
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else newest = Math.max(newest, statSync(p).mtimeMs);
    }
  };
  for (const d of ['renderer', 'charts', 'format', 'api', 'org', 'core', 'io']) walk(join(root, d));
  return newest;
}

/** The browser loads the built renderer; it is rebuilt first when a source changed since the last build. */
export function ensureRendererBuilt(): void {
  const index = join(staticDir, 'index.html');
  if (existsSync(index) && statSync(index).mtimeMs >= newestSource()) return;
  execFileSync(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'error'], {
    cwd: root,
    stdio: 'pipe',
  });
}
