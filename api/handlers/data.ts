import type { Handlers } from '../handler.ts';
import type { dataContract } from '../contract/data.ts';
import { loadSource } from '../../io/source.ts';
import { importFigures } from '../../io/input-import.ts';
import { figuresTemplate } from '../../io/figures-template.ts';
import { exportTable } from '../../io/export.ts';
import { importMembers } from '../../members/import.ts';
import { memberColumns } from '../../members/columns.ts';
import { backupTo } from '../../backup/manual.ts';
import { backupPathFor, listBackups, rotateBackups } from '../../db/backup-files.ts';
import { resolveRestoreSource, restoreInto } from '../../backup/restore.ts';
import { deliver, noPathsFromWeb } from './deliver.ts';

export const dataHandlers: Handlers<typeof dataContract> = {
  'data.template': async ({ year, out, jobId }, ctx) => {
    noPathsFromWeb(ctx, out);
    ctx.progress(jobId, 0, 'Đang tạo mẫu nhập liệu');
    const { bytes, rows } = await figuresTemplate(ctx.session.db, year);
    ctx.progress(jobId, 1, 'Xong');
    return deliver(ctx, `nhap-so-lieu-${year}.xlsx`, bytes, rows, out);
  },
  'data.importFigures': async ({ source, year, dryRun, jobId }, ctx) => {
    noPathsFromWeb(ctx, 'path' in source ? source.path : undefined);
    return importFigures(ctx.session.db, ctx.session.dbPath, loadSource(source), year, { dryRun, onProgress: (f, t) => ctx.progress(jobId, f, t) });
  },
  'data.memberColumns': async ({ source, map }, ctx) => {
    noPathsFromWeb(ctx, 'path' in source ? source.path : undefined);
    return memberColumns(loadSource(source), map);
  },
  'data.importMembers': async ({ source, year, dryRun, map, jobId }, ctx) => {
    noPathsFromWeb(ctx, 'path' in source ? source.path : undefined);
    return importMembers(ctx.session.db, ctx.session.dbPath, loadSource(source), year, { dryRun, map, onProgress: (f, t) => ctx.progress(jobId, f, t) });
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
    return restoreInto(ctx.session, source, !ctx.session.db.memory);
  },
};
