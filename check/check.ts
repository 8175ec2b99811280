/** Checks every figure of a draft: shares, sums and formats by arithmetic; counts against the database when given. */
import type { Facts } from './database.ts';
import { countClaims, tableCountClaims } from './database.ts';
import { formatClaims } from './formats.ts';
import { findLists } from './lists.ts';
import { readDraft } from './model.ts';
import { shareClaims } from './shares.ts';
import { sumClaims } from './sums.ts';
import { splitClaims } from './splits.ts';
import { tableClaims } from './tables.ts';
import type { CheckResult, Claim, Fix } from './types.ts';
import { draftYear } from './year.ts';

export function checkText(text: string, facts?: Facts): CheckResult {
  const d = readDraft(text);
  const lists = findLists(d);
  const sums = sumClaims(d, lists);
  const prose = [...shareClaims(d, lists), ...sums, ...splitClaims(d).filter((c) => !sums.some((s) => s.start === c.start))];
  // A figure the prose recognizers already judged is not judged again as a table cell.
  const tables = tableClaims(d).filter((t) => !prose.some((c) => c.kind === t.kind && c.start === t.start));
  const year = draftYear(text);
  const counts = facts ? [...countClaims(d, facts), ...tableCountClaims(d, facts)] : [];
  // A draft about 2019 compared with 2020 data: a count that differs says nothing about the draft.
  if (facts && year !== undefined && year !== facts.year) {
    for (const c of counts) {
      if (c.ok !== false) continue;
      c.ok = null;
      c.detail = `${c.detail} — bản thảo nói về năm ${year}, không đối chiếu được với dữ liệu năm ${facts.year}`;
    }
  }
  const claims: Claim[] = [...prose, ...tables, ...formatClaims(d), ...counts];
  const order: Record<Claim['kind'], number> = { count: 0, sum: 1, share: 2, format: 3 };
  claims.sort((a, b) => a.start - b.start || order[a.kind] - order[b.kind]);
  return { text, claims, ...(year !== undefined ? { draftYear: year } : {}) };
}

/**
 * The changes that correct the draft, one per printed number. An arithmetic correction wins over
 * a format one on the same number ("6.65" → "6,68", not "6,65"), and it is already written the Vietnamese way.
 */
export function fixesOf(claims: Claim[]): Fix[] {
  const rank: Record<Claim['kind'], number> = { share: 0, count: 1, sum: 2, format: 3 };
  const chosen = new Map<number, { fix: Fix; rank: number }>();
  for (const c of claims) {
    if (!c.fix) continue;
    const had = chosen.get(c.fix.start);
    if (!had || rank[c.kind] < had.rank) chosen.set(c.fix.start, { fix: c.fix, rank: rank[c.kind] });
  }
  return [...chosen.values()].map((x) => x.fix).sort((a, b) => a.start - b.start);
}

export function applyFixes(text: string, fixes: Fix[]): string {
  let out = '';
  let at = 0;
  for (const f of fixes) {
    out += text.slice(at, f.start) + f.text;
    at = f.end;
  }
  return out + text.slice(at);
}
