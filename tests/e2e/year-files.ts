/**
 * The spreadsheets an office brings to its first year, written as Excel writes them: the unit list, the
 * "Xếp loại" and "Cấp ủy viên" sheets with the headers of the issue, and a member list whose join-date
 * column goes by a name the program does not know (so the mapping step is needed).
 */
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';

async function write(path: string, sheets: { name: string; rows: (string | number | Date | null)[][] }[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    for (const r of s.rows) ws.addRow(r);
  }
  await wb.xlsx.writeFile(path);
  return path;
}

/** Kinds and words in any case, with or without diacritics, as the issue allows. */
export const UNIT_ROWS = [
  ['Mã', 'Tên', 'Loại', 'Mã cấp trên', 'Khối', 'Loại hình'],
  ['T01', 'Chi bộ thôn Đồng Bụt', 'chi bộ cơ sở', '', '', 'Chi bộ thôn'],
  ['T02', 'Chi bộ thôn Phúc Đức', 'Chi bo co so', '', '', 'CHI BO THON'],
  ['TDP1', 'Chi bộ tổ dân phố Phố Huyện', 'Chi bộ cơ sở', '', '', 'chi bộ tổ dân phố'],
  ['TH', 'Chi bộ Trường THCS Quốc Oai', 'chi bộ cơ sở', '', 'Sự nghiệp', 'Chi bộ trường học'],
  ['CQ', 'Đảng bộ cơ quan Đảng - đoàn thể xã', 'ĐẢNG BỘ CƠ SỞ', '', 'Cơ quan', ''],
  ['CQ.01', 'Chi bộ Văn phòng Đảng ủy', 'chi bộ trực thuộc', 'CQ', '', 'Chi bộ cơ quan'],
  ['CQ.02', 'Chi bộ Mặt trận và các đoàn thể', 'chi bo truc thuoc', 'CQ', '', 'chi bộ cơ quan'],
];

export const unitList = (dir: string) => write(join(dir, 'don-vi.xlsx'), [{ name: 'Đơn vị', rows: UNIT_ROWS }]);

/**
 * As CSV (UTF-8 with the BOM Excel writes): row 3 puts a chi bộ under a chi bộ, row 4 has a kind that does
 * not exist, so the whole file is refused.
 */
export function badUnitList(dir: string): string {
  const rows = [
    UNIT_ROWS[0]!,
    UNIT_ROWS[1]!,
    ['T01.1', 'Tổ đảng xóm Chùa', 'chi bộ trực thuộc', 'T01', '', ''],
    ['X9', 'Ban chỉ đạo', 'ban chỉ đạo', '', '', ''],
  ];
  const path = join(dir, 'don-vi-loi.csv');
  writeFileSync(
    path,
    `\ufeff${rows.map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\r\n')}\r\n`,
  );
  return path;
}

/** The rest of the ratings and committee members, as the year's template sheets. */
export const ratingsAndCommittee = (dir: string) =>
  write(join(dir, 'xep-loai-cap-uy.xlsx'), [
    {
      name: 'Xếp loại',
      rows: [
        [
          'Mã đơn vị',
          'Tên đơn vị',
          'Xếp loại',
          'Điểm',
          'ĐV hoàn thành xuất sắc',
          'ĐV hoàn thành tốt',
          'ĐV hoàn thành',
          'ĐV không hoàn thành',
          'ĐV chưa đánh giá',
        ],
        ['TH', 'Chi bộ Trường THCS Quốc Oai', 'HTTNV', 80, 0, 3, 1, 0, 0],
        ['CQ', 'Đảng bộ cơ quan Đảng - đoàn thể xã', 'Hoàn thành xuất sắc nhiệm vụ', 95, null, null, null, null, null],
        ['CQ.01', 'Chi bộ Văn phòng Đảng ủy', 'htxsnv', 91, 2, 8, 2, 0, 0],
        ['CQ.02', 'Chi bộ Mặt trận và các đoàn thể', 'hoan thanh nhiem vu', 55, 0, 5, 3, 1, 0],
      ],
    },
    {
      name: 'Cấp ủy viên',
      rows: [
        [
          'Mã chi bộ',
          'Họ và tên',
          'Chức vụ',
          'Giới tính',
          'Năm sinh',
          'Dân tộc',
          'Học vấn',
          'Chuyên môn',
          'Lý luận chính trị',
          'Đã bồi dưỡng',
        ],
        ['TH', 'Trần Thị Hoa', 'Bí thư', 'Nữ', 1980, 'Kinh', 'THPT', 'Đại học', 'Trung cấp', 'x'],
        ['CQ.01', 'Lê Văn Nam', 'Bí thư', 'Nam', 1975, 'Kinh', 'THPT', 'Đại học', 'Cao cấp', 'x'],
        ['CQ.02', 'Phạm Thị Lan', 'bí thư', 'nữ', 1985, 'Kinh', 'THPT', 'Cao đẳng', 'Sơ cấp', ''],
      ],
    },
  ]);

/** Four members of the school cell; "Ngày được kết nạp" is not a header the program knows. */
export const memberList = (dir: string) =>
  write(join(dir, 'dang-vien-truong.xlsx'), [
    {
      name: 'Danh sách',
      rows: [
        ['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Ngày được kết nạp', 'Ngày chính thức', 'Mã chi bộ'],
        [1, 'Trần Thị Hoa', '12/03/1980', 'Nữ', '15/05/2005', '15/05/2006', 'TH'],
        [2, 'Nguyễn Thị Thu', '02/09/1988', 'Nữ', '19/05/2012', '19/05/2013', 'TH'],
        [3, 'Bùi Văn Tùng', '21/11/1990', 'Nam', '03/02/2015', '03/02/2016', 'TH'],
        [4, 'Đặng Thị Yến', '07/07/1992', 'Nữ', '02/09/2018', '02/09/2019', 'TH'],
      ],
    },
  ]);
