import { useEffect, useState } from 'react';
import { call, useApi } from '../api.ts';
import { ErrorNote, StatusNote, WriteErrorNote } from '../components/Notice.tsx';
import { toBase64 } from '../download.ts';
import { useWrite } from '../useWrite.ts';

/**
 * Edit a template as text; problems are shown by line before saving, and every save is a new version.
 * A template authored in Word is shown as its paragraphs and changed in Word, then imported again.
 */
export function TemplateEditor() {
  const list = useApi('templates.list', {});
  const catalog = useApi('reports.catalog', {});
  const [code, setCode] = useState('');
  // The template re-reads from the data-changed its own saves push; the text box starts again from what was saved.
  const loaded = useApi('templates.get', code ? { code } : null);
  const tpl = loaded.data;
  const [body, setBody] = useState('');
  const [problems, setProblems] = useState<{ line: number; message: string }[] | null>(null);
  const write = useWrite();

  useEffect(() => {
    if (!code && list.data?.[0]) setCode(list.data[0].code);
  }, [list.data, code]);
  useEffect(() => {
    if (!loaded.data) return;
    setBody(loaded.data.body);
    setProblems(null);
  }, [loaded.data]);

  /** The problems of the text as it stands, by line; true when there are none. */
  const valid = async () => {
    const r = await call('templates.check', { body });
    setProblems(r.problems);
    return r.problems.length === 0;
  };
  const check = () => write.run(valid);
  const save = async () => {
    if (!tpl) return;
    await write.run(
      async () => ((await valid()) ? call('templates.save', { code: tpl.code, kind: tpl.kind as never, name: tpl.name, body }) : null),
      (t) => (t ? `Đã lưu mẫu "${t.name}" thành phiên bản ${t.version}.` : null),
    );
  };
  const [wordKind, setWordKind] = useState('de-an');
  const [wordCode, setWordCode] = useState('');
  const importWord = async (file: File | undefined) => {
    if (!file) return;
    setProblems(null);
    const t = await write.run(
      async () =>
        call('templates.importWord', {
          base64: toBase64(new Uint8Array(await file.arrayBuffer())),
          kind: wordKind as never,
          code: wordCode.trim(),
          name: file.name.replace(/\.docx$/i, ''),
        }),
      (t) => `Đã nhập mẫu Word "${t.code}" thành phiên bản ${t.version}.`,
    );
    if (t) setCode(t.code);
  };
  const restore = async () => {
    if (!tpl) return;
    await write.run(
      () => call('templates.restore', { code: tpl.code }),
      (t) => `Đã khôi phục mẫu gốc thành phiên bản ${t.version}.`,
    );
  };

  return (
    <div className="reports-layout">
      <div className="panel">
        <label className="field">
          Mẫu
          <select value={code} onChange={(e) => setCode(e.target.value)}>
            {(list.data ?? []).map((t) => (
              <option key={t.code} value={t.code}>
                {t.name} (phiên bản {t.version}
                {t.builtin ? ', có sẵn' : ''})
              </option>
            ))}
          </select>
        </label>
        {tpl && (
          <p className="small muted">
            Mã {tpl.code} · {tpl.versions.length} phiên bản{tpl.word ? ' · soạn bằng Word' : ''}
          </p>
        )}
        <fieldset className="years">
          <legend>Nhập mẫu soạn bằng Word (.docx)</legend>
          <label className="field">
            Loại
            <select value={wordKind} onChange={(e) => setWordKind(e.target.value)}>
              <option value="de-an">Đề án</option>
              <option value="bao-cao-hoi-nghi">Báo cáo hội nghị, hội thảo</option>
              <option value="ket-luan">Kết luận</option>
              <option value="bao-cao-xep-loai">Báo cáo xếp loại</option>
            </select>
          </label>
          <label className="field">
            Mã mẫu <input value={wordCode} onChange={(e) => setWordCode(e.target.value)} placeholder="ma-moi" />
          </label>
          <input
            type="file"
            accept=".docx"
            aria-label="Tệp mẫu Word"
            disabled={!wordCode.trim()}
            onChange={(e) => void importWord(e.target.files?.[0])}
          />
        </fieldset>
        <h3>Các trường dùng được</h3>
        <div className="small" style={{ maxHeight: 'calc(100vh - 330px)', overflow: 'auto' }}>
          {catalog.data && (
            <dl>
              {[
                ...catalog.data.fields.map((f) => ({ ...f, name: `{{${f.name}}}` })),
                ...catalog.data.blocks.map((f) => ({ ...f, name: `[[${f.name}]]` })),
                ...catalog.data.lists.map((l) => ({
                  ...l,
                  name: `{% lap ${l.name} %}`,
                  description: `${l.description}: ${l.items.map((x) => `{{${l.name}.${x.name}}}`).join(', ')}`,
                })),
                ...catalog.data.conditions.map((f) => ({ ...f, name: `{% neu ${f.name} %}` })),
                ...catalog.data.directives,
              ].map((f) => (
                <div key={f.name}>
                  <dt>
                    <code>{f.name}</code>
                  </dt>
                  <dd className="muted">{f.description}</dd>
                </div>
              ))}
            </dl>
          )}
        </div>
      </div>
      <div>
        <textarea
          className="template-body"
          aria-label="Nội dung mẫu"
          value={body}
          readOnly={tpl?.word === true}
          onChange={(e) => {
            setBody(e.target.value);
            setProblems(null);
          }}
          spellCheck={false}
        />
        {tpl?.word && <p className="small muted">Mẫu soạn bằng Word: sửa trong Word rồi nhập lại với cùng mã để có phiên bản mới.</p>}
        <div className="actions">
          <button type="button" onClick={() => void check()} disabled={tpl?.word === true}>
            Kiểm tra mẫu
          </button>
          <button type="button" className="primary" onClick={() => void save()} disabled={write.busy || tpl?.word === true}>
            Lưu phiên bản mới
          </button>
          {tpl?.builtin !== undefined && (
            <button type="button" onClick={() => void restore()} disabled={write.busy}>
              Khôi phục mẫu gốc
            </button>
          )}
        </div>
        {write.error ? <WriteErrorNote error={write.error} onClose={write.clearError} /> : <ErrorNote text={loaded.error ?? list.error} />}
        <StatusNote text={write.status} />
        {problems && problems.length === 0 && <p className="ok">✓ Mẫu hợp lệ.</p>}
        {problems && problems.length > 0 && (
          <ul className="problems" data-testid="template-problems" role="alert">
            {problems.map((p, i) => (
              <li key={i}>
                {p.line === 0 ? 'Đầu trang, chân trang' : `${tpl?.word ? 'Đoạn' : 'Dòng'} ${p.line}`}: {p.message}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
