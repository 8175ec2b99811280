/** What was changed in the design to meet the budgets, and what is known about the rest: printed under the table. */
export const DESIGN_NOTES: string[] = [
  '## Thiết kế đã đổi để đạt ngân sách',
  '',
  '- Phân tổ (stats.breakdown, và stats.compare dùng nó) không còn nạp mọi đơn vị của năm vào OrgTree rồi cộng dồn bằng TypeScript: một câu SQL GROUP BY (db/aggregates.ts) đếm chi bộ và đảng viên theo nhóm, khối, loại hình, xếp loại. Trước đó một phân tổ ở quy mô tỉnh mất 150–450 ms, so sánh 5 năm khoảng 2 giây. Kết quả trùng từng số với cách cũ (tests/scale/fast-path.test.ts, trên dữ liệu mẫu và tỉnh tổng hợp).',
  '- Câu lệnh ghi từng dòng (số liệu, xếp loại, cấp ủy viên, đơn vị) được chuẩn bị một lần cho mỗi tệp (db/statements.ts): chuẩn bị tốn khoảng 15 µs, chạy khoảng 4 µs.',
  '- Chỉ mục unit_year(year, sort) (migration 006): thêm đơn vị không còn quét cả năm để lấy thứ tự kế tiếp; tạo 25.000 đơn vị từ 33 giây còn 5 giây.',
];
