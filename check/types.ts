/** What a check finds in a draft: claims, each judged, with the span of the draft it is about. */

export type ClaimKind = 'share' | 'sum' | 'count' | 'format';

export interface Span { start: number; end: number }

/** A replacement of one printed number, as offsets into the checked text. */
export interface Fix extends Span { text: string }

export interface Claim {
  kind: ClaimKind;
  /** The sentence fragment the claim is in, as printed. */
  text: string;
  printed: string;
  expected: string;
  ok: boolean;
  /** How it was judged, e.g. "6.067/7.101 = 85,4387…%". */
  detail: string;
  /** Where the printed figure is in the checked text: the part to highlight. */
  start: number;
  end: number;
  /** For wrong figures that have one right value: the change that corrects the draft. */
  fix?: Fix;
}

export interface CheckResult {
  /** The checked text (NFC); claim offsets point into it. */
  text: string;
  claims: Claim[];
}
