import type { Command } from '../command.ts';
import { dbOption, intArg, need, openCtx, str, yearArg, yearsArg } from '../command.ts';
import { dispatch } from '../../api/dispatch.ts';
import { UserError } from '../../core/errors.ts';
import { formatInt } from '../../format/vi.ts';
import { EXPORT_KINDS, type ExportKind } from '../../io/export.ts';
import { CLI_JOB, withStderrProgress } from '../progress.ts';
import { basisArg } from './compare.ts';

export const exportCommand: Command = {
  name: 'export',
  summary: 'Xuất một bảng ra Excel (.xlsx) với tiêu đề tiếng Việt và định dạng số Việt Nam',
  usage:
    'tochuc export --db demo.sqlite --year 2019 --what breakdown|compare|targets|figures --out bang.xlsx [--years 2017,2018,2019] [--breakdown nhom-chi-bo] [--basis own|today] [--plan 1]',
  options: {
    ...dbOption,
    year: { type: 'string' },
    years: { type: 'string' },
    what: { type: 'string' },
    out: { type: 'string' },
    breakdown: { type: 'string' },
    plan: { type: 'string' },
    basis: { type: 'string' },
  },
  async run(values) {
    const what = need(values, 'what');
    if (!(EXPORT_KINDS as readonly string[]).includes(what))
      throw new UserError(`--what phải là một trong: ${EXPORT_KINDS.join(', ')} (nhận được "${what}").`, 'usage');
    const ctx = withStderrProgress(openCtx(values));
    const r = await dispatch(ctx, 'data.export', {
      what: what as ExportKind,
      year: yearArg(values),
      years: values.years ? yearsArg(values) : undefined,
      breakdown: str(values, 'breakdown'),
      planId: intArg(values, 'plan', 1),
      out: need(values, 'out'),
      jobId: CLI_JOB,
      basis: basisArg(values),
    });
    process.stdout.write(`Đã ghi ${r.path} (${formatInt(r.rows)} dòng, ${formatInt(r.bytes)} byte).\n`);
  },
};
