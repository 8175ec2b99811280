/**
 * Drafting a document: template + figures of the year + the Party format from settings → .docx bytes,
 * recorded in the history with everything needed to produce the same bytes again.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { DB } from '../db/open.ts';
import { getDocument, insertDocument } from '../db/reports.ts';
import { listYears } from '../db/units.ts';
import { UserError } from '../core/errors.ts';
import { getSettings } from '../settings/store.ts';
import { formatPlaceDate } from '../format/vi.ts';
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '../settings/schema.ts';
import { KINDS, type ReportKind } from './kinds.ts';
import { loadTemplate } from './template/store.ts';
import { assertValidTemplate } from './template/validate.ts';
import { fillFields, type ParsedTemplate } from './template/parse.ts';
import { expandNodes } from './template/expand.ts';
import { collectFigures, sourcesOf } from './figures/collect.ts';
import type { Figures, Meeting } from './model.ts';
import { checkDate, checkNumberFree, numberText, suggestNumber, termForDate, todayInVietnam } from './numbering.ts';
import { deterministic, writeDocx, type DocumentSpec } from './docx/write.ts';
import { pageBox } from './docx/page.ts';
import { assertValidWordTemplate, fillWordTemplate } from './template/word.ts';
import type { TemplateRow } from '../db/reports.ts';
import { cleanText, upper } from './text.ts';
import { coverageSummary } from '../stats/coverage.ts';

export interface GenerateInput {
  kind: ReportKind;
  year: number;
  compareYears?: number[];
  template?: string;
  templateVersion?: number;
  /** The number within the kind and term; the next free one when absent. */
  number?: number;
  /** ISO date printed on the document; today when absent. */
  date?: string;
  /** Index into settings.signers. */
  signer?: number;
  recipients?: string[];
  /** Replaces the template's trích yếu. */
  about?: string;
  /** Draft only: not recorded in the history. */
  preview?: boolean;
  /** The history id of a draft holding this number that the new document replaces. */
  replaces?: number;
  /** For conclusions: the meeting's date, place, chair and attendees as the drafter types them. */
  meeting?: Meeting;
}

/** What the history keeps besides the figures: the request resolved, and the settings that shaped the page. */
const recordSchema = z.object({
  kind: z.string(),
  year: z.number().int(),
  compareYears: z.array(z.number().int()),
  templateCode: z.string(),
  templateVersion: z.number().int(),
  seq: z.number().int(),
  code: z.string(),
  date: z.string(),
  signer: z.object({ authority: z.string(), title: z.string(), name: z.string() }),
  recipients: z.array(z.string()).nullable(),
  about: z.string().nullable(),
  settings: settingsSchema,
  // Records written before numbering followed the date have neither.
  term: z.string().optional(),
  meeting: z
    .object({ date: z.string().optional(), place: z.string().optional(), chair: z.string().optional(), attendees: z.string().optional() })
    .optional(),
});
type RecordInputs = z.infer<typeof recordSchema>;

export interface GeneratedDocument {
  bytes: Buffer;
  fileName: string;
  number: string;
  seq: number;
  date: string;
  documentId: number | null;
  sha256: string;
  templateCode: string;
  templateVersion: number;
  term: string;
  /** Preflight warnings: the document was made, but these deserve a look. */
  warnings: string[];
}

/** What must be in the settings before a document can be issued: a blank would print as a placeholder. */
export function missingSettings(s: Settings): string[] {
  const missing: string[] = [];
  if (!s.signers.some((x) => x.name.trim())) missing.push('người ký (Cài đặt → Người ký: họ tên, chức vụ, thẩm quyền ký)');
  if (!s.place.trim()) missing.push('địa danh ghi ở ngày tháng (Cài đặt → Cơ quan ban hành → Địa danh)');
  // A province committee's superior is the Party itself, printed on the right: it has no superior body line.
  if (
    s.level !== 'tinh' &&
    (!s.superiorBody.trim() ||
      s.superiorBody.trim() === DEFAULT_SETTINGS.superiorBody ||
      upper(s.superiorBody.trim()) === 'ĐẢNG CỘNG SẢN VIỆT NAM')
  ) {
    missing.push('tên đảng bộ cấp trên, ví dụ "ĐẢNG BỘ TỈNH HÀ NAM" (Cài đặt → Cơ quan ban hành → Cơ quan cấp trên)');
  }
  if (!s.issuingBody.trim() || s.issuingBody.trim() === DEFAULT_SETTINGS.issuingBody)
    missing.push('tên cơ quan ban hành, ví dụ "HUYỆN ỦY QUỐC OAI" (Cài đặt → Cơ quan ban hành)');
  return missing;
}

