import type { de } from '../countdown.js';
import type { Texts } from '../texts.js';

/** The English texts of countdown.ts, in the file an English page loads (english.ts). */
export const en: Texts<typeof de> = {
  countdownUntilStart: '{time} until the start',
  countdownUntilDeadline: '{time} until registration closes',
  countdownLabelStart: 'Time until the start',
  countdownLabelDeadline: 'Time until registration closes',
  countdownRunning: 'Happening now',
  countdownEnded: 'Ended',
  countdownDeadlinePassed: 'Registration has closed',
  countdownStarted: 'The event has started.',
  countdownFinished: 'The event has ended.',
  countdownPause: 'Pause the seconds',
  countdownResume: 'Resume the seconds',
  atTime: 'at {time}',
  countdownNoDeadline: 'No registration deadline is given.',
};
