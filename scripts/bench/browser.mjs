// What the render and page benchmarks share: a static server for the bench pages and the
// bundles, Debian's Chromium through playwright-core, and the statistics.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { createSecureServer } from 'node:http2';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serveFile } from '../../server/http/static.mjs';

/** URL prefixes the bench server serves from the repository: pages, data, built bundles. */
const SERVED = ['/test/bench/', '/dist/', '/node_modules/.cache/bench/', '/demo/data/'];

/**
 * The bench pages and bundles over HTTP/1.1, or with `http2` over HTTP/2 (TLS with a certificate
 * made for the run by Debian's openssl; the browser context must ignore certificate errors), as
 * most hosts and CDNs serve partners' pages: one connection carries every request at once.
 */
export async function startStaticServer({ http2 = false } = {}) {
  const root = process.cwd();
  const handler = async (req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    if (SERVED.some((p) => path.startsWith(p)) && (await serveFile(req, res, root, path))) return;
    res.writeHead(404).end();
  };
  const server = http2 ? createSecureServer(selfSignedCertificate(), handler) : createServer(handler);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `${http2 ? 'https' : 'http'}://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) };
}

/** A key and a certificate for 127.0.0.1, valid for a day (Node makes keys but no certificates). */
function selfSignedCertificate() {
  const folder = mkdtempSync(join(tmpdir(), 'ev-bench-tls-'));
  try {
    const [key, cert] = [join(folder, 'key.pem'), join(folder, 'cert.pem')];
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', key, '-out', cert], { stdio: 'ignore' });
    return { key: readFileSync(key), cert: readFileSync(cert) };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
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
