/** The one rule for a text cell read from a table (.xlsx by either reader, .csv): see Normalizer. */
import { cleanText, hasHiddenChars, MAX_LINE_CHARS, tooLong } from '../core/text.ts';
import { UserError } from '../core/errors.ts';
import { formatInt } from '../format/vi.ts';
import { columnLetter } from './issues.ts';
import type { Cell } from './cell.ts';

/** Every text cell passes here once: NFC, hidden characters removed (core/text.ts), length bounded. */
export class Normalizer {
  nfd = 0;
  hidden = 0;
  row = 0;
  col = 0;
  readonly file: string;
  sheet = '';
  constructor(file: string) {
    this.file = file;
  }
  text(s: string): string {
    const n = s.normalize('NFC');
    if (n !== s) this.nfd++;
    let t = n;
    // Most cells hide nothing: cleaning them would only copy them again (0,4 s of a 100.000-row list).
    if (hasHiddenChars(n)) {
      this.hidden++;
      t = cleanText(n, { multiline: true });
    }
    const long = tooLong(t, MAX_LINE_CHARS);
    if (long) {
      throw new UserError(
        `Tệp "${this.file}", trang "${this.sheet}", dòng ${formatInt(this.row)}, cột ${columnLetter(this.col)}: ô ${long}; không nhập.`,
        'too-long',
      );
    }
    return t;
  }
}

/**
 * Text cells passed on as read: the worker thread of io/xlsx-lean-thread.ts only parses, and the
 * thread that takes its rows normalizes them (`cleanRow`), so the two share the work.
 */
export class Verbatim extends Normalizer {
  override text(s: string): string {
    return s;
  }
}

/** Every text cell of a row through `norm` (text and formula results, as the readers' own text cells). */
export function cleanRow(norm: Normalizer, cells: Cell[], row: number): void {
  norm.row = row;
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i];
    if (typeof c === 'string') {
      norm.col = i;
      cells[i] = norm.text(c);
    } else if (c !== null && typeof c === 'object' && 'formula' in c && typeof c.result === 'string') {
      norm.col = i;
      c.result = norm.text(c.result);
    }
  }
}
