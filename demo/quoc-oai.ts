/**
 * The structure of Đảng bộ huyện Quốc Oai in 2019, as the seed article gives it:
 * 44 TCCSĐ = 26 đảng bộ cơ sở + 18 chi bộ cơ sở; 221/6.067, 45/474, 12/114, 18/446.
 */

export const COMMITTEE = { code: 'QO', name: 'Đảng bộ huyện Quốc Oai' };

export const COMMUNES = [
  'Thị trấn Quốc Oai',
  'Cấn Hữu',
  'Cộng Hòa',
  'Đại Thành',
  'Đồng Quang',
  'Đông Xuân',
  'Đông Yên',
  'Hòa Thạch',
  'Liệp Tuyết',
  'Nghĩa Hương',
  'Ngọc Liệp',
  'Ngọc Mỹ',
  'Phú Cát',
  'Phú Mãn',
  'Phượng Cách',
  'Sài Sơn',
  'Tân Hòa',
  'Tân Phú',
  'Thạch Thán',
  'Tuyết Nghĩa',
  'Yên Sơn',
];
/** Cells per commune in 2019 (villages + a school cell + a military cell): 221 in all. */
export const COMMUNE_CELLS = [14, 10, 9, 9, 8, 12, 13, 11, 9, 8, 10, 11, 12, 10, 10, 15, 9, 12, 9, 11, 9];
export const COMMUNE_MEMBERS = 6067;

export const AGENCY_COMMITTEES: { name: string; sector: string; cells: string[] }[] = [
  {
    name: 'Đảng bộ Khối các cơ quan Đảng - Đoàn thể huyện',
    sector: 'co-quan',
    cells: [
      'Văn phòng Huyện ủy',
      'Ban Tổ chức Huyện ủy',
      'Ban Tuyên giáo Huyện ủy',
      'Ủy ban Kiểm tra Huyện ủy',
      'Ban Dân vận Huyện ủy',
      'Trung tâm Bồi dưỡng chính trị',
      'Ủy ban MTTQ huyện',
      'Hội Liên hiệp Phụ nữ huyện',
      'Huyện đoàn',
      'Hội Nông dân huyện',
      'Hội Cựu chiến binh huyện',
      'Liên đoàn Lao động huyện',
    ],
  },
  {
    name: 'Đảng bộ Khối cơ quan chính quyền huyện',
    sector: 'co-quan',
    cells: [
      'Văn phòng HĐND - UBND',
      'Phòng Nội vụ',
      'Phòng Tài chính - Kế hoạch',
      'Phòng Tài nguyên và Môi trường',
      'Phòng Kinh tế',
      'Phòng Quản lý đô thị',
      'Phòng Giáo dục và Đào tạo',
      'Phòng Y tế',
      'Phòng Văn hóa và Thông tin',
      'Phòng Lao động - Thương binh và Xã hội',
      'Phòng Tư pháp',
      'Thanh tra huyện',
      'Ban Quản lý dự án',
      'Trung tâm Văn hóa - Thông tin và Thể thao',
      'Đài Phát thanh huyện',
      'Văn phòng Đăng ký đất đai',
      'Trung tâm Phát triển quỹ đất',
      'Ban Quản lý chợ',
      'Hạt Quản lý giao thông',
      'Trạm Khuyến nông',
    ],
  },
  {
    name: 'Đảng bộ Quân sự huyện',
    sector: 'luc-luong-vu-trang',
    cells: ['Chỉ huy', 'Tham mưu', 'Chính trị', 'Hậu cần - Kỹ thuật', 'Trung đội cơ động', 'Kho'],
  },
  {
    name: 'Đảng bộ Công an huyện',
    sector: 'luc-luong-vu-trang',
    cells: [
      'Đội Tổng hợp',
      'Đội Cảnh sát hình sự',
      'Đội An ninh',
      'Đội Cảnh sát giao thông',
      'Đội Quản lý hành chính',
      'Đội Cảnh sát điều tra',
      'Trại tạm giam',
    ],
  },
];
export const AGENCY_MEMBERS = 474;

export const ENTERPRISE_COMMITTEE = {
  name: 'Đảng bộ Khối Doanh nghiệp huyện',
  cells: [
    { name: 'Công ty TNHH Thanh Hà', type: 'doanh-nghiep-ngoai-nha-nuoc' },
    { name: 'Công ty Cổ phần May Quốc Oai', type: 'doanh-nghiep-ngoai-nha-nuoc' },
    { name: 'Công ty Cổ phần Xây dựng Sài Sơn', type: 'doanh-nghiep-ngoai-nha-nuoc' },
    { name: 'Công ty TNHH Cơ khí Phùng Xá', type: 'doanh-nghiep-ngoai-nha-nuoc' },
    { name: 'Công ty Cổ phần Môi trường đô thị Quốc Oai', type: 'doanh-nghiep-ngoai-nha-nuoc' },
    { name: 'Công ty TNHH Dược phẩm Ngọc Liệp', type: 'doanh-nghiep-ngoai-nha-nuoc' },
    { name: 'Công ty Cổ phần Vật liệu xây dựng Đông Yên', type: 'doanh-nghiep-ngoai-nha-nuoc' },
    { name: 'Công ty TNHH Thực phẩm Phú Cát', type: 'doanh-nghiep-ngoai-nha-nuoc' },
    { name: 'Hợp tác xã Nông nghiệp Ngọc Mỹ', type: 'doanh-nghiep-ngoai-nha-nuoc' },
    { name: 'Quỹ Tín dụng nhân dân Sài Sơn', type: 'doanh-nghiep-ngoai-nha-nuoc' },
    { name: 'Công ty TNHH MTV Thủy lợi Quốc Oai', type: 'doanh-nghiep-nha-nuoc' },
    { name: 'Công ty Cổ phần Cấp nước Quốc Oai', type: 'doanh-nghiep-nha-nuoc' },
  ],
};
export const ENTERPRISE_MEMBERS = 114;

