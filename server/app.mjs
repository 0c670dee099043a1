import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { json, PAGE_HEADERS } from './http/headers.mjs';
import { createRouter } from './http/router.mjs';
import { serveFile } from './http/static.mjs';
import { createEventData } from './routes/event-data.mjs';
import { createLifecyclePages } from './routes/lifecycle-pages.mjs';
import { createOrganizerViews } from './routes/organizer.mjs';
import { createRegistration } from './routes/registration.mjs';
import { createSeriesFeed } from './routes/series-feed.mjs';

export { CONTENT_SECURITY_POLICY } from './http/headers.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const project = join(here, '..');
export const DEMO = join(project, 'demo');
export const DIST = join(project, 'dist');
export const DATA = join(project, 'demo', 'data');

/** Event data may be shown on any site; its Date and Age let widgets there correct a wrong device clock. */
const DATA_HEADERS = { 'Access-Control-Allow-Origin': '*', 'Access-Control-Expose-Headers': 'Date, Age, ETag' };

/**
 * The server's request handler: the routes (the registration API, the organiser's views, the event
 * data, the series feed, the pages the mails link to), then the built widgets and the demo pages.
 * `lifecycle` has the mails (`mails`), their sender's `kick`, the link `signer` and the clock `now`.
 * A new endpoint is one row in the table below and a handler in routes/ (docs/server.md).
 */
export function createApp({ db, events, protocol, config, lifecycle }) {
  const registration = createRegistration({ db, events, protocol, config, ...lifecycle });
  const organizer = createOrganizerViews({ db, events, protocol, config });
  const eventData = createEventData({ db, events, config });
  const pages = createLifecyclePages({ db, events, protocol, ...lifecycle });
  const feed = createSeriesFeed({ db, events, protocol });
  const READ = ['GET', 'HEAD'];
  const route = createRouter([
    [READ, '/api/allowed-origins', eventData.allowedOrigins],
    [['POST'], '/api/events/:id/registrations', registration.register],
    [['OPTIONS'], '/api/events/:id/registrations', registration.preflight],
    [READ, '/api/events/:id/registrations.csv', organizer.csv],
    [READ, '/api/events/:id/registrations/summary', organizer.summary],
    [READ, '/api/events/:id', eventData.event],
    [['PUT'], '/api/events/:id', organizer.publish],
    [READ, '/api/series/:id.ics', feed.calendar],
    [READ, '/api/series/:id', feed.json],
    [[...READ, 'POST'], '/registrations/cancel', pages.cancel],
    [[...READ, 'POST'], '/registrations/newsletter', pages.newsletter],
  ]);
  return async function handle(req, res) {
    // Every answer, API and files alike: browsers take each type as declared.
    res.setHeader('X-Content-Type-Options', 'nosniff');
    // A Host this server does not serve is a DNS-rebinding attempt or a misconfigured proxy.
    if (!config.allowedHosts.has(String(req.headers.host ?? '').toLowerCase())) return send(res, 421, 'Misdirected request: unknown Host');
    const url = new URL(req.url ?? '/', 'http://localhost');
    try {
      if (await route(req, res, url)) return;
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
