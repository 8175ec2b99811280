/** Templates in the database: every save is a new version; built-ins are seeded once and restorable; files move them between offices. */
import { z } from 'zod';
import type { DB } from '../../db/open.ts';
import { getTemplate, insertTemplateVersion, latestTemplates, templateVersions, type TemplateRow } from '../../db/reports.ts';
import { describeIssues, UserError } from '../../core/errors.ts';
import { isReportKind, REPORT_KINDS, type ReportKind } from '../kinds.ts';
import { cleanLines, cleanText } from '../text.ts';
import { BUILTIN_TEMPLATES, findBuiltin } from './builtins.ts';
import { assertValidTemplate } from './validate.ts';

const now = () => new Date().toISOString();

/** The built-ins exist in every database from the first time templates are read. */
export function ensureBuiltins(db: DB): void {
  for (const t of BUILTIN_TEMPLATES) {
    if (!getTemplate(db, t.code)) insertTemplateVersion(db, { ...t, builtin: true, savedAt: now() });
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
        : `Mẫu "${code}" không có phiên bản ${version} (có: ${templateVersions(db, code).map((v) => v.version).join(', ')}).`,
      'unknown-template',
    );
  }
  return t;
}

const CODE = /^[a-z0-9][a-z0-9-]{0,62}$/;

/** Validates, then stores as the next version of `code`. */
export function saveTemplate(db: DB, t: { code: string; kind: string; name: string; body: string }): TemplateRow {
  ensureBuiltins(db);
  const code = t.code.trim();
  if (!CODE.test(code)) throw new UserError(`Mã mẫu "${cleanText(code)}" không hợp lệ: chỉ dùng chữ thường không dấu, số và dấu "-".`, 'invalid-template');
  if (!isReportKind(t.kind)) throw new UserError(`Loại văn bản "${cleanText(t.kind)}" không có. Các loại: ${REPORT_KINDS.join(', ')}.`, 'invalid-template');
  const existing = getTemplate(db, code);
  if (existing && existing.kind !== t.kind) {
    throw new UserError(`Mẫu "${code}" là mẫu ${existing.kind}; không thể lưu thành loại ${t.kind}. Hãy đặt mã khác.`, 'invalid-template');
  }
  const body = cleanLines(t.body);
  assertValidTemplate(db, body, code);
  const builtin = findBuiltin(code);
  const version = insertTemplateVersion(db, {
    code, kind: t.kind, name: cleanText(t.name).trim() || code, body,
    builtin: builtin !== undefined && builtin.body === body, savedAt: now(),
  });
  return getTemplate(db, code, version)!;
}

/** Puts the built-in text back as a new version: the edited versions stay for the documents made from them. */
export function restoreBuiltin(db: DB, code: string): TemplateRow {
  const b = findBuiltin(code);
  if (!b) throw new UserError(`"${code}" không phải mẫu có sẵn. Các mẫu có sẵn: ${BUILTIN_TEMPLATES.map((x) => x.code).join(', ')}.`, 'unknown-template');
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

export function exportTemplate(db: DB, code: string, version?: number): { fileName: string; text: string } {
  const t = loadTemplate(db, code, version);
  const file: z.infer<typeof templateFileSchema> = { dinhDang: 'tochuc-mau-van-ban', phienBan: 1, ma: t.code, loai: t.kind as ReportKind, ten: t.name, noiDung: t.body };
  return { fileName: `mau-${t.code}-v${t.version}.json`, text: `${JSON.stringify(file, null, 2)}\n` };
}

/** Reads a template file and saves it as the next version of its code (or of `asCode`). */
export function importTemplate(db: DB, text: string, asCode?: string): TemplateRow {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new UserError('Tệp mẫu không đọc được: không phải tệp mẫu văn bản của tochuc (JSON).', 'invalid-template-file');
  }
  const r = templateFileSchema.safeParse(json);
  if (!r.success) {
    throw new UserError(`Tệp mẫu không hợp lệ: ${describeIssues(r.error)}`, 'invalid-template-file');
  }
  return saveTemplate(db, { code: asCode ?? r.data.ma, kind: r.data.loai, name: r.data.ten, body: r.data.noiDung });
}
