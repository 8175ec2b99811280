-- Reorganizations of 2025 (issue 12): each step is one recorded change with its date, which can be
-- undone until the next year starts; lineage events belong to the change that made them.
CREATE TABLE org_change (
  id      INTEGER PRIMARY KEY,
  year    INTEGER NOT NULL,        -- the year whose tree the change edits
  date    TEXT NOT NULL,           -- 'YYYY-MM-DD': the day the new state begins
  kind    TEXT NOT NULL,           -- merge | split | upgrade | succession | …
  summary TEXT NOT NULL,           -- what the user reads in the list of changes
  undo    TEXT NOT NULL            -- JSON: the rows the change replaced, and the units it created
) STRICT;
CREATE INDEX org_change_year ON org_change(year, id);

-- New kinds: 'upgrade' (a chi bộ trực thuộc made chi bộ cơ sở) and 'succeed' (closed units whose
-- cells went to several successors at once). SQLite cannot alter a CHECK, so the table is rebuilt.
CREATE TABLE lineage_event_new (
  id           INTEGER PRIMARY KEY,
  year         INTEGER NOT NULL,   -- first year of the new state
  kind         TEXT NOT NULL CHECK (kind IN ('create','rename','move','merge','split','dissolve','upgrade','succeed')),
  from_unit_id INTEGER REFERENCES unit(id) ON DELETE CASCADE,
  to_unit_id   INTEGER REFERENCES unit(id) ON DELETE CASCADE,
  note         TEXT,
  date         TEXT,               -- 'YYYY-MM-DD' when known
  change_id    INTEGER REFERENCES org_change(id) ON DELETE CASCADE
) STRICT;
INSERT INTO lineage_event_new (id, year, kind, from_unit_id, to_unit_id, note)
  SELECT id, year, kind, from_unit_id, to_unit_id, note FROM lineage_event;
DROP TABLE lineage_event;
ALTER TABLE lineage_event_new RENAME TO lineage_event;
CREATE INDEX lineage_from ON lineage_event(from_unit_id);
CREATE INDEX lineage_to ON lineage_event(to_unit_id);
CREATE INDEX lineage_change ON lineage_event(change_id);
