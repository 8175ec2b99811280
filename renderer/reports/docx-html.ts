/**
 * A preview of a generated .docx inside the app: paragraphs (alignment, bold, italic, size), tables and
 * the charts (their figures, from the chart parts), read from the document's own XML. It is a reading aid; Word remains the reference.
 */
import JSZip from 'jszip';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const A = 'http://schemas.openxmlformats.org/drawingml/2006/main';

export type Block = { type: 'p'; align: string; runs: Run[] } | { type: 'table'; rows: Block[][][]; borders: boolean };
export interface ChartPreview {
  title: string;
  categories: string[];
  series: { name: string; values: string[] }[];
}
export type Run = { text: string; bold: boolean; italic: boolean; sizePt: number | null } | { image: string } | { chart: ChartPreview };

const C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';

const child = (el: Element, name: string) =>
  Array.from(el.childNodes).find(
    (n): n is Element => n.nodeType === 1 && (n as Element).localName === name && (n as Element).namespaceURI === W,
  );
const children = (el: Element, name: string) =>
  Array.from(el.childNodes).filter(
    (n): n is Element => n.nodeType === 1 && (n as Element).localName === name && (n as Element).namespaceURI === W,
  );
const val = (el: Element | undefined) => el?.getAttributeNS(W, 'val') ?? null;
const on = (el: Element | undefined) => el !== undefined && !['0', 'false'].includes(val(el) ?? 'true');

export async function docxToBlocks(bytes: Uint8Array): Promise<{ blocks: Block[]; urls: string[] }> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')?.async('string');
  if (!xml) throw new Error('Tệp không phải văn bản Word hợp lệ (thiếu word/document.xml).');
  const rels = new Map<string, string>();
  const relXml = await zip.file('word/_rels/document.xml.rels')?.async('string');
  if (relXml)
    for (const r of Array.from(new DOMParser().parseFromString(relXml, 'application/xml').getElementsByTagName('Relationship')))
      rels.set(r.getAttribute('Id') ?? '', r.getAttribute('Target') ?? '');
  const urls: string[] = [];
  const images = new Map<string, string>();
  const imageUrl = async (id: string) => {
    const target = rels.get(id);
    if (!target) return null;
    if (!images.has(id)) {
      const data = await zip.file(`word/${target.replace(/^\/?word\//, '')}`)?.async('uint8array');
      if (!data) return null;
      const url = URL.createObjectURL(new Blob([data as Uint8Array<ArrayBuffer>], { type: 'image/png' }));
      urls.push(url);
      images.set(id, url);
    }
    return images.get(id)!;
  };

  /** A native Word chart read from its part: its title and the figures it draws (the data labels' text when it has them). */
  const chartOf = async (id: string): Promise<ChartPreview | null> => {
    const target = rels.get(id);
    const text = target ? await zip.file(`word/${target.replace(/^\/?word\//, '')}`)?.async('string') : undefined;
    if (!text) return null;
    const x = new DOMParser().parseFromString(text, 'application/xml');
    const pts = (el: Element | undefined) =>
      el ? Array.from(el.getElementsByTagNameNS(C, 'pt')).map((p) => p.getElementsByTagNameNS(C, 'v')[0]?.textContent ?? '') : [];
    const title = Array.from(x.getElementsByTagNameNS(C, 'title')[0]?.getElementsByTagNameNS(A, 't') ?? [])
      .map((t) => t.textContent)
      .join('');
    const sers = Array.from(x.getElementsByTagNameNS(C, 'ser'));
    const categories = pts(sers[0]?.getElementsByTagNameNS(C, 'cat')[0]);
    const series = sers.map((ser) => {
      const labels = Array.from(ser.getElementsByTagNameNS(C, 'dLbl')).map((l) =>
        Array.from(l.getElementsByTagNameNS(A, 't'))
          .map((t) => t.textContent)
          .join(''),
      );
      const values = pts(ser.getElementsByTagNameNS(C, 'val')[0]).map((v) => Number(v).toLocaleString('vi-VN'));
      return {
        name: pts(ser.getElementsByTagNameNS(C, 'tx')[0])[0] ?? '',
        values: labels.length === values.length && labels.every(Boolean) ? labels : values,
      };
    });
    return { title, categories, series };
  };

  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const body = doc.getElementsByTagNameNS(W, 'body')[0];
  if (!body) throw new Error('Văn bản Word không có phần nội dung.');

  async function paragraph(p: Element): Promise<Block> {
    const ppr = child(p, 'pPr');
    const align = val(ppr && child(ppr, 'jc')) ?? 'left';
    const runs: Run[] = [];
    for (const r of children(p, 'r')) {
      const rpr = child(r, 'rPr');
      const size = val(rpr && child(rpr, 'sz'));
      let text = '';
      for (const n of Array.from(r.childNodes)) {
        if (n.nodeType !== 1) continue;
        const e = n as Element;
        if (e.localName === 't') text += e.textContent ?? '';
        else if (e.localName === 'tab') text += '\t';
        else if (e.localName === 'br') text += '\n';
        else if (e.localName === 'drawing') {
          const chartRef = e.getElementsByTagNameNS(C, 'chart')[0];
          const chart = chartRef ? await chartOf(chartRef.getAttributeNS(R, 'id') ?? '') : null;
          if (chart) {
            runs.push({ chart });
            continue;
          }
          const blip = e.getElementsByTagNameNS(A, 'blip')[0];
          const url = blip ? await imageUrl(blip.getAttributeNS(R, 'embed') ?? '') : null;
          if (url) runs.push({ image: url });
        }
      }
      if (text)
        runs.push({ text, bold: on(rpr && child(rpr, 'b')), italic: on(rpr && child(rpr, 'i')), sizePt: size ? Number(size) / 2 : null });
    }
    return { type: 'p', align: align === 'both' ? 'justify' : align, runs };
  }

  async function blocksOf(el: Element): Promise<Block[]> {
    const out: Block[] = [];
    for (const n of Array.from(el.childNodes)) {
      if (n.nodeType !== 1 || (n as Element).namespaceURI !== W) continue;
      const e = n as Element;
      if (e.localName === 'p') out.push(await paragraph(e));
      else if (e.localName === 'tbl') {
        const rows: Block[][][] = [];
        for (const tr of children(e, 'tr')) rows.push(await Promise.all(children(tr, 'tc').map((tc) => blocksOf(tc))));
        // The header block of a Party document is a table without borders; data tables have them.
        const tblPr = child(e, 'tblPr');
        const b = tblPr && child(tblPr, 'tblBorders');
        const top = b && child(b, 'top');
        out.push({ type: 'table', rows, borders: !(top && ['none', 'nil'].includes(val(top) ?? '')) });
      } else if (e.localName === 'sdt') {
        const content = child(e, 'sdtContent');
        if (content) out.push(...(await blocksOf(content)));
      }
    }
    return out;
  }
  return { blocks: await blocksOf(body), urls };
}
