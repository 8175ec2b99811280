import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from '../command.ts';
import { dbOption, intArg, jsonOption, need, openCtx, printJson, str, yearArg, yearsArg } from '../command.ts';
import { dispatch } from '../../api/dispatch.ts';
import { UserError } from '../../core/errors.ts';
import { formatInt } from '../../format/vi.ts';
import { renderTable } from '../table.ts';
import { isReportKind, REPORT_KINDS } from '../../reports/kinds.ts';

export const reportCommand: Command = {
  name: 'report',
  summary: 'Soạn văn bản Word (đề án, báo cáo hội nghị, kết luận, báo cáo xếp loại) theo thể thức văn bản của Đảng',
  usage:
    `tochuc report --db demo.sqlite --kind ${REPORT_KINDS.join('|')} --year 2019 [--compare 2017,2018] [--template ma] [--version n] ` +
    '[--number 12] [--date 2019-03-15] [--signer 0] [--preview] --out van-ban.docx [--json]\n' +
    '  tochuc report --db demo.sqlite --history [--json]\n' +
    '  tochuc report --db demo.sqlite --regenerate ID --out van-ban.docx',
  options: {
    ...dbOption, ...jsonOption,
    kind: { type: 'string' }, year: { type: 'string' }, compare: { type: 'string' }, template: { type: 'string' }, version: { type: 'string' },
    number: { type: 'string' }, date: { type: 'string' }, signer: { type: 'string' }, out: { type: 'string' }, preview: { type: 'boolean' },
    history: { type: 'boolean' }, regenerate: { type: 'string' },
  },
  async run(values) {
    const ctx = openCtx(values);
    if (values.history) {
      const rows = await dispatch(ctx, 'reports.history', {});
      if (values.json) return printJson(rows);
      const head = ['ID', 'Loại', 'Số', 'Ngày', 'Năm', 'Mẫu', 'Cỡ (byte)', 'Tệp'];
      process.stdout.write(`${renderTable(head, rows.map((r) => [String(r.id), r.kind, r.number, r.date, String(r.year), `${r.templateCode} v${r.templateVersion}`, formatInt(r.size), r.fileName]), [true, false, false, false, true, false, true, false])}\n`);
      return;
    }
    const regen = intArg(values, 'regenerate');
    if (regen !== undefined) {
      const out = resolve(need(values, 'out'));
      const r = await dispatch(ctx, 'reports.regenerate', { id: regen });
      writeFileSync(out, Buffer.from(r.base64, 'base64'));
      if (values.json) return printJson({ out, identical: r.identical, sha256: r.sha256 });
      process.stdout.write(`Đã tạo lại văn bản ${regen} vào ${out}: ${r.identical ? 'giống hệt bản đã xuất' : 'KHÁC bản đã xuất'} (sha256 ${r.sha256.slice(0, 16)}…).\n`);
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
    });
    writeFileSync(out, Buffer.from(r.base64, 'base64'));
    const ms = Math.round(performance.now() - t0);
    if (values.json) {
      const { base64: _b, ...rest } = r;
      return printJson({ ...rest, out, ms });
    }
    process.stdout.write(
      `Đã soạn ${out}\n  Số ${r.number}, ngày ${r.date}, mẫu ${r.templateCode} phiên bản ${r.templateVersion}\n` +
        `  ${formatInt(r.size)} byte, ${ms} ms${r.documentId !== null ? `, ghi lịch sử số ${r.documentId}` : ' (bản nháp, không ghi lịch sử)'}\n`,
    );
  },
};
