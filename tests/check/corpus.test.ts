/**
 * The checker on real published texts nobody here wrote: no false alarm at all, and at least
 * 90% of the wrong shares caught with the value worked out by hand (tests/fixtures/real).
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus, measure, patternTable } from './corpus.ts';

const corpus = loadCorpus();
const { outcomes, falseAlarms } = measure(corpus);

describe('the real-text corpus', () => {
  it('holds at least 30 texts with hand labels of every kind', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(30);
    for (const v of ['right', 'wrong', 'unverifiable'] as const)
      expect(outcomes.filter((o) => o.label.verdict === v).length).toBeGreaterThan(5);
  });

  it('raises no false alarm: no right or unverifiable figure flagged, nothing flagged that is not labelled wrong', () => {
    const shown = falseAlarms.map(
      (a) =>
        `${a.text}: ${a.claim.kind} ${a.claim.printed} → ${a.claim.expected} (${a.claim.detail})${a.label ? ` — nhãn: ${a.label.verdict}` : ' — không có nhãn'}`,
    );
    expect(shown).toEqual([]);
  });

  it('catches at least 90% of the wrong shares with the right correction', () => {
    const wrong = outcomes.filter((o) => o.label.verdict === 'wrong' && o.label.kind === 'share');
    const caught = wrong.filter((o) => o.corrected);
    const missed = wrong
      .filter((o) => !o.corrected)
      .map(
        (o) =>
          `${o.text}: ${o.label.printed} → ${o.label.expected} (checker: ${o.claim ? `${o.claim.ok} ${o.claim.expected} ${o.claim.detail}` : 'không nhận ra'})`,
      );
    console.log(`wrong shares caught with the right value: ${caught.length}/${wrong.length}\n${missed.join('\n')}`);
    expect(caught.length / wrong.length).toBeGreaterThanOrEqual(0.9);
  });

  it('never flags a claim that cannot be verified, and reports precision and recall per pattern', () => {
    const unv = outcomes.filter((o) => o.label.verdict === 'unverifiable');
    expect(unv.filter((o) => o.said === false)).toEqual([]);
    const flagged = outcomes.filter((o) => o.said === false).length + falseAlarms.filter((a) => !a.label).length;
    const truePos = outcomes.filter((o) => o.label.verdict === 'wrong' && o.said === false).length;
    console.log(
      `${corpus.length} texts, ${outcomes.length} labelled claims; precision ${truePos}/${flagged}, recall ${truePos}/${outcomes.filter((o) => o.label.verdict === 'wrong').length}\n${patternTable(outcomes)}`,
    );
    expect(truePos).toBe(flagged);
  });
});
