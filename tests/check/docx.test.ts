/** .docx drafts: numbers split across runs are read whole, and the corrected copy changes only the wrong numbers. */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { checkDocxDraft, correctDocx, readDocx } from '../../check/docx.ts';
import { tempDir } from '../helpers/db.ts';
import { seedDocx, splitNumbersDocx } from './fixtures.ts';

async function documentXml(bytes: Uint8Array): Promise<string> {
  return (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
}

/** The texts of the <w:t> elements, in order: what each run shows. */
const runTexts = (xml: string) => [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]);
/** Everything but the text: runs, their properties, paragraphs, tables. */
const skeleton = (xml: string) => xml.replace(/(<w:t(?:\s[^>]*)?>)[^<]*(<\/w:t>)/g, '$1$2');

async function corrected(bytes: Buffer) {
  const draft = await readDocx(bytes);
  const result = checkDocxDraft(draft);
  const out = await correctDocx(await readDocx(bytes), result);
  return { result, out };
}

function pdfText(docx: string, dir: string): string {
  // Each conversion gets its own LibreOffice profile, so parallel runs never share one.
  const profile = `/tmp/lo-${process.pid}-${Math.random().toString(36).slice(2)}`;
  try {
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx], {
      stdio: 'ignore',
      timeout: 120_000,
    });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return execFileSync('pdftotext', [docx.replace(/\.docx$/, '.pdf'), '-'], { encoding: 'utf8' })
    .replace(/\s+/g, ' ')
    .trim();
}

describe('reading a .docx draft', () => {
  it('reads numbers split over runs and decomposed Vietnamese as they read on the page', async () => {
    const draft = await readDocx(await seedDocx());
    expect(draft.mapped.text).toContain('chiếm 85,54%; 45 chi bộ');
    expect(draft.mapped.text).toContain('chiếm 6.65%;');
    expect(draft.mapped.text).toContain('chiếm trên 30%.');
    const claims = checkDocxDraft(draft).claims.map((c) => [c.kind, c.printed, c.ok, c.expected]);
    expect(claims).toEqual([
      ['sum', '44', true, '44'],
      ['sum', '7.101', true, '7.101'],
      ['share', '85,54%', false, '85,44%'],
      ['share', '6.65%', false, '6,68%'],
      ['format', '6.65%', false, '6,65%'],
      ['share', '1,6%', true, '1,6%'],
      ['share', '6,21%', false, '6,28%'],
      ['share', '7,40%', false, '7,04%'],
      ['share', 'trên 30%', false, '27,50%'],
    ]);
  });

  it('finds the main part through the package relationships, and writes the correction there', async () => {
    const zip = await JSZip.loadAsync(await seedDocx());
    const xml = await zip.file('word/document.xml')!.async('string');
    zip.remove('word/document.xml');
    zip.file('word/document2.xml', xml);
    const rels = await zip.file('_rels/.rels')!.async('string');
    zip.file('_rels/.rels', rels.replace('word/document.xml', 'word/document2.xml'));
    const types = await zip.file('[Content_Types].xml')!.async('string');
    zip.file('[Content_Types].xml', types.replace('/word/document.xml', '/word/document2.xml'));
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    const draft = await readDocx(bytes);
    expect(draft.part).toBe('word/document2.xml');
    const out = await correctDocx(draft, checkDocxDraft(draft));
    const fixed = await (await JSZip.loadAsync(out.bytes)).file('word/document2.xml')!.async('string');
    expect(fixed).toContain('6,28%');
  });

  it('says what is wrong with a file that is not a .docx', async () => {
    await expect(readDocx(Buffer.from('PK not really'), 'bao-cao.docx')).rejects.toThrow(/Không mở được "bao-cao.docx"/);
    const zip = new JSZip();
    zip.file('a.txt', 'x');
    await expect(readDocx(await zip.generateAsync({ type: 'uint8array' }), 'nen.docx')).rejects.toThrow(/không có phần nội dung văn bản/);
  });
});

describe('the corrected .docx', () => {
  it('changes only the wrong characters, each in its own run, and keeps every run and property', async () => {
    const bytes = await seedDocx();
    const { out } = await corrected(bytes);
    const before = await documentXml(bytes);
    const after = await documentXml(out.bytes);
    expect(skeleton(after)).toBe(skeleton(before));
    const a = runTexts(before);
    const b = runTexts(after);
    const changed = a.map((t, k) => [t, b[k]]).filter(([x, y]) => x !== y);
    expect(changed).toEqual([
      ['5', '4'], // the bold run of "85,54%"
      [
        '; 45 chi bộ trực thuộc đảng bộ khối cơ quan, với 474 đảng viên, chiếm 6.',
        '; 45 chi bộ trực thuộc đảng bộ khối cơ quan, với 474 đảng viên, chiếm 6,',
      ],
      ['65%', '68%'], // the red run keeps its part
      [a.find((t) => t!.includes('6,21%')), a.find((t) => t!.includes('6,21%'))!.replace('6,21%', '6,28%')],
      ['Kết nạp 112/1.590 đảng viên, chiếm 7,40%', 'Kết nạp 112/1.590 đảng viên, chiếm 7,04%'],
    ]);
    expect(out.skipped).toEqual([]);
    // Every other part of the package is as it was.
    const zipA = await JSZip.loadAsync(bytes);
    const zipB = await JSZip.loadAsync(out.bytes);
    expect(Object.keys(zipB.files).sort()).toEqual(Object.keys(zipA.files).sort());
    for (const name of Object.keys(zipA.files)) {
      if (name === 'word/document.xml' || zipA.files[name]!.dir) continue;
      expect(await zipB.file(name)!.async('string')).toBe(await zipA.file(name)!.async('string'));
    }
  });

  it('inserts and removes characters when the length changes, next to XML entities', async () => {
    const bytes = await splitNumbersDocx();
    const { result, out } = await corrected(bytes);
    expect(result.claims.map((c) => [c.kind, c.printed, c.ok, c.expected])).toEqual([
      ['format', '7101', false, '7.101'],
      ['share', '35%', false, '33%'],
      ['sum', '3', true, '3'],
      ['share', '33,3%', true, '33,3%'],
    ]);
    const after = await documentXml(out.bytes);
    expect(skeleton(after)).toBe(skeleton(await documentXml(bytes)));
    expect(runTexts(after).slice(0, 6)).toEqual([
      'Toàn huyện có 7.1',
      '01 đảng viên',
      ' (A&amp;B &lt;2019&gt;).',
      'Đảng bộ có 40 chi bộ, trong đó 13 chi bộ đạt hoàn thành xuất sắc nhiệm vụ, chiếm 3',
      '3%',
      '.',
    ]);
  });

  it('opens in LibreOffice and reads the same as the original but for the corrected numbers', async () => {
    const dir = tempDir();
    const original = join(dir, 'bao-cao.docx');
    const fixed = join(dir, 'bao-cao-da-sua.docx');
    const bytes = await seedDocx();
    writeFileSync(original, bytes);
    writeFileSync(fixed, (await corrected(bytes)).out.bytes);
    const a = pdfText(original, dir);
    const b = pdfText(fixed, dir);
    expect(a).toContain('85,54%');
    expect(b).toBe(a.replace('85,54%', '85,44%').replace('6.65%', '6,68%').replace('6,21%', '6,28%').replace('7,40%', '7,04%'));
    expect(readFileSync(fixed).subarray(0, 2).toString('latin1')).toBe('PK');
  });
});
