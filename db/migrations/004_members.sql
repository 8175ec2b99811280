-- Member lists: the personal records behind the derived yearly figures. They never leave this file;
-- only per-unit counts (in `figure`) feed breakdowns and documents.
CREATE TABLE member_person (
  id          INTEGER PRIMARY KEY,
  year        INTEGER NOT NULL,
  unit_id     INTEGER NOT NULL REFERENCES unit(id) ON DELETE CASCADE,
  full_name   TEXT NOT NULL,
  birth_date  TEXT NOT NULL,            -- 'YYYY-MM-DD', or 'YYYY' when the list gives only the year
  gender      TEXT CHECK (gender IN ('nam','nu')),
  ethnicity   TEXT,
  religion    TEXT,
  joined_on   TEXT NOT NULL,            -- ngày vào Đảng, same forms as birth_date
  official_on TEXT,                     -- ngày chính thức; NULL while probationary
  education   TEXT,
  professional TEXT,
  theory      TEXT,
  card_no     TEXT,
  source_row  INTEGER                   -- row in the imported sheet, to point back at it
) STRICT;
CREATE INDEX member_person_year_unit ON member_person(year, unit_id);

-- Indicators derived from member lists (age at 31/12, years of membership, badges due that year).
INSERT INTO indicator (code, name, builtin, part_of, sort) VALUES
  ('tuoi_den_30',        'Đảng viên từ 30 tuổi trở xuống', 1, 'dang_vien', 200),
  ('tuoi_31_40',         'Đảng viên từ 31 đến 40 tuổi',    1, 'dang_vien', 201),
  ('tuoi_41_50',         'Đảng viên từ 41 đến 50 tuổi',    1, 'dang_vien', 202),
  ('tuoi_51_60',         'Đảng viên từ 51 đến 60 tuổi',    1, 'dang_vien', 203),
  ('tuoi_tren_60',       'Đảng viên trên 60 tuổi',         1, 'dang_vien', 204),
  ('tuoi_dang_duoi_10',  'Tuổi Đảng dưới 10 năm',          1, 'dang_vien', 210),
  ('tuoi_dang_10_29',    'Tuổi Đảng từ 10 đến 29 năm',     1, 'dang_vien', 211),
  ('tuoi_dang_30',       'Tuổi Đảng từ 30 năm trở lên',    1, 'dang_vien', 212),
  ('huy_hieu_30',        'Đến hạn Huy hiệu 30 năm tuổi Đảng', 1, 'dang_vien', 230),
  ('huy_hieu_40',        'Đến hạn Huy hiệu 40 năm tuổi Đảng', 1, 'dang_vien', 240),
  ('huy_hieu_45',        'Đến hạn Huy hiệu 45 năm tuổi Đảng', 1, 'dang_vien', 245),
  ('huy_hieu_50',        'Đến hạn Huy hiệu 50 năm tuổi Đảng', 1, 'dang_vien', 250),
  ('huy_hieu_55',        'Đến hạn Huy hiệu 55 năm tuổi Đảng', 1, 'dang_vien', 255),
  ('huy_hieu_60',        'Đến hạn Huy hiệu 60 năm tuổi Đảng', 1, 'dang_vien', 260),
  ('huy_hieu_65',        'Đến hạn Huy hiệu 65 năm tuổi Đảng', 1, 'dang_vien', 265),
  ('huy_hieu_70',        'Đến hạn Huy hiệu 70 năm tuổi Đảng', 1, 'dang_vien', 270),
  ('huy_hieu_75',        'Đến hạn Huy hiệu 75 năm tuổi Đảng', 1, 'dang_vien', 275),
  ('huy_hieu_80',        'Đến hạn Huy hiệu 80 năm tuổi Đảng', 1, 'dang_vien', 280),
  ('huy_hieu_85',        'Đến hạn Huy hiệu 85 năm tuổi Đảng', 1, 'dang_vien', 285),
  ('huy_hieu_90',        'Đến hạn Huy hiệu 90 năm tuổi Đảng', 1, 'dang_vien', 290);
