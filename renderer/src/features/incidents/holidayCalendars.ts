// Hands date-holidays to the shared working-day rules, which in the browser have no Node to load it with. Only the
// lazily loaded incidents screen imports this, so the calendars stay out of the initial bundle.
import Holidays from 'date-holidays';
import { provideHolidayLibrary } from '../../../../shared/domain/workingDays/holidayLibrary';

provideHolidayLibrary(Holidays);
