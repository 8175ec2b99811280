import { useEffect, useState } from 'react';
import { call, useApi, type Out } from '../api.ts';
import { ErrorNote, StatusNote } from '../components/Notice.tsx';

type Template = Out<'templates.get'>;

/** Edit a template as text; problems are shown by line before saving, and every save is a new version. */
export function TemplateEditor() {
  const list = useApi('templates.list', {});
  const catalog = useApi('reports.catalog', {});
  const [code, setCode] = useState('');
  const [tpl, setTpl] = useState<Template | null>(null);
  const [body, setBody] = useState('');
  const [problems, setProblems] = useState<{ line: number; message: string }[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  useEffect(() => { if (!code && list.data?.[0]) setCode(list.data[0].code); }, [list.data, code]);
  useEffect(() => {
    if (!code) return;
    call('templates.get', { code }).then((t) => { setTpl(t); setBody(t.body); setProblems(null); }, (e: Error) => setError(e.message));
  }, [code]);

  const check = async () => {
    setError(null);
    try {
      const r = await call('templates.check', { body });
      setProblems(r.problems);
      return r.problems.length === 0;
    } catch (e) { setError((e as Error).message); return false; }
  };
  const save = async () => {
    if (!tpl || !(await check())) return;
    try {
      const t = await call('templates.save', { code: tpl.code, kind: tpl.kind as never, name: tpl.name, body });
      setTpl({ ...tpl, ...t, versions: [...tpl.versions, { version: t.version, savedAt: t.savedAt, builtin: t.builtin }] });
      setStatus(`Đã lưu mẫu "${t.name}" thành phiên bản ${t.version}.`);
      list.reload();
    } catch (e) { setError((e as Error).message); }
  };
  const restore = async () => {
    if (!tpl) return;
    try {
      const t = await call('templates.restore', { code: tpl.code });
      setBody(t.body);
      setStatus(`Đã khôi phục mẫu gốc thành phiên bản ${t.version}.`);
      list.reload();
    } catch (e) { setError((e as Error).message); }
  };

  return (
    <div className="reports-layout">
      <div className="panel">
        <label className="field">Mẫu
          <select value={code} onChange={(e) => setCode(e.target.value)}>
            {(list.data ?? []).map((t) => <option key={t.code} value={t.code}>{t.name} (phiên bản {t.version}{t.builtin ? ', có sẵn' : ''})</option>)}
          </select>
        </label>
        {tpl && <p className="small muted">Mã {tpl.code} · {tpl.versions.length} phiên bản</p>}
        <h3>Các trường dùng được</h3>
        <div className="small" style={{ maxHeight: 'calc(100vh - 330px)', overflow: 'auto' }}>
          {catalog.data && (
            <dl>
              {[...catalog.data.fields.map((f) => ({ ...f, name: `{{${f.name}}}` })), ...catalog.data.blocks.map((f) => ({ ...f, name: `[[${f.name}]]` })), ...catalog.data.directives.map((f) => ({ ...f, name: `@${f.name}` }))].map((f) => (
                <div key={f.name}><dt><code>{f.name}</code></dt><dd className="muted">{f.description}</dd></div>
              ))}
            </dl>
          )}
        </div>
      </div>
      <div>
        <textarea className="template-body" aria-label="Nội dung mẫu" value={body} onChange={(e) => { setBody(e.target.value); setProblems(null); }} spellCheck={false} />
        <div className="actions">
          <button type="button" onClick={() => void check()}>Kiểm tra mẫu</button>
          <button type="button" className="primary" onClick={() => void save()}>Lưu phiên bản mới</button>
          {tpl?.builtin !== undefined && <button type="button" onClick={() => void restore()}>Khôi phục mẫu gốc</button>}
        </div>
        <ErrorNote text={error} onClose={() => setError(null)} />
        <StatusNote text={status} />
        {problems && problems.length === 0 && <p className="ok">✓ Mẫu hợp lệ.</p>}
        {problems && problems.length > 0 && (
          <ul className="problems" data-testid="template-problems" role="alert">
            {problems.map((p, i) => <li key={i}>Dòng {p.line}: {p.message}</li>)}
          </ul>
        )}
      </div>
    </div>
  );
}