export const BASE_CELLS: { name: string; sector: string; type: string }[] = [
  { name: 'Chi bộ Trường THPT Quốc Oai', sector: 'su-nghiep', type: 'truong-hoc' },
  { name: 'Chi bộ Trường THPT Minh Khai', sector: 'su-nghiep', type: 'truong-hoc' },
  { name: 'Chi bộ Trường THPT Cao Bá Quát', sector: 'su-nghiep', type: 'truong-hoc' },
  { name: 'Chi bộ Trường THPT Phan Huy Chú', sector: 'su-nghiep', type: 'truong-hoc' },
  { name: 'Chi bộ Trung tâm Y tế huyện', sector: 'su-nghiep', type: 'y-te' },
  { name: 'Chi bộ Bệnh viện đa khoa huyện', sector: 'su-nghiep', type: 'y-te' },
  { name: 'Chi bộ Trung tâm GDNN - GDTX huyện', sector: 'su-nghiep', type: 'truong-hoc' },
  { name: 'Chi bộ Viện Kiểm sát nhân dân huyện', sector: 'co-quan', type: 'co-quan' },
  { name: 'Chi bộ Tòa án nhân dân huyện', sector: 'co-quan', type: 'co-quan' },
  { name: 'Chi bộ Chi cục Thi hành án dân sự', sector: 'co-quan', type: 'co-quan' },
  { name: 'Chi bộ Chi cục Thuế', sector: 'co-quan', type: 'co-quan' },
  { name: 'Chi bộ Kho bạc Nhà nước huyện', sector: 'co-quan', type: 'co-quan' },
  { name: 'Chi bộ Bảo hiểm xã hội huyện', sector: 'co-quan', type: 'co-quan' },
  { name: 'Chi bộ Chi cục Thống kê', sector: 'co-quan', type: 'co-quan' },
  { name: 'Chi bộ Ngân hàng Nông nghiệp và Phát triển nông thôn', sector: 'doanh-nghiep', type: 'doanh-nghiep-nha-nuoc' },
  { name: 'Chi bộ Ngân hàng Chính sách xã hội', sector: 'co-quan', type: 'co-quan' },
  { name: 'Chi bộ Điện lực Quốc Oai', sector: 'doanh-nghiep', type: 'doanh-nghiep-nha-nuoc' },
  { name: 'Chi bộ Hạt Kiểm lâm', sector: 'co-quan', type: 'co-quan' },
];
export const BASE_CELL_MEMBERS = 446;

/** The name the GDNN-GDTX centre had before the 2018 reorganization: the demo's rename. */
export const RENAMED_FROM = { name: 'Chi bộ Trung tâm GDNN - GDTX huyện', before: 'Chi bộ Trung tâm Giáo dục thường xuyên huyện' };
/** In 2019 two residential groups of the town merged: the demo's merge. */
export const MERGED = {
  commune: 'Thị trấn Quốc Oai',
  sources: ['Chi bộ tổ dân phố 12', 'Chi bộ tổ dân phố 13'],
  into: 'Chi bộ tổ dân phố Ngô Sài',
};

export const FAMILY = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Phan',
  'Vũ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
  'Kiều',
  'Khuất',
  'Đỗ',
  'Nguyễn',
  'Nguyễn',
];
export const MIDDLE_M = ['Văn', 'Đức', 'Hữu', 'Quang', 'Minh', 'Xuân', 'Đình', 'Công', 'Thế'];
export const MIDDLE_F = ['Thị', 'Thu', 'Thanh', 'Ngọc', 'Thị', 'Hồng', 'Kim'];
export const GIVEN_M = [
  'Hùng',
  'Dũng',
  'Thắng',
  'Tuấn',
  'Hải',
  'Long',
  'Sơn',
  'Bình',
  'Cường',
  'Khánh',
  'Thọ',
  'Hiếu',
  'Trung',
  'Tiến',
  'Nam',
  'Phong',
];
export const GIVEN_F = ['Lan', 'Hương', 'Hoa', 'Mai', 'Hạnh', 'Nga', 'Thủy', 'Hà', 'Liên', 'Yến', 'Oanh', 'Dung', 'Huyền', 'Thảo'];
