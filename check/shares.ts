/**
 * Shares: "6.067 đảng viên, chiếm 85,54%", "112/1.590 đảng viên, chiếm 7,04 %", "hơn 1/3".
 * The part is the count the share follows; the whole is one the text supports: the fraction's
 * own denominator, the whole of the list the part is in (or the sum of that list), a whole the
 * text introduces ("có 7.101 đảng viên, trong đó"), the grand total, or the nearest earlier count
 * of the same thing. A plain share is right when it is the half-up rounding, at its printed
 * decimals, for one of them; the expected value uses the first.
 */
import { roundedPercentUnits, percent } from '../format/shares.ts';
import { formatInt, formatPercentUnits } from '../format/vi.ts';
import { compareShare, exactShareText } from './arithmetic.ts';
import { containing, countsIn, tokensIn, type Count, type Draft } from './model.ts';
import type { NumberToken } from './numbers.ts';
import { isPartOf } from './nouns.ts';
import type { PartList } from './lists.ts';
import { holds, MEANING_TEXT, qualifierOf, tolerance } from './qualifiers.ts';
import { fragment } from './text.ts';
import type { Claim } from './types.ts';

export interface Whole {
  value: number;
  why: string;
  /** Not printed anywhere (the sum of a list whose whole the text leaves out): the detail always says where it came from. */
  unstated?: boolean;
}

const countTokens = new WeakMap<Draft, Set<NumberToken>>();

function isShareToken(d: Draft, t: NumberToken): boolean {
  if (t.kind === 'percent') return true;
  if (t.kind !== 'fraction') return false;
  let counted = countTokens.get(d);
  if (!counted) countTokens.set(d, (counted = new Set(d.counts.map((c) => c.token))));
  // A fraction with no noun after it is a ratio ("chiếm hơn 1/3").
  return !counted.has(t) && t.num.value > 0 && t.num.value < t.den!.value;
}

function wholesFor(d: Draft, part: Count, lists: PartList[]): Whole[] {
  const out: Whole[] = [];
  const add = (value: number, why: string, unstated = false) => {
    if (value >= part.value && value > 0 && !out.some((w) => w.value === value)) out.push({ value, why, ...(unstated ? { unstated } : {}) });
  };
  if (part.token.kind === 'fraction') add(part.token.den!.value, 'mẫu số ghi trong câu');
  const siblings = new Set<Count>();
  for (const l of lists) {
    if (!l.parts.includes(part)) continue;
    if (l.whole) add(l.whole.value, `tổng số nêu trước danh sách (${formatInt(l.whole.value)} ${l.whole.key})`);
    const sum = l.parts.reduce((a, p) => a + p.value, 0);
    if (l.complete && l.whole) add(sum, 'tổng các phần của danh sách');
    else if (l.complete) add(sum, `tổng các phần của danh sách, ${l.parts.map((p) => formatInt(p.value)).join(' + ')} = ${formatInt(sum)} ${l.key}; văn bản không nêu tổng số`, true);
    // A part is never the whole of its siblings, even when the list does not say what the whole is.
    for (const p of l.parts) siblings.add(p);
  }
  const same = d.counts.filter((c) => c !== part && !siblings.has(c) && c.token.kind === 'number' && isPartOf(part.key, c.key) && c.value >= part.value);
  const before = same.filter((c) => c.end <= part.start);
  // A whole the text introduces as one ("có 7.101 đảng viên, trong đó …") comes before the grand total,
  // which comes before any nearer count that merely precedes (often a sibling of a list the text left open).
  const introduced = before.findLast((c) => opensList(d, c));
  if (introduced) add(introduced.value, `số ${introduced.key} nêu trước đó`);
  const grand = same.reduce<Count | undefined>((m, c) => (m && m.value >= c.value ? m : c), undefined);
  if (grand) add(grand.value, `tổng số ${grand.key} trong văn bản`);
  const nearest = before.at(-1);
  if (nearest) add(nearest.value, `số ${nearest.key} nêu ngay trước đó`);
  return out;
}

const OPENS = /^[^;.\d]{0,60}?(?<![\p{L}])(trong đó|trong số đó|gồm|bao gồm)(?![\p{L}])/iu;

/** Whether a list of its parts follows the count ("7.101 đảng viên, trong đó"). */
function opensList(d: Draft, c: Count): boolean {
  return OPENS.test(d.text.slice(c.end, c.end + 80)) || /^[^.;\d]{0,40}\.\s*(Trong đó|Trong số đó)/u.test(d.text.slice(c.end, c.end + 60));
}

