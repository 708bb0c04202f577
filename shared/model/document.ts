// The whole stored document and its version. Bump SCHEMA_VERSION with a migration in electron/core.
import { z } from 'zod';
import { brief } from './brief';
import { client } from './client';
import { paperTrailEntry } from './paperTrail';
import { checklistCollections } from './checklist';
import { incidentCollections } from './incident';
import { summaryCollections } from './summary';
import { templateCollections } from './template';

/**
 * Bump with an ordered migration in electron/core/storage/migrations.ts when a field changes meaning.
 * A new collection or a new optional field does not need one: give it a `.default(...)` so older
 * files parse unchanged.
 */
export const SCHEMA_VERSION = 1;

export const dataDocument = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  clients: z.array(client),
  briefs: z.array(brief),
  paperTrail: z.array(paperTrailEntry),
  ...checklistCollections,
  ...incidentCollections,
  ...summaryCollections,
  ...templateCollections,
});
export type DataDocument = z.infer<typeof dataDocument>;

export function emptyDocument(): DataDocument {
  return dataDocument.parse({ schemaVersion: SCHEMA_VERSION, clients: [], briefs: [], paperTrail: [] });
}
