import { z } from 'zod';
import { method, year } from '../define.ts';
import { EDUCATION_LEVELS, PROFESSIONAL_LEVELS, THEORY_LEVELS } from '../../org/catalog.ts';

const id = z.number().int().positive();
const ok = z.object({ ok: z.literal(true) });
const role = z.enum(['secretary', 'deputy', 'member']);

/** Everything about a committee member that is entered; null = not known. */
const fields = z.object({
  fullName: z.string().trim().min(1).max(200),
  role,
  gender: z.enum(['nam', 'nu']).nullable(),
  birthYear: z.number().int().min(1900).max(2100).nullable(),
  ethnicity: z.string().trim().max(50).nullable(),
  education: z.enum(EDUCATION_LEVELS).nullable(),
  professional: z.enum(PROFESSIONAL_LEVELS).nullable(),
  theory: z.enum(THEORY_LEVELS).nullable(),
  /** Đã bồi dưỡng trong năm. */
  trained: z.boolean(),
  /** The secretary's concurrent roles: trưởng thôn/tổ dân phố, trưởng ban công tác Mặt trận, tham gia quản lý doanh nghiệp. */
  villageHead: z.boolean().nullable(),
  frontHead: z.boolean().nullable(),
  managesEnterprise: z.boolean().nullable(),
  /** The member's own rating of the year: a level code, full name or abbreviation (HTXSNV…) on the year's member scale; null = not rated. */
  rating: z.string().trim().max(100).nullable(),
});
/** Absent fields of a new member are unknown (null), not trained. */
const newMember = fields.partial().required({ fullName: true, role: true });

export const committeeMemberView = fields.extend({
  /** The stored level code (htxs, htt, ht, khtnv), or null. */
  rating: z.string().nullable(),
  id: z.number().int(),
  year: z.number().int(),
  unitId: z.number().int(),
  unitCode: z.string(),
  unitName: z.string(),
});

const choice = z.object({ code: z.string(), name: z.string() });

export const committeeContract = {
  'committee.catalog': method(
    'Các lựa chọn khi nhập cấp ủy viên: chức vụ, học vấn, chuyên môn, lý luận chính trị (mã và tên)',
    z.object({}),
    z.object({ roles: z.array(choice), education: z.array(choice), professional: z.array(choice), theory: z.array(choice) }),
  ),
  'committee.list': method(
    'Cấp ủy viên của một năm (mọi đơn vị, hoặc một đơn vị): bí thư, phó bí thư, cấp ủy viên với trình độ và kiêm nhiệm',
    z.object({ year, unitId: id.optional() }),
    z.array(committeeMemberView),
  ),
  'committee.add': method(
    'Thêm cấp ủy viên của một đơn vị trong một năm (mỗi đơn vị một bí thư); trường không gửi là chưa biết',
    newMember.extend({ year, unitId: id }),
    z.object({ id: z.number().int() }),
  ),
  'committee.update': method('Sửa thông tin một cấp ủy viên (chỉ các trường gửi lên)', fields.partial().extend({ id }), ok),
  'committee.remove': method('Xóa một cấp ủy viên', z.object({ id }), ok),
  'committee.apply': method(
    'Ghi một loạt thay đổi cấp ủy viên (dán từ Excel) trong một lần, tất cả hoặc không gì cả: xóa, rồi sửa, rồi thêm; lỗi ghi theo thứ tự từng mục',
    z.object({
      year,
      add: z
        .array(newMember.extend({ unitId: id }))
        .max(100000)
        .default([]),
      update: z.array(fields.partial().extend({ id })).max(100000).default([]),
      remove: z.array(id).max(100000).default([]),
    }),
    z.object({ added: z.number().int(), updated: z.number().int(), removed: z.number().int(), ids: z.array(z.number().int()) }),
  ),
  'committee.copyFromYear': method(
    'Chép cấp ủy viên năm trước sang năm mới, cho các đơn vị còn tồn tại và chưa có cấp ủy viên năm mới (đã bồi dưỡng và xếp loại không chép)',
    z.object({ fromYear: year, toYear: year }),
    z.object({ copied: z.number().int(), units: z.number().int(), skippedUnits: z.number().int() }),
  ),
};
