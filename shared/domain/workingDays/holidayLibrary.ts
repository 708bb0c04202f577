// Loads date-holidays only when a calendar outside the generated table is asked for: with its data it costs ~25 MB.
import type Holidays from 'date-holidays';

/** The date-holidays constructor (its default export). */
export type HolidayLibrary = typeof Holidays;

interface NodeModuleBuiltin {
  createRequire(path: string): (id: string) => unknown;
}

interface NodeLikeProcess {
  getBuiltinModule?(id: string): unknown;
}

let library: HolidayLibrary | undefined;

function notLoaded(reason: string, cause?: unknown): Error {
  return new Error(`The holiday calendars could not be loaded (${reason}), so public holidays for this region and year cannot be worked out.`, {
    cause,
  });
}

// shared/ may not import Node, so the main process, Vitest and scripts reach `require` through the running
// process (Node ≥ 20.16, and Electron's Node). The browser renderer has no `process` and hands the library over.
function requireFromNode(): HolidayLibrary | undefined {
  const nodeProcess = (globalThis as { process?: NodeLikeProcess }).process;
  const nodeModule = nodeProcess?.getBuiltinModule?.('node:module') as NodeModuleBuiltin | undefined;
  if (!nodeModule) return undefined;
  try {
    return nodeModule.createRequire((import.meta as { url: string }).url)('date-holidays') as HolidayLibrary;
  } catch (cause) {
    throw notLoaded('date-holidays is missing or failed to start', cause);
  }
}

/**
 * For a runtime without Node (the renderer): hands over date-holidays from a module that imports it,
 * so that only the screen which needs it pays for it.
 */
export function provideHolidayLibrary(provided: HolidayLibrary): void {
  library = provided;
}

/** Whether date-holidays has been loaded or provided; tests use it to prove the table spares the load. */
export function holidayLibraryLoaded(): boolean {
  return library !== undefined;
}

/**
 * date-holidays, loaded synchronously on first use.
 * @throws Error when neither Node nor a provided library can supply it.
 */
export function loadHolidayLibrary(): HolidayLibrary {
  library ??= requireFromNode();
  if (!library) throw notLoaded('no Node runtime, and the screen did not provide them');
  return library;
}
