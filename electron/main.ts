/**
 * The main process: one window on our own app:// content, sandboxed and context-isolated, menus and dialogs.
 * The API and the database run in a background process (electron/backend.ts); main relays calls over IPC.
 */
import {
  app,
  BrowserWindow,
  ipcMain,
  Menu,
  dialog,
  net,
  protocol,
  screen,
  session as electronSession,
  shell,
  utilityProcess,
} from 'electron';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BackendProcess, backendEnv, type ChildLike } from './backend.ts';
import { registerIpc } from './ipc.ts';
import { EVENT_CHANNEL, NAVIGATE_CHANNEL } from './channels.ts';
import { electronHost } from './host.ts';
import { menuTemplate } from './menu.ts';
import {
  APP_CSP,
  APP_ENTRY,
  APP_SCHEME,
  allowNavigation,
  allowPermission,
  contentType,
  isSafeExternal,
  resolveAppFile,
} from './security.ts';
import { loadState, saveState } from './window-state.ts';

// Must run before `ready`: app:// behaves like https (secure, standard origin) so CSP 'self' means our files.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

const rendererDir = join(__dirname, '..', 'renderer');
const preloadPath = join(__dirname, 'preload.cjs');
const backendEntry = join(__dirname, 'backend.cjs');
let win: BrowserWindow | null = null;

if (!app.requestSingleInstanceLock()) {
  // A second copy would open the same SQLite file; the first window is brought forward instead.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.focus();
  });
  app
    .whenReady()
    .then(start)
    .catch((e: unknown) => {
      dialog.showErrorBox('Không khởi động được tochuc', e instanceof Error ? e.message : String(e));
      app.quit();
    });
}

// Every web contents, including ones we did not expect, gets the same rules.
app.on('web-contents-created', (_e, contents) => {
  contents.on('will-navigate', (event, url) => {
    if (!allowNavigation(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!allowNavigation(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternal(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
});

app.on('window-all-closed', () => app.quit());

async function start(): Promise<void> {
  const ses = electronSession.defaultSession;
  ses.setPermissionRequestHandler((_wc, permission, callback) => callback(allowPermission(permission)));
  ses.setPermissionCheckHandler((_wc, permission) => allowPermission(permission));

  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppFile(rendererDir, request.url, existsSync);
    if (!file) return new Response('Không tìm thấy', { status: 404 });
    const res = await net.fetch(pathToFileURL(file).toString());
    return new Response(res.body, {
      status: res.status,
      headers: { 'Content-Type': contentType(file), 'Content-Security-Policy': APP_CSP, 'X-Content-Type-Options': 'nosniff' },
    });
  });

  // The database lives in the user's data folder; on first run the file is created empty and the UI offers the demo.
  const userData = app.getPath('userData');
  mkdirSync(userData, { recursive: true });
  const dbPath = join(userData, 'tochuc.sqlite');
  const backend = new BackendProcess({
    fork: (entry, args) =>
      utilityProcess.fork(entry, args, {
        serviceName: 'tochuc-backend',
        stdio: 'inherit',
        env: backendEnv(app.isPackaged, process.env),
      }) as unknown as ChildLike,
    entry: backendEntry,
    dbPath,
    host: electronHost(() => win, app.getPath('documents')),
    onEvent: (event) => win?.webContents.send(EVENT_CHANNEL, event),
  });
  await backend.whenReady();
  registerIpc(ipcMain, (method, input) => backend.call(method, input));

  const show = (hash: string) => win?.webContents.send(NAVIGATE_CHANNEL, hash);
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      menuTemplate({
        openDatabase: async () => {
          // The backend asks main for the Open dialog, then opens the file itself.
          const r = await backend.call('app.openDatabase', {});
          if (!r.ok) dialog.showErrorBox('Không mở được tệp dữ liệu', r.error.message);
          else if ((r.result as { dbPath: string | null }).dbPath) win?.webContents.reload();
        },
        showScreen: show,
        about: () =>
          void dialog.showMessageBox({
            type: 'info',
            title: 'Giới thiệu',
            message: `tochuc ${app.getVersion()}`,
            detail: `Thống kê tổ chức đảng và soạn thảo văn bản cho Ban Tổ chức cấp ủy.\nTệp dữ liệu: ${backend.dbPath}`,
          }),
        openHelp: () => void shell.openExternal('https://dangcongsan.vn/'),
      }),
    ),
  );

  const stateFile = join(userData, 'window-state.json');
  const state = loadState(
    stateFile,
    screen.getAllDisplays().map((d) => d.workArea),
  );
  win = new BrowserWindow({
    x: state.x,
    y: state.y,
    width: state.width,
    height: state.height,
    minWidth: 900,
    minHeight: 600,
    title: 'tochuc — Thống kê tổ chức đảng',
    show: false,
    backgroundColor: '#f6f6f8',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    },
  });
  if (state.maximized) win.maximize();
  win.once('ready-to-show', () => win?.show());
  win.on('close', () => {
    if (!win) return;
    const b = win.getNormalBounds();
    saveState(stateFile, { x: b.x, y: b.y, width: b.width, height: b.height, maximized: win.isMaximized() });
  });
  win.on('closed', () => {
    win = null;
    backend.stop();
  });
  await win.loadURL(APP_ENTRY);
}
