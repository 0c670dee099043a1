import { EvRegistration } from '../registration/ev-registration.js';

EvRegistration.define();

/** The element's type (and `HTMLElementTagNameMap['ev-registration']`) for TypeScript; the class itself is in the package's index. */
export type { EvRegistration };
