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
        basis: ok
          ? `Các phần của danh sách cộng lại đúng bằng tổng số nêu trước nó (${formatInt(l.whole.value)}).`
          : `Danh sách nêu đủ các phần của ${formatInt(l.whole.value)} ${l.whole.key} nhưng cộng lại ${formatInt(sum)}: tổng hoặc một phần in sai, cần người sửa.`,
        start: l.whole.start,
        end: l.whole.end,
      };
    });
}
