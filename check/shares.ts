/**
 * Shares: "6.067 đảng viên, chiếm 85,54%", "112/1.590 đảng viên, chiếm 7,04 %", "hơn 1/3".
 *
 * The principle (a false alarm costs more than a miss):
 * - a share is right when some plausible whole explains it: any count of the same thing (or, for
 *   people, of people) the text states, the list it is in, its own denominator — never a sibling;
 * - it is wrong only when none does AND the text determines its whole: its fraction, the list it is
 *   in, "M trong tổng số N", the whole its siblings use, a whole introduced as such ("có 7.101 đảng
 *   viên, trong đó"), or the one total of that thing stated before it. The correction uses that whole;
 * - otherwise it is not verifiable (`ok: null`, "không xác định được mẫu số"). So are shares that
 *   agree with each other on a whole the text does not print, and rating shares that add up to
 *   100% of a number rated the text does not give.
 * Every claim says, in words, which whole it used and why (`basis`).
 */
import { roundedPercentUnits, percent } from '../format/shares.ts';
import { formatInt, formatPercentUnits } from '../format/vi.ts';
import { compareShare, exactShareText } from './arithmetic.ts';
import { BARE, containing, countsIn, isAside, tokensIn, type Count, type Draft } from './model.ts';
import type { NumberToken } from './numbers.ts';
import { fits, isPeople } from './nouns.ts';
import type { PartList } from './lists.ts';
import { holds, MEANING_TEXT, qualifierOf, tolerance, type Qualifier } from './qualifiers.ts';
import { fragment } from './text.ts';
import type { Claim, Span } from './types.ts';

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

const OPENS = /^[^;.\d]{0,60}?(?<![\p{L}])(trong đó|trong số đó|gồm|bao gồm)(?![\p{L}])/iu;

/** Whether a list of its parts follows the count ("7.101 đảng viên, trong đó"), or it is stated as a whole ("trong tổng số 163 đồng chí"). */
const opensCache = new WeakMap<Count, boolean>();

function opensList(d: Draft, c: Count): boolean {
  let v = opensCache.get(c);
  if (v === undefined) opensCache.set(c, (v = opensListNow(d, c)));
  return v;
}

function opensListNow(d: Draft, c: Count): boolean {
  // The count's own share may stand between it and the list: "439 TCCSĐ đạt … (chiếm 62,62%), trong đó có 107 …".
  const after = d.text.slice(c.end, c.end + 100).replace(/\(?\s*(chiếm|bằng|đạt)?\s*(tỷ lệ|tỉ lệ)?\s*\d[\d.,]*\s?%\s*\)?/giu, '');
  return OPENS.test(after) || /^[^.;\d]{0,40}\.\s*(Trong đó|Trong số đó)/u.test(d.text.slice(c.end, c.end + 60))
    || /(?<![\p{L}])(trong|trên)\s+(tổng\s+)?số\s*$/iu.test(d.text.slice(Math.max(0, c.start - 20), c.start));
}

const CHANGE = /(?<![\p{L}])(tăng|giảm|so với|vượt|bình quân|trung bình|cao hơn|thấp hơn)(?![\p{L}])/iu;
// "đạt 104% kế hoạch", and shares that name their own whole in words ("79,2% số tổ chức cơ sở đảng có nguồn kết nạp").
const OF_TARGET = /^\s*(so với|so cùng kỳ|chỉ tiêu|kế hoạch|nghị quyết|dự toán|mục tiêu|số|tổng số)(?![\p{L}])/iu;
const OTHER_QUANTITY = /(?<![\p{L}])(phiếu|dân số|cử tri|diện tích)(?![\p{L}])/iu;
const SURPLUS = /(?<![\p{L}])số dư(?![\p{L}])/iu;
// Counts of things that are never the whole of a share.
const NOT_A_WHOLE = new Set(['phân số']);

/** One printed share with the count it is of. */
interface Share {
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
  const prevShare = tokensIn(d, { start: clause.start, end: t.start }).findLast((x) => isShareToken(d, x)
    && !/(?<![\p{L}])(tăng|giảm)\s*$/iu.test(d.text.slice(Math.max(clause.start, x.start - 8), x.start)));
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
        t, part: { value, key: seats.key, start: offered.start, end: seats.end }, from: offered.start, q: null, sentence, target: false,
        fixed: { value: seats.value, why: `số dư ${formatInt(offered.value)} − ${formatInt(seats.value)} = ${formatInt(value)} trên ${formatInt(seats.value)} người cần bầu` },
      };
    }
  }
  return undefined;
}

