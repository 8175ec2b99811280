/**
 * Every CLI command, one file each under commands/, each loaded only when it runs: `tochuc stats`
 * does not load the web server, the document writer or the generator (`help` loads them all).
 */
import type { Command } from './command.ts';

export interface CommandEntry {
  name: string;
  load(): Promise<Command>;
}

export const commands: CommandEntry[] = [
  { name: 'init', load: () => import('./commands/init.ts').then((m) => m.initCommand) },
  { name: 'demo', load: () => import('./commands/demo.ts').then((m) => m.demoCommand) },
  { name: 'stats', load: () => import('./commands/stats.ts').then((m) => m.statsCommand) },
  { name: 'compare', load: () => import('./commands/compare.ts').then((m) => m.compareCommand) },
  { name: 'units', load: () => import('./commands/units.ts').then((m) => m.unitsCommand) },
  { name: 'coverage', load: () => import('./commands/coverage.ts').then((m) => m.coverageCommand) },
  { name: 'targets', load: () => import('./commands/targets.ts').then((m) => m.targetsCommand) },
  { name: 'plans', load: () => import('./commands/plans.ts').then((m) => m.plansCommand) },
  { name: 'check', load: () => import('./commands/check.ts').then((m) => m.checkCommand) },
  { name: 'report', load: () => import('./commands/report.ts').then((m) => m.reportCommand) },
  { name: 'templates', load: () => import('./commands/templates.ts').then((m) => m.templatesCommand) },
  { name: 'template-xlsx', load: () => import('./commands/template-xlsx.ts').then((m) => m.templateXlsxCommand) },
  { name: 'import', load: () => import('./commands/import.ts').then((m) => m.importCommand) },
  { name: 'export', load: () => import('./commands/export.ts').then((m) => m.exportCommand) },
  { name: 'backup', load: () => import('./commands/backup.ts').then((m) => m.backupCommand) },
  { name: 'restore', load: () => import('./commands/restore.ts').then((m) => m.restoreCommand) },
  { name: 'serve', load: () => import('./commands/serve.ts').then((m) => m.serveCommand) },
  { name: 'synth', load: () => import('./commands/synth.ts').then((m) => m.synthCommand) },
  { name: 'reorg', load: () => import('./commands/reorg.ts').then((m) => m.reorgCommand) },
  { name: 'derive', load: () => import('./commands/derive.ts').then((m) => m.deriveCommand) },
];
