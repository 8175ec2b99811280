import type { Handlers } from '../handler.ts';
import type { setupContract } from '../contract/setup.ts';
import { LEVEL_ORDER, levelWords } from '../../settings/level.ts';
import { initFile } from '../new-file.ts';
import { importUnits } from '../../io/units-import.ts';
import { unitsTemplate } from '../../io/units-template.ts';
import { loadSource } from '../../io/source.ts';
import { deliver, noPathsFromWeb } from './deliver.ts';

export const setupHandlers: Handlers<typeof setupContract> = {
  'setup.levels': ({ committeeName }) => LEVEL_ORDER.map((l) => levelWords(l, committeeName)),
  'app.init': (i, { session }) => initFile(session.db, i),
  'units.template': async ({ year, out }, ctx) => {
    noPathsFromWeb(ctx, out);
    const { bytes, rows } = await unitsTemplate(ctx.session.db, year);
    return deliver(ctx, 'danh-sach-don-vi.xlsx', bytes, rows, out);
  },
  'units.import': async ({ source, year, dryRun, jobId }, ctx) => {
    noPathsFromWeb(ctx, 'path' in source ? source.path : undefined);
    return importUnits(ctx.session.db, ctx.session.dbPath, loadSource(source), year, {
      dryRun,
      onProgress: (f, t) => ctx.progress(jobId, f, t),
    });
  },
};
