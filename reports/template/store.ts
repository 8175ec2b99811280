/** Templates in the database: every save is a new version; built-ins are seeded once and restorable; files move them between offices. */
import { z } from 'zod';
import type { DB } from '../../db/open.ts';
import { getTemplate, insertTemplateVersion, latestTemplates, templateVersions, type TemplateRow } from '../../db/reports.ts';
import { describeIssues, UserError } from '../../core/errors.ts';
import { isReportKind, REPORT_KINDS, type ReportKind } from '../kinds.ts';
import { cleanLines, cleanText } from '../text.ts';
import { BUILTIN_TEMPLATES, findBuiltin } from './builtins.ts';
import { assertValidTemplate } from './validate.ts';
import { assertValidWordTemplate, wordTemplateText } from './word.ts';
import { textTemplateAsDocx } from './word-export.ts';
import { getSettings } from '../../settings/store.ts';

const now = () => new Date().toISOString();

/**
 * The built-ins exist in every database from the first time templates are read, and follow the
 * program: a built-in nobody edited gets the program's newer text as a new version (the versions
 * before stay, for the documents made from them); an edited one is left as the office made it.
 */
export function ensureBuiltins(db: DB): void {
  for (const t of BUILTIN_TEMPLATES) {
    const latest = getTemplate(db, t.code);
    if (!latest || (latest.builtin && latest.docx === null && latest.body !== t.body))
      insertTemplateVersion(db, { ...t, builtin: true, savedAt: now() });
  }
}

export function listTemplates(db: DB): TemplateRow[] {
  ensureBuiltins(db);
  return latestTemplates(db);
}

export function loadTemplate(db: DB, code: string, version?: number): TemplateRow {
  ensureBuiltins(db);
  const t = getTemplate(db, code, version);
  if (!t) {
    const codes = latestTemplates(db).map((x) => x.code);
    throw new UserError(
      version === undefined
        ? `Không có mẫu "${code}". Các mẫu có: ${codes.join(', ')}.`
        : `Mẫu "${code}" không có phiên bản ${version} (có: ${templateVersions(db, code)
            .map((v) => v.version)
            .join(', ')}).`,
      'unknown-template',
    );
  }
  return t;
}

const CODE = /^[a-z0-9][a-z0-9-]{0,62}$/;

/** A template's code and kind, before any save: a code keeps its kind across versions. */
function checkCode(db: DB, raw: string, kind: string): string {
  const code = raw.trim();
  if (!CODE.test(code))
    throw new UserError(`Mã mẫu "${cleanText(code)}" không hợp lệ: chỉ dùng chữ thường không dấu, số và dấu "-".`, 'invalid-template');
  if (!isReportKind(kind))
    throw new UserError(`Loại văn bản "${cleanText(kind)}" không có. Các loại: ${REPORT_KINDS.join(', ')}.`, 'invalid-template');
  const existing = getTemplate(db, code);
  if (existing && existing.kind !== kind) {
    throw new UserError(`Mẫu "${code}" là mẫu ${existing.kind}; không thể lưu thành loại ${kind}. Hãy đặt mã khác.`, 'invalid-template');
  }
  return code;
}

/** Validates, then stores as the next version of `code`. */
export function saveTemplate(db: DB, t: { code: string; kind: string; name: string; body: string }): TemplateRow {
  ensureBuiltins(db);
  const code = checkCode(db, t.code, t.kind);
  const body = cleanLines(t.body);
  assertValidTemplate(db, body, code);
  const builtin = findBuiltin(code);
  const version = insertTemplateVersion(db, {
    code,
    kind: t.kind,
    name: cleanText(t.name).trim() || code,
    body,
    builtin: builtin !== undefined && builtin.body === body,
    savedAt: now(),
  });
  return getTemplate(db, code, version)!;
}

/** Puts the built-in text back as a new version: the edited versions stay for the documents made from them. */
export function restoreBuiltin(db: DB, code: string): TemplateRow {
  const b = findBuiltin(code);
  if (!b)
    throw new UserError(
      `"${code}" không phải mẫu có sẵn. Các mẫu có sẵn: ${BUILTIN_TEMPLATES.map((x) => x.code).join(', ')}.`,
      'unknown-template',
    );
  ensureBuiltins(db);
  const version = insertTemplateVersion(db, { ...b, builtin: true, savedAt: now() });
  return getTemplate(db, code, version)!;
}

