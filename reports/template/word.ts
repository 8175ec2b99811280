/**
 * Templates authored in Word: an office's own .docx (letterhead, styles, fixed text) with the same
 * {{field}}, [[block]] and {% … %} as the text templates, each block and command alone in its
 * paragraph. Checked by the one validator (each paragraph is a line), filled with docx's own
 * patchDocument. Only what patchDocument cannot do is done here: repeating and choosing whole
 * paragraphs, which needs the body's top-level paragraphs, not a second template engine.
 */
import JSZip from 'jszip';
import { Document, Packer, Paragraph, PatchType, TextRun, patchDocument, type IPatch } from 'docx';
import type { DB } from '../../db/open.ts';
import { UserError } from '../../core/errors.ts';
import type { FormatProfile } from '../../settings/schema.ts';
import type { Figures } from '../model.ts';
import { cleanText } from '../text.ts';
import { blockElements, type BodyContext } from '../docx/body.ts';
import { closing, type Signer } from '../docx/closing.ts';
import { documentStyles, STYLE } from '../docx/styles.ts';
import { fillFields, parseTemplate, type ParsedTemplate, type TemplateProblem } from './parse.ts';
import { checkParsed, templateError } from './validate.ts';

interface Element {
  xml: string;
  kind: 'p' | 'tbl' | 'other';
  text: string;
}

const unescapeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The text Word shows for an element: its w:t runs joined. */
function textOf(xml: string): string {
  return unescapeXml([...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]!).join(''));
}

/** The body's top-level elements (paragraphs, tables, the section properties), by tag depth. */
function splitBody(documentXml: string): { head: string; elements: Element[]; tail: string } {
  const open = /<w:body(?:\s[^>]*)?>/.exec(documentXml);
  const close = documentXml.lastIndexOf('</w:body>');
  if (!open || close < 0)
    throw new UserError('Tệp Word không có phần nội dung (word/document.xml không có w:body).', 'invalid-template-file');
  const start = open.index + open[0].length;
  const inner = documentXml.slice(start, close);
  const elements: Element[] = [];
  let depth = 0;
  let from = 0;
  for (const m of inner.matchAll(/<(\/?)([A-Za-z][\w.:-]*)(?:\s[^>]*?)?(\/?)>/g)) {
    const [, closing, name, self] = m;
    if (!closing && depth === 0) from = m.index;
    if (closing) depth--;
    else if (!self) depth++;
    if (depth === 0) {
      const xml = inner.slice(from, m.index + m[0].length);
      const kind = name === 'w:p' ? 'p' : name === 'w:tbl' ? 'tbl' : 'other';
      elements.push({ xml, kind, text: kind === 'other' ? '' : cleanText(textOf(xml)) });
    }
  }
  return { head: documentXml.slice(0, start), elements, tail: documentXml.slice(close) };
}

export interface WordTemplate {
  parsed: ParsedTemplate;
  problems: TemplateProblem[];
  lines: string[];
}

async function documentXml(bytes: Uint8Array): Promise<string> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new UserError('Tệp mẫu không đọc được: không phải tệp Word (.docx).', 'invalid-template-file');
  }
  const doc = zip.file('word/document.xml');
  if (!doc) throw new UserError('Tệp mẫu không phải tệp Word (.docx): không có word/document.xml.', 'invalid-template-file');
  return doc.async('string');
}

