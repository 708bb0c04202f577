// Every form with an unsaved draft registers a way to save it now. Leaving a screen, hiding the
// window and quitting the app all call `flushPendingSaves()`, so typing in the autosave pause is never lost.

type Flush = () => Promise<unknown>;

const flushers = new Set<Flush>();

/** Registers a form's "save now"; returns the function that unregisters it. */
export function registerPendingSave(flush: Flush): () => void {
  flushers.add(flush);
  return () => {
    flushers.delete(flush);
  };
}

/** Saves every pending draft; resolves when all have settled (a refused save stays a draft in its form). */
export async function flushPendingSaves(): Promise<void> {
  await Promise.allSettled([...flushers].map((flush) => flush()));
}
