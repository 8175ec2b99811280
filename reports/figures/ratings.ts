/**
 * The year's quality rating: cells and members by level and group, rated against total, the year
 * before, and the "xuất sắc ≤ 20% of tốt" quota for each kind the settings turn on (members within
 * each TCCSĐ; TCCSĐ within the committee; cells within each đảng bộ cơ sở).
 */
import type { DB } from '../../db/open.ts';
import { listYears } from '../../db/units.ts';
import { sumOverCells, type SqlUnitFilter } from '../../db/aggregates.ts';
import { cellsRatedAt, ratingTotals, type BaseOrgRatingCount, type GroupLevelCount } from '../../db/report-totals.ts';
import { BASE_ORG_KINDS } from '../../org/catalog.ts';
import { memberScaleFor, RATING_LEVELS, unitScaleFor } from '../../org/ratings.ts';
import type { YearData } from '../../stats/breakdown.ts';
import { yearData } from './year-data.ts';
import { findBreakdown } from '../../stats/definitions.ts';
import { QUOTA_PERCENT, quotaAllowed } from '../../targets/quota.ts';
import { comparableOf } from '../../targets/levels.ts';
import { getSettings } from '../../settings/store.ts';
import { formatInt, formatPercentUnits, formatShare } from '../../format/vi.ts';
import type { FigureRequest, Figures, HeadCell, TableData } from '../model.ts';

const FIELD_CODES = ['htxs', 'htt', 'ht', 'khtnv'] as const;
/** Cells named one by one in the body; the rest are counted. */
export const LIST_NAMED = 20;
const UNRATED = 'Chưa xếp loại';

interface Matrix {
  groups: string[];
  levels: string[];
  counts: number[][];
  totals: number[];
}

/** counts[group][level]; the last level column is "chưa xếp loại" when anything is unrated. */
function matrix(groups: string[], levels: string[], add: (inc: (group: number, level: number, n: number) => void) => void): Matrix {
  const counts = groups.map(() => levels.map(() => 0));
  add((g, l, n) => {
    counts[g]![l]! += n;
  });
  const totals = levels.map((_, l) => counts.reduce((s, row) => s + row[l]!, 0));
  return { groups, levels, counts, totals };
}

/** A share rounded half-up in 10^-decimals percent, exactly (integers only): what formatShare prints. */
export function shareUnits(part: number, whole: number, decimals: number): number {
  const scale = 100 * 10 ** decimals;
  return whole === 0 ? 0 : Math.floor((2 * part * scale + whole) / (2 * whole));
}

/** Whether a row's rounded shares fail to add up to 100%: the only case a rounding note is due. */
export function roundedOff(row: number[], decimals: number): boolean {
  const whole = row.reduce((a, b) => a + b, 0);
  if (whole === 0) return false;
  return row.reduce((s, n) => s + shareUnits(n, whole, decimals), 0) !== 100 * 10 ** decimals;
}

export const ROUNDING_NOTE = 'tỷ lệ làm tròn đúng từng ô nên ở dòng có đánh dấu (*) các tỷ lệ cộng lại không đúng 100%.';

function matrixTable(m: Matrix, firstHead: string, wholeHead: string, decimals: number, title: string): TableData {
  const keep = m.levels.map((name, l) => name !== UNRATED || m.totals[l]! > 0);
  const levels = m.levels.filter((_, l) => keep[l]);
  // Count and share in columns of their own, under one merged heading per level.
  const head: HeadCell[][] = [
    [{ text: firstHead, rowSpan: 2 }, { text: wholeHead, rowSpan: 2 }, ...levels.map((text) => ({ text, colSpan: 2 }))],
    levels.flatMap(() => [{ text: 'Số' }, { text: 'Tỷ lệ' }]),
  ];
  let marked = false;
  const line = (label: string, row: number[]) => {
    const kept = row.filter((_, l) => keep[l]);
    const whole = kept.reduce((a, b) => a + b, 0);
    const off = roundedOff(kept, decimals);
    marked ||= off;
    return [`${label}${off ? ' (*)' : ''}`, formatInt(whole), ...kept.flatMap((n) => [formatInt(n), formatShare(n, whole, decimals)])];
  };
  const rows = m.groups.map((g, i) => line(g, m.counts[i]!));
  rows.push(line('Tổng cộng', m.totals));
  // Weights for 4 levels: label 22, whole 11, then 7 + 10 per level; a share "28,38%" in bold fits on one line.
  const per = (100 - 33) / levels.length;
  return {
    head,
    rows,
    align: ['left', 'right', ...levels.flatMap(() => ['right' as const, 'right' as const])],
    widths: [22, 11, ...levels.flatMap(() => [per * 0.41, per * 0.59])],
    boldRows: [rows.length - 1],
    note: marked ? `Tỷ lệ tính trên tổng số của từng dòng; ${ROUNDING_NOTE}` : null,
    title,
    unit: 'số lượng, %',
  };
}

