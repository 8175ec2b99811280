import type { Handlers } from '../handler.ts';
import type { committeeContract } from '../contract/committee.ts';
import { committeeEntries } from '../../db/committee.ts';
import { listUnits } from '../../db/units.ts';
import { addCommitteeMember, applyCommittee, copyCommittees, editCommitteeMember, removeCommitteeMember, roleChoices } from '../../org/committee-entry.ts';
import { EDUCATION_LEVELS, LEVEL_LABELS, PROFESSIONAL_LEVELS, THEORY_LEVELS } from '../../org/catalog.ts';

const choices = (codes: readonly string[]) => codes.map((code) => ({ code, name: LEVEL_LABELS[code] ?? code }));

export const committeeHandlers: Handlers<typeof committeeContract> = {
  'committee.catalog': () => ({ roles: roleChoices(), education: choices(EDUCATION_LEVELS), professional: choices(PROFESSIONAL_LEVELS), theory: choices(THEORY_LEVELS) }),
  'committee.list': ({ year, unitId }, { session }) => {
    const units = new Map(listUnits(session.db, year).map((u) => [u.id, u]));
    return committeeEntries(session.db, year, unitId).map(({ ratingScale: _s, ratingLevel, ...m }) => ({
      ...m, rating: ratingLevel, unitCode: units.get(m.unitId)?.code ?? '', unitName: units.get(m.unitId)?.name ?? '',
    }));
  },
  'committee.add': ({ year, unitId, ...f }, { session }) => ({ id: addCommitteeMember(session.db, year, unitId, f) }),
  'committee.update': ({ id, ...patch }, { session }) => {
    const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
    editCommitteeMember(session.db, id, defined);
    return { ok: true as const };
  },
  'committee.remove': ({ id }, { session }) => (removeCommitteeMember(session.db, id), { ok: true as const }),
  'committee.apply': ({ year, add, update, remove }, { session }) => applyCommittee(session.db, year, { add, update, remove }),
  'committee.copyFromYear': ({ fromYear, toYear }, { session }) => copyCommittees(session.db, fromYear, toYear),
};
