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
import { renderChartPng } from '../charts/render-node.ts';
import { chartConfig } from '../charts/configs.ts';
import { settingsSchema } from '../settings/schema.ts';
import { KINDS, type ReportKind } from './kinds.ts';
import { loadTemplate } from './template/store.ts';
import { assertValidTemplate } from './template/validate.ts';
import { fillFields, type ParsedTemplate, type TemplateLine } from './template/parse.ts';
import { collectFigures, sourcesOf } from './figures/collect.ts';
import type { Figures } from './model.ts';
import { numberText, suggestNumber } from './numbering.ts';
import { writeDocx, type DocumentSpec } from './docx/write.ts';
import { cleanText } from './text.ts';

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
}

const NO_SIGNER = { authority: 'T/M BAN THƯỜNG VỤ', title: 'BÍ THƯ', name: '(Họ và tên)' };

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

function checkYears(db: DB, year: number, compareYears: number[]): void {
  const years = listYears(db);
  for (const y of [year, ...compareYears]) {
    if (!years.includes(y)) {
      throw new UserError(`Tệp dữ liệu chưa có số liệu năm ${y} (có các năm: ${years.join(', ') || 'chưa có năm nào'}).`, 'no-year', { year: y });
    }
  }
}

function resolveCompare(db: DB, parsed: ParsedTemplate, kind: ReportKind, year: number, given: number[] | undefined): number[] {
  const years = [...new Set((given ?? []).filter((y) => y !== year))].sort((a, b) => a - b);
  if (years.some((y) => y > year)) throw new UserError(`Năm so sánh phải trước năm ${year}.`, 'compare-year');
  const needs = sourcesOf(db, parsed).sources.has('compare') || KINDS[kind].compares;
  if (years.length === 0 && needs) {
    const earlier = listYears(db).filter((y) => y < year);
    if (earlier.length === 0 && sourcesOf(db, parsed).sources.has('compare')) {
      throw new UserError(`Mẫu này so sánh với năm trước nhưng tệp dữ liệu không có năm nào trước ${year}.`, 'compare-year');
    }
    return earlier.slice(-1);
  }
  return years;
}

function fillLines(lines: TemplateLine[], values: Record<string, string>): TemplateLine[] {
  return lines.map((l) => (l.type === 'block' ? l : { ...l, text: fillFields(l.text, values) }));
}

async function render(parsed: ParsedTemplate, figures: Figures, r: RecordInputs): Promise<{ bytes: Buffer; number: string }> {
  const s = r.settings;
  const info = KINDS[r.kind as ReportKind];
  const number = numberText(r.seq, r.code, s.issuerCode);
  const spec: DocumentSpec = {
    profile: s.format,
    superiorBody: s.superiorBody,
    issuingBody: s.issuingBody,
    number: `Số ${number}`,
    placeDate: formatPlaceDate(s.place, r.date),
    title: fillFields(parsed.directives.title ?? info.title, figures.values),
    about: fillFields(r.about ?? parsed.directives.about ?? '', figures.values),
    date: r.date,
    recipients: (r.recipients ?? parsed.directives.recipients).map((x) => fillFields(x, figures.values)),
    signer: r.signer,
    demo: s.demo,
    lines: fillLines(parsed.lines, figures.values),
    figures,
  };
  const bytes = await writeDocx(spec, (data, w, h) => renderChartPng(chartConfig(data), w, h));
  return { bytes, number };
}

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

export async function generateReport(db: DB, input: GenerateInput, onProgress?: (done: number, text: string) => void): Promise<GeneratedDocument> {
  const step = (done: number, text: string) => onProgress?.(done, text);
  step(0.05, 'Đang đọc mẫu văn bản…');
  const settings = getSettings(db);
  const template = loadTemplate(db, input.template ?? input.kind, input.templateVersion);
  if (template.kind !== input.kind) {
    throw new UserError(`Mẫu "${template.code}" dùng cho loại ${template.kind}, không dùng cho ${input.kind}.`, 'template-kind');
  }
  const parsed = assertValidTemplate(db, template.body, `${template.code} (phiên bản ${template.version})`);
  const compareYears = resolveCompare(db, parsed, input.kind, input.year, input.compareYears);
  checkYears(db, input.year, compareYears);
  if (input.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(input.date)) throw new UserError(`Ngày "${cleanText(input.date)}" không hợp lệ; ghi theo dạng 2019-03-15.`, 'date');
  const code = parsed.directives.code ?? KINDS[input.kind].code;
  const seq = input.number ?? suggestNumber(db, settings, code).seq;
  const signer = input.signer === undefined ? (settings.signers[0] ?? NO_SIGNER) : settings.signers[input.signer];
  if (!signer) throw new UserError(`Không có người ký số ${input.signer} trong cài đặt (có ${settings.signers.length} người ký).`, 'signer');

  step(0.2, 'Đang tính số liệu…');
  const figures = collectFigures(db, { year: input.year, compareYears, rounding: settings.rounding.mode, decimals: settings.rounding.decimals }, parsed, (t) => step(0.4, t));
  const record: RecordInputs = {
    kind: input.kind, year: input.year, compareYears, templateCode: template.code, templateVersion: template.version,
    seq, code, date: input.date ?? today(), signer,
    recipients: input.recipients?.map(cleanText) ?? null, about: input.about !== undefined ? cleanText(input.about) : null, settings,
  };
  step(0.6, 'Đang vẽ biểu đồ và viết tệp Word…');
  const { bytes, number } = await render(parsed, figures, record);
  const hash = sha(bytes);
  const fileName = `${input.kind}-${input.year}-so-${seq}-${code}.docx`.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
  let documentId: number | null = null;
  if (!input.preview) {
    documentId = insertDocument(db, {
      kind: input.kind, kindCode: code, term: settings.term.name, seq, number, date: record.date, year: input.year,
      templateCode: template.code, templateVersion: template.version,
      inputs: JSON.stringify(record), figures: JSON.stringify(figures), sha256: hash, size: bytes.length, fileName,
      createdAt: new Date().toISOString(),
    });
  }
  step(1, `Đã tạo ${fileName} (${bytes.length} byte).`);
  return { bytes, fileName, number, seq, date: record.date, documentId, sha256: hash, templateCode: template.code, templateVersion: template.version };
}

/** Produces a recorded document again from its record alone: the figures and settings as they were, the template version it used. */
export async function regenerateDocument(db: DB, id: number): Promise<{ bytes: Buffer; fileName: string; identical: boolean; sha256: string }> {
  const row = getDocument(db, id);
  if (!row) throw new UserError(`Không có văn bản số ${id} trong lịch sử.`, 'not-found');
  const record = recordSchema.parse(JSON.parse(row.inputs));
  const figures = JSON.parse(row.figures) as Figures;
  const template = loadTemplate(db, row.templateCode, row.templateVersion);
  const { bytes } = await render(assertValidTemplate(db, template.body, template.code), figures, record);
  const hash = sha(bytes);
  return { bytes, fileName: row.fileName, identical: hash === row.sha256, sha256: hash };
}
