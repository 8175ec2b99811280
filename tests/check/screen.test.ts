/** The Kiểm tra số liệu screen in Chromium: paste or open a draft, see the wrong figures marked, save the corrected copy. */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession } from '../../api/session.ts';
import { startWebServer, type WebServer } from '../../web/server.ts';
import { checkDocxDraft, readDocx } from '../../check/docx.ts';
import { CHROMIUM_ARGS } from '../e2e/harness.ts';
import { demoCopy, tempDir } from '../helpers/db.ts';
import { seedDocx } from './fixtures.ts';

const seed = readFileSync(new URL('../fixtures/seed-quoc-oai.txt', import.meta.url), 'utf8');

describe('Kiểm tra số liệu screen', () => {
  const dir = tempDir();
  let web: WebServer;
  let browser: BrowserContext;
  beforeAll(async () => {
    // A build of this tree's renderer of its own, so the test never depends on a stale shared dist/.
    const out = join(dir, 'renderer');
    execFileSync('npx', ['vite', 'build', '--outDir', out, '--emptyOutDir', '--logLevel', 'error'], {
      cwd: new URL('../..', import.meta.url).pathname,
      stdio: 'ignore',
    });
    web = await startWebServer({ session: createSession(demoCopy()), port: 0, staticDir: out });
    browser = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
      acceptDownloads: true,
      locale: 'vi-VN',
    });
    browser.setDefaultTimeout(10_000);
  });
  afterAll(async () => {
    await browser?.close();
    await web?.close();
  });

  it('marks the wrong figures of a pasted text, with the correct value on hover', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${web.url}#/kiem-tra`);
    await page.getByTestId('check-text').fill(seed);
    await page.getByTestId('check-run').click();
    await page.getByTestId('draft-text').waitFor();
    const wrong = page.locator('mark.claim-wrong');
    expect(await wrong.allTextContents()).toEqual(['85,54%', '6.65%', '6,21%']);
    // The arithmetic, then in words the whole it used and why.
    expect(await wrong.first().getAttribute('title')).toMatch(
      /^Tỷ lệ: sai, đúng là 85,44% — 6\.067\/7\.101 = 85,4387…%\nMẫu số 7\.101: tổng số nêu trước danh sách \(7\.101 đảng viên\)/,
    );
    expect(await wrong.nth(1).getAttribute('title')).toContain('Cách viết số: sai, đúng là 6,65%');
    // Counts are compared with the chosen year (2019) of the demo data: all right.
    expect(await page.locator('mark.claim-ok').count()).toBeGreaterThanOrEqual(12);
    expect(await page.getByRole('status').textContent()).toBe('19 số liệu đã kiểm tra, 4 chỗ sai.');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('has its own year: reads the year from the draft, shows it, and never calls a count of another year wrong', async () => {
    const page = await browser.newPage();
    await page.goto(`${web.url}#/kiem-tra`);
    const draft = `Tính đến 31/12/2019, ${seed}`;
    await page.getByTestId('check-text').fill(draft);
    await page.getByTestId('check-run').click();
    await page.getByTestId('draft-text').waitFor();
    expect(await page.getByTestId('check-draft-year').textContent()).toBe(
      'Bản thảo nói về năm 2019 (đọc từ văn bản). Số lượng đối chiếu với dữ liệu năm 2019.',
    );
    expect(await page.locator('mark.claim-wrong').allTextContents()).toEqual(['85,54%', '6.65%', '6,21%']);
    // Compared with 2017 on purpose: the counts that differ are not verifiable, not wrong.
    await page.getByTestId('check-year').selectOption('2017');
    await page.getByTestId('check-run').click();
    await page.getByTestId('draft-text').waitFor();
    expect(await page.getByTestId('check-draft-year').textContent()).toContain(
      'Số lượng đối chiếu với dữ liệu năm 2017. Năm đối chiếu khác năm của bản thảo',
    );
    expect(await page.locator('mark.claim-wrong').allTextContents()).toEqual(['85,54%', '6.65%', '6,21%']);
    const unverified = page.locator('tr.unverified');
    expect(await unverified.count()).toBeGreaterThan(0);
    expect(await unverified.first().locator('td').first().textContent()).toBe('? không kiểm được');
    expect(await unverified.first().textContent()).toContain('bản thảo nói về năm 2019, không đối chiếu được với dữ liệu năm 2017');
    await page.close();
  });

  it('opens a .docx and saves the corrected copy', async () => {
    const page = await browser.newPage();
    await page.goto(`${web.url}#/kiem-tra`);
    const file = join(dir, 'du-thao.docx');
    writeFileSync(file, await seedDocx());
    await page.getByTestId('check-file').setInputFiles(file);
    await page.getByTestId('check-run').click();
    await page.getByTestId('draft-text').waitFor();
    expect(await page.locator('mark.claim-wrong').first().textContent()).toBe('85,54%');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('check-save').click()]);
    expect(download.suggestedFilename()).toBe('du-thao-da-sua.docx');
    const saved = join(dir, 'saved.docx');
    await download.saveAs(saved);
    const claims = checkDocxDraft(await readDocx(readFileSync(saved))).claims;
    expect(claims.filter((c) => !c.ok && c.kind !== 'count').map((c) => c.printed)).toEqual(['trên 30%']);
    expect(claims.find((c) => c.kind === 'share' && c.printed === '85,44%')?.ok).toBe(true);
    await page.close();
  });
});
