-- Document numbers that cannot collide: within a term, a kind code's number is held by one document
-- at a time. A new document may take a used number only by replacing that draft, which then stays
-- in the history marked as replaced (documents are never deleted).
ALTER TABLE report_document ADD COLUMN replaces INTEGER REFERENCES report_document(id);
ALTER TABLE report_document ADD COLUMN replaced_by INTEGER REFERENCES report_document(id) DEFERRABLE INITIALLY DEFERRED;

-- Files written before this rule may hold one number several times: the latest keeps it and the
-- earlier ones read as replaced by it, so the history still lists every one of them.
UPDATE report_document AS d SET replaced_by = (
  SELECT max(o.id) FROM report_document o WHERE o.kind_code = d.kind_code AND o.term = d.term AND o.seq = d.seq
) WHERE d.id < (SELECT max(o.id) FROM report_document o WHERE o.kind_code = d.kind_code AND o.term = d.term AND o.seq = d.seq);

CREATE UNIQUE INDEX report_document_number_held ON report_document(kind_code, term, seq) WHERE replaced_by IS NULL;

-- A template authored in Word keeps its .docx (letterhead, styles, fixed text); body then holds its
-- paragraphs as text, one a line, for display and search.
ALTER TABLE report_template ADD COLUMN docx BLOB;
