import { z } from 'zod';
import { jobId, method, year } from '../define.ts';
import { COMPARABLE_LEVELS } from '../../targets/levels.ts';
import { scopeSchema } from '../../targets/scope-schema.ts';
import { coverageSummary } from './coverage.ts';
import {
  dueSchema,
  failingPageSchema,
  planInfoSchema,
  planYearSchema,
  targetResultSchema,
  targetsTableSchema,
} from '../../targets/results.schema.ts';

const id = z.number().int().positive();
/** The largest page of targets.failing: the CLI reads a province's lists (up to 75.000 members) in a few pages. */
export const FAILING_PAGE_MAX = 20_000;
const ok = z.object({ ok: z.literal(true) });
const due = dueSchema;

const planInput = z.object({
  name: z.string().trim().min(1).max(500),
  number: z.string().max(100).nullable().optional(),
  /** Ngày ban hành, 'YYYY-MM-DD'. */
  issuedOn: z.iso.date().nullable().optional(),
  startYear: year,
  endYear: year,
});

const planInfo = planInfoSchema;

/** A target as entered: a measure of the catalogue on a scope, a threshold, every year or by a year. */
const targetInput = z.object({
  label: z.string().trim().min(1).max(1000),
  scope: z.union([z.string(), scopeSchema]),
  measure: z.string(),
  params: z.record(z.string(), z.unknown()).optional(),
  threshold: z.number().min(0).max(100),
  due,
  dueYear: year.nullable().optional(),
});

export const targetResult = targetResultSchema;

export const planYearResult = planYearSchema.extend({ coverage: coverageSummary.optional() });

export const targetsTableResult = targetsTableSchema.extend({ coverage: z.array(coverageSummary).optional() });

const quotaOrg = z.object({
  unitId: z.number().int(),
  unit: z.string(),
  excellent: z.number().int(),
  good: z.number().int(),
  allowed: z.number().int(),
  excess: z.number().int(),
  ok: z.boolean(),
  cells: z.array(z.object({ unitId: z.number().int(), unit: z.string(), excellent: z.number().int(), good: z.number().int() })),
});

