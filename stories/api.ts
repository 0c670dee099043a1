/**
 * What Storybook shows of an element, read from custom-elements.json: the public API only
 * (attributes, public properties and methods, events, slots, CSS parts, CSS custom properties,
 * custom states), each as one documented row; controls only where a designer sees the change.
 * `renderElement` sets every arg on the element, so each control reaches it.
 */
import type { ArgTypes } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';

interface Typed {
  name: string;
  description?: string;
  type?: { text?: string };
  default?: string;
  privacy?: string;
  static?: boolean;
  kind?: string;
  attribute?: string;
  readonly?: boolean;
  fieldName?: string;
}
interface Declaration {
  tagName?: string;
  summary?: string;
  description?: string;
  attributes?: Typed[];
  members?: Typed[];
  events?: Typed[];
  slots?: Typed[];
  cssParts?: Typed[];
  cssProperties?: Typed[];
  cssStates?: Typed[];
}

/** The manifest's declaration of `tag`. */
export function declarationOf(tag: string): Declaration {
  for (const module of manifest.modules as { declarations?: Declaration[] }[]) {
    const found = module.declarations?.find((d) => d.tagName === tag);
    if (found) return found;
  }
  throw new Error(`${tag} is not in custom-elements.json`);
}

/**
 * Attributes without a control, and why: they connect the element to data, a server or the
 * address bar, which the page sets once, and change nothing a designer sees; in a story they
 * would only break the example. `refresh` changes when data is asked for again, nothing a story
 * shows at once; `changes` only against an earlier visit, which the agenda's stories of changes
 * (Changes*) set up. `week-numbers` shows only in the series' month view, which its own story
 * (MonthView) shows with them. `page-seconds` changes when the foyer screen turns its page, not
 * what it shows now. The docs table lists them all the same.
 */
export const NO_CONTROL = new Set(['src', 'refresh', 'changes', 'event-id', 'timeout', 'action', 'consent-version', 'source', 'submit-timeout', 'persist-draft', 'sync-url', 'week-numbers', 'page-seconds']);

/** The theming playground: the four tokens a partner sets first, each with a control. */
export const PLAYGROUND_TOKENS: Record<string, ArgTypes[string]['control'] & object> = {
  '--ev-color-accent': { type: 'color', presetColors: ['#004b87', '#00569c', '#000000', '#0b6e4f', '#b8860b'] },
  '--ev-color-surface': { type: 'color', presetColors: ['#ffffff', '#fdfcf7', '#f3f8f5'] },
  '--ev-font-family': { type: 'select' },
  '--ev-radius': { type: 'select' },
};
const TOKEN_OPTIONS: Record<string, string[]> = {
  '--ev-font-family': ['inherit', 'Georgia, serif', 'system-ui, sans-serif', 'monospace'],
  '--ev-radius': ['0', '0.375rem', '1rem'],
};

/** `'a' | 'b'` → ['a', 'b']; anything else → none. */
function literals(type = ''): string[] {
  const parts = type.split('|').map((p) => p.trim()).filter((p) => p !== 'undefined');
  return parts.length > 1 && parts.every((p) => /^'[^']*'$/.test(p)) ? parts.map((p) => p.slice(1, -1)) : [];
}

/**
 * Attributes that override one field of the event. Only the card shows every field, so only the
 * card gets controls for them; elsewhere a control for a field the widget does not show would
 * change nothing.
 */
const FIELD_OVERRIDES = new Set(['name', 'start', 'end', 'location', 'address', 'url', 'status', 'time-zone']);

/** The countdown has no box of its own: surface and corners reach only its error box. */
const BOX_TOKENS = new Set(['--ev-color-surface', '--ev-radius']);

/** Whether the element's own styles read `token` (the shared tokens are documented on all). */
function usesToken(tag: string, token: string): boolean {
  const styles = (customElements.get(tag) as unknown as { elementStyles?: { cssText: string }[] } | undefined)?.elementStyles ?? [];
  return styles.some((sheet) => sheet.cssText.includes(`var(${token}`));
}

