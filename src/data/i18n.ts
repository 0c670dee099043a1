import * as common from './messages/common.js';
import { warnOnce } from './warn.js';
import type * as agenda from './messages/agenda.js';
import type * as badges from './messages/badges.js';
import type * as calendar from './messages/calendar.js';
import type * as card from './messages/card.js';
import type * as changes from './messages/changes.js';
import type * as eventStatus from './messages/event-status.js';
import type * as now from './messages/now.js';
import type * as countdown from './messages/countdown.js';
import type * as registration from './messages/registration.js';
import type * as series from './messages/series.js';
import type * as status from './messages/status.js';

/** UI languages. German is the default; English is complete. */
export const LANGS = ['de', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export type { Texts } from './messages/texts.js';

/** Every text key of every widget. */
export type MessageKey = keyof (typeof common.de & typeof card.de & typeof countdown.de & typeof agenda.de & typeof registration.de & typeof status.de & typeof calendar.de & typeof badges.de & typeof series.de & typeof changes.de & typeof eventStatus.de & typeof now.de);
export type Messages = { readonly [K in MessageKey]: string };

/** Texts to add: German (each widget's module adds its own), English (the English file, or code that has it at hand). */
export interface MessagePart {
  readonly de?: Partial<Messages>;
  readonly en?: Partial<Messages>;
}

const catalogs: Record<Lang, Partial<Messages>> = { de: { ...common.de }, en: { ...common.en } };
const overrides: Record<Lang, Partial<Messages>> = { de: {}, en: {} };

/**
 * Adds texts. Each widget's module adds its German ones when it loads, so a page that loads one
 * widget carries only that widget's texts; English comes in one file of its own (`loadLanguage`).
 */
export function addMessages(part: MessagePart): void {
  Object.assign(catalogs.de, part.de);
  Object.assign(catalogs.en, part.en);
}

let english: Promise<unknown> | undefined;

/**
 * Resolves once `lang`'s texts are here: German ships with every element; English is a file of
 * its own (src/data/messages/english.ts), fetched once per page and only by pages that show
 * English. Should it not load, a warning says so and texts stay German.
 *
 * @example await loadLanguage('en'); msg('en', 'retry') // 'Try again'
 */
export const loadLanguage = (lang: Lang): Promise<unknown> =>
  lang === 'en'
    ? (english ??= import('./messages/english.js').then(
        (module) => addMessages({ en: module.english }),
        (error: unknown) => warnOnce(`English texts not loaded, German shown: ${error}`),
      ))
    : Promise.resolve();

/**
 * Picks the UI language for a BCP 47 tag: `en`, `en-GB` -> `en`; anything else -> `de`.
 */
export function toLang(tag: string | null | undefined): Lang {
  return tag?.trim().toLowerCase().split('-')[0] === 'en' ? 'en' : 'de';
}

/**
 * Lets a page replace single strings, e.g. its own wording for the error state.
 *
 * @example setMessages('de', { retry: 'Nochmal laden' })
 */
export function setMessages(lang: Lang, messages: Partial<Messages>): void {
  overrides[lang] = { ...overrides[lang], ...messages };
}

/**
 * The text for `key` in `lang`, with `{name}` placeholders filled from `values`; the German text
 * while `lang`'s have not loaded (`loadLanguage`). A key whose widget is not loaded gives the key
 * itself (never `undefined` on screen).
 *
 * @example msg('en', 'errorHttp', { status: 404 })
 */
export function msg(lang: Lang, key: MessageKey, values?: Record<string, string | number>): string {
  const text = overrides[lang][key] ?? catalogs[lang][key] ?? catalogs.de[key] ?? key;
  if (!values) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/**
 * The language of an event's own texts (its `inLanguage`) when it differs from
 * the UI language, for a `lang` attribute on those texts only: a screen reader
 * then reads "Polizeitage" with a German voice and "Register now" with an
 * English one. `undefined` when they agree or the data does not say.
 *
 * @example contentLang({ inLanguage: 'de' }, 'en') // 'de'
 */
export function contentLang(event: { readonly inLanguage?: string }, ui: Lang): string | undefined {
  const tag = event.inLanguage?.trim();
  if (!tag || !/^[a-z]{2,3}(?:-[a-z\d]{2,8})*$/i.test(tag)) return undefined;
  return tag.split('-')[0].toLowerCase() === ui ? undefined : tag;
}
