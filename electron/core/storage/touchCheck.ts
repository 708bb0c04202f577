// A guard for tests: compares the document before and after a change and names every record that
// changed without being declared to `mutate`. An undeclared change would reach disk only at the
// next full snapshot, so a crash before it would lose it; the test suites turn this guard on.
import type { ChangeSet } from './changeSet';

type Fingerprint = Map<string, { ids: string[]; json: Map<string, string> } | string>;

const isRecordList = (v: unknown): v is { id: string }[] =>
  Array.isArray(v) && v.every((r) => typeof r === 'object' && r !== null && typeof (r as { id?: unknown }).id === 'string');

export function fingerprint(doc: Record<string, unknown>): Fingerprint {
  const print: Fingerprint = new Map();
  for (const [key, value] of Object.entries(doc)) {
    if (isRecordList(value)) print.set(key, { ids: value.map((r) => r.id), json: new Map(value.map((r) => [r.id, JSON.stringify(r)])) });
    else print.set(key, JSON.stringify(value) ?? 'undefined');
  }
  return print;
}

/** What changed between the two prints that `changes` does not declare, as `collection/id` or `field`. */
export function undeclaredChanges(before: Fingerprint, after: Fingerprint, changes: ChangeSet): string[] {
  if (changes.everything) return [];
  const problems: string[] = [];
  for (const key of new Set([...before.keys(), ...after.keys()])) {
    if (changes.fields.has(key)) continue;
    const a = before.get(key);
    const b = after.get(key);
    if (typeof a === 'object' && typeof b === 'object') {
      const declared = changes.records.get(key) ?? new Set<string>();
      for (const id of new Set([...a.json.keys(), ...b.json.keys()])) {
        if (!declared.has(id) && a.json.get(id) !== b.json.get(id)) problems.push(`${key}/${id}`);
      }
      // Records kept in place must keep their order: a reorder has to be declared with touch.whole.
      const kept = (ids: string[]) => ids.filter((id) => !declared.has(id)).join('\n');
      if (kept(a.ids) !== kept(b.ids)) problems.push(`${key} (order)`);
    } else if (JSON.stringify(a) !== JSON.stringify(b)) {
      problems.push(key);
    }
  }
  return problems;
}
