/** The template editor of the Báo cáo screen, as its "Mẫu" tab shows it. */
import { TemplateEditor } from '../../../renderer/reports/TemplateEditor.tsx';

export default function TemplateEditorPage() {
  return <TemplateEditor />;
}
