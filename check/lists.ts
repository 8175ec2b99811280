/**
 * Lists of parts that make up a stated whole: "44 tổ chức cơ sở đảng, gồm 26 đảng bộ cơ sở và
 * 18 chi bộ cơ sở", or "… 7.101 đảng viên. Trong đó, 221 chi bộ … với 6.067 đảng viên …; …".
 */
import { countsIn, type Count, type Draft } from './model.ts';
import { isPartOf } from './nouns.ts';
import { splitSpan, words } from './text.ts';
import type { Span } from './types.ts';

export interface PartList {
  whole: Count;
  parts: Count[];
  items: Span[];
  /** "gồm" names every part; "trong đó" may name only some, unless the text shows it names all. */
  complete: boolean;
  scope: Span;
}

const COMPLETE = ['bao gồm', 'gồm có', 'gồm', 'chia ra', 'chia thành', 'cụ thể là', 'cụ thể'];
const SOME = ['trong số đó', 'trong đó'];
const INTRO = words([...COMPLETE, ...SOME]);

function partsFor(d: Draft, whole: Count, items: Span[], everyItem: boolean): Count[] | null {
  const parts: Count[] = [];
  for (const item of items) {
    const c = countsIn(d, item).find((x) => x !== whole && x.token.kind === 'number' && isPartOf(x.key, whole.key));
    if (c) parts.push(c);
    else if (everyItem) return null;
  }
  return parts.length >= 2 ? parts : null;
}

/** Each part is followed in its item by a printed share, and those shares add up to about 100%: the list covers the whole. */
function sharesCoverWhole(d: Draft, items: Span[], parts: Count[]): boolean {
  if (parts.length !== items.length) return false;
  let sum = 0;
  for (const [k, item] of items.entries()) {
    const part = parts[k]!;
    const p = d.tokens.find((t) => t.kind === 'percent' && t.start >= part.end && t.end <= item.end);
    if (!p || d.counts.some((c) => c.start > part.end && c.end <= p.start)) return false;
    sum += p.num.value;
  }
  return Math.abs(sum - 100) <= 0.05 * items.length;
}

export function findLists(d: Draft): PartList[] {
  const out: PartList[] = [];
  d.sentences.forEach((s, si) => {
    const intros: { start: number; end: number; complete: boolean }[] = [];
    const re = new RegExp(INTRO.source, INTRO.flags);
    const body = d.text.slice(s.start, s.end);
    for (let m = re.exec(body); m; m = re.exec(body)) {
      intros.push({ start: s.start + m.index, end: s.start + m.index + m[0].length, complete: !/^trong/i.test(m[0]) });
    }
    intros.forEach((intro, k) => {
      const scope = { start: intro.end, end: intros[k + 1]?.start ?? s.end };
      const text = d.text.slice(scope.start, scope.end);
      const items = splitSpan(d.text, scope, text.includes(';') ? /;/g : /,(?!\d)|(?<![\p{L}])và(?![\p{L}])/gu);
      const before = countsIn(d, { start: s.start, end: intro.start }).reverse();
      let wholes: Count[];
      if (intro.complete) wholes = before.slice(0, 1);
      else if (before.length) wholes = before;
      else wholes = si > 0 ? countsIn(d, d.sentences[si - 1]!).reverse() : [];
      // A "gồm" list belongs to the count before it; "trong đó" may list the parts of several wholes at once
      // ("296 chi bộ với 7.101 đảng viên. Trong đó, 221 chi bộ … với 6.067 đảng viên; …").
      const found: PartList[] = [];
      for (const whole of wholes) {
        const parts = partsFor(d, whole, items, !intro.complete);
        if (!parts) continue;
        const sum = parts.reduce((a, p) => a + p.value, 0);
        const last = items.at(-1)!;
        const complete = intro.complete || sum === whole.value || /còn lại/iu.test(d.text.slice(last.start, last.end)) || sharesCoverWhole(d, items, parts);
        if (found.some((f) => f.parts.some((p) => parts.includes(p)))) continue;
        found.push({ whole, parts, items, complete, scope });
      }
      out.push(...found);
    });
  });
  return out;
}
