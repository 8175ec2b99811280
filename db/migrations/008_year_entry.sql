-- Entering a year by hand: the members of a cell not rated that year (miễn, chưa đánh giá), the
-- committee member's ethnicity and the secretary's concurrent roles, and a plan's date of issue.
CREATE TABLE member_unrated (
  year    INTEGER NOT NULL,
  unit_id INTEGER NOT NULL REFERENCES unit(id) ON DELETE CASCADE,
  count   INTEGER NOT NULL CHECK (count >= 0),
  PRIMARY KEY (year, unit_id)
) STRICT, WITHOUT ROWID;

ALTER TABLE committee_member ADD COLUMN ethnicity TEXT;
-- Trưởng thôn / tổ dân phố and trưởng ban công tác Mặt trận, as manages_enterprise: NULL = not known.
ALTER TABLE committee_member ADD COLUMN village_head INTEGER CHECK (village_head IN (0,1));
ALTER TABLE committee_member ADD COLUMN front_head INTEGER CHECK (front_head IN (0,1));

ALTER TABLE plan ADD COLUMN issued_on TEXT;
