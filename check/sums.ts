/** Sums: a stated whole must equal the parts listed for it ("44 = 26 + 18"). */
import { formatInt } from '../format/vi.ts';
import type { PartList } from './lists.ts';
import type { Count, Draft } from './model.ts';
import { nounEnd } from './model.ts';
import { fragment } from './text.ts';
import type { Claim } from './types.ts';

export function sumClaims(d: Draft, lists: PartList[]): Claim[] {
  // A list without a stated whole has nothing to add up to.
  return lists
    .filter((l): l is PartList & { whole: Count } => l.complete && l.whole !== null)
    .map((l) => {
      const sum = l.parts.reduce((a, p) => a + p.value, 0);
      const last = l.parts.at(-1)!;
      const ok = sum === l.whole.value;
      const eq = `${formatInt(l.whole.value)} ${ok ? '=' : '≠'} ${l.parts.map((p) => formatInt(p.value)).join(' + ')}${ok ? '' : ` = ${formatInt(sum)}`}`;
      return {
        kind: 'sum' as const,
        text: fragment(d.text, { start: l.whole.start, end: nounEnd(d.text, last.end, l.scope.end) }),
        printed: d.text.slice(l.whole.start, l.whole.end),
        expected: formatInt(sum),
        ok,
        detail: `${eq} (${l.whole.key})`,
        start: l.whole.start,
        end: l.whole.end,
      };
    });
}
