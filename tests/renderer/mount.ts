/**
 * Component tests: one real component in real Chromium, calling the real backend.
 *
 * How it runs. Vitest's browser mode needs its browser packages (@vitest/browser and a provider), which are not
 * installed here, and it serves the page from Vite's dev server, where our client would find neither the API nor
 * its token. So each test bundles a small page of its own with esbuild (the renderer's own modules, React in
 * development mode), serves it from the real web server (web/server.ts: token, CSP, server-sent events) over a
 * fresh copy of the demo database, and drives it with playwright-core, as the end-to-end tests do. The component
 * reaches the database only through the typed client (renderer/api.ts), so nothing of ours is mocked.
 *
 * How to write one:
 * 1. A page beside the test, `tests/renderer/<folder>/<Name>.page.tsx`, whose default export renders the
 *    component with the props a screen would give it (a purely presentational component needs props only).
 *    It is wrapped in ComponentRoot, so views re-read on the pushed data-changed as they do in App.
 * 2. A test `tests/renderer/<folder>/<Name>.component.test.ts` (the `component` project of vitest.config.ts):
 *    `const suite = componentSuite()` once per file (the harness starts before its tests, closes after), then per
 *    test `const app = await suite.mount(new URL('./<Name>.page.tsx', import.meta.url))`; drive `app.page`, check
 *    what the page shows and what `app.session.db` holds, `await app.close()`.
 * 3. Assert that `app.errors` stays empty: a React warning or an uncaught error in the page is a failure.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll } from 'vitest';
import { openApp, root, startHarness, type App, type Harness } from '../e2e/harness.ts';
import { EVENTS_PATH } from '../../web/server.ts';

const INDEX = `<!doctype html>
<html lang="vi">
  <head>
    <meta charset="utf-8" />
    <title>tochuc — kiểm thử thành phần</title>
    <link rel="stylesheet" href="./page.css" />
  </head>
  <body>
    <div id="root"></div>
    <script type="module" src="./page.js"></script>
  </body>
</html>
`;

const bundles = new Map<string, Promise<string>>();
let n = 0;

/** Bundles `page` (once per test file) into a folder the web server can serve: index.html, page.js, page.css. */
function bundle(h: Harness, page: string): Promise<string> {
  let dir = bundles.get(page);
  if (!dir) {
    dir = (async () => {
      const out = join(h.dir, `page-${++n}`);
      mkdirSync(out, { recursive: true });
      const entry = [
        `import { createRoot } from 'react-dom/client';`,
        `import { createElement } from 'react';`,
        `import './renderer/styles.css';`,
        `import { ComponentRoot } from ${JSON.stringify(join(root, 'tests', 'renderer', 'ComponentRoot.tsx'))};`,
        `import Page from ${JSON.stringify(page)};`,
        `createRoot(document.getElementById('root')).render(createElement(ComponentRoot, null, createElement(Page)));`,
      ].join('\n');
      await build({
        stdin: { contents: entry, resolveDir: root, loader: 'tsx', sourcefile: 'component-entry.tsx' },
        bundle: true,
        format: 'esm',
        jsx: 'automatic',
        target: 'es2022',
        outdir: out,
        entryNames: 'page',
        sourcemap: 'inline',
        logLevel: 'error',
        define: { 'process.env.NODE_ENV': '"development"' },
      });
      writeFileSync(join(out, 'index.html'), INDEX);
      return out;
    })();
    bundles.set(page, dir);
  }
  return dir;
}

/**
 * Opens the page in Chromium, served by the real web server over a fresh copy of the demo (or an empty file).
 * `hash` is added to the address, for a page that reads its props from it. Resolves once the page listens to the
 * pushed events, so that a test's first write is never made before its data-changed can be heard.
 */
export async function mountPage(h: Harness, page: URL, opts: { empty?: boolean; hash?: string } = {}): Promise<App> {
  const staticDir = await bundle(h, fileURLToPath(page));
  const app = await openApp(h, { ...opts, staticDir, navigate: false });
  const listening = app.page.waitForResponse((r) => new URL(r.url()).pathname === EVENTS_PATH && r.status() === 200);
  await app.page.goto(app.web.url + (opts.hash ?? ''));
  await listening;
  await app.page.locator('[data-component-root]').waitFor();
  return app;
}

/** One test file's harness, started before its tests and closed after them; `mount` opens a page on it (mountPage). */
export function componentSuite(): { harness(): Harness; mount(page: URL, opts?: { empty?: boolean; hash?: string }): Promise<App> } {
  let h: Harness | undefined;
  beforeAll(async () => {
    h = await startHarness({ renderer: false });
  });
  afterAll(async () => {
    await h?.close();
  });
  const harness = () => {
    if (!h) throw new Error('componentSuite: the harness starts in beforeAll; call mount from a test.');
    return h;
  };
  return { harness, mount: (page, opts) => mountPage(harness(), page, opts) };
}
