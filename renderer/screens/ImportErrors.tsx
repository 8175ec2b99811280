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
