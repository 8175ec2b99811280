/**
 * The four kinds of document on the demo say exactly what they said before the documents were made
 * faster: the same figures recorded in the history, the same text in every paragraph and table row.
 * The fixture was taken from the code before the change (documents are deterministic: fixed date,
 * number and data).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open.ts';
import { createCtx } from '../../api/session.ts';
import { demoCopy } from '../helpers/db.ts';
import { snapshotDocuments, type DocumentSnapshot } from './documents-snapshot.ts';

const fixture = JSON.parse(
  readFileSync(new URL('../fixtures/reports/district-documents.json', import.meta.url), 'utf8'),
) as DocumentSnapshot[];

describe('documents keep their content', () => {
  it('đề án, báo cáo hội nghị, kết luận and báo cáo xếp loại of 2019 match the snapshot, figures and text', async () => {
    const path = demoCopy();
    const db = openDatabase(path);
    const ctx = createCtx({ db, dbPath: path, open: () => db }, { kind: 'cli' });
    const now = await snapshotDocuments(ctx, 2019, [2017, 2018]);
    expect(now.map((d) => d.kind)).toEqual(fixture.map((d) => d.kind));
    for (const [i, d] of now.entries()) {
      expect(d.figures, d.kind).toEqual(fixture[i]!.figures);
      expect(d.blocks, d.kind).toEqual(fixture[i]!.blocks);
    }
    db.close();
  });
});
