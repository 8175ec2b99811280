/** Every handler of the contract, in one map: the transports know only this and `dispatch`. */
import type { Handlers } from './handler.ts';
import type { Api } from './contract.ts';
import { appHandlers } from './handlers/app.ts';
import { synthHandlers } from './handlers/synth.ts';
import { figuresHandlers } from './handlers/figures.ts';
import { orgHandlers } from './handlers/org.ts';
import { statsHandlers } from './handlers/stats.ts';
import { targetsHandlers } from './handlers/targets.ts';
import { overviewHandlers } from './handlers/overview.ts';
import { checkHandlers } from './handlers/check.ts';
import { reportsHandlers } from './handlers/reports.ts';
import { dataHandlers } from './handlers/data.ts';
import { setupHandlers } from './handlers/setup.ts';
import { ratingsHandlers } from './handlers/ratings.ts';
import { committeeHandlers } from './handlers/committee.ts';
import { coverageHandlers } from './handlers/coverage.ts';
import { deriveHandlers } from './handlers/derive.ts';

export const handlers: Handlers<Api> = {
  ...appHandlers,
  ...synthHandlers,
  ...orgHandlers,
  ...figuresHandlers,
  ...statsHandlers,
  ...overviewHandlers,
  ...targetsHandlers,
  ...checkHandlers,
  ...reportsHandlers,
  ...dataHandlers,
  ...setupHandlers,
  ...ratingsHandlers,
  ...committeeHandlers,
  ...coverageHandlers,
  ...deriveHandlers,
};