type QuotaKind = 'members' | 'baseOrgs' | 'cells';
const QUOTA_KIND_NAMES: Record<QuotaKind, string> = { members: 'Đảng viên', baseOrgs: 'Tổ chức cơ sở đảng', cells: 'Chi bộ trực thuộc' };
const QUOTA_WITHIN: Record<QuotaKind, string> = {
  members: 'trong mỗi tổ chức cơ sở đảng',
  baseOrgs: 'trong toàn đảng bộ',
  cells: 'trong mỗi đảng bộ cơ sở',
};

interface QuotaLine {
  kind: QuotaKind;
  org: string;
  excellent: number;
  good: number;
  allowed: number;
  excess: number;
}
interface QuotaCheck {
  kind: QuotaKind;
  checked: number;
  violations: QuotaLine[];
}

/** Units rated xuất sắc against tốt, grouped by `groupOf` (a base committee, or the whole committee). */
function unitQuota(
  kind: QuotaKind,
  data: YearData,
  units: { id: number }[],
  groupOf: (id: number) => { id: number; name: string } | undefined,
): QuotaCheck {
  const groups = new Map<number, QuotaLine>();
  for (const u of units) {
    const code = data.ratings.get(u.id);
    const level = code === undefined ? undefined : comparableOf(data.scale, code);
    const g = groupOf(u.id);
    if (!g) continue;
    let q = groups.get(g.id);
    if (!q) groups.set(g.id, (q = { kind, org: g.name, excellent: 0, good: 0, allowed: 0, excess: 0 }));
    if (level === 'xuat-sac') q.excellent++;
    else if (level === 'tot') q.good++;
  }
  return judged(kind, groups);
}

function judged(kind: QuotaKind, groups: Map<number, QuotaLine>): QuotaCheck {
  const lines = [...groups.values()].map((q) => {
    const allowed = quotaAllowed(q.good);
    return { ...q, allowed, excess: Math.max(0, q.excellent - allowed) };
  });
  return { kind, checked: lines.length, violations: lines.filter((q) => q.excess > 0) };
}

/**
 * Members within each TCCSĐ, as targets/quota.ts's checkQuota judges them (its organizations, in
 * tree order), from totals per organization counted in SQL rather than every cell's rows.
 */
function memberQuota(rows: BaseOrgRatingCount[]): QuotaCheck {
  const orgs = new Map<number, QuotaLine>();
  for (const r of rows) {
    const level = comparableOf(r.scale, r.level);
    if (level !== 'xuat-sac' && level !== 'tot') continue;
    let q = orgs.get(r.baseId);
    if (!q) orgs.set(r.baseId, (q = { kind: 'members', org: r.name, excellent: 0, good: 0, allowed: 0, excess: 0 }));
    if (level === 'xuat-sac') q.excellent += r.n;
    else q.good += r.n;
  }
  return judged('members', orgs);
}

/** The year's tree is read only for the unit quotas, which the settings leave off by default. */
function quotaChecks(db: DB, baseOrgs: BaseOrgRatingCount[], data: () => YearData, committeeName: string): QuotaCheck[] {
  const on = getSettings(db).quota;
  const out: QuotaCheck[] = [];
  if (on.members) out.push(memberQuota(baseOrgs));
  if (on.baseOrgs) {
    const whole = { id: 0, name: committeeName };
    const d = data();
    out.push(
      unitQuota(
        'baseOrgs',
        d,
        d.tree.units.filter((u) => BASE_ORG_KINDS.includes(u.kind)),
        () => whole,
      ),
    );
  }
  if (on.cells) {
    const d = data();
    const cells = d.tree.units.filter((u) => u.kind === 'cell');
    out.push(
      unitQuota('cells', d, cells, (id) => {
        const org = d.tree.baseOrgOf(id);
        return org && org.kind === 'baseCommittee' ? { id: org.id, name: org.name } : undefined;
      }),
    );
  }
  return out;
}

