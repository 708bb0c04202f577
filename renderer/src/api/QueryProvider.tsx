// The app's one query cache, kept up to date by the core's change events.
import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useEffect, useState } from 'react';
import { api, bridge } from './client';
import { applyDataChanged } from './dataChanged';
import { createQueryClient } from './queries';

const rowSource = { briefRows: (ids: string[]) => api.briefs.rows({ ids }) };

export function QueryProvider({ children, client: given }: { children: ReactNode; client?: QueryClient }) {
  const [client] = useState(() => given ?? createQueryClient());
  useEffect(
    () =>
      bridge().onEvent((event) => {
        if (event.type === 'data-changed') void applyDataChanged(client, event, rowSource);
      }),
    [client],
  );
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
