import type { de } from '../status.js';
import type { Texts } from '../texts.js';

/** The English texts of status.ts, in the file an English page loads (english.ts). */
export const en: Texts<typeof de> = {
  loading: 'Loading event details …',
  retry: 'Try again',
  errorTitle: 'The event cannot be shown right now.',
  errorNetwork: 'The event details could not be loaded. Please check your connection.',
  errorTimeout: 'The server did not answer in time.',
  errorHttp: 'The server did not deliver the event details (error {status}).',
  errorNotJson: 'The address given does not hold event details.',
  errorInlineNotJson: 'The event details embedded in this page are broken.',
  errorTooLarge: 'The event details are too large.',
  errorInvalid: 'The event details are incomplete or faulty.',
  errorNoSource: 'No event details were given for this element.',
};
