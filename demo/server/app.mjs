import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLifecyclePages } from './lifecycle-pages.mjs';
import { createRegistrationApi } from './registrations.mjs';
import { createSeriesFeed } from './series-feed.mjs';
import { json, PAGE_HEADERS } from './headers.mjs';
import { serveFile } from './static.mjs';

export { CONTENT_SECURITY_POLICY } from './headers.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const project = join(here, '..', '..');
export const DEMO = join(project, 'demo');
export const DIST = join(project, 'dist');
export const DATA = join(project, 'demo', 'data');

/** Event data may be shown on any site; its Date and Age let widgets there correct a wrong device clock. */
const DATA_HEADERS = { 'Access-Control-Allow-Origin': '*', 'Access-Control-Expose-Headers': 'Date, Age, ETag' };

/**
 * The demo's request handler: the registration API, the pages the mails link to, the event data,
 * the built widgets and the pages. `lifecycle` has the mails (`mails`), their sender's `kick`, the
 * link `signer` and the clock `now`.
 */
export function createApp({ db, events, protocol, config, lifecycle }) {
  const api = createRegistrationApi({ db, events, protocol, config: { dataFolder: DATA, ...config }, ...lifecycle });
  const pages = createLifecyclePages({ db, events, protocol, ...lifecycle });
  const feed = createSeriesFeed({ db, events, protocol });
  return async function handle(req, res) {
    // Every answer, API and files alike: browsers take each type as declared.
    res.setHeader('X-Content-Type-Options', 'nosniff');
    // A Host this server does not serve is a DNS-rebinding attempt or a misconfigured proxy.
    if (!config.allowedHosts.has(String(req.headers.host ?? '').toLowerCase())) return send(res, 421, 'Misdirected request: unknown Host');
    const url = new URL(req.url ?? '/', 'http://localhost');
    try {
      if (await api(req, res, url)) return;
      if (await pages(req, res, url)) return;
      if (await feed(req, res, url)) return;
      // Under /api/ only the routes above exist: an id no event can have is not found, whatever the method.
      if (url.pathname.startsWith('/api/')) return json(res, 404, { error: 'not-found' });
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed');
      if (url.pathname === '/custom-elements.json' && (await serveFile(req, res, project, 'custom-elements.json'))) return;
      if (url.pathname.startsWith('/dist/') && (await serveFile(req, res, DIST, url.pathname.slice(6), { 'X-Content-Type-Options': 'nosniff', 'Access-Control-Allow-Origin': '*' }))) return;
      if (url.pathname.startsWith('/data/') && (await serveFile(req, res, DATA, url.pathname.slice(6), DATA_HEADERS))) return;
      const page = url.pathname === '/' ? 'index.html' : url.pathname;
      if (/\.(html|css|js|svg|ico)$/.test(page) && !page.includes('/server/') && (await serveFile(req, res, DEMO, page, PAGE_HEADERS))) return;
      send(res, 404, 'Not found');
    } catch (error) {
      if (error instanceof URIError) return send(res, 400, 'Bad request: malformed % escape in the path');
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
