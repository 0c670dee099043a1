import type { de } from '../changes.js';
import type { Texts } from '../texts.js';

/** The English texts of changes.ts, which the on-demand module of the change marks adds itself. */
export const en: Texts<typeof de> = {
  changeNew: 'New',
  changeMoved: 'Moved',
  changeRoom: 'Room changed',
  changeCancelled: 'Cancelled',
  changeChanged: 'Changed',
  changesSinceVisit: 'Since your last visit',
  changesSinceOpened: 'Since this page was opened',
  changesCount: '{count} changes',
  changesCountOne: '1 change',
  changesUpdated: 'Programme updated at {time}: {changes}',
  changesOnly: 'Show changes only',
  changesMore: 'and {count} more',
};
