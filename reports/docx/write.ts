/** Assembles a Party-format .docx from a filled template and its figures, and packs it deterministically. */
import { AlignmentType, Document, Header, Packer, PageNumber, PageOrientation, Paragraph, TextRun } from 'docx';
import JSZip from 'jszip';
import type { FormatProfile } from '../../settings/schema.ts';
import type { TemplateLine } from '../template/parse.ts';
import type { Figures } from '../model.ts';
import { cleanText } from '../text.ts';
import { bodyBlocks } from './body.ts';
import { closing, type Signer } from './closing.ts';
import { headerBlock, type HeaderBlock } from './header-block.ts';
import { A4, pageBox } from './page.ts';
import { documentStyles, hp } from './styles.ts';

export interface DocumentSpec extends HeaderBlock {
  profile: FormatProfile;
  /** ISO date of the document: also its creation date in the file, so the bytes depend only on the inputs. */
  date: string;
  recipients: string[];
  signer: Signer;
  demo: boolean;
  lines: TemplateLine[];
  figures: Figures;
}

export const DEMO_MARK = 'DỮ LIỆU MẪU — văn bản tạo từ dữ liệu mẫu, không dùng để ban hành';

function demoMark(): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [new TextRun({ text: DEMO_MARK, italics: true, size: hp(10), color: 'C00000' })],
  });
}

function pageNumber(demo: boolean): Header {
  return new Header({
    children: [
      new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], size: hp(14) })] }),
      ...(demo ? [demoMark()] : []),
    ],
  });
}

export function buildDocument(spec: DocumentSpec): Document {
  const box = pageBox(spec.profile);
  return new Document({
    creator: cleanText(spec.issuingBody),
    lastModifiedBy: cleanText(spec.issuingBody),
    title: cleanText(`${spec.title} ${spec.about}`.trim()),
    description: spec.demo ? DEMO_MARK : cleanText(spec.number),
    styles: documentStyles(spec.profile),
    sections: [
      {
        properties: {
          page: {
            size: { width: A4.width, height: A4.height, orientation: PageOrientation.PORTRAIT },
            margin: { top: box.top, bottom: box.bottom, left: box.left, right: box.right, header: 567, footer: 567 },
          },
          // Page numbers from page 2: the first page has its own header, without the PAGE field.
          titlePage: true,
        },
        headers: {
          default: pageNumber(spec.demo),
          first: new Header({ children: spec.demo ? [demoMark()] : [new Paragraph({ children: [] })] }),
        },
        children: [
          ...headerBlock(spec, box.textWidth),
          ...bodyBlocks(spec.lines, {
            profile: spec.profile,
            textWidth: box.textWidth,
            tables: spec.figures.tables,
            charts: spec.figures.charts,
            counter: { tables: 0 },
          }),
          ...closing(spec.recipients, spec.signer, box.textWidth),
        ],
      },
    ],
  });
}

/** A chart's workbook is a zip of its own, stamped "now" by docx: stamped with the document's date instead. */
async function restamp(bytes: Uint8Array, date: Date): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new JSZip();
  for (const name of Object.keys(zip.files)
    .filter((n) => !zip.files[n]!.dir)
    .sort()) {
    out.file(name, await zip.file(name)!.async('uint8array'), { date, createFolders: false });
  }
  return out.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'DOS' });
}

/**
 * docx stamps "now" into core.xml and into the zip entries, names some relationships at random and
 * numbers drawings with a counter shared by every document of the process.
 * Rewriting those from the document's own date and in a fixed order makes the same inputs give the same bytes.
 */
export async function deterministic(bytes: Uint8Array, isoDate: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const stamp = `${isoDate}T00:00:00Z`;
  const date = new Date(stamp);
  const names = Object.keys(zip.files).filter((n) => !zip.files[n]!.dir);
  const texts = new Map<string, string | Uint8Array>();
  const ids = new Map<string, string>();
  for (const name of names) {
    if (/\.(xml|rels)$/.test(name)) texts.set(name, await zip.file(name)!.async('string'));
    else if (/^word\/embeddings\/.*\.xlsx$/.test(name)) texts.set(name, await restamp(await zip.file(name)!.async('uint8array'), date));
    else texts.set(name, await zip.file(name)!.async('uint8array'));
  }
  // Random relationship ids (rId + nanoid) become rIdX1, rIdX2… in order of first appearance.
  for (const name of names) {
    const t = texts.get(name);
    if (typeof t !== 'string') continue;
    for (const m of t.matchAll(/"(rId[a-z0-9_-]{10,})"/g)) if (!ids.has(m[1]!)) ids.set(m[1]!, `rIdX${ids.size + 1}`);
  }
  const out = new JSZip();
  let drawing = 0;
  // [Content_Types].xml first, as Word and other readers expect.
  const order = [...names].sort((a, b) =>
    a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : a < b ? -1 : a > b ? 1 : 0,
  );
  for (const name of order) {
    let t = texts.get(name)!;
    if (typeof t === 'string') {
      if (name === 'docProps/core.xml') {
        t = t.replace(/(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${stamp}$3`);
      }
      if (ids.size > 0) t = t.replace(/"(rId[a-z0-9_-]{10,})"/g, (m, id: string) => `"${ids.get(id) ?? id}"`);
      // docx writes its charts in English; the document is Vietnamese, so spell-check and number entry follow it.
      if (name.startsWith('word/charts/'))
        t = t.replace(/<c:lang val="en-US"\/>/g, '<c:lang val="vi-VN"/>').replace(/ lang="en-US"/g, ' lang="vi-VN"');
      // Drawing ids come from a counter that lives as long as the process: number them per document.
      t = t.replace(/<wp:docPr id="\d+"/g, () => `<wp:docPr id="${++drawing}"`);
    }
    // Workbooks and images are compressed already: storing them saves the time of deflating them again.
    out.file(name, t, { date, createFolders: false, ...(typeof t === 'string' ? {} : { compression: 'STORE' as const }) });
  }
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'DOS' });
}

export async function writeDocx(spec: DocumentSpec): Promise<Buffer> {
  const doc = buildDocument(spec);
  return deterministic(await Packer.toBuffer(doc), spec.date);
}
