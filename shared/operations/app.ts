// Operations of the app itself: its status (version, data folder, notices, record counts) and dismissing a notice.
import type { RecordCounts } from './backups';
import { byId, none, op } from './op';

export type NoticeKind =
  | 'recovered-from-backup'
  | 'unreadable-no-backup'
  | 'missing-data-with-backups'
  | 'settings-reset'
  | 'write-failed'
  | 'migrated'
  /** The core process stopped unexpectedly and was started again on the same data. */
  | 'core-restarted';

export interface Notice {
  id: string;
  kind: NoticeKind;
  severity: 'info' | 'warning' | 'error';
  title: string;
  message: string;
  /** Where a damaged file was moved, so the VA (or support) can find it. */
  movedTo?: string;
  backupName?: string;
  /** The technical reason (a parser's words, a path), shown behind "Details" rather than in the message. */
  detail?: string;
}

export interface AppStatus {
  version: string;
  dataDir: string;
  schemaVersion: number;
  notices: Notice[];
  counts: RecordCounts;
}

export const appOperations = {
  status: op(none).returns<AppStatus>(),
  dismissNotice: op(byId).returns<{ dismissed: boolean }>(),
} as const;
