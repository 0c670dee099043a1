// The route table: which handler answers which method and path.
import { json } from './headers.mjs';

/** A path pattern (`/api/events/:id/registrations.csv`) as a regular expression; `:name` is an id of a–z, 0–9 and dashes. */
const pattern = (path) => new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/:(\w+)/g, '(?<$1>[a-z0-9-]+)')}$`);

/**
 * `routes`: `[methods, path, handler]` rows, first match first; `handler(req, res, params, url)`.
 * The returned `route(req, res, url)` resolves true once a route answered, false when no path
 * matches; a matching path with another method gets 405 with `Allow` (JSON under `/api/`, text elsewhere).
 *
 * @example createRouter([[['GET', 'HEAD'], '/api/events/:id', eventData.event]])
 */
export function createRouter(routes) {
  const table = routes.map(([methods, path, handler]) => ({ methods, regex: pattern(path), handler }));
  return async function route(req, res, url) {
    const matching = table.map((row) => ({ row, match: row.regex.exec(url.pathname) })).filter(({ match }) => match);
    if (matching.length === 0) return false;
    const found = matching.find(({ row }) => row.methods.includes(req.method));
    if (!found) {
      const allow = [...new Set(matching.flatMap(({ row }) => row.methods))].join(', ');
      if (url.pathname.startsWith('/api/')) return json(res, 405, { error: 'method-not-allowed' }, { Allow: allow });
      res.writeHead(405, { Allow: allow, 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Method not allowed');
      return true;
    }
    await found.row.handler(req, res, { ...found.match.groups }, url);
    return true;
  };
}
