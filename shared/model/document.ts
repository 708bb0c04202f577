// The whole stored document and its version. Bump SCHEMA_VERSION with a migration in electron/core.
import { z } from 'zod';
import { brief } from './brief';
import { client } from './client';
import { paperTrailEntry } from './paperTrail';

export const SCHEMA_VERSION = 1;

export const dataDocument = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  clients: z.array(client),
  briefs: z.array(brief),
  paperTrail: z.array(paperTrailEntry),
});
export type DataDocument = z.infer<typeof dataDocument>;

export function emptyDocument(): DataDocument {
  return { schemaVersion: SCHEMA_VERSION, clients: [], briefs: [], paperTrail: [] };
}
