/** The Tổ chức screen as App gives it its props: the file's info re-read from the pushed data-changed, one year. */
import { useState } from 'react';
import { useApi } from '../../../renderer/api.ts';
import { Loading } from '../../../renderer/components/Notice.tsx';
import { Organization } from '../../../renderer/screens/Organization.tsx';

export default function OrganizationPage() {
  const info = useApi('app.info', {});
  const [year, setYear] = useState(2019);
  if (!info.data) return <Loading />;
  return <Organization info={info.data} year={year} setYear={setYear} params={{}} go={() => {}} />;
}
