import type { Handlers } from '../define.ts';
import type { workbooksContract } from '../contract/workbooks.ts';
import { compare } from '../../stats/compare.ts';
import { compareWorkbook } from '../../workbooks/compare.ts';
import { getSettings } from '../../settings/store.ts';

export const workbooksHandlers: Handlers<typeof workbooksContract> = {
  'workbooks.compare': async ({ years, breakdown }, { session }) => {
    const r = getSettings(session.db).rounding;
    const c = compare(session.db, years, breakdown, { rounding: r.mode, decimals: r.decimals });
    const buf = await compareWorkbook(c);
    const sorted = [...c.years].sort((a, b) => a - b);
    return { name: `so-sanh-${c.breakdown}-${sorted[0]}-${sorted.at(-1)}.xlsx`, base64: buf.toString('base64'), bytes: buf.length };
  },
};
