import { loadLanguage, type Lang } from '../data/i18n.js';

/**
 * For an element that shows text: its update, once its language's texts are here (English is one
 * small file, fetched once per page), so it never renders first in German. Everything that changed
 * meanwhile goes into that update, and `updateComplete` waits for it.
 *
 * @example protected override scheduleUpdate() { return afterLanguage(this.uiLang, () => super.scheduleUpdate()); }
 */
export const afterLanguage = (lang: Lang, update: () => void | Promise<unknown>): void | Promise<unknown> =>
  lang === 'de' ? update() : loadLanguage(lang).then(update);
