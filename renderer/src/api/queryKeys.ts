// Query keys, one factory per subject of the contract, so a key is written once and invalidation can aim at it.
// Shape: [subject, kind, ...params]. The first element is the subject a change event names; `detail` keys carry
// the record's id third, which is how a change event naming that record finds them (see dataChanged.ts).
import type { Subject } from '../../../shared/contract';

type Params = Record<string, unknown>;

/** What every subject's factory has: `all` to reach each of its queries. */
const subjectKeys = <S extends Subject>(subject: S) => ({ all: [subject] as const });

export const appKeys = { ...subjectKeys('app'), status: () => ['app', 'status'] as const };

export const clientKeys = {
  ...subjectKeys('clients'),
  list: (filter: Params = {}) => ['clients', 'list', filter] as const,
  detail: (id: string) => ['clients', 'detail', id] as const,
  /** The same record where a missing client is not an error (null): a separate entry, as its answer differs. */
  detailOrNull: (id: string) => ['clients', 'detail', id, 'or-null'] as const,
};

export const briefKeys = {
  ...subjectKeys('briefs'),
  /** Every live brief as a list row: kept up to date row by row (see dataChanged.ts), never refetched whole. */
  rows: () => ['briefs', 'rows'] as const,
  list: (filter: Params = {}) => ['briefs', 'list', filter] as const,
  detail: (id: string) => ['briefs', 'detail', id] as const,
  detailOrNull: (id: string) => ['briefs', 'detail', id, 'or-null'] as const,
};

export const paperTrailKeys = {
  ...subjectKeys('paperTrail'),
  list: (filter: Params) => ['paperTrail', 'list', filter] as const,
  attachment: (sha256: string) => ['paperTrail', 'attachment', sha256] as const,
};

export const checklistKeys = {
  ...subjectKeys('checklists'),
  forBrief: (briefId: string) => ['checklists', 'forBrief', briefId] as const,
  template: (scope: Params) => ['checklists', 'template', scope] as const,
};

export const incidentKeys = {
  ...subjectKeys('incidents'),
  list: (filter: Params = {}) => ['incidents', 'list', filter] as const,
  detail: (id: string) => ['incidents', 'detail', id] as const,
};

export const templateKeys = {
  ...subjectKeys('templates'),
  list: (filter: Params = {}) => ['templates', 'list', filter] as const,
  detail: (id: string) => ['templates', 'detail', id] as const,
};

export const summaryKeys = { ...subjectKeys('summaries'), view: (incidentId: string) => ['summaries', 'view', incidentId] as const };
export const todayKeys = { ...subjectKeys('today'), get: () => ['today', 'get'] as const };
export const insightKeys = { ...subjectKeys('insights'), range: (from: string | null, to: string | null) => ['insights', 'range', from, to] as const };
export const trashKeys = { ...subjectKeys('trash'), list: () => ['trash', 'list'] as const };
export const backupKeys = { ...subjectKeys('backups'), list: () => ['backups', 'list'] as const };
export const settingKeys = { ...subjectKeys('settings'), get: () => ['settings', 'get'] as const };
