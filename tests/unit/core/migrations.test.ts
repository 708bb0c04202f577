// Migrations: ordered pure steps; an older document opens migrated, after a backup of its exact bytes.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../../shared/model/document';
import { documentVersion, migrate, migrations, NewerVersionError } from '../../../electron/core/storage/migrations';
import { readDocumentBytes } from '../../../electron/core/storage/readDocument';
import { call, clientInput, listDir, openTestCore, storedDocument, tempDir } from './helpers';

/** What the unversioned prototype stored: no schemaVersion, no briefs or paper trail yet. */
function versionZeroDocument() {
  const at = '2025-11-03T09:15:00.000Z';
  return {
    clients: [{ ...clientInput('Prototype client'), id: 'c-proto', createdAt: at, updatedAt: at, trashedAt: null, trashBatchId: null }],
  };
}

describe('opening a version-0 document', () => {
  it('opens it migrated, tells the VA, and keeps the original bytes in a pre-migration backup', async () => {
    const dataDir = await tempDir();
    const dataFile = join(dataDir, 'steadyhand.json');
    // Pretty-printed, as a hand-edited or older file might be: the backup must keep these exact bytes.
    const original = Buffer.from(JSON.stringify(versionZeroDocument(), null, 2) + '\n');
    writeFileSync(dataFile, original);

    const t = await openTestCore({ dataDir });
    const status = await call(t.core, 'app.status', {});
    expect(status.notices.map((n) => n.kind)).toEqual(['migrated']);
    expect((await call(t.core, 'clients.list', {})).map((c) => c.id)).toEqual(['c-proto']);

    const stored = storedDocument(dataFile);
    expect(stored.schemaVersion).toBe(SCHEMA_VERSION);
    expect(stored.clients.map((c) => c.id)).toEqual(['c-proto']);
    expect(stored.briefs).toEqual([]);

    const preMigration = (await call(t.core, 'backups.list', {})).filter((b) => b.reason === 'pre-migration');
    expect(preMigration).toHaveLength(1);
    expect(readFileSync(join(t.backupsDir, preMigration[0]!.name)).equals(original)).toBe(true);
  });

  it('does not migrate or back up again on the next open', async () => {
    const dataDir = await tempDir();
    writeFileSync(join(dataDir, 'steadyhand.json'), JSON.stringify(versionZeroDocument()));
    const first = await openTestCore({ dataDir });
    const second = await first.reopen();
    expect((await call(second.core, 'app.status', {})).notices).toEqual([]);
    const names = await listDir(second.backupsDir);
    expect(names.filter((n) => n.endsWith('-pre-migration.json'))).toHaveLength(1);
    await call(second.core, 'clients.create', { fields: clientInput('After the migration') });
  });
});

describe('migrate (pure)', () => {
  it('has one step for every version below the current one', () => {
    for (let v = 0; v < SCHEMA_VERSION; v++) expect(typeof migrations[v]).toBe('function');
  });

  it('brings a version-0 document to the current version without changing the input', () => {
    const doc = versionZeroDocument() as Record<string, unknown>;
    const copy = structuredClone(doc);
    const migrated = migrate(doc);
    expect(doc).toEqual(copy);
    expect(documentVersion(migrated)).toBe(SCHEMA_VERSION);
    expect(migrated).toMatchObject({ clients: copy.clients, briefs: [], paperTrail: [] });
  });

  it('leaves a current document as it is', () => {
    const doc = { schemaVersion: SCHEMA_VERSION, clients: [], briefs: [], paperTrail: [] };
    expect(migrate(doc)).toEqual(doc);
  });

  it('refuses a document from the future', () => {
    expect(() => migrate({ schemaVersion: SCHEMA_VERSION + 1 })).toThrow(NewerVersionError);
    const read = readDocumentBytes(new TextEncoder().encode(JSON.stringify({ schemaVersion: SCHEMA_VERSION + 1 })));
    expect(read).toMatchObject({ ok: false, problem: 'newer-version', fileVersion: SCHEMA_VERSION + 1 });
  });

  it('reports where a migrated document still fails the schema', () => {
    const read = readDocumentBytes(new TextEncoder().encode(JSON.stringify({ clients: [{ id: 'x' }] })));
    expect(read).toMatchObject({ ok: false, problem: 'invalid', detail: expect.stringMatching(/at clients\.0\./) });
  });
});
