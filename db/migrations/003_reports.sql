-- Word documents: editable templates with versions, and the record of every exported document.

-- A template keeps every saved version: a document names the version it was made from.
CREATE TABLE report_template (
  code     TEXT NOT NULL,            -- 'de-an', or a user's own code
  version  INTEGER NOT NULL,
  kind     TEXT NOT NULL,            -- document kind: de-an, bao-cao-hoi-nghi, ket-luan, bao-cao-xep-loai
  name     TEXT NOT NULL,
  body     TEXT NOT NULL,
  builtin  INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0,1)),
  saved_at TEXT NOT NULL,
  PRIMARY KEY (code, version)
) STRICT;

-- Every exported document: enough to produce the same bytes again without the live figures.
CREATE TABLE report_document (
  id               INTEGER PRIMARY KEY,
  kind             TEXT NOT NULL,    -- de-an, bao-cao-hoi-nghi, …
  kind_code        TEXT NOT NULL,    -- ĐA, BC, KL, TB: numbers run per code (both reports share BC)
  term             TEXT NOT NULL,    -- nhiệm kỳ: numbers restart each term
  seq              INTEGER NOT NULL, -- the number within the kind and term
  number           TEXT NOT NULL,    -- as printed: "12-ĐA/HU"
  date             TEXT NOT NULL,    -- ISO date of the document
  year             INTEGER NOT NULL,
  template_code    TEXT NOT NULL,
  template_version INTEGER NOT NULL,
  inputs           TEXT NOT NULL,    -- JSON: what the user chose, with the settings in force
  figures          TEXT NOT NULL,    -- JSON: every value, table and chart the document shows
  sha256           TEXT NOT NULL,
  size             INTEGER NOT NULL,
  file_name        TEXT NOT NULL,
  created_at       TEXT NOT NULL,
  FOREIGN KEY (template_code, template_version) REFERENCES report_template(code, version)
) STRICT;
CREATE INDEX report_document_code_term ON report_document(kind_code, term, seq);
