/**
 * Whether a shared source's data changed: the check `SharedSource.refresh()` runs. A module of its
 * own, imported at a page's first check (dist/event-widgets-revalidate.js beside the single file),
 * since pages that never check again need none of it.
 */
import { serverTimeOf } from './clock-skew.js';
import { EventLoadError, fetchJson, type FetchJsonOptions } from './load.js';

/** What a check found: new JSON (`changed`), or that the copy shown is current; the answer's headers for the next check. */
export interface Revalidation {
  readonly changed: boolean;
  readonly json?: unknown;
  readonly serverTime?: number;
  readonly headers?: Headers;
}

/**
 * Asks for `url` again. On the page's own origin conditionally, with the `ETag` and
 * `Last-Modified` of `headers` (the answer shown): a `304` is "unchanged". On another origin
 * those headers would need a CORS preflight that static hosts refuse, so the browser revalidates
 * its own cached copy (`cache: 'no-cache'`) and a body that parses to the same document as
 * `shown` is "unchanged".
 *
 * @throws EventLoadError as `fetchJson` does, but for a 304.
 * @example const { changed, json } = await revalidate(url, {}, lastHeaders, lastJson);
 */
export async function revalidate(url: string, options: FetchJsonOptions, headers: Headers | undefined, shown: unknown): Promise<Revalidation> {
  const own = typeof location !== 'undefined' && new URL(url).origin === location.origin;
  const etag = headers?.get('ETag');
  const modified = headers?.get('Last-Modified');
  const conditional: FetchJsonOptions = own
    ? { headers: { ...(etag ? { 'If-None-Match': etag } : {}), ...(modified ? { 'If-Modified-Since': modified } : {}) } }
    : { cache: 'no-cache' };
  let answered: Headers | undefined;
  let json: unknown;
  try {
    json = await fetchJson(url, { ...options, ...conditional, onHeaders: (h) => (answered = h) });
  } catch (error) {
    if (error instanceof EventLoadError && error.status === 304) return { changed: false };
    throw error;
  }
  const changed = JSON.stringify(json) !== JSON.stringify(shown);
  return { changed, json: changed ? json : undefined, serverTime: answered && serverTimeOf(answered), headers: answered };
}
