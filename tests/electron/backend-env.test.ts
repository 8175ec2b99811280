/** The unpackaged app (npm start) checks every call's output against the contract, as the tests do; the installed app does not. */
import { expect, test } from 'vitest';
import { backendEnv } from '../../electron/backend.ts';

test('development checks outputs, the installed app does not, an explicit setting wins', () => {
  expect(backendEnv(false, { PATH: '/bin' })).toEqual({ PATH: '/bin', TOCHUC_CHECK_OUTPUTS: '1' });
  expect(backendEnv(true, { PATH: '/bin' })).toEqual({ PATH: '/bin' });
  expect(backendEnv(false, { TOCHUC_CHECK_OUTPUTS: '0' })).toEqual({ TOCHUC_CHECK_OUTPUTS: '0' });
});
