/** A refused file's problems, each with its sheet, row and column, as every import shows them. */
import { formatInt } from '../../format/vi.ts';

export type Source = { name: string; base64: string };
interface Issue {
  sheet: string;
  row: number | null;
  column: string | null;
  message: string;
}

export function ImportErrors({ result }: { result: { file: string; errors: Issue[] } }) {
  return (
    <div role="alert" className="notice error" data-testid="import-errors">
      <div>
        <strong>
          {result.file}: {formatInt(result.errors.length)} lỗi — chưa ghi gì:
        </strong>
        <ul>
          {result.errors.slice(0, 30).map((e, i) => (
            <li key={i}>
              {e.sheet ? `Trang "${e.sheet}"` : ''}
              {e.row !== null ? `, dòng ${e.row}` : ''}
              {e.column ? `, cột "${e.column}"` : ''}: {e.message}
            </li>
          ))}
        </ul>
        {result.errors.length > 30 && <p>… và {formatInt(result.errors.length - 30)} lỗi khác.</p>}
      </div>
    </div>
  );
}

/** A previewed file's warnings, the first twenty, each with its row when it has one. */
export function ImportWarnings({ warnings }: { warnings: { row: number | null; message: string }[] }) {
  if (warnings.length === 0) return null;
  return (
    <ul className="small">
      {warnings.slice(0, 20).map((w, i) => (
        <li key={i}>
          {w.row !== null ? `Dòng ${w.row}: ` : ''}
          {w.message}
        </li>
      ))}
    </ul>
  );
}
