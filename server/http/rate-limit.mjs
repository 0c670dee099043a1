// Requests per client address and minute, in bounded memory.

/**
 * The network a client address stands for: an IPv6 address counts as its /64, which one
 * household or one server gets whole; IPv4 (also IPv4-mapped IPv6) counts as itself.
 */
export function clientKey(address) {
  const text = String(address ?? 'unknown').toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (mapped) return mapped[1];
  if (!text.includes(':')) return text;
  const [head, tail = ''] = text.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right];
  return `${groups.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, '')).join(':')}::/64`;
}

/** Seconds until the minute that `ms` lies in is over: when a client limited in it may try again. */
export const secondsLeftInMinute = (ms) => Math.max(1, Math.ceil((60_000 - (ms % 60_000)) / 1000));

/**
 * Counts hits per client in the current minute. At most `maxClients` are remembered; when a
 * new one comes, the one heard from longest ago is forgotten, never the whole table, so a
 * flood of new addresses cannot free a client that is blocked and still sending.
 *
 * @example const limit = createRateLimiter({ perMinute: 30 }); if (limit.exceeded(req.socket.remoteAddress)) …
 */
export function createRateLimiter({ perMinute, maxClients = 10_000, now = () => Date.now() }) {
  const clients = new Map();
  const count = (key, minute) => {
    const entry = clients.get(key);
    return entry && entry.minute === minute ? entry.count : 0;
  };
  /** Counts a hit; the client's hits in this minute, this one included. */
  function hit(address) {
    const key = clientKey(address);
    const minute = Math.floor(now() / 60_000);
    const hits = count(key, minute) + 1;
    clients.delete(key);
    clients.set(key, { minute, count: hits });
    if (clients.size > maxClients) clients.delete(clients.keys().next().value);
    return hits;
  }
  return {
    /** Counts a hit; true once the client has sent more than `perMinute` in this minute. */
    exceeded: (address) => hit(address) > perMinute,
    hit,
    /** Without counting: seconds until the client may try again once it has used up this minute's `perMinute`, else 0. */
    limited(address) {
      const at = now();
      return count(clientKey(address), Math.floor(at / 60_000)) >= perMinute ? secondsLeftInMinute(at) : 0;
    },
    get size() {
      return clients.size;
    },
  };
}
