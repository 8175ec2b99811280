import type { Handlers } from '../handler.ts';
import type { dataContract } from '../contract/data.ts';
import { loadSource } from '../../io/source.ts';
import { importFigures } from '../../io/input-import.ts';
import { figuresTemplate } from '../../io/figures-template.ts';
import { exportTable } from '../../io/export.ts';
import { importMembers } from '../../members/import.ts';
import { memberColumns } from '../../members/columns.ts';
import { deliver, noPathsFromWeb } from './deliver.ts';
import { backupTo } from '../../backup/manual.ts';
import { backupPathFor, listBackups, rotateBackups } from '../../db/backup-files.ts';
import { resolveRestoreSource, restoreInto } from '../../backup/restore.ts';
import { UserError } from '../../core/errors.ts';
import { dataVersion } from '../../db/version.ts';
import type { DB } from '../../db/open.ts';

/**
 * The check an import makes inside its write transaction: the data it previewed (the caller's
 * `expectedVersion`, else the version when this call started reading) is still what is there.
 */
function unchangedSince(db: DB, expected: string | undefined): () => void {
  const seen = expected ?? dataVersion(db);
  const check = () => {
    if (dataVersion(db) !== seen) {
      throw new UserError(
        'Dữ liệu đã thay đổi từ lúc xem trước (có người vừa sửa số liệu hay nhập tệp khác); chưa ghi gì. Hãy xem lại bản xem trước rồi ghi lại.',
        'stale',
      );
    }
  };
  check(); // a preview already out of date is refused before the file is read again
  return check;
}

/** An ok result carries the data version it leaves, for the next call's expectedVersion. */
type WithVersion<R> = R extends { ok: true } ? R & { dataVersion: string } : R;
function previewed<R extends { ok: boolean }>(db: DB, r: R): WithVersion<R> {
  return (r.ok ? { ...r, dataVersion: dataVersion(db) } : r) as WithVersion<R>;
}

export const dataHandlers: Handlers<typeof dataContract> = {
  'data.template': async ({ year, out, jobId }, ctx) => {
    noPathsFromWeb(ctx, out);
    ctx.progress(jobId, 0, 'Đang tạo mẫu nhập liệu');
    const { bytes, rows } = await figuresTemplate(ctx.session.db, year, (f, t) => ctx.progress(jobId, f, t));
    ctx.progress(jobId, 1, 'Xong');
    return deliver(ctx, `nhap-so-lieu-${year}.xlsx`, bytes, rows, out);
  },
  'data.importFigures': async ({ source, year, dryRun, jobId, expectedVersion }, ctx) => {
    noPathsFromWeb(ctx, 'path' in source ? source.path : undefined);
    const db = ctx.session.db;
    return previewed(
      db,
      await importFigures(db, ctx.session.dbPath, loadSource(source), year, {
        dryRun,
        onProgress: (f, t) => ctx.progress(jobId, f, t),
        guard: unchangedSince(db, expectedVersion),
      }),
    );
  },
  'data.memberColumns': async ({ source, map }, ctx) => {
    noPathsFromWeb(ctx, 'path' in source ? source.path : undefined);
    return memberColumns(loadSource(source), map);
  },
  'data.importMembers': async ({ source, year, dryRun, map, jobId, expectedVersion }, ctx) => {
    noPathsFromWeb(ctx, 'path' in source ? source.path : undefined);
    const db = ctx.session.db;
    return previewed(
      db,
      await importMembers(db, ctx.session.dbPath, loadSource(source), year, {
        dryRun,
        map,
        onProgress: (f, t) => ctx.progress(jobId, f, t),
        guard: unchangedSince(db, expectedVersion),
      }),
    );
  },
  'data.export': async ({ out, jobId, ...req }, ctx) => {
    noPathsFromWeb(ctx, out);
    const r = await exportTable(ctx.session.db, req, (f, t) => ctx.progress(jobId, f, t));
    return deliver(ctx, r.name, r.bytes, r.rows, out);
  },
  'data.backup': async ({ out, jobId }, ctx) => {
    noPathsFromWeb(ctx, out);
    const { db, dbPath } = ctx.session;
    const target = out ?? backupPathFor(dbPath, 'theo-yeu-cau');
    const r = await backupTo(db, dbPath, target, (f) => ctx.progress(jobId, f, 'Đang sao lưu'));
    if (!out) rotateBackups(dbPath);
    return r;
  },
  'data.backups': (_i, ctx) => listBackups(ctx.session.dbPath),
  'data.restore': ({ from }, ctx) => {
    noPathsFromWeb(ctx, from);
    const source = resolveRestoreSource(ctx.session.dbPath, from);
    // A session opened on a corrupt file holds an in-memory placeholder (see cli restore).
    return { ...restoreInto(ctx.session, source.path, !ctx.session.db.memory), skipped: source.skipped };
  },
};
