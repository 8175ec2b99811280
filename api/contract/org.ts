import { z } from 'zod';
import { method, year } from '../define.ts';
import { UNIT_KINDS } from '../../org/catalog.ts';

const kind = z.enum(UNIT_KINDS);
const unitId = z.number().int().positive();
const name = z.string().trim().min(1).max(300);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày viết theo dạng năm-tháng-ngày, ví dụ 2025-07-01');
/** A unit that exists, or the n-th unit the same step opens. */
const target = z.union([z.object({ unitId }), z.object({ open: z.number().int().min(0) })]);

export const unitView = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  kind,
  parentId: z.number().int().nullable(),
  parent: z.string().nullable(),
  sector: z.string().nullable(),
  unitType: z.string().nullable(),
  depth: z.number().int(),
  members: z.number().int(),
});

export const orgContract = {
  'years.list': method('Các năm có dữ liệu', z.object({}), z.array(z.number().int())),
  'units.list': method('Cơ cấu tổ chức của một năm, theo thứ tự cây, kèm số đảng viên', z.object({ year }), z.array(unitView)),
  'units.create': method(
    'Thêm đơn vị',
    z.object({
      year,
      name,
      kind,
      parentId: unitId.nullable(),
      sector: z.string().nullable().optional(),
      unitType: z.string().nullable().optional(),
      code: z.string().optional(),
    }),
    z.object({ id: z.number().int() }),
  ),
  'units.rename': method('Đổi tên đơn vị', z.object({ year, unitId, name }), z.object({ ok: z.literal(true) })),
  'units.move': method(
    'Chuyển đơn vị sang đơn vị cấp trên khác',
    z.object({ year, unitId, parentId: unitId }),
    z.object({ ok: z.literal(true) }),
  ),
  'units.merge': method(
    'Sáp nhập nhiều đơn vị (đảng bộ cơ sở cùng mọi đơn vị trực thuộc, hoặc chi bộ) thành một đơn vị mới, trong một bước; số liệu của các chi bộ được cộng dồn; giữ mã cũ hoặc đánh lại mã theo đơn vị mới',
    z.object({
      year,
      unitIds: z.array(unitId).min(2),
      name,
      code: z.string().optional(),
      renumber: z.boolean().optional(),
      date: isoDate.optional(),
    }),
    z.object({ id: z.number().int() }),
  ),
  'units.split': method(
    'Chia tách một đơn vị: các chi bộ trực thuộc được chia cho các đơn vị mới hoặc đơn vị có sẵn cùng loại ("một phần về xã khác"); chi bộ không có đơn vị trực thuộc thì nhập lại số liệu cho các phần',
    z.object({
      year,
      unitId,
      date: isoDate.optional(),
      renumber: z.boolean().optional(),
      parts: z
        .array(
          z
            .object({ name: name.optional(), code: z.string().optional(), unitId: unitId.optional(), childIds: z.array(unitId).optional() })
            .refine((p) => p.name !== undefined || p.unitId !== undefined, 'Mỗi phần cần tên đơn vị mới hoặc một đơn vị có sẵn'),
        )
        .min(2),
    }),
    z.object({ ids: z.array(z.number().int()) }),
  ),
  'units.upgrade': method(
    'Chuyển chi bộ trực thuộc thành chi bộ cơ sở trực thuộc cấp ủy (chi bộ trường học, y tế… năm 2025)',
    z.object({ year, unitIds: z.array(unitId).min(1), date: isoDate.optional() }),
    z.object({ ok: z.literal(true) }),
  ),
  'units.reorganize': method(
    'Một bước sắp xếp: giải thể các đơn vị, thành lập các đơn vị kế tiếp cùng ngày, chuyển các đơn vị trực thuộc sang đơn vị mới (có thể đổi loại); ghi lịch sử và hoàn tác được đến khi bắt đầu năm sau',
    z.object({
      year,
      date: isoDate.optional(),
      summary: z.string().max(500).optional(),
      renumber: z.boolean().optional(),
      close: z.array(unitId),
      open: z.array(
        z.object({
          name,
          code: z.string().optional(),
          kind,
          parent: target.nullable(),
          sector: z.string().nullable().optional(),
          unitType: z.string().nullable().optional(),
        }),
      ),
      moves: z.array(z.object({ unitId, to: target, kind: kind.optional() })),
      into: z.array(z.object({ unitId, to: z.array(target) })).optional(),
    }),
    z.object({ changeId: z.number().int(), opened: z.array(z.number().int()) }),
  ),
  'units.changes': method(
    'Các bước sắp xếp đã ghi (của một năm hoặc mọi năm), bước nào còn hoàn tác được và vì sao không',
    z.object({ year: year.optional() }),
    z.array(
      z.object({
        id: z.number().int(),
        year: z.number().int(),
        date: z.string(),
        kind: z.string(),
        summary: z.string(),
        undoable: z.boolean(),
        reason: z.string().nullable(),
      }),
    ),
  ),
  'units.undo': method(
    'Hoàn tác một bước sắp xếp (bước sau cùng của năm, khi năm sau chưa bắt đầu): đơn vị, số liệu, xếp loại, cấp ủy và mã trở lại như trước',
    z.object({ changeId: z.number().int().positive() }),
    z.object({ ok: z.literal(true) }),
  ),
  'units.dissolve': method('Giải thể đơn vị', z.object({ year, unitId }), z.object({ ok: z.literal(true) })),
  'units.startYear': method(
    'Tạo cơ cấu năm mới từ năm trước',
    z.object({ fromYear: year, toYear: year }),
    z.object({ units: z.number().int() }),
  ),
  'units.lineage': method(
    'Lịch sử của một đơn vị: tên qua các năm, sáp nhập, chia tách',
    z.object({ unitId }),
    z.object({
      names: z.array(z.object({ year: z.number().int(), name: z.string() })),
      events: z.array(z.object({ year: z.number().int(), kind: z.string(), text: z.string(), date: z.string().nullable() })),
    }),
  ),
};
