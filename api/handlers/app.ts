import type { Handlers } from '../handler.ts';
import type { appContract } from '../contract/app.ts';
import { listYears } from '../../db/units.ts';
import { schemaVersion } from '../../db/open.ts';
import { buildDemo } from '../../demo/build.ts';
import { getSettings, updateSettings } from '../../settings/store.ts';
import { UserError } from '../../core/errors.ts';
import { UPKEEP_JOB, upkeepProgress } from '../session.ts';

const desktopOnly = (what: string) => new UserError(`${what} chỉ có trong ứng dụng máy tính.`, 'desktop-only');

export const appHandlers: Handlers<typeof appContract> = {
  'app.info': (_i, { session, host }) => {
    const years = listYears(session.db);
    return {
      dbPath: session.dbPath,
      schemaVersion: schemaVersion(session.db),
      demo: getSettings(session.db).demo,
      empty: years.length === 0,
      years,
      host: host.kind,
      canSaveFile: Boolean(host.saveFile),
      canPickDatabase: Boolean(host.pickDatabaseFile),
    };
  },
  'app.loadDemo': ({ jobId }, { session, progress }) => {
    progress(jobId, 0, 'Đang tạo dữ liệu mẫu…');
    buildDemo(session.db);
    progress(jobId, 1, 'Đã nạp dữ liệu mẫu.');
    return { years: listYears(session.db) };
  },
  'app.openDatabase': async (_i, { session, host }) => {
    if (!host.pickDatabaseFile) throw desktopOnly('Mở tệp dữ liệu khác');
    const path = await host.pickDatabaseFile();
    if (path) session.open(path);
    return { dbPath: path };
  },
  'app.saveFile': async ({ name, base64 }, { host }) => {
    if (!host.saveFile) throw desktopOnly('Hộp thoại lưu tệp');
    return { path: await host.saveFile(name, Buffer.from(base64, 'base64')) };
  },
  'jobs.progress': ({ jobId }, { events, session }) => {
    // The daily backup and integrity check belong to the session, not to a call (api/session.ts).
    const p = events.read(jobId) ?? (jobId === UPKEEP_JOB ? upkeepProgress(session) : undefined);
    return p ? { done: p.done, text: p.text, finished: p.finished } : null;
  },
  'settings.get': (_i, { session }) => getSettings(session.db),
  'settings.update': (patch, { session }) => updateSettings(session.db, patch),
};
