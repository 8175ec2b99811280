/** The checked text with every recognized figure marked: wrong ones red, right ones green; the correct value on hover. */
import { Fragment } from 'react';
import type { Out } from '../api.ts';

type Result = Out<'check.draft'>;

const KIND: Record<string, string> = { share: 'Tỷ lệ', sum: 'Tổng', count: 'Số lượng', format: 'Cách viết số' };

export function claimNote(c: Result['claims'][number]): string {
  return c.ok ? `${KIND[c.kind]}: đúng — ${c.detail}` : `${KIND[c.kind]}: sai, đúng là ${c.expected} — ${c.detail}`;
}

/** Cuts the text at every span boundary; a piece covered by several claims (a wrong share that is also badly written) shows them all. */
export function DraftText({ result }: { result: Result }) {
  const cuts = new Set<number>([0, result.text.length]);
  for (const s of result.spans) { cuts.add(s.start); cuts.add(s.end); }
  const at = [...cuts].sort((a, b) => a - b);
  const pieces = at.slice(0, -1).map((start, k) => {
    const end = at[k + 1]!;
    const covering = result.spans.filter((s) => s.start <= start && s.end >= end && s.end > s.start);
    return { start, end, claims: covering.map((s) => result.claims[s.claim]!) };
  });
  return (
    <div className="draft-text" data-testid="draft-text" style={{ whiteSpace: 'pre-wrap', lineHeight: 1.6, maxWidth: '52rem' }}>
      {pieces.map((p) => {
        const text = result.text.slice(p.start, p.end);
        if (!p.claims.length) return <Fragment key={p.start}>{text}</Fragment>;
        const bad = p.claims.some((c) => !c.ok);
        return (
          <mark
            key={p.start}
            className={bad ? 'claim claim-wrong' : 'claim claim-ok'}
            title={p.claims.map(claimNote).join('\n')}
            aria-label={`${text}: ${p.claims.map(claimNote).join('; ')}`}
            tabIndex={0}
            style={{ background: bad ? '#fde2e1' : '#e3f4e5', borderBottom: `2px solid ${bad ? '#c0392b' : '#2e7d32'}`, color: 'inherit', padding: '0 1px' }}
          >
            {text}
          </mark>
        );
      })}
    </div>
  );
}
