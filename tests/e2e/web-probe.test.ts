/**
 * The web benchmark's probe (bench/web-probe.ts, bench/web-session.ts) on the demo, in Chromium: a visit
 * records every screen and interaction, and the probe tells a long task under a busy indicator from one
 * without. No timings are judged here; bench/cases/web.ts measures.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { openApp, startHarness, type App, type Harness } from './harness.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';
import { BUSY_SELECTOR, installProbe, spanOf, type PageGlobals } from '../../bench/web-probe.ts';
import { visit, WEB_SCREENS } from '../../bench/web-session.ts';
import { searchQuery } from '../../bench/cases/web.ts';

let h: Harness;
let app: App;
let browser: Browser;

beforeAll(async () => {
  h = await startHarness();
  app = await openApp(h, { navigate: false });
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
  await h?.close();
});

describe('the web benchmark probe', () => {
  test('a visit of the demo records the first breakdown, every screen and every interaction', { timeout: 120_000 }, async () => {
    const query = searchQuery(h.demoPath, 2019);
    expect(query).toHaveLength(7);
    const v = await visit(browser, app.web.url, query);
    expect(v.missing).toEqual([]);
    const steps = ['load', ...WEB_SCREENS.map((s) => s.id), 'search', 'unit', 'filter', 'scroll', 'export'];
    expect([...v.steps.keys()].sort()).toEqual([...new Set(steps)].sort());
    for (const [name, s] of v.steps) {
      if (name === 'scroll') expect(s.ms).toBeNull();
      else expect(s.ms, name).toBeGreaterThan(0);
      expect(s.longestBare, name).toBeLessThanOrEqual(s.longest);
    }
  });

  test('a long task is counted as bare, unless a busy indicator was painted before it', async () => {
    const page = await browser.newPage();
    try {
      await page.addInitScript(installProbe, BUSY_SELECTOR);
      // A navigation (not setContent), so that the init script runs.
      await page.goto('data:text/html,<p id="x">probe</p>');
      // The busy loop runs as a task of the page's own (a timer), as the app's work does; then a wait for it.
      const spin = async () => {
        await page.evaluate(() =>
          setTimeout(() => {
            const end = Date.now() + 250;
            while (Date.now() < end);
          }, 0),
        );
        await page.waitForTimeout(400);
      };
      const frames = () => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      await frames();
      const t0 = await page.evaluate(() => performance.now());
      await spin();
      await frames();
      const t1 = await page.evaluate(() => performance.now());
      await page.evaluate(() => document.getElementById('x')!.setAttribute('aria-busy', 'true'));
      await frames();
      await spin();
      await page.waitForTimeout(300);
      const t2 = await page.evaluate(() => performance.now());
      const p = await page.evaluate(() => (globalThis as unknown as PageGlobals).__probe!);
      const bare = spanOf(p, t0, t1, null);
      expect(bare.longest).toBeGreaterThanOrEqual(200);
      expect(bare.longestBare).toBe(bare.longest);
      expect(bare.bareOver100).toBe(1);
      const shown = spanOf(p, t1, t2, null);
      expect(shown.longest).toBeGreaterThanOrEqual(200);
      expect(shown.longestBare).toBe(0);
      expect(shown.bareOver100).toBe(0);
    } finally {
      await page.close();
    }
  });
});
