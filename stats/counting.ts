/**
 * A breakdown definition turned into rows: which rows there are, in which order, under which
 * labels, where unmatched units go. Written once for both count sources (stats/count-source.ts),
 * so the file's years and the years restated on today's structure can only differ in their counts.
 */
import { SECTORS, UNIT_TYPES } from '../org/catalog.ts';
import { levelName, RATING_LEVELS } from '../org/ratings.ts';
import type { BreakdownDef } from './definitions.ts';
import type { CountSource, Keyed } from './count-source.ts';

export interface CountedRow {
  label: string;
  units: number | null;
  members: number;
  /** The units counted in the row (tree source only: a comparison follows them across lineage). */
  ids?: number[];
}

export interface Counted {
  rows: CountedRow[];
  /** Units of the breakdown's population; null for a split of members. */
  totalUnits: number | null;
}

export const OTHER = 'Chưa phân loại';

export function countRows(def: BreakdownDef, source: CountSource): Counted {
  if (def.type === 'split') {
    const whole = source.overCells('dang_vien');
    const part = source.overCells(def.indicator);
    return {
      rows: [
        { label: def.partLabel, units: null, members: part },
        { label: def.restLabel, units: null, members: whole - part },
      ],
      totalUnits: null,
    };
  }
  const rows: CountedRow[] = [];
  const byLabel = new Map<string, CountedRow>();
  const row = (label: string) => {
    let r = byLabel.get(label);
    if (!r) {
      rows.push((r = { label, units: 0, members: 0 }));
      byLabel.set(label, r);
    }
    return r;
  };
  // Units of a label go to the first row with that label (two groups may share one).
  const add = (label: string, k: Keyed) => {
    const r = row(label);
    r.units! += k.units;
    r.members += k.members;
    if (k.ids) (r.ids ??= []).push(...k.ids);
  };
  let totalUnits = 0;
  if (def.type === 'groups') {
    for (const g of def.groups) row(g.label);
    // Unmatched units come last, after every group, whatever their order in the tree.
    const found = source.byGroup(
      def.population,
      def.groups.map((g) => g.filter),
    );
    for (const k of [...found].sort((a, b) => Number(a.key === -1) - Number(b.key === -1))) {
      const i = k.key as number;
      add(i >= 0 ? def.groups[i]!.label : OTHER, k);
      totalUnits += k.units;
    }
    return { rows, totalUnits };
  }
  // By field: rows follow the catalog order, so years line up in comparisons.
  const catalog = def.field === 'unitType' ? UNIT_TYPES : SECTORS;
  const order: [string, string][] =
    def.field === 'rating' ? (RATING_LEVELS[source.scale] ?? []).map((l) => [l.code, l.name]) : Object.entries(catalog);
  for (const [, label] of order) row(label);
  for (const k of source.byField(def.population, def.field)) {
    const key = k.key === null ? null : String(k.key);
    add(key === null ? OTHER : def.field === 'rating' ? levelName(source.scale, key) : (catalog[key] ?? key), k);
    totalUnits += k.units;
  }
  // Every rating level is meaningful even when empty; an unused sector or type is noise.
  return { rows: def.field === 'rating' ? rows : rows.filter((r) => r.units !== 0), totalUnits };
}
