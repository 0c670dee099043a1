/**
 * event-widgets: classes, data functions and types, without registering any tag.
 * Import `event-widgets/define` (or a single element's entry, e.g.
 * `event-widgets/ev-event`) to register the elements. The `.ics` writer is exported here too
 * (`buildCalendar`); the self-contained file (src/bundle.ts) leaves it to its on-demand module.
 */
export * from './api.js';
// The foyer screen: in the package and the one tag, not in the self-contained file (src/bundle.ts), which CMS pages use.
export { EvNow, MIN_PAGE_SECONDS } from './now/ev-now.js';
export { buildCalendar, eventEntry, sessionEntry, icsFileName, type CalendarEntry, type CalendarOptions } from './data/ics.js';
