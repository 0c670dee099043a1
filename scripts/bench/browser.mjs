// What the render and page benchmarks share: a static server for the bench pages and the
// bundles, Debian's Chromium through playwright-core, and the statistics.
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { chromium } from 'playwright-core';
import { serveFile } from '../../server/http/static.mjs';

/** URL prefixes the bench server serves from the repository: pages, data, built bundles. */
const SERVED = ['/test/bench/', '/dist/', '/node_modules/.cache/bench/', '/demo/data/'];

export async function startStaticServer() {
  const root = process.cwd();
  const server = createServer(async (req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    if (SERVED.some((p) => path.startsWith(p)) && (await serveFile(req, res, root, path))) return;
    res.writeHead(404).end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) };
}

export function chromePath() {
  const path = process.env.CHROME_PATH || '/usr/bin/chromium';
  if (!existsSync(path)) throw new Error(`No Chromium at ${path}: install Debian's chromium or set CHROME_PATH.`);
  return path;
}

export function launch() {
  return chromium.launch({ executablePath: chromePath(), headless: true, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export const round = (ms, digits = 1) => Number(ms.toFixed(digits));