function sharesOf(d: Draft): Share[] {
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
    if (surplus) { out.push(surplus); continue; }
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
    if (!share.fixed && named && named.value >= part.value) share.fixed = { value: named.value, why: `tổng số ghi trong ngoặc sau tỷ lệ (${formatInt(named.value)})` };
    // "số dư 6 đồng chí, đạt 15,3%": over the seats, the count that with the surplus makes the candidates (39 + 6 = 45).
    if (!share.fixed && SURPLUS.test(d.text.slice(Math.max(sentence.start, part.start - 30), part.start))) {
      const people = d.counts.filter((c) => c !== part && isPeople(c.key) && c.token.kind === 'number');
      const seats = people.find((w) => people.some((c) => c.value === w.value + part.value));
      if (seats) share.fixed = { value: seats.value, why: `số dư trên ${formatInt(seats.value)} người cần bầu (${formatInt(seats.value)} + ${formatInt(part.value)} = ${formatInt(seats.value + part.value)} người giới thiệu)` };
    }
    out.push(share);
  }
  return out;
}

/** Whether the printed share is what `part` of `whole` gives: half-up at its decimals, or by the meaning of its qualifier. */
function explains(s: Share, whole: number): boolean {
  const part = s.part.value;
  if (whole <= 0 || whole < part) return false;
  const t = s.t;
  if (!s.q) return roundedPercentUnits(part, whole, t.num.decimals) === t.num.units;
  const ratio = t.kind === 'fraction';
  const x = ratio ? (t.num.value / t.den!.value) * 100 : t.num.value;
  const cmp = ratio ? Math.sign(part * t.den!.value - t.num.value * whole) : compareShare(part, whole, t.num.units, t.num.decimals);
  return holds(s.q.meaning, cmp, percent(part, whole), x, tolerance(x, t.num.decimals, ratio));
}

/** The counts that are the parts of other shares of the sentence: siblings, never a whole — unless "trong đó" follows one. */
function siblingParts(d: Draft, s: Share, shares: Share[]): Set<number> {
  const out = new Set<number>();
  for (const o of shares) {
    if (o === s || o.sentence.start !== s.sentence.start || !('token' in o.part) || !o.part.token) continue;
    if (!opensList(d, o.part as Count)) out.add(o.part.start);
  }
  return out;
}

const candidateCache = new WeakMap<Share, Whole[]>();

/** Plausible wholes: any of them explaining the share makes it right (asked again for every sibling: remembered). */
function candidates(d: Draft, s: Share, lists: PartList[], shares: Share[]): Whole[] {
  let c = candidateCache.get(s);
  if (!c) candidateCache.set(s, (c = candidatesNow(d, s, lists, shares)));
  return c;
}

function candidatesNow(d: Draft, s: Share, lists: PartList[], shares: Share[]): Whole[] {
  const out: Whole[] = [];
  const part = s.part;
  const seen = new Set<number>();
  // The reason is written only for a whole not seen before (drafts hold thousands of counts).
  const add = (value: number, why: string | (() => string), unstated = false) => {
    if (value < part.value || value <= 0 || seen.has(value)) return;
    seen.add(value);
    out.push({ value, why: typeof why === 'string' ? why : why(), ...(unstated ? { unstated } : {}) });
  };
  if (s.fixed) add(s.fixed.value, s.fixed.why);
  const count = 'token' in part && part.token ? (part as Count) : undefined;
  // "toàn bộ 234 chi bộ …, đạt tỷ lệ 100%", "Tất cả 83 người …": the part is the whole.
  if (count && /(?<![\p{L}])(toàn bộ|tất cả|cả)\s*$/iu.test(d.text.slice(Math.max(0, count.start - 12), count.start))) {
    add(count.value, `"${d.text.slice(Math.max(0, count.start - 12), count.end).replace(/^.*?(toàn bộ|tất cả|cả)/iu, '$1')}": phần là cả tổng`);
  }
  if (count?.of) add(count.of.value, `"trong tổng số ${formatInt(count.of.value)}"`);
  const siblings = siblingParts(d, s, shares);
  for (const l of lists) {
    if (!count || !l.parts.includes(count)) continue;
    if (l.whole) add(l.whole.value, `tổng số nêu trước danh sách (${formatInt(l.whole.value)} ${l.whole.key})`);
    const sum = l.parts.reduce((a, p) => a + p.value, 0);
    if (l.complete && l.whole) add(sum, 'tổng các phần của danh sách');
    else if (l.complete) add(sum, `tổng các phần của danh sách, ${l.parts.map((p) => formatInt(p.value)).join(' + ')} = ${formatInt(sum)} ${l.key}; văn bản không nêu tổng số`, true);
    for (const p of l.parts) siblings.add(p.start);
  }
  if (s.target && !count) return out;
  for (const c of d.counts) {
    if (c === count || siblings.has(c.start) || NOT_A_WHOLE.has(c.key) || !fits(part.key, c.key) || isAside(d, c, s.t.start)) continue;
    if (c.key === BARE) continue;
    // The same number again ("kết nạp 5 đảng viên … chuyển đảng chính thức cho 5 đảng viên") is not its whole, unless stated as one.
    if (c.value === part.value && !opensList(d, c)) continue;
    if (c.token.kind === 'fraction') add(c.token.den!.value, () => `mẫu số của "${d.text.slice(c.start, c.end)}"`);
    add(c.value, () => `số ${c.key} nêu trong văn bản (${formatInt(c.value)})`);
  }
  return out;
}

