/**
 * The end-to-end harness: one Chromium (Debian's, through playwright-core) with a fresh profile for the whole
 * file, and per test a fresh copy of the demo database served by the real web server in this process.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { openDatabase } from '../../db/open.ts';
import { buildDemo } from '../../demo/build.ts';
import { createSession } from '../../api/session.ts';
import type { Session } from '../../core/context.ts';
import { startWebServer, type WebServer } from '../../web/server.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH, ensureRendererBuilt, root, staticDir } from './chromium.ts';

export { CHROMIUM_ARGS, root, staticDir };

/**
 * Screenshots go to docs/screenshots only when asked (UPDATE_SCREENSHOTS=1 npx vitest run tests/e2e),
 * so that an ordinary test run leaves the working tree clean; otherwise to a temp folder.
 */
export const screenshotsDir = process.env.UPDATE_SCREENSHOTS
  ? join(root, 'docs', 'screenshots')
  : mkdtempSync(join(tmpdir(), 'tochuc-screenshots-'));

export interface Harness {
  context: BrowserContext;
  dir: string;
  demoPath: string;
  close(): Promise<void>;
}

/** `renderer: false` skips building the app's bundle: component tests serve pages of their own (tests/renderer/mount.ts). */
export async function startHarness(opts: { renderer?: boolean } = {}): Promise<Harness> {
  if (opts.renderer !== false) ensureRendererBuilt();
  const dir = mkdtempSync(join(tmpdir(), 'tochuc-'));
  const demoPath = join(dir, 'demo.sqlite');
  const db = openDatabase(demoPath);
  buildDemo(db);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  const profile = join(dir, 'profile');
  mkdirSync(profile);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 800 },
    acceptDownloads: true,
    locale: 'vi-VN',
  });
  // A missing element fails in seconds rather than the default half minute.
  context.setDefaultTimeout(15_000);
  return {
    context,
    dir,
    demoPath,
    async close() {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface App {
  page: Page;
  session: Session;
  web: WebServer;
  errors: string[];
  close(): Promise<void>;
}

let n = 0;
/** A fresh copy of the demo (or an empty file) behind its own server, and a new page on it. */
export async function openApp(
  h: Harness,
  opts: { empty?: boolean; hash?: string; navigate?: boolean; staticDir?: string } = {},
): Promise<App> {
  // Each app in its own folder: backups go to a sao-luu/ folder beside the data file.
  const folder = join(h.dir, `app-${++n}`);
  mkdirSync(folder);
  const path = join(folder, 'tochuc.sqlite');
  if (!opts.empty) copyFileSync(h.demoPath, path);
  const session = createSession(path);
  const web = await startWebServer({ session, port: 0, staticDir: opts.staticDir ?? staticDir });
  const page = await h.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  // A refused call is a 400 with a message the page shows; that is not a page error.
  page.on('console', (m) => {
    if (m.type() === 'error' && !/status of 400/.test(m.text())) errors.push(`console: ${m.text()}`);
  });
  if (opts.navigate !== false) await page.goto(web.url + (opts.hash ?? ''));
  return {
    page,
    session,
    web,
    errors,
    async close() {
      await page.close();
      // Keep-alive sockets (a finished download's, for one) would hold server.close() open.
      web.server.closeAllConnections();
      await web.close();
      session.db.close();
    },
  };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotsDir, { recursive: true });
  await page.screenshot({ path: join(screenshotsDir, `${name}.png`) });
}
