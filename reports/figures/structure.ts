/** The organization and its members in the year: counts, the seed's sentence, breakdown tables, the share chart. */
import type { DB } from '../../db/open.ts';
import { sumOverCells } from '../../db/aggregates.ts';
import { unitKindCounts } from '../../db/report-totals.ts';
import { breakdown, type BreakdownResult } from '../../stats/breakdown.ts';
import { DEFAULT_BREAKDOWN } from '../../stats/definitions.ts';
import { formatInt, formatShare } from '../../format/vi.ts';
import { lowerFirst } from '../text.ts';
import type { FigureRequest, Figures, TableData } from '../model.ts';

export function breakdownTable(b: BreakdownResult): TableData {
  const hasUnits = b.total.units !== null;
  const unitWord = b.shareOf === 'units' ? 'Tỷ lệ (theo số đơn vị)' : 'Tỷ lệ đảng viên';
  const first = b.breakdown.startsWith('xep-loai') ? 'Mức xếp loại' : 'Nhóm';
  const head = [[{ text: first }, ...(hasUnits ? [{ text: 'Số đơn vị' }] : []), { text: 'Số đảng viên' }, { text: unitWord }]];
  const row = (label: string, units: number | null, members: number, share: string) => [
    label,
    ...(hasUnits ? [formatInt(units ?? 0)] : []),
    formatInt(members),
    share,
  ];
  const rows = b.rows.map((r) => row(r.label, r.units, r.members, r.shareText));
  rows.push(row('Tổng cộng', b.total.units, b.total.members, b.total.shareText));
  return {
    head,
    rows,
    align: ['left', ...(hasUnits ? ['right' as const] : []), 'right', 'right'],
    widths: hasUnits ? [46, 16, 19, 19] : [56, 22, 22],
    boldRows: [rows.length - 1],
    note: b.roundingNote,
    title: `${b.name}, năm ${b.year}`,
    unit: hasUnits ? 'đơn vị, đảng viên, %' : 'đảng viên, %',
  };
}

/** "221 chi bộ trực thuộc đảng bộ xã, thị trấn với 6.067 đảng viên, chiếm 85,44%; …" */
export function groupsSentence(b: BreakdownResult): string {
  return b.rows
    .filter((r) => (r.units ?? 0) > 0 || r.members > 0)
    .map((r) => `${formatInt(r.units ?? 0)} ${lowerFirst(r.label)} với ${formatInt(r.members)} đảng viên, chiếm ${r.shareText}`)
    .join('; ');
}

export function structureFigures(db: DB, req: FigureRequest, breakdownIds: string[]): Figures {
  const opts = { rounding: req.rounding, decimals: req.decimals };
  // Counted in SQL, not on the year's tree (issue 17): the same totals as the tree's, a fraction of the time at province scale.
  const b = breakdown(db, req.year, DEFAULT_BREAKDOWN, opts);
  const kinds = unitKindCounts(db, req.year);
  const baseCommittees = kinds.get('baseCommittee') ?? 0;
  const baseCells = kinds.get('baseCell') ?? 0;
  const cells = kinds.get('cell') ?? 0;
  const members = b.total.members;
  const probationary = sumOverCells(db, req.year, 'du_bi');
  const women = sumOverCells(db, req.year, 'nu');
  const admitted = sumOverCells(db, req.year, 'ket_nap_moi');
  const values: Record<string, string> = {
    'so-to-chuc-co-so': formatInt(baseCommittees + baseCells),
    'so-dang-bo-co-so': formatInt(baseCommittees),
    'so-chi-bo-co-so': formatInt(baseCells),
    'so-chi-bo-truc-thuoc': formatInt(cells),
    'so-chi-bo': formatInt(cells + baseCells),
    'tong-dang-vien': formatInt(members),
    'dang-vien-du-bi': formatInt(probationary),
    'ty-le-du-bi': formatShare(probationary, members, req.decimals),
    'dang-vien-nu': formatInt(women),
    'ty-le-nu': formatShare(women, members, req.decimals),
    'ket-nap-moi': formatInt(admitted),
    'cau-nhom-chi-bo': groupsSentence(b),
  };
  for (let n = 1; n <= 6; n++) {
    const r = b.rows[n - 1];
    values[`nhom-${n}-ten`] = r ? r.label : '';
    values[`nhom-${n}-chi-bo`] = r ? formatInt(r.units ?? 0) : '';
    values[`nhom-${n}-dang-vien`] = r ? formatInt(r.members) : '';
    values[`nhom-${n}-ty-le`] = r ? r.shareText : '';
  }
  const tables: Record<string, TableData> = {};
  for (const id of breakdownIds) tables[`bang:${id}`] = breakdownTable(id === DEFAULT_BREAKDOWN ? b : breakdown(db, req.year, id, opts));
  return {
    values,
    tables,
    lists: {
      nhom: b.rows.map((r) => ({
        ten: r.label,
        'chi-bo': formatInt(r.units ?? 0),
        'dang-vien': formatInt(r.members),
        'ty-le': r.shareText,
      })),
    },
    charts: {
      'bieu-do:ty-le-dang-vien': {
        kind: 'ty-le-dang-vien',
        title: `Số đảng viên theo nhóm chi bộ năm ${req.year}`,
        rows: b.rows.map((r) => ({ label: r.label, members: r.members, shareText: r.shareText })),
      },
    },
  };
}