/** The whole the text determines for the share, with the reason; undefined when it does not. */
function determined(d: Draft, s: Share, lists: PartList[], shares: Share[]): Whole | undefined {
  if (s.fixed) return s.fixed;
  const part = s.part;
  const count = 'token' in part && part.token ? (part as Count) : undefined;
  if (count?.of) return { value: count.of.value, why: `"trong tổng số ${formatInt(count.of.value)}"` };
  // The whole its siblings use: the one that explains most of the other shares of the sentence.
  const votes = new Map<number, { n: number; w: Whole }>();
  for (const o of shares) {
    if (o === s || o.sentence.start !== s.sentence.start || o.target || o.q) continue;
    for (const w of candidates(d, o, lists, shares)) {
      if (w.value >= part.value && explains(o, w.value)) {
        const v = votes.get(w.value);
        votes.set(w.value, { n: (v?.n ?? 0) + 1, w: v?.w ?? w });
      }
    }
  }
  const best = [...votes.values()].sort((a, b) => b.n - a.n)[0];
  if (best) return best.w.unstated ? best.w : { value: best.w.value, why: `${best.w.why}, mẫu số các mục cùng câu cũng dùng` };
  for (const l of lists) {
    if (!count || !l.parts.includes(count)) continue;
    if (l.whole) return { value: l.whole.value, why: `tổng số nêu trước danh sách (${formatInt(l.whole.value)} ${l.whole.key})` };
    if (l.complete) {
      const sum = l.parts.reduce((a, p) => a + p.value, 0);
      return { value: sum, why: `tổng các phần của danh sách, ${l.parts.map((p) => formatInt(p.value)).join(' + ')} = ${formatInt(sum)} ${l.key}; văn bản không nêu tổng số`, unstated: true };
    }
  }
  if (!count || part.key === BARE) return undefined;
  const siblings = siblingParts(d, s, shares);
  for (const l of lists) if (l.parts.includes(count)) for (const p of l.parts) siblings.add(p.start);
  // A whole counted in another noun ("1.587 đại biểu" for "1579 người") condemns only from the same paragraph:
  // a new paragraph may speak of another body (the executive committee, not the congress) without stating its size.
  const line = containing(d.lines, part.start);
  const near = (c: Count) => c.key === part.key || (!!line && c.start >= line.start);
  const before = d.counts.filter((c) => c.end <= part.start && c !== count && !siblings.has(c.start) && c.key !== BARE && !NOT_A_WHOLE.has(c.key)
    && fits(part.key, c.key) && c.value >= part.value && !isAside(d, c, s.t.start) && near(c));
  const introduced = before.findLast((c) => opensList(d, c));
  if (introduced) return { value: introduced.value, why: `tổng số nêu trước đó (${formatInt(introduced.value)} ${introduced.key}, "trong đó")` };
  // The one total of that thing stated before the share: two different ones ("615 … và 1.045 đại biểu") leave it open.
  // A count given as a share of something ("24 … chiếm gần 59%") is a part, not a total.
  // (A headline repeating it — "24 tổ chức cơ sở Đảng đạt …" — is that part again.)
  const { parts: partSet, repeats } = partsIndex(d, shares);
  const isPart = (c: Count) => (partSet.has(c) && c !== count) || (repeats.has(`${c.value}|${c.key}`) && !partSet.has(c));
  // "543/545 chi bộ": the total is the 545.
  const totalOf = (c: Count) => (c.token.kind === 'fraction' ? c.token.den!.value : c.value);
  // (A count equal to the part — a headline repeating "1.500 đảng viên" — is that count again, not its total.)
  const values = new Set(before.filter((c) => (!isPart(c) || c.token.kind === 'fraction') && totalOf(c) > part.value).map(totalOf));
  if (values.size === 1) {
    const c = before.find((x) => values.has(totalOf(x)))!;
    return { value: totalOf(c), why: `tổng số ${c.key} nêu trước đó (${formatInt(totalOf(c))})` };
  }
  return undefined;
}

