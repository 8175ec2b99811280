/**
 * The web UI in a real browser: the real server (`tochuc serve`, its own process, as `npm run web` starts it)
 * on the scale's file, Debian's Chromium driving fresh visits (bench/web-session.ts). Rows: navigation → first
 * breakdown shown against a bare page fetching the same JSON from the same server; then, per screen and
 * interaction, the longest main-thread task that ran with no busy indicator on screen (budget 100 ms), with
 * the time to its data and the longest task of any kind in the note.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import Database from 'better-sqlite3';
import { chromium } from 'playwright-core';
import { listUnits } from '../../db/units.ts';
import { foldForSearch } from '../../format/vi.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH, ensureRendererBuilt, root } from '../../tests/e2e/chromium.ts';
import { budgetFor } from '../budgets.ts';
import { formatMs, median } from '../measure.ts';
import type { Row } from '../row.ts';
import type { Span } from '../web-probe.ts';
import { bareVisit, visit, WEB_SCREENS } from '../web-session.ts';
import type { Scale } from './context.ts';

const STEP_NAMES: Record<string, string> = {
  ...Object.fromEntries(WEB_SCREENS.map((s) => [s.id, `mở màn hình ${s.title} → có số liệu`])),
  'tong-quan': 'trở lại Tổng quan → có phân tổ',
  search: 'Tổ chức: gõ 7 ký tự vào ô Tìm → cây đã lọc',
  unit: 'Tổ chức: bấm một đơn vị → bảng của đơn vị',
  filter: 'Số liệu: gõ 7 ký tự vào ô Lọc đơn vị → bảng đã lọc',
  scroll: 'Số liệu: cuộn bảng 10 lần',
  export: 'So sánh: Xuất Excel → đã tải tệp',
};
const ORDER = [
  'load',
  'to-chuc',
  'search',
  'unit',
  'so-lieu',
  'filter',
  'scroll',
  'so-sanh',
  'export',
  'chi-tieu',
  'bao-cao',
  'kiem-tra',
  'cai-dat',
  'tong-quan',
];

/** 7 characters of a unit's name from the middle of the tree, as a user would type them (no diacritics). */
export function searchQuery(path: string, year: number): string {
  const db = new Database(path, { readonly: true });
  try {
    const units = listUnits(db, year).filter((u) => u.kind === 'cell');
    const name = foldForSearch(units[Math.floor(units.length / 2)]?.name ?? 'chi bo thon');
    // The last 7 characters that neither begin nor end with a space.
    for (let end = name.length; end >= 7; end--) {
      const q = name.slice(end - 7, end);
      if (q[0] !== ' ' && q[6] !== ' ') return q;
    }
    return name;
  } finally {
    db.close();
  }
}

interface Server {
  url: string;
  token: string;
  child: ChildProcess;
}

async function startServer(path: string): Promise<Server> {
  const child = spawn(process.execPath, [join(root, 'bin', 'tochuc.js'), 'serve', '--db', path, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', (l) => resolve(l.trim()));
    child.once('exit', (code) => reject(new Error(`tochuc serve dừng (mã ${code}) trước khi phục vụ ${path}`)));
  });
  const html = await (await fetch(url)).text();
  const token = /name="tochuc-token" content="([^"]+)"/.exec(html)?.[1];
  if (!token) throw new Error('Trang của tochuc serve không có mã phiên');
  return { url, token, child };
}

function stopServer(s: Server): Promise<void> {
  return new Promise((resolve) => {
    if (s.child.exitCode !== null) return resolve();
    s.child.once('exit', () => resolve());
    s.child.kill('SIGTERM');
  });
}

const yesNo = (n: number, of: number) => (n === 0 ? 'không lần nào' : `${n}/${of} lần`);

export async function webRows(s: Scale, runs: number, log: (s: string) => void = () => {}): Promise<Row[]> {
  ensureRendererBuilt();
  const query = searchQuery(s.path, s.last);
  const server = await startServer(s.path);
  // The server must not outlive this process, whatever fails below.
  const orphan = () => server.child.kill('SIGTERM');
  process.once('exit', orphan);
  const spans = new Map<string, Span[]>();
  const missing = new Set<string>();
  const bare: number[] = [];
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS }).catch(async (e: unknown) => {
    await stopServer(server);
    throw e;
  });
  try {
    // A first visit warms the server's caches and the file's pages, as a user's second visit would find them.
    await visit(browser, server.url, query);
    for (let i = 0; i < runs; i++) {
      log(`${s.label}: giao diện web, lần ${i + 1}/${runs} …`);
      // The first bare visit waits out what the server still does for the visit before; the second is measured.
      await bareVisit(browser, server.url, server.token, s.last);
      bare.push(await bareVisit(browser, server.url, server.token, s.last));
      const v = await visit(browser, server.url, query);
      for (const [k, span] of v.steps) spans.set(k, [...(spans.get(k) ?? []), span]);
      for (const k of v.missing) missing.add(k);
    }
  } finally {
    await browser.close().catch(() => {});
    await stopServer(server);
    process.off('exit', orphan);
  }

  const rows: Row[] = [];
  const scale = s.label;
  const load = spans.get('load') ?? [];
  const detail = (xs: Span[]) => {
    // Visits with at least one such task.
    const over = xs.filter((x) => x.bareOver100 > 0).length;
    const longest = median(xs.map((x) => x.longest));
    const times = xs.every((x) => x.ms !== null) ? `xong sau ${formatMs(median(xs.map((x) => x.ms!)))}; ` : '';
    return `${times}việc dài nhất ${formatMs(longest)} (kể cả khi có dấu hiệu bận); việc > 100 ms không có dấu hiệu bận: ${yesNo(over, xs.length)}`;
  };
  rows.push({
    key: 'web-first',
    scale,
    name: 'Web: mở trang → phân tổ đầu tiên hiện ra',
    value: load.length ? median(load.map((x) => x.ms!)) : null,
    unit: 'ms',
    baseline: 'trang trần lấy cùng JSON, ghi vào bảng',
    baselineValue: bare.length ? median(bare) : null,
    ...budgetFor('web-first', s.factor),
    runs,
    note: load.length ? detail(load) : undefined,
  });
  for (const k of ORDER) {
    const xs = spans.get(k);
    const name = `Web: ${k === 'load' ? 'mở trang' : STEP_NAMES[k]} — việc dài nhất không có dấu hiệu bận`;
    rows.push({
      key: 'web-task',
      scale,
      name,
      value: xs?.length ? median(xs.map((x) => x.longestBare)) : null,
      unit: 'ms',
      baseline: '',
      baselineValue: null,
      ...budgetFor('web-task', s.factor),
      runs,
      note: xs?.length ? detail(xs) : missing.has(k) ? 'không hiện ra trong 30 giây (màn hình không có số liệu ở quy mô này?)' : undefined,
    });
  }
  return rows;
}
