/**
 * Committee-member measures are written twice: as the measure's own judgement of each member
 * (measures.ts, used for the failing lists) and as column values counted in SQL per cell
 * (db/committee.ts, used for the shares). Every measure, with every kind of parameter, on every
 * scope and year of the demo: the SQL counts equal the judgement of the members loaded whole.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '../../db/open.ts';
import { insertCommitteeMember } from '../../db/committee.ts';
import { listYears } from '../../db/units.ts';
import { COMPARABLE_LEVELS } from '../../targets/levels.ts';
import { MEASURES } from '../../targets/measures.ts';
import { cellsInScope, SCOPE_PRESETS, scopeKey } from '../../targets/scopes.ts';
import { tallyAll } from '../../targets/tally.ts';
import { loadCommittee, loadTargetYear } from '../../targets/year-data.ts';
import { openDemo } from '../helpers/db.ts';

const ROLE_SETS = [undefined, ['secretary'], ['deputy', 'member'], ['member']];
const PARAMS: Record<string, Record<string, unknown>[]> = {
  'committee-rating': COMPARABLE_LEVELS.flatMap((atLeast) => ROLE_SETS.map((roles) => ({ atLeast, roles }))),
  'committee-trained': ROLE_SETS.map((roles) => ({ roles })),
  'committee-qualification': [
    { education: 'thcs' },
    { education: 'thpt' },
    { professional: 'none' },
    { professional: 'so_cap' },
    { professional: 'cao_dang' },
    { professional: 'tren_dai_hoc' },
    { theory: 'so_cap' },
    { theory: 'cao_cap' },
    { theory: 'cu_nhan' },
    { education: 'thpt', professional: 'trung_cap', theory: 'trung_cap' },
    { professional: 'dai_hoc', theory: 'cao_cap', roles: ['secretary', 'deputy'] },
  ],
  'secretary-manages-enterprise': [{}],
};

let db: DB;
beforeAll(() => {
  db = openDemo();
  // The demo records every member fully; blanks and a rating kept on the old scale are added by hand.
  const cell = (type: string) =>
    (
      db
        .prepare(`SELECT unit_id AS id FROM unit_year WHERE year = 2019 AND kind IN ('cell', 'baseCell') AND unit_type = ? LIMIT 1`)
        .get(type) as { id: number }
    ).id;
  const blank = {
    year: 2019,
    birthYear: null,
    gender: null,
    education: null,
    professional: null,
    theory: null,
    trained: false,
    managesEnterprise: null,
    ratingScale: null,
    ratingLevel: null,
  } as const;
  for (const unitId of [cell('thon'), cell('doanh-nghiep-ngoai-nha-nuoc')]) {
    insertCommitteeMember(db, { ...blank, unitId, fullName: 'Chưa nhập gì', role: 'member' });
    insertCommitteeMember(db, { ...blank, unitId, fullName: 'Bí thư chưa nhập', role: 'secretary' });
    insertCommitteeMember(db, {
      ...blank,
      unitId,
      fullName: 'Thang cũ',
      role: 'deputy',
      ratingScale: 'hd27-2014-dv',
      ratingLevel: 'htt',
      education: 'thcs',
      professional: 'none',
      theory: 'none',
    });
    insertCommitteeMember(db, {
      ...blank,
      unitId,
      fullName: 'Không quản lý',
      role: 'secretary',
      managesEnterprise: false,
      ratingScale: 'qd132-2018',
      ratingLevel: 'khtnv',
    });
  }
});

describe('committee counts in SQL', () => {
  it('agree with the measures judging each member, for every measure, parameter, scope and year', () => {
    const wide = { label: 'Mọi chi bộ', anyOf: [{ kind: ['cell' as const, 'baseCell' as const] }] };
    let compared = 0;
    for (const year of listYears(db)) {
      const data = loadTargetYear(db, year);
      for (const scope of [...SCOPE_PRESETS, wide]) {
        const cells = cellsInScope(data.tree, scope);
        const targets = MEASURES.filter((m) => m.subject !== 'cells').flatMap((m) =>
          PARAMS[m.id]!.map((p) => ({ measure: m.bind(p), cells, scope: scopeKey(scope) })),
        );
        const counted = tallyAll(db, data, targets);
        loadCommittee(
          db,
          data,
          cells.map((c) => c.id),
        );
        targets.forEach((t, i) => {
          const items = t.measure.items(data, cells);
          const part = items.filter((x) => x.ok).length;
          expect([counted[i]!.whole, counted[i]!.part], `${year} ${scope.label} ${t.measure.noun} ${t.measure.criterion}`).toEqual([
            items.length,
            part,
          ]);
          compared += items.length;
        });
      }
    }
    expect(compared).toBeGreaterThan(10_000);
  });
});