const partsCache = new WeakMap<Share[], { parts: Set<unknown>; repeats: Set<string> }>();

/** The counts that are parts of shares (not opening a list), and their value and noun, to know a headline repeating one. */
function partsIndex(d: Draft, shares: Share[]): { parts: Set<unknown>; repeats: Set<string> } {
  let idx = partsCache.get(shares);
  if (!idx) {
    const parts = shares.filter((o) => 'token' in o.part && o.part.token && !opensList(d, o.part as Count)).map((o) => o.part);
    idx = { parts: new Set(parts), repeats: new Set(parts.map((p) => `${p.value}|${p.key}`)) };
    partsCache.set(shares, idx);
  }
  return idx;
}

/** Interval of wholes that give the printed share at its decimals (plain shares only). */
function impliedWholes(s: Share): [number, number] | undefined {
  if (s.q || s.t.kind !== 'percent') return undefined;
  const half = 0.5 * 10 ** -s.t.num.decimals;
  const hi = s.t.num.value - half;
  return [(s.part.value * 100) / (s.t.num.value + half), hi > 0 ? (s.part.value * 100) / hi : Infinity];
}

function integerIn([lo, hi]: [number, number]): number | undefined {
  const n = Math.ceil(lo - 1e-9);
  return n <= hi + 1e-9 ? n : undefined;
}

/** Shares of a sentence that agree on one whole the text does not print ("564 nữ (20,14%), 884 đoàn viên (31,57%) …" of 2.800). */
function commonUnstatedWhole(d: Draft, s: Share, shares: Share[], lists: PartList[]): number | undefined {
  const group = shares.filter((o) => o.sentence.start === s.sentence.start && !o.target && !o.q && o.t.kind === 'percent');
  if (group.length < 2 || group.some((o) => candidates(d, o, lists, shares).some((w) => explains(o, w.value)))) return undefined;
  let lo = 0;
  let hi = Infinity;
  for (const o of group) {
    const r = impliedWholes(o)!;
    lo = Math.max(lo, r[0], o.part.value);
    hi = Math.min(hi, r[1]);
  }
  return integerIn([lo, hi]);
}

/**
 * Rating shares that add up to 100% ("439 TCCSĐ đạt … (chiếm 62,62%) …; 30,96% …; 6,13% … và 0,29% …")
 * are of the number rated; when that is not the total the text states, it is a whole the text leaves out.
 */
function ratedWhole(d: Draft, s: Share, D: Whole): number | undefined {
  const ps = tokensIn(d, s.sentence).filter((t) => t.kind === 'percent');
  const top = ps.filter((t, k) => {
    const since = d.text.slice(k ? ps[k - 1]!.end : s.sentence.start, t.start);
    return !/(?<![\p{L}])trong (đó|số đó)(?![\p{L}])/iu.test(since) && !CHANGE.test(d.text.slice(Math.max(s.sentence.start, t.start - 14), t.start));
  });
  if (top.length < 3 || !top.includes(s.t)) return undefined;
  const sum = top.reduce((a, t) => a + t.num.value, 0);
  if (Math.abs(sum - 100) > 0.05 * top.length) return undefined;
  const r = impliedWholes(s);
  const w = r ? integerIn(r) : undefined;
  return w !== undefined && w !== D.value ? w : undefined;
}

function printedOf(d: Draft, t: NumberToken): string {
  return d.text.slice(t.start, t.end);
}

