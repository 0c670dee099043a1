/** Below this the device clock is trusted: a Date header has one-second resolution plus network delay. */
export const SKEW_THRESHOLD_MS = 30_000;

/**
 * How far the visitor's device clock is off, in ms to add to `Date.now()`.
 *
 * - `serverTime` (see `serverTimeOf`) says what time it was when a *fresh*
 *   response left the server; a device clock that differs by more than 30 s is
 *   corrected by the difference. (Cross-origin data needs
 *   `Access-Control-Expose-Headers: Date, Age` for the widget to read it.)
 * - `dateModified` of the data cannot lie in the future: a device clock
 *   earlier than it is behind by at least that much.
 *
 * @example clockOffset({ serverTime: serverTimeOf(res.headers), receivedAt: Date.now() })
 */
export function clockOffset(input: { serverTime?: number; receivedAt?: number; dateModified?: number; now?: number }): number {
  const now = input.now ?? Date.now();
  let offset = 0;
  if (input.serverTime !== undefined && input.receivedAt !== undefined && Number.isFinite(input.serverTime)) {
    const measured = input.serverTime - input.receivedAt;
    if (Math.abs(measured) >= SKEW_THRESHOLD_MS) offset = measured;
  }
  if (input.dateModified !== undefined && now + offset < input.dateModified) offset = input.dateModified - now;
  return offset;
}

/**
 * The server's clock when it answered: `Date` plus `Age`. A CDN hands out its
 * copy with the origin's old `Date` and counts the seconds it has kept it in
 * `Age` (RFC 9111, 5.1), so `Date` alone would be that many seconds behind.
 *
 * @example serverTimeOf(new Headers({ Date: 'Wed, 06 Nov 2024 08:00:00 GMT', Age: '600' })) // 08:10:00
 */
export function serverTimeOf(headers: Headers): number | undefined {
  const date = Date.parse(headers.get('Date') ?? '');
  if (Number.isNaN(date)) return undefined;
  const age = Number((headers.get('Age') ?? '').trim() || 0);
  return date + (Number.isInteger(age) && age > 0 ? age * 1000 : 0);
}
