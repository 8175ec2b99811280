/** A few runs of the fault campaign in CI (one kill per operation); `npm run faults -- --runs 200` runs many. */
import { describe, expect, it } from 'vitest';
import { campaign, OPERATIONS } from './campaign.ts';

describe('SIGKILL at random moments', () => {
  it('import, backup, restore, report and migration: integrity and all-or-nothing after every kill', async () => {
    const r = await campaign(OPERATIONS.length * 2, { seed: 14, members: 5000 });
    expect(r.failures).toEqual([]);
    expect(r.runs).toBe(OPERATIONS.length * 2);
  }, 300_000);
});
