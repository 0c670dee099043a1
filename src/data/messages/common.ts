import type { Texts } from './texts.js';

/**
 * Texts of every widget: German (the default) and English (complete).
 * Each widget's module adds its own texts, so a page that loads one widget carries only those;
 * texts of shared parts come with those parts (`status.ts`, `calendar.ts`).
 */
export const de = {
  clockTime: '{time} Uhr',
};

export const en: Texts<typeof de> = {
  clockTime: '{time}',
};
