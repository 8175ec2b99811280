import { describe, expect, test } from 'vitest';
import { join } from 'node:path';
import {
  namesAPath,
  allowNavigation,
  allowPermission,
  isAppUrl,
  isSafeExternal,
  isTrustedSender,
  resolveAppFile,
  APP_CSP,
  contentType,
} from '../../electron/security.ts';
import { isScreenHash } from '../../electron/channels.ts';

describe('navigation and windows', () => {
  test('only our own app://tochuc pages are loaded', () => {
    expect(allowNavigation('app://tochuc/index.html')).toBe(true);
    expect(allowNavigation('app://tochuc/index.html#/so-lieu')).toBe(true);
    for (const url of [
      'https://example.com/',
      'http://127.0.0.1:4780/',
      'file:///etc/passwd',
      'app://other/index.html',
      'app://user:pw@tochuc/index.html',
      'javascript:alert(1)',
      'data:text/html,<script>1</script>',
      'not a url',
      '',
    ])
      expect(allowNavigation(url), url).toBe(false);
  });

  test("only https links to the allow-list may open in the user's browser", () => {
    expect(isSafeExternal('https://dangcongsan.vn/')).toBe(true);
    expect(isSafeExternal('https://baochinhphu.vn/')).toBe(false);
    expect(isSafeExternal('https://xaydungchinhsach.chinhphu.vn/huong-dan')).toBe(true);
    for (const url of [
      'http://dangcongsan.vn/',
      'file:///C:/Windows/system32/calc.exe',
      'smb://host/share',
      'ms-msdt:/id',
      'https://a:b@x.vn/',
      'https://evil.example/',
      'https://dangcongsan.vn.evil.example/',
      'https://evildangcongsan.vn/',
      'https://dangcongsan.vn:8443/',
    ])
      expect(isSafeExternal(url), url).toBe(false);
  });

  test('every permission request is denied', () => {
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen'])
      expect(allowPermission(p)).toBe(false);
  });

  test('the CSP allows only our own scripts: no inline, no eval, no remote', () => {
    expect(APP_CSP).toContain("script-src 'self'");
    expect(APP_CSP).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline|https?:/);
    expect(APP_CSP).toContain("object-src 'none'");
  });

  test('menu messages may only carry a screen hash', () => {
    expect(isScreenHash('#/so-lieu')).toBe(true);
    for (const h of ['javascript:alert(1)', '#/so-lieu?x=1', 'https://x', '#/../', 42, null]) expect(isScreenHash(h)).toBe(false);
  });
});

describe('IPC sender check', () => {
  test('the top frame of our page is trusted', () => {
    expect(isTrustedSender({ url: 'app://tochuc/index.html#/tong-quan', isTopFrame: true })).toBe(true);
  });
  test('an iframe, a foreign page or a destroyed frame is not', () => {
    expect(isTrustedSender({ url: 'app://tochuc/index.html', isTopFrame: false })).toBe(false);
    expect(isTrustedSender({ url: 'https://evil.example/', isTopFrame: true })).toBe(false);
    expect(isTrustedSender({ url: 'file:///tmp/x.html', isTopFrame: true })).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
    expect(isTrustedSender(undefined)).toBe(false);
  });
});

describe('the app:// scheme serves only the built renderer', () => {
  const root = join('/srv', 'renderer');
  const files = new Set([join(root, 'index.html'), join(root, 'assets', 'index-1.js')]);
  const exists = (p: string) => files.has(p);
  test('files inside the folder, index.html for anything else', () => {
    expect(resolveAppFile(root, 'app://tochuc/assets/index-1.js', exists)).toBe(join(root, 'assets', 'index-1.js'));
    expect(resolveAppFile(root, 'app://tochuc/', exists)).toBe(join(root, 'index.html'));
    expect(resolveAppFile(root, 'app://tochuc/khong-co.js', exists)).toBe(join(root, 'index.html'));
  });
  test('no way out of the folder, no other host', () => {
    for (const url of [
      'app://tochuc/%2e%2e/%2e%2e/etc/passwd',
      'app://tochuc/..%2f..%2fetc%2fpasswd',
      'app://tochuc/%2e%2e%5c%2e%2e%5cwindows',
      'app://tochuc/a%00b',
      'app://other/index.html',
      'file:///etc/passwd',
    ]) {
      const r = resolveAppFile(root, url, () => true);
      expect(r === null || r.startsWith(root + '/'), `${url} → ${r}`).toBe(true);
    }
  });
  test('content types', () => {
    expect(contentType('/x/index.html')).toBe('text/html; charset=utf-8');
    expect(contentType('/x/a.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentType('/x/a.bin')).toBe('application/octet-stream');
  });
  test('isAppUrl', () => {
    expect(isAppUrl('app://tochuc/index.html')).toBe(true);
    expect(isAppUrl('app://tochuc.evil/index.html')).toBe(false);
  });
});

describe('paths from the window', () => {
  test('a path or out anywhere in the input is named; file bytes are not', () => {
    expect(namesAPath({ out: 'x.xlsx' })).toBe(true);
    expect(namesAPath({ source: { path: '/etc/passwd' } })).toBe(true);
    expect(namesAPath({ list: [{ a: 1 }, { path: 'C:/x' }] })).toBe(true);
    expect(namesAPath({ source: { name: 'a.xlsx', base64: 'UEs=' }, year: 2019 })).toBe(false);
    expect(namesAPath({ out: undefined })).toBe(false);
    expect(namesAPath(null)).toBe(false);
  });
});

describe('packaging', () => {
  test('the build config flips the Electron fuses that turn the app into a plain Node or load unchecked code', async () => {
    // js-yaml comes with electron-builder; untyped, so typed here by what is used.
    const { load } = (await import('js-yaml' as string)) as { load(text: string): unknown };
    const text = (await import('node:fs')).readFileSync(new URL('../../electron-builder.yml', import.meta.url), 'utf8');
    const config = load(text) as { electronFuses: Record<string, boolean> };
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });
});
