/** The figures grid of 2019 alone, as the Số liệu screen gives it (no link to a cell). */
import { FigureGrid } from '../../../renderer/grid/FigureGrid.tsx';

export default function FigureGridPage() {
  return <FigureGrid year={2019} focus={null} />;
}
