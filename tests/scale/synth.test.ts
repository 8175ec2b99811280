/** The province generator: deterministic for a seed, the requested sizes, the shapes of real data. */
import { afterAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import type { DB } from '../../db/open.ts';
import { listLineage, listUnits } from '../../db/units.ts';
import { headline } from '../../stats/headline.ts';
import { checkYear } from '../../stats/consistency.ts';
import { breakdown } from '../../stats/breakdown.ts';
import { committeeMembers } from '../../db/committee.ts';
import { SMALL, smallProvince } from './helpers.ts';

function fingerprint(db: DB): string {
  const h = createHash('sha256');
  for (const t of ['unit', 'unit_year', 'figure', 'unit_rating', 'member_rating', 'committee_member', 'lineage_event']) {
    const rows = db
      .prepare(`SELECT * FROM ${t}`)
      .raw()
      .all()
      .map((r) => JSON.stringify(r))
      .sort();
    h.update(`${t}:${rows.length}:${rows.join('\n')}`);
  }
  return h.digest('hex');
}

describe('synthetic province', () => {
  const a = smallProvince();
  const b = smallProvince();
  const c = smallProvince({ ...SMALL, seed: 9 });
  afterAll(() => {
    a.db.close();
    b.db.close();
    c.db.close();
  });

  it('is the same for the same seed and different for another', () => {
    expect(fingerprint(a.db)).toBe(fingerprint(b.db));
    expect(fingerprint(a.db)).not.toBe(fingerprint(c.db));
  });

  it('has the requested units in the first year and members in the last, growing year by year', () => {
    const years = a.summary.years;
    expect(years.map((y) => y.year)).toEqual([2022, 2023, 2024, 2025]);
    expect(listUnits(a.db, 2022)).toHaveLength(SMALL.units);
    const members = years.map((y) => headline(a.db, y.year).members);
    expect(members[members.length - 1]).toBe(SMALL.members);
    for (let i = 1; i < members.length; i++) expect(members[i]!).toBeGreaterThan(members[i - 1]!);
  });

  it('has every kind of unit, cells of many types, and figures that pass the consistency checks', () => {
    const units = listUnits(a.db, 2025);
    const kinds = new Set(units.map((u) => u.kind));
    expect([...kinds].sort()).toEqual(['baseCell', 'baseCommittee', 'cell', 'committee', 'subCommittee']);
    expect(new Set(units.map((u) => u.unitType).filter(Boolean)).size).toBeGreaterThanOrEqual(8);
    expect(checkYear(a.db, 2025).filter((i) => i.kind !== 'missing')).toEqual([]);
    const h = headline(a.db, 2025);
    expect(h.probationary / h.members).toBeGreaterThan(0.01);
    expect(h.probationary / h.members).toBeLessThan(0.08);
    const women = breakdown(a.db, 2025, 'gioi-tinh').rows[0]!;
    expect(women.share).toBeGreaterThan(20);
    expect(women.share).toBeLessThan(50);
  });

  it('reorganizes between years with lineage a comparison can follow', () => {
    const kinds = new Set(
      listLineage(a.db)
        .filter((e) => e.year > 2022)
        .map((e) => e.kind),
    );
    for (const k of ['rename', 'merge', 'split', 'move', 'create', 'dissolve']) expect(kinds).toContain(k);
    expect(a.summary.years[3]!.changes!.consolidated).toBeGreaterThan(0);
  });

  it('rates units by the scale of the year and gives every cell a secretary', () => {
    const ratings = breakdown(a.db, 2025, 'xep-loai');
    expect(ratings.rows.map((r) => r.label)).toEqual([
      'Hoàn thành xuất sắc nhiệm vụ',
      'Hoàn thành tốt nhiệm vụ',
      'Hoàn thành nhiệm vụ',
      'Không hoàn thành nhiệm vụ',
    ]);
    expect(ratings.rows.every((r) => (r.units ?? 0) > 0)).toBe(true);
    const secretaries = new Set(
      committeeMembers(a.db, 2025)
        .filter((m) => m.role === 'secretary')
        .map((m) => m.unitId),
    );
    const cells = listUnits(a.db, 2025).filter((u) => u.kind === 'cell' || u.kind === 'baseCell');
    expect(cells.every((u) => secretaries.has(u.id))).toBe(true);
  });
});