function quotaSentence(checks: QuotaCheck[]): string {
  if (checks.length === 0) return 'Cài đặt không bật kiểm tra tỷ lệ hoàn thành xuất sắc nhiệm vụ cho loại nào.';
  return (
    checks
      .map((c) => {
        const what = c.kind === 'members' ? 'số đảng viên' : c.kind === 'baseOrgs' ? 'số tổ chức cơ sở đảng' : 'số chi bộ trực thuộc';
        const head = `${QUOTA_KIND_NAMES[c.kind]} (${what} hoàn thành xuất sắc nhiệm vụ không quá ${QUOTA_PERCENT}% ${what} hoàn thành tốt nhiệm vụ ${QUOTA_WITHIN[c.kind]})`;
        if (c.violations.length === 0) return `${head}: đã kiểm tra ${formatInt(c.checked)} nơi, không nơi nào vượt`;
        return `${head}: ${formatInt(c.violations.length)}/${formatInt(c.checked)} nơi vượt (${c.violations
          .slice(0, 5)
          .map((v) => `${v.org} vượt ${formatInt(v.excess)}`)
          .join('; ')}${c.violations.length > 5 ? `; và ${formatInt(c.violations.length - 5)} nơi khác` : ''})`;
      })
      .join('; ') + '.'
  );
}

/** The groups of the default breakdown's cells, and "chưa phân loại" last for the cells none of them takes. */
interface CellGroups {
  labels: string[];
  filters: SqlUnitFilter[];
}

function cellGroups(db: DB): CellGroups {
  const def = findBreakdown(db, 'nhom-chi-bo');
  if (def.type !== 'groups') throw new Error('nhom-chi-bo must be a grouping');
  return { labels: [...def.groups.map((g) => g.label), 'Chưa phân loại'], filters: def.groups.map((g) => g.filter) };
}

/** A group index from SQL (-1: no group) as a row of the matrix. */
const rowOf = (g: CellGroups, i: number) => (i < 0 ? g.labels.length - 1 : i);

/** The cells' level matrix of a year, by group, with how many cells it has; shared by the year and the year before. */
function cellMatrix(year: number, groups: CellGroups, counts: GroupLevelCount[]): { m: Matrix; cells: number } {
  const unitLevels = RATING_LEVELS[unitScaleFor(year)]!;
  let cells = 0;
  const m = matrix(groups.labels, [...unitLevels.map((l) => l.name), UNRATED], (inc) => {
    for (const r of counts) {
      const l = r.level === null ? -1 : unitLevels.findIndex((x) => x.code === r.level);
      inc(rowOf(groups, r.group), l < 0 ? unitLevels.length : l, r.n);
      cells += r.n;
    }
  });
  return { m, cells };
}

