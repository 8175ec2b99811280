/**
 * A plan (đề án) and its targets: create, edit, copy, delete. The plan's own fields are saved together;
 * each target is saved on its own, through the target editor with its live preview.
 */
import { useState } from 'react';
import { call, useApi, type Out } from '../api.ts';
import { ErrorNote, Loading, StatusNote, WriteErrorNote } from '../components/Notice.tsx';
import { useWrite } from '../useWrite.ts';
import { formatDecimal } from '../../format/vi.ts';
import { TargetEditor, emptyTarget, type TargetDraft } from './TargetEditor.tsx';

type Plan = Out<'plans.list'>[number];
type Catalog = Out<'targets.catalog'>;

interface PlanFields {
  name: string;
  number: string;
  issuedOn: string;
  startYear: number;
  endYear: number;
}

export function PlanEditor({
  plan,
  year,
  onSaved,
  onDeleted,
  onClose,
}: {
  plan: Plan | null;
  year: number;
  onSaved(id: number): void;
  onDeleted(): void;
  onClose(): void;
}) {
  const catalog = useApi('targets.catalog', {});
  if (catalog.error) return <ErrorNote text={catalog.error} />;
  if (!catalog.data) return <Loading />;
  return (
    <Editor
      key={plan?.id ?? 'new'}
      plan={plan}
      year={year}
      catalog={catalog.data}
      onSaved={onSaved}
      onDeleted={onDeleted}
      onClose={onClose}
    />
  );
}

