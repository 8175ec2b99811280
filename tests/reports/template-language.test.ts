/** The template language: loops, conditions, inline emphasis and lists; every bad construct named with its line and a suggestion. */
import { describe, expect, it } from 'vitest';
import { openDatabase, type DB } from '../../db/open.ts';
import { checkTemplate, nearest } from '../../reports/template/validate.ts';
import { saveTemplate } from '../../reports/template/store.ts';
import { generateReport } from '../../reports/generate.ts';
import { demoCopy } from '../helpers/db.ts';
import { readDocx } from './docx-read.ts';

let shared: DB | undefined;
const db = () => (shared ??= openDatabase(demoCopy()));
const problems = (body: string) => checkTemplate(db(), body).problems;

describe('every bad construct: its line and the nearest valid names', () => {
  it.each([
    ['#### Tiêu đề cấp 4', 1, 'tiêu đề chỉ có 3 cấp'],
    ['Có {{tong-dang-vienn}} người.', 1, 'Có phải "{{tong-dang-vien}}"'],
    ['Năm {{Tổng đảng viên}}', 1, 'Có phải "{{tong-dang-vien}}"'],
    ['[[bang:nhom-chibo]]', 1, 'Có phải "[[bang:nhom-chi-bo]]"'],
    ['{% if co-han-che %}\nA\n{% endif %}', 1, 'không có lệnh "{% if co-han-che %}"'],
    ['{% neu co-han-chee %}\nA\n{% het-neu %}', 1, 'Có phải "{% neu co-han-che %}"'],
    ['{% lap nhomm %}\n{{nhom.ten}}\n{% het-lap %}', 1, 'Có phải "{% lap nhom %}"'],
    ['{% lap nhom %}\n{{nhom.tenn}}\n{% het-lap %}', 2, 'Có phải "{{nhom.ten}}"'],
    ['{{nhom.ten}}', 1, 'chỉ dùng bên trong {% lap nhom %}'],
    ['{% lap nhom %}\nA', 1, 'thiếu {% het-lap %}'],
    ['A\n{% het-neu %}', 2, 'không có lệnh nào đang mở'],
    ['Chữ **đậm chưa đóng', 1, 'dấu ** (in đậm) mở mà không đóng'],
    ['Chữ *nghiêng chưa đóng', 1, 'dấu * (in nghiêng) mở mà không đóng'],
    ['Có {% neu co-han-che %} ở giữa', 1, 'phải đứng riêng một dòng'],
    ['Mở {{ nam', 1, 'không khép đúng cặp'],
  ])('%j → line %i: %s', (body, line, message) => {
    const p = problems(body);
    expect(p.length, JSON.stringify(p)).toBeGreaterThan(0);
    expect(p[0]!.line).toBe(line);
    expect(p[0]!.message).toContain(message);
  });

  it('reports every problem at once, in line order, never the whole catalogue', () => {
    const p = problems('# A\n{{khong-co}}\n[[bang:khong-co]]\n#### B\n{% lap nhom %}\n{{nhom.x}}\n');
    expect(p.map((x) => x.line)).toEqual([2, 3, 4, 5, 6]);
    for (const x of p) expect(x.message.length).toBeLessThan(300);
  });

  it('suggests at most three names, the closest first', () => {
    expect(nearest('tong-dang-vienn', ['tong-dang-vien', 'tong-dang-vien-nam-truoc', 'nam'])).toEqual(['tong-dang-vien']);
    expect(nearest('ty-le', ['ty-le-nu', 'ty-le-du-bi', 'ty-le-chi-bo-htxs', 'ty-le-dang-vien-htxs']).length).toBeLessThanOrEqual(3);
  });

  it('saving a bad template is refused with every problem; nothing is stored', () => {
    expect(() => saveTemplate(db(), { code: 'sai', kind: 'de-an', name: 'Sai', body: '{% if x %}\n**A\n' })).toThrow(
      /Mẫu "sai" có 2 lỗi:\n- Dòng 1: không có lệnh "\{% if x %\}".*\n- Dòng 2: dấu \*\* \(in đậm\) mở mà không đóng/,
    );
    expect(() => saveTemplate(db(), { code: 'sai', kind: 'de-an', name: 'Sai', body: 'đúng' })).not.toThrow();
  });
});

describe('what a template does with the figures', () => {
  it('repeats a loop per item, decides conditions on the data, prints bold, italic and list items', async () => {
    const d = openDatabase(demoCopy());
    const body = [
      '# I- NHÓM',
      '{% lap nhom %}',
      '- **{{nhom.ten}}**: {{nhom.dang-vien}} đảng viên (*{{nhom.ty-le}}*)',
      '{% het-lap %}',
      '{% neu co-chi-tieu-chua-dat %}',
      'Có chỉ tiêu chưa đạt:',
      '{% lap chi-tieu-chua-dat %}',
      '- {{chi-tieu-chua-dat.ten}}: cần thêm {{chi-tieu-chua-dat.can-them}}',
      '{% het-lap %}',
      '{% con-lai %}',
      'Mọi chỉ tiêu đều đạt.',
      '{% het-neu %}',
      '{% neu khong co-vuot-ty-le %}',
      'Không nơi nào vượt tỷ lệ.',
      '{% het-neu %}',
      'Dấu sao viết được: 5 \\* 4.',
    ].join('\n');
    saveTemplate(d, { code: 'thu-lap', kind: 'de-an', name: 'Thử', body });
    const r = await generateReport(d, { kind: 'de-an', year: 2019, template: 'thu-lap', date: '2019-03-15', preview: true });
    const { text, document } = await readDocx(r.bytes);
    expect(text).toContain('- Chi bộ trực thuộc đảng bộ xã, thị trấn: 6.067 đảng viên (85,44%)');
    expect(text).toContain('- Chi bộ cơ sở: 446 đảng viên (6,28%)');
    expect(/<w:r><w:rPr><w:b\/>[^]*?<w:t[^>]*>Chi bộ cơ sở<\/w:t>/.test(document)).toBe(true);
    expect(/<w:r><w:rPr><w:i\/>[^]*?<w:t[^>]*>85,44%<\/w:t>/.test(document)).toBe(true);
    expect(text).toContain('Có chỉ tiêu chưa đạt:');
    expect(text).toMatch(/- Hằng năm, 100% đội ngũ cấp ủy chi bộ hoàn thành tốt nhiệm vụ trở lên: cần thêm 26/);
    expect(text).not.toContain('Mọi chỉ tiêu đều đạt.');
    // Phượng Cách is over the quota in 2019: the negated condition is false.
    expect(text).not.toContain('Không nơi nào vượt tỷ lệ.');
    expect(text).toContain('Dấu sao viết được: 5 * 4.');
    for (const raw of ['{%', '%}', '**', '{{']) expect(text).not.toContain(raw);
  });
});
