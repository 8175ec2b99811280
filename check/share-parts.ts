/**
 * Printed shares and the count each is of: "6.067 đảng viên, chiếm 85,54%", "tái cử: 31, chiếm
 * 68,89%", "10 (chiếm 73%)", "191 đồng chí để bầu lấy 163 đồng chí (với tỷ lệ số dư 17,17%)". Growth
 * and shares of votes are not shares of a count; shares of a plan are marked (`target`).
 */
import { formatInt } from '../format/vi.ts';
import { containing, countsIn, isAside, tokensIn, type Count, type Draft } from './model.ts';
import type { NumberToken } from './numbers.ts';
import { isPeople } from './nouns.ts';
import { qualifierOf, type Qualifier } from './qualifiers.ts';
import type { Span } from './types.ts';

export interface Whole {
  value: number;
  why: string;
  /** Not printed anywhere (the sum of a list whose whole the text leaves out): the detail always says where it came from. */
  unstated?: boolean;
}

const countTokens = new WeakMap<Draft, Set<NumberToken>>();

export function isShareToken(d: Draft, t: NumberToken): boolean {
  if (t.kind === 'percent') return true;
  if (t.kind !== 'fraction') return false;
  let counted = countTokens.get(d);
  if (!counted) countTokens.set(d, (counted = new Set(d.counts.map((c) => c.token))));
  // A fraction with no noun after it is a ratio ("chiếm hơn 1/3").
  return !counted.has(t) && t.num.value > 0 && t.num.value < t.den!.value;
}

const OPENS = /^[^;.\d]{0,60}?(?<![\p{L}])(trong đó|trong số đó|gồm|bao gồm)(?![\p{L}])/iu;

/** Whether a list of its parts follows the count ("7.101 đảng viên, trong đó"), or it is stated as a whole ("trong tổng số 163 đồng chí"). */
const opensCache = new WeakMap<Count, boolean>();

export function opensList(d: Draft, c: Count): boolean {
  let v = opensCache.get(c);
  if (v === undefined) opensCache.set(c, (v = opensListNow(d, c)));
  return v;
}

function opensListNow(d: Draft, c: Count): boolean {
  // The count's own share may stand between it and the list: "439 TCCSĐ đạt … (chiếm 62,62%), trong đó có 107 …".
  const after = d.text.slice(c.end, c.end + 100).replace(/\(?\s*(chiếm|bằng|đạt)?\s*(tỷ lệ|tỉ lệ)?\s*\d[\d.,]*\s?%\s*\)?/giu, '');
  return (
    OPENS.test(after) ||
    /^[^.;\d]{0,40}\.\s*(Trong đó|Trong số đó)/u.test(d.text.slice(c.end, c.end + 60)) ||
    /(?<![\p{L}])(trong|trên)\s+(tổng\s+)?số\s*$/iu.test(d.text.slice(Math.max(0, c.start - 20), c.start))
  );
}

export const CHANGE = /(?<![\p{L}])(tăng|giảm|so với|vượt|bình quân|trung bình|cao hơn|thấp hơn)(?![\p{L}])/iu;
// "đạt 104% kế hoạch", and shares that name their own whole in words ("79,2% số tổ chức cơ sở đảng có nguồn kết nạp").
const OF_TARGET = /^\s*(so với|so cùng kỳ|chỉ tiêu|kế hoạch|nghị quyết|dự toán|mục tiêu|số|tổng số)(?![\p{L}])/iu;
const OTHER_QUANTITY = /(?<![\p{L}])(phiếu|dân số|cử tri|diện tích)(?![\p{L}])/iu;
const SURPLUS = /(?<![\p{L}])số dư(?![\p{L}])/iu;

/** One printed share with the count it is of. */
export interface Share {
  t: NumberToken;
  part: Count | { value: number; key: string; start: number; end: number; token?: undefined };
  from: number;
  q: Qualifier | null;
  sentence: Span;
  /** "đạt 104% kế hoạch": of a number the text may not state. */
  target: boolean;
  /** The whole the text fixes for it before anything else (its fraction, "số dư" over the seats). */
  fixed?: Whole;
}

/**
 * The count a share is of: the nearest one before it in its clause, after any earlier share, not
 * one said in passing in brackets ("45 đồng chí (khóa trước 40 đồng chí), chiếm …"); and the first
 * count of that stretch, where the fragment to show starts.
 */
function partFor(d: Draft, t: NumberToken): { part: Count; from: number } | undefined {
  const clause = containing(d.clauses, t.start);
  if (!clause) return undefined;
  // An earlier share of the clause ends the stretch, unless it was growth ("giảm 5,8% so với năm 2008 và bằng 50% tổng số …").
  const prevShare = tokensIn(d, { start: clause.start, end: t.start }).findLast(
    (x) => isShareToken(d, x) && !/(?<![\p{L}])(tăng|giảm)\s*$/iu.test(d.text.slice(Math.max(clause.start, x.start - 8), x.start)),
  );
  const before = countsIn(d, { start: prevShare ? prevShare.end : clause.start, end: t.start }).filter((c) => !isAside(d, c, t.start));
  if (!before.length) return undefined;
  // "16 trong tổng số 103 thôn (chiếm 15%)": the share is of the 16.
  const last = before.at(-1)!;
  const part = before.findLast((c) => c.of === last) ?? last;
  return { part, from: before[0]!.start };
}

