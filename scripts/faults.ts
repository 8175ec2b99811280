/**
 * `npm run faults -- --runs 200 [--seed N] [--members N]`: the bad-input catalogue (tests/hardening/catalogue.ts)
 * and the fault campaign (tests/faults/campaign.ts), with their counts.
 */
import { parseArgs } from 'node:util';
import { campaign, OPERATIONS } from '../tests/faults/campaign.ts';
import { runCatalogue } from '../tests/hardening/catalogue.ts';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '50' }, seed: { type: 'string' }, members: { type: 'string' }, quiet: { type: 'boolean' } },
});
const runs = Number(values.runs);
const cat = await runCatalogue();
process.stdout.write(
  [
    `Danh mục đầu vào xấu: ${cat.tries} trường hợp, ${cat.cleanRefusals} bị từ chối đúng cách (thông báo tiếng Việt, dữ liệu không đổi), ${cat.cleaned} được nhận sau khi làm sạch, ${cat.failures.length} lỗi.`,
    ...cat.failures.map((f) => `  LỖI ${f.name}: ${f.why}`),
  ].join('\n') + '\n',
);
const r = await campaign(runs, {
  seed: values.seed ? Number(values.seed) : undefined,
  members: values.members ? Number(values.members) : undefined,
  log: values.quiet ? undefined : (s) => process.stderr.write(`${s}\n`),
});
const line = (op: string, x: { runs: number; killed: number }) =>
  `  ${op.padEnd(10)} ${String(x.runs).padStart(4)} lần, ${String(x.killed).padStart(4)} bị dừng giữa chừng`;
process.stdout.write(
  [
    `Chiến dịch lỗi: ${r.runs} lần chạy, ${r.killed} lần SIGKILL giữa chừng, ${r.finished} lần chạy xong trước khi bị dừng, ${r.failures.length} lỗi.`,
    ...OPERATIONS.map((op) => `${line(op, r.perOp[op])} (chạy hết mất ${Math.round(r.baselineMs[op])} ms)`),
    ...r.failures.map((f) => `  LỖI ${f.op}${f.killed ? ' (bị dừng)' : ''}: ${f.why}`),
  ].join('\n') + '\n',
);
process.exitCode = r.failures.length || cat.failures.length ? 1 : 0;
