import { z } from 'zod';
import { jobId, method, year } from '../define.ts';
import { sourceSchema } from '../../io/source-schema.ts';
import { EXPORT_KINDS } from '../../io/export-kinds.ts';

import { delivered, failedImport as failed } from './shared.ts';
import { figuresImportedSchema } from '../../io/import-result.schema.ts';
import { membersImportedSchema } from '../../members/import-result.schema.ts';

const out = z.string().min(1).optional();

/** The data version the preview was computed on (db/version.ts); an apply given it refuses if the data changed since. */
const dataVersion = z.string();
const expectedVersion = z
  .string()
  .optional()
  .describe('dataVersion của bản xem trước: nếu dữ liệu đã đổi thì không ghi và yêu cầu xem lại');

const figuresImported = figuresImportedSchema.extend({ dataVersion });

const membersImported = membersImportedSchema.extend({ dataVersion });

const backupFile = z.object({ path: z.string(), name: z.string(), reason: z.string(), at: z.string(), bytes: z.number().int() });

export const dataContract = {
  'data.template': method(
    'Mẫu nhập liệu của một năm (.xlsx), ba trang: "Số liệu …" (mỗi đơn vị một dòng, mỗi chỉ tiêu một cột), "Xếp loại" (mức, điểm, số đảng viên theo mức), "Cấp ủy viên" (mỗi người một dòng, điền sẵn từ năm trước); đã điền số liệu hiện có',
    z.object({ year, out, jobId }),
    delivered,
  ),
  'data.importFigures': method(
    'Nhập số liệu từ bảng tính (.xlsx/.csv): đọc các trang có mặt ("Số liệu …", "Xếp loại", "Cấp ủy viên"), kiểm tra toàn bộ, cho xem thay đổi (cũ → mới), ghi tất cả hoặc không gì cả trên mọi trang',
    z.object({ source: sourceSchema, year, dryRun: z.boolean().default(false), jobId, expectedVersion }),
    z.discriminatedUnion('ok', [figuresImported, failed]),
  ),
  'data.memberColumns': method(
    'Bước ghép cột của danh sách đảng viên: các cột của tệp, trường mỗi cột được nhận ra (hoặc null), các trường có thể chọn và các trường bắt buộc còn thiếu. Gửi lựa chọn của người dùng qua "map" của data.importMembers',
    z.object({ source: sourceSchema, map: z.record(z.string(), z.string()).default({}) }),
    z.object({
      sheet: z.string(),
      headerRow: z.number().int().nullable(),
      columns: z.array(
        z.object({
          index: z.number().int(),
          letter: z.string(),
          header: z.string(),
          field: z.string().nullable(),
          fieldLabel: z.string().nullable(),
          samples: z.array(z.string()),
        }),
      ),
      fields: z.array(z.object({ code: z.string(), label: z.string(), required: z.boolean() })),
      missingRequired: z.array(z.string()),
    }),
  ),
  'data.importMembers': method(
    'Nhập danh sách đảng viên (.xlsx/.csv) và tính số liệu của các chi bộ có trong danh sách; dữ liệu cá nhân chỉ lưu trong tệp dữ liệu',
    z.object({
      source: sourceSchema,
      year,
      dryRun: z.boolean().default(false),
      jobId,
      expectedVersion,
      /** Header as written in the file → field (its label or a common name, e.g. "ngày vào đảng"). */
      map: z.record(z.string(), z.string()).default({}),
    }),
    z.discriminatedUnion('ok', [membersImported, failed]),
  ),
  'data.export': method(
    'Xuất một bảng ra Excel (.xlsx): phân tổ, so sánh các năm, chỉ tiêu đề án hoặc bảng số liệu',
    z.object({
      what: z.enum(EXPORT_KINDS),
      year,
      years: z.array(year).min(2).max(10).optional(),
      breakdown: z.string().optional(),
      planId: z.number().int().positive().optional(),
      out,
      jobId,
      /** compare only: own (each year's structure) or today (earlier years restated through lineage). */
      basis: z.enum(['own', 'today']).optional(),
    }),
    delivered,
  ),
  'data.backup': method(
    'Sao lưu tệp dữ liệu (đến tệp chỉ định, hoặc vào thư mục sao-luu bên cạnh tệp)',
    z.object({ out, jobId }),
    z.object({ path: z.string(), bytes: z.number().int() }),
  ),
  'data.backups': method('Các bản sao lưu tự động của tệp dữ liệu đang dùng, mới nhất trước', z.object({}), z.array(backupFile)),
  'data.restore': method(
    'Khôi phục từ một bản sao lưu (mặc định: bản mới nhất đọc được; các bản mới hơn bị hỏng được bỏ qua và kể ra) sau khi kiểm tra tệp và sao lưu tệp hiện tại',
    z.object({ from: z.string().min(1).optional() }),
    z.object({
      restoredFrom: z.string(),
      savedCurrentAs: z.string().nullable(),
      schemaVersion: z.number().int(),
      skipped: z.array(z.object({ name: z.string(), reason: z.string() })),
    }),
  ),
};
