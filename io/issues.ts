/** Problems found in an imported file, each pointing at its sheet, row and column, in Vietnamese. */
import type { FindingKind } from '../figures/finding.schema.ts';

export type { ImportIssue } from './import-result.schema.ts';
import type { ImportIssue } from './import-result.schema.ts';

/** Enough errors to fix a file in one pass; beyond that the list would only repeat itself. */
export const MAX_ERRORS = 500;

export class Issues {
  readonly errors: ImportIssue[] = [];
  readonly warnings: ImportIssue[] = [];
  truncated = false;
  readonly sheet: string;

  constructor(sheet: string) {
    this.sheet = sheet;
  }

  error(row: number | null, column: string | null, message: string, code?: FindingKind): void {
    if (this.errors.length >= MAX_ERRORS) {
      this.truncated = true;
      return;
    }
    this.errors.push({ sheet: this.sheet, row, column, message, ...(code ? { code } : {}) });
  }

  warn(row: number | null, column: string | null, message: string, code?: FindingKind): void {
    if (this.warnings.length < MAX_ERRORS) this.warnings.push({ sheet: this.sheet, row, column, message, ...(code ? { code } : {}) });
  }

  get ok(): boolean {
    return this.errors.length === 0;
  }

  /** The error list as sent back, with a last line saying that more were left out. */
  list(): ImportIssue[] {
    return this.truncated
      ? [
          ...this.errors,
          { sheet: this.sheet, row: null, column: null, message: `Còn nhiều lỗi khác; chỉ liệt kê ${MAX_ERRORS} lỗi đầu tiên.` },
        ]
      : this.errors;
  }
}

/** "D" for the 4th column: how Excel names it, so the user finds the cell. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "D (Ngày sinh)": the letter to find it, the header to recognize it. */
export function columnLabel(index: number, header: string | undefined): string {
  return header ? `${columnLetter(index)} (${header})` : columnLetter(index);
}
