import { EvCountdown } from '../countdown/ev-countdown.js';

EvCountdown.define();

/** The element's type (and `HTMLElementTagNameMap['ev-countdown']`) for TypeScript; the class itself is in the package's index. */
export type { EvCountdown };
