import { z } from 'zod';
import { method } from '../define.ts';
import { levelSchema } from '../../settings/schema.ts';

export const deriveContract = {
  'data.derive': method(
    'Tạo tệp dữ liệu cho một đảng bộ mới từ tệp hiện tại: các đơn vị đã chọn cùng mọi đơn vị trực thuộc, và mọi năm trước của các chi bộ đã hợp thành chúng (số liệu, xếp loại, cấp ủy, lịch sử sáp nhập, chia tách); ' +
      'có `out` thì ghi vào đường dẫn đó (dòng lệnh), không có thì trả nội dung tệp để lưu',
    z.object({
      codes: z.array(z.string().trim().min(1)).min(1),
      as: z.string().trim().min(1).max(300),
      level: levelSchema,
      out: z.string().min(1).optional(),
    }),
    z.object({
      out: z.string().nullable(),
      fileName: z.string(),
      base64: z.string().nullable(),
      years: z.array(z.number().int()),
      units: z.number().int(),
      rows: z.record(z.string(), z.number().int()),
    }),
  ),
};
