/**
 * The renderer's view of the API: one client, the backend's pushed events, a hook that loads a method's
 * result, and a data version that App raises on every data-changed event so that all views re-read.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { createClient, createEvents } from './client.ts';
import type { Api, MethodName } from '../api/contract.ts';
import type { InputOf, OutputOf } from '../api/define.ts';

export const call = createClient();
export const events = createEvents();
export type Out<K extends MethodName> = OutputOf<Api[K]>;
export type In<K extends MethodName> = InputOf<Api[K]>;

export interface DataVersion {
  version: number;
  bump(): void;
}
export const DataVersionContext = createContext<DataVersion>({ version: 0, bump: () => {} });
export const useDataVersion = () => useContext(DataVersionContext);

/**
 * The data version a window provides to its views: raised on every `data-changed` the backend pushes (a write
 * here, a job, a restore), and by `bump` when the whole file changed under it. App and the component-test pages
 * (tests/renderer/) provide it this one way.
 */
export function usePushedDataVersion(): DataVersion {
  const [version, setVersion] = useState(0);
  useEffect(
    () =>
      events.subscribe((e) => {
        if (e.type === 'data-changed') setVersion((v) => v + 1);
      }),
    [],
  );
  const bump = useCallback(() => setVersion((v) => v + 1), []);
  return useMemo(() => ({ version, bump }), [version, bump]);
}

export interface Loaded<T> {
  data: T | null;
  error: string | null;
  loading: boolean;
  reload(): void;
}

/** Loads `method(input)`; reloads when the input changes or any write bumped the data version. */
export function useApi<K extends MethodName>(method: K, input: In<K> | null): Loaded<Out<K>> {
  const { version } = useDataVersion();
  const [state, setState] = useState<{ data: Out<K> | null; error: string | null; loading: boolean }>({
    data: null,
    error: null,
    loading: true,
  });
  const [tick, setTick] = useState(0);
  const key = input === null ? null : JSON.stringify(input);
  useEffect(() => {
    if (key === null) return;
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    call(method, JSON.parse(key) as In<K>).then(
      (data) => live && setState({ data, error: null, loading: false }),
      (e: Error) => live && setState({ data: null, error: e.message, loading: false }),
    );
    return () => {
      live = false;
    };
  }, [method, key, version, tick]);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { ...state, reload };
}
