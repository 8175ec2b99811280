/** The draft as the recognizers see it: its figures, what each counts, and its sentences and clauses. */
import { scanNumbers, type NumberToken } from './numbers.ts';
import { nounKey } from './nouns.ts';
import { clauses, sentences, within } from './text.ts';
import type { Span } from './types.ts';

/** A number of things: "6.067 đảng viên", "221chi bộ", or the part of "112/1.590 đảng viên". */
export interface Count {
  token: NumberToken;
  value: number;
  /** What it counts (see nouns.ts). */
  key: string;
  start: number;
  end: number;
}

export interface Draft {
  text: string;
  tokens: NumberToken[];
  counts: Count[];
  sentences: Span[];
  clauses: Span[];
}

export function readDraft(text: string): Draft {
  const tokens = scanNumbers(text);
  const counts: Count[] = [];
  for (const t of tokens) {
    if (t.kind === 'percent') continue;
    let key = nounKey(text.slice(t.end, t.end + 60));
    // A fraction without a noun after it is a ratio ("hơn 1/3") when its denominator is small,
    // and a part of a stated whole otherwise ("là 60/296, chiếm 20,27%").
    if (key === null && t.kind === 'fraction' && t.den!.value > 10) key = 'phân số';
    if (key === null) continue;
    if (t.kind === 'fraction' && t.num.decimals + t.den!.decimals > 0) continue;
    if (t.num.decimals > 0) continue;
    counts.push({ token: t, value: t.num.value, key, start: t.start, end: t.end });
  }
  const ss = sentences(text);
  return { text, tokens, counts, sentences: ss, clauses: ss.flatMap((s) => clauses(text, s)) };
}

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
