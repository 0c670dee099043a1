import type { EventData } from '../data/types.js';

/**
 * Shows one date of a series in the `<ev-event>` whose id is `target`: the same URL (one shared
 * request) or the same inline data, with the date's id; then scrolls to it and moves the focus
 * there (to its first widget, since <ev-event> draws no box of its own).
 */
export function showIn(target: string | undefined, event: EventData, from: { readonly source?: string; readonly json: unknown }): void {
  const element = target ? document.getElementById(target) : null;
  if (!element) return;
  const provider = element as HTMLElement & { src?: string; data?: unknown; eventId?: string };
  if (from.source) provider.src = from.source;
  else provider.data = from.json;
  provider.eventId = event.id;
  const shown = (getComputedStyle(element).display === 'contents' && element.firstElementChild) || element;
  shown.scrollIntoView({ block: 'start' });
  if (!shown.hasAttribute('tabindex')) shown.setAttribute('tabindex', '-1');
  (shown as HTMLElement).focus({ preventScroll: true });
}