export function shareClaims(d: Draft, lists: PartList[]): Claim[] {
  const out: Claim[] = [];
  const shares = sharesOf(d);
  for (const s of shares) {
    const { t, q } = s;
    const ratio = t.kind === 'fraction';
    const shareEnd = Math.max(t.end, q?.end ?? t.end);
    const text = fragment(d.text, { start: s.from, end: d.text[shareEnd] === ')' ? shareEnd + 1 : shareEnd });
    const printed = q && q.word ? d.text.slice(q.start, q.end).replace(/\s+/g, ' ') : printedOf(d, t);
    const span = { start: q?.word ? q.start : t.start, end: q?.word ? q.end : t.end };
    const decimals = q ? 2 : t.num.decimals;
    const base = { kind: 'share' as const, text, printed, ...span };
    const meaning = q ? ` — ${MEANING_TEXT[q.meaning].trim()} ${ratio ? printedOf(d, t) : printedOf(d, t).replace(/\s/g, '')}` : '';
    const wholes = candidates(d, s, lists, shares);
    const D = determined(d, s, lists, shares);
    // The whole the text determines is the one to show when it explains the share; any plausible one will do otherwise.
    // A bound ("trên 30%") holds for many wholes: when the text determines one, only that one can confirm it.
    const good = D && explains(s, D.value) ? D : q && D ? undefined : wholes.find((w) => explains(s, w.value));
    const said = (w: Whole) => `${exactShareText(s.part.value, w.value)}${w.unstated ? ` (mẫu số: ${w.why})` : ''}`;
    if (good) {
      out.push({ ...base, ok: true, expected: printed, detail: `${said(good)}${q ? ` — đúng với "${printed}"${meaning}` : ''}`, basis: `Mẫu số ${formatInt(good.value)}: ${good.why}.` });
      continue;
    }
    const unknown = (why: string): Claim => ({ ...base, ok: null, expected: printed, detail: `${formatInt(s.part.value)} trên ? — không xác định được mẫu số`, basis: `Không xác định được mẫu số: ${why}.` });
    if (s.target) {
      const named = /^\s*(số|tổng số)(?![\p{L}])/iu.test(d.text.slice(t.end, t.end + 12));
      out.push(unknown(named ? 'tỷ lệ trên một tổng văn bản gọi tên nhưng không nêu bằng số' : 'tỷ lệ so với chỉ tiêu, kế hoạch hay một kỳ trước mà văn bản không nêu con số'));
      continue;
    }
    if (!D) { out.push(unknown('văn bản không nêu tổng số của nhóm này, không số nào trong văn bản cho đúng tỷ lệ in')); continue; }
    const common = commonUnstatedWhole(d, s, shares, lists);
    if (common !== undefined) { out.push(unknown(`các tỷ lệ cùng câu đều khớp một mẫu số văn bản không in (${formatInt(common)}), không phải ${formatInt(D.value)}`)); continue; }
    const rated = ratedWhole(d, s, D);
    if (rated !== undefined) { out.push(unknown(`các mức trong câu cộng lại 100% trên số được đánh giá (khoảng ${formatInt(rated)}), văn bản không nêu số đó; ${formatInt(D.value)} là tổng số`)); continue; }
    const expected = formatPercentUnits(roundedPercentUnits(s.part.value, D.value, decimals), decimals);
    const claim: Claim = { ...base, ok: false, expected, detail: `${said(D)}${q ? ` — không đúng với "${printed}"${meaning}` : ''}`, basis: `Mẫu số ${formatInt(D.value)}: ${D.why}; không mẫu số nào hợp lý cho đúng "${printed}".` };
    if (!q) claim.fix = { start: t.num.start, end: t.num.end, text: expected.slice(0, -1) };
    out.push(claim);
  }
  return out;
}

/** A share printed without qualifier, against the one whole a table gives it. */
export function plainShareClaim(d: Draft, t: NumberToken, part: number, wholes: Whole[], text: string): Claim {
  const dec = t.num.decimals;
  const good = wholes.find((w) => roundedPercentUnits(part, w.value, dec) === t.num.units);
  const w = good ?? wholes[0]!;
  const expected = formatPercentUnits(roundedPercentUnits(part, w.value, dec), dec);
  const claim: Claim = {
    kind: 'share', text, printed: printedOf(d, t), ok: !!good, expected,
    detail: `${exactShareText(part, w.value)}${wholes.length > 1 || w.unstated ? ` (mẫu số: ${w.why})` : ''}`,
    basis: `Mẫu số ${formatInt(w.value)}: ${w.why}.`,
    start: t.start, end: t.end,
  };
  if (!good) claim.fix = { start: t.num.start, end: t.num.end, text: expected.slice(0, -1) };
  return claim;
}
