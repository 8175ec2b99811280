/** The bad-input catalogue, one test per case: refused in Vietnamese with the data unchanged, or accepted clean. */
import { describe, expect, it } from 'vitest';
import { CASES, runCase } from './catalogue.ts';

describe('bad-input catalogue', () => {
  for (const c of CASES) {
    it(c.name, async () => {
      const r = await runCase(c);
      expect(r.why).toBe('');
      expect(r.ok).toBe(true);
    });
  }
});
