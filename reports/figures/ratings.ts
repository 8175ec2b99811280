/** The year's quality rating: cells and members by level and group, and the "xuất sắc ≤ 20% of tốt" check per TCCSĐ. */
import type { DB } from '../../db/open.ts';
import { memberRatings } from '../../db/ratings.ts';
import { CELL_KINDS } from '../../org/catalog.ts';
import { memberScaleFor, RATING_LEVELS } from '../../org/ratings.ts';
import { loadYear, matches } from '../../stats/breakdown.ts';
import { findBreakdown } from '../../stats/definitions.ts';
import { checkQuota } from '../../targets/quota.ts';
import { formatInt, formatShare } from '../../format/vi.ts';
import type { FigureRequest, Figures, HeadCell, TableData } from '../model.ts';

const FIELD_CODES = ['htxs', 'htt', 'ht', 'khtnv'] as const;
const UNRATED = 'Chưa xếp loại';

interface Matrix { groups: string[]; levels: string[]; counts: number[][]; totals: number[] }

/** counts[group][level]; the last level column is "chưa xếp loại" when anything is unrated. */
function matrix(groups: string[], levels: string[], add: (inc: (group: number, level: number, n: number) => void) => void): Matrix {
  const counts = groups.map(() => levels.map(() => 0));
  add((g, l, n) => { counts[g]![l]! += n; });
  const totals = levels.map((_, l) => counts.reduce((s, row) => s + row[l]!, 0));
  return { groups, levels, counts, totals };
}

function matrixTable(m: Matrix, firstHead: string, wholeHead: string, decimals: number): TableData {
  const keep = m.levels.map((name, l) => name !== UNRATED || m.totals[l]! > 0);
  const levels = m.levels.filter((_, l) => keep[l]);
  const head: HeadCell[][] = [[{ text: firstHead }, { text: wholeHead }, ...levels.map((text) => ({ text }))]];
  const line = (label: string, row: number[]) => {
    const whole = row.reduce((a, b) => a + b, 0);
    return [label, formatInt(whole), ...row.filter((_, l) => keep[l]).map((n) => `${formatInt(n)} (${formatShare(n, whole, decimals)})`)];
  };
  const rows = m.groups.map((g, i) => line(g, m.counts[i]!));
  rows.push(line('Tổng cộng', m.totals));
  const levelWidth = Math.floor(62 / levels.length);
  return {
    head, rows,
    align: ['left', 'right', ...levels.map(() => 'right' as const)],
    widths: [26, 12, ...levels.map(() => levelWidth)],
    boldRows: [rows.length - 1],
    note: 'Tỷ lệ trong ngoặc tính trên tổng số của từng dòng, làm tròn đúng từng ô.',
  };
}

export function ratingsFigures(db: DB, req: FigureRequest): Figures {
  const data = loadYear(db, req.year);
  const def = findBreakdown(db, 'nhom-chi-bo');
  if (def.type !== 'groups') throw new Error('nhom-chi-bo must be a grouping');
  const groupLabels = [...def.groups.map((g) => g.label), 'Chưa phân loại'];
  const cells = data.tree.units.filter((u) => CELL_KINDS.includes(u.kind));
  const groupOf = new Map(cells.map((u) => {
    const i = def.groups.findIndex((g) => matches(g.filter, u, data.tree.baseOrgOf(u.id)?.sector ?? null));
    return [u.id, i < 0 ? def.groups.length : i];
  }));

  const unitLevels = RATING_LEVELS[data.scale]!;
  const cellM = matrix(groupLabels, [...unitLevels.map((l) => l.name), UNRATED], (inc) => {
    for (const u of cells) {
      const code = data.ratings.get(u.id);
      const l = code === undefined ? -1 : unitLevels.findIndex((x) => x.code === code);
      inc(groupOf.get(u.id)!, l < 0 ? unitLevels.length : l, 1);
    }
  });

  const memberLevels = RATING_LEVELS[memberScaleFor(req.year)]!;
  const memberM = matrix(groupLabels, memberLevels.map((l) => l.name), (inc) => {
    for (const r of memberRatings(db, req.year)) {
      const g = groupOf.get(r.unitId);
      const l = memberLevels.findIndex((x) => x.code === r.level);
      if (g !== undefined && l >= 0) inc(g, l, r.count);
    }
  });
  // Empty "chưa phân loại" rows are noise.
  const trim = (m: Matrix): Matrix => {
    const lastEmpty = m.counts[m.counts.length - 1]!.every((n) => n === 0);
    return lastEmpty ? { ...m, groups: m.groups.slice(0, -1), counts: m.counts.slice(0, -1) } : m;
  };

  const quota = checkQuota(db, req.year);
  const excellent = quota.orgs.reduce((s, o) => s + o.excellent, 0);
  const good = quota.orgs.reduce((s, o) => s + o.good, 0);
  const quotaRows = quota.violations.map((o) => [o.unit, formatInt(o.excellent), formatInt(o.good), formatShare(o.excellent, o.good, req.decimals), formatInt(o.allowed), formatInt(o.excess)]);
  const quotaTable: TableData = {
    head: [[{ text: 'Tổ chức cơ sở đảng vượt tỷ lệ' }, { text: 'Xuất sắc' }, { text: 'Tốt' }, { text: 'Xuất sắc/Tốt' }, { text: 'Tối đa được' }, { text: 'Vượt' }]],
    rows: quotaRows.length > 0 ? quotaRows : [['Không có tổ chức cơ sở đảng nào vượt tỷ lệ', '', '', '', '', '']],
    align: ['left', 'right', 'right', 'right', 'right', 'right'],
    widths: [40, 11, 11, 14, 13, 11],
    boldRows: [],
    note: `${quota.rule} Đã kiểm tra ${formatInt(quota.orgs.length)} tổ chức cơ sở đảng.`,
  };

  const cellsTotal = cells.length;
  const cellCount = (i: number) => cellM.totals[i]!;
  const memberTotal = memberM.totals.reduce((a, b) => a + b, 0);
  const values: Record<string, string> = {
    'ty-le-chi-bo-htxs': formatShare(cellCount(0), cellsTotal, req.decimals),
    'ty-le-chi-bo-htt-tro-len': formatShare(cellCount(0) + cellCount(1), cellsTotal, req.decimals),
    'dang-vien-xep-loai': formatInt(memberTotal),
    'ty-le-dang-vien-htxs': formatShare(memberM.totals[0]!, memberTotal, req.decimals),
    'ty-le-dang-vien-htt-tro-len': formatShare(memberM.totals[0]! + memberM.totals[1]!, memberTotal, req.decimals),
    'ty-le-xuat-sac-tren-tot': formatShare(excellent, good, req.decimals),
    'so-tccs-vuot-20': formatInt(quota.violations.length),
  };
  FIELD_CODES.forEach((code, i) => {
    values[`chi-bo-${code}`] = formatInt(cellCount(i));
    values[`dang-vien-${code}`] = formatInt(memberM.totals[i] ?? 0);
  });
  return {
    values,
    tables: {
      'bang:xep-loai-chi-bo': matrixTable(trim(cellM), 'Nhóm chi bộ', 'Số chi bộ', req.decimals),
      'bang:xep-loai-dang-vien': matrixTable(trim(memberM), 'Nhóm chi bộ', 'Đảng viên được xếp loại', req.decimals),
      'bang:kiem-tra-20': quotaTable,
    },
    charts: {},
  };
}
