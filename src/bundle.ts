/**
 * The self-contained file, `dist/event-widgets-all.js`, for a CMS that takes one uploaded file:
 * registers every element (as src/define.ts does) and exports the package's API except the `.ics`
 * writer (`buildCalendar` and its kin), which the file fetches with the first calendar download
 * like the widgets do; import it from the package (`event-widgets`) where a page needs it.
 */
import './define/ev-event.js';
import './define/ev-card.js';
import './define/ev-countdown.js';
import './define/ev-agenda.js';
import './define/ev-registration.js';
import './define/ev-series.js';

export * from './api.js';
