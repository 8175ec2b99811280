import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from '../command.ts';
import { dbOption, intArg, jsonOption, openCtx, printJson, str } from '../command.ts';
import { dispatch } from '../../api/dispatch.ts';
import { UserError } from '../../core/errors.ts';
import { renderTable } from '../table.ts';
import { isReportKind, REPORT_KINDS } from '../../reports/kinds.ts';

function readBytes(path: string): Buffer {
  try {
    return readFileSync(resolve(path));
  } catch {
    throw new UserError(`Không đọc được tệp "${path}".`, 'not-found');
  }
}

const readText = (path: string) => readBytes(path).toString('utf8');

function usageNeed(flag: string): never {
  throw new UserError(`Nhập mẫu Word cần --${flag} (ví dụ --kind de-an --code ma-moi).`, 'usage');
}

export const templatesCommand: Command = {
  name: 'templates',
  summary: 'Mẫu văn bản: liệt kê, xem, kiểm tra, xuất ra tệp, nhập từ tệp, khôi phục mẫu có sẵn',
  usage:
    'tochuc templates --db demo.sqlite [--json]\n' +
    '  tochuc templates --db demo.sqlite --show de-an [--version 1]\n' +
    '  tochuc templates --db demo.sqlite --export de-an --out mau.txt   (--out mau.docx: thành mẫu Word để soạn tiếp)\n' +
    '  tochuc templates --db demo.sqlite --import mau.txt [--code ma-moi] [--kind de-an]\n' +
    '  tochuc templates --db demo.sqlite --import mau.docx --kind de-an --code ma-moi [--name "Tên mẫu"]\n' +
    '  tochuc templates --db demo.sqlite --catalog\n' +
    '  tochuc templates --db demo.sqlite --check mau.txt\n' +
    '  tochuc templates --db demo.sqlite --restore de-an',
  options: {
    ...dbOption,
    ...jsonOption,
    show: { type: 'string' },
    version: { type: 'string' },
    export: { type: 'string' },
    out: { type: 'string' },
    import: { type: 'string' },
    code: { type: 'string' },
    check: { type: 'string' },
    restore: { type: 'string' },
    kind: { type: 'string' },
    name: { type: 'string' },
    catalog: { type: 'boolean' },
  },
  async run(values) {
    const ctx = openCtx(values);
    const version = intArg(values, 'version', 1);
    const show = str(values, 'show');
    if (show) {
      const t = await dispatch(ctx, 'templates.get', { code: show, version });
      if (values.json) return printJson(t);
      process.stdout.write(`# ${t.name} (${t.code}, ${t.kind}, phiên bản ${t.version}/${t.versions.length})\n\n${t.body}`);
      return;
    }
    const exp = str(values, 'export');
    if (exp) {
      const wanted = str(values, 'out');
      const r = await dispatch(ctx, 'templates.export', {
        code: exp,
        version,
        ...(wanted?.toLowerCase().endsWith('.docx') ? { format: 'docx' as const } : {}),
      });
      const out = resolve(str(values, 'out') ?? r.fileName);
      writeFileSync(out, r.base64 !== null ? Buffer.from(r.base64, 'base64') : (r.text ?? ''));
      process.stdout.write(`Đã xuất mẫu "${exp}" ra ${out}.\n`);
      return;
    }
    const imp = str(values, 'import');
    if (imp) {
      const bytes = readBytes(imp);
      // A .docx is a zip: "PK" first.
      const word = bytes.subarray(0, 2).toString('latin1') === 'PK';
      const kind = str(values, 'kind');
      if (kind !== undefined && !isReportKind(kind))
        throw new UserError(`--kind "${kind}" không có. Các loại: ${REPORT_KINDS.join(', ')}.`, 'usage');
      const t = word
        ? await dispatch(ctx, 'templates.importWord', {
            base64: bytes.toString('base64'),
            kind: kind ?? usageNeed('kind'),
            code: str(values, 'code') ?? usageNeed('code'),
            name: str(values, 'name'),
          })
        : await dispatch(ctx, 'templates.import', { text: bytes.toString('utf8'), code: str(values, 'code'), kind });
      process.stdout.write(`Đã nhập mẫu ${t.word ? 'Word ' : ''}"${t.code}" (${t.kind}), phiên bản ${t.version}.\n`);
      return;
    }
    if (values.catalog) {
      const c = await dispatch(ctx, 'reports.catalog', {});
      if (values.json) return printJson(c);
      const section = (title: string, rows: { name: string; description: string }[], wrap: (n: string) => string) =>
        `${title}\n${rows.map((r) => `  ${wrap(r.name).padEnd(34)} ${r.description}`).join('\n')}\n`;
      process.stdout.write(
        [
          section('Trường', c.fields, (n) => `{{${n}}}`),
          section('Khối (đứng riêng một dòng/đoạn)', c.blocks, (n) => `[[${n}]]`),
          section(
            'Danh sách lặp',
            c.lists.map((l) => ({
              name: l.name,
              description: `${l.description}; trường: ${l.items.map((x) => `{{${l.name}.${x.name}}}`).join(', ')}`,
            })),
            (n) => `{% lap ${n} %}`,
          ),
          section('Điều kiện', c.conditions, (n) => `{% neu ${n} %}`),
          section('Mục (mẫu văn bản thường)', c.directives, (n) => n),
        ].join('\n'),
      );
      return;
    }
    const check = str(values, 'check');
    if (check) {
      const r = await dispatch(ctx, 'templates.check', { body: readText(check) });
      if (values.json) return printJson(r);
      if (r.problems.length === 0) process.stdout.write('Mẫu hợp lệ.\n');
      else
        throw new UserError(
          `Mẫu có ${r.problems.length} lỗi:\n${r.problems.map((p) => `- Dòng ${p.line}: ${p.message}`).join('\n')}`,
          'invalid-template',
        );
      return;
    }
    const restore = str(values, 'restore');
    if (restore) {
      const t = await dispatch(ctx, 'templates.restore', { code: restore });
      process.stdout.write(`Đã khôi phục mẫu có sẵn "${t.code}" thành phiên bản ${t.version}.\n`);
      return;
    }
    const list = await dispatch(ctx, 'templates.list', {});
    if (values.json) return printJson(list);
    process.stdout.write(
      `${renderTable(
        ['Mã', 'Loại', 'Phiên bản', 'Có sẵn', 'Dạng', 'Tên'],
        list.map((t) => [t.code, t.kind, String(t.version), t.builtin ? 'có' : '', t.word ? 'Word' : 'văn bản', t.name]),
        [false, false, true, false, false, false],
      )}\n`,
    );
  },
};
