/**
 * Texts of every widget: German, which ships with the widget (English: en/common.ts, loaded when an element's language asks for it).
 * Each widget's module adds its own texts, so a page that loads one widget carries only those;
 * texts of shared parts come with those parts (`status.ts`, `calendar.ts`).
 */
export const de = {
  clockTime: '{time} Uhr',
};
