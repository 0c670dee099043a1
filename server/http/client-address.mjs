// Who a request comes from, for the rate limits: the socket's peer, or, behind a reverse proxy the
// operator names in TRUSTED_PROXIES, the address that proxy saw (X-Forwarded-For).
import { BlockList, isIP } from 'node:net';

/** `::ffff:192.0.2.1` (IPv4 reached over an IPv6 socket) as `192.0.2.1`; other addresses as they are. */
const plain = (address) => String(address ?? '').replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, '$1');

/**
 * The trusted proxies from a comma-separated list of addresses and CIDR ranges
 * (`10.0.0.0/8, 127.0.0.1, ::1`), or undefined for an empty list. An entry that is neither
 * throws an error that names it and TRUSTED_PROXIES.
 */
export function parseTrustedProxies(text) {
  const entries = String(text ?? '').split(',').map((entry) => entry.trim()).filter(Boolean);
  if (entries.length === 0) return undefined;
  const list = new BlockList();
  for (const entry of entries) {
    const [address, prefix, ...rest] = entry.split('/');
    const family = isIP(plain(address));
    const bits = family === 4 ? 32 : 128;
    const length = prefix === undefined ? bits : /^\d{1,3}$/.test(prefix) ? Number(prefix) : NaN;
    if (family === 0 || rest.length > 0 || !(length >= 0 && length <= bits)) {
      throw new Error(`TRUSTED_PROXIES "${entry}" is not an IP address or CIDR range; list your reverse proxies like TRUSTED_PROXIES=10.0.0.0/8,127.0.0.1`);
    }
    list.addSubnet(plain(address), length, family === 4 ? 'ipv4' : 'ipv6');
  }
  return list;
}

/**
 * `clientAddress(req)`: the socket's peer; when that peer is a trusted proxy, the right-most
 * address of X-Forwarded-For that is not a trusted proxy, since each proxy appends the address it
 * saw and only what the trusted ones appended can be believed (a client may send the header's
 * left part itself). A hop that is no address ends the walk at the last trusted one.
 */
export function createClientAddress(trusted) {
  const isTrusted = (address) => {
    const family = isIP(address);
    return family !== 0 && trusted.check(address, family === 4 ? 'ipv4' : 'ipv6');
  };
  return function clientAddress(req) {
    const peer = plain(req.socket.remoteAddress);
    if (!trusted || !isTrusted(peer)) return peer;
    const hops = String(req.headers['x-forwarded-for'] ?? '').split(',').map((hop) => plain(hop.trim())).filter(Boolean);
    let last = peer;
    for (let i = hops.length - 1; i >= 0; i--) {
      if (isIP(hops[i]) === 0) return last;
      if (!isTrusted(hops[i])) return hops[i];
      last = hops[i];
    }
    return last;
  };
}
