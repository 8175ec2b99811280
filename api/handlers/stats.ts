import type { Handlers } from '../handler.ts';
import type { statsContract } from '../contract/stats.ts';
import { breakdown } from '../../stats/breakdown.ts';
import { compare, compareUnits } from '../../stats/compare.ts';
import { BUILTIN_BREAKDOWNS, listBreakdowns } from '../../stats/definitions.ts';
import { breakdownReadsRatings, coverageSummary } from '../../stats/coverage.ts';
import { putGrouping } from '../../db/groupings.ts';
import { UserError } from '../../core/errors.ts';
import { checkYear } from '../../stats/consistency.ts';
import { getSettings } from '../../settings/store.ts';

function roundingOf(ctxDb: Parameters<typeof getSettings>[0], i: { rounding?: 'halfUp' | 'largestRemainder'; decimals?: number }) {
  const s = getSettings(ctxDb).rounding;
  return { rounding: i.rounding ?? s.mode, decimals: i.decimals ?? s.decimals };
}

export const statsHandlers: Handlers<typeof statsContract> = {
  'stats.saveGrouping': (i, { session }) => {
    if (BUILTIN_BREAKDOWNS.some((b) => b.id === i.code)) throw new UserError(`Mã "${i.code}" trùng với một cách phân tổ có sẵn.`, 'exists');
    putGrouping(session.db, { code: i.code, name: i.name, groups: i.groups });
    return { id: i.code };
  },
  'stats.breakdowns': (_i, { session }) => listBreakdowns(session.db).map((d) => ({ id: d.id, name: d.name })),
  'stats.breakdown': (i, { session }) => ({
    ...breakdown(session.db, i.year, i.breakdown, roundingOf(session.db, i)),
    coverage: coverageSummary(session.db, i.year, { ratings: breakdownReadsRatings(session.db, i.breakdown) }),
  }),
  'stats.compare': (i, { session }) => {
    const r = compare(session.db, i.years, i.breakdown, roundingOf(session.db, i), i.basis);
    return {
      ...r,
      coverage: r.years.map((y) => coverageSummary(session.db, y, { ratings: breakdownReadsRatings(session.db, i.breakdown) })),
    };
  },
  'stats.compareUnits': (i, { session }) => compareUnits(session.db, i.years, i.indicator, i.kinds),
  'checks.year': (i, { session }) => checkYear(session.db, i.year),
};
