// Hash routes: `#/briefs/<id>`. Small on purpose; the app has a handful of areas.
import { useSyncExternalStore } from 'react';

export type Area = 'today' | 'clients' | 'briefs' | 'incidents' | 'summaries' | 'templates' | 'insights' | 'trash' | 'backups' | 'settings';
export const AREAS: readonly Area[] = ['today', 'clients', 'briefs', 'incidents', 'summaries', 'templates', 'insights', 'trash', 'backups', 'settings'];
/** The start screen: what needs the VA now. */
export const START_AREA: Area = 'today';

export interface Route {
  area: Area;
  id: string | null;
  /** Extra intent such as `new`, kept in the query part: `#/briefs?new=1&client=…`. */
  params: URLSearchParams;
}

export function parseHash(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const [area, id] = path.split('/');
  return {
    area: AREAS.includes(area as Area) ? (area as Area) : START_AREA,
    id: id !== undefined && id !== '' ? decodeURIComponent(id) : null,
    params: new URLSearchParams(query),
  };
}

export function href(area: Area, id?: string | null, params?: Record<string, string>): string {
  const q = params ? `?${new URLSearchParams(params).toString()}` : '';
  return `#/${area}${id ? `/${encodeURIComponent(id)}` : ''}${q}`;
}

export function navigate(area: Area, id?: string | null, params?: Record<string, string>): void {
  window.location.hash = href(area, id, params);
}

function subscribe(onChange: () => void) {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseHash(hash);
}
