// Links in the mails that act without a login: signed with the server's secret, for one purpose,
// and valid until a given time.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** What a link may do; a link made for one is refused for the other. */
export const PURPOSES = { cancel: 'c', newsletter: 'n' };

/** A new secret for signing, when LINK_SECRET is not set: kept in the store, so every instance and restart signs alike. */
export const newSecret = () => randomBytes(32).toString('base64url');

/**
 * Signs and checks tokens `<purpose>.<registration id>.<expiry in s>.<HMAC-SHA256>` with `secret`.
 * `check` answers `{ id }`, or `{ problem: 'invalid' | 'expired' }`.
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
      if (now >= Number(parts[2]) * 1000) return { problem: 'expired' };
      return { id: parts[1] };
    },
  };
}
