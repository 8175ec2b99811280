/** Document numbers: "Số 12-ĐA/HU", running per kind code within the committee's term (nhiệm kỳ). */
import type { DB } from '../db/open.ts';
import { maxSeq } from '../db/reports.ts';
import type { Settings } from '../settings/schema.ts';

export interface NumberSuggestion { seq: number; code: string; term: string; number: string }

export function numberText(seq: number | null, code: string, issuerCode: string): string {
  return `${seq ?? '    '}-${code}/${issuerCode}`;
}

/** The next free number: one more than the highest used for this code in this term. */
export function suggestNumber(db: DB, settings: Settings, code: string): NumberSuggestion {
  const term = settings.term.name;
  const seq = maxSeq(db, code, term) + 1;
  return { seq, code, term, number: numberText(seq, code, settings.issuerCode) };
}
