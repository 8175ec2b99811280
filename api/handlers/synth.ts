import type { Handlers } from '../handler.ts';
import type { synthContract } from '../contract/synth.ts';
import { buildProvince } from '../../synth/build.ts';

export const synthHandlers: Handlers<typeof synthContract> = {
  'synth.province': ({ jobId, ...options }, { session, progress }) =>
    buildProvince(session.db, options, (done, text) => progress(jobId, done, text)),
};
