import type { Info } from '../App.tsx';

/** Backups belong to the data in/out work (issue 6); until its API lands the panel says so. */
export function BackupPanel(_props: { info: Info }) {
  return (
    <fieldset data-testid="backup">
      <legend>Sao lưu</legend>
      <p className="muted small">Chức năng sao lưu đang được xây dựng và sẽ có trong phiên bản sau.</p>
    </fieldset>
  );
}
