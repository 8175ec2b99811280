/** Reads a .docx back the way Word would: unzip, then look at the XML parts. */
import JSZip from 'jszip';

export interface DocxParts {
  files: string[];
  document: string;
  styles: string;
  core: string;
  /** Header parts by their relationship type in the section: default and first. */
  headers: { default: string; first: string };
  text: string;
}

export async function readDocx(bytes: Uint8Array): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(bytes);
  const read = (name: string) => zip.file(name)!.async('string');
  // A template made in Word may have no first-page header.
  const readOr = async (name: string | null) => (name === null ? '' : read(name));
  const document = await read('word/document.xml');
  const rels = await read('word/_rels/document.xml.rels');
  const target = (kind: 'default' | 'first') => {
    const id = new RegExp(`<w:headerReference w:type="${kind}" r:id="([^"]+)"`).exec(document)?.[1];
    if (!id) return null;
    const t = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)!;
    return `word/${t[1] ?? t[2]}`;
  };
  return {
    files: Object.keys(zip.files),
    document,
    styles: await read('word/styles.xml'),
    core: await read('docProps/core.xml'),
    headers: { default: await readOr(target('default')), first: await readOr(target('first')) },
    text: textOf(document),
  };
}

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The text of the document, paragraph by paragraph. */
export function textOf(xml: string): string {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
    .map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => unescape(m[1]!)).join(''))
    .join('\n');
}

/** The run properties of the first run whose text is exactly `text`. */
export function runProps(xml: string, text: string): string {
  for (const m of xml.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)) {
    const t = /<w:t(?: [^>]*)?>([^<]*)<\/w:t>/.exec(m[1]!);
    if (t && unescape(t[1]!) === text) return /<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(m[1]!)?.[1] ?? '';
  }
  throw new Error(`no run with text "${text}"`);
}

/** The paragraph (XML) containing a run with exactly this text. */
export function paragraphOf(xml: string, text: string): string {
  for (const p of xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)) {
    if ([...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].some((m) => unescape(m[1]!) === text)) return p[0];
  }
  throw new Error(`no paragraph with text "${text}"`);
}

export const sizeOf = (rPr: string) => Number(/<w:sz w:val="(\d+)"/.exec(rPr)?.[1] ?? NaN) / 2;
export const isBold = (rPr: string) => /<w:b\/>|<w:b w:val="(true|1|on)"\/>/.test(rPr);
export const isItalic = (rPr: string) => /<w:i\/>|<w:i w:val="(true|1|on)"\/>/.test(rPr);
