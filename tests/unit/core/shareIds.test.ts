// Sharing id strings after opening changes no value: the document reads exactly as it was parsed.
import { describe, expect, it } from 'vitest';
import { shareRecordIds } from '../../../electron/core/storage/shareIds';
import { emptyDocument } from '../../../shared/model/document';
import { makeBrief, makeClient, makeEntry, makeIncident } from '../insights/records';

describe('shareRecordIds', () => {
  it('leaves every value as it was, including dangling and missing references', () => {
    const ada = makeClient('Ada');
    const brief = makeBrief(ada, 'Inbox tidy');
    const entry = makeEntry(ada, brief, 'Please tidy my inbox');
    const correction = { ...makeEntry(ada, brief, 'Please tidy the shared inbox'), correctsId: entry.id };
    const loose = makeEntry(ada, null, 'General note');
    const orphan = { ...makeEntry(ada, null, 'From a client deleted for good'), clientId: 'deleted-client' };
    const incident = makeIncident({ client: ada, brief });
    const blank = makeIncident();
    const doc = { ...emptyDocument(), clients: [ada], briefs: [brief], paperTrail: [entry, correction, loose, orphan], incidents: [incident, blank] };
    // A copy through JSON, as opening gives: every id a string of its own.
    const parsed = JSON.parse(JSON.stringify(doc)) as typeof doc;
    shareRecordIds(parsed);
    expect(parsed).toEqual(doc);
    expect(parsed.paperTrail[3]!.clientId).toBe('deleted-client');
    expect(parsed.incidents[1]!.answers.happened.clientId).toBeNull();
  });

  it('runs on an empty document', () => {
    const doc = emptyDocument();
    shareRecordIds(doc);
    expect(doc).toEqual(emptyDocument());
  });
});
