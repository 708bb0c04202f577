// Ten years of records name their client and brief by id tens of thousands of times, and JSON.parse
// gives each of those its own copy of the string (about 56 bytes for a UUID). Pointing every reference
// at the one string the client or brief itself holds keeps about 4.6 MB off the heap with ten years of
// data. The values are equal, so nothing that reads the document can tell the difference.
import type { DataDocument } from '../../../shared/model/document';

/** Replaces, in place, each client, brief and paper-trail reference with the referenced record's own id string. */
export function shareRecordIds(doc: DataDocument): void {
  const ids = new Map<string, string>();
  for (const c of doc.clients) ids.set(c.id, c.id);
  for (const b of doc.briefs) ids.set(b.id, b.id);
  for (const e of doc.paperTrail) ids.set(e.id, e.id);
  const shared = (value: string) => ids.get(value) ?? value;

  for (const b of doc.briefs) b.clientId = shared(b.clientId);
  for (const e of doc.paperTrail) {
    e.clientId = shared(e.clientId);
    if (e.briefId !== null) e.briefId = shared(e.briefId);
    if (e.correctsId !== null) e.correctsId = shared(e.correctsId);
  }
  for (const incident of doc.incidents) {
    const happened = incident.answers.happened;
    if (happened.clientId !== null) happened.clientId = shared(happened.clientId);
    if (happened.briefId !== null) happened.briefId = shared(happened.briefId);
  }
}
