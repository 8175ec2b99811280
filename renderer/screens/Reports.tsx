import type { ScreenProps } from '../App.tsx';
import { ComingSoon } from '../components/Notice.tsx';

export function Reports(_props: ScreenProps) {
  return <ComingSoon title="Báo cáo" what="soạn và xuất báo cáo Word" />;
}
