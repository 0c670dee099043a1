/**
 * The module `loadExtras()` brings (src/data/extras-loader.ts): recurring dates read, expanded,
 * put in words and written as RRULE, and prices written as text. Partner pages whose data has
 * neither never load it.
 */
export { atNow, currentOccurrence, dayIn, occurrenceEvents, occurrences, readSchedule, recurringDates } from './schedule.js';
export { describeSchedules, scheduleText } from './schedule-text.js';
export { recurringEntries, ruleLines } from './schedule-ics.js';
export { readPrice } from './price.js';
