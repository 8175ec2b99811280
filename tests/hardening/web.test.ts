/**
 * Web mode answers whatever it is sent and keeps serving: folders, malformed paths, bodies over the
 * limit, too many large bodies at once, and a bounded fuzz of paths and bodies on 127.0.0.1.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSession } from '../../api/session.ts';
import { MAX_BODY, startWebServer, type WebServer } from '../../web/server.ts';
import { contract } from '../../api/contract.ts';
import { demoCopy, tempDir } from '../helpers/db.ts';

interface Answer {
  status: number;
  body: string;
}

function call(web: WebServer, method: string, path: string, body?: Buffer | string, headers: Record<string, string> = {}): Promise<Answer> {
  const url = new URL(web.url);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: url.port, path, method, headers: { host: `127.0.0.1:${url.port}`, ...headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode!, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const api = (web: WebServer, name: string, body: Buffer | string, extra: Record<string, string> = {}) =>
  call(web, 'POST', `/api/${name}`, body, { 'content-type': 'application/json', 'x-tochuc-token': web.token, ...extra });

/** Small and seeded: the same run every time. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

function staticRoot(): string {
  const dir = tempDir();
  mkdirSync(join(dir, 'assets', 'sub'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<!doctype html><html><head><title>tochuc</title></head><body></body></html>');
  writeFileSync(join(dir, 'assets', 'app.js'), 'console.log(1)');
  return dir;
}

async function alive(web: WebServer): Promise<void> {
  const r = await api(web, 'stats.breakdown', JSON.stringify({ year: 2019 }));
  expect(r.status).toBe(200);
  expect(contract['stats.breakdown'].output.parse(JSON.parse(r.body).result).rows[0]).toMatchObject({ members: 6067 });
}

/** Vietnamese letters with their marks; an English stack trace has none. */
const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;

describe('web mode never dies', () => {
  let web: WebServer;
  let small: WebServer;
  beforeAll(async () => {
    const root = staticRoot();
    web = await startWebServer({ session: createSession(demoCopy()), port: 0, staticDir: root });
    small = await startWebServer({ session: createSession(demoCopy()), port: 0, staticDir: root, bodyBudget: 64 * 1024 });
  });
  afterAll(async () => {
    await web.close();
    await small.close();
  });

  it('answers 404 for a folder and keeps serving', async () => {
    for (const p of ['/assets', '/assets/', '/assets/sub', '/assets/sub/']) {
      const r = await call(web, 'GET', p);
      expect(r.status, p).toBe(404);
      expect(r.body).toMatch(VIETNAMESE);
    }
    expect((await call(web, 'GET', '/assets/app.js')).status).toBe(200);
    await alive(web);
  });

  it('answers 413 with a message to a body over the limit, declared or streamed', async () => {
    const big = Buffer.alloc(MAX_BODY + 10, 0x20);
    const declared = await api(web, 'stats.breakdown', big);
    expect(declared.status).toBe(413);
    expect(JSON.parse(declared.body).error.message).toMatch(/quá lớn/);
    const streamed = await api(web, 'stats.breakdown', big, { 'transfer-encoding': 'chunked' });
    expect(streamed.status).toBe(413);
    await alive(web);
  });

  it('bounds the bodies held at once: past the budget a caller is told to retry', async () => {
    const body = JSON.stringify({ year: 2019, pad: 'x'.repeat(200 * 1024) });
    const r = await api(small, 'stats.breakdown', body);
    expect(r.status).toBe(503);
    expect(JSON.parse(r.body).error.message).toMatch(/thử lại/);
    await alive(small); // a small call still fits
  });

  it('a fuzz of paths, methods and bodies: every answer is a status with a message, and the server still answers', async () => {
    const rand = rng(14);
    const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)]!;
    const segments = [
      'assets',
      'sub',
      '..',
      '.',
      '%2e%2e',
      '%2F',
      '%00',
      '%',
      '%zz',
      '%c0%af',
      'index.html',
      'app.js',
      '',
      'ổ-đĩa',
      '%E1%BB%95',
      '\\..\\',
      'a'.repeat(300),
      '?x=1',
      '#h',
      ';',
      'api',
      'CON',
      'nul',
    ];
    const methods = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH'];
    const names = [...Object.keys(contract), 'khong-co', '__proto__', 'constructor', '../stats.breakdown', 'stats.breakdown/x', ''];
    const bodies = (): string | Buffer =>
      pick([
        () => '',
        () => '{',
        () => 'null',
        () => '[]',
        () => '"x"',
        () => '1e999',
        () => JSON.stringify({ year: pick([2019, -1, 1e300, 2019.5, '2019', null]) }),
        () => '{"__proto__":{"polluted":1},"year":2019}',
        () => '{"constructor":{"prototype":{"x":1}}}',
        () => `${'['.repeat(5000)}${']'.repeat(5000)}`,
        () => JSON.stringify({ year: 2019, name: 'A\u0000\u202e\ufffe\u200b'.repeat(50) }),
        () => Buffer.from(Array.from({ length: 200 }, () => Math.floor(rand() * 256))),
        () =>
          JSON.stringify({
            source: { name: 'x.xlsx', base64: Buffer.from('PK\u0003\u0004rác').toString('base64') },
            year: 2019,
            dryRun: true,
          }),
        () => JSON.stringify({ year: 2019, changes: [{ unitId: 1, indicator: 'dang_vien', value: 1e300 }] }),
      ])();
    const statuses = new Map<number, number>();
    const TRIES = 400;
    for (let n = 0; n < TRIES; n++) {
      let r: Answer;
      if (rand() < 0.5) {
        const path = `/${Array.from({ length: 1 + Math.floor(rand() * 4) }, () => pick(segments)).join('/')}`;
        r = await call(web, pick(methods), path.replace(/#.*/, '').replace(/[^\x21-\x7e]/g, encodeURIComponent));
      } else {
        r = await api(web, encodeURI(pick(names)), bodies(), rand() < 0.1 ? { 'x-tochuc-token': 'sai' } : {});
      }
      statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
      expect([200, 400, 403, 404, 405, 413], `${r.status}: ${r.body.slice(0, 300)}`).toContain(r.status);
      if (r.status >= 400 && r.body) expect(r.body, `${r.status}: ${r.body.slice(0, 200)}`).toMatch(VIETNAMESE);
    }
    expect([...statuses.values()].reduce((a, b) => a + b, 0)).toBe(TRIES);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    await alive(web);
  });
});
