/**
 * Every handler of the contract, by group, each group loaded on its first call: a process that
 * only prints a breakdown never loads the document writer, the spreadsheet readers or the
 * synthetic generator. The transports know only `dispatch`, which finds a method's group.
 */
import type { Handlers } from './handler.ts';
import type { contractGroups, GroupName } from './contract.ts';

type Groups = typeof contractGroups;

export const handlerGroups: { [G in GroupName]: () => Promise<Handlers<Groups[G]>> } = {
  app: () => import('./handlers/app.ts').then((m) => m.appHandlers),
  synth: () => import('./handlers/synth.ts').then((m) => m.synthHandlers),
  org: () => import('./handlers/org.ts').then((m) => m.orgHandlers),
  figures: () => import('./handlers/figures.ts').then((m) => m.figuresHandlers),
  stats: () => import('./handlers/stats.ts').then((m) => m.statsHandlers),
  overview: () => import('./handlers/overview.ts').then((m) => m.overviewHandlers),
  targets: () => import('./handlers/targets.ts').then((m) => m.targetsHandlers),
  check: () => import('./handlers/check.ts').then((m) => m.checkHandlers),
  reports: () => import('./handlers/reports.ts').then((m) => m.reportsHandlers),
  data: () => import('./handlers/data.ts').then((m) => m.dataHandlers),
  derive: () => import('./handlers/derive.ts').then((m) => m.deriveHandlers),
  setup: () => import('./handlers/setup.ts').then((m) => m.setupHandlers),
  ratings: () => import('./handlers/ratings.ts').then((m) => m.ratingsHandlers),
  committee: () => import('./handlers/committee.ts').then((m) => m.committeeHandlers),
  coverage: () => import('./handlers/coverage.ts').then((m) => m.coverageHandlers),
};
