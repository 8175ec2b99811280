/** Every CLI command, one file each under commands/. */
import type { Command } from './command.ts';
import { compareCommand } from './commands/compare.ts';
import { demoCommand } from './commands/demo.ts';
import { synthCommand } from './commands/synth.ts';
import { serveCommand } from './commands/serve.ts';
import { statsCommand } from './commands/stats.ts';
import { unitsCommand } from './commands/units.ts';
import { targetsCommand } from './commands/targets.ts';
import { checkCommand } from './commands/check.ts';
import { reportCommand } from './commands/report.ts';
import { templatesCommand } from './commands/templates.ts';
import { templateXlsxCommand } from './commands/template-xlsx.ts';
import { importCommand } from './commands/import.ts';
import { exportCommand } from './commands/export.ts';
import { backupCommand } from './commands/backup.ts';
import { restoreCommand } from './commands/restore.ts';
import { initCommand } from './commands/init.ts';
import { plansCommand } from './commands/plans.ts';
import { coverageCommand } from './commands/coverage.ts';
import { reorgCommand } from './commands/reorg.ts';
import { deriveCommand } from './commands/derive.ts';

export const commands: Command[] = [initCommand, demoCommand, statsCommand, compareCommand, unitsCommand, coverageCommand, targetsCommand, plansCommand, checkCommand, reportCommand, templatesCommand, templateXlsxCommand, importCommand, exportCommand, backupCommand, restoreCommand, serveCommand, synthCommand, reorgCommand, deriveCommand];
