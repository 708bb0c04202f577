// Events the main process pushes to the renderer.
import type { Notice, Subject } from './contract';
import type { DataDocument } from './model/document';

/** The document's lists of records (each record has an `id`): clients, briefs, paperTrail, incidents… */
export type RecordCollection = {
  [K in keyof DataDocument]-?: DataDocument[K] extends readonly { id: string }[] ? K : never;
}[keyof DataDocument];

/**
 * Ids of the records one operation created, edited or removed, by collection. Absent when the change
 * cannot be named record by record (a restore, an import, a reorder): then everything in `subjects` may
 * have changed.
 */
export type ChangedRecords = { [K in RecordCollection]?: string[] };

export type MenuCommand =
  | 'new-client'
  | 'new-brief'
  | 'start-incident'
  | 'quick-question'
  | 'search'
  | 'settings'
  | 'print'
  /** Sent when the VA clicks a reminder: show the Today screen. */
  | 'open-today';

export type AppEvent =
  /**
   * An operation changed data. `subjects` are the subjects whose answers may differ now (the records'
   * own subjects and the views built from them, such as today or trash); `records` names the records.
   */
  | { type: 'data-changed'; subjects: Subject[]; records?: ChangedRecords }
  | { type: 'notice'; notice: Notice }
  | { type: 'progress'; task: string; done: number; total: number }
  | { type: 'menu-command'; command: MenuCommand }
  /** The app is about to quit or close its window: save what is pending, then answer with `readyToClose(requestId)`. */
  | { type: 'app-closing'; requestId: string };
