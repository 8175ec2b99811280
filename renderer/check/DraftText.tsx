/** The checked text with every recognized figure marked: wrong ones red, right ones green, unverifiable ones dashed; the correct value on hover. */
import { Fragment } from 'react';
import type { Out } from '../api.ts';

type Result = Out<'check.draft'>;

const KIND: Record<string, string> = { share: 'Tỷ lệ', sum: 'Tổng', count: 'Số lượng', format: 'Cách viết số' };

export function claimNote(c: Result['claims'][number]): string {
  if (c.ok === null) return `${KIND[c.kind]}: không kiểm được — ${c.basis ?? c.detail}`;
  return c.ok
    ? `${KIND[c.kind]}: đúng — ${c.detail}`
    : `${KIND[c.kind]}: sai, đúng là ${c.expected} — ${c.detail}${c.basis ? `\n${c.basis}` : ''}`;
}

const LOOK = {
  wrong: { cls: 'claim claim-wrong', bg: '#fde2e1', line: '#c0392b' },
  unverified: { cls: 'claim claim-unverified', bg: '#f3f0e0', line: '#8a7a2c' },
  ok: { cls: 'claim claim-ok', bg: '#e3f4e5', line: '#2e7d32' },
};

/** Cuts the text at every span boundary; a piece covered by several claims (a wrong share that is also badly written) shows them all. */
export function DraftText({ result }: { result: Result }) {
  const cuts = new Set<number>([0, result.text.length]);
  for (const s of result.spans) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
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
        const look = p.claims.some((c) => c.ok === false) ? LOOK.wrong : p.claims.some((c) => c.ok === null) ? LOOK.unverified : LOOK.ok;
        return (
          <mark
            key={p.start}
            className={look.cls}
            title={p.claims.map(claimNote).join('\n')}
            aria-label={`${text}: ${p.claims.map(claimNote).join('; ')}`}
            tabIndex={0}
            style={{
              background: look.bg,
              borderBottom: `2px ${look === LOOK.unverified ? 'dashed' : 'solid'} ${look.line}`,
              color: 'inherit',
              padding: '0 1px',
            }}
          >
            {text}
          </mark>
        );
      })}
    </div>
  );
}
