/** Figures not printed the Vietnamese way (thousands ".", decimals ","): "6.65%" must read "6,65%". */
import { containing, type Draft } from './model.ts';
import { fragment } from './text.ts';
import type { Claim } from './types.ts';

export function formatClaims(d: Draft): Claim[] {
  const out: Claim[] = [];
  for (const t of d.tokens) {
    for (const n of t.den ? [t.num, t.den] : [t.num]) {
      if (!n.formatIssue) continue;
      const unit = t.kind === 'percent' ? '%' : '';
      const clause = containing(d.clauses, n.start) ?? { start: 0, end: d.text.length };
      const from = n.start - clause.start > 80 ? d.text.indexOf(' ', n.start - 80) + 1 : clause.start;
      out.push({
        kind: 'format',
        text: fragment(d.text, { start: from, end: t.end }),
        printed: `${n.raw}${unit}`,
        expected: `${n.formatIssue.expected}${unit}`,
        ok: false,
        detail: `Số "${n.raw}" ${n.formatIssue.why}.`,
        start: n.start,
        end: unit ? t.end : n.end,
        fix: { start: n.start, end: n.end, text: n.formatIssue.expected },
      });
    }
  }
  return out;
}
