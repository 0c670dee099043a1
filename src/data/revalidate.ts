/**
 * Asking a shared source's server again: whether the data changed (the check `SharedSource.refresh()`
 * runs) and, when an answer's clock looked wrong, what time it really is. A module of its own,
 * imported at a page's first check or doubtful clock (dist/event-widgets-revalidate.js beside the
 * single file), since most pages need none of it.
 */
import { serverTimeOf } from './clock-skew.js';
import type { EventLoadError, FetchJsonOptions } from './load.js';
import type { SharedSource, SourceSnapshot } from './shared-source.js';

/**
 * `source.refresh()`: asks for its URL again. On the page's own origin conditionally, with the
 * `ETag` and `Last-Modified` of `headers` (the answer shown): a `304` is "unchanged". On another
 * origin those headers would need a CORS preflight that static hosts refuse, so the browser
 * revalidates its own cached copy (`cache: 'no-cache'`), and a body that parses to the document
 * shown is "unchanged". `update(headers, snapshot)` keeps the answer's headers and, when the data
 * changed, gives every subscriber the new snapshot once. Before any data is there, or while a full
 * load runs (`loading`), it waits for that load.
 *
 * @throws EventLoadError as `fetchJson` does, but for a 304.
 * @example const changed = await revalidate(source, headers, false, (h, next) => …);
 */
export async function revalidate(
  source: SharedSource,
  headers: Headers | undefined,
  loading: boolean,
  update: (headers: Headers | undefined, next?: SourceSnapshot) => void,
): Promise<boolean> {
  const shown = source.snapshot.json;
  if (loading || shown === undefined) return source.reload().then(() => true);
  const own = typeof location !== 'undefined' && new URL(source.url).origin === location.origin;
  const etag = headers?.get('ETag');
  const modified = headers?.get('Last-Modified');
  const conditional: FetchJsonOptions = own
    ? { headers: { ...(etag ? { 'If-None-Match': etag } : {}), ...(modified ? { 'If-Modified-Since': modified } : {}) } }
    : { cache: 'no-cache' };
  let answered: Headers | undefined;
  let json: unknown;
  try {
    json = await source.request({ ...conditional, onHeaders: (h) => (answered = h) });
  } catch (error) {
    if ((error as EventLoadError).status === 304) return false;
    throw error;
  }
  const changed = JSON.stringify(json) !== JSON.stringify(shown);
  update(answered, changed ? { loading: false, json, serverTime: answered && serverTimeOf(answered), receivedAt: Date.now() } : undefined);
  return changed;
}

/**
 * Asks the server itself for the time (a HEAD past every browser cache) when an answer's clock
 * looked wrong: either it was an old cached copy, or the device clock really is off, which the
 * fresh answer then shows. `update` gets the server's time; without one (no `Date`, no answer)
 * the device clock stays uncorrected, as it would without any Date header.
 */
export async function confirmClock(source: SharedSource, update: (serverTime: number) => void): Promise<void> {
  try {
    const response = await (source.options.fetch ?? fetch)(source.url, { method: 'HEAD', cache: 'no-store', credentials: 'omit' });
    const serverTime = serverTimeOf(response.headers);
    if (serverTime !== undefined) update(serverTime);
  } catch {
    // No fresh clock.
  }
}
