import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import type { Handlers } from '../handler.ts';
import type { deriveContract } from '../contract/derive.ts';
import { deriveFile } from '../../derive/derive.ts';
import { foldForSearch } from '../../format/vi.ts';
import { noPathsFromWeb } from './data.ts';

/** "Đảng bộ xã Quốc Oai" → "dang-bo-xa-quoc-oai.sqlite". */
function fileNameFor(name: string): string {
  return `${foldForSearch(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}.sqlite`;
}

export const deriveHandlers: Handlers<typeof deriveContract> = {
  'data.derive': (i, ctx) => {
    const { session } = ctx;
    noPathsFromWeb(ctx, i.out);
    if (i.out) {
      const out = resolve(i.out);
      const r = deriveFile(session.db, session.dbPath, { codes: i.codes, as: i.as, level: i.level, out });
      return { ...r, out, fileName: basename(out), base64: null };
    }
    // The window saves it where the user chooses: made in a temporary folder, handed back whole.
    const dir = mkdtempSync(join(tmpdir(), 'tochuc-derive-'));
    try {
      const fileName = fileNameFor(i.as);
      const r = deriveFile(session.db, session.dbPath, { codes: i.codes, as: i.as, level: i.level, out: join(dir, fileName) });
      return { ...r, out: null, fileName, base64: readFileSync(join(dir, fileName)).toString('base64') };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
