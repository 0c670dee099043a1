// `npm run bench` (after `npm run build`): sizes of what partner pages download, beside the floor
// (Lit alone) in the same run; writes test/bench/results.json. Sizes are deterministic, so the
// budgets are also enforced by `npm run bench -- --check`. Render timings are still to come (issue 8).
import { mkdirSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { sizes } from './sizes.mjs';

/** Budgets from issue 8, brotli bytes, each element including Lit. */
const BUDGETS = { 'all elements': 25_000, 'ev-card': 9_000, 'ev-countdown': 8_000, 'ev-agenda': 13_000, 'ev-registration': 15_000 };

async function bundle(name, contents) {
  const outfile = `node_modules/.cache/bench/${name}.js`;
  await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    conditions: ['production'],
    outfile,
    logLevel: 'error',
    tsconfig: 'tsconfig.json',
  });
  return { name, ...sizes(outfile) };
}

const rows = [
  await bundle('lit (floor)', "export * from 'lit';"),
  await bundle('lit + @lit/context', "export * from 'lit'; export * from '@lit/context';"),
  { name: 'all elements', ...sizes('dist/event-widgets.js') },
  ...(await Promise.all(['ev-event', 'ev-card', 'ev-countdown', 'ev-agenda', 'ev-registration'].map((tag) => bundle(tag, `import './src/define/${tag}.ts';`)))),
];
const floor = rows[0].brotli;
const table = rows.map((r) => ({
  bundle: r.name,
  raw: r.raw,
  gzip: r.gzip,
  brotli: r.brotli,
  'x floor': (r.brotli / floor).toFixed(2),
  budget: BUDGETS[r.name] ?? '',
  ok: BUDGETS[r.name] === undefined ? '' : r.brotli <= BUDGETS[r.name] ? 'yes' : 'NO',
}));
console.table(table);
mkdirSync('test/bench', { recursive: true });
writeFileSync('test/bench/results.json', JSON.stringify({ date: new Date().toISOString(), sizes: table }, null, 2) + '\n');
if (process.argv.includes('--check') && table.some((r) => r.ok === 'NO')) {
  console.error('Over budget (brotli bytes): see the table.');
  process.exit(1);
}
