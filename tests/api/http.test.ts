import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'node:http';
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createSession } from '../../api/session.ts';
import { startWebServer, type WebServer } from '../../web/server.ts';
import { contract } from '../../api/contract.ts';
import { demoCopy } from '../helpers/db.ts';

const staticDir = new URL('../../dist/renderer', import.meta.url).pathname;

/** A raw request, so that tests can send what a browser never would (foreign Host, no token). */
function post(web: WebServer, path: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; json: any }> {
  const url = new URL(path, web.url);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: url.port,
        path: url.pathname,
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-tochuc-token': web.token, ...headers },
      },
      (res) => {
        let data = '';
        res.on('data', (c) => (data += c));
        res.on('end', () => resolve({ status: res.statusCode!, json: data ? JSON.parse(data) : null }));
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

describe('HTTP transport', () => {
  let web: WebServer;
  beforeAll(async () => {
    if (!existsSync(`${staticDir}/index.html`)) execFileSync('npx', ['vite', 'build'], { stdio: 'ignore' });
    web = await startWebServer({ session: createSession(demoCopy()), port: 0, staticDir });
  });
  afterAll(() => web.close());

  it('listens on 127.0.0.1 only', () => {
    const addr = web.server.address();
    expect(typeof addr === 'object' && addr?.address).toBe('127.0.0.1');
    expect(web.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('answers a breakdown through the contract, output valid against its schema', async () => {
    const r = await post(web, '/api/stats.breakdown', { year: 2019 });
    expect(r.status).toBe(200);
    const out = contract['stats.breakdown'].output.parse(r.json.result);
    expect(out.rows[0]).toMatchObject({ units: 221, members: 6067, shareText: '85,44%' });
  });

  it('compares years and lists units with members, valid against the contract', async () => {
    const c = await post(web, '/api/stats.compare', { years: [2017, 2018, 2019] });
    expect(contract['stats.compare'].output.parse(c.json.result).rows).toHaveLength(4);
    const u = await post(web, '/api/units.list', { year: 2019 });
    const units = contract['units.list'].output.parse(u.json.result);
    expect(units[0]).toMatchObject({ kind: 'committee', members: 7101, parent: null });
  });

  it('refuses calls without the token, from another origin or another host name', async () => {
    expect((await post(web, '/api/stats.breakdown', { year: 2019 }, { 'x-tochuc-token': 'sai' })).status).toBe(403);
    expect((await post(web, '/api/stats.breakdown', { year: 2019 }, { origin: 'http://evil.example' })).status).toBe(403);
    expect((await post(web, '/api/stats.breakdown', { year: 2019 }, { host: 'evil.example' })).status).toBe(403);
    expect((await post(web, '/api/stats.breakdown', { year: 2019 }, { 'content-type': 'text/plain' })).status).toBe(403);
  });

  it('explains bad input in Vietnamese and changes nothing', async () => {
    const r = await post(web, '/api/stats.breakdown', { year: 'hai nghìn' });
    expect(r.status).toBe(400);
    expect(r.json.error.message).toMatch(/Dữ liệu gửi lên không hợp lệ.*year/);
    const unknown = await post(web, '/api/khong.co', {});
    expect(unknown.json.error.message).toBe('Không có lệnh "khong.co".');
    const grid = await post(web, '/api/figures.grid', { year: 2019 });
    const cell = grid.json.result.rows.find((r: any) => r.leaf);
    const bad = await post(web, '/api/figures.set', {
      year: 2019,
      changes: [
        { unitId: cell.unitId, indicator: 'dang_vien', value: 5 },
        { unitId: cell.unitId, indicator: 'nu', value: -1 },
      ],
    });
    expect(bad.status).toBe(400);
    expect(bad.json.error.message).toMatch(/Dòng 2.*"-1" là số âm/); // the grid and import rule (io/values.ts)
    const after = await post(web, '/api/figures.grid', { year: 2019 });
    expect(after.json.result.rows.find((r: any) => r.unitId === cell.unitId).values).toEqual(cell.values);
  });

  it('serves the page with the token and a strict CSP', async () => {
    const res = await fetch(web.url);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await res.text();
    expect(html).toContain(`<meta name="tochuc-token" content="${web.token}">`);
    const traversal = await fetch(new URL('/../../package.json', web.url));
    expect(await traversal.text()).not.toContain('"dependencies"');
    const encoded = await fetch(new URL('/assets/..%2f..%2fpackage.json', web.url));
    expect(await encoded.text()).not.toContain('"dependencies"');
  });

  it('answers a malformed path with 400 and keeps serving', async () => {
    const bad = await fetch(new URL('/%E0%A4%A', web.url));
    expect(bad.status).toBe(400);
    expect(await bad.text()).toBe('Đường dẫn không hợp lệ.');
    const api = await post(web, '/api/%E0%A4%A', {});
    expect(api.json.error.message).toMatch(/Không có lệnh/);
    expect((await post(web, '/api/stats.breakdown', { year: 2019 })).status).toBe(200);
  });

  it('pushes progress and data-changed as server-sent events, only to a page with the token', async () => {
    const url = new URL('/api/events', web.url);
    const denied = await fetch(`${url}?token=sai`);
    expect(denied.status).toBe(403);
    const res = await fetch(`${url}?token=${web.token}`);
    expect(res.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    const reader = res.body!.getReader();
    const events: { type: string; jobId?: string; method?: string; progress?: { done: number } }[] = [];
    const done = (async () => {
      let buf = '';
      for (;;) {
        const { value, done: end } = await reader.read();
        if (end) return;
        buf += new TextDecoder().decode(value);
        for (let i = buf.indexOf('\n\n'); i >= 0; i = buf.indexOf('\n\n')) {
          const frame = buf.slice(0, i);
          buf = buf.slice(i + 2);
          if (frame.startsWith('data: ')) events.push(JSON.parse(frame.slice(6)));
          if (events.some((e) => e.type === 'data-changed')) return;
        }
      }
    })();
    // A read with a job id: progress only. Then a write: data-changed.
    expect((await post(web, '/api/targets.table', { years: [2017, 2018, 2019], jobId: 'bang' })).status).toBe(200);
    expect((await post(web, '/api/settings.update', { place: 'Quốc Oai' })).status).toBe(200);
    await done;
    await reader.cancel();
    const progress = events.filter((e) => e.type === 'progress');
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.every((e) => e.jobId === 'bang')).toBe(true);
    expect(progress.at(-1)!.progress!.done).toBe(1);
    expect(events.filter((e) => e.type !== 'progress')).toEqual([{ type: 'data-changed', method: 'settings.update' }]);
  });
});
