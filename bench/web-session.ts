/**
 * One visit of the web UI as a user makes it, in a fresh browser context (nothing cached): load the page to
 * its first breakdown, open every screen, search and pick a unit in Tổ chức, filter and scroll Số liệu, export
 * So sánh to Excel. Each step returns its span (bench/web-probe.ts): time to its data on screen and the
 * longest main-thread task, with or without a busy indicator painted before it.
 */
import type { Browser, Page } from 'playwright-core';
// Callbacks given to page.evaluate run in the browser: they reach its globals through globalThis, never this module's scope.
import { BUSY_SELECTOR, installProbe, spanOf, type PageGlobals, type ProbeState, type Span, type Watch } from './web-probe.ts';

/** The screens in the order a visit opens them, with what shows that the screen has its data. */
export const WEB_SCREENS = [
  { id: 'to-chuc', title: 'Tổ chức', selector: '[data-testid="org-tree"] [role="treeitem"]' },
  { id: 'so-lieu', title: 'Số liệu', selector: '[data-testid="figure-grid"] [role="rowheader"]' },
  { id: 'so-sanh', title: 'So sánh', selector: '[data-testid="compare"] tbody tr' },
  { id: 'chi-tieu', title: 'Chỉ tiêu', selector: '[data-testid="targets"] tbody tr' },
  { id: 'bao-cao', title: 'Báo cáo', selector: 'select[data-testid="report-kind"]:has(option)' },
  { id: 'kiem-tra', title: 'Kiểm tra số liệu', selector: '[data-testid="check-text"]' },
  { id: 'cai-dat', title: 'Cài đặt', selector: '[data-testid="terms"]' },
  { id: 'tong-quan', title: 'Tổng quan', selector: '[data-testid="breakdown"] tbody tr' },
] as const;

export const FIRST_BREAKDOWN = '[data-testid="breakdown"] tbody tr';

/** A step's name, as the rows of the benchmark name it. */
export type StepName = string;

export interface Visit {
  steps: Map<StepName, Span>;
  /** Steps whose element never showed (a screen without data at this scale), with why. */
  missing: string[];
}

const WAIT_MS = 30_000;
/** A step is over when no long task has run for this long after its element showed. */
const QUIET_MS = 600;

async function probe(page: Page): Promise<ProbeState> {
  return page.evaluate(() => (globalThis as unknown as PageGlobals).__probe!);
}

async function watch(page: Page, name: string, w: Watch): Promise<void> {
  await page.evaluate(([n, x]) => void ((globalThis as unknown as PageGlobals).__probe!.watches[n] = x), [name, w] as const);
}

/** Waits for the step's element (when it has one), then for quiet; returns the step's span. */
async function finish(page: Page, name: string, opts: { seen: boolean }): Promise<Span | null> {
  if (opts.seen) {
    try {
      await page.waitForFunction((n) => n in (globalThis as unknown as PageGlobals).__probe!.seen, name, {
        timeout: WAIT_MS,
        polling: 100,
      });
    } catch {
      return null;
    }
  }
  for (;;) {
    await page.waitForTimeout(150);
    const quiet = await page.evaluate(
      ([n, q]) => {
        const p = (globalThis as unknown as PageGlobals).__probe!;
        const lastEnd = Math.max(p.seen[n] ?? 0, ...p.tasks.map((t) => t.start + t.duration));
        return performance.now() - lastEnd >= q;
      },
      [name, QUIET_MS] as const,
    );
    if (quiet) break;
  }
  const p = await probe(page);
  const now = await page.evaluate(() => performance.now());
  return spanOf(p, p.starts[name] ?? 0, now, opts.seen ? p.seen[name]! : null);
}

