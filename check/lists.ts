/**
 * Lists of parts that make up a whole: "44 tổ chức cơ sở đảng, gồm 26 đảng bộ cơ sở và
 * 18 chi bộ cơ sở", or "… 7.101 đảng viên. Trong đó, 221 chi bộ … với 6.067 đảng viên …; …".
 * A "trong đó" list whose whole the text does not state is still a list: its parts are siblings,
 * never one another's whole, and when they cover the whole their sum is it.
 */
import { countsIn, isAside, parenOf, tokensIn, type Count, type Draft } from './model.ts';
import { commonWhole, isPartOf } from './nouns.ts';
import { trimSpan, words } from './text.ts';
import type { Span } from './types.ts';

export interface PartList {
  /** The whole stated before the list; null when the text lists the parts without it. */
  whole: Count | null;
  /** What the whole counts (the parts count it or a narrower thing). */
  key: string;
  parts: Count[];
  items: Span[];
  /** "gồm" names every part; "trong đó" may name only some, unless the text shows it names all. */
  complete: boolean;
  scope: Span;
  /** Its items are traits that overlap ("nữ", "dân tộc thiểu số", "đoàn viên"): not a partition, never summed. */
  overlapping?: boolean;
}

/** Wholes that consist of exactly these kinds: a "trong đó" list naming one count of each names them all. */
const PARTITIONS: Record<string, string[][]> = {
  'tổ chức cơ sở đảng': [
    ['đảng bộ cơ sở', 'đảng bộ'],
    ['chi bộ cơ sở', 'chi bộ'],
  ],
  'đảng viên': [
    ['đảng viên chính thức', 'chính thức'],
    ['đảng viên dự bị', 'dự bị'],
  ],
};

function coversPartition(key: string, parts: Count[]): boolean {
  const classes = PARTITIONS[key];
  return !!classes && parts.length === classes.length && classes.every((names) => parts.filter((p) => names.includes(p.key)).length === 1);
}

function overlapping(d: Draft, items: Span[]): boolean {
  return items.some((i) => TRAIT.test(d.text.slice(i.start, i.end)));
}

/** Splits at the separators outside brackets: "248 đảng bộ cơ sở (14 đảng bộ bộ phận và 2.370 chi bộ trực thuộc) và 229 chi bộ cơ sở" is two items. */
function splitOutside(d: Draft, scope: Span, sep: RegExp): Span[] {
  const inner = (at: number) => {
    const p = parenOf(d, at);
    return !!p && !(scope.start > p.start && scope.start < p.end);
  };
  const text = d.text.slice(scope.start, scope.end);
  const out: Span[] = [];
  let start = scope.start;
  const re = new RegExp(sep.source, sep.flags.includes('g') ? sep.flags : `${sep.flags}g`);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const at = scope.start + m.index;
    if (inner(at)) continue;
    out.push({ start, end: at });
    start = at + m[0].length;
  }
  out.push({ start, end: scope.end });
  return out.map((x) => trimSpan(d.text, x)).filter((x) => x.end > x.start);
}

/** Items of a list: by semicolons, or by commas and "và" when the first semicolon item already holds several parts. */
function itemsOf(d: Draft, scope: Span, key: string | null): Span[] {
  const text = d.text.slice(scope.start, scope.end);
  const byComma = (s: Span) => splitOutside(d, s, /,(?!\d)|(?<![\p{L}])và(?![\p{L}])/gu);
  if (!text.includes(';')) return byComma(scope);
  if (key === null) return splitOutside(d, scope, /;/g);
  const items = splitOutside(d, scope, /;/g);
  const first = items[0]!;
  const fitting = countsIn(d, first).filter(
    (c) => c.token.kind === 'number' && (key === null || isPartOf(c.key, key)) && !isAside(d, c, scope.start),
  );
  return fitting.length >= 2 ? byComma(first) : items;
}

const COMPLETE = ['bao gồm', 'gồm có', 'gồm', 'chia ra', 'chia thành', 'cụ thể là', 'cụ thể'];
const SOME = ['trong số đó', 'trong đó'];
const INTRO = words([...COMPLETE, ...SOME]);

// "với 3.069 chi bộ trực thuộc", "tăng 3 tổ chức …": said of the item before, not an item of the list.
const NOT_AN_ITEM = /^(với|tăng|giảm|nâng|đưa)(?![\p{L}])/iu;
// Traits that overlap (a member can be a woman, of an ethnic minority and a Youth Union member at once): never a partition.
const TRAIT = /(?<![\p{L}])(dân tộc|DTTS|đồng bào|tôn giáo|có đạo|đoàn viên|tuổi đoàn|độ tuổi|thanh niên|dưới \d+ tuổi|trẻ)(?![\p{L}])/iu;

