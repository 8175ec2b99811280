/**
 * What App gives every screen, for a component mounted alone (tests/renderer/mount.ts): the data version raised
 * on each pushed data-changed, so the component's views re-read after a write exactly as in the app.
 */
import type { ReactNode } from 'react';
import { DataVersionContext, usePushedDataVersion } from '../../renderer/api.ts';

export function ComponentRoot({ children }: { children: ReactNode }) {
  const dataVersion = usePushedDataVersion();
  return (
    <DataVersionContext.Provider value={dataVersion}>
      <main className="content" data-component-root>
        {children}
      </main>
    </DataVersionContext.Provider>
  );
}
