import type { ScreenProps } from '../App.tsx';
import { ComingSoon } from '../components/Notice.tsx';

export function Checks(_props: ScreenProps) {
  return <ComingSoon title="Kiểm tra số liệu" what="kiểm tra số liệu trong dự thảo văn bản" />;
}
