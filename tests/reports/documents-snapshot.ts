/**
 * What a document says, in a form two runs can be compared by: for each kind, the figures the
 * history records and the text of every paragraph and table cell of the .docx. A change that makes
 * documents faster must leave both exactly as they were.
 */
import type { Ctx } from '../../core/context.ts';
import { dispatch } from '../../api/dispatch.ts';
import { REPORT_KINDS, type ReportKind } from '../../reports/kinds.ts';
import { readDocx } from './docx-read.ts';

export interface DocumentSnapshot {
  kind: ReportKind;
  compareYears: number[];
  figures: unknown;
  /** Paragraphs and table rows of word/document.xml, one string each, in order. */
  blocks: string[];
}

const textOf = (xml: string) =>
  [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
    .map((m) => m[1]!)
    .join('')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** Paragraphs outside tables, and each table row as its cells joined by " | ". */
export function blocksOf(document: string): string[] {
  const out: string[] = [];
  for (const m of document.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>|<w:p[ >][\s\S]*?<\/w:p>/g)) {
    if (m[0].startsWith('<w:tbl>')) {
      for (const r of m[0].matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g))
        out.push([...r[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => textOf(c[0])).join(' | '));
    } else out.push(textOf(m[0]));
  }
  return out;
}

/** Every kind on `year`, recorded in the history (so its figures are kept), on a fixed date and number. */
export async function snapshotDocuments(ctx: Ctx, year: number, compareYears: number[]): Promise<DocumentSnapshot[]> {
  const out: DocumentSnapshot[] = [];
  let number = 1;
  for (const kind of REPORT_KINDS) {
    const years = kind === 'bao-cao-hoi-nghi' ? compareYears : [];
    const doc = await dispatch(ctx, 'reports.generate', { kind, year, compareYears: years, date: `${year}-12-20`, number: number++ });
    const row = ctx.session.db.prepare('SELECT figures FROM report_document WHERE id = ?').get(doc.documentId) as { figures: string };
    const { document } = await readDocx(Buffer.from(doc.base64, 'base64'));
    out.push({ kind, compareYears: years, figures: JSON.parse(row.figures), blocks: blocksOf(document) });
  }
  return out;
}
