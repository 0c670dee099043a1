// How an element reaches the reader of its override attributes: here at once, as the npm package,
// server rendering and the self-contained file have it. The one tag's build (vite.config.ts,
// `loaderBuild`) puts overrides-access.lazy.ts in this file's place, which fetches the reader the
// first time an element on the page sets an override attribute: most pages set none.
import { applyOverrides } from '../data/overrides.js';

export type ApplyOverrides = typeof applyOverrides;

/**
 * The reader of override attributes, or `undefined` while it is on its way; `onLoaded` then runs
 * once it is here.
 *
 * @example const apply = overridesReader(() => host.requestUpdate()); if (apply) show(apply(event, overrides).event);
 */
export const overridesReader: (onLoaded: () => void) => ApplyOverrides | undefined = () => applyOverrides;
