-- Foundation: settings, the organization tree per year with lineage,
-- indicators and yearly figures, ratings, committee members, plans.

CREATE TABLE setting (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL            -- JSON
) STRICT;

-- A unit's identity outlives its names and parents: figures follow the id.
CREATE TABLE unit (
  id   INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE
) STRICT;

-- What a unit is in a given year. No row = the unit did not exist that year.
CREATE TABLE unit_year (
  year      INTEGER NOT NULL,
  unit_id   INTEGER NOT NULL REFERENCES unit(id) ON DELETE CASCADE,
  name      TEXT NOT NULL,
  kind      TEXT NOT NULL CHECK (kind IN ('committee','baseCommittee','baseCell','subCommittee','cell')),
  parent_id INTEGER REFERENCES unit(id),
  sector    TEXT,
  unit_type TEXT,
  sort      INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (year, unit_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX unit_year_parent ON unit_year(year, parent_id);

-- Reorganizations: merge is several rows into one target, split one source into several.
CREATE TABLE lineage_event (
  id           INTEGER PRIMARY KEY,
  year         INTEGER NOT NULL,   -- first year of the new state
  kind         TEXT NOT NULL CHECK (kind IN ('create','rename','move','merge','split','dissolve')),
  from_unit_id INTEGER REFERENCES unit(id) ON DELETE CASCADE,
  to_unit_id   INTEGER REFERENCES unit(id) ON DELETE CASCADE,
  note         TEXT
) STRICT;
CREATE INDEX lineage_from ON lineage_event(from_unit_id);
CREATE INDEX lineage_to ON lineage_event(to_unit_id);

CREATE TABLE indicator (
  code    TEXT PRIMARY KEY,
  name    TEXT NOT NULL,
  builtin INTEGER NOT NULL DEFAULT 0,
  part_of TEXT REFERENCES indicator(code),   -- "of whom": a part cannot exceed its whole
  sort    INTEGER NOT NULL DEFAULT 0
) STRICT;

-- One row per unit, year and indicator: breakdowns of 25.000 units stay a single GROUP BY.
CREATE TABLE figure (
  year      INTEGER NOT NULL,
  unit_id   INTEGER NOT NULL REFERENCES unit(id) ON DELETE CASCADE,
  indicator TEXT NOT NULL REFERENCES indicator(code) ON UPDATE CASCADE,
  value     INTEGER NOT NULL CHECK (value >= 0),
  PRIMARY KEY (year, indicator, unit_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE rating_level (
  scale TEXT NOT NULL,          -- 'hd27-2014' (to 2017) | 'qd132-2018' (2018 on)
  code  TEXT NOT NULL,
  name  TEXT NOT NULL,
  rank  INTEGER NOT NULL,       -- 1 = best
  PRIMARY KEY (scale, code)
) STRICT;

CREATE TABLE unit_rating (
  year    INTEGER NOT NULL,
  unit_id INTEGER NOT NULL REFERENCES unit(id) ON DELETE CASCADE,
  scale   TEXT NOT NULL,
  level   TEXT NOT NULL,
  PRIMARY KEY (year, unit_id),
  FOREIGN KEY (scale, level) REFERENCES rating_level(scale, code)
) STRICT, WITHOUT ROWID;

CREATE TABLE member_rating (
  year    INTEGER NOT NULL,
  unit_id INTEGER NOT NULL REFERENCES unit(id) ON DELETE CASCADE,
  scale   TEXT NOT NULL,
  level   TEXT NOT NULL,
  count   INTEGER NOT NULL CHECK (count >= 0),
  PRIMARY KEY (year, unit_id, level),
  FOREIGN KEY (scale, level) REFERENCES rating_level(scale, code)
) STRICT, WITHOUT ROWID;

CREATE TABLE committee_member (
  id                 INTEGER PRIMARY KEY,
  year               INTEGER NOT NULL,
  unit_id            INTEGER NOT NULL REFERENCES unit(id) ON DELETE CASCADE,
  full_name          TEXT NOT NULL,
  role               TEXT NOT NULL CHECK (role IN ('secretary','deputy','member')),
  birth_year         INTEGER,
  gender             TEXT CHECK (gender IN ('nam','nu')),
  education          TEXT CHECK (education IN ('thcs','thpt')),
  professional       TEXT CHECK (professional IN ('none','so_cap','trung_cap','cao_dang','dai_hoc','tren_dai_hoc')),
  theory             TEXT CHECK (theory IN ('none','so_cap','trung_cap','cao_cap','cu_nhan')),
  trained            INTEGER NOT NULL DEFAULT 0 CHECK (trained IN (0,1)),
  manages_enterprise INTEGER CHECK (manages_enterprise IN (0,1)),
  rating_scale       TEXT,
  rating_level       TEXT,
  FOREIGN KEY (rating_scale, rating_level) REFERENCES rating_level(scale, code)
) STRICT;
CREATE INDEX committee_member_year_unit ON committee_member(year, unit_id);

-- A named way to group units (the seed's four groups, by sector, …); rules are JSON filters.
CREATE TABLE grouping (
  code    TEXT PRIMARY KEY,
  name    TEXT NOT NULL,
  builtin INTEGER NOT NULL DEFAULT 0,
  groups  TEXT NOT NULL          -- JSON: [{label, filter}]
) STRICT;

CREATE TABLE plan (
  id         INTEGER PRIMARY KEY,
  name       TEXT NOT NULL,
  number     TEXT,
  start_year INTEGER NOT NULL,
  end_year   INTEGER NOT NULL,
  CHECK (end_year >= start_year)
) STRICT;

CREATE TABLE target (
  id        INTEGER PRIMARY KEY,
  plan_id   INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
  label     TEXT NOT NULL,
  scope     TEXT NOT NULL,        -- a group of cells, by filter JSON
  measure   TEXT NOT NULL,
  params    TEXT NOT NULL DEFAULT '{}',
  threshold REAL NOT NULL,        -- percent
  due       TEXT NOT NULL CHECK (due IN ('everyYear','byYear')),
  due_year  INTEGER,
  sort      INTEGER NOT NULL DEFAULT 0
) STRICT;

INSERT INTO indicator (code, name, builtin, part_of, sort) VALUES
  ('dang_vien',        'Đảng viên',               1, NULL,        10),
  ('du_bi',            'Đảng viên dự bị',         1, 'dang_vien', 20),
  ('nu',               'Đảng viên nữ',            1, 'dang_vien', 30),
  ('dan_toc_thieu_so', 'Đảng viên dân tộc thiểu số', 1, 'dang_vien', 40),
  ('co_dao',           'Đảng viên có đạo',        1, 'dang_vien', 50),
  ('ket_nap_moi',      'Kết nạp mới trong năm',   1, NULL,        60);

INSERT INTO rating_level (scale, code, name, rank) VALUES
  ('hd27-2014',  'tsvm', 'Trong sạch vững mạnh', 1),
  ('hd27-2014',  'htt',  'Hoàn thành tốt nhiệm vụ', 2),
  ('hd27-2014',  'ht',   'Hoàn thành nhiệm vụ', 3),
  ('hd27-2014',  'yk',   'Yếu kém', 4),
  ('hd27-2014-dv', 'htxs', 'Hoàn thành xuất sắc nhiệm vụ', 1),
  ('hd27-2014-dv', 'htt',  'Hoàn thành tốt nhiệm vụ', 2),
  ('hd27-2014-dv', 'ht',   'Hoàn thành nhiệm vụ', 3),
  ('hd27-2014-dv', 'khtnv','Không hoàn thành nhiệm vụ', 4),
  ('qd132-2018', 'htxs', 'Hoàn thành xuất sắc nhiệm vụ', 1),
  ('qd132-2018', 'htt',  'Hoàn thành tốt nhiệm vụ', 2),
  ('qd132-2018', 'ht',   'Hoàn thành nhiệm vụ', 3),
  ('qd132-2018', 'khtnv','Không hoàn thành nhiệm vụ', 4);
