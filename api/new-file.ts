/**
 * A new file for a committee: its profile (settings/) and the root of its organization in the first
 * year (org/), in one transaction. Here because it joins two domains that do not import each other.
 */
import type { DB } from '../db/open.ts';
import { listYears } from '../db/units.ts';
import { createUnit } from '../org/operations.ts';
import { UserError } from '../core/errors.ts';
import { normalizeText } from '../format/vi.ts';
import { levelWords } from '../settings/level.ts';
import { getSettings, updateSettings } from '../settings/store.ts';
import type { Level, Settings, Term } from '../settings/schema.ts';

export interface InitInput {
  level: Level;
  committeeName: string;
  shortName?: string;
  superiorBody: string;
  issuerCode?: string;
  issuingBody?: string;
  advisoryBody?: string;
  place: string;
  term?: string | Term;
  firstYear: number;
  rootCode?: string;
  signer?: { name: string; title: string; authority?: string };
}

/** "2025-2030" → the term; Party terms are five years, so the default is the one holding the year. */
export function parseTerm(term: string | Term | undefined, firstYear: number): Term {
  if (term && typeof term === 'object') return term;
  let start = firstYear - (firstYear % 5);
  let end = start + 5;
  if (typeof term === 'string') {
    const m = /^\s*(\d{4})\s*[-–]\s*(\d{4})\s*$/.exec(term);
    if (!m) throw new UserError(`Nhiệm kỳ phải có dạng 2025-2030 (nhận được "${term}").`, 'usage');
    [start, end] = [Number(m[1]), Number(m[2])];
  }
  if (end <= start) throw new UserError(`Nhiệm kỳ ${start}-${end} không hợp lệ: năm kết thúc phải sau năm bắt đầu.`, 'usage');
  return { name: `${start} - ${end}`, startYear: start, endYear: end };
}

export function initFile(db: DB, i: InitInput): { settings: Settings; year: number; rootUnitId: number } {
  const years = listYears(db);
  if (years.length > 0) {
    throw new UserError(`Tệp dữ liệu đã có dữ liệu (năm ${years.join(', ')}); chỉ lập cấp ủy mới trên tệp trống.`, 'not-empty');
  }
  const words = levelWords(i.level, i.committeeName);
  const term = parseTerm(i.term, i.firstYear);
  const shortName = i.shortName ? normalizeText(i.shortName) : words.shortName;
  return db.transaction(() => {
    const rootUnitId = createUnit(db, i.firstYear, {
      name: i.committeeName,
      kind: 'committee',
      parentId: null,
      code: i.rootCode ?? 'CAPUY',
    });
    const signers = i.signer
      ? [
          {
            name: normalizeText(i.signer.name),
            title: normalizeText(i.signer.title).toLocaleUpperCase('vi'),
            authority: i.signer.authority ?? words.signerAuthority,
          },
        ]
      : getSettings(db).signers;
    const settings = updateSettings(db, {
      level: i.level,
      committeeName: normalizeText(i.committeeName),
      shortName,
      advisoryBody: i.advisoryBody
        ? normalizeText(i.advisoryBody)
        : i.shortName && i.level !== 'xa'
          ? `Ban Tổ chức ${shortName}`
          : words.advisoryBody,
      issuingBody: i.issuingBody ? normalizeText(i.issuingBody).toLocaleUpperCase('vi') : words.issuingBody,
      issuerCode: i.issuerCode ? normalizeText(i.issuerCode) : words.issuerCode,
      superiorBody: normalizeText(i.superiorBody).toLocaleUpperCase('vi'),
      place: normalizeText(i.place),
      term,
      terms: [term],
      signers,
      demo: false,
    });
    return { settings, year: i.firstYear, rootUnitId };
  })();
}
