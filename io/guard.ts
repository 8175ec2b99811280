import { xmlSafe } from '../core/text.ts';

/**
 * Formula-injection guard for exported text: a cell that starts with = + - @, tab or CR could be
 * taken for a formula when the sheet is re-typed or saved as CSV. The apostrophe is what Excel
 * itself uses to mean "this is text"; our importer removes it again (values.ts `unguard`).
 */
export function guardText(s: string): string {
  // Text stored before cleaning at the boundary existed may still hold what XML cannot: an export must always open.
  const t = xmlSafe(s);
  return /^[=+\-@\t\r]/.test(t) ? `'${t}` : t;
}