/** "191 đồng chí để bầu lấy 163 đồng chí (với tỷ lệ số dư 17,17%)": the surplus is 191 − 163, of the 163 seats. */
function surplusShare(d: Draft, t: NumberToken, sentence: Span): Share | undefined {
  const head = d.text.slice(Math.max(sentence.start, t.start - 30), t.start);
  if (!/số dư[^\d]{0,20}$/iu.test(head)) return undefined;
  const people = countsIn(d, { start: sentence.start, end: t.start }).filter((c) => isPeople(c.key) && c.token.kind === 'number');
  for (let i = people.length - 1; i > 0; i--) {
    const seats = people[i]!;
    const offered = people[i - 1]!;
    if (offered.value > seats.value && /bầu/iu.test(d.text.slice(offered.end, seats.start))) {
      const value = offered.value - seats.value;
      return {
        t,
        part: { value, key: seats.key, start: offered.start, end: seats.end },
        from: offered.start,
        q: null,
        sentence,
        target: false,
        fixed: {
          value: seats.value,
          why: `số dư ${formatInt(offered.value)} − ${formatInt(seats.value)} = ${formatInt(value)} trên ${formatInt(seats.value)} người cần bầu`,
        },
      };
    }
  }
  return undefined;
}

export function sharesOf(d: Draft): Share[] {
  const out: Share[] = [];
  for (const t of d.tokens) {
    if (!isShareToken(d, t)) continue;
    // Table cells holding only figures are read by tables.ts, column by column; a cell of prose is prose.
    const line = containing(d.lines, t.start);
    if (line && d.text.slice(line.start, line.end).includes('\t')) {
      const from = Math.max(line.start, d.text.lastIndexOf('\t', t.start) + 1);
      const tab = d.text.indexOf('\t', t.end);
      const cell = d.text.slice(from, tab < 0 || tab > line.end ? line.end : tab);
      if (/^[\s\d.,%()[\]–-]*$/.test(cell)) continue;
    }
    const sentence = containing(d.sentences, t.start) ?? { start: 0, end: d.text.length };
    const surplus = surplusShare(d, t, sentence);
    if (surplus) {
      out.push(surplus);
      continue;
    }
    const found = partFor(d, t);
    if (!found) continue;
    const { part, from } = found;
    // Growth ("tăng 12% so với năm trước") is not a share of a count; a growth figure before it does not make it one.
    const prev = d.tokens.findLast((x) => x.kind === 'percent' && x.end <= t.start && x.start >= part.end);
    const gap = d.text.slice(prev ? prev.end : part.end, t.start);
    if (CHANGE.test(prev ? gap.split(/,|\s(?:và|và bằng)\s/u).at(-1)! : gap)) continue;
    // "54 người trúng cử … số phiếu bầu cao nhất là 86,76%": a share of votes, not of the people counted.
    if (OTHER_QUANTITY.test(d.text.slice(part.end, t.start))) continue;
    const ratio = t.kind === 'fraction';
    const q = qualifierOf(d.text, t.start, t.end) ?? (ratio ? { meaning: 'about' as const, word: '', start: t.start, end: t.end } : null);
    const share: Share = { t, part, from, q, sentence, target: OF_TARGET.test(d.text.slice(t.end, t.end + 24)) };
    if (part.token.kind === 'fraction') share.fixed = { value: part.token.den!.value, why: 'mẫu số ghi trong câu' };
    // "chiếm 60% (tổng số 15 đồng chí)": the whole in brackets right after the share.
    const after = /^\s*\(\s*(?:trên\s+|trong\s+)?(?:tổng\s+)?số\s+(?:[^\d()]{0,30}?\s)?(?=\d)/iu.exec(d.text.slice(t.end, t.end + 60));
    const named = after ? d.counts.find((c) => c.start === t.end + after[0].length) : undefined;
    if (!share.fixed && named && named.value >= part.value)
      share.fixed = { value: named.value, why: `tổng số ghi trong ngoặc sau tỷ lệ (${formatInt(named.value)})` };
    // "số dư 6 đồng chí, đạt 15,3%": over the seats, the count that with the surplus makes the candidates (39 + 6 = 45).
    if (!share.fixed && SURPLUS.test(d.text.slice(Math.max(sentence.start, part.start - 30), part.start))) {
      const people = d.counts.filter((c) => c !== part && isPeople(c.key) && c.token.kind === 'number');
      const seats = people.find((w) => people.some((c) => c.value === w.value + part.value));
      if (seats)
        share.fixed = {
          value: seats.value,
          why: `số dư trên ${formatInt(seats.value)} người cần bầu (${formatInt(seats.value)} + ${formatInt(part.value)} = ${formatInt(seats.value + part.value)} người giới thiệu)`,
        };
    }
    out.push(share);
  }
  return out;
}
