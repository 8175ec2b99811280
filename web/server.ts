/** Web mode: the renderer and the API over HTTP on 127.0.0.1, for machines where Electron cannot start. */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { runCall, toApiError } from '../api/dispatch.ts';
import { createCtx } from '../api/session.ts';
import type { Session } from '../core/context.ts';
import { UserError } from '../core/errors.ts';
import { checkRequest, contentType, newToken, resolveStaticFile, SECURITY_HEADERS, tokenMatches } from './security.ts';

const MAX_BODY = 120 * 1024 * 1024; // a 50 MB spreadsheet sent as base64, with room to spare


const JSON_TYPE = contentType('.json');
/** Where the page listens for pushed events (progress, data changed). */
export const EVENTS_PATH = '/api/events';
const HTML_TYPE = contentType('.html');

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
  const streams = new Set<ServerResponse>();
  ctx.events.listen((event) => {
    const frame = `data: ${JSON.stringify(event)}\n\n`;
    for (const s of streams) s.write(frame);
  });
  const streamEvents = (res: ServerResponse) => {
    res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
    res.write(': tochuc\n\n');
    streams.add(res);
    res.on('close', () => streams.delete(res));
  };
  const index = readFileSync(indexPath, 'utf8').replace('<head>', `<head>\n    <meta name="tochuc-token" content="${token}">`);

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    // Pushed events as server-sent events: an EventSource cannot set headers, so the token comes in the query.
    if (url.pathname === EVENTS_PATH && req.method === 'GET') {
      const refusedEvents = checkRequest(req, port, token, false) ?? (tokenMatches(url.searchParams.get('token') ?? '', token) ? null : 'Thiếu hoặc sai mã phiên');
      if (refusedEvents) return send(res, 403, JSON.stringify({ ok: false, error: { code: 'forbidden', message: refusedEvents } }), JSON_TYPE);
      return streamEvents(res);
    }
    const isApi = url.pathname.startsWith('/api/');
    const refused = checkRequest(req, port, token, isApi);
    if (refused) return send(res, 403, JSON.stringify({ ok: false, error: { code: 'forbidden', message: refused } }), JSON_TYPE);
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
        const reply = await runCall(ctx, url.pathname.slice(5), input);
        const status = reply.ok ? 200 : reply.error.code === 'internal' ? 500 : 400;
        return send(res, status, JSON.stringify(reply), JSON_TYPE);
      } catch (e) {
        const err = toApiError(e);
        return send(res, err.code === 'internal' ? 500 : 400, JSON.stringify({ ok: false, error: err }), JSON_TYPE);
      }
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, '', 'text/plain');
    const file = resolveStaticFile(opts.staticDir, url.pathname, existsSync);
    if (file === null) return send(res, 400, 'Đường dẫn không hợp lệ.', 'text/plain; charset=utf-8');
    if (!file.endsWith('index.html')) return send(res, 200, readFileSync(file), contentType(file));
    return send(res, 200, index, HTML_TYPE);
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
    close: () =>
      new Promise<void>((r) => {
        // Open event streams would keep the server from closing.
        for (const s of streams) s.end();
        server.close(() => r());
      }),
  };
}
