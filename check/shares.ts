/**
 * Shares: "6.067 đảng viên, chiếm 85,54%", "112/1.590 đảng viên, chiếm 7,04 %", "hơn 1/3".
 *
 * The principle (a false alarm costs more than a miss):
 * - a share is right when some plausible whole explains it: any count of the same thing (or, for
 *   people, of people) the text states, the list it is in, its own denominator — never a sibling;
 * - it is wrong only when none does AND the text determines its whole: its fraction, the list it is
 *   in, "M trong tổng số N", the whole its siblings use, a whole introduced as such ("có 7.101 đảng
 *   viên, trong đó"), or the one total of that thing stated before it. The correction uses that whole;
 * - otherwise it is not verifiable (`ok: null`, "không xác định được mẫu số"). So are shares that
 *   agree with each other on a whole the text does not print, and rating shares that add up to
 *   100% of a number rated the text does not give.
 * Every claim says, in words, which whole it used and why (`basis`).
 */
import { roundedPercentUnits } from '../format/shares.ts';
import { formatInt, formatPercentUnits } from '../format/vi.ts';
import { exactShareText } from './arithmetic.ts';
import type { Draft } from './model.ts';
import type { NumberToken } from './numbers.ts';
import type { PartList } from './lists.ts';
import { MEANING_TEXT } from './qualifiers.ts';
import { sharesOf, type Whole } from './share-parts.ts';
import { fragment } from './text.ts';
import type { Claim } from './types.ts';
import { candidates, commonUnstatedWhole, determined, explains, ratedWhole } from './wholes.ts';

export type { Whole } from './share-parts.ts';

function printedOf(d: Draft, t: NumberToken): string {
  return d.text.slice(t.start, t.end);
}

export function shareClaims(d: Draft, lists: PartList[]): Claim[] {
  const out: Claim[] = [];
  const shares = sharesOf(d);
  for (const s of shares) {
    const { t, q } = s;
    const ratio = t.kind === 'fraction';
    const shareEnd = Math.max(t.end, q?.end ?? t.end);
    const text = fragment(d.text, { start: s.from, end: d.text[shareEnd] === ')' ? shareEnd + 1 : shareEnd });
    const printed = q && q.word ? d.text.slice(q.start, q.end).replace(/\s+/g, ' ') : printedOf(d, t);
    const span = { start: q?.word ? q.start : t.start, end: q?.word ? q.end : t.end };
    const decimals = q ? 2 : t.num.decimals;
    const base = { kind: 'share' as const, text, printed, ...span };
    const meaning = q ? ` — ${MEANING_TEXT[q.meaning].trim()} ${ratio ? printedOf(d, t) : printedOf(d, t).replace(/\s/g, '')}` : '';
    const wholes = candidates(d, s, lists, shares);
    const D = determined(d, s, lists, shares);
    // The whole the text determines is the one to show when it explains the share; any plausible one will do otherwise.
    // A bound ("trên 30%") holds for many wholes: when the text determines one, only that one can confirm it.
    const good = D && explains(s, D.value) ? D : q && D ? undefined : wholes.find((w) => explains(s, w.value));
    const said = (w: Whole) => `${exactShareText(s.part.value, w.value)}${w.unstated ? ` (mẫu số: ${w.why})` : ''}`;
    if (good) {
      out.push({
        ...base,
        ok: true,
        expected: printed,
        detail: `${said(good)}${q ? ` — đúng với "${printed}"${meaning}` : ''}`,
        basis: `Mẫu số ${formatInt(good.value)}: ${good.why}.`,
      });
      continue;
    }
    const unknown = (why: string): Claim => ({
      ...base,
      ok: null,
      expected: printed,
      detail: `${formatInt(s.part.value)} trên ? — không xác định được mẫu số`,
      basis: `Không xác định được mẫu số: ${why}.`,
    });
    if (s.target) {
      const named = /^\s*(số|tổng số)(?![\p{L}])/iu.test(d.text.slice(t.end, t.end + 12));
      out.push(
        unknown(
          named
            ? 'tỷ lệ trên một tổng văn bản gọi tên nhưng không nêu bằng số'
            : 'tỷ lệ so với chỉ tiêu, kế hoạch hay một kỳ trước mà văn bản không nêu con số',
        ),
      );
      continue;
    }
    if (!D) {
      out.push(unknown('văn bản không nêu tổng số của nhóm này, không số nào trong văn bản cho đúng tỷ lệ in'));
      continue;
    }
    const common = commonUnstatedWhole(d, s, shares, lists);
    if (common !== undefined) {
      out.push(unknown(`các tỷ lệ cùng câu đều khớp một mẫu số văn bản không in (${formatInt(common)}), không phải ${formatInt(D.value)}`));
      continue;
    }
    const rated = ratedWhole(d, s, D);
    if (rated !== undefined) {
      out.push(
        unknown(
          `các mức trong câu cộng lại 100% trên số được đánh giá (khoảng ${formatInt(rated)}), văn bản không nêu số đó; ${formatInt(D.value)} là tổng số`,
        ),
      );
      continue;
    }
    const expected = formatPercentUnits(roundedPercentUnits(s.part.value, D.value, decimals), decimals);
    const claim: Claim = {
      ...base,
      ok: false,
      expected,
      detail: `${said(D)}${q ? ` — không đúng với "${printed}"${meaning}` : ''}`,
      basis: `Mẫu số ${formatInt(D.value)}: ${D.why}; không mẫu số nào hợp lý cho đúng "${printed}".`,
    };
    if (!q) claim.fix = { start: t.num.start, end: t.num.end, text: expected.slice(0, -1) };
    out.push(claim);
  }
  return out;
}

/** A share printed without qualifier, against the one whole a table gives it. */
export function plainShareClaim(d: Draft, t: NumberToken, part: number, wholes: Whole[], text: string): Claim {
  const dec = t.num.decimals;
  const good = wholes.find((w) => roundedPercentUnits(part, w.value, dec) === t.num.units);
  const w = good ?? wholes[0]!;
  const expected = formatPercentUnits(roundedPercentUnits(part, w.value, dec), dec);
  const claim: Claim = {
    kind: 'share',
    text,
    printed: printedOf(d, t),
    ok: !!good,
    expected,
    detail: `${exactShareText(part, w.value)}${wholes.length > 1 || w.unstated ? ` (mẫu số: ${w.why})` : ''}`,
    basis: `Mẫu số ${formatInt(w.value)}: ${w.why}.`,
    start: t.start,
    end: t.end,
  };
  if (!good) claim.fix = { start: t.num.start, end: t.num.end, text: expected.slice(0, -1) };
  return claim;
}
