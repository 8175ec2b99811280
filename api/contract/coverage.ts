import { z } from 'zod';
import { method, year } from '../define.ts';
import { coverageSchema, coverageSummarySchema } from '../../stats/coverage.schema.ts';

export { coverageSchema };

export const coverageContract = {
  'coverage.year': method(
    'Mức đầy đủ của một năm: bao nhiêu chi bộ (đơn vị cơ sở) chưa có số liệu, bao nhiêu đơn vị chưa xếp loại, chi bộ nào chưa có số đảng viên theo mức xếp loại',
    z.object({ year }),
    coverageSchema,
  ),
};

/** What a breakdown, a comparison or a plan's evaluation carries about its year's completeness. */
export const coverageSummary = coverageSummarySchema;
