// Runs a command against a throwaway PostgreSQL cluster: `node scripts/with-postgres.mjs node --test test/server/`.
// The cluster lives in a temporary folder, listens on 127.0.0.1 only, and is stopped and deleted
// afterwards; the command gets TEST_DATABASE_URL. Uses Debian's postgresql package (initdb and
// pg_ctl); as root they run as the `postgres` user, since initdb refuses root.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { freePort } from './browsers.mjs';

const root = '/usr/lib/postgresql';
const version = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a))[0] : undefined;
const bin = process.env.PG_BIN || (version && join(root, version, 'bin'));
if (!bin || !existsSync(join(bin, 'initdb'))) {
  console.error('with-postgres: no PostgreSQL server found (apt-get install postgresql, or set PG_BIN)');
  process.exit(2);
}

const dir = mkdtempSync(join(tmpdir(), 'ev-pg-'));
const asRoot = userInfo().uid === 0;
if (asRoot) spawnSync('chown', ['postgres', dir]);
/** Runs a PostgreSQL tool, as the postgres user when we are root. */
function tool(name, args) {
  const [command, commandArgs] = asRoot ? ['runuser', ['-u', 'postgres', '--', join(bin, name), ...args]] : [join(bin, name), args];
  const result = spawnSync(command, commandArgs, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${name} failed: ${result.stderr || result.stdout}`);
}

const port = await freePort();
let code;
try {
  tool('initdb', ['-D', join(dir, 'data'), '-A', 'trust', '-U', 'postgres', '--no-sync']);
  tool('pg_ctl', ['-D', join(dir, 'data'), '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`, '-l', join(dir, 'log'), '-w', 'start']);
  const [command, ...args] = process.argv.slice(2);
  const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, TEST_DATABASE_URL: `postgres://postgres@127.0.0.1:${port}/postgres` } });
  code = await new Promise((resolve) => child.on('exit', (c) => resolve(c ?? 1)));
} finally {
  try {
    tool('pg_ctl', ['-D', join(dir, 'data'), '-m', 'immediate', '-w', 'stop']);
  } catch (error) {
    console.error(error.message);
  }
  rmSync(dir, { recursive: true, force: true });
}
process.exit(code);
