import { parseCount } from '../../io/values.ts';
import type { Handlers } from '../handler.ts';
import type { figuresContract } from '../contract/figures.ts';
import { insertIndicator, listIndicators } from '../../db/figures.ts';
import { getUnit } from '../../db/units.ts';
import { commitFigures, findingsAfterWrite, validateFigureWrite } from '../../figures/write.ts';

import { figureWindow, wholeYearGrid } from '../../stats/figure-window.ts';
import { UserError } from '../../core/errors.ts';

export const figuresHandlers: Handlers<typeof figuresContract> = {
  'indicators.list': (_i, { session }) => listIndicators(session.db),
  'indicators.create': (i, { session }) => {
    const all = listIndicators(session.db);
    if (all.some((x) => x.code === i.code)) throw new UserError(`Mã chỉ tiêu "${i.code}" đã có.`, 'exists');
    if (i.partOf && !all.some((x) => x.code === i.partOf)) throw new UserError(`Không có chỉ tiêu "${i.partOf}".`, 'not-found');
    insertIndicator(session.db, i);
    return listIndicators(session.db).find((x) => x.code === i.code)!;
  },
  'figures.grid': ({ year, offset, limit, filter, around }, { session }) => {
    // The screen asks for the rows in view; exports and scripts may still take the whole year at once.
    if (limit !== undefined || filter || around !== undefined) {
      return { year, ...figureWindow(session.db, year, { offset, limit: limit ?? 100, filter, around }) };
    }
    return { year, ...wholeYearGrid(session.db, year) };
  },
  'figures.set': ({ year, changes }, { session }) => {
    const db = session.db;
    // The grid and the imports read counts with this same rule.
    const valueError = (v: number) => {
      const p = parseCount(v);
      return p.ok ? null : p.reason;
    };
    // Units looked up one by one: a cell edit names one, and the year's tree is built after the write (figures/write.ts).
    const units = new Map<number, ReturnType<typeof getUnit>>();
    const unitOf = (id: number) => (units.has(id) ? units.get(id) : units.set(id, getUnit(db, year, id)).get(id));
    validateFigureWrite(db, year, unitOf, changes, valueError);
    commitFigures(db, session.dbPath, year, changes, { backup: null, fromYear: null });
    // Said, not refused: a cell edit is a step of an entry in progress (figures/write.ts).
    const findings = findingsAfterWrite(db, year, changes);
    return { changed: changes.length, warnings: findings };
  },
};
