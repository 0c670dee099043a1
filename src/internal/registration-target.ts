import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { sameEvent } from '../data/status.js';
import type { EventData } from '../data/types.js';
import type { EventState } from './context.js';

/**
 * Dispatched on the document when an `<ev-registration>` comes, goes or shows
 * another event. A DOM event rather than a module-level registry, so that a card
 * and a form from two separately loaded bundles still find each other.
 */
const FORMS_CHANGED = 'ev-registration-forms-changed';

/** Tells cards on the page that the forms they may point to have changed. */
export function announceRegistrationForms(document: Document): void {
  document.dispatchEvent(new Event(FORMS_CHANGED));
}

type FormLike = HTMLElement & { eventState?: EventState };

/**
 * The `<ev-registration>` that takes registrations for `event`: one that shows
 * the same event (same `@id`, identifier or URL), or one inside the same
 * `<ev-event>` as `from`. A form for another event is never the target.
 */
export function registrationFormFor(from: HTMLElement, event: EventData): HTMLElement | null {
  // A server sees no page around the card: the offer's URL is the link until the browser knows better.
  if (isServer) return null;
  const provider = from.closest('ev-event');
  for (const form of from.ownerDocument.querySelectorAll<FormLike>('ev-registration')) {
    const shown = form.eventState?.event;
    if (shown ? sameEvent(shown, event) : provider !== null && form.closest('ev-event') === provider) return form;
  }
  return null;
}

/** Re-renders its host whenever the page's registration forms change. */
export class RegistrationFormsController implements ReactiveController {
  readonly #onChange = () => this.host.requestUpdate();

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected() {
    this.host.ownerDocument.addEventListener(FORMS_CHANGED, this.#onChange);
  }

  hostDisconnected() {
    this.host.ownerDocument.removeEventListener(FORMS_CHANGED, this.#onChange);
  }
}
