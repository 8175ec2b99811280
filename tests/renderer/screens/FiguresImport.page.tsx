/** The figures import of the Số liệu screen, for 2019, with the file's info as App reads it. */
import { useApi } from '../../../renderer/api.ts';
import { Loading } from '../../../renderer/components/Notice.tsx';
import { FiguresImport } from '../../../renderer/screens/FiguresImport.tsx';

export default function FiguresImportPage() {
  const info = useApi('app.info', {});
  if (!info.data) return <Loading />;
  return <FiguresImport info={info.data} year={2019} onClose={() => {}} />;
}
