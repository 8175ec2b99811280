/**
 * The rules of the desktop shell, as pure functions so that they are tested without Electron:
 * which URLs the window may show, which frames may call the API, which files the app:// scheme serves.
 * The Electron security checklist is the source: load only our own content, deny navigation, new windows
 * and permission requests, and check the sender of every IPC message.
 */
import { contentType, CSP, resolveStaticFile } from '../web/security.ts';

export const APP_SCHEME = 'app';
export const APP_HOST = 'tochuc';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY = `${APP_ORIGIN}/index.html`;

/** The same policy as web mode: one policy for the renderer whichever way it is served. */
export const APP_CSP = CSP;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** Our own pages: app://tochuc/… and nothing else (not file://, not http, not another app:// host). */
export function isAppUrl(url: string): boolean {
  const u = parse(url);
  return u !== null && u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST && u.username === '' && u.password === '';
}

/** The window never leaves the app: a link or a script cannot take it to another page. */
export function allowNavigation(url: string): boolean {
  return isAppUrl(url);
}

/**
 * Sites the app links to (the Party's and the government's pages, the legal texts it cites); a link
 * elsewhere (a page that ran script, a pasted template) is not opened. Subdomains count.
 */
export const EXTERNAL_HOSTS = [
  'dangcongsan.vn',
  'dangcongsan.org.vn',
  'tapchicongsan.org.vn',
  'xaydungdang.org.vn',
  'chinhphu.vn',
  'thuvienphapluat.vn',
  'luatvietnam.vn',
];

/** Links the user may open in their own browser: https, default port, on the allow-list. */
export function isSafeExternal(url: string): boolean {
  const u = parse(url);
  if (u === null || u.protocol !== 'https:' || u.username !== '' || u.password !== '' || u.port !== '') return false;
  const host = u.hostname.toLowerCase().replace(/\.$/, '');
  return EXTERNAL_HOSTS.some((h) => host === h || host.endsWith(`.${h}`));
}

/** Camera, microphone, notifications, geolocation…: the app needs none, so every request is refused. */
export function allowPermission(_permission: string): boolean {
  return false;
}

/** What the IPC handler knows about the frame that sent a message. */
export interface SenderFrame {
  url: string;
  isTopFrame: boolean;
}

/** Only the top frame of our own page may call the API; an iframe or a foreign page may not. */
export function isTrustedSender(frame: SenderFrame | null | undefined): boolean {
  return Boolean(frame && frame.isTopFrame && isAppUrl(frame.url));
}

/**
 * The file behind app://tochuc/<path> inside the built renderer, or null when the path would leave it.
 * Unknown paths fall back to index.html, as the screens live in the hash.
 */
export function resolveAppFile(rootDir: string, url: string, exists: (p: string) => boolean): string | null {
  const u = parse(url);
  return u && isAppUrl(url) ? resolveStaticFile(rootDir, u.pathname, exists) : null;
}

export { contentType };

/**
 * The window may not name files on disk: paths are chosen in the main process (Save/Open dialogs) or come
 * from lists the main process produced. A key `path` or `out` anywhere in the input is refused, so a page
 * that was tricked into running script cannot read or overwrite files through the API.
 */
export function namesAPath(input: unknown, depth = 0): boolean {
  if (depth > 8 || input === null || typeof input !== 'object') return false;
  if (Array.isArray(input)) return input.some((x) => namesAPath(x, depth + 1));
  return Object.entries(input).some(([k, v]) => ((k === 'path' || k === 'out') && v !== undefined) || namesAPath(v, depth + 1));
}
