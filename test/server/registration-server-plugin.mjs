/**
 * Starts the reference registration server (server/) for the browser tests,
 * on its own port with a fresh database, and forwards `/api/` from the test
 * server to it, so the widgets talk to the real thing on the same origin.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function registrationServer() {
  let server;
  let dir;
  const plugin = {
    name: 'registration-server',
    async serverStart() {
      const { startServer } = await import('../../server/server.mjs');
      dir = mkdtempSync(join(tmpdir(), 'ev-wtr-'));
      server = await startServer({
        port: 0,
        dbPath: join(dir, 'registrations.sqlite'),
        dataFolder: join(process.cwd(), 'test', 'fixtures', 'server'),
        shift: false,
        rateLimitPerMinute: 10_000,
        organizerToken: 'test-token-0123456789abcdef0123456789',
        // The mails go to .eml files in the temporary folder, without a line for each in the test output.
        log: () => {},
      });
    },
    async serverStop() {
      await server?.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
  /** Runs before the test server's own file serving, so /api/ never reaches it. */
  async function middleware(ctx, next) {
        // Where the server itself listens: another origin than the test page, as a third party's service is.
        if (ctx.path === '/test-api/registration-server' && server) {
          ctx.type = 'application/json';
          ctx.body = JSON.stringify({ url: server.url });
          return;
        }
        if (!ctx.path.startsWith('/api/') || !server) return next();
        const chunks = [];
        for await (const chunk of ctx.req) chunks.push(chunk);
        const headers = { ...ctx.headers };
        delete headers.host;
        delete headers.origin;
        const response = await fetch(`${server.url}${ctx.url}`, {
          method: ctx.method,
          headers,
          body: ['GET', 'HEAD'].includes(ctx.method) ? undefined : Buffer.concat(chunks),
        });
        ctx.status = response.status;
        response.headers.forEach((value, key) => {
          if (!['content-length', 'connection', 'transfer-encoding', 'keep-alive'].includes(key)) ctx.set(key, value);
        });
        ctx.body = Buffer.from(await response.arrayBuffer());
  }
  return { plugin, middleware };
}
