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
