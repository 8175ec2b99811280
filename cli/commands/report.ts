import { writeFileWhole } from '../../db/pending.ts';
import { resolve } from 'node:path';
import type { Command } from '../command.ts';
import { dbOption, intArg, jsonOption, need, openCtx, printJson, str, yearArg, yearsArg, type Values } from '../command.ts';
import { dispatch } from '../../api/dispatch.ts';
import { UserError } from '../../core/errors.ts';
import { formatInt } from '../../format/vi.ts';
import { renderTable } from '../table.ts';
import { isReportKind, REPORT_KINDS } from '../../reports/kinds.ts';

/** The meeting a conclusion reports, when any of its flags is given. */
function meetingArgs(values: Values) {
  const m = {
    date: str(values, 'meeting-date'),
    place: str(values, 'meeting-place'),
    chair: str(values, 'chair'),
    attendees: str(values, 'attendees'),
  };
  return Object.values(m).some((v) => v !== undefined) ? m : undefined;
}

export const reportCommand: Command = {
  name: 'report',
  summary: 'Soạn văn bản Word (đề án, báo cáo hội nghị, kết luận, báo cáo xếp loại) theo thể thức văn bản của Đảng',
  usage:
    `tochuc report --db demo.sqlite --kind ${REPORT_KINDS.join('|')} --year 2019 [--compare 2017,2018] [--template ma] [--version n] ` +
    '[--number 12 [--replaces ID]] [--date 2019-03-15] [--signer 0] [--preview] --out van-ban.docx [--json]\n' +
    '  [--meeting-date "10/3/2019" --meeting-place "Hội trường Huyện ủy" --chair "Nguyễn Văn Thọ, Bí thư Huyện ủy" --attendees "…"]\n' +
    '  tochuc report --db demo.sqlite --history [--json]\n' +
    '  tochuc report --db demo.sqlite --regenerate ID --out van-ban.docx',
  options: {
    ...dbOption,
    ...jsonOption,
    kind: { type: 'string' },
    year: { type: 'string' },
    compare: { type: 'string' },
    template: { type: 'string' },
    version: { type: 'string' },
    number: { type: 'string' },
    date: { type: 'string' },
    signer: { type: 'string' },
    out: { type: 'string' },
    preview: { type: 'boolean' },
    history: { type: 'boolean' },
    regenerate: { type: 'string' },
    replaces: { type: 'string' },
    'meeting-date': { type: 'string' },
    'meeting-place': { type: 'string' },
    chair: { type: 'string' },
    attendees: { type: 'string' },
  },
  async run(values) {
    const ctx = openCtx(values);
    if (values.history) {
      const rows = await dispatch(ctx, 'reports.history', {});
      if (values.json) return printJson(rows);
      const head = ['ID', 'Loại', 'Nhiệm kỳ', 'Số', 'Ngày', 'Năm', 'Mẫu', 'Cỡ (byte)', 'Tệp', 'Ghi chú'];
      const note = (r: (typeof rows)[number]) =>
        [r.replaces !== null ? `thay bản nháp ${r.replaces}` : '', r.replacedBy !== null ? `đã được thay bằng ${r.replacedBy}` : '']
          .filter(Boolean)
          .join('; ');
      process.stdout.write(
        `${renderTable(
          head,
          rows.map((r) => [
            String(r.id),
            r.kind,
            r.term,
            r.number,
            r.date,
            String(r.year),
            `${r.templateCode} v${r.templateVersion}`,
            formatInt(r.size),
            r.fileName,
            note(r),
          ]),
          [true, false, false, false, false, true, false, true, false, false],
        )}\n`,
      );
      return;
    }
    const regen = intArg(values, 'regenerate');
    if (regen !== undefined) {
      const out = resolve(need(values, 'out'));
      const r = await dispatch(ctx, 'reports.regenerate', { id: regen });
      writeFileWhole(out, Buffer.from(r.base64, 'base64'));
      if (values.json) return printJson({ out, identical: r.identical, sha256: r.sha256 });
      process.stdout.write(
        `Đã tạo lại văn bản ${regen} vào ${out}: ${r.identical ? 'giống hệt bản đã xuất' : 'KHÁC bản đã xuất'} (sha256 ${r.sha256.slice(0, 16)}…).\n`,
      );
      return;
    }
    const kind = need(values, 'kind');
    if (!isReportKind(kind)) throw new UserError(`--kind "${kind}" không có. Các loại: ${REPORT_KINDS.join(', ')}.`, 'usage');
    const out = resolve(need(values, 'out'));
    const t0 = performance.now();
    const r = await dispatch(ctx, 'reports.generate', {
      kind,
      year: yearArg(values),
      compareYears: str(values, 'compare') !== undefined ? yearsArg(values, 'compare') : undefined,
      template: str(values, 'template'),
      templateVersion: intArg(values, 'version'),
      number: intArg(values, 'number'),
      date: str(values, 'date'),
      signer: intArg(values, 'signer'),
      preview: values.preview === true,
      replaces: intArg(values, 'replaces'),
      meeting: meetingArgs(values),
    });
    writeFileWhole(out, Buffer.from(r.base64, 'base64'));
    const ms = Math.round(performance.now() - t0);
    if (values.json) {
      const { base64: _b, ...rest } = r;
      return printJson({ ...rest, out, ms });
    }
    process.stdout.write(
      r.warnings.map((w) => `Lưu ý: ${w}\n`).join('') +
        `Đã soạn ${out}\n  Số ${r.number} (nhiệm kỳ ${r.term}), ngày ${r.date}, mẫu ${r.templateCode} phiên bản ${r.templateVersion}\n` +
        `  ${formatInt(r.size)} byte, ${ms} ms${r.documentId !== null ? `, ghi lịch sử số ${r.documentId}` : ' (bản nháp, không ghi lịch sử)'}\n`,
    );
  },
};
