/** Below this the device clock is trusted: a Date header has one-second resolution plus network delay. */
export const SKEW_THRESHOLD_MS = 30_000;

/**
 * How far the visitor's device clock is off, in ms to add to `Date.now()`.
 *
 * - A server `Date` header on the data's response says what time it was when
 *   the response left the server; a device clock that differs by more than
 *   30 s is corrected by the difference. (Cross-origin data needs
 *   `Access-Control-Expose-Headers: Date` for the widget to read it.)
 * - `dateModified` of the data cannot lie in the future: a device clock
 *   earlier than it is behind by at least that much.
 *
 * @example clockOffset({ serverTime: Date.parse(res.headers.get('Date')), receivedAt: Date.now() })
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
