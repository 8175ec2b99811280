/**
 * A text template written out as a Word template: the Party-format letterhead with its fields, the
 * headings as Word headings, **đậm** and *nghiêng* as Word's own, every block, command and @ line
 * a paragraph of its own. An office opens it in Word, puts in its letterhead and wording, and
 * imports it again as a Word template.
 */
import { BorderStyle, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { FormatProfile } from '../../settings/schema.ts';
import { KINDS, type ReportKind } from '../kinds.ts';
import { cleanLines, cleanText } from '../text.ts';
import { layoutTable } from '../docx/header-block.ts';
import { centred } from '../docx/runs.ts';
import { A4, pageBox } from '../docx/page.ts';
import { documentStyles, STYLE } from '../docx/styles.ts';
import { parseSpans } from './parse.ts';

const runs = (text: string) =>
  parseSpans(text, () => {}).map((s) => new TextRun({ text: cleanText(s.text), bold: s.bold, italics: s.italics }));

export async function textTemplateAsDocx(body: string, kind: ReportKind, profile: FormatProfile): Promise<Buffer> {
  const lines = cleanLines(body)
    .split('\n')
    .map((l) => l.trim());
  const directive = (key: string) =>
    lines
      .find((l) => l.startsWith(`@${key}:`))
      ?.slice(key.length + 2)
      .trim();
  const box = pageBox(profile);
  const letterhead = layoutTable(
    box.textWidth,
    [48, 52],
    [
      [
        centred('{{co-quan-cap-tren}}', { size: 14 }),
        centred('{{co-quan-ban-hanh}}', { size: 14, bold: true }),
        centred('*', { size: 14 }),
        centred('{{so-van-ban}}', { size: 14 }),
      ],
      [
        centred(
          'ĐẢNG CỘNG SẢN VIỆT NAM',
          { size: 15, bold: true },
          { border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } } },
        ),
        centred(''),
        centred('{{dia-danh-ngay}}', { size: 14, italics: true }),
      ],
    ],
  );
  const about = directive('trich-yeu');
  const children = [
    letterhead,
    centred(directive('tieu-de') ?? KINDS[kind].title, { size: 16, bold: true }, { spacing: { before: 360 } }),
    ...(about ? [centred(about, { size: 14, bold: true })] : []),
    centred('-----', { size: 14 }),
    ...lines
      .filter((l) => l && !/^@(trich-yeu|tieu-de):/.test(l))
      .map((l) => {
        const h = /^(#{1,3})\s+(.*)$/.exec(l);
        if (h)
          return new Paragraph({
            heading: [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3][h[1]!.length - 1],
            children: runs(h[2]!),
          });
        if (l.startsWith('@') || l.startsWith('{%') || l.startsWith('[[')) return new Paragraph({ children: [new TextRun(l)] });
        return new Paragraph({ style: /^[-–]\s/.test(l) ? STYLE.list : STYLE.body, children: runs(l) });
      }),
    new Paragraph({ children: [new TextRun('[[noi-nhan-chu-ky]]')] }),
  ];
  const doc = new Document({
    styles: documentStyles(profile),
    sections: [
      {
        properties: {
          page: {
            size: { width: A4.width, height: A4.height },
            margin: { top: box.top, bottom: box.bottom, left: box.left, right: box.right },
          },
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
