/**
 * Native Word charts in every kind: the chart parts with their embedded workbook, referenced from the
 * document; the document's font, Vietnamese labels, series apart in grey; and LibreOffice draws them.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open.ts';
import { generateReport } from '../../reports/generate.ts';
import { REPORT_KINDS, type ReportKind } from '../../reports/kinds.ts';
import { luminance, seriesColors, VI_INT_FORMAT } from '../../charts/word.ts';
import { demoCopy } from '../helpers/db.ts';

const dir = mkdtempSync(join(tmpdir(), 'tochuc-'));
const profile = `/tmp/lo-${randomBytes(6).toString('hex')}`;
const zips = new Map<ReportKind, JSZip>();

beforeAll(async () => {
  const db = openDatabase(demoCopy());
  for (const kind of REPORT_KINDS) {
    const r = await generateReport(db, {
      kind,
      year: 2019,
      compareYears: kind === 'bao-cao-hoi-nghi' ? [2017, 2018] : undefined,
      date: '2019-03-15',
      preview: true,
    });
    zips.set(kind, await JSZip.loadAsync(r.bytes));
    writeFileSync(join(dir, `${kind}.docx`), r.bytes);
  }
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(profile, { recursive: true, force: true });
});

const read = (z: JSZip, name: string) => z.file(name)!.async('string');
const target = (rels: string, id: string) =>
  new RegExp(`<Relationship [^>]*Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ??
  new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)?.[1];

describe.each(REPORT_KINDS)('%s', (kind) => {
  it('has chart parts, each referenced from the document, each with its data in an embedded workbook', async () => {
    const z = zips.get(kind)!;
    const charts = Object.keys(z.files)
      .filter((f) => /^word\/charts\/chart\d+\.xml$/.test(f))
      .sort();
    expect(charts.length).toBeGreaterThan(0);
    expect(Object.keys(z.files).some((f) => f.startsWith('word/media/'))).toBe(false);
    const document = await read(z, 'word/document.xml');
    const rels = await read(z, 'word/_rels/document.xml.rels');
    const referenced = [...document.matchAll(/<c:chart [^>]*r:id="([^"]+)"/g)].map((m) => `word/${target(rels, m[1]!)}`).sort();
    expect(referenced).toEqual(charts);
    const types = await read(z, '[Content_Types].xml');
    for (const c of charts) {
      expect(types).toContain(`PartName="/${c}"`);
      const xml = await read(z, c);
      const ext = /<c:externalData r:id="([^"]+)"/.exec(xml)![1]!;
      const chartRels = await read(z, c.replace('charts/', 'charts/_rels/').replace(/\.xml$/, '.xml.rels'));
      const workbook = `word/${target(chartRels, ext)!.replace('../', '')}`;
      const xlsx = await JSZip.loadAsync(await z.file(workbook)!.async('uint8array'));
      const sheet = await xlsx.file('xl/worksheets/sheet1.xml')!.async('string');
      // The cached values the chart draws are the workbook's values.
      const cached = [...xml.matchAll(/<c:val>[\s\S]*?<\/c:val>/g)].flatMap((v) =>
        [...v[0].matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((m) => m[1]!),
      );
      expect(cached.length).toBeGreaterThan(0);
      for (const v of cached) expect(sheet).toContain(`<v>${v}</v>`);
      // The document's font, in Vietnamese.
      expect(xml).toContain('typeface="Times New Roman"');
      expect(xml).toContain('<c:lang val="vi-VN"/>');
      expect(xml).not.toContain('en-US');
    }
  });
});

describe('what the charts show', () => {
  it('the share chart labels each group with its count and share the Vietnamese way, in the table order', async () => {
    const xml = await read(zips.get('de-an')!, 'word/charts/chart1.xml');
    expect(xml).toContain('6.067 (85,44%)');
    expect(xml).toContain('474 (6,68%)');
    expect(xml).toContain('<c:orientation val="maxMin"/>');
  });

  it('the years chart has one series per year, apart in grey, values written with "." for thousands', async () => {
    const z = zips.get('bao-cao-hoi-nghi')!;
    const names = Object.keys(z.files).filter((f) => /^word\/charts\/chart\d+\.xml$/.test(f));
    const xmls = await Promise.all(names.map((n) => read(z, n)));
    const years = xmls.find((x) => x.includes('Năm 2017') && x.includes('Năm 2018') && x.includes('Năm 2019') && !x.includes('Chưa đạt'))!;
    expect(years).toBeDefined();
    const colors = [...years.matchAll(/<c:ser>[\s\S]*?<a:srgbClr val="([0-9A-F]{6})"/g)].map((m) => m[1]!);
    expect(colors).toHaveLength(3);
    const l = colors.map(luminance).sort((a, b) => a - b);
    for (let i = 1; i < l.length; i++) expect(l[i]! - l[i - 1]!).toBeGreaterThan(0.15);
    expect(years).toContain(`formatCode="${VI_INT_FORMAT.replace(/>/g, '&gt;')}"`);
  });

  it('colours run from dark to light for any number of series', () => {
    for (const n of [2, 3, 4, 6]) {
      const l = seriesColors(n).map(luminance);
      for (let i = 1; i < n; i++) expect(l[i]!).toBeGreaterThan(l[i - 1]! + 0.6 / n);
    }
  });
});

describe('LibreOffice draws the charts', () => {
  it('every kind converts; the chart labels are on the pages; every page becomes an image', () => {
    const files = REPORT_KINDS.map((k) => join(dir, `${k}.docx`));
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...files], {
      stdio: 'ignore',
      timeout: 120_000,
    });
    for (const kind of REPORT_KINDS) {
      const pdf = join(dir, `${kind}.pdf`);
      expect(existsSync(pdf)).toBe(true);
      execFileSync('pdftoppm', ['-png', '-r', '30', pdf, join(dir, `page-${kind}`)]);
      const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
      expect(readdirSync(dir).filter((f) => f.startsWith(`page-${kind}`) && f.endsWith('.png'))).toHaveLength(pages);
    }
    const text = (k: ReportKind) => execFileSync('pdftotext', [join(dir, `${k}.pdf`), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    // Drawn by LibreOffice from the chart part: the labels, the legend, the axis in Vietnamese format.
    expect(text('de-an')).toContain('6.067 (85,44%)');
    const conf = text('bao-cao-hoi-nghi');
    expect(conf).toContain('Năm 2017');
    expect(conf).toMatch(/\b6\.0\d\d\b/);
    expect(conf).not.toMatch(/\b6,0\d\d\b/);
  }, 180_000);
});
