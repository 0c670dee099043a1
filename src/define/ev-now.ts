import { EvNow } from '../now/ev-now.js';

EvNow.define();

/** The element's type (and `HTMLElementTagNameMap['ev-now']`) for TypeScript; the class itself is in the package's index. */
export type { EvNow };