export const targetsContract = {
  'targets.catalog': method(
    'Danh mục cách đo (kèm tham số), phạm vi có sẵn và các mức xếp loại so sánh được: đủ để thêm chỉ tiêu không cần lập trình',
    z.object({}),
    z.object({
      measures: z.array(
        z.object({
          id: z.string(),
          label: z.string(),
          subject: z.enum(['cells', 'committeeMembers', 'secretaries']),
          params: z.record(z.string(), z.unknown()),
        }),
      ),
      scopes: z.array(scopeSchema),
      comparableLevels: z.array(z.object({ code: z.enum(COMPARABLE_LEVELS), unit: z.string(), member: z.string() })),
    }),
  ),
  'targets.scaleMapping': method(
    'Bảng quy đổi xếp loại giữa các thang (Hướng dẫn 27-HD/BTCTW 2014, Quy định 132-QĐ/TW 2018, 124-QĐ/TW 2023, 366-QĐ/TW 2025) dùng khi so sánh qua các năm và đánh giá đề án viết theo thang cũ',
    z.object({}),
    z.array(
      z.object({
        scale: z.string(),
        scaleName: z.string(),
        code: z.string(),
        name: z.string(),
        comparable: z.enum(COMPARABLE_LEVELS),
        comparableName: z.string(),
        note: z.string().nullable(),
      }),
    ),
  ),
  'targets.scopeUnits': method(
    'Các chi bộ thuộc một phạm vi trong một năm (xem trước phạm vi trước khi lưu chỉ tiêu)',
    z.object({ year, scope: z.union([z.string(), scopeSchema]) }),
    z.object({ scope: scopeSchema, units: z.array(z.object({ id: z.number().int(), name: z.string(), parent: z.string().nullable() })) }),
  ),
  'plans.list': method(
    'Các đề án và chỉ tiêu của chúng',
    z.object({}),
    z.array(
      planInfo.extend({
        targets: z.array(
          z.object({
            id: z.number().int(),
            label: z.string(),
            scope: scopeSchema,
            measure: z.string(),
            params: z.record(z.string(), z.unknown()),
            threshold: z.number(),
            due,
            dueYear: z.number().int().nullable(),
          }),
        ),
      }),
    ),
  ),
  'plans.create': method('Thêm đề án (tên, số, thời gian thực hiện)', planInput, z.object({ id: z.number().int() })),
  'plans.update': method('Sửa đề án', planInput.extend({ id }), ok),
  'plans.delete': method('Xóa đề án cùng các chỉ tiêu của nó', z.object({ id }), ok),
  'plans.copy': method(
    'Sao chép một đề án cùng mọi chỉ tiêu của nó (tên, số, thời gian mới nếu gửi lên; mặc định "… (bản sao)")',
    z.object({
      id,
      name: z.string().trim().min(1).max(500).optional(),
      number: z.string().max(100).nullable().optional(),
      startYear: year.optional(),
      endYear: year.optional(),
    }),
    z.object({ id: z.number().int(), targets: z.number().int() }),
  ),
  'targets.add': method(
    'Thêm chỉ tiêu vào đề án: một cách đo trong danh mục, trên một phạm vi (mã có sẵn hoặc do người dùng định nghĩa), một ngưỡng %, hằng năm hoặc đến một năm',
    targetInput.extend({ planId: id }),
    z.object({ id: z.number().int() }),
  ),
  'targets.update': method('Sửa một chỉ tiêu (nội dung, phạm vi, cách đo, ngưỡng, hạn)', targetInput.extend({ id }), ok),
  'targets.preview': method(
    'Giá trị hiện tại của một chỉ tiêu đang soạn (chưa lưu) trong một năm: tỷ lệ chính xác, đạt hay không, còn thiếu, đơn vị chưa đạt đầu tiên; kèm mức đầy đủ của năm',
    targetInput.extend({ year, planId: id.optional() }),
    z.object({ result: targetResult, missingUnits: z.number().int(), coverageText: z.string().nullable() }),
  ),
  'targets.delete': method('Xóa một chỉ tiêu', z.object({ id }), ok),
  'targets.evaluate': method(
    'Đánh giá các chỉ tiêu của đề án trong một năm: giá trị chính xác, đạt hay không, còn thiếu bao nhiêu, đơn vị / cấp ủy viên chưa đạt',
    z.object({ year, planId: id.optional() }),
    planYearResult,
  ),
  'targets.failing': method(
    'Các đơn vị / cấp ủy viên chưa đạt một chỉ tiêu trong một năm, theo trang (đánh giá chỉ trả 50 trường hợp đầu và tổng số)',
    z.object({
      planId: id,
      targetId: id,
      year,
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(FAILING_PAGE_MAX).default(100),
    }),
    failingPageSchema,
  ),
  'targets.table': method(
    'Bảng chỉ tiêu × năm và số chỉ tiêu đạt mỗi năm (cho biểu đồ)',
    z.object({ years: z.array(year).min(1).max(20), planId: id.optional(), jobId }),
    targetsTableResult,
  ),
  'targets.quota': method(
    'Kiểm tra tỷ lệ hoàn thành xuất sắc nhiệm vụ không vượt quá 20% số hoàn thành tốt nhiệm vụ: đảng viên theo từng tổ chức cơ sở đảng; và, khi cài đặt bật, tổ chức cơ sở đảng và chi bộ trực thuộc',
    z.object({ year }),
    z.object({
      year: z.number().int(),
      rule: z.string(),
      orgs: z.array(quotaOrg),
      violations: z.array(quotaOrg),
      /** Per kind (đảng viên, tổ chức cơ sở đảng, chi bộ), as settings.quota turns each on. */
      kinds: z.array(
        z.object({
          kind: z.enum(['members', 'baseOrgs', 'cells']),
          label: z.string(),
          enabled: z.boolean(),
          rule: z.string(),
          groups: z.array(quotaOrg),
          violations: z.array(quotaOrg),
        }),
      ),
    }),
  ),
};
