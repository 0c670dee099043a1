// The one tag's overrides-access.ts (vite.config.ts, `loaderBuild`): the reader of override
// attributes comes in a chunk of its own, fetched the first time an element on the page sets one.
import { warnOnce } from '../data/warn.js';
import type { ApplyOverrides } from './overrides-access.js';

/** When the chunk cannot be fetched (the connection dropped): the data as it is, and why the attributes are not applied. */
const unread: ApplyOverrides = (event) => ({ event, issues: [{ level: 'warning', path: '@', message: 'the attributes that override the data could not be loaded; they are not applied' }] });

/**
 * `overridesReader` over `load`, which imports the reader's module: it answers `undefined` until
 * the module is here and then runs each `onLoaded` it was given meanwhile.
 */
export function lazyOverridesReader(load: () => Promise<{ applyOverrides: ApplyOverrides }>): (onLoaded: () => void) => ApplyOverrides | undefined {
  let reader: ApplyOverrides | undefined;
  let loading: Promise<unknown> | undefined;
  return (onLoaded) => {
    if (reader) return reader;
    loading ??= load().then(
      (module) => (reader = module.applyOverrides),
      (error: unknown) => {
        warnOnce(`the override attributes' reader could not be loaded: ${error}`);
        reader = unread;
      },
    );
    void loading.then(onLoaded);
    return undefined;
  };
}

/** The reader, or `undefined` while it is on its way; `onLoaded` runs once it is here (or could not come). */
export const overridesReader = lazyOverridesReader(() => import('../data/overrides.js'));
