import { z } from 'zod';
import { method, year } from '../define.ts';

const count = z.number().int();

export const overviewContract = {
  'overview.headline': method(
    'Các số chính của một năm: tổ chức cơ sở đảng, đảng bộ cơ sở, chi bộ cơ sở, chi bộ trực thuộc, đảng viên, kết nạp mới',
    z.object({ year }),
    z.object({
      year: count,
      baseOrgs: count,
      baseCommittees: count,
      baseCells: count,
      subCommittees: count,
      cells: count,
      members: count,
      probationary: count,
      admitted: count,
    }),
  ),
};
