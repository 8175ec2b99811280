import { z } from 'zod';
import { method, year } from '../define.ts';

export const workbooksContract = {
  'workbooks.compare': method(
    'Bảng so sánh các năm (như màn hình So sánh) thành tệp Excel .xlsx',
    z.object({ years: z.array(year).min(2).max(10), breakdown: z.string().optional() }),
    z.object({ name: z.string(), base64: z.string(), bytes: z.number().int() }),
  ),
};
