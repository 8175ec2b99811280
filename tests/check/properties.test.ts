/** Properties over many generated drafts: right shares pass, shares off by one unit are caught and corrected, wherever the runs split. */
import fc from 'fast-check';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../check/check.ts';
import { checkDocxDraft, correctDocx, readDocx } from '../../check/docx.ts';
import { scanNumbers } from '../../check/numbers.ts';
import { formatInt, formatPercentUnits } from '../../format/vi.ts';
import { roundedPercentUnits } from '../../format/shares.ts';

const case_ = fc
  .record({
    whole: fc.integer({ min: 1, max: 2_000_000 }),
    frac: fc.double({ min: 0, max: 1, noNaN: true }),
    decimals: fc.integer({ min: 0, max: 3 }),
  })
  .map(({ whole, frac, decimals }) => ({ whole, part: Math.floor(whole * frac), decimals }));

const sentence = (whole: number, part: number, share: string) =>
  `Đảng bộ có ${formatInt(whole)} đảng viên, trong đó ${formatInt(part)} đảng viên nữ, chiếm ${share}.`;

describe('properties', () => {
  it('a share printed as the half-up rounding passes; one unit off is flagged with the rounding', () => {
    fc.assert(
      fc.property(case_, fc.boolean(), ({ whole, part, decimals }, up) => {
        const right = roundedPercentUnits(part, whole, decimals);
        const ok = checkText(sentence(whole, part, formatPercentUnits(right, decimals))).claims;
        expect(ok.map((c) => [c.kind, c.ok])).toEqual([['share', true]]);
        const off = up || right === 0 ? right + 1 : right - 1;
        const bad = checkText(sentence(whole, part, formatPercentUnits(off, decimals))).claims;
        expect(bad.map((c) => [c.kind, c.ok, c.expected])).toEqual([['share', false, formatPercentUnits(right, decimals)]]);
      }),
      { numRuns: 300 },
    );
  });

  it('reads back every number written the Vietnamese way, and flags the English way', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999 }), fc.integer({ min: 0, max: 3 }), (n, decimals) => {
        const [count] = scanNumbers(`có ${formatInt(n)} đảng viên`);
        expect(count!.num).toMatchObject({ value: n, decimals: 0 });
        expect(count!.num.formatIssue).toBeUndefined();
        const units = n % 10_001;
        const [pct] = scanNumbers(`chiếm ${formatPercentUnits(units, decimals)}`);
        expect(pct).toMatchObject({ kind: 'percent', num: { units, decimals } });
        expect(pct!.num.formatIssue).toBeUndefined();
        if (n >= 1000) {
          const english = n.toLocaleString('en-US');
          expect(scanNumbers(`có ${english} đảng viên`)[0]!.num).toMatchObject({ value: n, formatIssue: { expected: formatInt(n) } });
        }
      }),
      { numRuns: 500 },
    );
  });

  it('the corrected .docx reads as the corrected text however the runs split the sentence', async () => {
    await fc.assert(
      fc.asyncProperty(case_, fc.array(fc.nat(), { minLength: 1, maxLength: 4 }), async ({ whole, part, decimals }, cuts) => {
        const right = roundedPercentUnits(part, whole, decimals);
        const wrongText = sentence(whole, part, formatPercentUnits(right + 1, decimals));
        const at = [...new Set(cuts.map((c) => c % wrongText.length))].sort((a, b) => a - b);
        const pieces = [0, ...at, wrongText.length]
          .slice(0, -1)
          .map((s, k, all) => wrongText.slice(s, all[k + 1] ?? wrongText.length))
          .filter(Boolean);
        const doc = new Document({
          sections: [{ children: [new Paragraph({ children: pieces.map((t, k) => new TextRun({ text: t, bold: k % 2 === 1 })) })] }],
        });
        const bytes = await Packer.toBuffer(doc);
        const draft = await readDocx(bytes);
        const out = await correctDocx(draft, checkDocxDraft(draft));
        const again = await readDocx(out.bytes);
        expect(again.mapped.text.trim()).toBe(sentence(whole, part, formatPercentUnits(right, decimals)));
        expect(again.runs.text.length).toBeGreaterThan(0);
      }),
      { numRuns: 40 },
    );
  });
});