function controlFor(tag: string, attribute: Typed): ArgTypes[string]['control'] {
  if (attribute.name === 'lang') return { type: 'select' };
  if (NO_CONTROL.has(attribute.name)) return false;
  if (FIELD_OVERRIDES.has(attribute.name) && tag !== 'ev-card') return false;
  // <ev-event> draws nothing, so a theme on it has nothing to colour.
  if (attribute.name === 'theme' && tag === 'ev-event') return false;
  // A foyer screen is a page of its own that no search engine should list (demo/foyer.html: noindex).
  if (attribute.name === 'structured-data' && tag === 'ev-now') return false;
  const type = attribute.type?.text ?? '';
  if (literals(type).length) return { type: literals(type).length > 3 ? 'select' : 'inline-radio' };
  if (type === 'boolean') return { type: 'boolean' };
  if (attribute.name === 'heading-level') return { type: 'number', min: 1, max: 6, step: 1 };
  if (type === 'number') return { type: 'number' };
  return { type: 'text' };
}

const row = (item: Typed, category: string, control: ArgTypes[string]['control'] = false, name = item.name) => ({
  name,
  description: item.description ?? '',
  control,
  table: {
    category,
    type: item.type?.text ? { summary: item.type.text } : undefined,
    defaultValue: item.default !== undefined && item.default !== 'undefined' ? { summary: item.default } : undefined,
  },
});

/**
 * Keys are what the element takes: attribute names (`heading-level`), properties with a dot (`.data`),
 * token names (`--ev-color-accent`). Rows that only document (events, parts, slots, states)
 * get a prefix, so they never collide with an attribute, and `renderElement` passes them by.
 */
export function argTypesFor(tag: string): ArgTypes {
  const d = declarationOf(tag);
  const types: ArgTypes = {};
  for (const attribute of d.attributes ?? []) {
    types[attribute.name] = row(attribute, 'attributes', controlFor(tag, attribute));
    const choices = attribute.name === 'lang' ? ['de', 'en'] : literals(attribute.type?.text);
    if (choices.length) types[attribute.name].options = choices;
  }
  for (const member of d.members ?? []) {
    if (member.privacy || member.static || member.attribute || member.name.startsWith('#')) continue;
    const category = member.kind === 'method' ? 'methods' : 'properties';
    // `data` is the one property a designer edits: the event itself, as JSON.
    types[`.${member.name}`] = row(member, category, member.name === 'data' ? { type: 'object' } : false, member.name);
  }
  for (const event of d.events ?? []) types[`event:${event.name}`] = row(event, 'events', false, event.name);
  for (const slot of d.slots ?? []) types[`slot:${slot.name}`] = row(slot, 'slots', false, slot.name || '(default)');
  for (const part of d.cssParts ?? []) types[`part:${part.name}`] = row(part, 'css shadow parts', false, part.name);
  for (const state of d.cssStates ?? []) types[`state:${state.name}`] = row(state, 'custom states', false, `:state(${state.name})`);
  for (const property of d.cssProperties ?? []) {
    const control = (usesToken(tag, property.name) && !(tag === 'ev-countdown' && BOX_TOKENS.has(property.name)) && PLAYGROUND_TOKENS[property.name]) || false;
    types[property.name] = row(property, 'css custom properties', control);
    if (TOKEN_OPTIONS[property.name]) types[property.name].options = TOKEN_OPTIONS[property.name];
  }
  return types;
}

/**
 * The element with every arg applied: attributes as attributes, `.x` as properties, `--ev-*` in
 * its style. A new element on each render, as a partner's page would have it.
 */
export function renderElement(tag: string, args: Record<string, unknown>, ...children: (Node | string)[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(args)) {
    if (value === undefined || value === null || value === '' || value === false) continue;
    if (key.startsWith('--')) element.style.setProperty(key, String(value));
    else if (key.startsWith('.')) (element as unknown as Record<string, unknown>)[key.slice(1)] = value;
    else if (!key.includes(':')) element.setAttribute(key, value === true ? '' : String(value));
  }
  element.append(...children);
  return element;
}
