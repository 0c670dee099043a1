import { waitUntil } from '@open-wc/testing';
import type { EventElement } from '../../src/internal/event-element.js';

/** Waits until the element has left the loading state and rendered. */
export async function settled(el: EventElement, status: 'ready' | 'error' = 'ready'): Promise<void> {
  await waitUntil(() => el.eventState.status === status, `status never became ${status} (is ${el.eventState.status})`, { timeout: 5000 });
  await el.updateComplete;
}

/** The text a person reads in the element's shadow root, white space folded. */
export function shownText(el: Element): string {
  return (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
