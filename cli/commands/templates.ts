import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from '../command.ts';
import { dbOption, intArg, jsonOption, openCtx, printJson, str } from '../command.ts';
import { dispatch } from '../../api/dispatch.ts';
import { UserError } from '../../core/errors.ts';
import { renderTable } from '../table.ts';

function readText(path: string): string {
  try {
    return readFileSync(resolve(path), 'utf8');
  } catch {
    throw new UserError(`Không đọc được tệp "${path}".`, 'not-found');
  }
}

export const templatesCommand: Command = {
  name: 'templates',
  summary: 'Mẫu văn bản: liệt kê, xem, kiểm tra, xuất ra tệp, nhập từ tệp, khôi phục mẫu có sẵn',
  usage:
    'tochuc templates --db demo.sqlite [--json]\n' +
    '  tochuc templates --db demo.sqlite --show de-an [--version 1]\n' +
    '  tochuc templates --db demo.sqlite --export de-an --out mau.json\n' +
    '  tochuc templates --db demo.sqlite --import mau.json [--code ma-moi]\n' +
    '  tochuc templates --db demo.sqlite --check mau.txt\n' +
    '  tochuc templates --db demo.sqlite --restore de-an',
  options: {
    ...dbOption, ...jsonOption,
    show: { type: 'string' }, version: { type: 'string' }, export: { type: 'string' }, out: { type: 'string' },
    import: { type: 'string' }, code: { type: 'string' }, check: { type: 'string' }, restore: { type: 'string' },
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
      const r = await dispatch(ctx, 'templates.export', { code: exp, version });
      const out = resolve(str(values, 'out') ?? r.fileName);
      writeFileSync(out, r.text);
      process.stdout.write(`Đã xuất mẫu "${exp}" ra ${out}.\n`);
      return;
    }
    const imp = str(values, 'import');
    if (imp) {
      const t = await dispatch(ctx, 'templates.import', { text: readText(imp), code: str(values, 'code') });
      process.stdout.write(`Đã nhập mẫu "${t.code}" (${t.kind}), phiên bản ${t.version}.\n`);
      return;
    }
    const check = str(values, 'check');
    if (check) {
      const r = await dispatch(ctx, 'templates.check', { body: readText(check) });
      if (values.json) return printJson(r);
      if (r.problems.length === 0) process.stdout.write('Mẫu hợp lệ.\n');
      else throw new UserError(`Mẫu có ${r.problems.length} lỗi:\n${r.problems.map((p) => `- Dòng ${p.line}: ${p.message}`).join('\n')}`, 'invalid-template');
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
    process.stdout.write(`${renderTable(['Mã', 'Loại', 'Phiên bản', 'Có sẵn', 'Tên'], list.map((t) => [t.code, t.kind, String(t.version), t.builtin ? 'có' : '', t.name]), [false, false, true, false, false])}\n`);
  },
};