/** Reads and checks a Word template: "Đoạn N" is its N-th paragraph (a table counts as one). */
export async function checkWordTemplate(db: DB, bytes: Uint8Array): Promise<WordTemplate> {
  const { elements } = splitBody(await documentXml(bytes));
  const lines = elements.map((e) => e.text);
  const { parsed, problems } = parseTemplate(lines.join('\n'), { word: true });
  // A letterhead in the page header or footer may hold fields too: checked and filled like the body's.
  const zip = await JSZip.loadAsync(bytes);
  for (const name of Object.keys(zip.files)
    .filter((f) => /^word\/(header|footer)\d*\.xml$/.test(f))
    .sort()) {
    const xml = await zip.file(name)!.async('string');
    const texts = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => cleanText(textOf(m[0])));
    const part = parseTemplate(texts.join('\n'), { word: true });
    for (const r of part.parsed.references) {
      if (r.kind !== 'field') problems.push({ line: 0, message: 'khối [[…]] và lệnh {% … %} không đặt ở đầu trang, chân trang.' });
      else {
        parsed.references.push({ ...r, line: 0 });
        if (!parsed.fields.has(r.name)) parsed.fields.set(r.name, 0);
      }
    }
    problems.push(...part.problems.map((p) => ({ line: 0, message: p.message })));
  }
  // Commands and blocks inside a table cell cannot be repeated or replaced as paragraphs.
  elements.forEach((e, i) => {
    if (e.kind === 'tbl' && /\[\[|\{%/.test(e.text))
      problems.push({ line: i + 1, message: 'khối [[…]] và lệnh {% … %} không đặt trong bảng; đặt riêng một đoạn ngoài bảng.' });
  });
  return { parsed, problems: checkParsed(db, parsed, problems), lines };
}

export async function assertValidWordTemplate(db: DB, bytes: Uint8Array, where: string): Promise<WordTemplate> {
  const t = await checkWordTemplate(db, bytes);
  if (t.problems.length > 0) throw templateError(where, t.problems, 'Đoạn');
  return t;
}

const TAG = /^\{%\s*(.*?)\s*%\}$/;
/** "@noi-nhan: …", "@ky-hieu: TB": read by the parser, not printed. */
const DIRECTIVE = /^@[a-z-]+\s*:/;
const command = (e: Element) => (e.kind === 'p' ? TAG.exec(e.text.trim())?.[1]?.split(/\s+/) : undefined);

/** Index of the command closing the one at `i`, and of its {% con-lai %} if any. */
function matching(elements: Element[], i: number, open: string, close: string): { end: number; otherwise: number | null } {
  let depth = 0;
  let otherwise: number | null = null;
  for (let j = i + 1; j < elements.length; j++) {
    const c = command(elements[j]!);
    if (!c) continue;
    if (c[0] === open) depth++;
    else if (c[0] === close) {
      if (depth === 0) return { end: j, otherwise };
      depth--;
    } else if (c[0] === 'con-lai' && depth === 0 && open === 'neu') otherwise = j;
  }
  return { end: elements.length, otherwise };
}

/** A paragraph with its fields filled by hand (inside a repeated section): its text in its first run's format. */
function fillParagraph(xml: string, values: Record<string, string>): string {
  const open = /^<w:p(?:\s[^>]*)?>/.exec(xml)?.[0] ?? '<w:p>';
  const pPr = /<w:pPr>[\s\S]*?<\/w:pPr>/.exec(xml)?.[0] ?? '';
  const rPr = /<w:r(?:\s[^>]*)?>\s*(<w:rPr>[\s\S]*?<\/w:rPr>)/.exec(xml)?.[1] ?? '';
  const text = cleanText(fillFields(textOf(xml), values));
  return `${open}${pPr}<w:r>${rPr}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`;
}

/** Repeats {% lap %} sections per item and keeps the branch of each {% neu %} that holds; drops the command paragraphs. */
function expand(
  elements: Element[],
  from: number,
  to: number,
  figures: Figures,
  scope: Record<string, string> | null,
  out: string[],
): void {
  for (let i = from; i < to; i++) {
    const e = elements[i]!;
    const c = command(e);
    if (c && c[0] === 'lap') {
      const { end } = matching(elements, i, 'lap', 'het-lap');
      const list = c[1]!;
      for (const item of figures.lists?.[list] ?? []) {
        const scoped = { ...(scope ?? figures.values) };
        for (const [k, v] of Object.entries(item)) scoped[`${list}.${k}`] = v;
        expand(elements, i + 1, end, figures, scoped, out);
      }
      i = end;
    } else if (c && c[0] === 'neu') {
      const { end, otherwise } = matching(elements, i, 'neu', 'het-neu');
      const negate = c[1] === 'khong';
      const holds = (figures.flags?.[c[c.length - 1]!] ?? false) !== negate;
      if (holds) expand(elements, i + 1, otherwise ?? end, figures, scope, out);
      else if (otherwise !== null) expand(elements, otherwise + 1, end, figures, scope, out);
      i = end;
    } else if (e.kind === 'p' && DIRECTIVE.test(e.text.trim())) {
      continue;
    } else if (scope !== null && e.kind === 'p' && e.text.includes('{{')) {
      out.push(fillParagraph(e.xml, scope));
    } else {
      out.push(e.xml);
    }
  }
}

/** The text width of the template's own page, in twips: its tables and charts are as wide as its text. */
function textWidthOf(documentXmlText: string, fallback: number): number {
  const w = Number(/<w:pgSz [^>]*w:w="(\d+)"/.exec(documentXmlText)?.[1]);
  const mar = /<w:pgMar ([^>]*)\/>/.exec(documentXmlText)?.[1] ?? '';
  const left = Number(/w:left="(\d+)"/.exec(mar)?.[1]);
  const right = Number(/w:right="(\d+)"/.exec(mar)?.[1]);
  return Number.isFinite(w) && Number.isFinite(left) && Number.isFinite(right) && w > left + right ? w - left - right : fallback;
}

/** Our table, note and signature styles, added to the template's styles when it does not define them. */
async function addMissingStyles(bytes: Buffer, profile: FormatProfile): Promise<Buffer> {
  const ours = await JSZip.loadAsync(
    await Packer.toBuffer(new Document({ styles: documentStyles(profile), sections: [{ children: [new Paragraph('')] }] })),
  );
  const ourStyles = await ours.file('word/styles.xml')!.async('string');
  const zip = await JSZip.loadAsync(bytes);
  let styles = await zip.file('word/styles.xml')?.async('string');
  if (styles === undefined) return bytes;
  const add: string[] = [];
  for (const id of Object.values(STYLE)) {
    if (styles.includes(`w:styleId="${id}"`)) continue;
    const def = new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>[\\s\\S]*?<\\/w:style>`).exec(ourStyles)?.[0];
    if (def) add.push(def);
  }
  if (add.length === 0) return bytes;
  styles = styles.replace('</w:styles>', `${add.join('')}</w:styles>`);
  zip.file('word/styles.xml', styles);
  return zip.generateAsync({ type: 'nodebuffer' });
}

export interface WordFill {
  figures: Figures;
  /** Values of the fields that come from the document itself: number, date, signer. */
  documentValues: Record<string, string>;
  profile: FormatProfile;
  textWidth: number;
  recipients: string[];
  signer: Signer;
}

/** Fills a Word template: sections repeated and chosen, then fields and blocks patched by docx. */
export async function fillWordTemplate(template: Uint8Array, t: ParsedTemplate, f: WordFill): Promise<Buffer> {
  const zip = await JSZip.loadAsync(template);
  const xml = await zip.file('word/document.xml')!.async('string');
  const { head, elements, tail } = splitBody(xml);
  const values = { ...f.figures.values, ...f.documentValues };
  const out: string[] = [];
  expand(elements, 0, elements.length, { ...f.figures, values }, null, out);
  zip.file('word/document.xml', `${head}${out.join('')}${tail}`);
  const expanded = await zip.generateAsync({ type: 'nodebuffer' });

  const fieldPatches: Record<string, IPatch> = {};
  for (const name of t.fields.keys()) {
    if (name.includes('.')) continue;
    fieldPatches[name] = { type: PatchType.PARAGRAPH, children: [new TextRun(cleanText(values[name] ?? ''))] };
  }
  const withFields =
    Object.keys(fieldPatches).length > 0
      ? await patchDocument({
          outputType: 'nodebuffer',
          data: expanded,
          patches: fieldPatches,
          keepOriginalStyles: true,
          trimPlaceholders: true,
        })
      : expanded;

  const ctx: BodyContext = {
    profile: f.profile,
    textWidth: textWidthOf(xml, f.textWidth),
    tables: f.figures.tables,
    charts: f.figures.charts,
    counter: { tables: 0 },
  };
  const blockPatches: Record<string, IPatch> = {};
  // In document order, so the tables are numbered "Bảng 1.", "Bảng 2." as they appear.
  for (const name of [...t.blocks.entries()].sort((a, b) => a[1] - b[1]).map(([n]) => n)) {
    blockPatches[name] = {
      type: PatchType.DOCUMENT,
      children: name === 'noi-nhan-chu-ky' ? closing(f.recipients, f.signer, ctx.textWidth) : blockElements(name, ctx),
    };
  }
  const filled =
    Object.keys(blockPatches).length > 0
      ? await patchDocument({
          outputType: 'nodebuffer',
          data: withFields,
          patches: blockPatches,
          placeholderDelimiters: { start: '[[', end: ']]' },
          trimPlaceholders: true,
        })
      : withFields;
  return addMissingStyles(Buffer.from(filled), f.profile);
}

/** A Word template's paragraphs as text, one a line: what the template list and editor show of it. */
export function wordTemplateText(lines: string[]): string {
  return `${lines.filter((l) => l.trim()).join('\n')}\n`;
}
