/** The draft as the recognizers see it: its figures, what each counts, and its sentences and clauses. */
import { scanNumbers, type NumberToken } from './numbers.ts';
import { nounKey } from './nouns.ts';
import { clauses, sentences, within } from './text.ts';
import type { Span } from './types.ts';

/** A number of things: "6.067 đảng viên", "221chi bộ", or the part of "112/1.590 đảng viên". */
export interface Count {
  token: NumberToken;
  value: number;
  /** What it counts (see nouns.ts); BARE for "tái cử: 31, chiếm 68,89%", a count the text names only by its label. */
  key: string;
  start: number;
  end: number;
  /** "662 trong tổng số 686 TCCSĐ": the count this one is stated as a part of. */
  of?: Count;
}

/** The key of a count printed without a noun ("tái cử: 31, chiếm …", "số tái cử 10 (chiếm 73%)"). */
export const BARE = '?';

export interface Draft {
  text: string;
  tokens: NumberToken[];
  counts: Count[];
  sentences: Span[];
  clauses: Span[];
  /** Bracketed spans "( … )", innermost last for a given offset; sorted by start. */
  parens: Span[];
  /** Paragraphs (lines). */
  lines: Span[];
}

// A share right after a bare number: "31, chiếm 68,89%", "10 (chiếm 73%)", "3 (23%)", "1 (Gia Lai) (7,69%)", "10/43, tương đương".
const SHARE_NEXT =
  /^\s*(?:\([^()\d]{1,30}\)\s*)?[,:]?\s*\(?\s*(?:chiếm|bằng|đạt|tương đương)?\s*(?:tỷ lệ|tỉ lệ)?\s*(?:khoảng|gần|trên|hơn|dưới)?\s*\d[\d.,]*\s?%/iu;
const TOTAL_LABEL = /(?:tổng số|số)\s+([^\d\n:;]{2,70}):\s*$/iu;
const OF_TOTAL = /^\s*(?:trong|trên)\s+(?:tổng\s+số|số)\s+$/iu;

function parenSpans(text: string): Span[] {
  const out: Span[] = [];
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') open.push(i);
    else if (text[i] === ')' && open.length) out.push({ start: open.pop()!, end: i + 1 });
    else if (text[i] === '\n') open.length = 0;
  }
  return out.sort((a, b) => a.start - b.start);
}

export function readDraft(text: string): Draft {
  const tokens = scanNumbers(text);
  const counts: Count[] = [];
  for (const [k, t] of tokens.entries()) {
    if (t.kind === 'percent') continue;
    let key = nounKey(text.slice(t.end, t.end + 60));
    // A fraction without a noun after it is a ratio ("hơn 1/3") when its denominator is small,
    // and a part of a stated whole otherwise ("là 60/296, chiếm 20,27%").
    if (key === null && t.kind === 'fraction' && t.den!.value > 10) key = 'phân số';
    // "Tổng số đảng viên được đánh giá, xếp loại: 6.819": the label before the colon names what it counts.
    const label = key === null ? TOTAL_LABEL.exec(text.slice(Math.max(0, t.start - 90), t.start)) : null;
    if (label) key = nounKey(label[1]!);
    if (key === null && t.kind === 'number' && SHARE_NEXT.test(text.slice(t.end, t.end + 60))) key = BARE;
    // "16 trong tổng số 103 thôn": the part counts what its whole counts.
    const next = tokens[k + 1];
    const ofTotal = next && next.kind === 'number' && OF_TOTAL.test(text.slice(t.end, next.start));
    if (ofTotal) key = nounKey(text.slice(next.end, next.end + 60)) ?? key;
    // Ages ("dưới 40 tuổi") are not counts of anything.
    if (key === null || /^tuổi(\s|$)/u.test(key)) continue;
    if (t.kind === 'fraction' && t.num.decimals + t.den!.decimals > 0) continue;
    if (t.num.decimals > 0) continue;
    counts.push({ token: t, value: t.num.value, key, start: t.start, end: t.end });
  }
  counts.push(...wordCounts(text));
  counts.sort((a, b) => a.start - b.start);
  for (const [k, c] of counts.entries()) {
    const n = counts[k + 1];
    if (n && OF_TOTAL.test(text.slice(c.end, n.start)) && n.value >= c.value) c.of = n;
  }
  const ss = sentences(text);
  const lines: Span[] = [];
  let at = 0;
  for (const l of text.split('\n')) {
    lines.push({ start: at, end: at + l.length });
    at += l.length + 1;
  }
  return { text, tokens, counts, sentences: ss, clauses: ss.flatMap((s) => clauses(text, s)), parens: parenSpans(text), lines };
}