const CHANGE = /(?<![\p{L}])(tăng|giảm|so với|vượt|bình quân|trung bình|cao hơn|thấp hơn)(?![\p{L}])/iu;
const OF_TARGET = /^\s*(so với|so cùng kỳ|chỉ tiêu|kế hoạch|nghị quyết|dự toán|mục tiêu)/iu;

/** Growth ("tăng 12% so với năm trước") and shares of a target ("đạt 122,5% chỉ tiêu") are not shares of a count in the text. */
function notAShare(d: Draft, part: Count, t: NumberToken): boolean {
  return CHANGE.test(d.text.slice(part.end, t.start)) || OF_TARGET.test(d.text.slice(t.end, t.end + 24));
}

/**
 * The count a share is of: the nearest one before it in its clause, after any earlier share;
 * and the first count of that stretch, where the fragment to show starts.
 */
function partFor(d: Draft, t: NumberToken): { part: Count; from: number } | undefined {
  const clause = containing(d.clauses, t.start);
  if (!clause) return undefined;
  const prevShare = tokensIn(d, { start: clause.start, end: t.start }).findLast((x) => isShareToken(d, x));
  const before = countsIn(d, { start: prevShare ? prevShare.end : clause.start, end: t.start });
  return before.length ? { part: before.at(-1)!, from: before[0]!.start } : undefined;
}

function printedOf(d: Draft, t: NumberToken): string {
  return d.text.slice(t.start, t.end);
}

export function shareClaims(d: Draft, lists: PartList[]): Claim[] {
  const out: Claim[] = [];
  for (const t of d.tokens) {
    if (!isShareToken(d, t)) continue;
    const found = partFor(d, t);
    const ratio = t.kind === 'fraction';
    const q = qualifierOf(d.text, t.start, t.end) ?? (ratio ? { meaning: 'about' as const, word: '', start: t.start, end: t.end } : null);
    if (!found) continue;
    const { part, from } = found;
    if (notAShare(d, part, t)) continue;
    const wholes = wholesFor(d, part, lists);
    if (!wholes.length) continue;
    const partValue = part.value;
    const shareEnd = Math.max(t.end, q?.end ?? t.end);
    const text = fragment(d.text, { start: from, end: d.text[shareEnd] === ')' ? shareEnd + 1 : shareEnd });
    const printed = q && q.word ? d.text.slice(q.start, q.end).replace(/\s+/g, ' ') : printedOf(d, t);
    if (q) {
      // Judged by meaning: X is the printed share, or a/b of a ratio.
      const x = ratio ? (t.num.value / t.den!.value) * 100 : t.num.value;
      const tol = tolerance(x, t.num.decimals, ratio);
      const judge = (w: Whole) => {
        const cmp = ratio
          ? Math.sign(partValue * t.den!.value - t.num.value * w.value)
          : compareShare(partValue, w.value, t.num.units, t.num.decimals);
        return holds(q.meaning, cmp, percent(partValue, w.value), x, tol);
      };
      const good = wholes.find(judge);
      const w = good ?? wholes[0]!;
      const actual = formatPercentUnits(roundedPercentUnits(partValue, w.value, 2), 2);
      out.push({
        kind: 'share', text, printed, ok: !!good, expected: good ? printed : actual,
        detail: `${exactShareText(partValue, w.value)}${w.unstated ? ` (mẫu số: ${w.why})` : ''} — ${good ? 'đúng' : 'không đúng'} với "${printed}" (${MEANING_TEXT[q.meaning].trim()} ${ratio ? printedOf(d, t) : printedOf(d, t).replace(/\s/g, '')})`,
        start: q.word ? q.start : t.start, end: q.word ? q.end : t.end,
      });
      continue;
    }
    out.push(plainShareClaim(d, t, partValue, wholes, text));
  }
  return out;
}

/** A share printed without qualifier: right when it is the half-up rounding, at its printed decimals, for one of the wholes. */
export function plainShareClaim(d: Draft, t: NumberToken, part: number, wholes: Whole[], text: string): Claim {
  const dec = t.num.decimals;
  const good = wholes.find((w) => roundedPercentUnits(part, w.value, dec) === t.num.units);
  const w = good ?? wholes[0]!;
  const expected = formatPercentUnits(roundedPercentUnits(part, w.value, dec), dec);
  const claim: Claim = {
    kind: 'share', text, printed: printedOf(d, t), ok: !!good, expected,
    detail: `${exactShareText(part, w.value)}${wholes.length > 1 || w.unstated ? ` (mẫu số: ${w.why})` : ''}`,
    start: t.start, end: t.end,
  };
  if (!good) claim.fix = { start: t.num.start, end: t.num.end, text: expected.slice(0, -1) };
  return claim;
}
