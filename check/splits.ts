/**
 * Rating splits: "41 tổ chức cơ sở Đảng. Qua đánh giá … có 24 … đạt trong sạch vững mạnh …; 15 …
 * hoàn thành tốt nhiệm vụ …, và 22 … hoàn thành nhiệm vụ": the units rated at each level add up to
 * the units rated. More than the whole is always wrong; less says nothing (some units may not have
 * been rated, or a level was written in words the checker does not know), so it is not reported.
 */
import { formatInt } from '../format/vi.ts';
import { containing, isAside, type Count, type Draft } from './model.ts';
import { fits } from './nouns.ts';
import { fragment } from './text.ts';
import type { Claim } from './types.ts';

/** The levels, longest first ("trong sạch vững mạnh tiêu biểu" is a level of its own in the older scale). */
const LEVELS: [RegExp, string][] = [
  [/trong sạch,? vững mạnh tiêu biểu/iu, 'tsvm-tb'],
  [/trong sạch,? vững mạnh|TSVM/u, 'tsvm'],
  [/không hoàn thành nhiệm vụ|chưa hoàn thành nhiệm vụ/iu, 'kht'],
  [/hoàn thành xuất sắc nhiệm vụ|HTXSNV/iu, 'htxs'],
  [/hoàn thành tốt nhiệm vụ|HTTNV/iu, 'htt'],
  // "11 Chi bộ thành nhiệm vụ" is how one article printed it.
  [/(?<!tốt |sắc )(hoàn )?thành nhiệm vụ|HTNV/iu, 'ht'],
  [/yếu kém/iu, 'yk'],
];

function levelAfter(d: Draft, c: Count, next: number): string | undefined {
  const after = d.text.slice(c.end, Math.min(next, c.end + 80));
  let best: { at: number; level: string } | undefined;
  for (const [re, level] of LEVELS) {
    const m = re.exec(after);
    if (m && (!best || m.index < best.at)) best = { at: m.index, level };
  }
  return best?.level;
}

export function splitClaims(d: Draft): Claim[] {
  const out: Claim[] = [];
  for (const line of d.lines) {
    const counts = d.counts.filter((c) => c.start >= line.start && c.end <= line.end && c.token.kind === 'number');
    const rated: { c: Count; level: string }[] = [];
    counts.forEach((c, k) => {
      if (isAside(d, c, c.start) && parenOfCount(d, c)) return;
      // "439 … đạt trong sạch vững mạnh (…), trong đó có 107 … tiêu biểu": nested, not a level beside the others.
      const prev = counts[k - 1];
      if (prev && /(?<![\p{L}])trong (đó|số đó)(?![\p{L}])/iu.test(d.text.slice(prev.end, c.start))) return;
      const level = levelAfter(d, c, counts[k + 1]?.start ?? line.end);
      if (level) rated.push({ c, level });
    });
    // A run of counts of one thing, each at a different level.
    const key = rated[0]?.c.key;
    if (!key || rated.length < 2) continue;
    const run = rated.filter((r) => fits(r.c.key, key) || fits(key, r.c.key));
    if (run.length < 2 || new Set(run.map((r) => r.level)).size !== run.length) continue;
    const first = run[0]!.c;
    const whole =
      d.counts
        .filter(
          (c) =>
            c.end <= first.start && c.start >= line.start && !run.some((r) => r.c === c) && !isAside(d, c, first.start) && fits(key, c.key),
        )
        .at(-1) ?? d.counts.find((c) => c.token.kind === 'fraction' && c.start >= line.start && c.end <= first.start && fits(key, c.key));
    // Or the number rated, stated in an earlier paragraph ("đã hoàn thành việc đánh giá … ở 117/120 tổ chức cơ sở Đảng").
    const ratedEarlier = whole
      ? undefined
      : d.counts
          .filter(
            (c) =>
              c.end <= first.start &&
              c.start >= first.start - 600 &&
              c.token.kind === 'fraction' &&
              fits(key, c.key) &&
              /đánh giá/iu.test(d.text.slice(Math.max(0, c.start - 60), c.end + 60)),
          )
          .at(-1);
    if (!whole && !ratedEarlier) continue;
    const w = (whole ?? ratedEarlier)!;
    const sum = run.reduce((a, r) => a + r.c.value, 0);
    if (sum < w.value) continue;
    const ok = sum === w.value;
    const last = run.at(-1)!.c;
    const sentence = containing(d.sentences, last.start);
    out.push({
      kind: 'sum',
      text: fragment(d.text, { start: w.start, end: sentence?.end ?? last.end }),
      printed: d.text.slice(w.start, w.end),
      expected: formatInt(sum),
      ok,
      detail: `${formatInt(w.value)} ${ok ? '=' : '≠'} ${run.map((r) => formatInt(r.c.value)).join(' + ')}${ok ? '' : ` = ${formatInt(sum)}`} (các mức xếp loại)`,
      basis: ok
        ? 'Các mức xếp loại cộng lại đúng bằng số được xếp loại.'
        : `Các mức xếp loại cộng lại ${formatInt(sum)}, nhiều hơn tổng số ${formatInt(w.value)}: có số lượng in sai.`,
      start: w.start,
      end: w.end,
    });
  }
  return out;
}

function parenOfCount(d: Draft, c: Count): boolean {
  return d.parens.some((p) => c.start > p.start && c.end < p.end);
}
