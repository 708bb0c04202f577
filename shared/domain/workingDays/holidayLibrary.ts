// date-holidays is handed in by whoever runs the working-day rules, and loaded only when a calendar outside the
// generated table is asked for: with its data it costs ~25 MB. shared/ imports no runtime, so it never loads it
// itself: the core provides a loader (electron/core/holidayCalendars.ts), the incidents screen the library.
import type Holidays from 'date-holidays';

/** The date-holidays constructor (its default export). */
export type HolidayLibrary = typeof Holidays;

let library: HolidayLibrary | undefined;
let loader: (() => HolidayLibrary) | undefined;

function notLoaded(reason: string, cause?: unknown): Error {
  return new Error(`The holiday calendars could not be loaded (${reason}), so public holidays for this region and year cannot be worked out.`, {
    cause,
  });
}

/**
 * Hands over date-holidays, or a function that loads it on first use (so a runtime that never leaves the
 * table never pays for it).
 */
export function provideHolidayLibrary(provided: HolidayLibrary | (() => HolidayLibrary)): void {
  if (isLoader(provided)) {
    loader = provided;
  } else {
    library = provided;
  }
}

/** Whether date-holidays has been loaded or handed over; tests use it to prove the table spares the load. */
export function holidayLibraryLoaded(): boolean {
  return library !== undefined;
}

/**
 * date-holidays, loaded synchronously on first use.
 * @throws Error when nothing provided it, or its loader failed.
 */
export function loadHolidayLibrary(): HolidayLibrary {
  if (library !== undefined) return library;
  if (loader === undefined) throw notLoaded('nothing provided them');
  try {
    library = loader();
  } catch (cause) {
    throw notLoaded('date-holidays is missing or failed to start', cause);
  }
  return library;
}

// date-holidays' constructor is a class; a loader is a plain arrow function without a prototype.
function isLoader(provided: HolidayLibrary | (() => HolidayLibrary)): provided is () => HolidayLibrary {
  return provided.prototype === undefined;
}
