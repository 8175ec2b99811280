/** The report form of the Báo cáo screen for 2019, with the file's info as App reads it. */
import { useState } from 'react';
import { useApi } from '../../../renderer/api.ts';
import { Loading } from '../../../renderer/components/Notice.tsx';
import { ReportForm } from '../../../renderer/reports/ReportForm.tsx';

export default function ReportFormPage() {
  const info = useApi('app.info', {});
  const [year, setYear] = useState(2019);
  if (!info.data) return <Loading />;
  return <ReportForm info={info.data} year={year} setYear={setYear} params={{}} go={() => {}} />;
}
