/**
 * The counting step of a breakdown done by one SQL aggregate (db/aggregates.ts) instead of an
 * OrgTree: same rows, same order, same labels as stats/breakdown.ts's `count`, at a fraction of
 * the cost for 25.000 units. Tested equal to the tree path on the demo and a synthetic province.
 */
import type { DB } from '../db/open.ts';
import { aggregateUnits, sumOverCells } from '../db/aggregates.ts';
import { SECTORS, UNIT_TYPES } from '../org/catalog.ts';
import { levelName, RATING_LEVELS, unitScaleFor } from '../org/ratings.ts';
import type { BreakdownDef } from './definitions.ts';

export interface CountedRow {
  label: string;
  units: number | null;
  members: number;
}

const OTHER = 'Chưa phân loại';

export function countBySql(db: DB, year: number, def: BreakdownDef): { rows: CountedRow[]; totalUnits: number | null } {
  if (def.type === 'split') {
    const whole = sumOverCells(db, year, 'dang_vien');
    const part = sumOverCells(db, year, def.indicator);
    return {
      rows: [
        { label: def.partLabel, units: null, members: part },
        { label: def.restLabel, units: null, members: whole - part },
      ],
      totalUnits: null,
    };
  }
  const rows: CountedRow[] = [];
  // Units of a label go to the first row with that label, as the tree path does.
  const add = (label: string, units: number, members: number) => {
    let row = rows.find((r) => r.label === label);
    if (!row) rows.push((row = { label, units: 0, members: 0 }));
    row.units! += units;
    row.members += members;
  };
  let totalUnits = 0;
  if (def.type === 'groups') {
    for (const g of def.groups) rows.push({ label: g.label, units: 0, members: 0 });
    const found = aggregateUnits(db, year, def.population, { groups: def.groups.map((g) => g.filter) });
    // Unmatched units come last, after every group, whatever their order in the tree.
    for (const r of [...found].sort((a, b) => Number(a.key === -1) - Number(b.key === -1))) {
      const i = r.key as number;
      add(i >= 0 ? def.groups[i]!.label : OTHER, r.units, r.members);
      totalUnits += r.units;
    }
    return { rows, totalUnits };
  }
  const scale = unitScaleFor(year);
  const catalog = def.field === 'unitType' ? UNIT_TYPES : SECTORS;
  const order: [string, string][] =
    def.field === 'rating' ? (RATING_LEVELS[scale] ?? []).map((l) => [l.code, l.name]) : Object.entries(catalog);
  for (const [, label] of order) rows.push({ label, units: 0, members: 0 });
  for (const r of aggregateUnits(db, year, def.population, { field: def.field })) {
    const key = r.key === null ? null : String(r.key);
    add(key === null ? OTHER : def.field === 'rating' ? levelName(scale, key) : (catalog[key] ?? key), r.units, r.members);
    totalUnits += r.units;
  }
  // Every rating level is meaningful even when empty; an unused sector or type is noise.
  return { rows: def.field === 'rating' ? rows : rows.filter((r) => r.units !== 0), totalUnits };
}
