/** The one rule for a text cell read from a table (.xlsx by either reader, .csv): see Normalizer. */
import { cleanText, hasHiddenChars, MAX_LINE_CHARS, tooLong } from '../core/text.ts';
import { UserError } from '../core/errors.ts';
import { formatInt } from '../format/vi.ts';
import { columnLetter } from './issues.ts';

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
