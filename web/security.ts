/** The rules of the loopback HTTP transport: loopback only, our own origin only, a token per run. */
import type { IncomingMessage } from 'node:http';
import { randomBytes, timingSafeEqual } from 'node:crypto';

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

/** A DNS-rebinding page carries a foreign Host; a cross-site page carries a foreign Origin. */
export function checkRequest(req: IncomingMessage, port: number, token: string, api: boolean): string | null {
  const hosts = allowedHosts(port);
  if (!hosts.includes(req.headers.host ?? '')) return 'Host không hợp lệ';
  const origin = req.headers.origin;
  if (origin !== undefined && !hosts.some((h) => origin === `http://${h}`)) return 'Nguồn gọi (Origin) không được phép';
  if (!api) return null;
  const given = String(req.headers['x-tochuc-token'] ?? '');
  const a = Buffer.from(given), b = Buffer.from(token);
  if (a.length !== b.length || !timingSafeEqual(a, b)) return 'Thiếu hoặc sai mã phiên';
  if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) return 'Chỉ nhận application/json';
  return null;
}
