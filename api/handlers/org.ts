import type { Handlers } from '../handler.ts';
import type { orgContract } from '../contract/org.ts';
import { lineageOf, listYears, namesOf } from '../../db/units.ts';
import { indicatorValues } from '../../db/figures.ts';
import * as ops from '../../org/operations.ts';
import { orgTreeOf } from '../../org/year-tree.ts';
import { listOrgChanges, reorganize, undoChange, upgradeCells } from '../../org/reorganize.ts';
import type { DB } from '../../db/open.ts';

const EVENT_WORDS: Record<string, string> = {
  create: 'Thành lập',
  rename: 'Đổi tên',
  move: 'Chuyển đơn vị cấp trên',
  merge: 'Sáp nhập',
  split: 'Chia tách',
  dissolve: 'Giải thể',
  upgrade: 'Chuyển thành chi bộ cơ sở',
  succeed: 'Kết thúc, đơn vị kế tiếp',
};

/** "01/7/2025", as Party documents write dates. */
function dayText(date: string | null | undefined): string | null {
  if (!date) return null;
  const [y, m, d] = date.split('-');
  return `${d}/${Number(m)}/${y}`;
}

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
  'units.merge': (i, { session }) => ({
    id: ops.mergeUnits(session.db, i.year, i.unitIds, { name: i.name, code: i.code, renumber: i.renumber, date: i.date }),
  }),
  'units.split': (i, { session }) => ({
    ids: ops.splitUnit(session.db, i.year, i.unitId, i.parts, { date: i.date, renumber: i.renumber }),
  }),
  'units.upgrade': (i, { session }) => (upgradeCells(session.db, i.year, i.unitIds, { date: i.date }), { ok: true as const }),
  'units.reorganize': (i, { session }) => reorganize(session.db, { ...i, kind: 'succession', summary: i.summary ?? 'Sắp xếp tổ chức' }),
  'units.changes': (i, { session }) => listOrgChanges(session.db, i.year),
  'units.undo': (i, { session }) => (undoChange(session.db, i.changeId), { ok: true as const }),
  'units.dissolve': (i, { session }) => (ops.dissolveUnit(session.db, i.year, i.unitId), { ok: true as const }),
  'units.startYear': (i, { session }) => ({ units: ops.startYear(session.db, i.fromYear, i.toYear) }),
  'units.lineage': ({ unitId }, { session }) => ({
    names: namesOf(session.db, unitId).map(({ year, name }) => ({ year, name })),
    events: lineageOf(session.db, unitId).map((e) => {
      const when = dayText(e.date) ? `ngày ${dayText(e.date)}` : `năm ${e.year}`;
      return {
        year: e.year,
        kind: e.kind,
        date: e.date ?? null,
        text:
          e.kind === 'merge' || e.kind === 'split' || e.kind === 'succeed'
            ? `${EVENT_WORDS[e.kind]} ${when}: ${unitName(session.db, e.fromUnitId)} → ${unitName(session.db, e.toUnitId)}`
            : `${EVENT_WORDS[e.kind]} ${when}${e.note ? `: ${e.note}` : ''}`,
      };
    }),
  }),
};
