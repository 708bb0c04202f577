// Loads data through the API and reloads it when the main process says its subjects changed.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Subject } from '../../../shared/contract';
import { errorMessage } from '../api/client';
import { useAppEvent } from './events';

export interface QueryState<T> {
  data: T | undefined;
  error: string | null;
  loading: boolean;
  reload: () => void;
}

export function useQuery<T>(load: () => Promise<T>, deps: readonly unknown[], subjects: readonly Subject[]): QueryState<T> {
  const [state, setState] = useState<{ data: T | undefined; error: string | null; loading: boolean }>({
    data: undefined,
    error: null,
    loading: true,
  });
  const generation = useRef(0);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const run = useCallback(load, deps);

  const reload = useCallback(() => {
    const mine = ++generation.current;
    setState((s) => ({ ...s, loading: true }));
    run().then(
      (data) => mine === generation.current && setState({ data, error: null, loading: false }),
      (error: unknown) => mine === generation.current && setState((s) => ({ ...s, error: errorMessage(error), loading: false })),
    );
  }, [run]);

  useEffect(reload, [reload]);
  useAppEvent((event) => {
    if (event.type === 'data-changed' && event.subjects.some((s) => subjects.includes(s))) reload();
  });
  return { ...state, reload };
}
