/** The rules of the loopback HTTP transport: loopback only, our own origin only, a token per run. */
import type { IncomingMessage } from 'node:http';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { isAbsolute, join, normalize, relative, sep } from 'node:path';

export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "frame-src 'self' blob:",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

export function newToken(): string {
  return randomBytes(24).toString('base64url');
}

export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

/** Compares in constant time, so the token cannot be guessed a character at a time. */
export function tokenMatches(given: string, token: string): boolean {
  const a = Buffer.from(given),
    b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** A DNS-rebinding page carries a foreign Host; a cross-site page carries a foreign Origin. */
export function checkRequest(req: IncomingMessage, port: number, token: string, api: boolean): string | null {
  const hosts = allowedHosts(port);
  if (!hosts.includes(req.headers.host ?? '')) return 'Host không hợp lệ';
  const origin = req.headers.origin;
  if (origin !== undefined && !hosts.some((h) => origin === `http://${h}`)) return 'Nguồn gọi (Origin) không được phép';
  if (!api) return null;
  if (!tokenMatches(String(req.headers['x-tochuc-token'] ?? ''), token)) return 'Thiếu hoặc sai mã phiên';
  if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) return 'Chỉ nhận application/json';
  return null;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export function contentType(file: string): string {
  const dot = file.lastIndexOf('.');
  return TYPES[dot < 0 ? '' : file.slice(dot).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The file of the built renderer that a URL path names, for web mode and the desktop app's app:// scheme alike.
 * null when the path is malformed or would leave the folder; unknown paths fall back to index.html,
 * as the screens live in the hash.
 */
export function resolveStaticFile(rootDir: string, pathname: string, exists: (p: string) => boolean): string | null {
  let path: string;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (path.includes('\0')) return null;
  const rel = normalize(path).replace(/^([/\\])+/, '');
  const file = join(rootDir, rel || 'index.html');
  const back = relative(rootDir, file);
  if (back.startsWith('..') || isAbsolute(back) || back.split(sep).includes('..')) return null;
  return exists(file) ? file : join(rootDir, 'index.html');
}
