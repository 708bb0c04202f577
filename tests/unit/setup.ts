// Every unit test file runs with what the core provides at start-up: date-holidays for calendars outside the table.
import '../../electron/core/holidayCalendars';
