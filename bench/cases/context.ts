/** What every case gets: the file of one scale, a session on it through the API, and how many runs to take. */
import { createCtx, createSession } from '../../api/session.ts';
import type { Ctx } from '../../core/context.ts';
import { listYears } from '../../db/units.ts';

export interface Scale {
  label: string;
  path: string;
  ctx: Ctx;
  years: number[];
  last: number;
  runs: number;
  /** Budgets apply at this scale ('province'), or the screen budget ('district'). */
  kind: 'district' | 'province';
  /** Provinces' worth of data (0: the district demo): which budgets apply (bench/budgets.ts). */
  factor: number;
}

export function openScale(label: string, path: string, kind: Scale['kind'], runs: number, factor = kind === 'district' ? 0 : 1): Scale {
  const ctx = createCtx(createSession(path), { kind: 'cli' });
  ctx.progress = () => {};
  const years = listYears(ctx.session.db);
  return { label, path, ctx, years, last: years[years.length - 1]!, runs, kind, factor };
}
