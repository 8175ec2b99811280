import { useEffect, useState, type ReactNode } from 'react';
import type { Block, ChartPreview } from './docx-html.ts';
import { fromBase64 } from '../download.ts';

/** Shows a .docx (base64) as a page: what the document says, in its order, with its emphasis and charts. */
export function DocxPreview({ base64 }: { base64: string }) {
  const [blocks, setBlocks] = useState<Block[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let urls: string[] = [];
    let live = true;
    const bytes = fromBase64(base64);
    // The reader (and jszip with it) is loaded with the first preview, not with the app.
    import('./docx-html.ts')
      .then(({ docxToBlocks }) => docxToBlocks(bytes))
      .then(
        (r) => {
          urls = r.urls;
          if (live) setBlocks(r.blocks);
        },
        (e: Error) => live && setError(e.message),
      );
    return () => {
      live = false;
      urls.forEach((u) => URL.revokeObjectURL(u));
    };
  }, [base64]);
  if (error)
    return (
      <p role="alert" className="notice error">
        {error}
      </p>
    );
  if (!blocks) return <p className="muted">Đang dựng bản xem trước…</p>;
  return (
    <div className="docx-page" data-testid="report-preview">
      {render(blocks)}
    </div>
  );
}

function render(blocks: Block[]): ReactNode[] {
  return blocks.map((b, i) => {
    if (b.type === 'table') {
      return (
        <table key={i} className={b.borders ? 'docx-table' : 'docx-table plain'}>
          <tbody>
            {b.rows.map((row, r) => (
              <tr key={r}>
                {row.map((cell, c) => (
                  <td key={c}>{render(cell)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
    }
    // A chart is a figure with a table: not allowed inside a <p>, so its paragraph is a <div>.
    if (b.runs.some((r) => 'chart' in r)) {
      return (
        <div key={i} style={{ textAlign: b.align as 'left' }}>
          {b.runs.map((r, j) => ('chart' in r ? <ChartFigures key={j} chart={r.chart} /> : null))}
        </div>
      );
    }
    return (
      <p key={i} style={{ textAlign: b.align as 'left' }}>
        {b.runs.map((r, j) =>
          'chart' in r ? null : 'image' in r ? (
            <img key={j} src={r.image} alt="Biểu đồ trong văn bản" />
          ) : (
            <span
              key={j}
              style={{
                fontWeight: r.bold ? 700 : undefined,
                fontStyle: r.italic ? 'italic' : undefined,
                fontSize: r.sizePt ? `${r.sizePt}pt` : undefined,
                whiteSpace: 'pre-wrap',
              }}
            >
              {r.text}
            </span>
          ),
        )}
        {b.runs.length === 0 && '\u00a0'}
      </p>
    );
  });
}

/** A native Word chart, previewed by its figures: Word and LibreOffice draw it from the same data. */
function ChartFigures({ chart }: { chart: ChartPreview }) {
  return (
    <figure className="docx-chart" data-testid="report-chart">
      <figcaption>
        <strong>Biểu đồ: {chart.title}</strong>
      </figcaption>
      <table className="docx-table">
        <tbody>
          <tr>
            <td />
            {chart.series.map((s, i) => (
              <td key={i}>
                <strong>{s.name}</strong>
              </td>
            ))}
          </tr>
          {chart.categories.map((c, k) => (
            <tr key={k}>
              <td>{c}</td>
              {chart.series.map((s, i) => (
                <td key={i}>{s.values[k] ?? ''}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
