/**
 * Sending a registration: the request the form makes, and every answer it can
 * get, typed. No DOM; the transport can be replaced.
 */
import type { FieldValue } from './fields.js';

/** The JSON body the form POSTs to its `action`. */
export interface RegistrationRequest {
  readonly eventId: string;
  readonly values: Readonly<Record<string, FieldValue>>;
  /** Version of the consent text the person agreed to (`consent-version`). */
  readonly consentVersion: string;
  /** The embedding site (`source` attribute), e.g. "gdp-hamburg". */
  readonly source: string;
  readonly lang: 'de' | 'en';
  /** How long the person took, for the server's bot check. */
  readonly elapsedMs: number;
  /** The honeypot; people leave it empty. */
  readonly website: string;
}

/** What the server said, as the form understands it. */
export type RegistrationAnswer =
  | { readonly kind: 'confirmed' | 'waitlisted'; readonly status: number; readonly body: Record<string, unknown> }
  | { readonly kind: 'duplicate' | 'closed' | 'rate-limited'; readonly status: number; readonly body?: unknown }
  | { readonly kind: 'invalid'; readonly status: number; readonly errors: Readonly<Record<string, string>> }
  | { readonly kind: 'failed'; readonly status?: number; readonly reason: 'network' | 'timeout' | 'server' | 'unexpected' };

export interface SubmitOptions {
  /** Abort after this many ms (default 15 000). */
  readonly timeout?: number;
  readonly fetch?: typeof fetch;
}

export const DEFAULT_SUBMIT_TIMEOUT_MS = 15_000;

/**
 * POSTs a registration as JSON, without cookies, with an `Idempotency-Key`
 * that the caller keeps for retries of the same submission, and maps the
 * answer. Never throws.
 *
 * @example const answer = await submitRegistration(action, request, key);
 */
export async function submitRegistration(
  url: string,
  request: RegistrationRequest,
  idempotencyKey: string,
  options: SubmitOptions = {},
): Promise<RegistrationAnswer> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeout ?? DEFAULT_SUBMIT_TIMEOUT_MS);
  try {
    const response = await (options.fetch ?? fetch)(url, {
      method: 'POST',
      credentials: 'omit',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'Idempotency-Key': idempotencyKey },
      body: JSON.stringify(request),
      signal: controller.signal,
    });
    const body = await response.json().catch(() => undefined);
    return mapAnswer(response.status, body);
  } catch {
    return { kind: 'failed', reason: timedOut ? 'timeout' : 'network' };
  } finally {
    clearTimeout(timer);
  }
}

/** Maps a status and JSON body to what the form shows (see docs/server.md). */
export function mapAnswer(status: number, body: unknown): RegistrationAnswer {
  const record = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : undefined;
  if (status === 201 || status === 200) {
    // Success needs a JSON answer: a 200 HTML page (a proxy's error page, a login wall) is not one.
    if (record?.status === 'waitlisted') return { kind: 'waitlisted', status, body: record };
    if (record && (record.status === 'confirmed' || record.status === undefined)) return { kind: 'confirmed', status, body: record };
    return { kind: 'failed', status, reason: 'unexpected' };
  }
  if (status === 409) return { kind: 'duplicate', status, body };
  if (status === 403 || status === 410) return { kind: 'closed', status, body };
  if (status === 429) return { kind: 'rate-limited', status, body };
  if (status === 422) {
    const errors = record?.errors;
    if (typeof errors === 'object' && errors !== null) {
      const clean = Object.fromEntries(Object.entries(errors).filter(([, v]) => typeof v === 'string')) as Record<string, string>;
      return { kind: 'invalid', status, errors: clean };
    }
    return { kind: 'failed', status, reason: 'unexpected' };
  }
  return { kind: 'failed', status, reason: status >= 500 ? 'server' : 'unexpected' };
}

/**
 * What a success answer tells the person beyond its status: whether the server sends a
 * confirmation mail (`confirmationEmail: true`) and the place on the waiting list
 * (`waitlistPosition`, a whole number from 1). Anything else is not promised.
 */
export function answerDetails(body: Record<string, unknown> | undefined): { mailSent: boolean; waitlistPosition?: number } {
  const position = body?.waitlistPosition;
  return {
    mailSent: body?.confirmationEmail === true,
    waitlistPosition: typeof position === 'number' && Number.isInteger(position) && position > 0 ? position : undefined,
  };
}

/**
 * What a page's developer should check when a POST got no answer although the
 * browser is online. On a partner's page the usual cause is a service on another
 * origin that does not allow the page's origin (CORS).
 *
 * @example unreachableAdvice(new URL('https://organiser.example/api/x'), 'https://partner.example')
 */
export function unreachableAdvice(action: URL, pageOrigin: string): string {
  const where = `POST ${action.href} got no answer although the browser is online. `;
  if (action.origin === pageOrigin) return `${where}Is the registration service running and reachable at this address?`;
  return (
    `${where}The service is on ${action.origin}, this page on ${pageOrigin}: the service must allow this origin by CORS ` +
    `(reference server: ALLOWED_ORIGINS=${pageOrigin}); the browser console shows the refused request. Otherwise the service is down.`
  );
}

/**
 * Whether the service behind `action` admits pages of `pageOrigin`, as its
 * `GET /api/allowed-origins` says (the reference server's, readable from any origin);
 * undefined when it does not say (no such endpoint, or no answer).
 */
export async function admitsOrigin(action: URL, pageOrigin: string, fetcher?: typeof fetch): Promise<boolean | undefined> {
  try {
    const answer = await (fetcher ?? fetch)(new URL('/api/allowed-origins', action), { credentials: 'omit', signal: AbortSignal.timeout(5000) });
    const list = ((await answer.json()) as { allowedOrigins?: unknown }).allowedOrigins;
    return Array.isArray(list) ? list.includes(pageOrigin) : undefined;
  } catch {
    return undefined;
  }
}

/** What the operator of a service that refuses `pageOrigin` must change. */
export function refusedAdvice(action: URL, pageOrigin: string): string {
  return `${action.origin} does not accept registrations from ${pageOrigin}: its operator must allow this origin (reference server: ALLOWED_ORIGINS=${pageOrigin}).`;
}

/**
 * A random key for the Idempotency-Key header: a UUID, or 32 random hex digits (128 bits) where
 * `crypto.randomUUID` is missing (it needs a secure context, which not every partner page is).
 * The key only has to be unique and unguessable; the server takes any key up to its length limit.
 */
export const uuid = (): string => crypto.randomUUID?.() ?? [...crypto.getRandomValues(new Uint8Array(16))].map((x) => x.toString(16).padStart(2, '0')).join('');
