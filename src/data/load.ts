/** Why loading failed. Each has a message for people (i18n) and one for developers. */
export const LOAD_ERROR_CODES = ['network', 'timeout', 'http', 'not-json', 'inline-not-json', 'too-large', 'invalid', 'no-source'] as const;
export type LoadErrorCode = (typeof LOAD_ERROR_CODES)[number];

/** A failed load, typed by `code`; `message` is English, for the console. */
export class EventLoadError extends Error {
  override readonly name = 'EventLoadError';
  constructor(
    readonly code: LoadErrorCode,
    message: string,
    readonly url?: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

export interface FetchJsonOptions {
  /** Abort after this many ms (default 10 000). */
  readonly timeout?: number;
  /** Refuse bodies larger than this many bytes (default 2 MB). */
  readonly maxBytes?: number;
  /** Cancels the request from outside. */
  readonly signal?: AbortSignal;
  /** Transport, so tests and special pages can replace it (default: global `fetch`). */
  readonly fetch?: typeof fetch;
  /** Called with the response headers of a successful response (e.g. to read the server's `Date`). */
  readonly onHeaders?: (headers: Headers) => void;
  /** More request headers (`If-None-Match` for a conditional request; a `304` then fails with status 304). */
  readonly headers?: Record<string, string>;
  /** The request's cache mode (`no-cache`: the browser revalidates its own copy). */
  readonly cache?: RequestCache;
}

export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;

/** A page, not data: a login or error page a misconfigured host answers with 200. */
const PAGE_TYPE = /^(?:text\/html|application\/xhtml\+xml)\b/i;
/** Types a static host may wrongly send for a .json file: parsed, with a warning. */
const LENIENT_TYPE = /^(?:text\/plain|application\/octet-stream)?\s*(?:;|$)/i;

/**
 * Fetches event data without cookies, with a timeout, a size cap and a content-type check, and
 * parses it. JSON is parsed here. Anything else, and a frab/pretalx `schedule.json`, is read by
 * the programme formats' reader (src/data/formats/programme.ts: iCalendar, a spreadsheet saved as
 * CSV), imported only for such a source; the result is schema.org JSON-LD either way.
 *
 * @throws EventLoadError with code `network`, `timeout`, `http`, `not-json`, `too-large` or (a
 * programme that cannot be read) `invalid`.
 * @example const json = await fetchJson('https://example.org/event.json', { timeout: 5000 });
 */
export async function fetchJson(url: string, options: FetchJsonOptions = {}): Promise<unknown> {
  const timeout = options.timeout ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new EventLoadError('timeout', `no answer within ${timeout} ms`, url)), timeout);
  const onOuterAbort = () => controller.abort(options.signal?.reason);
  options.signal?.addEventListener('abort', onOuterAbort);
  try {
    let response: Response;
    try {
      response = await (options.fetch ?? fetch)(url, {
        credentials: 'omit',
        headers: { Accept: 'application/ld+json, application/json;q=0.9', ...options.headers },
        signal: controller.signal,
        cache: options.cache,
      });
    } catch (cause) {
      throw asLoadError(cause, controller.signal, url, 'request failed (offline, DNS, or refused by CORS)');
    }
    if (!response.ok) {
      throw new EventLoadError('http', `HTTP ${response.status} ${response.statusText}`.trim(), url, response.status);
    }
    options.onHeaders?.(response.headers);
    const type = response.headers.get('Content-Type') ?? '';
    if (PAGE_TYPE.test(type)) {
      throw new EventLoadError('not-json', `Content-Type is "${type}": a page, not event data`, url, response.status);
    }
    const declared = Number(response.headers.get('Content-Length'));
    if (declared > maxBytes) {
      throw new EventLoadError('too-large', `Content-Length ${declared} bytes exceeds the limit of ${maxBytes} bytes`, url);
    }
    let bytes: Uint8Array;
    try {
      bytes = await readBytes(response, maxBytes, url);
    } catch (cause) {
      throw asLoadError(cause, controller.signal, url, 'connection lost while reading the body');
    }
    const text = new TextDecoder().decode(bytes);
    const programme = (input: object) => import('./formats/programme.js').then((reader) => reader.readProgramme(input, url, EventLoadError));
    if (!/^\s*[[{]/.test(text)) return await programme(bytes);
    let json: { schedule?: unknown };
    try {
      json = JSON.parse(text);
    } catch (cause) {
      throw new EventLoadError('not-json', `the body is not valid JSON (${(cause as Error).message})`, url);
    }
    if (LENIENT_TYPE.test(type)) console.warn(`[event-widgets] ${url}: served as "${type || 'no Content-Type'}"; please serve it as application/json.`);
    return json?.schedule ? await programme(json) : json;
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onOuterAbort);
  }
}

/** Reads the body, stopping as soon as it passes `maxBytes` (a missing Content-Length cannot bypass the cap). */
async function readBytes(response: Response, maxBytes: number, url: string): Promise<Uint8Array> {
  const reader = response.body!.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return new Uint8Array(await new Blob(chunks as BlobPart[]).arrayBuffer());
    if ((size += value.byteLength) > maxBytes) {
      await reader.cancel();
      throw new EventLoadError('too-large', `the body exceeds the limit of ${maxBytes} bytes`, url);
    }
    chunks.push(value);
  }
}

function asLoadError(cause: unknown, signal: AbortSignal, url: string, fallback: string): EventLoadError {
  if (cause instanceof EventLoadError) return cause;
  if (signal.aborted && signal.reason instanceof EventLoadError) return signal.reason;
  if (signal.aborted) return new EventLoadError('network', 'request aborted', url);
  return new EventLoadError('network', `${fallback}: ${(cause as Error)?.message ?? cause}`, url);
}
