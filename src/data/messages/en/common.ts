import type { de } from '../common.js';
import type { Texts } from '../texts.js';

/** The English texts of common.ts, in the file an English page loads (english.ts). */
export const en: Texts<typeof de> = {
  clockTime: '{time}',
};
