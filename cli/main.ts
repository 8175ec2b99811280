/** `tochuc <command> [options]`: the same API as the app, from a terminal. Errors are Vietnamese, on stderr, exit 1. */
import { parseArgs } from 'node:util';
import { commands } from './commands.ts';
import { UserError } from '../core/errors.ts';
import { systemError } from '../db/system-errors.ts';
import { cleanText, printable } from '../core/text.ts';

async function help(): Promise<string> {
  const all = await Promise.all(commands.map((c) => c.load()));
  const w = Math.max(...all.map((c) => c.name.length));
  return [
    'Cách dùng: tochuc <lệnh> [tùy chọn]',
    '',
    ...all.map((c) => `  ${c.name.padEnd(w)}  ${c.summary}\n  ${' '.repeat(w)}  ${c.usage}`),
  ].join('\n');
}

/** Hidden characters go; a path keeps its bytes (only NFC would alter a name the disk holds in NFD). */
function cleanArg(a: string): string {
  return cleanText(a, { multiline: true }) === a.normalize('NFC') ? a : cleanText(a, { multiline: true });
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
      // Arguments are text entering tochuc like any other (core/text.ts); file paths are left as typed.
      parsed = parseArgs({
        args: rest.map((a) => (a.startsWith('-') ? a : cleanArg(a))),
        options: cmd.options,
        allowPositionals: true,
        strict: true,
      });
    } catch (e) {
      throw new UserError(`Tham số không hợp lệ: ${(e as Error).message}\nCách dùng: ${cmd.usage}`, 'usage');
    }
    await cmd.run(parsed.values as Record<string, string | boolean | undefined>, parsed.positionals);
    return 0;
  } catch (e) {
    const known = e instanceof UserError ? e : systemError(e);
    if (known) process.stderr.write(`Lỗi: ${printable(known.message)}\n`);
    else {
      process.stderr.write(
        'Lỗi không mong đợi trong chương trình; việc vừa làm không hoàn thành và dữ liệu không bị thay đổi. Chi tiết kỹ thuật để báo lỗi:\n',
      );
      process.stderr.write(`${printable(String((e as Error).stack ?? e))}\n`);
    }
    return 1;
  }
}

const code = await main(process.argv.slice(2));
// serve keeps running; every other command ends here.
if (code !== 0 || !['serve'].includes(process.argv[2] ?? '')) process.exitCode = code;
