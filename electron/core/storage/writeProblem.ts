// A save that fails is shown, not hidden: a banner (notice) that stays while changes wait in memory
// and goes away on its own once they are on disk again.
import type { AppEvent, Notice } from '../../../shared/contract';

const NOTICE_ID = 'write-failed';

function reason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOSPC' || code === 'EDQUOT') return 'the disk is full';
  if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM') return 'the data folder cannot be written to';
  if (code === 'EBUSY' || code === 'ETXTBSY') return 'another program is holding the data file';
  return 'the disk reported an error';
}

/** `error` null: saving works again. */
export function showWriteProblem(notices: Notice[], emit: (event: AppEvent) => void, now: Date, error: unknown): void {
  const index = notices.findIndex((n) => n.id === NOTICE_ID);
  if (error === null) {
    if (index < 0) return;
    notices.splice(index, 1);
  } else {
    const notice: Notice = {
      id: NOTICE_ID,
      kind: 'write-failed',
      severity: 'error',
      title: 'Your latest changes are not saved to disk yet',
      message: `Steadyhand could not save because ${reason(error)}. Your changes are kept in the app and it keeps trying; please do not quit until this message goes away. Freeing some disk space or closing the other program usually fixes it.`,
    };
    if (index >= 0) notices[index] = notice;
    else notices.unshift(notice);
    emit({ type: 'notice', notice });
  }
  // The banners are part of the app status, which the window reloads on this event.
  emit({ type: 'data-changed', subjects: ['app'] });
}