type PreflightInput = { kind: ReportKind; year: number; compareYears: number[] };

/** A document on a year with cells not entered would print partial totals as the committee's. */
function incompleteYears(db: DB, input: PreflightInput): string[] {
  return [input.year, ...input.compareYears]
    .map((y) => coverageSummary(db, y, { ratings: input.kind === 'bao-cao-xep-loai' && y === input.year }).text)
    .filter((t): t is string => t !== null);
}

/**
 * Warnings shown before generating, which do not stop it: checks on the data, each returning
 * sentences in Vietnamese.
 */
export const PREFLIGHT_CHECKS: ((db: DB, input: PreflightInput) => string[])[] = [incompleteYears];

export function preflight(db: DB, input: PreflightInput): string[] {
  return PREFLIGHT_CHECKS.flatMap((check) => check(db, input));
}

function checkYears(db: DB, year: number, compareYears: number[]): void {
  const years = listYears(db);
  for (const y of [year, ...compareYears]) {
    if (!years.includes(y)) {
      throw new UserError(`Tệp dữ liệu chưa có số liệu năm ${y} (có các năm: ${years.join(', ') || 'chưa có năm nào'}).`, 'no-year', {
        year: y,
      });
    }
  }
}

function resolveCompare(db: DB, parsed: ParsedTemplate, kind: ReportKind, year: number, given: number[] | undefined): number[] {
  const years = [...new Set((given ?? []).filter((y) => y !== year))].sort((a, b) => a - b);
  if (years.some((y) => y > year)) throw new UserError(`Năm so sánh phải trước năm ${year}.`, 'compare-year');
  const { sources, explicit } = sourcesOf(db, parsed);
  const needs = sources.has('compare') || KINDS[kind].compares;
  if (years.length === 0 && needs) {
    const earlier = listYears(db).filter((y) => y < year);
    if (earlier.length === 0 && explicit.has('compare')) {
      throw new UserError(`Mẫu này so sánh với năm trước nhưng tệp dữ liệu không có năm nào trước ${year}.`, 'compare-year');
    }
    return earlier.slice(-1);
  }
  return years;
}

/** A template as stored, checked: a text template or one authored in Word. */
interface LoadedTemplate {
  parsed: ParsedTemplate;
  docx: Buffer | null;
}

async function checkedTemplate(db: DB, t: TemplateRow): Promise<LoadedTemplate> {
  const where = `${t.code} (phiên bản ${t.version})`;
  if (t.docx) return { parsed: (await assertValidWordTemplate(db, t.docx, where)).parsed, docx: t.docx };
  return { parsed: assertValidTemplate(db, t.body, where), docx: null };
}

/** The fields that come from the document itself rather than the figures: what a Word letterhead places itself. */
function documentValues(r: RecordInputs, number: string, about: string): Record<string, string> {
  const s = r.settings;
  return {
    'so-van-ban': `Số ${number}`,
    'dia-danh-ngay': formatPlaceDate(s.place, r.date),
    'co-quan-ban-hanh': s.issuingBody,
    'co-quan-cap-tren': s.superiorBody,
    'trich-yeu': about,
    'nguoi-ky': r.signer.name,
    'chuc-vu-ky': r.signer.title,
    'tham-quyen-ky': r.signer.authority,
  };
}

async function render(t: LoadedTemplate, figures: Figures, r: RecordInputs): Promise<{ bytes: Buffer; number: string }> {
  const { parsed } = t;
  const s = r.settings;
  const info = KINDS[r.kind as ReportKind];
  const number = numberText(r.seq, r.code, s.issuerCode);
  const about = fillFields(r.about ?? parsed.directives.about ?? '', figures.values);
  const filled: Figures = { ...figures, values: { ...figures.values, ...documentValues(r, number, about) } };
  const recipients = (r.recipients ?? parsed.directives.recipients).map((x) => fillFields(x, filled.values));
  if (t.docx) {
    const bytes = await fillWordTemplate(t.docx, parsed, {
      figures: filled,
      documentValues: {},
      profile: s.format,
      textWidth: pageBox(s.format).textWidth,
      recipients,
      signer: r.signer,
    });
    return { bytes: await deterministic(bytes, r.date), number };
  }
  const spec: DocumentSpec = {
    profile: s.format,
    // A province committee has no superior body line: the Party itself heads the right column.
    superiorBody: s.level === 'tinh' ? '' : s.superiorBody,
    issuingBody: s.issuingBody,
    number: `Số ${number}`,
    placeDate: formatPlaceDate(s.place, r.date),
    title: fillFields(parsed.directives.title ?? info.title, filled.values),
    about,
    date: r.date,
    recipients,
    signer: r.signer,
    demo: s.demo,
    lines: expandNodes(parsed.nodes, filled),
    figures: filled,
  };
  const bytes = await writeDocx(spec);
  return { bytes, number };
}

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

