import type { ScreenProps } from '../App.tsx';
import { ComingSoon } from '../components/Notice.tsx';

export function Targets(_props: ScreenProps) {
  return <ComingSoon title="Chỉ tiêu" what="theo dõi chỉ tiêu của đề án" />;
}