function Editor({
  plan,
  year,
  catalog,
  onSaved,
  onDeleted,
  onClose,
}: {
  plan: Plan | null;
  year: number;
  catalog: Catalog;
  onSaved(id: number): void;
  onDeleted(): void;
  onClose(): void;
}) {
  const [f, setF] = useState<PlanFields>(() => ({
    name: plan?.name ?? '',
    number: plan?.number ?? '',
    issuedOn: plan?.issuedOn ?? '',
    startYear: plan?.startYear ?? year,
    endYear: plan?.endYear ?? year + 5,
  }));
  const [editing, setEditing] = useState<{ id: number | null; draft: TargetDraft } | null>(null);
  const [confirmDelete, setConfirmDelete] = useState<number | 'plan' | null>(null);
  // One write for the plan and its targets: the status line here; a refusal in the target form while it is open.
  const write = useWrite();

  const fields = () => ({
    name: f.name.trim(),
    number: f.number.trim() || null,
    issuedOn: f.issuedOn || null,
    startYear: f.startYear,
    endYear: f.endYear,
  });

  const savePlan = async () => {
    const name = f.name.trim();
    const id = await write.run(
      async () => {
        if (!plan) return (await call('plans.create', fields())).id;
        await call('plans.update', { id: plan.id, ...fields() });
        return plan.id;
      },
      () => (plan ? 'Đã lưu đề án.' : `Đã tạo đề án "${name}".`),
    );
    if (id !== null) onSaved(id);
  };

  const saveTarget = async (id: number | null, t: TargetDraft) => {
    if (!plan) return;
    const saved = await write.run(
      async () => {
        if (id === null) await call('targets.add', { planId: plan.id, ...t });
        else await call('targets.update', { id, ...t });
        return true;
      },
      () => (id === null ? 'Đã thêm chỉ tiêu.' : 'Đã lưu chỉ tiêu.'),
    );
    if (saved) setEditing(null);
  };

  const openTarget = (next: { id: number | null; draft: TargetDraft }) => {
    write.clearError();
    setEditing(next);
  };

  return (
    <section className="panel plan-editor" data-testid="plan-editor" aria-label={plan ? `Sửa đề án ${plan.name}` : 'Đề án mới'}>
      <h2>{plan ? `Sửa đề án: ${plan.name}` : 'Đề án mới'}</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void savePlan();
        }}
      >
        <label className="field">
          Tên đề án <input value={f.name} onChange={(e) => setF({ ...f, name: e.target.value })} required aria-label="Tên đề án" />
        </label>
        <div className="row-form">
          <label className="field">
            Số{' '}
            <input value={f.number} onChange={(e) => setF({ ...f, number: e.target.value })} placeholder="05-ĐA/ĐU" aria-label="Số đề án" />
          </label>
          <label className="field">
            Ngày ban hành{' '}
            <input type="date" value={f.issuedOn} onChange={(e) => setF({ ...f, issuedOn: e.target.value })} aria-label="Ngày ban hành" />
          </label>
          <label className="field">
            Từ năm{' '}
            <input
              type="number"
              min={1990}
              max={2100}
              value={f.startYear}
              onChange={(e) => setF({ ...f, startYear: Number(e.target.value) })}
              required
              aria-label="Từ năm"
            />
          </label>
          <label className="field">
            Đến năm{' '}
            <input
              type="number"
              min={1990}
              max={2100}
              value={f.endYear}
              onChange={(e) => setF({ ...f, endYear: Number(e.target.value) })}
              required
              aria-label="Đến năm"
            />
          </label>
        </div>
        <div className="actions">
          <button type="submit" className="primary" disabled={write.busy}>
            {plan ? 'Lưu đề án' : 'Tạo đề án'}
          </button>
          {plan && (
            <button
              type="button"
              disabled={write.busy}
              onClick={() =>
                void write
                  .run(
                    () => call('plans.copy', { id: plan.id }),
                    () => 'Đã sao chép đề án.',
                  )
                  .then((r) => r && onSaved(r.id))
              }
            >
              Sao chép đề án
            </button>
          )}
          {plan &&
            (confirmDelete === 'plan' ? (
              <>
                <button
                  type="button"
                  className="danger"
                  disabled={write.busy}
                  onClick={() =>
                    void write
                      .run(
                        () => call('plans.delete', { id: plan.id }),
                        () => 'Đã xóa đề án.',
                      )
                      .then((r) => r && onDeleted())
                  }
                >
                  Xác nhận xóa đề án và {plan.targets.length} chỉ tiêu
                </button>
                <button type="button" onClick={() => setConfirmDelete(null)}>
                  Thôi
                </button>
              </>
            ) : (
              <button type="button" className="danger" onClick={() => setConfirmDelete('plan')}>
                Xóa đề án…
              </button>
            ))}
          <button type="button" className="link" onClick={onClose}>
            Đóng
          </button>
        </div>
      </form>
      {!editing && <WriteErrorNote error={write.error} onClose={write.clearError} />}
      <StatusNote text={write.status} />
      {plan && (
        <>
          <h3>Chỉ tiêu ({plan.targets.length})</h3>
          <div className="plan-targets-wrap">
            <table className="table compact" data-testid="plan-targets">
              <thead>
                <tr>
                  <th>Chỉ tiêu</th>
                  <th>Phạm vi</th>
                  <th>Cách đo</th>
                  <th className="num">Ngưỡng</th>
                  <th>Thời hạn</th>
                  <th></th>
                </tr>
              </thead>
              <tbody>
                {plan.targets.map((t) => (
                  <tr key={t.id}>
                    <td>{t.label}</td>
                    <td className="small">{t.scope.label}</td>
                    <td className="small">{catalog.measures.find((m) => m.id === t.measure)?.label ?? t.measure}</td>
                    <td className="num">{formatDecimal(t.threshold, t.threshold % 1 ? 2 : 0)}%</td>
                    <td className="small">{t.due === 'everyYear' ? 'Hằng năm' : `Đến năm ${t.dueYear}`}</td>
                    <td>
                      <button
                        type="button"
                        className="link"
                        onClick={() =>
                          openTarget({
                            id: t.id,
                            draft: {
                              label: t.label,
                              scope: t.scope,
                              measure: t.measure,
                              params: t.params,
                              threshold: t.threshold,
                              due: t.due,
                              dueYear: t.dueYear,
                            },
                          })
                        }
                      >
                        Sửa
                      </button>
                      {confirmDelete === t.id ? (
                        <button
                          type="button"
                          className="link danger"
                          disabled={write.busy}
                          onClick={() =>
                            void write
                              .run(
                                () => call('targets.delete', { id: t.id }),
                                () => 'Đã xóa chỉ tiêu.',
                              )
                              .then((r) => r && setConfirmDelete(null))
                          }
                        >
                          Xác nhận xóa
                        </button>
                      ) : (
                        <button type="button" className="link" onClick={() => setConfirmDelete(t.id)}>
                          Xóa
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {editing ? (
            <TargetEditor
              key={editing.id ?? 'new'}
              catalog={catalog}
              planId={plan.id}
              year={year}
              initial={editing.draft}
              write={write}
              onSave={(t) => saveTarget(editing.id, t)}
              onCancel={() => {
                write.clearError();
                setEditing(null);
              }}
            />
          ) : (
            <button type="button" onClick={() => openTarget({ id: null, draft: emptyTarget(catalog, plan.endYear) })}>
              Thêm chỉ tiêu
            </button>
          )}
        </>
      )}
    </section>
  );
}
