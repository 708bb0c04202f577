// Ordered, pure migrations of the stored document. Each takes version N and returns version N+1.
import { SCHEMA_VERSION } from '../../../shared/model/document';

type Migration = (doc: Record<string, unknown>) => Record<string, unknown>;

/** `migrations[n]` upgrades a version-n document to n+1. Version 0 was the unversioned prototype. */
export const migrations: Record<number, Migration> = {
  0: (doc) => ({
    ...doc,
    schemaVersion: 1,
    clients: Array.isArray(doc.clients) ? doc.clients : [],
    briefs: Array.isArray(doc.briefs) ? doc.briefs : [],
    paperTrail: Array.isArray(doc.paperTrail) ? doc.paperTrail : [],
  }),
};

export class NewerVersionError extends Error {
  constructor(readonly fileVersion: number) {
    super(
      `This data was saved by a newer version of Steadyhand (data version ${fileVersion}; this app reads up to ${SCHEMA_VERSION}). ` +
        'Please update Steadyhand to open it. Your data has not been changed.',
    );
    this.name = 'NewerVersionError';
  }
}

export function documentVersion(doc: Record<string, unknown>): number {
  const v = doc.schemaVersion;
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : 0;
}

export function needsMigration(doc: Record<string, unknown>): boolean {
  const version = documentVersion(doc);
  if (version > SCHEMA_VERSION) throw new NewerVersionError(version);
  return version < SCHEMA_VERSION;
}

export function migrate(doc: Record<string, unknown>): Record<string, unknown> {
  let current = doc;
  let version = documentVersion(current);
  if (version > SCHEMA_VERSION) throw new NewerVersionError(version);
  while (version < SCHEMA_VERSION) {
    const step = migrations[version];
    if (step === undefined) throw new Error(`No migration from data version ${version}.`);
    current = step(current);
    version = documentVersion(current);
  }
  return current;
}
