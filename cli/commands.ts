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

export const commands: Command[] = [demoCommand, statsCommand, compareCommand, unitsCommand, targetsCommand, checkCommand, reportCommand, templatesCommand, serveCommand, synthCommand];
