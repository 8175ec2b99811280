/** Progress of long work on stderr, shown only once the work has taken more than a second. */
import type { Ctx } from '../core/context.ts';

export const CLI_JOB = 'cli';

export function withStderrProgress(ctx: Ctx): Ctx {
  const start = Date.now();
  let last = 0;
  const tty = process.stderr.isTTY;
  return {
    session: ctx.session,
    host: ctx.host,
    events: ctx.events,
    progress(jobId, done, text) {
      ctx.progress(jobId, done, text);
      const now = Date.now();
      if (now - start < 1000 || (now - last < 250 && done < 1)) return;
      last = now;
      const line = `[${String(Math.round(done * 100)).padStart(3)}%] ${text}`;
      process.stderr.write(tty ? `\r${line.padEnd(60)}${done >= 1 ? '\n' : ''}` : `${line}\n`);
    },
  };
}
