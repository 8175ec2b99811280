/**
 * Documents through reports.generate (template engine, figures, tables, charts, Party format)
 * against a fair baseline doing the same work by hand: the same figures by hand-written SQL (one
 * query per source the template reads, per year it reads), the same charts rendered from the same
 * data at the same size, and docx packing the same paragraphs, tables and pictures without
 * template or format. What is left between the two is the engine and the format.
 */
import JSZip from 'jszip';
import { dispatch, isMethod } from '../../api/dispatch.ts';
import * as base from '../../db/baselines.ts';
import { listPlans } from '../../db/plans.ts';
import { listYears } from '../../db/units.ts';
import { getSettings } from '../../settings/store.ts';
import { loadTemplate } from '../../reports/template/store.ts';
import { assertValidTemplate } from '../../reports/template/validate.ts';
import { collectFigures, sourcesOf } from '../../reports/figures/collect.ts';
import { KINDS, type ReportKind } from '../../reports/kinds.ts';
import { renderChartPng } from '../../charts/render-node.ts';
import { chartConfig, chartSizeForTextWidth, type ChartData } from '../../charts/configs.ts';
import { wordChart } from '../../charts/word.ts';
import { pageBox } from '../../reports/docx/page.ts';
import type { ChartRunOptions } from 'docx/charts';
import { formatMs, timePair, timeRuns } from '../measure.ts';
import { clearCaches } from '../../db/cache.ts';
import { budgetFor } from '../budgets.ts';
import type { InputOf } from '../../api/define.ts';
import type { Api } from '../../api/contract.ts';
import type { Row } from '../row.ts';
import type { Scale } from './context.ts';

interface Content {
  blocks: ({ p: string } | { table: string[][] })[];
  images: number;
  imageWidth: number;
  /** Native Word charts (word/charts/chartN.xml), written by docx from the same data. */
  nativeCharts: number;
}

