import { z } from 'zod';
import { jobId, method, year } from '../define.ts';
import { REPORT_KINDS } from '../../reports/kinds.ts';

const kind = z.enum(REPORT_KINDS);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày ghi theo dạng 2019-03-15');
const code = z.string().min(1).max(64);

const templateInfo = z.object({
  code: z.string(),
  version: z.number().int(),
  kind: z.string(),
  name: z.string(),
  builtin: z.boolean(),
  savedAt: z.string(),
  word: z.boolean(),
});
const template = templateInfo.extend({ body: z.string() });
const catalogEntry = z.object({ name: z.string(), description: z.string() });

export const reportsContract = {
  'reports.kinds': method(
    'Các loại văn bản soạn được: tên, tên loại in trên văn bản, ký hiệu',
    z.object({}),
    z.array(z.object({ kind, name: z.string(), title: z.string(), code: z.string(), compares: z.boolean() })),
  ),
  'reports.catalog': method(
    'Các trường {{…}}, khối [[…]] và mục @… dùng được trong mẫu văn bản',
    z.object({}),
    z.object({
      fields: z.array(catalogEntry),
      blocks: z.array(catalogEntry),
      directives: z.array(catalogEntry),
      conditions: z.array(catalogEntry),
      lists: z.array(catalogEntry.extend({ items: z.array(catalogEntry) })),
    }),
  ),
  'reports.suggestNumber': method(
    'Số văn bản tiếp theo còn trống của một loại trong nhiệm kỳ của ngày văn bản (hôm nay theo giờ Việt Nam khi không ghi ngày)',
    z.object({ kind, template: code.optional(), date: isoDate.optional() }),
    z.object({ seq: z.number().int(), code: z.string(), term: z.string(), number: z.string() }),
  ),
  'reports.generate': method(
    'Soạn văn bản Word theo mẫu từ số liệu của năm, theo thể thức văn bản của Đảng; ghi vào lịch sử',
    z.object({
      kind,
      year,
      compareYears: z.array(year).max(9).optional(),
      template: code.optional(),
      templateVersion: z.number().int().positive().optional(),
      number: z.number().int().positive().max(100000).optional(),
      date: isoDate.optional(),
      signer: z.number().int().min(0).optional(),
      recipients: z.array(z.string().max(500)).max(50).optional(),
      about: z.string().max(1000).optional(),
      preview: z.boolean().optional(),
      /** The history id of the draft whose number this document takes. */
      replaces: z.number().int().positive().optional(),
      meeting: z
        .object({
          date: z.string().max(200).optional(),
          place: z.string().max(300).optional(),
          chair: z.string().max(300).optional(),
          attendees: z.string().max(2000).optional(),
        })
        .optional(),
      jobId,
    }),
    z.object({
      base64: z.string(),
      fileName: z.string(),
      number: z.string(),
      seq: z.number().int(),
      date: z.string(),
      documentId: z.number().int().nullable(),
      sha256: z.string(),
      size: z.number().int(),
      templateCode: z.string(),
      templateVersion: z.number().int(),
      term: z.string(),
      warnings: z.array(z.string()),
    }),
  ),
  'reports.history': method(
    'Các văn bản đã xuất: loại, nhiệm kỳ, số, ngày, phiên bản mẫu, bản nháp nào đã được thay thế',
    z.object({ limit: z.number().int().min(1).max(1000).optional() }),
    z.array(
      z.object({
        id: z.number().int(),
        kind: z.string(),
        kindCode: z.string(),
        term: z.string(),
        seq: z.number().int(),
        number: z.string(),
        date: z.string(),
        year: z.number().int(),
        templateCode: z.string(),
        templateVersion: z.number().int(),
        sha256: z.string(),
        size: z.number().int(),
        fileName: z.string(),
        createdAt: z.string(),
        replaces: z.number().int().nullable(),
        replacedBy: z.number().int().nullable(),
      }),
    ),
  ),
  'reports.regenerate': method(
    'Tạo lại đúng từng byte một văn bản đã xuất, từ số liệu và mẫu đã ghi trong lịch sử',
    z.object({ id: z.number().int().positive() }),
    z.object({ base64: z.string(), fileName: z.string(), identical: z.boolean(), sha256: z.string() }),
  ),
  'templates.list': method('Các mẫu văn bản (phiên bản mới nhất của mỗi mẫu)', z.object({}), z.array(templateInfo)),
  'templates.get': method(
    'Một mẫu văn bản (mới nhất hoặc một phiên bản), kèm danh sách các phiên bản',
    z.object({ code, version: z.number().int().positive().optional() }),
    template.extend({ versions: z.array(z.object({ version: z.number().int(), savedAt: z.string(), builtin: z.boolean() })) }),
  ),
  'templates.check': method(
    'Kiểm tra một mẫu chưa lưu: các lỗi theo dòng',
    z.object({ body: z.string().max(200_000) }),
    z.object({ problems: z.array(z.object({ line: z.number().int(), message: z.string() })) }),
  ),
  'templates.save': method(
    'Lưu mẫu văn bản thành phiên bản mới (mẫu sai bị từ chối, báo dòng lỗi)',
    z.object({ code, kind, name: z.string().max(300), body: z.string().max(200_000) }),
    template,
  ),
  'templates.restore': method('Khôi phục mẫu có sẵn (lưu thành phiên bản mới)', z.object({ code }), template),
  'templates.export': method(
    'Xuất một mẫu ra tệp để chuyển sang máy khác: mẫu Word thành .docx (base64), mẫu văn bản thành văn bản thường, hoặc thành .docx để soạn tiếp trong Word (format docx)',
    z.object({ code, version: z.number().int().positive().optional(), format: z.enum(['van-ban', 'docx']).optional() }),
    z.object({ fileName: z.string(), text: z.string().nullable(), base64: z.string().nullable() }),
  ),
  'templates.import': method(
    'Nhập mẫu văn bản thường từ tệp (lưu thành phiên bản mới của mã ghi trong tệp, hoặc của mã chỉ định)',
    z.object({ text: z.string().max(400_000), code: code.optional(), kind: kind.optional() }),
    template,
  ),
  'templates.importWord': method(
    'Nhập mẫu soạn bằng Word (.docx, base64) với {{trường}}, [[khối]] và {% lệnh %}: kiểm tra từng đoạn, lưu thành phiên bản mới của mã',
    z.object({ base64: z.string().max(30_000_000), code, kind, name: z.string().max(300).optional() }),
    template,
  ),
};
