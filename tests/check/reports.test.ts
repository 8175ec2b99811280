/** The product's own Word documents pass its own check: every figure recognized in them is right. */
import { describe, expect, it } from 'vitest';
import { createCtx, createSession } from '../../api/session.ts';
import { dispatch } from '../../api/dispatch.ts';
import { demoCopy } from '../helpers/db.ts';

describe('documents written by tochuc', () => {
  it.each(['de-an', 'bao-cao-hoi-nghi', 'bao-cao-xep-loai'] as const)('%s of 2019 has no wrong figure', async (kind) => {
    const ctx = createCtx(createSession(demoCopy()), { kind: 'cli' });
    const doc = await dispatch(ctx, 'reports.generate', { kind, year: 2019, preview: true });
    const r = await dispatch(ctx, 'check.draft', { docx: doc.base64, name: doc.fileName, year: 2019 });
    expect(r.claims.filter((c) => !c.ok)).toEqual([]);
    // The documents state their breakdowns: shares and totals are recognized, not just skipped.
    expect(r.claims.filter((c) => c.kind === 'share').length).toBeGreaterThanOrEqual(4);
    ctx.session.db.close();
  });
});
