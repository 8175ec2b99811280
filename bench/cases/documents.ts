/**
 * Documents through reports.generate (template engine, tables, charts) against docx packing the
 * same paragraphs and tables, read back from the generated file, with no template and no charts.
 */
import JSZip from 'jszip';
import { dispatch, isMethod } from '../../api/dispatch.ts';
import { timePair } from '../measure.ts';
import type { Row } from '../row.ts';
import type { Scale } from './context.ts';

interface Content { blocks: ({ p: string } | { table: string[][] })[]; images: number }

const text = (xml: string) => [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');

/** The body of a .docx as paragraphs and tables of text: what our engine put there, minus its form. */
export async function readContent(bytes: Buffer): Promise<Content> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = (await zip.file('word/document.xml')!.async('string')).replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  const blocks: Content['blocks'] = [];
  for (const m of xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>|<w:p[ >][\s\S]*?<\/w:p>/g)) {
    if (m[0].startsWith('<w:tbl>')) {
      blocks.push({ table: [...m[0].matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((r) => [...r[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => text(c[0]))) });
    } else blocks.push({ p: text(m[0]) });
  }
  return { blocks, images: Object.keys(zip.files).filter((f) => f.startsWith('word/media/')).length };
}

export async function packPlain(c: Content): Promise<Buffer> {
  const { Document, Packer, Paragraph, Table, TableRow, TableCell, WidthType } = await import('docx');
  const children = c.blocks.map((b) =>
    'p' in b
      ? new Paragraph(b.p)
      : new Table({
          rows: b.table.map((r) => new TableRow({ children: r.map((cell) => new TableCell({ width: { size: 1500, type: WidthType.DXA }, children: [new Paragraph(cell)] })) })),
        }),
  );
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

const BUDGET_MS = 1500;

export async function documentRows(s: Scale, runs: number): Promise<Row[]> {
  const kinds: [string, string][] = [['de-an', 'Đề án'], ['bao-cao-hoi-nghi', 'Báo cáo hội nghị']];
  if (!isMethod('reports.generate')) {
    return kinds.map(([, name]) => ({ scale: s.label, name: `${name} (reports.generate)`, value: null, unit: 'ms' as const, baseline: '', baselineValue: null, runs: 0 }));
  }
  const rows: Row[] = [];
  for (const [kind, name] of kinds) {
    const generate = () => dispatch(s.ctx, 'reports.generate', { kind: kind as 'de-an', year: s.last, preview: true });
    const doc = await generate();
    const content = await readContent(Buffer.from(doc.base64, 'base64'));
    const tables = content.blocks.filter((b) => 'table' in b).length;
    const [value, baselineValue] = await timePair(runs, generate, () => packPlain(content));
    rows.push({
      scale: s.label, name: `${name} năm ${s.last} (reports.generate)`, value, unit: 'ms', baseline: 'docx đóng gói cùng nội dung', baselineValue,
      budget: BUDGET_MS, runs,
      note: `${Math.round(doc.size / 1024)} KB, ${content.blocks.length - tables} đoạn, ${tables} bảng, ${content.images} biểu đồ; mốc không có mẫu, định dạng và biểu đồ.`,
    });
  }
  return rows;
}
