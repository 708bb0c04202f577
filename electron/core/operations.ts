// How a subject declares its operations: each one either only reads (`reads`) or changes data
// (`writes`, naming the subjects whose answers it may change). The wrapper, not the handler, tells the
// renderer what changed: after a change succeeds it emits one `data-changed` event naming the declared
// subjects, the subjects of every collection the operation touched, and the touched records' ids. A
// handler cannot forget to announce a change, and a reading operation that writes fails loudly.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { OperationName, ParsedInputOf, ResultOf, Subject } from '../../shared/contract';
import type { ChangedRecords, RecordCollection } from '../../shared/events';
import type { DataDocument } from '../../shared/model/document';
import type { ServiceContext } from './context';
import type { HandlersFor } from './dispatcher';
import { ChangeSet } from './storage/changeSet';

type MethodOf<S extends Subject> = OperationName extends infer N ? (N extends `${S}.${infer M}` ? M : never) : never;
type Input<S extends Subject, M extends string> = ParsedInputOf<`${S}.${M}` & OperationName>;
type Result<S extends Subject, M extends string> = ResultOf<`${S}.${M}` & OperationName>;

const declaration = Symbol('operation declaration');

/** One operation's handler with what it declares. Made only by `reads` and `writes`. */
export interface Declared<I, R> {
  readonly [declaration]: true;
  readonly changes: readonly Subject[] | null;
  readonly run: (input: I) => R | Promise<R>;
}

/** An operation that only reads. */
export function reads<I, R>(run: (input: I) => R | Promise<R>): Declared<I, R> {
  return { [declaration]: true, changes: null, run };
}

/**
 * An operation that changes data. `subjects` are the subjects it may change beyond those of the records it
 * touches (which are added on their own): the trash when records move there, or settings, which live in
 * their own file.
 */
export function writes<I, R>(subjects: readonly Subject[], run: (input: I) => R | Promise<R>): Declared<I, R> {
  return { [declaration]: true, changes: subjects, run };
}

/** Every operation of one subject, each declared. */
export type SubjectOperations<S extends Subject> = { [M in MethodOf<S>]: Declared<Input<S, M>, Result<S, M>> };

/** The subject each part of the document belongs to. */
const subjectOfField: Record<Exclude<keyof DataDocument, 'schemaVersion'>, Subject> = {
  clients: 'clients',
  briefs: 'briefs',
  paperTrail: 'paperTrail',
  checklistTemplate: 'checklists',
  incidents: 'incidents',
  incidentSummaries: 'summaries',
  templates: 'templates',
};
const subjectOf = (field: string): Subject | undefined => subjectOfField[field as keyof typeof subjectOfField] as Subject | undefined;

/** What the operation running now has changed in the document (see `Database`'s `onChange`). */
const running = new AsyncLocalStorage<{ changed: ChangeSet; reading: string | null }>();

/**
 * The database's view of the running operation: asked before each change (a reading operation is refused
 * before anything is touched) and told what each change touched.
 */
export const operationChanges = {
  starting(): void {
    const reading = running.getStore()?.reading;
    if (reading != null) throw new Error(`${reading} is declared as reading but tried to change data.`);
  },
  applied(changed: ChangeSet): void {
    running.getStore()?.changed.merge(changed);
  },
};

/** The event for a finished change: declared subjects plus those of the touched collections, and the ids. */
export function changeEvent(declared: readonly Subject[], changed: ChangeSet): { subjects: Subject[]; records?: ChangedRecords } | null {
  const subjects = new Set<Subject>(declared);
  const records: ChangedRecords = {};
  for (const [collection, ids] of changed.records) {
    const subject = subjectOf(collection);
    if (subject !== undefined) subjects.add(subject);
    records[collection as RecordCollection] = [...ids];
  }
  // A whole field replaced, or a change that could not say what it touched: name no records, so every
  // list of those subjects is loaded again.
  const named = !changed.everything && changed.fields.size === 0;
  if (changed.everything) for (const subject of Object.values(subjectOfField)) subjects.add(subject);
  for (const field of changed.fields) {
    const subject = subjectOf(field);
    if (subject !== undefined) subjects.add(subject);
  }
  if (subjects.size === 0) return null;
  return named && changed.records.size > 0 ? { subjects: [...subjects], records } : { subjects: [...subjects] };
}

/** Turns a subject's declared operations into the dispatcher's handlers, each wrapped as it declares. */
export function subjectHandlers<S extends Subject>(ctx: ServiceContext, subject: S, operations: SubjectOperations<S>): HandlersFor<S> {
  const handlers: Record<string, (input: unknown) => Promise<unknown>> = {};
  for (const [method, declared] of Object.entries(operations) as [string, Declared<unknown, unknown>][]) {
    const name = `${subject}.${method}`;
    const { run, changes: declaredSubjects } = declared;
    handlers[name] =
      declaredSubjects === null
        ? (input) => running.run({ changed: new ChangeSet(), reading: name }, async () => run(input))
        : async (input) => {
            const changed = new ChangeSet();
            try {
              return await running.run({ changed, reading: null }, async () => run(input));
            } finally {
              // Also after a failure part-way: whatever was written is announced.
              const event = changeEvent(declaredSubjects, changed);
              if (event !== null) ctx.emit({ type: 'data-changed', ...event });
            }
          };
  }
  return handlers as unknown as HandlersFor<S>;
}
