import { resolve } from 'node:path';
import type { Command, Values } from '../command.ts';
import { dbOption, jsonOption, openCtx, printJson, yearArg } from '../command.ts';
import { dispatch } from '../../api/dispatch.ts';
import type { OutputOf } from '../../api/define.ts';
import type { Api } from '../../api/contract.ts';
import { UserError } from '../../core/errors.ts';
import { formatInt } from '../../format/vi.ts';
import type { ImportIssue } from '../../io/issues.ts';
import { renderTable } from '../table.ts';
import { CLI_JOB, withStderrProgress } from '../progress.ts';

const SHOWN = 40;

function where(i: ImportIssue): string {
  return [i.sheet && `trang "${i.sheet}"`, i.row !== null && `dòng ${i.row}`, i.column && `cột ${i.column}`].filter(Boolean).join(', ');
}

function issues(title: string, list: ImportIssue[]): string[] {
  if (list.length === 0) return [];
  const lines = list.slice(0, SHOWN).map((i) => `  ${where(i)}: ${i.message}`);
  if (list.length > SHOWN) lines.push(`  … và ${formatInt(list.length - SHOWN)} mục khác (xem --json).`);
  return [`${title} (${formatInt(list.length)}):`, ...lines];
}

const num = (v: number | null) => (v === null ? '—' : formatInt(v));

/** "Cột X=ngày vào đảng", repeatable. */
function mapArg(values: Values): Record<string, string> {
  const raw = values.map;
  const list = Array.isArray(raw) ? raw : typeof raw === 'string' ? [raw] : [];
  const out: Record<string, string> = {};
  for (const m of list) {
    const s = String(m);
    const eq = s.lastIndexOf('=');
    if (eq <= 0)
      throw new UserError(`--map cần dạng "Tên cột=trường", ví dụ --map "Ngày kết nạp=ngày vào đảng" (nhận được "${s}").`, 'usage');
    out[s.slice(0, eq).trim()] = s.slice(eq + 1).trim();
  }
  return out;
}

type UnitsResult = OutputOf<Api['units.import']>;

function units(r: UnitsResult, values: Values, dbPath: string, dryRun: boolean): void {
  if (values.json) printJson(r);
  if (!r.ok) {
    if (!values.json) process.stdout.write(`${[...issues('Lỗi', r.errors), ...issues('Lưu ý', r.warnings)].join('\n')}\n`);
    throw new UserError(`Tệp "${r.file}" có ${formatInt(r.errors.length)} lỗi; không ghi gì vào dữ liệu.`, 'invalid-file');
  }
  if (values.json) return;
  const ACTION = { create: 'thêm', update: 'sửa', same: 'giữ nguyên' } as const;
  const shown = r.units.filter((u) => u.action !== 'same').slice(0, SHOWN);
  const lines: string[] = [];
  if (shown.length)
    lines.push(
      renderTable(
        ['Mã', 'Tên', 'Loại', 'Mã cấp trên', ''],
        shown.map((u) => [u.code, u.name, u.kindName, u.parentCode ?? '', ACTION[u.action]]),
      ),
    );
  lines.push(
    `${formatInt(r.counts.rows)} đơn vị: ${formatInt(r.counts.created)} thêm mới, ${formatInt(r.counts.updated)} sửa, ${formatInt(r.counts.unchanged)} giữ nguyên.`,
  );
  lines.push(...issues('Lưu ý', r.warnings));
  lines.push(
    r.applied
      ? `Đã ghi cơ cấu năm ${r.year} vào ${dbPath}. Bản sao lưu trước khi nhập: ${r.backup ?? '—'}`
      : dryRun
        ? 'Chạy thử (--dry-run): chưa ghi gì.'
        : 'Không có gì thay đổi; không ghi.',
  );
  process.stdout.write(`${lines.join('\n')}\n`);
}

