/**
 * The module `loadExtras()` brings (src/data/extras-loader.ts): recurring dates read, expanded,
 * put in words and written as RRULE; prices written as text; the `.ics` writer and the file download. A page loads it
 * for data that has the first two, or when a visitor asks for a calendar entry.
 */
export { atNow, currentOccurrence, dayIn, occurrenceEvents, occurrences, readSchedule, recurringDates } from './schedule.js';
export { describeSchedules, scheduleText } from './schedule-text.js';
export { recurringEntries, ruleLines } from './schedule-ics.js';
export { readPrice } from './price.js';
export { buildCalendar, eventEntry, icsFileName, sessionEntry } from './ics.js';
export { downloadFile } from '../internal/download-file.js';
