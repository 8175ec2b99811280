import { CLI_JOB, withStderrProgress } from '../progress.ts';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Command } from '../command.ts';
import { intArg, need } from '../command.ts';
import { createCtx, createSession } from '../../api/session.ts';
import { checkpoint } from '../../db/open.ts';
import { dispatch } from '../../api/dispatch.ts';
import { UserError } from '../../core/errors.ts';
import { PROVINCE } from '../../synth/options.ts';
import { formatInt } from '../../format/vi.ts';
import { listChunks, LIST_HEADERS, memberRows } from '../../synth/member-list.ts';
import { writeRowsCsv } from '../../io/write-rows.ts';
import { listBackups } from '../../db/backup-files.ts';
import type { Ctx } from '../../core/context.ts';

/** Lists of at most this many members: a file of that size stays far under the import's 40 MB limit. */
const LIST_ROWS = 100_000;

/**
 * The last year's members go in as a user's would: member lists written as .csv, each imported
 * through data.importMembers, which rebuilds the cells' figures from them.
 */
async function importMemberLists(
  ctx: Ctx,
  year: number,
  seed: number,
  say: (s: string) => void,
): Promise<{ lists: number; members: number }> {
  const db = ctx.session.db;
  const dir = mkdtempSync(join(dirname(ctx.session.dbPath), '.danh-sach-'));
  let members = 0;
  const chunks = listChunks(db, year, LIST_ROWS);
  try {
    for (const [k, chunk] of chunks.entries()) {
      const file = join(dir, `danh-sach-${k + 1}.csv`);
      await writeRowsCsv(file, LIST_HEADERS, memberRows(db, year, chunk.cells, seed));
      const r = await dispatch(ctx, 'data.importMembers', { source: { path: file }, year });
      if (!r.ok)
        throw new UserError(
          `Nhập danh sách ${file} không được: ${r.errors
            .slice(0, 3)
            .map((e) => e.message)
            .join('; ')}`,
          'synth-import',
        );
      members += r.counts.members;
      say(`Đã nhập danh sách ${k + 1}/${chunks.length} (${formatInt(r.counts.members)} đảng viên, ${formatInt(r.counts.units)} chi bộ)`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  // The copies taken before each import are of a file that did not exist an hour ago.
  for (const b of listBackups(ctx.session.dbPath)) if (b.reason === 'truoc-nhap') rmSync(b.path, { force: true });
  return { lists: chunks.length, members };
}

export const synthCommand: Command = {
  name: 'synth',
  summary: 'Tạo tệp dữ liệu tổng hợp quy mô tỉnh (xác định theo hạt giống), để đo tốc độ',
  usage:
    'tochuc synth --out province.sqlite [--units 25000] [--members 500000] [--years 10] [--last-year 2025] [--seed 8] [--no-member-list]',
  options: {
    out: { type: 'string' },
    units: { type: 'string' },
    members: { type: 'string' },
    years: { type: 'string' },
    'last-year': { type: 'string' },
    seed: { type: 'string' },
    'no-member-list': { type: 'boolean' },
  },
  async run(values) {
    const path = resolve(need(values, 'out'));
    if (existsSync(path)) throw new UserError(`Tệp "${path}" đã có; hãy chọn tên khác hoặc xóa tệp cũ.`, 'exists');
    const ctx = withStderrProgress(createCtx(createSession(path), { kind: 'cli' }));
    const started = performance.now();
    const seed = intArg(values, 'seed') ?? PROVINCE.seed;
    const r = await dispatch(ctx, 'synth.province', {
      units: intArg(values, 'units') ?? PROVINCE.units,
      members: intArg(values, 'members') ?? PROVINCE.members,
      years: intArg(values, 'years') ?? PROVINCE.years,
      lastYear: intArg(values, 'last-year') ?? PROVINCE.lastYear,
      seed,
      jobId: CLI_JOB,
    });
    const last = r.years[r.years.length - 1]!;
    const lastYear = last.year;
    const lists = values['no-member-list'] ? null : await importMemberLists(ctx, lastYear, seed, (s) => process.stderr.write(`${s}\n`));
    checkpoint(ctx.session.db);
    ctx.session.db.close();
    const changes = r.years.reduce((s, y) => s + (y.changes ? Object.values(y.changes).reduce((a, b) => a + b, 0) : 0), 0);
    process.stdout.write(
      `Đã tạo ${path}: ${r.years.length} năm (${r.years[0]!.year}–${last.year}), ${formatInt(r.unitsFirstYear)} đơn vị năm đầu, ` +
        `${formatInt(last.units)} đơn vị và ${formatInt(r.membersLastYear)} đảng viên năm cuối, ${formatInt(changes)} thay đổi tổ chức, ` +
        (lists
          ? `danh sách ${formatInt(lists.members)} đảng viên năm ${lastYear} nhập qua data.importMembers (${lists.lists} tệp .csv), `
          : '') +
        `trong ${formatInt(Math.round((performance.now() - started) / 1000))} giây.\n`,
    );
  },
};
