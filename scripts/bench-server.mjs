// `npm run bench:server`: the reference server under load, on SQLite and (through
// scripts/with-postgres.mjs) on PostgreSQL. 2,000 registrations at concurrency 50 to one event
// with 100 seats, from a second process, on loopback: throughput, p50 and p99 latency, and
// what was stored. Prints one Markdown table row per store.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { performance } from 'node:perf_hooks';
import { freshDatabase, STORE } from '../test/server/store.mjs';

const TOTAL = 2000;
const CONCURRENCY = 50;

const database = await freshDatabase('bench');
const child = spawn(process.execPath, ['server/index.mjs'], {
  env: { ...process.env, ...database.env, PORT: '0', DEMO_SHIFT: '1', RATE_LIMIT_PER_MINUTE: '1000000' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
const url = await new Promise((resolve, reject) => {
  child.stdout.on('data', (chunk) => {
    const match = /(http:\/\/[\d.]+:\d+)\//.exec(String(chunk));
    if (match) resolve(match[1]);
  });
  child.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
});

const body = (n) =>
  JSON.stringify({
    values: { givenName: 'Erika', familyName: `Bench ${n}`, organization: 'Polizei Hamburg', email: `bench${n}@example.org`, group: 'behoerde', consent: true },
    consentVersion: '2024-10', source: 'bench', lang: 'de', elapsedMs: 5000, website: '',
  });
const latencies = [];
const statuses = new Map();
let next = 0;
const started = performance.now();
await Promise.all(
  Array.from({ length: CONCURRENCY }, async () => {
    while (next < TOTAL) {
      const n = next++;
      const t = performance.now();
      const r = await fetch(`${url}/api/events/polizeitage-hamburg-2024/registrations`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': `bench-${n}` }, body: body(n) });
      const json = await r.json();
      latencies.push(performance.now() - t);
      const key = r.status === 201 ? json.status : String(r.status);
      statuses.set(key, (statuses.get(key) ?? 0) + 1);
    }
  }),
);
const seconds = (performance.now() - started) / 1000;
// Its files (the outbox's mails) go only once it has exited: removing them earlier races its last writes.
const exited = once(child, 'exit');
child.kill('SIGTERM');
await exited;
const store = await database.open();
const rows = await store.list('polizeitage-hamburg-2024');
await store.close();
await database.remove();

latencies.sort((a, b) => a - b);
const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))].toFixed(1);
const confirmed = rows.filter((r) => r.status === 'confirmed').length;
console.log(`| ${STORE} | ${TOTAL} | ${CONCURRENCY} | ${(TOTAL / seconds).toFixed(0)}/s | ${at(0.5)} ms | ${at(0.99)} ms | ${statuses.get('confirmed') ?? 0} / ${statuses.get('waitlisted') ?? 0} | ${confirmed} confirmed, ${rows.length} rows |`);
if (confirmed !== 100 || rows.length !== TOTAL) process.exitCode = 1;
