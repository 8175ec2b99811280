import { readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, resolve } from 'node:path';
import type { Command, Values } from '../command.ts';
import { dbOption, jsonOption, openCtx, printJson, str, yearArg } from '../command.ts';
import { dispatch } from '../../api/dispatch.ts';
import { createCtx, createSession } from '../../api/session.ts';
import { UserError } from '../../core/errors.ts';
import type { Ctx } from '../../core/context.ts';

const KIND: Record<string, string> = { share: 'tỷ lệ', sum: 'tổng', count: 'số lượng', format: 'cách viết số' };

function readDraft(path: string): { docx?: string; text?: string; name: string } {
  const name = basename(path);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UserError(
      code === 'ENOENT' ? `Không tìm thấy tệp "${path}".` : `Không đọc được tệp "${path}" (${code ?? (e as Error).message}).`,
      'unreadable',
    );
  }
  const ext = extname(path).toLowerCase();
  if (ext === '.docx') return { docx: bytes.toString('base64'), name };
  if (ext === '.doc') throw new UserError(`"${name}" là tệp Word cũ (.doc); hãy lưu lại thành .docx rồi kiểm tra.`, 'unreadable');
  if (bytes.subarray(0, 2).toString('latin1') === 'PK')
    throw new UserError(`"${name}" là tệp nén (có thể là .docx bị đổi đuôi); hãy đặt đuôi .docx.`, 'unreadable');
  // Notepad's "Unicode" is UTF-16 with a byte-order mark; everything else is read as UTF-8.
  const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
  const text = new TextDecoder(encoding, { fatal: false }).decode(bytes).replace(/^\uFEFF/, '');
  if (!text.trim()) throw new UserError(`Tệp "${name}" không có nội dung để kiểm tra.`, 'unreadable');
  return { text, name };
}

/**
 * With --db the counts are compared with that year's data: --year, or else the year the draft speaks of
 * ("Năm 2019", "tính đến 31/12/2019"); without --db only the arithmetic is checked.
 */
async function contextFor(values: Values, draft: { docx?: string; text?: string; name: string }): Promise<{ ctx: Ctx; year?: number }> {
  if (str(values, 'db') === undefined) {
    if (str(values, 'year') !== undefined) throw new UserError('--year chỉ dùng cùng --db (tệp dữ liệu để đối chiếu).', 'usage');
    return { ctx: createCtx(createSession(':memory:'), { kind: 'cli' }) };
  }
  const ctx = openCtx(values);
  if (str(values, 'year') !== undefined) return { ctx, year: yearArg(values) };
  const { summary } = await dispatch(ctx, 'check.draft', { ...draft, year: undefined });
  if (summary.draftYear === null) {
    ctx.session.db.close();
    throw new UserError('Bản thảo không ghi rõ năm. Cần --year để đối chiếu số lượng với dữ liệu, ví dụ --year 2019.', 'usage');
  }
  return { ctx, year: summary.draftYear };
}

const MARK = (ok: boolean | null) => (ok === true ? '✓' : ok === false ? '✗' : '?');

export const checkCommand: Command = {
  name: 'check',
  summary: 'Kiểm tra số liệu trong bản thảo (.docx hoặc văn bản): tỷ lệ, tổng, số lượng, cách viết số',
  usage: 'tochuc check bao-cao.docx [--db demo.sqlite --year 2019] [--json] [--fix ban-da-sua.docx]',
  options: { ...dbOption, ...jsonOption, year: { type: 'string' }, fix: { type: 'string' } },
  async run(values, positionals) {
    const path = positionals[0];
    if (!path || positionals.length > 1) throw new UserError(`Cần đúng một tệp bản thảo.\nCách dùng: ${this.usage}`, 'usage');
    const draft = readDraft(resolve(path));
    const { ctx, year } = await contextFor(values, draft);
    try {
      const r = await dispatch(ctx, 'check.draft', { ...draft, year });
      let fixNote: string | null = null;
      const fixPath = str(values, 'fix');
      if (fixPath) {
        const f = await dispatch(ctx, 'check.fix', { ...draft, year });
        const out = resolve(fixPath);
        if (f.base64 !== null) writeFileSync(out, Buffer.from(f.base64, 'base64'));
        else writeFileSync(out, f.text ?? '');
        fixNote =
          `Đã ghi bản đã sửa "${out}": sửa ${f.changes.length} số${f.changes.length ? ` (${f.changes.map((c) => `${c.printed} → ${c.replacement}`).join('; ')})` : ''}` +
          `${f.skipped.length ? `; ${f.skipped.length} số không sửa tại chỗ được: ${f.skipped.map((c) => c.printed).join(', ')}` : ''}.`;
      }
      if (values.json) {
        // ok is true, false, or null for a claim the text does not let anyone verify.
        printJson({
          claims: r.claims.map(({ text, kind, printed, expected, ok, detail, basis }) => ({
            text,
            kind,
            printed,
            expected,
            ok,
            detail,
            ...(basis ? { basis } : {}),
          })),
          summary: r.summary,
        });
        if (fixNote) process.stderr.write(`${fixNote}\n`);
        return;
      }
      const lines = r.claims.map(
        (c) =>
          `${MARK(c.ok)} ${KIND[c.kind]}: ${c.printed}${c.ok === false ? ` → ${c.expected}` : ''}   ${c.detail}${c.basis ? `\n    ${c.basis}` : ''}\n    «${c.text}»`,
      );
      const s = r.summary;
      lines.push(
        '',
        `${s.claims} số liệu đã kiểm tra, ${s.wrong} chỗ sai${s.unverified ? `, ${s.unverified} không kiểm được` : ''}${s.draftYear !== null ? `; bản thảo nói về năm ${s.draftYear}` : ''}${year ? `; số lượng đối chiếu với dữ liệu năm ${year}` : '; không đối chiếu dữ liệu (thêm --db để đối chiếu số lượng)'}.`,
      );
      if (fixNote) lines.push(fixNote);
      process.stdout.write(`${lines.join('\n')}\n`);
    } finally {
      ctx.session.db.close();
    }
  },
};
