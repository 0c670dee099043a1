import type { de } from '../now.js';
import type { Texts } from '../texts.js';

/** The English texts of now.ts, which <ev-now>'s module adds itself. */
export const en: Texts<typeof de> = {
  nowLabel: 'Now',
  nowNext: 'Next',
  nowFrom: 'from {time}',
  nowRemaining: '{count} minutes left',
  nowRemainingOne: '1 minute left',
  nowStartsIn: 'in {count} minutes',
  nowStartsInOne: 'in 1 minute',
  nowNothingLeft: 'Nothing more in this room',
  nowStale: 'As of {time}',
  nowPage: 'Page {page} of {pages}',
  nowQr: 'QR code to the page of: {name}',
  nowProgramme: 'Programme',
  nowScreen: 'Now and next: {name}',
};