function partsFor(d: Draft, key: string, whole: Count | null, items: Span[], everyItem: boolean, anchor: number): Count[] | null {
  const parts: Count[] = [];
  for (const item of items) {
    if (NOT_AN_ITEM.test(d.text.slice(item.start, item.end))) continue;
    // "… các ủy viên chính thức và ủy viên dự khuyết khóa XII": a piece of the item before, with no figure of its own.
    if (!countsIn(d, item).length) continue;
    const c = countsIn(d, item).find((x) => x !== whole && x.token.kind === 'number' && isPartOf(x.key, key) && !isAside(d, x, anchor));
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

/** The count a share printed in the item is of: the last count before the share ("6.067 đảng viên chiếm 85,54%"). */
function countWithShare(d: Draft, item: Span): Count | undefined {
  const share = tokensIn(d, item).find((t) => t.kind === 'percent');
  return share ? countsIn(d, { start: item.start, end: share.start }).at(-1) : undefined;
}

/**
 * A "trong đó" list with no whole stated for it ("Trong đó, 221 chi bộ … với 6.067 đảng viên chiếm
 * 85,54%; …" alone): the parts are the counts its shares are of, one in every item. It is complete
 * only when the text shows it (shares adding up to about 100%, or a last item "còn lại"); then the
 * sum of the parts is the whole. Otherwise nothing says what the whole is.
 */
function listWithoutWhole(d: Draft, items: Span[], taken: Set<Count>, scope: Span): PartList | null {
  const withShare = items.map((i) => countWithShare(d, i)).filter((c): c is Count => !!c);
  const key = withShare.length ? commonWhole(withShare.map((c) => c.key)) : null;
  if (!key) return null;
  const parts = partsFor(d, key, null, items, true, scope.start);
  if (!parts || parts.some((p) => taken.has(p))) return null;
  const last = items.at(-1)!;
  const complete = /còn lại/iu.test(d.text.slice(last.start, last.end)) || sharesCoverWhole(d, items, parts);
  return { whole: null, key, parts, items, complete, scope };
}

export function findLists(d: Draft): PartList[] {
  const out: PartList[] = [];
  d.sentences.forEach((s, si) => {
    const intros: { start: number; end: number; complete: boolean; paren?: Span }[] = [];
    const re = new RegExp(INTRO.source, INTRO.flags);
    const body = d.text.slice(s.start, s.end);
    for (let m = re.exec(body); m; m = re.exec(body)) {
      const start = s.start + m.index;
      const paren = parenOf(d, start);
      intros.push({ start, end: start + m[0].length, complete: !/^trong/i.test(m[0]), ...(paren ? { paren } : {}) });
    }
    intros.forEach((intro, k) => {
      // A list opened inside brackets ends with them; one outside them runs to the next list opened outside them.
      const nextOuter = intros.slice(k + 1).find((o) => !o.paren || (intro.paren && o.paren.start === intro.paren.start));
      const scope = { start: intro.end, end: Math.min(intro.paren ? intro.paren.end - 1 : s.end, nextOuter?.start ?? s.end) };
      const before = countsIn(d, { start: s.start, end: intro.start })
        .reverse()
        .filter((c) => !isAside(d, c, intro.start));
      let wholes: Count[];
      if (intro.complete) wholes = before.slice(0, 1);
      else if (before.length) wholes = before;
      else
        wholes =
          si > 0
            ? countsIn(d, d.sentences[si - 1]!)
                .reverse()
                .filter((c) => !parenOf(d, c.start))
            : [];
      // A "gồm" list belongs to the count before it; "trong đó" may list the parts of several wholes at once
      // ("296 chi bộ với 7.101 đảng viên. Trong đó, 221 chi bộ … với 6.067 đảng viên; …").
      const found: PartList[] = [];
      for (const whole of wholes) {
        const items = itemsOf(d, scope, whole.key);
        const parts = partsFor(d, whole.key, whole, items, !intro.complete, intro.start);
        if (!parts) continue;
        const sum = parts.reduce((a, p) => a + p.value, 0);
        const last = items.at(-1)!;
        const over = overlapping(d, items) && !(sum === whole.value);
        const complete =
          !over &&
          (intro.complete ||
            sum === whole.value ||
            /còn lại/iu.test(d.text.slice(last.start, last.end)) ||
            sharesCoverWhole(d, items, parts) ||
            coversPartition(whole.key, parts));
        if (found.some((f) => f.parts.some((p) => parts.includes(p)))) continue;
        found.push({ whole, key: whole.key, parts, items, complete, scope, ...(over ? { overlapping: true } : {}) });
      }
      if (!intro.complete) {
        const items = itemsOf(d, scope, null);
        const bare = listWithoutWhole(d, items, new Set(found.flatMap((f) => f.parts)), scope);
        if (bare && !overlapping(d, items)) found.push(bare);
      }
      out.push(...found);
    });
  });
  return out;
}
