import { z } from 'zod';
import { method, year } from '../define.ts';
import { UNIT_KINDS } from '../../org/catalog.ts';

const kind = z.enum(UNIT_KINDS);
const unitId = z.number().int().positive();
const name = z.string().trim().min(1).max(300);

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
    z.object({ year, name, kind, parentId: unitId.nullable(), sector: z.string().nullable().optional(), unitType: z.string().nullable().optional(), code: z.string().optional() }),
    z.object({ id: z.number().int() }),
  ),
  'units.rename': method('Đổi tên đơn vị', z.object({ year, unitId, name }), z.object({ ok: z.literal(true) })),
  'units.move': method('Chuyển đơn vị sang đơn vị cấp trên khác', z.object({ year, unitId, parentId: unitId }), z.object({ ok: z.literal(true) })),
  'units.merge': method(
    'Sáp nhập nhiều đơn vị thành một đơn vị mới; số liệu năm đó được cộng dồn',
    z.object({ year, unitIds: z.array(unitId).min(2), name, code: z.string().optional() }),
    z.object({ id: z.number().int() }),
  ),
  'units.split': method(
    'Chia tách một đơn vị thành nhiều đơn vị mới',
    z.object({ year, unitId, parts: z.array(z.object({ name, code: z.string().optional() })).min(2) }),
    z.object({ ids: z.array(z.number().int()) }),
  ),
  'units.dissolve': method('Giải thể đơn vị', z.object({ year, unitId }), z.object({ ok: z.literal(true) })),
  'units.startYear': method('Tạo cơ cấu năm mới từ năm trước', z.object({ fromYear: year, toYear: year }), z.object({ units: z.number().int() })),
  'units.lineage': method(
    'Lịch sử của một đơn vị: tên qua các năm, sáp nhập, chia tách',
    z.object({ unitId }),
    z.object({
      names: z.array(z.object({ year: z.number().int(), name: z.string() })),
      events: z.array(z.object({ year: z.number().int(), kind: z.string(), text: z.string() })),
    }),
  ),
};
