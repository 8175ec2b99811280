/** Web mode: the renderer and the API over HTTP on 127.0.0.1, for machines where Electron cannot start. */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { runCall, toApiError } from '../api/dispatch.ts';
import { createCtx } from '../api/session.ts';
import type { Session } from '../core/context.ts';
import { UserError, type ErrorCode } from '../core/errors.ts';
import { callTooLargeMessage, MAX_CALL_BYTES } from '../api/limits.ts';
import { checkRequest, contentType, newToken, resolveStaticFile, SECURITY_HEADERS, tokenMatches } from './security.ts';
import { BodyBudget } from './budget.ts';

/** The largest file an import takes, sent as base64 inside JSON, with room for the rest of the call. */
export const MAX_BODY = MAX_CALL_BYTES;
/** Bodies held in memory at once by all requests together: two of the largest, then callers wait their turn. */
export const BODY_BUDGET = 2 * MAX_BODY;

const JSON_TYPE = contentType('.json');
/** Where the page listens for pushed events (progress, data changed). */
export const EVENTS_PATH = '/api/events';
const HTML_TYPE = contentType('.html');
const TEXT_TYPE = 'text/plain; charset=utf-8';

export interface WebServer {
  url: string;
  token: string;
  server: Server;
  close(): Promise<void>;
}

class HttpRefusal extends UserError {
  readonly status: number;
  constructor(status: number, message: string, code: ErrorCode) {
    super(message, code);
    this.status = status;
  }
}

function send(res: ServerResponse, status: number, body: string | Buffer, type: string, extra: Record<string, string> = {}): void {
  if (res.headersSent || res.destroyed) return;
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': 'no-store', ...extra });
  res.end(body);
}

function sendError(res: ServerResponse, status: number, code: ErrorCode, message: string, extra: Record<string, string> = {}): void {
  send(res, status, JSON.stringify({ ok: false, error: { code, message } }), JSON_TYPE, extra);
}

function tooLarge(): HttpRefusal {
  return new HttpRefusal(413, callTooLargeMessage(), 'too-large');
}

/**
 * Reads a JSON body within the limit and the shared budget. A body over the limit is read to its end
 * and dropped (not cut off), so that the caller receives the 413 instead of a connection reset.
 */
function readBody(req: IncomingMessage, budget: BodyBudget): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? NaN);
  if (declared > MAX_BODY) {
    req.resume();
    return Promise.reject(tooLarge());
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let failed: HttpRefusal | null = null;
    const fail = (e: HttpRefusal) => {
      failed = e;
      chunks.length = 0;
      budget.release(size);
      size = 0;
    };
    req.on('data', (c: Buffer) => {
      if (failed) return;
      if (size + c.length > MAX_BODY) return fail(tooLarge());
      if (!budget.take(c.length))
        return fail(new HttpRefusal(503, 'Chương trình đang nhận dữ liệu lớn của yêu cầu khác; hãy thử lại sau ít giây.', 'busy'));
      size += c.length;
      chunks.push(c);
    });
    req.on('end', () => {
      if (failed) return reject(failed);
      const body = Buffer.concat(chunks).toString('utf8');
      budget.release(size);
      resolve(body);
    });
    req.on('error', (e) => {
      budget.release(size);
      reject(e);
    });
  });
}

/** The path as sent, never taken for a host ("//x") or a scheme; null when it cannot be read. */
function requestUrl(raw: string | undefined): URL | null {
  if (!raw?.startsWith('/')) return null;
  try {
    return new URL(`http://127.0.0.1${raw}`);
  } catch {
    return null;
  }
}

export async function startWebServer(opts: {
  session: Session;
  port?: number;
  staticDir: string;
  bodyBudget?: number;
}): Promise<WebServer> {
  const token = newToken();
  const ctx = createCtx(opts.session, { kind: 'web' });
  const budget = new BodyBudget(opts.bodyBudget ?? BODY_BUDGET);
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
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    });
    res.write(': tochuc\n\n');
    streams.add(res);
    res.on('close', () => streams.delete(res));
  };
  const index = readFileSync(indexPath, 'utf8').replace('<head>', `<head>\n    <meta name="tochuc-token" content="${token}">`);

  async function api(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    if (req.method !== 'POST') return send(res, 405, '', TEXT_TYPE);
    try {
      const body = await readBody(req, budget);
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
      if (e instanceof HttpRefusal) return sendError(res, e.status, e.code, e.message, e.status === 503 ? { 'Retry-After': '2' } : {});
      const err = toApiError(e);
      return send(res, err.code === 'internal' ? 500 : 400, JSON.stringify({ ok: false, error: err }), JSON_TYPE);
    }
  }

  function staticFile(req: IncomingMessage, res: ServerResponse, url: URL): void {
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, '', TEXT_TYPE);
    const file = resolveStaticFile(opts.staticDir, url.pathname, existsSync);
    if (file === null) return send(res, 400, 'Đường dẫn không hợp lệ.', TEXT_TYPE);
    if (file.endsWith('index.html')) return send(res, 200, index, HTML_TYPE);
    // A folder (/assets) or anything but a plain file is not something to serve.
    if (!statSync(file, { throwIfNoEntry: false })?.isFile()) return send(res, 404, 'Không có tệp này.', TEXT_TYPE);
    return send(res, 200, readFileSync(file), contentType(file));
  }

  const server = createServer((req, res) => {
    // Nothing a request does may end the process: every failure becomes an answer.
    const fail = (e: unknown) => {
      const err = toApiError(e);
      send(res, 500, JSON.stringify({ ok: false, error: err }), JSON_TYPE);
    };
    try {
      const url = requestUrl(req.url);
      if (!url) {
        req.resume();
        return send(res, 400, 'Đường dẫn không hợp lệ.', TEXT_TYPE);
      }
      // Pushed events as server-sent events: an EventSource cannot set headers, so the token comes in the query.
      if (url.pathname === EVENTS_PATH && req.method === 'GET') {
        const refusedEvents =
          checkRequest(req, port, token, false) ??
          (tokenMatches(url.searchParams.get('token') ?? '', token) ? null : 'Thiếu hoặc sai mã phiên');
        if (refusedEvents) return sendError(res, 403, 'forbidden', refusedEvents);
        return streamEvents(res);
      }
      const isApi = url.pathname.startsWith('/api/');
      const refused = checkRequest(req, port, token, isApi);
      if (refused) {
        req.resume();
        return sendError(res, 403, 'forbidden', refused);
      }
      if (isApi) return void api(req, res, url).catch(fail);
      req.resume();
      return staticFile(req, res, url);
    } catch (e) {
      req.resume();
      fail(e);
    }
  });
  server.on('clientError', (_e, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
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
        server.closeAllConnections();
      }),
  };
}
