import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveFile } from './static.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const project = join(here, '..', '..');
const DEMO = join(project, 'demo');
const DIST = join(project, 'dist');
const DATA = join(project, 'demo', 'data');

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
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'Permissions-Policy': 'interest-cohort=()',
};

/** Creates the request handler of the demo: pages, the built widgets, the event data. */
export function createApp() {
  return async function handle(req, res) {
    const url = new URL(req.url ?? '/', 'http://localhost');
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed');
      if (url.pathname.startsWith('/dist/') && (await serveFile(req, res, DIST, url.pathname.slice(6), { 'X-Content-Type-Options': 'nosniff' }))) return;
      if (url.pathname.startsWith('/data/') && (await serveFile(req, res, DATA, url.pathname.slice(6), { 'Access-Control-Allow-Origin': '*' }))) return;
      const page = url.pathname === '/' ? 'index.html' : url.pathname;
      if (/\.(html|css|js|svg|ico)$/.test(page) && !page.includes('/server/') && (await serveFile(req, res, DEMO, page, PAGE_HEADERS))) return;
      send(res, 404, 'Not found');
    } catch (error) {
      console.error(error);
      send(res, 500, 'Server error');
    }
  };
}

function send(res, status, text) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...PAGE_HEADERS });
  res.end(text);
}