/** `query`: 7 characters of a unit's name, typed into Tổ chức's search and Số liệu's filter. */
export async function visit(browser: Browser, url: string, query: string): Promise<Visit> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'vi-VN', acceptDownloads: true });
  const steps = new Map<StepName, Span>();
  const missing: string[] = [];
  const record = (name: string, s: Span | null) => (s ? steps.set(name, s) : missing.push(name));
  try {
    const page = await context.newPage();
    await page.addInitScript(installProbe, BUSY_SELECTOR);
    const load: Watch = { selector: FIRST_BREAKDOWN, armed: false };
    await page.addInitScript((w) => void ((globalThis as unknown as PageGlobals).__probe!.watches.load = w), load);
    await page.goto(url);
    record('load', await finish(page, 'load', { seen: true }));

    const go = async (id: string, selector: string) => {
      await watch(page, id, { selector, armed: true });
      await page.locator(`nav a[href="#/${id}"]`).click();
      record(id, await finish(page, id, { seen: true }));
    };
    const type = async (name: string, input: string, selector: string) => {
      await watch(page, name, { selector, allFolded: query, armed: true });
      await page.locator(input).pressSequentially(query, { delay: 120 });
      record(name, await finish(page, name, { seen: true }));
    };

    for (const s of WEB_SCREENS) {
      await go(s.id, s.selector);
      if (s.id === 'to-chuc') {
        await type('search', '.organization input[type="search"]', '[data-testid="org-tree"] [role="treeitem"] button');
        const pick = page.locator('[data-testid="org-tree"] [role="treeitem"] button').first();
        const name = (await pick.textContent()) ?? '';
        await watch(page, 'unit', { selector: '[data-testid="unit-panel"] h2', text: name, armed: true });
        await pick.click();
        record('unit', await finish(page, 'unit', { seen: true }));
      }
      if (s.id === 'so-lieu' && steps.has('so-lieu')) {
        await type('filter', '.figure-grid input[type="search"]', '[data-testid="figure-grid"] [role="rowheader"]');
        await page.locator('.figure-grid input[type="search"]').fill('');
        await page.waitForTimeout(QUIET_MS);
        await watch(page, 'scroll', { selector: 'body', armed: true });
        await page.locator('[data-testid="figure-grid"]').hover();
        for (let i = 0; i < 10; i++) {
          await page.mouse.wheel(0, 1200);
          await page.waitForTimeout(100);
        }
        record('scroll', await finish(page, 'scroll', { seen: false }));
      }
      if (s.id === 'so-sanh' && steps.has('so-sanh')) {
        await watch(page, 'export', { selector: '[role="status"]', text: 'Đã lưu', armed: true });
        const download = page.waitForEvent('download', { timeout: WAIT_MS });
        await page.getByRole('button', { name: 'Xuất Excel (.xlsx)' }).click();
        await download;
        record('export', await finish(page, 'export', { seen: true }));
      }
    }
  } finally {
    await context.close();
  }
  return { steps, missing };
}

/** The baseline of the first breakdown: a bare page on the same server fetching the same JSON and writing it into a table. */
export async function bareVisit(browser: Browser, url: string, token: string, year: number): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'vi-VN' });
  try {
    const page = await context.newPage();
    const bare = new URL('bench-bare.html', url).href;
    // The page itself comes from the test driver (the server serves only the app); its data comes from the server.
    await page.route(bare, (r) =>
      r.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><meta charset="utf-8"><table id="t"><tbody></tbody></table><script>
fetch('/api/stats.breakdown', { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Tochuc-Token': ${JSON.stringify(token)} },
  body: JSON.stringify({ year: ${year} }) }).then((r) => r.json()).then((b) => {
  const tb = document.querySelector('#t tbody');
  for (const row of b.result.rows) { const tr = document.createElement('tr');
    for (const v of [row.label, row.units, row.members, row.shareText]) { const td = document.createElement('td'); td.textContent = v ?? ''; tr.append(td); }
    tb.append(tr); }
  requestAnimationFrame(() => { window.__shown = performance.now(); });
});
</script>`,
      }),
    );
    await page.goto(bare);
    await page.waitForFunction(() => (globalThis as unknown as PageGlobals).__shown !== undefined, null, { timeout: WAIT_MS });
    // Awaited here: the context closes in `finally`.
    return await page.evaluate(() => (globalThis as unknown as PageGlobals).__shown!);
  } finally {
    await context.close();
  }
}