const text = (xml: string) => [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');

/** The body of a .docx as paragraphs and tables of text: what our engine put there, minus its form. */
export async function readContent(bytes: Buffer): Promise<Content> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = (await zip.file('word/document.xml')!.async('string')).replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  const blocks: Content['blocks'] = [];
  for (const m of xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>|<w:p[ >][\s\S]*?<\/w:p>/g)) {
    if (m[0].startsWith('<w:tbl>')) {
      blocks.push({
        table: [...m[0].matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((r) =>
          [...r[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => text(c[0])),
        ),
      });
    } else blocks.push({ p: text(m[0]) });
  }
  const media = Object.keys(zip.files).filter((f) => f.startsWith('word/media/') && f.endsWith('.png'));
  // Charts are drawn at twice their size in the page (devicePixelRatio 2): the PNG header gives it.
  const png = media.length ? await zip.file(media[0]!)!.async('nodebuffer') : null;
  const nativeCharts = Object.keys(zip.files).filter((f) => /^word\/charts\/chart\d+\.xml$/.test(f)).length;
  return { blocks, images: media.length, imageWidth: png ? png.readUInt32BE(16) / 2 : 0, nativeCharts };
}

export async function packPlain(
  c: Content,
  images: { png: Buffer; width: number; height: number }[] = [],
  native: ChartRunOptions[] = [],
): Promise<Buffer> {
  const { Document, Packer, Paragraph, Table, TableRow, TableCell, WidthType, ImageRun } = await import('docx');
  const { ChartRun } = await import('docx/charts');
  const children = c.blocks.map((b) =>
    'p' in b
      ? new Paragraph(b.p)
      : new Table({
          rows: b.table.map(
            (r) =>
              new TableRow({
                children: r.map((cell) => new TableCell({ width: { size: 1500, type: WidthType.DXA }, children: [new Paragraph(cell)] })),
              }),
          ),
        }),
  );
  for (const i of images)
    children.push(
      new Paragraph({ children: [new ImageRun({ type: 'png', data: i.png, transformation: { width: i.width, height: i.height } })] }),
    );
  for (const o of native) children.push(new Paragraph({ children: [new ChartRun(o)] }));
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

/** What the fair baseline needs to know of a document, found once, outside the timing. */
interface Plan {
  sources: Set<string>;
  year: number;
  compareYears: number[];
  targetYears: number[];
  charts: { data: ChartData; width: number; height: number }[];
  /** The same native charts as the document's, from the same data at the same width. */
  native: ChartRunOptions[];
  content: Content;
}

export async function planOf(s: Scale, kind: ReportKind, compareYears: number[], bytes: Buffer): Promise<Plan> {
  const db = s.ctx.session.db;
  const settings = getSettings(db);
  const t = loadTemplate(db, kind);
  const parsed = assertValidTemplate(db, t.body, t.code);
  const { sources } = sourcesOf(db, parsed);
  const years =
    compareYears.length || !(sources.has('compare') || KINDS[kind].compares)
      ? compareYears
      : listYears(db)
          .filter((y) => y < s.last)
          .slice(-1);
  const figures = collectFigures(
    db,
    { year: s.last, compareYears: years, rounding: settings.rounding.mode, decimals: settings.rounding.decimals },
    parsed,
  );
  const content = await readContent(bytes);
  const plan = listPlans(db)[0];
  const names = [...parsed.blocks]
    .filter(([n]) => n.startsWith('bieu-do:'))
    .sort((a, b) => a[1] - b[1])
    .map(([n]) => n);
  const charts = names
    .flatMap((n) => (figures.charts[n] ? [figures.charts[n]!] : []))
    .map((data) => {
      const size = chartSizeForTextWidth(content.imageWidth * 15, data.kind);
      return { data, ...size };
    });
  // Charts written as native Word charts (word/charts/) are not drawn as pictures: the baseline writes
  // the same native charts (docx's ChartRun from the same data and width) instead.
  const native =
    content.images === 0 && content.nativeCharts > 0
      ? charts.map((c) => wordChart(c.data, { font: settings.format.font, textWidth: pageBox(settings.format).textWidth }))
      : [];
  if (content.images === 0) charts.length = 0;
  if (charts.length !== content.images) throw new Error(`Mốc văn bản ${kind}: ${charts.length} biểu đồ, tệp có ${content.images}`);
  if (native.length !== content.nativeCharts)
    throw new Error(`Mốc văn bản ${kind}: ${native.length} biểu đồ Word, tệp có ${content.nativeCharts}`);
  const targetYears = plan ? [...years, s.last].filter((y) => y >= plan.startYear && y <= plan.endYear) : [];
  return { sources: sources as Set<string>, year: s.last, compareYears: years, targetYears, charts, native, content };
}

export async function fairBaseline(s: Scale, p: Plan): Promise<Buffer> {
  const db = s.ctx.session.db;
  if (p.sources.has('structure')) base.cellGroupsBaseline(db, [p.year]);
  if (p.sources.has('compare')) base.cellGroupsBaseline(db, [...p.compareYears, p.year]);
  if (p.sources.has('ratings')) base.ratingsBaseline(db, p.year);
  if (p.sources.has('targets')) for (const y of p.targetYears) base.targetsBaseline(db, y);
  const images = p.charts.map((c) => ({ png: renderChartPng(chartConfig(c.data), c.width, c.height), width: c.width, height: c.height }));
  return packPlain(p.content, images, p.native);
}

export const DOC_KINDS: { key: 'de-an' | 'hoi-nghi' | 'ket-luan' | 'xep-loai'; kind: ReportKind; name: string; compare: number }[] = [
  { key: 'de-an', kind: 'de-an', name: 'Đề án', compare: 0 },
  // A conference report compares with the four years before (five years in its tables).
  { key: 'hoi-nghi', kind: 'bao-cao-hoi-nghi', name: 'Báo cáo hội nghị', compare: 4 },
  { key: 'ket-luan', kind: 'ket-luan', name: 'Kết luận', compare: 0 },
  { key: 'xep-loai', kind: 'bao-cao-xep-loai', name: 'Báo cáo xếp loại', compare: 0 },
];

export function docRequest(s: Scale, d: (typeof DOC_KINDS)[number]): InputOf<Api['reports.generate']> & { compareYears: number[] } {
  // slice(-0) would be every year: no compare years unless the kind asks for some.
  const compareYears = d.compare > 0 ? s.years.filter((y) => y < s.last).slice(-d.compare) : [];
  return { kind: d.kind, year: s.last, compareYears, preview: true as const };
}

export async function documentRows(s: Scale, runs: number): Promise<Row[]> {
  if (!isMethod('reports.generate')) {
    return DOC_KINDS.map((d) => ({
      scale: s.label,
      name: `${d.name} (reports.generate)`,
      value: null,
      unit: 'ms' as const,
      baseline: '',
      baselineValue: null,
      runs: 0,
    }));
  }
  const rows: Row[] = [];
  // Each run of the app is the first document after an edit of the current year (one cell's member
  // figure of the last year, as the statistics rows do): past years' results stay cached, as in a
  // session (db/cache.ts). The note keeps the figure with every cache empty and the one on unchanged data.
  const figure = base.editOneFigure(s.ctx.session.db, s.last);
  for (const d of DOC_KINDS) {
    const req = docRequest(s, d);
    const generate = () => dispatch(s.ctx, 'reports.generate', req);
    const doc = await generate();
    const bytes = Buffer.from(doc.base64, 'base64');
    const plan = await planOf(s, d.kind, req.compareYears, bytes);
    const tables = plan.content.blocks.filter((b) => 'table' in b).length;
    const db = s.ctx.session.db;
    // The edit itself (its commit's fsync) is not the document's time.
    const [value, baselineValue] = await timePair(runs, generate, () => fairBaseline(s, plan), 1, figure.edit);
    figure.undo();
    const cold = await timeRuns(runs, () => {
      clearCaches(db);
      return generate();
    });
    const warm = await timeRuns(runs, generate);
    rows.push({
      key: d.key,
      scale: s.label,
      name: `${d.name} năm ${s.last} (reports.generate)`,
      value,
      unit: 'ms',
      baseline: 'SQL viết tay + cùng biểu đồ + đóng gói docx',
      baselineValue,
      ...budgetFor(d.key, s.factor),
      runs,
      note:
        `${Math.round(doc.size / 1024)} KB, ${plan.content.blocks.length - tables} đoạn, ${tables} bảng, ${plan.content.images + plan.content.nativeCharts} biểu đồ${plan.content.nativeCharts ? ' Word' : ''}` +
        `${plan.compareYears.length ? `, so với ${plan.compareYears.join(', ')}` : ''}; mốc: ${[...plan.sources].join(', ')} bằng SQL viết tay` +
        `${plan.targetYears.length > 1 ? ` (chỉ tiêu ${plan.targetYears.length} năm)` : ''}, vẽ lại cùng biểu đồ, đóng gói cùng đoạn, bảng, hình; không có mẫu và thể thức. Số đo là văn bản đầu tiên sau khi sửa 1 số đảng viên của 1 chi bộ năm ${s.last} (các năm khác và phần không bị sửa vẫn trong bộ đệm); mọi bộ đệm trống: ${formatMs(cold)}; lặp lại trên dữ liệu không đổi (bộ đệm): ${formatMs(warm)}.`,
    });
  }
  return rows;
}
