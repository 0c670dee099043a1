// Security headers the demo server sends, shared by the pages, its plain-text answers and the
// answer page of the no-JavaScript form.

/**
 * The strict policy public-sector sites use: no inline script or style, no
 * eval, Trusted Types enforced (Lit's `lit-html` policy allowed), nothing from
 * other origins. Every demo page is served with it.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

export const PAGE_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  // same-origin: no referrer leaves the site, but the page's own form posts still carry their Origin.
  'Referrer-Policy': 'same-origin',
  'X-Content-Type-Options': 'nosniff',
};

/**
 * Answers with data any site may read, validated by `etag`: 304 when the client has it, else
 * `body` as `type` (nothing for HEAD). `body` may be a function, called only when it is sent. `Date`, `Age` and `ETag` are exposed, so widgets on other
 * sites can correct a visitor's wrong clock and revalidate.
 */
export function sendPublic(req, res, { etag, type, body, headers = {} }) {
  const common = { ETag: etag, 'Cache-Control': 'no-cache', 'Access-Control-Allow-Origin': '*', 'Access-Control-Expose-Headers': 'Date, Age, ETag', ...headers };
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, common);
    res.end();
    return true;
  }
  res.writeHead(200, { ...common, 'Content-Type': type });
  res.end(req.method === 'HEAD' ? undefined : typeof body === 'function' ? body() : body);
  return true;
}
