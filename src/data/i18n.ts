import { de } from './messages/de.js';
import { en } from './messages/en.js';

/** UI languages. German is the default; English is complete. */
export const LANGS = ['de', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export type MessageKey = keyof typeof de;
export type Messages = { readonly [K in MessageKey]: string };

const catalogs: Record<Lang, Messages> = { de, en };
const overrides: Record<Lang, Partial<Messages>> = { de: {}, en: {} };

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
 * The text for `key` in `lang`, with `{name}` placeholders filled from `values`.
 *
 * @example msg('en', 'errorHttp', { status: 404 })
 */
export function msg(lang: Lang, key: MessageKey, values?: Record<string, string | number>): string {
  const text = overrides[lang][key] ?? catalogs[lang][key];
  if (!values) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
