/**
 * A block copied from Excel or LibreOffice arrives as tab-separated text: rows end with CRLF or LF,
 * cells that hold a tab or newline are quoted with doubled quotes inside.
 */
export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === '\t') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** The selection copied back out, so that Excel reads it as a block. */
export function toTsv(rows: (string | number | null)[][]): string {
  return rows.map((r) => r.map((c) => (c === null ? '' : String(c))).join('\t')).join('\r\n');
}
