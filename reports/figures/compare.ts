/** Earlier years side by side with the year of the document, following the foundation's comparison. */
import type { DB } from '../../db/open.ts';
import { compare } from '../../stats/compare.ts';
import { formatInt, formatSignedInt } from '../../format/vi.ts';
import type { FigureRequest, Figures, HeadCell, TableData } from '../model.ts';

export function compareFigures(db: DB, req: FigureRequest): Figures {
  const years = [...req.compareYears, req.year];
  const c = compare(db, years, 'nhom-chi-bo', { rounding: req.rounding, decimals: req.decimals });
  const first = 0;
  const last = c.years.length - 1;
  const head: HeadCell[][] = [
    [{ text: 'Nhóm chi bộ', rowSpan: 2 }, ...c.years.map((y) => ({ text: `Năm ${y}`, colSpan: 2 })), { text: `Tăng, giảm ${c.years[first]}–${c.years[last]}`, rowSpan: 2 }],
    c.years.flatMap(() => [{ text: 'Chi bộ' }, { text: 'Đảng viên (tỷ lệ)' }]),
  ];
  const rows = c.rows.map((r) => {
    const a = r.values[first];
    const b = r.values[last];
    return [
      r.label,
      ...r.values.flatMap((v) => (v ? [v.units === null ? '' : formatInt(v.units), `${formatInt(v.members)} (${v.shareText})`] : ['—', '—'])),
      a && b ? formatSignedInt(b.members - a.members) : '—',
    ];
  });
  const t0 = c.totals[first]!;
  const t1 = c.totals[last]!;
  rows.push(['Tổng cộng', ...c.totals.flatMap((t) => [formatInt(t.units ?? 0), `${formatInt(t.members)} (100%)`]), formatSignedInt(t1.members - t0.members)]);
  const labelWidth = Math.max(22, 40 - 6 * c.years.length);
  const table: TableData = {
    head,
    rows,
    align: ['left', ...c.years.flatMap(() => ['right' as const, 'right' as const]), 'right'],
    widths: [labelWidth, ...c.years.flatMap(() => [9, 17]), 12],
    boldRows: [rows.length - 1],
    note: c.notes.length > 0 ? c.notes.join(' ') : null,
  };
  const prev = c.totals[last - 1]!;
  return {
    values: {
      'tong-dang-vien-nam-truoc': formatInt(prev.members),
      'tang-giam-dang-vien': formatSignedInt(t1.members - prev.members),
      'so-chi-bo-nam-truoc': formatInt(prev.units ?? 0),
      'tang-giam-chi-bo': formatSignedInt((t1.units ?? 0) - (prev.units ?? 0)),
    },
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
