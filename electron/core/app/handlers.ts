// The app subject (operations in shared/operations/app.ts): what the status bar and notices show.
import type { AppStatus, Notice } from '../../../shared/contract';
import { SCHEMA_VERSION } from '../../../shared/model/document';
import { countRecords } from '../backups/exportFile';
import type { ServiceContext } from '../context';
import type { HandlersFor } from '../dispatcher';
import { reads, subjectHandlers, writes } from '../operations';

export function appHandlers(ctx: ServiceContext, about: { appVersion: string; dataDir: string }, notices: Notice[]): HandlersFor<'app'> {
  return subjectHandlers(ctx, 'app', {
    status: reads((): AppStatus => ({
      version: about.appVersion,
      dataDir: about.dataDir,
      schemaVersion: SCHEMA_VERSION,
      notices,
      counts: countRecords(ctx.db.data),
    })),
    // A notice is not data: dismissing it announces nothing.
    dismissNotice: writes([], ({ id }) => {
      const index = notices.findIndex((n) => n.id === id);
      if (index >= 0) notices.splice(index, 1);
      return { dismissed: index >= 0 };
    }),
  });
}
