/** A view of the settings and two writes through useWrite: one the backend takes, one it refuses. */
import { call, useApi } from '../../renderer/api.ts';
import { ErrorNote, StatusNote } from '../../renderer/components/Notice.tsx';
import { useWrite } from '../../renderer/useWrite.ts';

export default function UseWritePage() {
  const settings = useApi('settings.get', {});
  const write = useWrite();
  return (
    <section>
      <p data-testid="place">{settings.data?.place ?? '…'}</p>
      <button
        type="button"
        disabled={write.busy}
        onClick={() =>
          void write.run(
            () => call('settings.update', { place: 'Sài Sơn' }),
            () => 'Đã lưu.',
          )
        }
      >
        Đổi nơi ban hành
      </button>
      <button type="button" onClick={() => void write.run(() => call('settings.update', { rounding: { mode: 'halfUp', decimals: 9 } }))}>
        Làm tròn 9 chữ số
      </button>
      <p data-testid="code">{write.error?.code ?? ''}</p>
      <ErrorNote text={write.error?.message ?? null} onClose={write.clearError} />
      <StatusNote text={write.status} />
    </section>
  );
}
