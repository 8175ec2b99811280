/** Earlier years side by side with the year of the document, following the foundation's comparison. */
import type { DB } from '../../db/open.ts';
import { basisSentence, compare } from '../../stats/compare.ts';
import { formatInt, formatSignedInt } from '../../format/vi.ts';
import type { FigureRequest, Figures, HeadCell, TableData } from '../model.ts';
import { lowerFirst } from '../text.ts';

/** "tăng 177 đảng viên", "giảm 12 chi bộ", "không thay đổi": a change as a sentence says it, never "+177". */
export function changeWords(diff: number, noun: string): string {
  if (diff === 0) return 'không thay đổi';
  return `${diff > 0 ? 'tăng' : 'giảm'} ${formatInt(Math.abs(diff))} ${noun}`;
}

function roundingNote(notes: string[]): string | null {
  const years = notes.map((x) => /^Năm (\d+):/.exec(x)?.[1]).filter(Boolean);
  return years.length > 0
    ? `Tỷ lệ ${years.map((y) => `năm ${y}`).join(', ')} làm tròn đúng từng ô nên cộng lại không đúng 100%; dòng tổng vẫn ghi 100%.`
    : null;
}

export function compareFigures(db: DB, req: FigureRequest): Figures {
  const years = [...req.compareYears, req.year];
  const c = compare(db, years, 'nhom-chi-bo', { rounding: req.rounding, decimals: req.decimals });
  const first = 0;
  const last = c.years.length - 1;
  // Count and share in columns of their own: a share never wraps under its count in a narrow cell.
  const head: HeadCell[][] = [
    [
      { text: 'Nhóm chi bộ', rowSpan: 2 },
      ...c.years.map((y) => ({ text: `Năm ${y}`, colSpan: 3 })),
      { text: `Tăng (+), giảm (−) đảng viên ${c.years[first]}–${c.years[last]}`, rowSpan: 2 },
    ],
    c.years.flatMap(() => [{ text: 'Chi bộ' }, { text: 'Đảng viên' }, { text: 'Tỷ lệ' }]),
  ];
  const rows = c.rows.map((r) => {
    const a = r.values[first];
    const b = r.values[last];
    return [
      r.label,
      ...r.values.flatMap((v) => (v ? [v.units === null ? '' : formatInt(v.units), formatInt(v.members), v.shareText] : ['—', '—', '—'])),
      a && b ? formatSignedInt(b.members - a.members) : '—',
    ];
  });
  const t0 = c.totals[first]!;
  const t1 = c.totals[last]!;
  rows.push([
    'Tổng cộng',
    ...c.totals.flatMap((t) => [formatInt(t.units ?? 0), formatInt(t.members), '100%']),
    formatSignedInt(t1.members - t0.members),
  ]);
  const n = c.years.length;
  const labelWidth = Math.max(16, 34 - 4 * n);
  const table: TableData = {
    head,
    rows,
    align: ['left', ...c.years.flatMap(() => ['right' as const, 'right' as const, 'right' as const]), 'right'],
    widths: [labelWidth, ...c.years.flatMap(() => [7, 9, 9]), 11],
    boldRows: [rows.length - 1],
    // The basis always, so a reader knows a merger is not hidden; one rounding note for every year that misses 100%.
    note: [basisSentence(c.basisYear), roundingNote(c.notes)].filter(Boolean).join(' '),
    title: `Số chi bộ, đảng viên theo nhóm chi bộ, năm ${c.years.join(', ')}`,
    unit: 'chi bộ, đảng viên, %',
  };
  const prev = c.totals[last - 1]!;
  const prevYear = c.years[last - 1]!;
  const dMembers = t1.members - prev.members;
  const strengths: string[] = [];
  const shortcomings: string[] = [];
  if (dMembers > 0)
    strengths.push(
      `Số đảng viên toàn đảng bộ ${changeWords(dMembers, 'đảng viên')} so với năm ${prevYear} (từ ${formatInt(prev.members)} lên ${formatInt(t1.members)} đảng viên).`,
    );
  if (dMembers < 0)
    shortcomings.push(
      `Số đảng viên toàn đảng bộ ${changeWords(dMembers, 'đảng viên')} so với năm ${prevYear} (từ ${formatInt(prev.members)} xuống ${formatInt(t1.members)} đảng viên).`,
    );
  for (const r of c.rows) {
    const a = r.values[last - 1];
    const b = r.values[last];
    if (!a || !b || a.members === b.members) continue;
    // A group that shrank while the whole grew is named: the total alone would hide it.
    if (b.members < a.members && dMembers >= 0)
      shortcomings.push(
        `Số đảng viên ở nhóm ${lowerFirst(r.label)} ${changeWords(b.members - a.members, 'đảng viên')} (từ ${formatInt(a.members)} xuống ${formatInt(b.members)}).`,
      );
  }
  return {
    values: {
      'tong-dang-vien-nam-truoc': formatInt(prev.members),
      'tang-giam-dang-vien': formatSignedInt(dMembers),
      'so-chi-bo-nam-truoc': formatInt(prev.units ?? 0),
      'tang-giam-chi-bo': formatSignedInt((t1.units ?? 0) - (prev.units ?? 0)),
      'bien-dong-dang-vien': changeWords(dMembers, 'đảng viên'),
      // No noun after the number: "số chi bộ giảm 1" is not read as a count of this year's cells.
      'bien-dong-chi-bo': changeWords((t1.units ?? 0) - (prev.units ?? 0), '').trim(),
    },
    flags: { 'dang-vien-tang': dMembers > 0 },
    findings: { strengths, shortcomings, remedies: [] },
    tables: { 'bang:so-sanh-nam': table },
    charts: {
      'bieu-do:so-sanh-nam': {
        kind: 'so-sanh-nam',
        title: `Số đảng viên theo nhóm chi bộ, năm ${c.years.join(', ')}`,
        years: c.years,
        rows: c.rows.map((r) => ({ label: r.label, values: r.values.map((v) => (v ? v.members : null)) })),
      },
    },
  };
}
