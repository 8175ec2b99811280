/** What the transport that runs a handler can do for it (dialogs exist only in the desktop app). */
export interface Host {
  kind: 'electron' | 'web' | 'cli';
  saveFile?(suggestedName: string, bytes: Uint8Array): Promise<string | null>;
  pickDatabaseFile?(): Promise<string | null>;
}
