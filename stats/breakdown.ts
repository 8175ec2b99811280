/** Breakdowns of a year: rows of unit and member counts with exact shares and their display. */
import type { z } from 'zod';
import type { DB } from '../db/open.ts';
import type { breakdownRowSchema, breakdownSchema, identitySchema } from './breakdown.schema.ts';
import { formatInt, formatPercentUnits } from '../format/vi.ts';
import { largestRemainderUnits, percent, roundedPercentUnits } from '../format/shares.ts';
import { DEFAULT_BREAKDOWN, findBreakdown, type BreakdownDef } from './definitions.ts';
import { countRows, type Counted, type CountedRow } from './counting.ts';
import { sqlSource, treeSource } from './count-source.ts';
import { loadYear, type YearData } from './year-data.ts';
import { memoYear } from '../db/cache.ts';

export type Rounding = 'halfUp' | 'largestRemainder';

/** The result types are the contract's: derived from the schemas beside this file. */
export type BreakdownRow = z.infer<typeof breakdownRowSchema>;
export type Identity = z.infer<typeof identitySchema>;
export type BreakdownResult = z.infer<typeof breakdownSchema>;

export interface BreakdownOptions {
  rounding?: Rounding;
  decimals?: number;
}

export { matches } from './count-source.ts';
export { loadYear, type YearData } from './year-data.ts';

function counted(db: DB, year: number, def: BreakdownDef, data?: YearData): Counted {
  // Without a loaded year, one SQL aggregate counts (issue 8: 25.000 units); with one, the tree does.
  return countRows(def, data ? treeSource(db, year, data) : sqlSource(db, year));
}

function identities(rows: CountedRow[], total: { units: number | null; members: number }): Identity[] {
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
  return new Map(counted(db, year, findBreakdown(db, id), data).rows.map((r) => [r.label, r.ids ?? []]));
}

/**
 * A breakdown of a year: of the file's own year (counted in SQL, kept per version of that year in
 * db/cache.ts, so a comparison after an edit of 2025 counts only 2025 again; shared, read-only),
 * or of a year the caller holds in memory (counted on its tree, not kept).
 */
export function breakdown(
  db: DB,
  year: number,
  id: string = DEFAULT_BREAKDOWN,
  opts: BreakdownOptions = {},
  data?: YearData,
): BreakdownResult {
  const def = findBreakdown(db, id);
  if (data) return shares(db, year, def, opts, data);
  return memoYear(db, year, `breakdown:${def.id}:${opts.rounding ?? 'halfUp'}:${opts.decimals ?? 2}`, () => shares(db, year, def, opts));
}

function shares(db: DB, year: number, def: BreakdownDef, opts: BreakdownOptions, data?: YearData): BreakdownResult {
  const decimals = opts.decimals ?? 2;
  const { rows: counts, totalUnits } = counted(db, year, def, data);
  const shareOf = def.type === 'split' ? 'members' : def.shareOf;
  const totalMembers = counts.reduce((s, r) => s + r.members, 0);
  const whole = shareOf === 'members' ? totalMembers : (totalUnits ?? 0);
  const parts = counts.map((r) => (shareOf === 'members' ? r.members : (r.units ?? 0)));
  const units =
    opts.rounding === 'largestRemainder'
      ? largestRemainderUnits(parts, decimals)
      : parts.map((p) => roundedPercentUnits(p, whole, decimals));
  const rows = counts.map((r, i) => ({
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
  return { year, breakdown: def.id, name: def.name, shareOf, rows, total, roundingNote, identities: identities(counts, total) };
}
