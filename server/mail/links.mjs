// Links in the mails that act without a login: signed with the server's secret, for one purpose,
// and valid until a given time.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** What a link may do; a link made for one is refused for the other. */
export const PURPOSES = { cancel: 'c', newsletter: 'n' };

/** A new secret for signing, when LINK_SECRET is not set: kept in the store, so every instance and restart signs alike. */
export const newSecret = () => randomBytes(32).toString('base64url');

/**
 * Signs and checks tokens `<purpose>.<registration id>.<expiry in s>.<HMAC-SHA256>` with `secret`.
 * `check` answers `{ id }` for a good signature, with `expired: true` once the expiry has passed, or
 * `{ problem: 'invalid' }`. Whether an expired link still works is its page's decision: a
 * cancellation link follows the event's current dates, not those it was mailed with.
 */
export function createLinkSigner(secret) {
  const sign = (text) => createHmac('sha256', secret).update(text).digest('base64url');
  return {
    token(purpose, id, expiresMs) {
      const text = `${PURPOSES[purpose]}.${id}.${Math.floor(expiresMs / 1000)}`;
      return `${text}.${sign(text)}`;
    },
    check(purpose, token, now) {
      const parts = String(token ?? '').split('.');
      if (parts.length !== 4 || parts[0] !== PURPOSES[purpose]) return { problem: 'invalid' };
      const given = Buffer.from(parts[3]);
      const expected = Buffer.from(sign(parts.slice(0, 3).join('.')));
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { problem: 'invalid' };
      return { id: parts[1], expired: now >= Number(parts[2]) * 1000 };
    },
  };
}