export async function generateReport(
  db: DB,
  input: GenerateInput,
  onProgress?: (done: number, text: string) => void,
): Promise<GeneratedDocument> {
  const step = (done: number, text: string) => onProgress?.(done, text);
  step(0.05, 'Đang đọc mẫu văn bản…');
  const settings = getSettings(db);
  const template = loadTemplate(db, input.template ?? input.kind, input.templateVersion);
  if (template.kind !== input.kind) {
    throw new UserError(`Mẫu "${template.code}" dùng cho loại ${template.kind}, không dùng cho ${input.kind}.`, 'template-kind');
  }
  const loaded = await checkedTemplate(db, template);
  const { parsed } = loaded;
  const compareYears = resolveCompare(db, parsed, input.kind, input.year, input.compareYears);
  checkYears(db, input.year, compareYears);
  const date = checkDate(input.date ?? todayInVietnam());
  const missing = missingSettings(settings);
  if (missing.length > 0) {
    throw new UserError(`Chưa soạn được văn bản: cài đặt còn thiếu ${missing.join('; ')}.`, 'settings-missing', { missing });
  }
  const code = parsed.directives.code ?? KINDS[input.kind].code;
  const term = termForDate(settings, date).name;
  const seq = input.number ?? suggestNumber(db, settings, code, date).seq;
  if (!input.preview) checkNumberFree(db, settings, code, term, seq, input.replaces);
  const signer = settings.signers[input.signer ?? 0];
  if (!signer)
    throw new UserError(
      `Không có người ký số ${input.signer} trong cài đặt (có ${settings.signers.length} người ký, đánh số từ 0).`,
      'signer',
    );
  const warnings = preflight(db, { kind: input.kind, year: input.year, compareYears });

  step(0.2, 'Đang tính số liệu…');
  const meeting =
    input.meeting &&
    Object.fromEntries(
      Object.entries(input.meeting)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, cleanText(v as string)]),
    );
  const figures = collectFigures(
    db,
    { year: input.year, compareYears, rounding: settings.rounding.mode, decimals: settings.rounding.decimals, term, meeting },
    parsed,
    (t) => step(0.4, t),
  );
  const record: RecordInputs = {
    kind: input.kind,
    year: input.year,
    compareYears,
    templateCode: template.code,
    templateVersion: template.version,
    seq,
    code,
    date,
    signer,
    recipients: input.recipients?.map(cleanText) ?? null,
    about: input.about !== undefined ? cleanText(input.about) : null,
    settings,
    term,
    ...(meeting ? { meeting } : {}),
  };
  step(0.6, 'Đang vẽ biểu đồ và viết tệp Word…');
  const { bytes, number } = await render(loaded, figures, record);
  const hash = sha(bytes);
  const fileName = `${input.kind}-${input.year}-so-${seq}-${code}.docx`
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
  let documentId: number | null = null;
  if (!input.preview) {
    documentId = insertDocument(db, {
      kind: input.kind,
      kindCode: code,
      term,
      seq,
      number,
      date: record.date,
      year: input.year,
      replaces: input.replaces ?? null,
      templateCode: template.code,
      templateVersion: template.version,
      inputs: JSON.stringify(record),
      figures: JSON.stringify(figures),
      sha256: hash,
      size: bytes.length,
      fileName,
      createdAt: new Date().toISOString(),
    });
  }
  step(1, `Đã tạo ${fileName} (${bytes.length} byte).`);
  return {
    bytes,
    fileName,
    number,
    seq,
    date: record.date,
    documentId,
    sha256: hash,
    templateCode: template.code,
    templateVersion: template.version,
    term,
    warnings,
  };
}

/** Produces a recorded document again from its record alone: the figures and settings as they were, the template version it used. */
export async function regenerateDocument(
  db: DB,
  id: number,
): Promise<{ bytes: Buffer; fileName: string; identical: boolean; sha256: string }> {
  const row = getDocument(db, id);
  if (!row) throw new UserError(`Không có văn bản số ${id} trong lịch sử.`, 'not-found');
  const record = recordSchema.parse(JSON.parse(row.inputs));
  const figures = JSON.parse(row.figures) as Figures;
  const template = loadTemplate(db, row.templateCode, row.templateVersion);
  const { bytes } = await render(await checkedTemplate(db, template), figures, record);
  const hash = sha(bytes);
  return { bytes, fileName: row.fileName, identical: hash === row.sha256, sha256: hash };
}
