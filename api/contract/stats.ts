import { z } from 'zod';
import { method, year } from '../define.ts';
import { unitFilterSchema } from '../../stats/unit-filter.ts';
import { coverageSummary } from './coverage.ts';
import { findingSchema } from '../../figures/finding.schema.ts';
import { breakdownSchema } from '../../stats/breakdown.schema.ts';
import { basisSchema, compareSchema } from '../../stats/compare.schema.ts';

const rounding = z.object({
  rounding: z.enum(['halfUp', 'largestRemainder']).optional(),
  decimals: z.number().int().min(0).max(4).optional(),
});

export const breakdownResult = breakdownSchema.extend({
  /** Units of the year without figures: when not complete, the shares are of what was entered. */
  coverage: coverageSummary.optional(),
});

export const compareResult = compareSchema.extend({
  /** One per year, in the order of `years`. */
  coverage: z.array(coverageSummary).optional(),
});

export const statsContract = {
  'stats.saveGrouping': method(
    'Lưu một cách phân tổ chi bộ do người dùng định nghĩa (các nhóm theo loại, khối, loại hình)',
    z.object({
      code: z.string().regex(/^[a-z0-9-]{2,40}$/, 'Mã chỉ dùng chữ thường không dấu, số và dấu gạch ngang'),
      name: z.string().trim().min(1).max(200),
      groups: z
        .array(z.object({ label: z.string().trim().min(1).max(200), filter: unitFilterSchema }))
        .min(1)
        .max(50),
    }),
    z.object({ id: z.string() }),
  ),
  'stats.breakdowns': method(
    'Các cách phân tổ có sẵn và do người dùng định nghĩa',
    z.object({}),
    z.array(z.object({ id: z.string(), name: z.string() })),
  ),
  'stats.breakdown': method(
    'Một cách phân tổ của một năm: số chi bộ, số đảng viên, tỷ lệ chính xác và tỷ lệ hiển thị',
    z.object({ year, breakdown: z.string().optional() }).extend(rounding.shape),
    breakdownResult,
  ),
  'stats.compare': method(
    'Cùng một cách phân tổ cho 2–10 năm, kèm mức tăng giảm và điểm phần trăm; theo cơ cấu của từng năm (own) hoặc tính lại các năm trước theo cơ cấu hiện nay qua lịch sử sáp nhập, chia tách (today)',
    z
      .object({ years: z.array(year).min(2).max(10), breakdown: z.string().optional(), basis: basisSchema.default('own') })
      .extend(rounding.shape),
    compareResult,
  ),
  'stats.compareUnits': method(
    'Một chỉ tiêu của từng đơn vị qua các năm, theo dòng sáp nhập / chia tách',
    z.object({ years: z.array(year).min(2).max(10), indicator: z.string().default('dang_vien'), kinds: z.array(z.string()).optional() }),
    z.object({
      years: z.array(z.number().int()),
      rows: z.array(
        z.object({
          label: z.string(),
          names: z.array(z.string()),
          unitIds: z.array(z.number().int()),
          values: z.array(z.number().nullable()),
          history: z.array(z.string()),
        }),
      ),
    }),
  ),
  'checks.year': method(
    'Kiểm tra tính nhất quán của số liệu một năm: số của đơn vị cấp trên với các đơn vị trực thuộc (đơn vị chưa nhập là "chưa nhập", không tính là 0), chỉ tiêu thành phần với chỉ tiêu tổng, chi bộ chưa nhập số đảng viên; cùng quy tắc và cùng lời với figures.set và các lệnh nhập',
    z.object({ year }),
    z.array(findingSchema),
  ),
};
