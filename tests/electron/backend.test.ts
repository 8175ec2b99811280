/**
 * The background process as the desktop app runs it: main's BackendProcess relaying to backend/main.ts in a
 * real child process (the stand-in for utilityProcess), on a real SQLite file. A call, progress and
 * data-changed pushed while the call runs, a crash in the middle of a call and the restart on the same file.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BackendProcess, type WindowEvent } from '../../electron/backend.ts';
import { forkUtility, type StandInChild } from './utility-process.ts';

const entry = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'backend', 'main.ts');
let dir: string;
const children: StandInChild[] = [];
const events: WindowEvent[] = [];
const waiters: ((e: WindowEvent) => void)[] = [];
const nextEvent = () => new Promise<WindowEvent>((r) => waiters.push(r));
let onSave: (name: string, bytes: Uint8Array) => Promise<string | null> = async () => null;
let onPick: () => Promise<string | null> = async () => null;
let backend: BackendProcess;

const fork = (e: string, args: string[]) => {
  const c = forkUtility(e, args);
  children.push(c);
  return c;
};
const exited = (c: StandInChild) =>
  new Promise<void>((r) => (c.process.exitCode !== null || c.process.signalCode !== null ? r() : c.process.once('exit', () => r())));

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tochuc-backend-'));
  backend = new BackendProcess({
    fork,
    entry,
    dbPath: join(dir, 'demo.sqlite'),
    host: { saveFile: (name, bytes) => onSave(name, bytes), pickDatabaseFile: () => onPick() },
    onEvent: (e) => {
      events.push(e);
      for (const w of waiters.splice(0)) w(e);
    },
  });
  await backend.whenReady();
});
afterAll(async () => {
  backend.stop();
  await Promise.all(children.map(exited));
  rmSync(dir, { recursive: true, force: true });
});

describe('the backend in its own process', () => {
  test('a call runs there, on the file main named', async () => {
    const r = await backend.call('app.info', {});
    expect(r).toMatchObject({ ok: true, result: { dbPath: join(dir, 'demo.sqlite'), empty: true, host: 'electron', canSaveFile: true } });
    expect(children).toHaveLength(1);
    expect(children[0]!.process.pid).not.toBe(process.pid);
    expect(await backend.call('stats.breakdown', { year: 1800 })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await backend.call('db.exec', {})).toEqual({
      ok: false,
      error: { code: 'unknown-method', message: 'Không có lệnh "db.exec".' },
    });
  });

  test('progress and data-changed are pushed while the call runs, before its reply', async () => {
    events.length = 0;
    const r = await backend.call('app.loadDemo', { jobId: 'mau' });
    expect(r).toEqual({ ok: true, result: { years: [2017, 2018, 2019] } });
    expect(events.map((e) => (e.type === 'progress' ? [e.type, e.jobId, e.progress.done, e.progress.text] : [e.type]))).toEqual([
      ['progress', 'mau', 0, 'Đang tạo dữ liệu mẫu…'],
      ['progress', 'mau', 1, 'Đã nạp dữ liệu mẫu.'],
      ['data-changed'],
    ]);
    expect(events[2]).toEqual({ type: 'data-changed', method: 'app.loadDemo' });
    // A read changes nothing, so it pushes nothing.
    events.length = 0;
    const bd = await backend.call('stats.breakdown', { year: 2019 });
    expect((bd as { result: { rows: { shareText: string }[] } }).result.rows[0]!.shareText).toBe('85,44%');
    expect(events).toEqual([]);
  });

  test('dialogs are main’s: the backend asks for the Save dialog and main answers', async () => {
    const saved: [string, string][] = [];
    onSave = async (name, bytes) => {
      saved.push([name, Buffer.from(bytes).toString('utf8')]);
      return join(dir, name);
    };
    const r = await backend.call('app.saveFile', { name: 'so-sanh.xlsx', base64: Buffer.from('PK-thu').toString('base64') });
    expect(r).toEqual({ ok: true, result: { path: join(dir, 'so-sanh.xlsx') } });
    expect(saved).toEqual([['so-sanh.xlsx', 'PK-thu']]);
  });

  test('a crash in the middle of a call: the call is answered in Vietnamese, the backend restarts on the same file', async () => {
    events.length = 0;
    const first = children[0]!;
    // The backend is waiting on main for the dialog, so the call is certainly in flight when the process dies.
    onSave = async () => {
      first.process.kill('SIGKILL');
      return new Promise<string | null>(() => {});
    };
    const r = await backend.call('app.saveFile', { name: 'x.docx', base64: '' });
    expect(r).toMatchObject({ ok: false, error: { code: 'backend-crashed' } });
    const message = (r as { error: { message: string } }).error.message;
    expect(message).toBe(
      'Phần xử lý dữ liệu của tochuc dừng đột ngột (mã thoát 1) và đã được khởi động lại với tệp "demo.sqlite". ' +
        'Thao tác đang làm dở không được ghi vào tệp (mỗi lần ghi hoặc trọn vẹn hoặc không có gì); hãy làm lại.',
    );
    expect(events).toEqual([{ type: 'backend-restarted', message }]);
    // A new process, the same file reopened with what was written before the crash.
    const bd = await backend.call('stats.breakdown', { year: 2019 });
    expect(bd).toMatchObject({ ok: true });
    expect((bd as { result: { rows: { shareText: string }[] } }).result.rows[0]!.shareText).toBe('85,44%');
    expect(children).toHaveLength(2);
    expect(children[1]!.process.pid).not.toBe(first.process.pid);
    expect(backend.dbPath).toBe(join(dir, 'demo.sqlite'));
  });

  test('after another file is opened from the menu, a restart reopens that file', async () => {
    const other = join(dir, 'khac.sqlite');
    onPick = async () => other;
    expect(await backend.call('app.openDatabase', {})).toEqual({ ok: true, result: { dbPath: other } });
    expect(backend.dbPath).toBe(other);
    const before = children.length;
    const restarted = nextEvent();
    children.at(-1)!.process.kill('SIGKILL');
    // The window hears of the restart, then calls again.
    expect(await restarted).toMatchObject({ type: 'backend-restarted', message: expect.stringContaining('với tệp "khac.sqlite"') });
    const info = await backend.call('app.info', {});
    expect(info).toMatchObject({ ok: true, result: { dbPath: other, empty: true } });
    expect(children.length).toBe(before + 1);
  });

  test('a file that cannot be opened is reported in Vietnamese, without restarting again and again', async () => {
    const bad = join(dir, 'hong.sqlite');
    writeFileSync(bad, 'đây không phải cơ sở dữ liệu '.repeat(200));
    const before = children.length;
    const other = new BackendProcess({
      fork,
      entry,
      dbPath: bad,
      host: { saveFile: async () => null, pickDatabaseFile: async () => null },
      onEvent: () => {},
    });
    await expect(other.whenReady()).rejects.toThrow(/^Tệp dữ liệu "hong\.sqlite" bị hỏng hoặc không phải tệp SQLite/);
    await exited(children.at(-1)!);
    expect(children.length).toBe(before + 1);
    expect(await other.call('app.info', {})).toMatchObject({ ok: false, error: { code: 'backend-crashed' } });
  });

  test('a backend that dies at every start is given up after three restarts, and the window is told', async () => {
    const dying = join(dir, 'chet.cjs');
    writeFileSync(dying, 'process.exit(3);\n');
    const heard: WindowEvent[] = [];
    const stopped = new Promise<void>((resolve) => {
      const b = new BackendProcess({
        fork,
        entry: dying,
        dbPath: join(dir, 'demo.sqlite'),
        host: { saveFile: async () => null, pickDatabaseFile: async () => null },
        onEvent: (e) => {
          heard.push(e);
          if (e.type === 'backend-stopped') resolve();
        },
      });
      void b.whenReady().catch(() => {});
    });
    await stopped;
    expect(heard.map((e) => e.type)).toEqual(['backend-restarted', 'backend-restarted', 'backend-restarted', 'backend-stopped']);
    expect(heard[0]).toMatchObject({ message: expect.stringContaining('(mã thoát 3)') });
    expect(heard.at(-1)).toMatchObject({ message: expect.stringMatching(/^Phần xử lý dữ liệu của tochuc dừng đột ngột 4 lần liền/) });
  });
});
