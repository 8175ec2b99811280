/** Messages in one style: errors are alerts (read out by screen readers), the rest are polite status lines. */
import type { WriteError } from '../useWrite.ts';

export function ErrorNote({ text, code, onClose }: { text: string | null; code?: string; onClose?: () => void }) {
  if (!text) return null;
  return (
    <div role="alert" className="notice error" data-code={code}>
      <span style={{ whiteSpace: 'pre-line' }}>{text}</span>
      {onClose && (
        <button type="button" className="link" onClick={onClose} aria-label="Đóng thông báo">
          ×
        </button>
      )}
    </div>
  );
}

/** A refused write (useWrite): the backend's Vietnamese message, its code kept on the note for support and tests. */
export function WriteErrorNote({ error, onClose }: { error: WriteError | null; onClose?: () => void }) {
  return <ErrorNote text={error?.message ?? null} code={error?.code} onClose={onClose} />;
}

export function StatusNote({ text }: { text: string | null }) {
  return (
    <div role="status" className="notice status" aria-live="polite">
      {text ?? ''}
    </div>
  );
}

/** Marked busy, so that the page says it is working (and the benchmark's long-task probe sees it). */
export function Loading() {
  return (
    <p className="muted" aria-busy="true">
      Đang tải…
    </p>
  );
}
