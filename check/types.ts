/** What a check finds in a draft: claims, each judged, with the span of the draft it is about. */

export type ClaimKind = 'share' | 'sum' | 'count' | 'format';

export interface Span {
  start: number;
  end: number;
}

/** A replacement of one printed number, as offsets into the checked text. */
export interface Fix extends Span {
  text: string;
}

export interface Claim {
  kind: ClaimKind;
  /** The sentence fragment the claim is in, as printed. */
  text: string;
  printed: string;
  expected: string;
  /** Right, wrong, or null: the text does not let anyone check it (a share whose whole it does not determine). */
  ok: boolean | null;
  /** How it was judged, e.g. "6.067/7.101 = 85,4387…%". */
  detail: string;
  /** In words, what it was compared with and why: "Mẫu số 7.101: tổng số nêu trước danh sách (7.101 đảng viên)." */
  basis?: string;
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
  /** The year the draft speaks of, when it says ("Năm 2019", "tính đến 31/12/2019"). */
  draftYear?: number;
}
