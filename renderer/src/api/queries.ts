// Keyed queries and mutations over the typed client (TanStack Query). The data is local and the core says when
// it changes (see dataChanged.ts), so answers never go stale by time, nothing refetches on focus, and a typed
// error from the core is shown rather than retried.
import { hashKey, keepPreviousData, QueryClient, type QueryKey, type QueryObserverResult, useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { Subject } from '../../../shared/contract';
import { ApiError, errorMessage, fieldErrors, formErrorSummary } from './client';
import type { ApiQueryMeta } from './dataChanged';

declare module '@tanstack/react-query' {
  interface Register {
    queryMeta: ApiQueryMeta;
  }
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: Infinity,
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
        // The core answers with a typed error when something is really wrong; only a restart of the core is worth a retry.
        retry: (failures, error) => error instanceof ApiError && error.code === 'core_restarting' && failures < 3,
        // While a new key loads (a filter typed, another client chosen) the previous answer stays on screen.
        placeholderData: keepPreviousData,
      },
      mutations: { retry: false },
    },
  });
}

export interface QueryState<T> {
  data: T | undefined;
  /** A calm sentence for the VA, or null. */
  error: string | null;
  /** True until this key's own answer has arrived. */
  loading: boolean;
  /**
   * What a form starts its draft from: undefined while the only copy is a cached one being fetched again (a change
   * made elsewhere while the screen was closed), then the data. A draft started from the old copy would show old
   * words, and its next save would write them back over the newer ones.
   */
  fresh: T | undefined;
  reload: () => void;
}

/**
 * One keyed query: `useApiQuery(briefKeys.detail(id), () => api.briefs.get({ id }))`. `dependsOn` names other
 * subjects whose changes may change the answer (the briefs' rows show their client's name, say).
 */
export function useApiQuery<T>(queryKey: QueryKey, queryFn: () => Promise<T>, options: { dependsOn?: readonly Subject[] } = {}): QueryState<T> {
  const query = useQuery({ queryKey, queryFn, ...(options.dependsOn ? { meta: { dependsOn: options.dependsOn } } : {}) });
  // Once current, always current for this key on this screen: a refetch after its own saves must not take the form away.
  const [seenCurrentKey, setSeenCurrentKey] = useState<string | null>(null);
  const { fresh, currentKey } = freshAnswer(query, hashKey(queryKey), seenCurrentKey);
  if (currentKey !== seenCurrentKey) setSeenCurrentKey(currentKey);
  return {
    data: query.data,
    fresh,
    error: query.error ? errorMessage(query.error) : null,
    loading: query.isPending || query.isPlaceholderData,
    reload: () => void query.refetch(),
  };
}

/**
 * What a form may start its draft from (`QueryState.fresh`): the answer for this key once it is current (not a cached
 * copy being fetched again, nor the previous key's answer kept on screen while this one loads), and from then on for as
 * long as the screen shows this key. `seenCurrentKey` is the key last seen current; the result says which key that is now.
 */
export function freshAnswer<T>(
  result: Pick<QueryObserverResult<T>, 'data' | 'isPlaceholderData' | 'isFetching' | 'isStale'>,
  keyHash: string,
  seenCurrentKey: string | null,
): { fresh: T | undefined; currentKey: string | null } {
  if (result.data === undefined || result.isPlaceholderData) return { fresh: undefined, currentKey: seenCurrentKey };
  const current = !(result.isFetching && result.isStale);
  if (current || seenCurrentKey === keyHash) return { fresh: result.data, currentKey: keyHash };
  return { fresh: undefined, currentKey: seenCurrentKey };
}

/**
 * The "new X" form's submit: runs `create`, then `onCreated` with what the core made; a refusal becomes field
 * messages and one line above the form, and nothing else changes. The list updates from the core's change event.
 */
export function useCreate<Input, Created>(create: (input: Input) => Promise<Created>, onCreated: (created: Created) => void, summary = formErrorSummary) {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: create,
    onSuccess: onCreated,
    onError: (error) => {
      setErrors(fieldErrors(error));
      setMessage(summary(error));
    },
  });
  const submit = (input: Input) => (event: React.FormEvent) => {
    event.preventDefault();
    mutation.mutate(input);
  };
  return { submit, errors, message, busy: mutation.isPending };
}
