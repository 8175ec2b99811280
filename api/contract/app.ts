import { z } from 'zod';
import { jobId, method } from '../define.ts';
import { settingsSchema } from '../../settings/schema.ts';

export const appContract = {
  'app.info': method(
    'Thông tin phiên làm việc: tệp dữ liệu, phiên bản lược đồ, dữ liệu mẫu, khả năng của môi trường',
    z.object({}),
    z.object({
      dbPath: z.string(),
      schemaVersion: z.number().int(),
      demo: z.boolean(),
      empty: z.boolean(),
      years: z.array(z.number().int()),
      host: z.enum(['electron', 'web', 'cli']),
      canSaveFile: z.boolean(),
      canPickDatabase: z.boolean(),
    }),
  ),
  'app.loadDemo': method(
    'Nạp dữ liệu mẫu (huyện Quốc Oai 2017–2019) vào tệp trống',
    z.object({ jobId }),
    z.object({ years: z.array(z.number().int()) }),
  ),
  'app.openDatabase': method('Mở tệp dữ liệu khác (chọn tệp trong hộp thoại)', z.object({}), z.object({ dbPath: z.string().nullable() })),
  'app.saveFile': method(
    'Lưu một tệp do chương trình tạo ra (hộp thoại Lưu của ứng dụng máy tính)',
    z.object({ name: z.string().min(1).max(200), base64: z.string() }),
    z.object({ path: z.string().nullable() }),
  ),
  'jobs.progress': method(
    'Tiến độ của một việc dài',
    z.object({ jobId: z.string() }),
    z.object({ done: z.number(), text: z.string(), finished: z.boolean() }).nullable(),
  ),
  'settings.get': method('Cài đặt của cơ quan', z.object({}), settingsSchema),
  'settings.update': method('Sửa cài đặt', settingsSchema.partial(), settingsSchema),
};
