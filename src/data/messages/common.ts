import type { Texts } from './texts.js';

/**
 * Texts of every widget: German and English, both shipped with every element: a time's words are needed before any English file could arrive (the on-demand extras module formats times too).
 * Each widget's module adds its own texts, so a page that loads one widget carries only those;
 * texts of shared parts come with those parts (`status.ts`, `calendar.ts`).
 */
export const de = {
  clockTime: '{time} Uhr',
};

export const en: Texts<typeof de> = {
  clockTime: '{time}',
};
