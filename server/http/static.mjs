import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.jsonld': 'application/ld+json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  // Programmes as organisers export them (the widgets read them from their content; a CSV from
  // German Excel is Windows-1252, so no charset is claimed for it).
  '.csv': 'text/csv',
  '.ics': 'text/calendar; charset=utf-8',
  '.xml': 'application/xml',
};

/**
 * Serves a file from `root` for `urlPath` with an ETag, answering
 * `If-None-Match` with 304. Returns false when there is no such file.
 */
export async function serveFile(req, res, root, urlPath, headers = {}) {
  const relative = normalize(decodeURIComponent(urlPath)).replace(/^([/\\])+/, '');
  const file = join(root, relative);
  if (!file.startsWith(root + sep) && file !== root) return false;
  let info;
  try {
    info = await stat(file);
  } catch {
    return false;
  }
  if (!info.isFile()) return false;
  const body = await readFile(file);
  const etag = `"${createHash('sha1').update(body).digest('base64url').slice(0, 20)}"`;
  const common = { ETag: etag, 'Cache-Control': 'no-cache', ...headers };
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, common);
    res.end();
    return true;
  }
  res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Content-Length': body.length, ...common });
  res.end(req.method === 'HEAD' ? undefined : body);
  return true;
}
