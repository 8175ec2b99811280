/** A .docx table with a real article's figures: every cell share and total checked, the wrong cells corrected in the copy. */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { checkDocxDraft, correctDocx, readDocx } from '../../check/docx.ts';
import { realTableDocx } from './fixtures.ts';

describe('a Word table of real figures', () => {
  it('checks every share cell and total, and corrects the share in the copy (the wrong total is reported)', async () => {
    const bytes = await realTableDocx();
    const draft = await readDocx(bytes);
    const claims = checkDocxDraft(draft).claims;
    expect(claims.filter((c) => c.kind !== 'format').map((c) => [c.kind, c.printed, c.ok, c.expected])).toEqual([
      ['share', '58,5%', true, '58,5%'],
      // 304 of 545 chi bộ (the article's whole) matches neither the printed total 546 nor the column's 543: not verifiable.
      ['share', '55,8%', null, '55,8%'],
      ['share', '36,7%', false, '36,6%'],
      ['share', '41,8%', true, '41,8%'],
      ['share', '4,9%', true, '4,9%'],
      ['share', '2,0%', true, '2,0%'],
      ['sum', '41', true, '41'],
      ['share', '100%', true, '100%'],
      ['sum', '546', false, '543'],
      ['share', '100%', true, '100%'],
    ]);
    const share = claims.find((c) => c.printed === '36,7%')!;
    expect(share.detail).toBe('15/41 = 36,5854…%');
    const out = await correctDocx(await readDocx(bytes), { text: draft.mapped.text, claims });
    const xml = await (await JSZip.loadAsync(out.bytes)).file('word/document.xml')!.async('string');
    const cells = [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]);
    expect(cells.filter((c) => /%$/.test(c!))).toEqual(['58,5%', '55,8%', '36,6%', '41,8%', '4,9%', '2,0%', '100%', '100%']);
    // The corrected copy checks clean but for the total, which a person must decide (which count is wrong?).
    const again = checkDocxDraft(await readDocx(out.bytes)).claims.filter((c) => c.ok === false);
    expect(again.map((c) => [c.kind, c.printed])).toEqual([['sum', '546']]);
  });
});
