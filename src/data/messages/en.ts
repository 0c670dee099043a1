import type { Messages } from '../i18n.js';

/** English UI text: complete, the second language. */
export const en: Messages = {
  loading: 'Loading event details …',
  retry: 'Try again',
  errorTitle: 'The event cannot be shown right now.',
  errorNetwork: 'The event details could not be loaded. Please check your connection.',
  errorTimeout: 'The server did not answer in time.',
  errorHttp: 'The server did not deliver the event details (error {status}).',
  errorNotJson: 'The address given does not hold event details.',
  errorTooLarge: 'The event details are too large.',
  errorInvalid: 'The event details are incomplete or faulty.',
  errorNoSource: 'No event details were given for this element.',
  clockTime: '{time}',
  zoneNote: 'Times in {zone} (the event’s local time)',
};
