// What changed in the document since the last durable write: record ids per collection, whole
// top-level fields, or "everything" (a change that did not say what it touched, a restore, an import).
// A save writes only what is listed here, so its cost follows the size of the change, not of the data.
import type { RecordCollection } from '../../../shared/events';
import type { DataDocument } from '../../../shared/model/document';

/** The top-level fields of the document that are lists of records with an `id`. */
export type CollectionKey = RecordCollection;

/** A record, or its id. */
export type RecordRef = string | { readonly id: string };

/** Records a change creates, edits or removes, by collection. */
export type Touched = { readonly [K in CollectionKey]?: readonly RecordRef[] };

/**
 * Passed to a `mutate` change so it can say what it touched, when that is only known inside it:
 * `touch('briefs', brief, ...entries)`, or `touch.whole('checklistTemplate')` for a field replaced
 * or reordered as a whole.
 */
export interface Touch {
  <K extends CollectionKey>(collection: K, ...records: RecordRef[]): void;
  whole(field: keyof DataDocument): void;
}

export class ChangeSet {
  /** Record ids per collection. */
  readonly records = new Map<string, Set<string>>();
  /** Top-level fields written as a whole. */
  readonly fields = new Set<string>();
  /** Nothing is known about what changed: only a full snapshot is safe. */
  everything = false;

  get isEmpty(): boolean {
    return !this.everything && this.records.size === 0 && this.fields.size === 0;
  }

  addRecords(collection: string, refs: Iterable<RecordRef>): void {
    let ids = this.records.get(collection);
    if (ids === undefined) this.records.set(collection, (ids = new Set()));
    for (const ref of refs) ids.add(typeof ref === 'string' ? ref : ref.id);
  }

  addTouched(touched: Touched): void {
    for (const [collection, refs] of Object.entries(touched)) if (refs !== undefined) this.addRecords(collection, refs as RecordRef[]);
  }

  /** Takes in another set's changes (a failed write's, so the next write carries them). */
  merge(other: ChangeSet): void {
    if (other.everything) this.everything = true;
    for (const [collection, ids] of other.records) this.addRecords(collection, ids);
    for (const field of other.fields) this.fields.add(field);
  }

  /** A `touch` function that records into this set. */
  toucher(): Touch & { used: boolean } {
    const touch = ((collection: string, ...records: RecordRef[]) => {
      touch.used = true;
      this.addRecords(collection, records);
    }) as Touch & { used: boolean };
    touch.used = false;
    touch.whole = (field) => {
      touch.used = true;
      this.fields.add(field);
    };
    return touch;
  }
}
