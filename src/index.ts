/**
 * event-widgets: classes, data functions and types, without registering any tag.
 * Import `event-widgets/define` (or a single element's entry, e.g.
 * `event-widgets/ev-event`) to register the elements. The `.ics` writer is exported here too
 * (`buildCalendar`); the self-contained file (src/bundle.ts) leaves it to its on-demand module.
 */
export * from './api.js';
export { buildCalendar, eventEntry, sessionEntry, icsFileName, type CalendarEntry, type CalendarOptions } from './data/ics.js';
