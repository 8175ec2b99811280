/**
 * The checked text and its pieces: NFC with a map back to the source (a .docx keeps
 * the characters it was typed with, often decomposed), sentences, clauses and words.
 */
import type { Span } from './types.ts';

export interface MappedText {
  text: string;
  /** toSource[i] is the source offset of text[i]; toSource[text.length] is the source length. */
  toSource: number[];
}

/** NFC per base character with its combining marks, so every output character knows where it came from. */
export function normalizeWithMap(source: string): MappedText {
  // Most drafts are NFC already: then every character maps to itself.
  if (!/\p{M}/u.test(source) && source.normalize('NFC') === source) {
    return { text: source, toSource: Array.from({ length: source.length + 1 }, (_, i) => i) };
  }
  let text = '';
  const toSource: number[] = [];
  const cluster = /\P{M}\p{M}*|\p{M}+/gsu;
  for (let m = cluster.exec(source); m; m = cluster.exec(source)) {
    const nfc = m[0].normalize('NFC');
    for (let k = 0; k < nfc.length; k++) toSource.push(m.index);
    text += nfc;
  }
  toSource.push(source.length);
  return { text, toSource };
}

/** The source span of a span of the normalized text. */
export function sourceSpan(m: MappedText, s: Span): Span {
  return { start: m.toSource[s.start]!, end: m.toSource[s.end]! };
}

/**
 * Sentences end at ". ! ?" followed by a space and a capital or a digit, or at a line break.
 * A dot between digits (7.101) never ends one.
 */
export function sentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  const end = /[.!?…]+(?=\s+[\p{Lu}\d"“(]|\s*$)|\n+/gu;
  for (let m = end.exec(text); m; m = end.exec(text)) {
    const stop = m[0].startsWith('\n') ? m.index : m.index + m[0].length;
    if (stop > start) out.push({ start, end: stop });
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out.map((s) => trimSpan(text, s)).filter((s) => s.end > s.start);
}

/** Clauses of a sentence: the parts between semicolons, and the cells of a table row (tab-separated). */
export function clauses(text: string, sentence: Span): Span[] {
  return splitSpan(text, sentence, /;|\t/g);
}

/** Lines of the text (a table row is one line), with their offsets. */
export function lines(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', start)) {
    out.push({ start, end: i });
    start = i + 1;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

export function splitSpan(text: string, span: Span, sep: RegExp): Span[] {
  const out: Span[] = [];
  const part = text.slice(span.start, span.end);
  let start = 0;
  sep.lastIndex = 0;
  for (let m = sep.exec(part); m; m = sep.exec(part)) {
    out.push({ start: span.start + start, end: span.start + m.index });
    start = m.index + m[0].length;
  }
  out.push({ start: span.start + start, end: span.end });
  return out.map((s) => trimSpan(text, s)).filter((s) => s.end > s.start);
}

export function trimSpan(text: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

export function within(outer: Span, at: number): boolean {
  return at >= outer.start && at < outer.end;
}

/** A fragment for the report: whitespace collapsed, long middles cut. */
export function fragment(text: string, s: Span, max = 240): string {
  const t = text.slice(s.start, s.end).replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const half = Math.floor((max - 3) / 2);
  return `${t.slice(0, half).trimEnd()} … ${t.slice(t.length - half).trimStart()}`;
}

/** A word-bounded, case-insensitive pattern for Vietnamese words (\b does not know letters with diacritics). */
export function words(alternatives: string[], flags = 'giu'): RegExp {
  const alt = alternatives.map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alt})(?![\\p{L}\\p{N}])`, flags);
}
