// Gives the shared working-day rules a way to load date-holidays when a region or year lies outside the generated
// table. It loads on first use only: most VAs' regions are in the table, and the library costs ~25 MB.
import { createRequire } from 'node:module';
import { provideHolidayLibrary, type HolidayLibrary } from '../../shared/domain/workingDays/holidayLibrary';

const requireHere = createRequire(import.meta.url);

export function provideHolidayCalendars(): void {
  provideHolidayLibrary(() => requireHere('date-holidays') as HolidayLibrary);
}

provideHolidayCalendars();
