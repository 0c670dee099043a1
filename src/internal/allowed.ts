import { warnOnce } from '../data/warn.js';

/**
 * Warns the page's developer (once) when an attribute holds a value the element
 * does not know; the element then uses its default.
 *
 * @example warnUnlessAllowed('ev-card', 'variant', this.variant, CARD_VARIANTS)
 */
export function warnUnlessAllowed(tag: string, attribute: string, value: unknown, allowed: readonly string[]): void {
  if (value === undefined || value === null || allowed.includes(String(value))) return;
  warnOnce(`<${tag}> ${attribute}="${String(value)}" is not one of ${allowed.join(', ')}; the default is used.`);
}
