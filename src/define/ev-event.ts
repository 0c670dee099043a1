import { EvEvent } from '../event/ev-event.js';

EvEvent.define();

/** The element's type (and `HTMLElementTagNameMap['ev-event']`) for TypeScript; the class itself is in the package's index. */
export type { EvEvent };
