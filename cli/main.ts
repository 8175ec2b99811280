/** `tochuc <command> [options]`: the same API as the app, from a terminal. Errors are Vietnamese, on stderr, exit 1. */
import { parseArgs } from 'node:util';
import { commands } from './commands.ts';
import { UserError } from '../core/errors.ts';

async function help(): Promise<string> {
  const all = await Promise.all(commands.map((c) => c.load()));
  const w = Math.max(...all.map((c) => c.name.length));
  return ['Cách dùng: tochuc <lệnh> [tùy chọn]', '', ...all.map((c) => `  ${c.name.padEnd(w)}  ${c.summary}\n  ${' '.repeat(w)}  ${c.usage}`)].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    process.stdout.write(`${await help()}\n`);
    return 0;
  }
  const entry = commands.find((c) => c.name === name);
  if (!entry) {
    process.stderr.write(`Lỗi: không có lệnh "${name}".\n\n${await help()}\n`);
    return 1;
  }
  const cmd = await entry.load();
  try {
    let parsed;
    try {
      parsed = parseArgs({ args: rest, options: cmd.options, allowPositionals: true, strict: true });
    } catch (e) {
      throw new UserError(`Tham số không hợp lệ: ${(e as Error).message}\nCách dùng: ${cmd.usage}`, 'usage');
    }
    await cmd.run(parsed.values as Record<string, string | boolean | undefined>, parsed.positionals);
    return 0;
  } catch (e) {
    if (e instanceof UserError) process.stderr.write(`Lỗi: ${e.message}\n`);
    else process.stderr.write(`Lỗi không mong đợi: ${(e as Error).stack ?? e}\n`);
    return 1;
  }
}

const code = await main(process.argv.slice(2));
// serve keeps running; every other command ends here.
if (code !== 0 || !['serve'].includes(process.argv[2] ?? '')) process.exitCode = code;
