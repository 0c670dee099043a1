// Security headers the demo server sends, shared by the pages, its plain-text answers and its own
// pages (the answer to the no-JavaScript form, the pages the mails' links open).

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

export const escapeHtml = (text) => String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

/**
 * A plain page of the server's own in the demo's look, under the strict policy and never cached:
 * the answer to the no-JavaScript form and the pages the mails' links open. `body` is HTML.
 */
export function sendPage(res, status, { lang, title, body }) {
  const html = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(title)}</title><link rel="icon" href="/favicon.svg" type="image/svg+xml"><link rel="stylesheet" href="/organiser.css"></head><body><main><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`;
  res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', ...PAGE_HEADERS });
  res.end(res.req?.method === 'HEAD' ? undefined : html);
  return true;
}

/** A JSON answer that no cache keeps: the API's answers and refusals. */
export function json(res, status, body, headers = {}) {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers });
  res.end(JSON.stringify(body));
  return true;
}
