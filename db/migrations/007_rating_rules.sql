-- Rating rules of 2023 (124-QĐ/TW) and 2025 (366-QĐ/TW, scored out of 100), and the score a
-- collective gets under 366. Levels are the same four words as 132; kept as their own scales so
-- a document and a plan can say which rule a year was rated under.
INSERT INTO rating_level (scale, code, name, rank) VALUES
  ('qd124-2023', 'htxs', 'Hoàn thành xuất sắc nhiệm vụ', 1),
  ('qd124-2023', 'htt',  'Hoàn thành tốt nhiệm vụ', 2),
  ('qd124-2023', 'ht',   'Hoàn thành nhiệm vụ', 3),
  ('qd124-2023', 'khtnv','Không hoàn thành nhiệm vụ', 4),
  ('qd366-2025', 'htxs', 'Hoàn thành xuất sắc nhiệm vụ', 1),
  ('qd366-2025', 'htt',  'Hoàn thành tốt nhiệm vụ', 2),
  ('qd366-2025', 'ht',   'Hoàn thành nhiệm vụ', 3),
  ('qd366-2025', 'khtnv','Không hoàn thành nhiệm vụ', 4);

-- Score out of 100 in hundredths (9000 = 90,00 điểm): exact, as every figure here.
ALTER TABLE unit_rating ADD COLUMN score_centi INTEGER CHECK (score_centi IS NULL OR score_centi BETWEEN 0 AND 10000);
