import type { Handlers } from '../handler.ts';
import type { coverageContract } from '../contract/coverage.ts';
import { yearCoverage } from '../../stats/coverage.ts';

export const coverageHandlers: Handlers<typeof coverageContract> = {
  'coverage.year': ({ year }, { session }) => yearCoverage(session.db, year),
};
