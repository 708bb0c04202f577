// What every subject gets: the database, the clock, ids and the event stream; and the services of the
// subjects others build on. Change events are not sent from here: `operations.ts` sends them for each
// operation that declares a change.
import { randomUUID } from 'node:crypto';
import type { AppEvent } from '../../shared/contract';
import { ApiError } from '../../shared/envelope';
import type { briefsService } from './briefs/service';
import type { clientsService } from './clients/service';
import type { paperTrailService } from './paperTrail/service';
import type { settingsService } from './settings/service';
import type { Database } from './storage/database';

export interface ServiceContext {
  db: Database;
  now: () => Date;
  newId: () => string;
  /** Events that are not data changes: progress, notices. */
  emit: (event: AppEvent) => void;
}

/** The services other subjects may build on: finding a client, adding to the paper trail, reading settings. */
export interface FoundationServices {
  clients: ReturnType<typeof clientsService>;
  briefs: ReturnType<typeof briefsService>;
  paperTrail: ReturnType<typeof paperTrailService>;
  settings: ReturnType<typeof settingsService>;
}

export function createContext(db: Database, now: () => Date, emit: (event: AppEvent) => void): ServiceContext {
  return { db, now, newId: () => randomUUID(), emit };
}

export function notFound(what: string): ApiError {
  return new ApiError('not_found', `That ${what} could not be found. It may have been moved to the trash.`);
}

export function matchesQuery(query: string | undefined, ...fields: string[]): boolean {
  if (query === undefined || query.trim() === '') return true;
  const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  const haystack = fields.join('\n').toLocaleLowerCase();
  return words.every((w) => haystack.includes(w));
}
