// Turns anything that stops the app from starting into words for an error box. The shell shows it and exits,
// so a failed start never leaves an invisible process holding the single-instance lock.
import { DataLockedError } from './core/storage/lock';

export interface StartupProblem {
  title: string;
  message: string;
}

/** The first Node error code in the error or its causes (storage errors wrap the `fs` error). */
function nodeCode(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    const code = (e as NodeJS.ErrnoException).code;
    if (typeof code === 'string') return code;
  }
  return undefined;
}

function technicalDetail(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}

export function describeStartupError(error: unknown, dataDir: string): StartupProblem {
  if (error instanceof DataLockedError) return { title: 'Steadyhand is already open', message: error.message };
  // By name: the error comes back from the core process, and main does not load the data model (zod) to check it.
  if (error instanceof Error && error.name === 'NewerVersionError') return { title: 'Steadyhand needs updating', message: error.message };
  const code = nodeCode(error);
  if (code === 'ENOTDIR' || code === 'EEXIST') {
    return {
      title: 'Steadyhand cannot open its data folder',
      message:
        `Steadyhand keeps your data in ${dataDir}, but that is a file, not a folder. ` +
        'Move or rename that file, or start Steadyhand with --data-dir pointing at a folder. Nothing has been changed.',
    };
  }
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return {
      title: 'Steadyhand cannot write to its data folder',
      message:
        `Steadyhand needs to save your data in ${dataDir}, but this computer does not let it write there. ` +
        'Check that the folder is yours and not read-only, then open Steadyhand again. Nothing has been changed.',
    };
  }
  if (code === 'ENOSPC') {
    return {
      title: 'Your disk is full',
      message: `Steadyhand cannot save to ${dataDir} because the disk is full. Free some space, then open Steadyhand again. Nothing has been changed.`,
    };
  }
  return {
    title: 'Steadyhand could not start',
    message:
      'Something unexpected stopped Steadyhand from starting. Your data has not been changed. ' +
      'Please open it again; if this keeps happening, send us the detail below.\n\n' +
      technicalDetail(error),
  };
}
