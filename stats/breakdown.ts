/** Breakdowns of a year: rows of unit and member counts with exact shares and their display. */
import type { DB } from '../db/open.ts';
import type { UnitRow } from '../db/units.ts';
import { indicatorValues } from '../db/figures.ts';
import { unitRatings } from '../db/ratings.ts';
import { BASE_ORG_KINDS, CELL_KINDS, SECTORS, UNIT_TYPES } from '../org/catalog.ts';
import { levelName, RATING_LEVELS, unitScaleFor } from '../org/ratings.ts';
import type { OrgTree } from '../org/tree.ts';
import { orgTreeOf } from '../org/year-tree.ts';
import { memo } from '../db/cache.ts';
import { formatInt, formatPercentUnits } from '../format/vi.ts';
import { largestRemainderUnits, percent, roundedPercentUnits } from '../format/shares.ts';
import { DEFAULT_BREAKDOWN, findBreakdown, type BreakdownDef, type UnitFilter } from './definitions.ts';
import { countBySql } from './counting.ts';

export type Rounding = 'halfUp' | 'largestRemainder';

export interface BreakdownRow {
  label: string;
  units: number | null;
  members: number;
  /** Exact percentage of the whole (members or units, as the breakdown says). */
  share: number;
  /** The displayed share as a number (85.44): what readers add and subtract. */
  shareRounded: number;
  shareText: string;
}

export interface Identity {
  text: string;
  ok: boolean;
}

export interface BreakdownResult {
  year: number;
  breakdown: string;
  name: string;
  shareOf: 'members' | 'units';
  rows: BreakdownRow[];
  total: { units: number | null; members: number; shareText: string };
  /** Set when the rounded rows do not add up to 100,00%: the total still shows 100%. */
  roundingNote: string | null;
  identities: Identity[];
}

export interface BreakdownOptions {
  rounding?: Rounding;
  decimals?: number;
}

interface Counted {
  label: string;
  units: number | null;
  members: number;
  ids?: number[];
}

export function matches(f: UnitFilter, u: UnitRow, baseSector: string | null): boolean {
  if (f.kind && !f.kind.includes(u.kind)) return false;
  if (f.sector && !(u.sector !== null && f.sector.includes(u.sector))) return false;
  if (f.baseSector && !(baseSector !== null && f.baseSector.includes(baseSector))) return false;
  if (f.unitType && !(u.unitType !== null && f.unitType.includes(u.unitType))) return false;
  return true;
}

export interface YearData {
  tree: OrgTree;
  members: Map<number, number>;
  ratings: Map<number, string>;
  scale: string;
  /** Leaf values of another indicator; a restated year (stats/restate.ts) supplies its own. */
  leafValues?: (indicator: string) => Map<number, number>;
}

/**
 * A year's tree with its members and ratings, once per data version (db/cache.ts), read-only; a
 * caller that already holds a tree of its own passes it and gets it computed for that tree.
 */
export function loadYear(db: DB, year: number, tree?: OrgTree): YearData {
  const compute = (t: OrgTree): YearData => {
    const members = t.rollup(indicatorValues(db, year, 'dang_vien'));
    const ratings = new Map(unitRatings(db, year).map((r) => [r.unitId, r.level]));
    return { tree: t, members, ratings, scale: unitScaleFor(year) };
  };
  return tree ? compute(tree) : memo(db, `year:${year}`, () => compute(orgTreeOf(db, year)));
}

function population(data: YearData, def: { population: 'cells' | 'baseOrgs' }): UnitRow[] {
  const kinds = def.population === 'cells' ? CELL_KINDS : BASE_ORG_KINDS;
  return data.tree.units.filter((u) => kinds.includes(u.kind));
}

const OTHER = 'Chưa phân loại';

