import { z } from 'zod';
import { jobId, method, year } from '../define.ts';
import { levelSchema, settingsSchema, signerSchema } from '../../settings/schema.ts';
import { sourceSchema } from '../../io/source-schema.ts';
import { UNIT_KINDS } from '../../org/catalog.ts';
import { delivered, failedImport, importIssue } from './shared.ts';

const text = (max = 300) => z.string().trim().min(1).max(max);

/** What a level means in words: the defaults a new file gets, editable afterwards in Cài đặt. */
export const levelWords = z.object({
  level: levelSchema,
  levelName: z.string(),
  shortName: z.string(),
  advisoryBody: z.string(),
  issuerCode: z.string(),
  issuingBody: z.string(),
  signerAuthority: z.string(),
  signerTitle: z.string(),
});

const unitsImported = z.object({
  ok: z.literal(true),
  applied: z.boolean(),
  year: z.number().int(),
  counts: z.object({ rows: z.number().int(), created: z.number().int(), updated: z.number().int(), unchanged: z.number().int() }),
  units: z.array(z.object({
    code: z.string(), name: z.string(), kind: z.enum(UNIT_KINDS), kindName: z.string(), parentCode: z.string().nullable(),
    sector: z.string().nullable(), unitType: z.string().nullable(), action: z.enum(['create', 'update', 'same']),
  })),
  warnings: z.array(importIssue),
  backup: z.string().nullable(),
});

export const setupContract = {
  'setup.levels': method(
    'Các cấp của cấp ủy (huyện, xã/phường/đặc khu, tỉnh/thành phố) và cách gọi mặc định của mỗi cấp; với tên đầy đủ thì điền cả tên cơ quan ban hành',
    z.object({ committeeName: z.string().max(300).optional() }),
    z.array(levelWords),
  ),
  'app.init': method(
    'Lập tệp dữ liệu mới cho một cấp ủy: cấp, tên, tên gọi tắt, cấp trên, ký hiệu, cơ quan tham mưu, địa danh, nhiệm kỳ, năm đầu tiên (năm nào cũng được), người ký. Chỉ trên tệp trống',
    z.object({
      level: levelSchema,
      committeeName: text(),
      shortName: text(100).optional(),
      superiorBody: text(),
      issuerCode: text(20).optional(),
      issuingBody: text().optional(),
      advisoryBody: text().optional(),
      place: text(100),
      /** "2025-2030" or the term itself; default: the five-year term holding the first year. */
      term: z.union([z.string().regex(/^\s*\d{4}\s*[-–]\s*\d{4}\s*$/, 'Nhiệm kỳ dạng 2025-2030'), z.object({ name: z.string(), startYear: year, endYear: year })]).optional(),
      firstYear: year,
      /** Code of the root unit (default "CAPUY"). */
      rootCode: z.string().trim().min(1).max(40).optional(),
      signer: signerSchema.partial({ authority: true }).optional(),
    }),
    z.object({ settings: settingsSchema, year: z.number().int(), rootUnitId: z.number().int() }),
  ),
  'units.template': method(
    'Mẫu danh sách đơn vị (.xlsx) để nhập cơ cấu tổ chức: Mã, Tên, Loại, Mã cấp trên, Khối, Loại hình; kèm trang các từ được chấp nhận',
    z.object({ year: year.optional(), out: z.string().min(1).optional() }),
    delivered,
  ),
  'units.import': method(
    'Nhập cơ cấu tổ chức của một năm từ bảng tính (một dòng một đơn vị); kiểm tra hết rồi mới ghi, tất cả hoặc không gì cả. dryRun: chỉ xem trước',
    z.object({ source: sourceSchema, year, dryRun: z.boolean().default(false), jobId }),
    z.discriminatedUnion('ok', [unitsImported, failedImport]),
  ),
};
