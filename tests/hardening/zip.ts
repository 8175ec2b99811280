/** Hostile .xlsx files built byte by byte: parts that lie about their sizes, hidden sheets. */
import { writeFileSync } from 'node:fs';
import { crc32, deflateRawSync } from 'node:zlib';

export interface Part {
  name: string;
  data: Buffer;
  /** what the zip claims the part expands to */ declared?: number;
  raw?: Buffer;
}

/** A zip whose central directory says whatever `declared` says; data deflated unless `raw` is given. */
export function writeZip(path: string, parts: Part[]): string {
  const out: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name);
    const body = p.raw ?? deflateRawSync(p.data);
    const size = p.declared ?? p.data.length;
    const crc = p.raw ? 0 : crc32(p.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    out.push(local, name, body);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(8, 10);
    c.writeUInt32LE(crc >>> 0, 16);
    c.writeUInt32LE(body.length, 20);
    c.writeUInt32LE(size, 24);
    c.writeUInt16LE(name.length, 28);
    c.writeUInt32LE(offset, 42);
    central.push(c, name);
    offset += 30 + name.length + body.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  writeFileSync(path, Buffer.concat([...out, cd, end]));
  return path;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

function sheetXml(rows: (string | number)[][]): string {
  const col = (i: number) => String.fromCharCode(65 + i);
  return (
    '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
    rows
      .map(
        (r, ri) =>
          `<row r="${ri + 1}">${r
            .map((v, ci) =>
              typeof v === 'number'
                ? `<c r="${col(ci)}${ri + 1}"><v>${v}</v></c>`
                : `<c r="${col(ci)}${ri + 1}" t="inlineStr"><is><t>${esc(v)}</t></is></c>`,
            )
            .join('')}</row>`,
      )
      .join('') +
    '</sheetData></worksheet>'
  );
}

export interface Sheet {
  name: string;
  hidden?: boolean;
  rows: (string | number)[][];
}

/** The parts of a minimal valid workbook with these sheets, in this order (inline strings, no styles). */
export function workbookParts(sheets: Sheet[], extra: Part[] = []): Part[] {
  const b = (s: string) => Buffer.from(s, 'utf8');
  return [
    {
      name: '[Content_Types].xml',
      data: b(
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
          sheets
            .map(
              (_s, i) =>
                `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
            )
            .join('') +
          '</Types>',
      ),
    },
    {
      name: '_rels/.rels',
      data: b(
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
      ),
    },
    ...extra,
    ...sheets.map((s, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data: b(sheetXml(s.rows)) })),
    {
      name: 'xl/workbook.xml',
      data: b(
        '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>' +
          sheets
            .map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}"${s.hidden ? ' state="hidden"' : ''} r:id="rId${i + 1}"/>`)
            .join('') +
          '</sheets></workbook>',
      ),
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: b(
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
          sheets
            .map(
              (_s, i) =>
                `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
            )
            .join('') +
          '</Relationships>',
      ),
    },
  ];
}

/**
 * Shared strings that expand to `mib` MiB of one-letter strings while the zip says 10 KB: the
 * compressed block is repeated, each ending with a sync flush, so the parts form one valid stream.
 */
export function lyingSharedStrings(mib: number): Part {
  const unit = '<si><t>a</t></si>';
  const block = Buffer.from(unit.repeat(Math.floor((1024 * 1024) / unit.length)));
  const head = deflateRawSync(
    Buffer.from('<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'),
    { finishFlush: 2 },
  );
  const one = deflateRawSync(block, { level: 9, finishFlush: 2 });
  const tail = deflateRawSync(Buffer.from('</sst>'));
  const raw = Buffer.concat([head, ...Array.from({ length: mib }, () => one), tail]);
  return { name: 'xl/sharedStrings.xml', data: Buffer.alloc(0), raw, declared: 10 * 1024 };
}

/** A worksheet that expands to `mib` MiB of rows of 50 numbers while the zip says 10 KB. */
export function lyingSheet(mib: number, header: string[]): Part {
  const col = (i: number) => (i < 26 ? '' : 'A') + String.fromCharCode(65 + (i % 26));
  // Every row says it is row 2: the reader counts rows as they come, whatever they claim.
  const row = `<row r="2">${Array.from({ length: 50 }, (_x, i) => `<c r="${col(i)}2"><v>1</v></c>`).join('')}</row>`;
  const block = Buffer.from(row.repeat(Math.floor((1024 * 1024) / row.length)));
  const head = deflateRawSync(
    Buffer.from(
      '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
        `<row r="1">${header.map((h, i) => `<c r="${col(i)}1" t="inlineStr"><is><t>${esc(h)}</t></is></c>`).join('')}</row>`,
    ),
    { finishFlush: 2 },
  );
  const one = deflateRawSync(block, { level: 9, finishFlush: 2 });
  const tail = deflateRawSync(Buffer.from('</sheetData></worksheet>'));
  return {
    name: 'xl/worksheets/sheet1.xml',
    data: Buffer.alloc(0),
    raw: Buffer.concat([head, ...Array.from({ length: mib }, () => one), tail]),
    declared: 10 * 1024,
  };
}

/** One sheet named `name` whose part is `sheet` (from lyingSheet). */
export function lyingSheetWorkbook(path: string, name: string, sheet: Part): string {
  const parts = workbookParts([{ name, rows: [] }]).map((p) => (p.name === 'xl/worksheets/sheet1.xml' ? sheet : p));
  return writeZip(path, parts);
}
