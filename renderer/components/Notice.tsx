/** Messages in one style: errors are alerts (read out by screen readers), the rest are polite status lines. */
export function ErrorNote({ text, onClose }: { text: string | null; onClose?: () => void }) {
  if (!text) return null;
  return (
    <div role="alert" className="notice error">
      <span style={{ whiteSpace: 'pre-line' }}>{text}</span>
      {onClose && <button type="button" className="link" onClick={onClose} aria-label="Đóng thông báo">×</button>}
    </div>
  );
}

export function StatusNote({ text }: { text: string | null }) {
  return <div role="status" className="notice status" aria-live="polite">{text ?? ''}</div>;
}

export function Loading() {
  return <p className="muted">Đang tải…</p>;
}

/** A screen whose API belongs to another part of the project that has not landed yet says so plainly. */
export function ComingSoon({ title, what }: { title: string; what: string }) {
  return (
    <section className="coming-soon" data-testid="coming-soon">
      <h2>{title}</h2>
      <p>Chức năng <strong>{what}</strong> đang được xây dựng và sẽ có trong phiên bản sau. Các số liệu và báo cáo khác vẫn dùng được bình thường.</p>
    </section>
  );
}
