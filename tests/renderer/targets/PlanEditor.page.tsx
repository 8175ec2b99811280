/** The plan editor as the Chỉ tiêu screen holds it: the plans re-read from the pushed data-changed, the year 2019. */
import { useState } from 'react';
import { useApi } from '../../../renderer/api.ts';
import { Loading } from '../../../renderer/components/Notice.tsx';
import { PlanEditor } from '../../../renderer/targets/PlanEditor.tsx';

export default function PlanEditorPage() {
  const plans = useApi('plans.list', {});
  const [planId, setPlanId] = useState<number | null>(null);
  const [open, setOpen] = useState(true);
  if (!plans.data) return <Loading />;
  const plan = plans.data.find((p) => p.id === planId) ?? null;
  return (
    <>
      <ul data-testid="plan-names">
        {plans.data.map((p) => (
          <li key={p.id}>{p.name}</li>
        ))}
      </ul>
      {open ? (
        <PlanEditor
          plan={plan}
          year={2019}
          onSaved={setPlanId}
          onDeleted={() => {
            setPlanId(null);
            setOpen(false);
          }}
          onClose={() => setOpen(false)}
        />
      ) : (
        <p data-testid="closed">Đã đóng trình soạn đề án.</p>
      )}
    </>
  );
}
