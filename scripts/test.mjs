// `npm test`: every stage in order, each timed; the first that fails ends the run. At the end a
// table says how long each stage took (docs/development.md keeps one from a fresh 2-core machine).
import { spawn } from 'node:child_process';

const NODE_TEST = ['node', '--test', '--test-timeout=600000'];
/** [name, command, ...args]: the README's `npm test`, stage by stage. */
const STAGES = [
  ['types', 'npx', 'tsc', '--noEmit', '-p', '.'],
  ['build', 'npm', 'run', 'build'],
  ['build checks', 'node', 'scripts/check-build.mjs'],
  ['size ceilings', 'node', 'scripts/bench.mjs', '--sizes', '--check'],
  ['manifest', 'node', 'scripts/check-manifest.mjs'],
  ['API docs', 'node', 'scripts/api-docs.mjs', '--check'],
  ['lint', 'npx', 'eslint', '.'],
  ['server, demo pages, package (SQLite)', ...NODE_TEST, 'test/server/', 'test/demo/', 'test/package/', 'test/build/'],
  ['bad input audit (SQLite)', 'node', 'scripts/audit-server.mjs'],
  ['server (PostgreSQL)', 'node', 'scripts/with-postgres.mjs', ...NODE_TEST, 'test/server/'],
  ['bad input audit (PostgreSQL)', 'node', 'scripts/with-postgres.mjs', 'node', 'scripts/audit-server.mjs'],
  ['widgets in Chromium, Firefox, WebKit', 'node', 'scripts/wtr.mjs'],
  ['Storybook build', 'npx', 'storybook', 'build', '--quiet'],
  ['Storybook stories', 'node', 'scripts/check-stories.mjs'],
  ['Storybook in Chromium', ...NODE_TEST, 'test/storybook/'],
];

const run = (command, args) =>
  new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit' });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });

const minutes = (ms) => `${Math.floor(ms / 60_000)}:${String(Math.round((ms % 60_000) / 1000)).padStart(2, '0')}`;
const times = [];
let failed;
for (const [name, command, ...args] of STAGES) {
  const started = Date.now();
  const code = await run(command, args);
  times.push([name, Date.now() - started]);
  if (code !== 0) {
    failed = `${name} (exit ${code})`;
    break;
  }
}
const total = times.reduce((sum, [, ms]) => sum + ms, 0);
console.log(`\n| stage | time (m:ss) |\n| --- | --- |\n${times.map(([name, ms]) => `| ${name} | ${minutes(ms)} |`).join('\n')}\n| all | ${minutes(total)} |`);
if (failed) {
  console.error(`\nnpm test: failed at ${failed}`);
  process.exit(1);
}
