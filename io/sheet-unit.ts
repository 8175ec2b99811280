/** Finding the unit a row of an input sheet names, with the message a user needs when it is not in the year. */
import type { DB } from '../db/open.ts';
import { findUnitIdByCode, namesOf, type UnitRow } from '../db/units.ts';
import type { Issues } from './issues.ts';
import type { UnitMatcher } from './unit-match.ts';

export function sheetUnit(
  db: DB,
  matcher: UnitMatcher,
  year: number,
  code: string | null,
  name: string | null,
  issues: Issues,
  row: number,
  column: string,
): UnitRow | undefined {
  const m = matcher.match(code, name, null);
  if (m.kind === 'code' || m.kind === 'name') {
    if (m.kind === 'name' && code) issues.warn(row, column, `Mã "${code}" không có; đã khớp theo tên với ${matcher.describe(m.unit)}.`);
    return m.unit;
  }
  if (m.kind === 'ambiguous') {
    issues.error(
      row,
      column,
      `Tên "${name}" trùng ở ${m.candidates.length} đơn vị: ${m.candidates
        .slice(0, 5)
        .map((u) => matcher.describe(u))
        .join('; ')}. Hãy ghi mã đơn vị.`,
    );
    return undefined;
  }
  // A code of the file that is not in this year's tree: say which years it has, so the user sees why.
  const id = code ? findUnitIdByCode(db, code) : undefined;
  const years = id === undefined ? [] : namesOf(db, id).map((n) => n.year);
  if (id !== undefined && years.length > 0) {
    const last = namesOf(db, id).pop()!;
    issues.error(
      row,
      column,
      `Đơn vị mã "${code}" (${last.name}) không có trong cơ cấu tổ chức năm ${year}; đơn vị này có trong năm ${years.join(', ')}.`,
    );
  } else {
    issues.error(
      row,
      column,
      `Không có đơn vị ${code ? `mã "${code}"` : ''}${code && name ? ', ' : ''}${name ? `tên "${name}"` : ''} trong cơ cấu tổ chức năm ${year}.`,
    );
  }
  return undefined;
}
