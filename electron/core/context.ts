// What every service gets: the database, the clock, ids and a way to tell the renderer what changed.
import { randomUUID } from 'node:crypto';
import type { AppEvent, Subject } from '../../../shared/contract';
import { ApiError } from '../../../shared/envelope';
import type { Database } from '../storage/database';

export interface ServiceContext {
  db: Database;
  now: () => Date;
  newId: () => string;
  emit: (event: AppEvent) => void;
  changed: (...subjects: Subject[]) => void;
}

export function createContext(db: Database, now: () => Date, emit: (event: AppEvent) => void): ServiceContext {
  return {
    db,
    now,
    newId: () => randomUUID(),
    emit,
    changed: (...subjects) => emit({ type: 'data-changed', subjects }),
  };
}

export function notFound(what: string): ApiError {
  return new ApiError('not_found', `That ${what} could not be found. It may have been moved to the trash.`);
}

/** Today's date on the VA's own calendar, as YYYY-MM-DD. */
export function localIsoDate(date: Date): string {
  const y = date.getFullYear();
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

export function matchesQuery(query: string | undefined, ...fields: string[]): boolean {
  if (query === undefined || query.trim() === '') return true;
  const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  const haystack = fields.join('\n').toLocaleLowerCase();
  return words.every((w) => haystack.includes(w));
}
