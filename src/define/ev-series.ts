import { EvSeries } from '../series/ev-series.js';

EvSeries.define();

/** The element's type (and `HTMLElementTagNameMap['ev-series']`) for TypeScript; the class itself is in the package's index. */
export type { EvSeries };
