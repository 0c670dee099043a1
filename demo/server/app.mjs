import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRegistrationApi } from './registrations.mjs';
import { serveFile } from './static.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const project = join(here, '..', '..');
export const DEMO = join(project, 'demo');
export const DIST = join(project, 'dist');
export const DATA = join(project, 'demo', 'data');

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

const PAGE_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  // same-origin: no referrer leaves the site, but the page's own form posts still carry their Origin.
  'Referrer-Policy': 'same-origin',
  'X-Content-Type-Options': 'nosniff',
};

/** Event data may be shown on any site; its Date and Age let widgets there correct a wrong device clock. */
const DATA_HEADERS = { 'Access-Control-Allow-Origin': '*', 'Access-Control-Expose-Headers': 'Date, Age, ETag' };

/**
 * The demo's request handler: the registration API, the event data, the built
 * widgets and the pages.
 */
export function createApp({ db, events, protocol, config }) {
  const api = createRegistrationApi({ db, events, protocol, config: { dataFolder: DATA, ...config } });
  return async function handle(req, res) {
    const url = new URL(req.url ?? '/', 'http://localhost');
    try {
      if (await api(req, res, url)) return;
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed');
      if (url.pathname === '/custom-elements.json' && (await serveFile(req, res, project, 'custom-elements.json'))) return;
      if (url.pathname.startsWith('/dist/') && (await serveFile(req, res, DIST, url.pathname.slice(6), { 'X-Content-Type-Options': 'nosniff', 'Access-Control-Allow-Origin': '*' }))) return;
      if (url.pathname.startsWith('/data/') && (await serveFile(req, res, DATA, url.pathname.slice(6), DATA_HEADERS))) return;
      const page = url.pathname === '/' ? 'index.html' : url.pathname;
      if (/\.(html|css|js|svg|ico)$/.test(page) && !page.includes('/server/') && (await serveFile(req, res, DEMO, page, PAGE_HEADERS))) return;
      send(res, 404, 'Not found');
    } catch (error) {
      console.error(error);
      if (!res.headersSent) send(res, 500, 'Server error');
      else res.end();
    }
  };
}

function send(res, status, text) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...PAGE_HEADERS });
  res.end(text);
}