export function ratingsFigures(db: DB, req: FigureRequest): Figures {
  const settings = getSettings(db);
  const groups = cellGroups(db);
  const counted = ratingTotals(db, req.year, groups.filters, true);
  const { m: cellM, cells: cellsTotal } = cellMatrix(req.year, groups, counted.cells);
  const unitLevels = RATING_LEVELS[unitScaleFor(req.year)]!;

  const memberLevels = RATING_LEVELS[memberScaleFor(req.year)]!;
  const memberM = matrix(
    groups.labels,
    memberLevels.map((l) => l.name),
    (inc) => {
      for (const r of counted.members) {
        const l = memberLevels.findIndex((x) => x.code === r.level);
        if (l >= 0) inc(rowOf(groups, r.group), l, r.n);
      }
    },
  );
  // Empty "chưa phân loại" rows are noise.
  const trim = (m: Matrix): Matrix => {
    const lastEmpty = m.counts[m.counts.length - 1]!.every((n) => n === 0);
    return lastEmpty ? { ...m, groups: m.groups.slice(0, -1), counts: m.counts.slice(0, -1) } : m;
  };

  const checks = quotaChecks(db, counted.baseOrgs, () => yearData(db, req, req.year), settings.committeeName);
  const quotaRows = checks.flatMap((c) =>
    c.violations.map((o) => [
      QUOTA_KIND_NAMES[o.kind],
      o.org,
      formatInt(o.excellent),
      formatInt(o.good),
      formatShare(o.excellent, o.good, req.decimals),
      formatInt(o.allowed),
      formatInt(o.excess),
    ]),
  );
  const quotaTable: TableData = {
    head: [
      [
        { text: 'Loại' },
        { text: 'Nơi vượt tỷ lệ' },
        { text: 'Hoàn thành xuất sắc' },
        { text: 'Hoàn thành tốt' },
        { text: 'Xuất sắc so với tốt' },
        { text: `Xuất sắc nhiều nhất (${QUOTA_PERCENT}% số tốt)` },
        { text: 'Số vượt' },
      ],
    ],
    rows: quotaRows.length > 0 ? quotaRows : [['', 'Không có nơi nào vượt tỷ lệ', '', '', '', '', '']],
    align: ['left', 'left', 'right', 'right', 'right', 'right', 'right'],
    widths: [14, 30, 11, 11, 11, 13, 10],
    boldRows: [],
    mergeColumns: [0],
    // The sentence of the report says the result; the table lists the places.
    note: null,
    title: `Kiểm tra tỷ lệ hoàn thành xuất sắc nhiệm vụ không quá ${QUOTA_PERCENT}% số hoàn thành tốt nhiệm vụ`,
    unit: 'số lượng, %',
  };

  const cellCount = (i: number) => cellM.totals[i]!;
  const cellsRated = cellsTotal - cellM.totals[unitLevels.length]!;
  const memberTotal = memberM.totals.reduce((a, b) => a + b, 0);
  const membersAll = sumOverCells(db, req.year, 'dang_vien');
  const goodShare = (m: Matrix, total: number) => (total === 0 ? 0 : shareUnits(m.totals[0]! + m.totals[1]!, total, req.decimals));

  // The year before, when the file has it: the same share, to say whether it rose.
  const prevYear = req.year - 1;
  let prev: { share: number; text: string } | null = null;
  if (listYears(db).includes(prevYear)) {
    const { m, cells: pc } = cellMatrix(prevYear, groups, ratingTotals(db, prevYear, groups.filters, false).cells);
    // A year whose cells were never rated has nothing to compare with: "0,00%" would read as a fall.
    const ratedBefore = m.totals.slice(0, -1).reduce((a, b) => a + b, 0); // the last column is UNRATED
    if (ratedBefore > 0) prev = { share: goodShare(m, pc), text: formatShare(m.totals[0]! + m.totals[1]!, pc, req.decimals) };
  }
  const share = goodShare(cellM, cellsTotal);
  const shareText = formatShare(cellCount(0) + cellCount(1), cellsTotal, req.decimals);
  const diffText = (d: number) => formatPercentUnits(Math.abs(d), req.decimals).slice(0, -1);
  const compareSentence =
    prev === null
      ? `chưa có số liệu xếp loại năm ${prevYear} để so sánh`
      : share === prev.share
        ? `bằng năm ${prevYear} (${prev.text})`
        : `${share > prev.share ? 'cao' : 'thấp'} hơn năm ${prevYear} (${prev.text}) ${diffText(share - prev.share)} điểm phần trăm`;

  // Cells rated "không hoàn thành nhiệm vụ", named with their TCCSĐ.
  const lastLevel = unitLevels[unitLevels.length - 1]!.code;
  const failed = cellsRatedAt(db, req.year, lastLevel).map((c) => ({ ten: c.name, thuoc: c.baseName ?? '' }));
  const violations = checks.flatMap((c) => c.violations);
  // A province may have hundreds: the body names the first ones and says how many more there are.
  const named = failed.slice(0, LIST_NAMED);

  const strengths: string[] = [];
  const shortcomings: string[] = [];
  const remedies: string[] = [];
  if (prev !== null && share > prev.share)
    strengths.push(`Tỷ lệ chi bộ hoàn thành tốt nhiệm vụ trở lên đạt ${shareText}, ${compareSentence}.`);
  if (prev !== null && share < prev.share)
    shortcomings.push(`Tỷ lệ chi bộ hoàn thành tốt nhiệm vụ trở lên đạt ${shareText}, ${compareSentence}.`);
  if (failed.length > 0) {
    const listed = failed
      .slice(0, 5)
      .map((f) => (f.thuoc ? `${f.ten} (${f.thuoc})` : f.ten))
      .join('; ');
    shortcomings.push(
      `Còn ${formatInt(failed.length)} chi bộ xếp loại không hoàn thành nhiệm vụ: ${listed}${failed.length > 5 ? `; và ${formatInt(failed.length - 5)} đơn vị khác` : ''}.`,
    );
    remedies.push(
      `Chỉ đạo củng cố ${formatInt(failed.length)} chi bộ không hoàn thành nhiệm vụ: [nêu biện pháp cụ thể, người phụ trách, thời hạn].`,
    );
  }
  for (const c of checks) {
    if (c.violations.length === 0) continue;
    shortcomings.push(
      `${QUOTA_KIND_NAMES[c.kind]}: ${formatInt(c.violations.length)} nơi có số hoàn thành xuất sắc nhiệm vụ vượt ${QUOTA_PERCENT}% số hoàn thành tốt nhiệm vụ (${c.violations
        .slice(0, 5)
        .map((v) => v.org)
        .join(', ')}${c.violations.length > 5 ? ', …' : ''}).`,
    );
    remedies.push(
      `Rà soát, xếp loại lại ${QUOTA_KIND_NAMES[c.kind].toLocaleLowerCase('vi')} ở ${formatInt(c.violations.length)} nơi vượt tỷ lệ: [nêu cách làm, thời hạn].`,
    );
  }

  const values: Record<string, string> = {
    'ty-le-chi-bo-htxs': formatShare(cellCount(0), cellsTotal, req.decimals),
    'ty-le-chi-bo-htt-tro-len': shareText,
    'dang-vien-xep-loai': formatInt(memberTotal),
    'ty-le-dang-vien-htxs': formatShare(memberM.totals[0]!, memberTotal, req.decimals),
    'ty-le-dang-vien-htt-tro-len': formatShare(memberM.totals[0]! + memberM.totals[1]!, memberTotal, req.decimals),
    'ty-le-xuat-sac-tren-tot': formatShare(memberM.totals[0]!, memberM.totals[1]!, req.decimals),
    'so-tccs-vuot-20': formatInt(checks.find((c) => c.kind === 'members')?.violations.length ?? 0),
    'chi-bo-xep-loai': formatInt(cellsRated),
    'chi-bo-chua-xep-loai': formatInt(cellsTotal - cellsRated),
    'dang-vien-chua-xep-loai': formatInt(Math.max(0, membersAll - memberTotal)),
    'ty-le-chi-bo-htt-tro-len-nam-truoc': prev?.text ?? `chưa có số liệu xếp loại năm ${prevYear}`,
    'so-sanh-xep-loai-chi-bo': compareSentence,
    'cau-kiem-tra-ty-le': quotaSentence(checks),
    'chi-bo-khtnv-khac': formatInt(failed.length - named.length),
  };
  FIELD_CODES.forEach((code, i) => {
    values[`chi-bo-${code}`] = formatInt(cellCount(i));
    values[`dang-vien-${code}`] = formatInt(memberM.totals[i] ?? 0);
  });
  const levelNames = unitLevels.map((l) => l.name);
  return {
    values,
    tables: {
      'bang:xep-loai-chi-bo': matrixTable(
        trim(cellM),
        'Nhóm chi bộ',
        'Số chi bộ',
        req.decimals,
        `Kết quả xếp loại chất lượng chi bộ năm ${req.year}`,
      ),
      'bang:xep-loai-dang-vien': matrixTable(
        trim(memberM),
        'Nhóm chi bộ',
        'Đảng viên được xếp loại',
        req.decimals,
        `Kết quả xếp loại chất lượng đảng viên năm ${req.year}`,
      ),
      'bang:kiem-tra-20': quotaTable,
    },
    charts: {
      'bieu-do:xep-loai': {
        kind: 'xep-loai',
        title: `Tỷ lệ chi bộ, đảng viên theo mức xếp loại năm ${req.year}`,
        levels: levelNames,
        series: [
          {
            name: 'Chi bộ',
            counts: levelNames.map((_, i) => cellCount(i)),
            shares: levelNames.map((_, i) => formatShare(cellCount(i), cellsRated, req.decimals)),
            whole: cellsRated,
          },
          {
            name: 'Đảng viên',
            counts: levelNames.map((_, i) => memberM.totals[i] ?? 0),
            shares: levelNames.map((_, i) => formatShare(memberM.totals[i] ?? 0, memberTotal, req.decimals)),
            whole: memberTotal,
          },
        ],
      },
    },
    lists: {
      'vuot-ty-le': violations.map((v) => ({
        loai: QUOTA_KIND_NAMES[v.kind],
        ten: v.org,
        'xuat-sac': formatInt(v.excellent),
        tot: formatInt(v.good),
        'toi-da': formatInt(v.allowed),
        vuot: formatInt(v.excess),
      })),
      'chi-bo-khtnv': named,
    },
    flags: {
      'co-vuot-ty-le': violations.length > 0,
      'co-chi-bo-khtnv': failed.length > 0,
      'co-chi-bo-khtnv-khac': failed.length > named.length,
      'co-dang-vien-khtnv': (memberM.totals[memberLevels.length - 1] ?? 0) > 0,
      'co-chua-xep-loai': cellsTotal > cellsRated || membersAll > memberTotal,
    },
    findings: { strengths, shortcomings, remedies },
  };
}