export const templateFileSchema = z.object({
  dinhDang: z.literal('tochuc-mau-van-ban'),
  phienBan: z.literal(1),
  ma: z.string(),
  loai: z.enum(REPORT_KINDS),
  ten: z.string(),
  noiDung: z.string().max(200_000),
});

/** The first lines of an exported text template say what it is; importing reads and drops them. */
const FILE_HEAD = /^@(mau-ma|mau-loai|mau-ten):\s*(.*)$/;

/**
 * A template as a file: a Word template as its .docx, a text template as plain text (UTF-8) that any
 * editor opens, its code, kind and name on its first lines — or, asked for .docx, as a Word template
 * to finish in Word and import again.
 */
export async function exportTemplate(
  db: DB,
  code: string,
  version?: number,
  format?: 'van-ban' | 'docx',
): Promise<{ fileName: string; text: string | null; base64: string | null }> {
  const t = loadTemplate(db, code, version);
  if (!t.docx && format === 'docx') {
    const bytes = await textTemplateAsDocx(t.body, t.kind as ReportKind, getSettings(db).format);
    return { fileName: `mau-${t.code}-v${t.version}.docx`, text: null, base64: bytes.toString('base64') };
  }
  if (t.docx) return { fileName: `mau-${t.code}-v${t.version}.docx`, text: null, base64: t.docx.toString('base64') };
  const head = `@mau-ma: ${t.code}\n@mau-loai: ${t.kind}\n@mau-ten: ${t.name}\n`;
  return { fileName: `mau-${t.code}-v${t.version}.txt`, text: `${head}${t.body.endsWith('\n') ? t.body : `${t.body}\n`}`, base64: null };
}

/** Reads a text template file (or the JSON files of earlier versions) and saves it as the next version of its code, or of `asCode`. */
export function importTemplate(db: DB, text: string, asCode?: string, asKind?: string): TemplateRow {
  const clean = text.replace(/^\uFEFF/, '');
  if (clean.trimStart().startsWith('{')) {
    let json: unknown;
    try {
      json = JSON.parse(clean);
    } catch {
      throw new UserError('Tệp mẫu không đọc được: không phải tệp mẫu văn bản của tochuc.', 'invalid-template-file');
    }
    const r = templateFileSchema.safeParse(json);
    if (!r.success) throw new UserError(`Tệp mẫu không hợp lệ: ${describeIssues(r.error)}`, 'invalid-template-file');
    return saveTemplate(db, { code: asCode ?? r.data.ma, kind: asKind ?? r.data.loai, name: r.data.ten, body: r.data.noiDung });
  }
  if (/[\u0000-\u0008]/.test(clean.slice(0, 512)) || clean.startsWith('PK')) {
    throw new UserError(
      'Tệp mẫu không đọc được: không phải tệp mẫu văn bản của tochuc (văn bản thường hoặc .docx).',
      'invalid-template-file',
    );
  }
  const lines = cleanLines(clean).split('\n');
  const meta: Record<string, string> = {};
  while (lines.length > 0) {
    const m = FILE_HEAD.exec(lines[0]!.trim());
    if (!m) break;
    meta[m[1]!] = m[2]!.trim();
    lines.shift();
  }
  const code = asCode ?? meta['mau-ma'];
  const kind = asKind ?? meta['mau-loai'];
  if (!code || !kind) {
    throw new UserError(
      'Tệp không phải tệp mẫu văn bản đã xuất từ tochuc: thiếu dòng "@mau-ma:", "@mau-loai:" ở đầu tệp; nếu là mẫu tự soạn, ghi thêm --code ma-mau --kind loai.',
      'invalid-template-file',
    );
  }
  return saveTemplate(db, { code, kind, name: meta['mau-ten'] ?? code, body: lines.join('\n') });
}

/** Saves a template authored in Word, checked paragraph by paragraph, as the next version of `code`. */
export async function importWordTemplate(db: DB, bytes: Buffer, t: { code: string; kind: string; name?: string }): Promise<TemplateRow> {
  ensureBuiltins(db);
  const code = checkCode(db, t.code, t.kind);
  const checked = await assertValidWordTemplate(db, bytes, code);
  const version = insertTemplateVersion(db, {
    code,
    kind: t.kind,
    name: cleanText(t.name ?? '').trim() || code,
    body: wordTemplateText(checked.lines),
    builtin: false,
    savedAt: now(),
    docx: bytes,
  });
  return getTemplate(db, code, version)!;
}
