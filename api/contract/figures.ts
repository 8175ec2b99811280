import { z } from 'zod';
import { method, year } from '../define.ts';
import { findingSchema } from '../../figures/finding.schema.ts';

const indicator = z.object({ code: z.string(), name: z.string(), builtin: z.boolean(), partOf: z.string().nullable() });

export const figuresContract = {
  'indicators.list': method('Danh mục chỉ tiêu thống kê', z.object({}), z.array(indicator)),
  'indicators.create': method(
    'Thêm chỉ tiêu thống kê của người dùng',
    z.object({
      code: z.string().regex(/^[a-z][a-z0-9_]{1,40}$/, 'Mã chỉ dùng chữ thường không dấu, số và dấu gạch dưới'),
      name: z.string().trim().min(1).max(200),
      partOf: z.string().nullable().default(null),
    }),
    indicator,
  ),
  'figures.grid': method(
    'Bảng số liệu của một năm: đơn vị (theo cây) × chỉ tiêu, giá trị đã nhập và giá trị cộng từ cấp dưới. ' +
      'Với limit: chỉ một đoạn dòng (từ offset, hoặc quanh đơn vị around), lọc theo tên/mã nếu có filter, kèm tổng số dòng; ' +
      'không có limit: cả năm.',
    z.object({
      year,
      offset: z.number().int().min(0).optional(),
      limit: z.number().int().min(1).max(5000).optional(),
      filter: z.string().max(200).optional(),
      around: z.number().int().optional(),
    }),
    z.object({
      year: z.number().int(),
      indicators: z.array(indicator),
      /** Rows that match the filter (every unit of the year without one). */
      total: z.number().int(),
      offset: z.number().int(),
      /** Where `around` is among them; null when it is not there or was not asked. */
      at: z.number().int().nullable(),
      rows: z.array(
        z.object({
          unitId: z.number().int(),
          code: z.string(),
          name: z.string(),
          kind: z.string(),
          depth: z.number().int(),
          leaf: z.boolean(),
          values: z.array(z.number().int().nullable()),
          /** What the entered cells below add up to; null on a cell. */
          sums: z.array(z.number().int().nullable()),
          /** How many cells below are not entered yet; null on a cell. */
          missing: z.array(z.number().int().nullable()),
        }),
      ),
    }),
  ),
  'figures.set': method(
    'Ghi một loạt số liệu (tất cả hoặc không gì cả); số không khớp với các đơn vị trực thuộc hay lớn hơn chỉ tiêu tổng vẫn được ghi và được nêu trong "warnings", cùng lời như checks.year',
    z.object({
      year,
      changes: z
        .array(z.object({ unitId: z.number().int(), indicator: z.string(), value: z.number().nullable() }))
        .min(1)
        .max(100000),
    }),
    z.object({ changed: z.number().int(), warnings: z.array(findingSchema) }),
  ),
};