export const importCommand: Command = {
  name: 'import',
  summary:
    'Nhập danh sách đơn vị, số liệu (các trang Số liệu, Xếp loại, Cấp ủy viên) hoặc danh sách đảng viên từ .xlsx/.csv (kiểm tra hết rồi mới ghi, tất cả hoặc không gì cả)',
  usage: 'tochuc import units|figures|members TỆP --db demo.sqlite --year 2020 [--dry-run] [--json] [--map "Cột X=ngày vào đảng"]',
  options: {
    ...dbOption,
    ...jsonOption,
    year: { type: 'string' },
    'dry-run': { type: 'boolean' },
    map: { type: 'string', multiple: true },
  },
  async run(values, positionals) {
    const [kind, file] = positionals;
    if ((kind !== 'figures' && kind !== 'members' && kind !== 'units') || !file) {
      throw new UserError(`Cần chỉ rõ loại và tệp: ${this.usage}`, 'usage');
    }
    const year = yearArg(values);
    const dryRun = values['dry-run'] === true;
    const ctx = withStderrProgress(openCtx(values));
    const source = { path: resolve(file) };
    if (kind === 'units')
      return units(await dispatch(ctx, 'units.import', { source, year, dryRun, jobId: CLI_JOB }), values, ctx.session.dbPath, dryRun);
    const r =
      kind === 'figures'
        ? await dispatch(ctx, 'data.importFigures', { source, year, dryRun, jobId: CLI_JOB })
        : await dispatch(ctx, 'data.importMembers', { source, year, dryRun, map: mapArg(values), jobId: CLI_JOB });
    if (values.json) printJson(r);
    if (!r.ok) {
      if (!values.json) process.stdout.write(`${[...issues('Lỗi', r.errors), ...issues('Lưu ý', r.warnings)].join('\n')}\n`);
      throw new UserError(`Tệp "${r.file}" có ${formatInt(r.errors.length)} lỗi; không ghi gì vào dữ liệu.`, 'invalid-file');
    }
    if (values.json) return;
    const lines: string[] = [];
    if ('changes' in r) {
      const rows = r.changes.slice(0, SHOWN).map((c) => [c.unitName, c.indicatorName, num(c.old), num(c.new)]);
      if (rows.length) lines.push(renderTable(['Đơn vị', 'Chỉ tiêu', 'Cũ', 'Mới'], rows, [false, false, true, true]));
      if (r.changes.length > SHOWN) lines.push(`… và ${formatInt(r.changes.length - SHOWN)} thay đổi khác (xem --json).`);
      lines.push(
        `${formatInt(r.counts.rows)} dòng đơn vị, ${formatInt(r.counts.values)} số liệu: ${formatInt(r.counts.changed)} thay đổi, ${formatInt(r.counts.unchanged)} giữ nguyên.`,
      );
      if (r.ratings)
        lines.push(
          `Trang "Xếp loại": ${formatInt(r.ratings.units)} đơn vị có xếp loại, ${formatInt(r.ratings.cells)} chi bộ có số đảng viên theo mức (${formatInt(r.ratings.changed)} thay đổi).`,
        );
      if (r.committee)
        lines.push(`Trang "Cấp ủy viên": ${formatInt(r.committee.members)} cấp ủy viên của ${formatInt(r.committee.units)} đơn vị.`);
    } else {
      const rows = r.units
        .filter((u) => u.changes.length)
        .slice(0, SHOWN)
        .map((u) => [
          u.name,
          u.code,
          `${num(u.membersBefore)} → ${num(u.membersAfter)}`,
          u.changes
            .slice(0, 4)
            .map((c) => `${c.indicatorName}: ${num(c.old)} → ${num(c.new)}`)
            .join('; ') + (u.changes.length > 4 ? '; …' : ''),
        ]);
      if (rows.length) lines.push(renderTable(['Chi bộ', 'Mã', 'Danh sách', 'Thay đổi'], rows));
      if (r.counts.unitsChanged > SHOWN) lines.push(`… và ${formatInt(r.counts.unitsChanged - SHOWN)} chi bộ khác (xem --json).`);
      lines.push(
        `${formatInt(r.counts.members)} đảng viên của ${formatInt(r.counts.units)} chi bộ; ${formatInt(r.counts.unitsChanged)} chi bộ có số liệu thay đổi (${formatInt(r.counts.figuresChanged)} số liệu).`,
      );
    }
    lines.push(...issues('Lưu ý', r.warnings));
    lines.push(
      r.applied
        ? `Đã ghi vào ${ctx.session.dbPath}${r.startedFromYear !== null ? ` (cơ cấu năm ${r.year} sao chép từ năm ${r.startedFromYear})` : ''}. Bản sao lưu trước khi nhập: ${r.backup ?? '—'}`
        : dryRun
          ? 'Chạy thử (--dry-run): chưa ghi gì.'
          : 'Không có gì thay đổi; không ghi.',
    );
    process.stdout.write(`${lines.join('\n')}\n`);
  },
};
