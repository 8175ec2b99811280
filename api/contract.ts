/**
 * The one typed contract: every call the UI, the web server and the CLI make goes through it.
 * Each domain adds its methods in its own file under contract/ and is merged here.
 */
import { appContract } from './contract/app.ts';
import { synthContract } from './contract/synth.ts';
import { figuresContract } from './contract/figures.ts';
import { orgContract } from './contract/org.ts';
import { statsContract } from './contract/stats.ts';
import { targetsContract } from './contract/targets.ts';
import { overviewContract } from './contract/overview.ts';
import { checkContract } from './contract/check.ts';
import { reportsContract } from './contract/reports.ts';
import { dataContract } from './contract/data.ts';
import { setupContract } from './contract/setup.ts';
import { ratingsContract } from './contract/ratings.ts';
import { committeeContract } from './contract/committee.ts';
import { coverageContract } from './contract/coverage.ts';
import { deriveContract } from './contract/derive.ts';

export const contract = {
  ...appContract,
  ...synthContract,
  ...orgContract,
  ...figuresContract,
  ...statsContract,
  ...overviewContract,
  ...targetsContract,
  ...checkContract,
  ...reportsContract,
  ...dataContract,
  ...setupContract,
  ...ratingsContract,
  ...committeeContract,
  ...coverageContract,
  ...deriveContract,
};

/**
 * The same methods by the file that holds them (contract/<group>.ts, handlers/<group>.ts): a call
 * loads only its own group's handlers and what they import (api/handlers.ts), so a CLI command
 * does not load the document writer to print a breakdown.
 */
export const contractGroups = {
  app: appContract,
  synth: synthContract,
  org: orgContract,
  figures: figuresContract,
  stats: statsContract,
  overview: overviewContract,
  targets: targetsContract,
  check: checkContract,
  reports: reportsContract,
  data: dataContract,
  derive: deriveContract,
  setup: setupContract,
  ratings: ratingsContract,
  committee: committeeContract,
  coverage: coverageContract,
};
export type GroupName = keyof typeof contractGroups;
type Ungrouped = Exclude<keyof typeof contract, { [G in GroupName]: keyof (typeof contractGroups)[G] }[GroupName]>;
// A group merged into `contract` above but not listed in contractGroups fails to compile here.
export const everyMethodGrouped: [Ungrouped] extends [never] ? true : Ungrouped = true;

export type Api = typeof contract;
export type MethodName = keyof Api;
export const methodNames = Object.keys(contract) as MethodName[];

export function isMethod(name: string): name is MethodName {
  return Object.hasOwn(contract, name);
}
