/** check.draft and check.fix through dispatch, on a real copy of the demo database. */
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { createCtx, createSession } from '../../api/session.ts';
import { dispatch } from '../../api/dispatch.ts';
import type { Ctx } from '../../core/context.ts';
import { demoCopy } from '../helpers/db.ts';

const seed = readFileSync(new URL('../fixtures/seed-quoc-oai.txt', import.meta.url), 'utf8');

describe('check.* through the contract', () => {
  let ctx: Ctx;
  beforeEach(() => {
    ctx = createCtx(createSession(demoCopy()), { kind: 'cli' });
  });

  it('lists every claim with spans to highlight in the returned text', async () => {
    const r = await dispatch(ctx, 'check.draft', { text: seed }, { checkOutput: true });
    expect(r.summary).toEqual({ claims: 7, wrong: 4, unverified: 0, year: null, draftYear: null });
    expect(r.spans).toHaveLength(7);
    for (const s of r.spans) expect(r.text.slice(s.start, s.end)).toBe(r.claims[s.claim]!.printed);
    expect(r.spans.filter((s) => !s.ok).map((s) => r.text.slice(s.start, s.end))).toEqual(['85,54%', '6.65%', '6.65%', '6,21%']);
  });

  it('compares counts with the year in the database: 221 chi bộ in the draft, 220 after one is dissolved', async () => {
    const before = await dispatch(ctx, 'check.draft', { text: seed, year: 2019 });
    expect(before.claims.filter((c) => c.kind === 'count').map((c) => [c.printed, c.ok])).toEqual([
      ['44', true],
      ['26', true],
      ['18', true],
      ['7.101', true],
      ['221', true],
      ['6.067', true],
      ['45', true],
      ['474', true],
      ['12', true],
      ['114', true],
      ['18', true],
      ['446', true],
    ]);
    // Dissolve one chi bộ under a đảng bộ xã: the database now has 220.
    const units = await dispatch(ctx, 'units.list', { year: 2019 });
    const xa = units.find((u) => u.kind === 'baseCommittee' && u.sector === 'xa-thi-tran')!;
    const cell = units.find((u) => u.kind === 'cell' && u.parentId === xa.id)!;
    await dispatch(ctx, 'units.dissolve', { year: 2019, unitId: cell.id });
    const after = await dispatch(ctx, 'check.draft', { text: seed, year: 2019 });
    const c221 = after.claims.find((c) => c.kind === 'count' && c.printed === '221')!;
    expect(c221).toMatchObject({ ok: false, expected: '220' });
    expect(c221.detail).toContain('220 chi bộ trực thuộc đảng bộ xã, thị trấn');
    expect(after.claims.find((c) => c.kind === 'count' && c.printed === '45')!.ok).toBe(true);
  });

  it('does not compare a narrowed count ("11 chi bộ đạt …", "2.000 đảng viên nữ") with the size of the group', async () => {
    const text =
      'Đảng bộ có 296 chi bộ với 7.101 đảng viên, trong đó 11 chi bộ đạt hoàn thành xuất sắc nhiệm vụ; 2.000 đảng viên nữ; nữ có 2.130 đồng chí; 40 chi bộ.';
    const r = await dispatch(ctx, 'check.draft', { text, year: 2019 });
    expect(r.claims.filter((c) => c.kind === 'count').map((c) => [c.printed, c.ok])).toEqual([
      ['296', true],
      ['7.101', true],
    ]);
    const wrong = await dispatch(ctx, 'check.draft', { text: text.replace('296', '290'), year: 2019 });
    expect(wrong.claims.find((c) => c.kind === 'count' && c.printed === '290')).toMatchObject({ ok: false, expected: '296' });
    expect(wrong.claims.find((c) => c.printed === '290')!.fix).toBeUndefined();
  });

  it('says which years exist when the year is missing, and refuses an input with both or neither draft', async () => {
    await expect(dispatch(ctx, 'check.draft', { text: seed, year: 2030 })).rejects.toThrow(
      /không có số liệu năm 2030 \(có các năm 2017, 2018, 2019\)/,
    );
    await expect(dispatch(ctx, 'check.draft', {})).rejects.toThrow(/Cần đúng một trong hai/);
    await expect(dispatch(ctx, 'check.draft', { text: 'a', docx: 'UEs=' })).rejects.toThrow(/Cần đúng một trong hai/);
    await expect(dispatch(ctx, 'check.draft', { docx: Buffer.from('not a zip').toString('base64'), name: 'x.docx' })).rejects.toThrow(
      /Không mở được "x.docx"/,
    );
  });

  it('check.fix corrects a pasted text', async () => {
    const r = await dispatch(ctx, 'check.fix', { text: seed, name: 'bai-viet.txt' }, { checkOutput: true });
    expect(r.name).toBe('bai-viet-da-sua.txt');
    expect(r.base64).toBeNull();
    expect(r.changes.map((c) => [c.printed, c.replacement])).toEqual([
      ['85,54', '85,44'],
      ['6.65', '6,68'],
      ['6,21', '6,28'],
    ]);
    expect(r.text).toBe(seed.normalize('NFC').replace('85,54%', '85,44%').replace('6.65%', '6,68%').replace('6,21%', '6,28%'));
  });
});
