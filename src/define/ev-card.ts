import { EvCard } from '../card/ev-card.js';

EvCard.define();

/** The element's type (and `HTMLElementTagNameMap['ev-card']`) for TypeScript; the class itself is in the package's index. */
export type { EvCard };