const WORDS: Record<string, number> = { một: 1, hai: 2, ba: 3, bốn: 4, năm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9, mười: 10 };
// "tuổi trẻ có ba đại biểu, chiếm tỷ lệ 3,53%": small counts written in words, before a noun of people or units.
const WORD_COUNT =
  /(?<![\p{L}])(một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+(?=(đại biểu|đảng viên|đồng chí|người|ủy viên|uỷ viên|chi bộ|đảng bộ|tổ chức)(?![\p{L}]))/giu;

function wordCounts(text: string): Count[] {
  const out: Count[] = [];
  for (const m of text.matchAll(WORD_COUNT)) {
    const value = WORDS[m[1]!.toLowerCase()]!;
    const key = nounKey(text.slice(m.index + m[0].length, m.index + m[0].length + 60));
    if (!key) continue;
    const start = m.index;
    const end = start + m[1]!.length;
    const num = { start, end, raw: m[1]!, units: value, decimals: 0, value };
    out.push({ token: { kind: 'number', num, start, end }, value, key, start, end });
  }
  return out;
}

const parenCache = new WeakMap<Draft, Map<number, Span | null>>();

/** The innermost bracket holding offset `at` (asked for every count of every share: remembered). */
export function parenOf(d: Draft, at: number): Span | undefined {
  let cache = parenCache.get(d);
  if (!cache) parenCache.set(d, (cache = new Map()));
  const had = cache.get(at);
  if (had !== undefined) return had ?? undefined;
  let best: Span | undefined;
  for (const p of d.parens) {
    if (p.start > at) break;
    if (at > p.start && at < p.end && (!best || p.start >= best.start)) best = p;
  }
  cache.set(at, best ?? null);
  return best;
}

/**
 * A count said in passing, relative to an anchor (the share or list it might belong to): inside a
 * bracket the anchor is not in ("(tăng 08)", "(khóa trước là 45 đồng chí)", "(với 3.673 chi bộ
 * trực thuộc)"), or a change ("tăng 3 tổ chức …").
 */
export function isAside(d: Draft, c: Count, anchor: number): boolean {
  const p = parenOf(d, c.start);
  if (p && !(anchor > p.start && anchor < p.end)) return true;
  let change = changeCache.get(c);
  if (change === undefined) {
    change = /(?<![\p{L}])(tăng|giảm|vượt|khóa trước|nhiệm kỳ trước|năm trước|cùng kỳ)\s+(là\s+|có\s+)?$/iu.test(
      d.text.slice(Math.max(0, c.start - 24), c.start),
    );
    changeCache.set(c, change);
  }
  return change;
}

const changeCache = new WeakMap<Count, boolean>();

/** First index whose start is ≥ `at` in a list sorted by start (drafts can hold thousands of figures). */
function lowerBound(list: { start: number }[], at: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The span (of sorted, non-overlapping spans) that holds offset `at`. */
export function containing(spans: Span[], at: number): Span | undefined {
  const s = spans[lowerBound(spans, at + 1) - 1];
  return s && within(s, at) ? s : undefined;
}

export function countsIn(d: Draft, s: Span): Count[] {
  const out: Count[] = [];
  for (let i = lowerBound(d.counts, s.start); i < d.counts.length && d.counts[i]!.start < s.end; i++) {
    if (d.counts[i]!.end <= s.end) out.push(d.counts[i]!);
  }
  return out;
}

export function tokensIn(d: Draft, s: Span): NumberToken[] {
  const out: NumberToken[] = [];
  for (let i = lowerBound(d.tokens, s.start); i < d.tokens.length && d.tokens[i]!.start < s.end; i++) {
    if (d.tokens[i]!.end <= s.end) out.push(d.tokens[i]!);
  }
  return out;
}

/** Offset of the end of the noun phrase after a number: up to the next comma, semicolon, number or linking word. */
export function nounEnd(text: string, from: number, limit: number): number {
  const rest = text.slice(from, limit);
  const stop = /[,;:.()]|\d|(?<![\p{L}])(với|chiếm|đạt|gồm|bao gồm|trong đó|bằng|và|là)(?![\p{L}])/u.exec(rest);
  let end = from + (stop ? stop.index : rest.length);
  while (end > from && /\s/.test(text[end - 1]!)) end--;
  return end;
}
