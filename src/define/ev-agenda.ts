import { EvAgenda } from '../agenda/ev-agenda.js';

EvAgenda.define();

/** The element's type (and `HTMLElementTagNameMap['ev-agenda']`) for TypeScript; the class itself is in the package's index. */
export type { EvAgenda };
