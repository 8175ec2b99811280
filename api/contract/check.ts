import { z } from 'zod';
import { jobId, method, year } from '../define.ts';

/** A draft to check: a .docx (base64) or pasted text, exactly one of them. */
const draftInput = z
  .object({
    docx: z.string().min(1).optional().describe('tệp .docx, mã hóa base64'),
    text: z.string().min(1).max(2_000_000).optional(),
    name: z.string().max(260).optional().describe('tên tệp, để báo lỗi'),
    year: year.optional().describe('năm để đối chiếu số lượng với dữ liệu; bỏ trống thì chỉ kiểm tra số học'),
    jobId,
  })
  .refine((i) => (i.docx === undefined) !== (i.text === undefined), {
    message: 'Cần đúng một trong hai: tệp .docx (docx) hoặc văn bản (text).',
  });

export const claim = z.object({
  kind: z.enum(['share', 'sum', 'count', 'format']),
  text: z.string(),
  printed: z.string(),
  expected: z.string(),
  ok: z.boolean().nullable().describe('đúng, sai, hoặc null: văn bản không cho kiểm được (ví dụ không xác định được mẫu số)'),
  detail: z.string(),
  basis: z.string().optional().describe('bằng lời: so với số nào và vì sao'),
  start: z.number().int(),
  end: z.number().int(),
  fix: z.object({ start: z.number().int(), end: z.number().int(), text: z.string() }).optional(),
});

const change = z.object({ printed: z.string(), replacement: z.string(), start: z.number().int(), end: z.number().int() });

export const checkContract = {
  'check.draft': method(
    'Kiểm tra số liệu của một bản thảo: mọi tỷ lệ, tổng và số lượng, đúng hay sai, kèm giá trị đúng và vị trí để tô sáng',
    draftInput,
    z.object({
      text: z.string(),
      claims: z.array(claim),
      /** What to highlight in `text`: one span per claim, in order. */
      spans: z.array(z.object({ start: z.number().int(), end: z.number().int(), ok: z.boolean().nullable(), claim: z.number().int() })),
      summary: z.object({
        claims: z.number().int(),
        wrong: z.number().int(),
        unverified: z.number().int().describe('số liệu không kiểm được (ok: null)'),
        year: z.number().int().nullable().describe('năm dữ liệu dùng để đối chiếu số lượng'),
        draftYear: z
          .number()
          .int()
          .nullable()
          .describe('năm bản thảo nói tới ("Năm 2019", "tính đến 31/12/2019"), null khi không đọc được'),
      }),
    }),
  ),
  'check.fix': method(
    'Bản đã sửa: chỉ thay các con số sai, giữ nguyên định dạng (tệp .docx mã hóa base64, hoặc văn bản)',
    draftInput,
    z.object({
      name: z.string(),
      base64: z.string().nullable(),
      text: z.string().nullable(),
      changes: z.array(change),
      /** Corrections that could not be written in place (a number broken by a tab or a field). */
      skipped: z.array(change),
    }),
  ),
};
