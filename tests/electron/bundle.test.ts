/**
 * The built shell (dist/electron/main.cjs, backend.cjs and preload.cjs, as `npm start` runs them) loaded in Node
 * with a stand-in for the `electron` module, since Electron itself cannot be downloaded here. The stand-in records
 * what the shell asks of Electron; its utilityProcess is a real child process running backend.cjs. The database,
 * the API and the renderer files are the real ones.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { methodNames } from '../../api/contract.ts';
import { forkUtility, type StandInChild } from './utility-process.ts';
import { openDemo } from '../helpers/db.ts';
import { sampleMemberRows, SAMPLE_HEADERS } from '../../members/sample.ts';
import { writeRowsXlsx } from '../../io/write-rows.ts';
import { THREAD_FROM_BYTES } from '../../io/xlsx-lean.ts';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const out = join(root, 'dist', 'electron');
type Fn = (...a: any[]) => any;

let dir: string;
const rec = {
  schemes: [] as unknown[],
  protocol: null as Fn | null,
  permReq: null as Fn | null,
  permCheck: null as Fn | null,
  ipc: new Map<string, Fn>(),
  menu: [] as { label: string; submenu: { label?: string; click?: Fn }[] }[],
  window: null as Record<string, any> | null,
  children: [] as StandInChild[],
  loaded: '',
  sent: [] as unknown[][],
  external: [] as string[],
  app: new Map<string, Fn>(),
  winEvents: new Map<string, Fn>(),
  saved: '' as string,
  serviceName: '',
};

function fakeElectron() {
  class BrowserWindow {
    webContents = { send: (...a: unknown[]) => rec.sent.push(a), reload: () => {} };
    constructor(opts: Record<string, unknown>) {
      rec.window = opts;
    }
    maximize() {}
    once() {}
    on(ev: string, fn: Fn) {
      rec.winEvents.set(ev, fn);
    }
    loadURL(u: string) {
      rec.loaded = u;
      return Promise.resolve();
    }
    getNormalBounds() {
      return { x: 10, y: 20, width: 1300, height: 820 };
    }
    isMaximized() {
      return false;
    }
    isMinimized() {
      return false;
    }
  }
  return {
    app: {
      requestSingleInstanceLock: () => true,
      on: (ev: string, fn: Fn) => rec.app.set(ev, fn),
      whenReady: () => Promise.resolve(),
      getPath: (n: string) => join(dir, n),
      getVersion: () => '0.1.0',
      quit: () => {},
    },
    protocol: {
      registerSchemesAsPrivileged: (s: unknown[]) => rec.schemes.push(...s),
      handle: (_s: string, fn: Fn) => {
        rec.protocol = fn;
      },
    },
    net: { fetch: async (url: string) => new Response(readFileSync(fileURLToPath(url))) },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (fn: Fn) => {
          rec.permReq = fn;
        },
        setPermissionCheckHandler: (fn: Fn) => {
          rec.permCheck = fn;
        },
      },
    },
    ipcMain: { handle: (ch: string, fn: Fn) => rec.ipc.set(ch, fn) },
    Menu: {
      buildFromTemplate: (t: unknown) => t,
      setApplicationMenu: (m: typeof rec.menu) => {
        rec.menu = m;
      },
    },
    dialog: {
      showErrorBox: (...a: unknown[]) => {
        throw new Error(`showErrorBox ${a.join(' ')}`);
      },
      showSaveDialog: async (_w: unknown, o: { defaultPath: string }) => ({
        canceled: false,
        filePath: (rec.saved = join(dir, o.defaultPath.split('/').pop()!)),
      }),
      showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
      showMessageBox: async () => ({ response: 0 }),
    },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }] },
    shell: {
      openExternal: async (u: string) => {
        rec.external.push(u);
      },
    },
    BrowserWindow,
    utilityProcess: {
      fork: (entry: string, args: string[], opts: { serviceName?: string }) => {
        const c = forkUtility(entry, args);
        rec.children.push(c);
        rec.serviceName = opts.serviceName ?? '';
        return c;
      },
    },
    contextBridge: {
      exposeInMainWorld: (name: string, api: unknown) => {
        exposed.set(name, api);
      },
    },
    ipcRenderer: {
      invoke: async (...a: unknown[]) => {
        invoked.push(a);
        return { ok: true, result: null };
      },
      on: (ch: string, fn: Fn) => listeners.set(ch, fn),
    },
  };
}
const exposed = new Map<string, unknown>();
const invoked: unknown[][] = [];
const listeners = new Map<string, Fn>();

const M = Module as unknown as { _load: Fn };
const originalLoad = M._load;

beforeAll(async () => {
  execFileSync(process.execPath, [join(root, 'scripts', 'build-electron.js')], { cwd: root, stdio: 'pipe' });
  if (!existsSync(join(root, 'dist', 'renderer', 'index.html')))
    execFileSync(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build'], { cwd: root, stdio: 'pipe' });
  dir = mkdtempSync(join(tmpdir(), 'tochuc-'));
  const fake = fakeElectron();
  M._load = function (request: string, ...rest: unknown[]) {
    return request === 'electron' ? fake : originalLoad.call(this, request, ...rest);
  };
  createRequire(import.meta.url)(join(out, 'main.cjs'));
  // Main waits for the backend to open the file before it loads the window.
  for (let i = 0; i < 3000 && !rec.loaded; i++) await new Promise((r) => setTimeout(r, 20));
});
afterAll(async () => {
  rec.winEvents.get('closed')?.();
  await Promise.all(
    rec.children.map(
      (c) => new Promise((r) => (c.process.exitCode !== null || c.process.signalCode !== null ? r(null) : c.process.once('exit', r))),
    ),
  );
  M._load = originalLoad;
  rmSync(dir, { recursive: true, force: true });
});

const fromWindow = { senderFrame: { url: 'app://tochuc/index.html#/tong-quan', parent: null } };
const call = (method: string, input: unknown, event: unknown = fromWindow) => rec.ipc.get('tochuc:call')!(event, method, input);

describe('main process', () => {
  test('a sandboxed, context-isolated window without Node, on app://tochuc', () => {
    expect(rec.loaded).toBe('app://tochuc/index.html');
    expect(rec.window!.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
    expect(rec.window!.webPreferences.preload).toBe(join(out, 'preload.cjs'));
    expect(rec.schemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
  });

  test('permission requests and checks are denied', () => {
    let answer: boolean | undefined;
    rec.permReq!(null, 'media', (ok: boolean) => {
      answer = ok;
    });
    expect(answer).toBe(false);
    expect(rec.permCheck!(null, 'clipboard-read')).toBe(false);
  });

  test('navigation away and new windows are refused; https links go to the browser', () => {
    const on = new Map<string, Fn>();
    let openHandler: Fn | null = null;
    rec.app.get('web-contents-created')!(
      {},
      {
        on: (ev: string, fn: Fn) => on.set(ev, fn),
        setWindowOpenHandler: (fn: Fn) => {
          openHandler = fn;
        },
      },
    );
    const nav = (url: string) => {
      let prevented = false;
      on.get('will-navigate')!(
        {
          preventDefault: () => {
            prevented = true;
          },
        },
        url,
      );
      return prevented;
    };
    expect(nav('https://evil.example/')).toBe(true);
    expect(nav('file:///etc/passwd')).toBe(true);
    expect(nav('app://tochuc/index.html')).toBe(false);
    let webview = false;
    on.get('will-attach-webview')!({
      preventDefault: () => {
        webview = true;
      },
    });
    expect(webview).toBe(true);
    expect(openHandler!({ url: 'https://dangcongsan.vn/' })).toEqual({ action: 'deny' });
    expect(openHandler!({ url: 'file:///C:/x.exe' })).toEqual({ action: 'deny' });
    expect(rec.external).toEqual(['https://dangcongsan.vn/']);
  });

  test('app:// serves the built renderer with the CSP, and nothing outside it', async () => {
    const res: Response = await rec.protocol!({ url: 'app://tochuc/index.html' });
    expect(res.headers.get('Content-Security-Policy')).toContain("script-src 'self'");
    expect(res.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(await res.text()).toContain('<div id="root">');
    const escape: Response = await rec.protocol!({ url: 'app://tochuc/..%2f..%2f..%2fpackage.json' });
    expect(await escape.text()).not.toContain('"name": "tochuc"');
  });

  test('the API over IPC, run by the background process: the database is created empty in userData, the demo loads on request', async () => {
    expect(rec.children).toHaveLength(1);
    expect(rec.children[0]!.process.spawnargs).toContain(join(out, 'backend.cjs'));
    expect(rec.serviceName).toBe('tochuc-backend');
    const info = await call('app.info', {});
    expect(info).toMatchObject({
      ok: true,
      result: { dbPath: join(dir, 'userData', 'tochuc.sqlite'), empty: true, host: 'electron', canSaveFile: true, canPickDatabase: true },
    });
    rec.sent.length = 0;
    expect(await call('app.loadDemo', { jobId: 'mau' })).toEqual({ ok: true, result: { years: [2017, 2018, 2019] } });
    // Progress and the write are pushed to the window on the event channel, not polled.
    expect(rec.sent.map((s) => [s[0], (s[1] as { type: string }).type])).toEqual([
      ['tochuc:event', 'progress'],
      ['tochuc:event', 'progress'],
      ['tochuc:event', 'data-changed'],
    ]);
    expect(rec.sent[1]![1]).toMatchObject({
      type: 'progress',
      jobId: 'mau',
      progress: { done: 1, text: 'Đã nạp dữ liệu mẫu.', finished: true },
    });
    const bd = await call('stats.breakdown', { year: 2019 });
    expect(bd.result.rows[0].shareText).toBe('85,44%');
    expect(await call('app.info', {}, { senderFrame: { url: 'app://tochuc/index.html', parent: {} } })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await call('stats.breakdown', { year: 1800 })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  test('a large member list is read by the bundled worker thread beside backend.cjs (dist/electron/xlsx-lean.worker.js)', async () => {
    const list = join(dir, 'danh-sach.xlsx');
    const db = openDemo();
    await writeRowsXlsx(list, 'Danh sách', SAMPLE_HEADERS, sampleMemberRows(db, 2019, { count: 7101 }));
    db.close();
    expect(statSync(list).size).toBeGreaterThan(THREAD_FROM_BYTES);
    const source = { name: 'danh-sach.xlsx', base64: readFileSync(list).toString('base64') };
    const r = await call('data.importMembers', { source, year: 2019, dryRun: true });
    expect(r).toMatchObject({ ok: true, result: { ok: true, applied: false, counts: { members: 7101 } } });
  });

  test('files are saved through the Save dialog', async () => {
    const r = await call('app.saveFile', { name: 'so-sanh.xlsx', base64: Buffer.from('PK-thu').toString('base64') });
    expect(r).toEqual({ ok: true, result: { path: join(dir, 'so-sanh.xlsx') } });
    expect(readFileSync(rec.saved, 'utf8')).toBe('PK-thu');
  });

  test('Vietnamese menus; Xem switches screens through the navigate channel', () => {
    expect(rec.menu.map((m) => m.label)).toEqual(['&Tệp', '&Chỉnh sửa', '&Xem', 'Trợ &giúp']);
    rec.menu[2]!.submenu.find((i) => i.label === 'Số liệu')!.click!();
    expect(rec.sent.at(-1)).toEqual(['tochuc:navigate', '#/so-lieu']);
  });

  test('the window size and position are saved on close', () => {
    rec.winEvents.get('close')!();
    expect(JSON.parse(readFileSync(join(dir, 'userData', 'window-state.json'), 'utf8'))).toEqual({
      x: 10,
      y: 20,
      width: 1300,
      height: 820,
      maximized: false,
    });
  });
});

describe('packaging', () => {
  const requiredBy = (file: string) =>
    [...readFileSync(join(out, file), 'utf8').matchAll(/require\("([^"]+)"\)/g)]
      .map((m) => m[1]!)
      .filter((r) => !r.startsWith('node:') && r !== 'electron')
      .map((r) => (r.startsWith('@') ? r.split('/').slice(0, 2).join('/') : r.split('/')[0]!));
  test('everything main.cjs and backend.cjs load from node_modules is a production dependency (electron-builder packs only those)', () => {
    const deps = Object.keys(
      (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }).dependencies,
    );
    const required = [...requiredBy('main.cjs'), ...requiredBy('backend.cjs')];
    for (const r of new Set(required)) expect(deps, r).toContain(r);
  });
  test('the database is the backend’s: main.cjs loads no SQLite, backend.cjs no Electron', () => {
    expect(requiredBy('main.cjs')).not.toContain('better-sqlite3');
    expect(requiredBy('backend.cjs')).toContain('better-sqlite3');
    expect(readFileSync(join(out, 'backend.cjs'), 'utf8')).not.toMatch(/require\("electron"\)/);
  });
});

describe('preload', () => {
  test('exposes one function per contract method and nothing of ipcRenderer', async () => {
    const g = globalThis as { window?: unknown };
    const win = { location: { hash: '' } };
    g.window = win;
    createRequire(import.meta.url)(join(out, 'preload.cjs'));
    const api = exposed.get('tochuc') as Record<string, Fn>;
    expect([...exposed.keys()]).toEqual(['tochuc', 'tochucEvents']);
    expect(Object.keys(api).sort()).toEqual([...methodNames].sort());
    expect(Object.values(api).every((f) => typeof f === 'function')).toBe(true);
    for (const k of ['invoke', 'send', 'on', 'sendSync', 'ipcRenderer']) expect(api[k]).toBeUndefined();
    await api['stats.breakdown']!({ year: 2019 });
    expect(invoked).toEqual([['tochuc:call', 'stats.breakdown', { year: 2019 }]]);
    const nav = listeners.get('tochuc:navigate')!;
    nav({}, 'javascript:alert(1)');
    expect(win.location.hash).toBe('');
    nav({}, '#/so-sanh');
    expect(win.location.hash).toBe('#/so-sanh');
    // Pushed events reach the page's subscriber as plain objects; anything else on the channel is dropped.
    const heard: unknown[] = [];
    const events = exposed.get('tochucEvents') as { subscribe(fn: (e: unknown) => void): () => void };
    expect(Object.keys(events)).toEqual(['subscribe']);
    const stop = events.subscribe((e) => heard.push(e));
    const push = listeners.get('tochuc:event')!;
    push({ sender: 'ipc' }, { type: 'data-changed', method: 'figures.set' });
    push({}, { type: 'eval', code: 'alert(1)' });
    push({}, 'data-changed');
    stop();
    push({}, { type: 'data-changed', method: 'org.rename' });
    expect(heard).toEqual([{ type: 'data-changed', method: 'figures.set' }]);
    delete g.window;
  });
});
