/**
 * The data requests the one tag (src/autoload.ts) starts for the tags on the page while their code
 * loads, by absolute URL: each is the request the element's source would make, so the data comes
 * with the code rather than after it. The loader cannot import from here (it is a file of its own,
 * fetched before any chunk), so both name the map by this global symbol.
 */
export const PREFETCHED = Symbol.for('event-widgets:prefetched');

type Started = Map<string, Promise<Response>>;

/**
 * The request the one tag started for `url`, as a `fetch` for `fetchJson`, taken once (a second
 * load asks the network again); undefined when there is none. Its answer honours the caller's
 * `signal` (a timeout), though the request itself was started without it.
 *
 * @example fetchJson(url, { fetch: takePrefetched(url) })
 */
export function takePrefetched(url: string): typeof fetch | undefined {
  const started = (globalThis as { [PREFETCHED]?: Started })[PREFETCHED];
  const response = started?.get(url);
  if (!response) return undefined;
  started!.delete(url);
  return (_input, init) =>
    new Promise((resolve, reject) => {
      init?.signal?.addEventListener('abort', () => reject(init.signal!.reason));
      response.then(resolve, reject);
    });
}
