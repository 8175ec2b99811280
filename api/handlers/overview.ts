import type { Handlers } from '../handler.ts';
import type { overviewContract } from '../contract/overview.ts';
import { headline } from '../../stats/headline.ts';

export const overviewHandlers: Handlers<typeof overviewContract> = {
  'overview.headline': ({ year }, { session }) => headline(session.db, year),
};
