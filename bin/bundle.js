/** Whether the CLI bundle in `dir` was built from the sources as they are now (see scripts/build-cli.js). */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function bundleIsCurrent(dir, root) {
  let inputs;
  try {
    inputs = JSON.parse(readFileSync(join(dir, 'inputs.json'), 'utf8'));
  } catch {
    return false;
  }
  for (const [path, mtimeMs] of inputs) {
    const st = statSync(join(root, path), { throwIfNoEntry: false });
    if (!st || st.mtimeMs !== mtimeMs) return false;
  }
  return true;
}
