/**
 * The wholes of a share: the plausible ones (any of them explaining it makes it right) and the one
 * the text determines (the only one that can make it wrong, and the one its correction uses). See shares.ts.
 */
import { roundedPercentUnits, percent } from '../format/shares.ts';
import { formatInt } from '../format/vi.ts';
import { compareShare } from './arithmetic.ts';
import type { PartList } from './lists.ts';
import { BARE, containing, isAside, tokensIn, type Count, type Draft } from './model.ts';
import { fits } from './nouns.ts';
import { holds, tolerance } from './qualifiers.ts';
import { CHANGE, opensList, type Share, type Whole } from './share-parts.ts';

// Counts of things that are never the whole of a share.
const NOT_A_WHOLE = new Set(['phân số']);

/** Whether the printed share is what `part` of `whole` gives: half-up at its decimals, or by the meaning of its qualifier. */
export function explains(s: Share, whole: number): boolean {
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
export function candidates(d: Draft, s: Share, lists: PartList[], shares: Share[]): Whole[] {
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
    add(
      count.value,
      `"${d.text.slice(Math.max(0, count.start - 12), count.end).replace(/^.*?(toàn bộ|tất cả|cả)/iu, '$1')}": phần là cả tổng`,
    );
  }
  if (count?.of) add(count.of.value, `"trong tổng số ${formatInt(count.of.value)}"`);
  const siblings = siblingParts(d, s, shares);
  for (const l of lists) {
    if (!count || !l.parts.includes(count)) continue;
    if (l.whole) add(l.whole.value, `tổng số nêu trước danh sách (${formatInt(l.whole.value)} ${l.whole.key})`);
    const sum = l.parts.reduce((a, p) => a + p.value, 0);
    if (l.complete && l.whole) add(sum, 'tổng các phần của danh sách');
    else if (l.complete)
      add(
        sum,
        `tổng các phần của danh sách, ${l.parts.map((p) => formatInt(p.value)).join(' + ')} = ${formatInt(sum)} ${l.key}; văn bản không nêu tổng số`,
        true,
      );
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
export function determined(d: Draft, s: Share, lists: PartList[], shares: Share[]): Whole | undefined {
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
      return {
        value: sum,
        why: `tổng các phần của danh sách, ${l.parts.map((p) => formatInt(p.value)).join(' + ')} = ${formatInt(sum)} ${l.key}; văn bản không nêu tổng số`,
        unstated: true,
      };
    }
  }
  if (!count || part.key === BARE) return undefined;
  const siblings = siblingParts(d, s, shares);
  for (const l of lists) if (l.parts.includes(count)) for (const p of l.parts) siblings.add(p.start);
  // A whole counted in another noun ("1.587 đại biểu" for "1579 người") condemns only from the same paragraph:
  // a new paragraph may speak of another body (the executive committee, not the congress) without stating its size.
  const line = containing(d.lines, part.start);
  const near = (c: Count) => c.key === part.key || (!!line && c.start >= line.start);
  const before = d.counts.filter(
    (c) =>
      c.end <= part.start &&
      c !== count &&
      !siblings.has(c.start) &&
      c.key !== BARE &&
      !NOT_A_WHOLE.has(c.key) &&
      fits(part.key, c.key) &&
      c.value >= part.value &&
      !isAside(d, c, s.t.start) &&
      near(c),
  );
  const introduced = before.findLast((c) => opensList(d, c));
  if (introduced)
    return { value: introduced.value, why: `tổng số nêu trước đó (${formatInt(introduced.value)} ${introduced.key}, "trong đó")` };
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
export function commonUnstatedWhole(d: Draft, s: Share, shares: Share[], lists: PartList[]): number | undefined {
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
export function ratedWhole(d: Draft, s: Share, D: Whole): number | undefined {
  const ps = tokensIn(d, s.sentence).filter((t) => t.kind === 'percent');
  const top = ps.filter((t, k) => {
    const since = d.text.slice(k ? ps[k - 1]!.end : s.sentence.start, t.start);
    return (
      !/(?<![\p{L}])trong (đó|số đó)(?![\p{L}])/iu.test(since) &&
      !CHANGE.test(d.text.slice(Math.max(s.sentence.start, t.start - 14), t.start))
    );
  });
  if (top.length < 3 || !top.includes(s.t)) return undefined;
  const sum = top.reduce((a, t) => a + t.num.value, 0);
  if (Math.abs(sum - 100) > 0.05 * top.length) return undefined;
  const r = impliedWholes(s);
  const w = r ? integerIn(r) : undefined;
  return w !== undefined && w !== D.value ? w : undefined;
}
