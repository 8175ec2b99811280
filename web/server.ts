/** Web mode: the renderer and the API over HTTP on 127.0.0.1, for machines where Electron cannot start. */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { dispatch, toApiError } from '../api/dispatch.ts';
import { createCtx } from '../api/session.ts';
import type { Session } from '../api/define.ts';
import { UserError } from '../api/errors.ts';
import { checkRequest, newToken, SECURITY_HEADERS } from './security.ts';

const MAX_BODY = 120 * 1024 * 1024; // a 50 MB spreadsheet sent as base64, with room to spare

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.woff2': 'font/woff2', '.json': 'application/json',
};

export interface WebServer { url: string; token: string; server: Server; close(): Promise<void> }

function send(res: ServerResponse, status: number, body: string | Buffer, type: string): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': 'no-store' });
  res.end(body);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new UserError('Dữ liệu gửi lên quá lớn (tối đa 120 MB).', 'too-large'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export async function startWebServer(opts: { session: Session; port?: number; staticDir: string }): Promise<WebServer> {
  const token = newToken();
  const ctx = createCtx(opts.session, { kind: 'web' });
  let port = 0;
  const indexPath = join(opts.staticDir, 'index.html');
  if (!existsSync(indexPath)) {
    throw new UserError(`Chưa có giao diện đã dựng ở ${opts.staticDir}. Hãy chạy: npm run build:renderer`, 'no-renderer');
  }
  const index = readFileSync(indexPath, 'utf8').replace('<head>', `<head>\n    <meta name="tochuc-token" content="${token}">`);

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const isApi = url.pathname.startsWith('/api/');
    const refused = checkRequest(req, port, token, isApi);
    if (refused) return send(res, 403, JSON.stringify({ ok: false, error: { code: 'forbidden', message: refused } }), TYPES['.json']!);
    if (isApi) {
      if (req.method !== 'POST') return send(res, 405, '', 'text/plain');
      try {
        const body = await readBody(req);
        let input: unknown;
        try {
          input = body ? JSON.parse(body) : {};
        } catch {
          throw new UserError('Dữ liệu gửi lên không phải JSON hợp lệ.', 'bad-json');
        }
        const result = await dispatch(ctx, decodeURIComponent(url.pathname.slice(5)), input);
        return send(res, 200, JSON.stringify({ ok: true, result }), TYPES['.json']!);
      } catch (e) {
        const err = toApiError(e);
        return send(res, err.code === 'internal' ? 500 : 400, JSON.stringify({ ok: false, error: err }), TYPES['.json']!);
      }
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, '', 'text/plain');
    const rel = normalize(decodeURIComponent(url.pathname)).replace(/^([/\\])+/, '');
    const file = join(opts.staticDir, rel);
    if (rel && !rel.startsWith('..') && file.startsWith(opts.staticDir + sep) && existsSync(file) && !file.endsWith('index.html')) {
      return send(res, 200, readFileSync(file), TYPES[extname(file)] ?? 'application/octet-stream');
    }
    return send(res, 200, index, TYPES['.html']!);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) =>
      reject(e.code === 'EADDRINUSE' ? new UserError(`Cổng ${opts.port} đang được dùng; hãy chọn cổng khác với --port.`, 'port') : e),
    );
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  const addr = server.address();
  port = typeof addr === 'object' && addr ? addr.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    token,
    server,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
