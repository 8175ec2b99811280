/**
 * The real-text corpus (tests/fixtures/real): each published excerpt with its hand labels, and
 * the comparison of what `checkText` says with what a person worked out by hand.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { checkText } from '../../check/check.ts';
import type { Claim } from '../../check/types.ts';

export type Verdict = 'right' | 'wrong' | 'unverifiable';

export interface Label {
  kind: 'share' | 'sum' | 'format';
  /** A unique piece of the text around the printed figure. */
  at: string;
  printed: string;
  verdict: Verdict;
  expected?: string;
  patterns: number[];
  why: string;
}

export interface CorpusText {
  id: string;
  text: string;
  year?: number;
  labels: Label[];
}

const DIR = new URL('../fixtures/real/', import.meta.url);

export function loadCorpus(): CorpusText[] {
  return readdirSync(DIR)
    .filter((f) => /^\d{3}\.txt$/.test(f))
    .sort()
    .map((f) => {
      const id = f.slice(0, 3);
      const labels = JSON.parse(readFileSync(new URL(`${id}.labels.json`, DIR), 'utf8')) as { year?: number; claims: Label[] };
      return {
        id,
        text: readFileSync(new URL(f, DIR), 'utf8').normalize('NFC'),
        labels: labels.claims,
        ...(labels.year ? { year: labels.year } : {}),
      };
    });
}

/** Where the label's figure is printed in the text. */
export function labelOffset(t: CorpusText, l: Label): number {
  const at = t.text.indexOf(l.at);
  const inner = l.at.indexOf(l.printed);
  return at + (inner >= 0 ? inner : 0);
}

const norm = (s: string) => s.replace(/[\s\u00a0]/g, '');

export interface Outcome {
  text: string;
  label: Label;
  claim?: Claim;
  /** The checker's verdict: true, false, null (not verifiable) or undefined (not reported). */
  said: boolean | null | undefined;
  /** For wrong figures: flagged with the value worked out by hand. */
  corrected: boolean;
}

export interface Alarm {
  text: string;
  claim: Claim;
  label?: Label;
}

export function measure(corpus: CorpusText[]): { outcomes: Outcome[]; falseAlarms: Alarm[]; claims: number } {
  const outcomes: Outcome[] = [];
  const falseAlarms: Alarm[] = [];
  let claims = 0;
  for (const t of corpus) {
    const r = checkText(t.text);
    claims += r.claims.length;
    const matched = new Set<Claim>();
    for (const l of t.labels) {
      const at = labelOffset(t, l);
      const c = r.claims.find((x) => x.kind === l.kind && x.start <= at && at < Math.max(x.end, x.start + 1));
      if (c) matched.add(c);
      const said = c ? c.ok : undefined;
      outcomes.push({
        text: t.id,
        label: l,
        ...(c ? { claim: c } : {}),
        said,
        corrected: !!c && c.ok === false && l.expected !== undefined && norm(c.expected) === norm(l.expected),
      });
      if (c && c.ok === false && l.verdict !== 'wrong') falseAlarms.push({ text: t.id, claim: c, label: l });
    }
    for (const c of r.claims) if (!matched.has(c) && c.ok === false) falseAlarms.push({ text: t.id, claim: c });
  }
  return { outcomes, falseAlarms, claims };
}

/** Per pattern of the issue (and one row for all): labelled claims by verdict, and what the checker did with them. */
export function patternTable(outcomes: Outcome[]): string {
  const rows: string[] = [
    '| pattern | claims | right | wrong | not verifiable | right confirmed | wrong caught & corrected | not verifiable left unflagged |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
  ];
  const line = (name: string, os: Outcome[]) => {
    const by = (v: Verdict) => os.filter((o) => o.label.verdict === v);
    rows.push(
      `| ${name} | ${os.length} | ${by('right').length} | ${by('wrong').length} | ${by('unverifiable').length} | ${by('right').filter((o) => o.said === true).length} | ${by('wrong').filter((o) => o.corrected).length} | ${by('unverifiable').filter((o) => o.said !== false).length} |`,
    );
  };
  for (let p = 1; p <= 10; p++)
    line(
      String(p),
      outcomes.filter((o) => o.label.patterns.includes(p)),
    );
  for (const k of ['share', 'sum', 'format'] as const)
    line(
      `all ${k}`,
      outcomes.filter((o) => o.label.kind === k),
    );
  line('all', outcomes);
  return rows.join('\n');
}