function count(db: DB, year: number, def: BreakdownDef, data: YearData): Counted[] {
  if (def.type === 'split') {
    const whole = [...data.tree.units].filter((u) => CELL_KINDS.includes(u.kind)).reduce((s, u) => s + (data.members.get(u.id) ?? 0), 0);
    const partByUnit = data.tree.rollup(data.leafValues ? data.leafValues(def.indicator) : indicatorValues(db, year, def.indicator));
    const part = data.tree.units.filter((u) => CELL_KINDS.includes(u.kind)).reduce((s, u) => s + (partByUnit.get(u.id) ?? 0), 0);
    return [
      { label: def.partLabel, units: null, members: part },
      { label: def.restLabel, units: null, members: whole - part },
    ];
  }
  const units = population(data, def);
  const rows: Counted[] = [];
  const add = (label: string, u: UnitRow) => {
    let row = rows.find((r) => r.label === label);
    if (!row) rows.push((row = { label, units: 0, members: 0 }));
    (row.ids ??= []).push(u.id);
    row.units! += 1;
    row.members += data.members.get(u.id) ?? 0;
  };
  if (def.type === 'groups') {
    for (const g of def.groups) rows.push({ label: g.label, units: 0, members: 0 });
    for (const u of units) {
      const base = data.tree.baseOrgOf(u.id);
      const g = def.groups.find((g) => matches(g.filter, u, base?.sector ?? null));
      add(g ? g.label : OTHER, u);
    }
    return rows;
  }
  // By field: rows follow the catalog order, so years line up in comparisons.
  const order: [string, string][] =
    def.field === 'rating'
      ? (RATING_LEVELS[data.scale] ?? []).map((l) => [l.code, l.name])
      : Object.entries(def.field === 'unitType' ? UNIT_TYPES : SECTORS);
  for (const [, label] of order) rows.push({ label, units: 0, members: 0 });
  for (const u of units) {
    const key = def.field === 'rating' ? data.ratings.get(u.id) : def.field === 'unitType' ? u.unitType : data.tree.baseOrgOf(u.id)?.sector;
    const label =
      key == null
        ? OTHER
        : def.field === 'rating'
          ? levelName(data.scale, key)
          : ((def.field === 'unitType' ? UNIT_TYPES : SECTORS)[key] ?? key);
    add(label, u);
  }
  // Every rating level is meaningful even when empty; an unused sector or type is noise.
  return def.field === 'rating' ? rows : rows.filter((r) => r.units !== 0);
}

function identities(rows: Counted[], total: { units: number | null; members: number }): Identity[] {
  const out: Identity[] = [];
  if (total.units !== null) {
    const sum = rows.reduce((s, r) => s + (r.units ?? 0), 0);
    out.push({ text: `${formatInt(total.units)} = ${rows.map((r) => formatInt(r.units ?? 0)).join(' + ')}`, ok: sum === total.units });
  }
  const sumM = rows.reduce((s, r) => s + r.members, 0);
  out.push({
    text: `${formatInt(total.members)} đảng viên = ${rows.map((r) => formatInt(r.members)).join(' + ')}`,
    ok: sumM === total.members,
  });
  return out;
}

/** Which units each row counted, by label: what a comparison needs to tell when a row's basis changed. */
export function rowUnits(db: DB, year: number, id: string = DEFAULT_BREAKDOWN, data: YearData = loadYear(db, year)): Map<string, number[]> {
  return new Map(count(db, year, findBreakdown(db, id), data).map((r) => [r.label, r.ids ?? []]));
}

export function breakdown(
  db: DB,
  year: number,
  id: string = DEFAULT_BREAKDOWN,
  opts: BreakdownOptions = {},
  data?: YearData,
): BreakdownResult {
  const def = findBreakdown(db, id);
  const decimals = opts.decimals ?? 2;
  // Without a loaded year, one SQL aggregate counts (issue 8: 25.000 units); with one, the tree does.
  const fast = data ? null : countBySql(db, year, def);
  const counted = fast ? fast.rows : count(db, year, def, data!);
  const shareOf = def.type === 'split' ? 'members' : def.shareOf;
  const totalUnits = fast ? fast.totalUnits : def.type === 'split' ? null : population(data!, def).length;
  const totalMembers = counted.reduce((s, r) => s + r.members, 0);
  const whole = shareOf === 'members' ? totalMembers : (totalUnits ?? 0);
  const parts = counted.map((r) => (shareOf === 'members' ? r.members : (r.units ?? 0)));
  const units =
    opts.rounding === 'largestRemainder'
      ? largestRemainderUnits(parts, decimals)
      : parts.map((p) => roundedPercentUnits(p, whole, decimals));
  const rows = counted.map((r, i) => ({
    label: r.label,
    units: r.units,
    members: r.members,
    share: percent(parts[i]!, whole),
    shareRounded: units[i]! / 10 ** decimals,
    shareText: formatPercentUnits(units[i]!, decimals),
  }));
  const sum = units.reduce((a, b) => a + b, 0);
  const full = 100 * 10 ** decimals;
  const roundingNote =
    whole > 0 && sum !== full
      ? `Các tỷ lệ đã làm tròn cộng lại bằng ${formatPercentUnits(sum, decimals)}; dòng tổng vẫn ghi 100% vì mỗi tỷ lệ là làm tròn đúng của chính nó.`
      : null;
  const total = { units: totalUnits, members: totalMembers, shareText: whole > 0 ? '100%' : '0%' };
  return { year, breakdown: def.id, name: def.name, shareOf, rows, total, roundingNote, identities: identities(counted, total) };
}
