import type { Handlers } from '../handler.ts';
import type { orgContract } from '../contract/org.ts';
import { lineageOf, listYears, namesOf } from '../../db/units.ts';
import { indicatorValues } from '../../db/figures.ts';
import * as ops from '../../org/operations.ts';
import { orgTreeOf } from '../../org/year-tree.ts';
import type { DB } from '../../db/open.ts';

const EVENT_WORDS: Record<string, string> = {
  create: 'Thành lập', rename: 'Đổi tên', move: 'Chuyển đơn vị cấp trên', merge: 'Sáp nhập', split: 'Chia tách', dissolve: 'Giải thể',
};

function unitName(db: DB, id: number | null): string {
  if (id === null) return '';
  const names = namesOf(db, id);
  return names.length ? names[names.length - 1]!.name : `#${id}`;
}

export const orgHandlers: Handlers<typeof orgContract> = {
  'years.list': (_i, { session }) => listYears(session.db),
  'units.list': ({ year }, { session }) => {
    const tree = orgTreeOf(session.db, year);
    const members = tree.rollup(indicatorValues(session.db, year, 'dang_vien'));
    return tree.ordered().map(({ unit: u, depth }) => ({
      ...u,
      parent: u.parentId === null ? null : (tree.byId.get(u.parentId)?.code ?? null),
      depth,
      members: members.get(u.id) ?? 0,
    }));
  },
  'units.create': (i, { session }) => ({ id: ops.createUnit(session.db, i.year, i) }),
  'units.rename': (i, { session }) => (ops.renameUnit(session.db, i.year, i.unitId, i.name), { ok: true as const }),
  'units.move': (i, { session }) => (ops.moveUnit(session.db, i.year, i.unitId, i.parentId), { ok: true as const }),
  'units.merge': (i, { session }) => ({ id: ops.mergeUnits(session.db, i.year, i.unitIds, { name: i.name, code: i.code }) }),
  'units.split': (i, { session }) => ({ ids: ops.splitUnit(session.db, i.year, i.unitId, i.parts) }),
  'units.dissolve': (i, { session }) => (ops.dissolveUnit(session.db, i.year, i.unitId), { ok: true as const }),
  'units.startYear': (i, { session }) => ({ units: ops.startYear(session.db, i.fromYear, i.toYear) }),
  'units.lineage': ({ unitId }, { session }) => ({
    names: namesOf(session.db, unitId).map(({ year, name }) => ({ year, name })),
    events: lineageOf(session.db, unitId).map((e) => ({
      year: e.year,
      kind: e.kind,
      text:
        e.kind === 'merge' || e.kind === 'split'
          ? `${EVENT_WORDS[e.kind]} năm ${e.year}: ${unitName(session.db, e.fromUnitId)} → ${unitName(session.db, e.toUnitId)}`
          : `${EVENT_WORDS[e.kind]} năm ${e.year}${e.note ? `: ${e.note}` : ''}`,
    })),
  }),
};
