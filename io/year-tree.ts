/** Which tree an import or a template for a year uses: that year's, or (not started yet) the latest earlier one. */
import type { DB } from '../db/open.ts';
import { listUnits, listYears, type UnitRow } from '../db/units.ts';
import { UserError } from '../core/errors.ts';

export interface YearTree {
  year: number;
  units: UnitRow[];
  fromYear: number | null;
}

export function yearTree(db: DB, year: number): YearTree {
  const units = listUnits(db, year);
  if (units.length > 0) return { year, units, fromYear: null };
  const earlier = listYears(db).filter((y) => y < year);
  const from = earlier[earlier.length - 1];
  if (from === undefined)
    throw new UserError(`Chưa có cơ cấu tổ chức của năm ${year} hay năm nào trước đó; hãy nhập cơ cấu tổ chức trước.`, 'year-empty');
  return { year, units: listUnits(db, from), fromYear: from };
}
