/**
 * The column-mapping step of a member-list import: what each column of the file was recognised as,
 * so that the user can map the unknown ones before importing (sent back as data.importMembers' map).
 */
import { columnLetter } from '../io/issues.ts';
import { foldHeader, headerTexts } from '../io/headers.ts';
import { streamTable, type Row } from '../io/table.ts';
import { cellText } from '../io/values.ts';
import type { LoadedFile } from '../io/source.ts';
import { MEMBER_FIELDS, recognizeMemberHeader, REQUIRED_FIELDS, type MemberField } from './fields.ts';
import { parseMapping } from './import.ts';

const SAMPLES = 3;
const SCANNED = 20;

export interface MemberColumns {
  sheet: string;
  headerRow: number | null;
  columns: { index: number; letter: string; header: string; field: MemberField | null; fieldLabel: string | null; samples: string[] }[];
  fields: { code: string; label: string; required: boolean }[];
  missingRequired: string[];
}

export async function memberColumns(file: LoadedFile, map: Record<string, string>): Promise<MemberColumns> {
  const extra = parseMapping(map);
  const recognize = (t: string) => recognizeMemberHeader(foldHeader(t), extra);
  const head: Row[] = [];
  let header: Row | undefined;
  const samples: Row[] = [];
  // The header is the first row naming three known fields, as the importer finds it; failing that, the first row of three texts.
  const read = await streamTable(file, {
    sheet() {},
    row(r) {
      if (header) {
        if (samples.length < SAMPLES) samples.push(r);
        return;
      }
      if (head.length >= SCANNED) return;
      head.push(r);
      if (headerTexts(r).filter((t) => t && recognize(t)).length >= 3) header = r;
    },
  });
  if (!header) {
    header = head.find((r) => headerTexts(r).filter((t) => t && Number.isNaN(Number(t))).length >= 3);
    if (header) samples.push(...head.slice(head.indexOf(header) + 1, head.indexOf(header) + 1 + SAMPLES));
  }
  const texts = header ? headerTexts(header) : [];
  const columns = texts.flatMap((t, index) => {
    if (!t) return [];
    const field = recognize(t) ?? null;
    return [
      {
        index,
        letter: columnLetter(index),
        header: t,
        field,
        fieldLabel: field ? MEMBER_FIELDS[field] : null,
        samples: samples.map((r) => cellText(r.cells[index] ?? null) ?? '').filter(Boolean),
      },
    ];
  });
  const found = new Set(columns.map((c) => c.field));
  const missing: string[] = REQUIRED_FIELDS.filter((f) => !found.has(f)).map((f) => MEMBER_FIELDS[f]);
  if (!found.has('unitCode') && !found.has('unitName')) missing.push(`${MEMBER_FIELDS.unitName} (hoặc ${MEMBER_FIELDS.unitCode})`);
  return {
    sheet: read.sheet,
    headerRow: header?.row ?? null,
    columns,
    fields: (Object.keys(MEMBER_FIELDS) as MemberField[]).map((code) => ({
      code,
      label: MEMBER_FIELDS[code],
      required: REQUIRED_FIELDS.includes(code),
    })),
    missingRequired: missing,
  };
}
