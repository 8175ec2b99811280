/** Báo cáo: draft a document from a template and the year's figures, preview it, save the .docx; templates and history. */
import { useState } from 'react';
import type { ScreenProps } from '../App.tsx';
import { ReportForm } from '../reports/ReportForm.tsx';
import { TemplateEditor } from '../reports/TemplateEditor.tsx';
import { ReportHistory } from '../reports/ReportHistory.tsx';

const TABS = [
  { id: 'soan', title: 'Soạn văn bản' },
  { id: 'mau', title: 'Mẫu văn bản' },
  { id: 'lich-su', title: 'Văn bản đã xuất' },
] as const;

export function Reports(props: ScreenProps) {
  const [tab, setTab] = useState<(typeof TABS)[number]['id']>((props.params.tab as 'soan') ?? 'soan');
  return (
    <div className="screen reports">
      <div className="tabs" role="tablist">
        {TABS.map((t) => (
          <button key={t.id} type="button" role="tab" aria-selected={tab === t.id} onClick={() => setTab(t.id)}>
            {t.title}
          </button>
        ))}
      </div>
      {tab === 'soan' && <ReportForm {...props} />}
      {tab === 'mau' && <TemplateEditor />}
      {tab === 'lich-su' && <ReportHistory info={props.info} />}
    </div>
  );
}
