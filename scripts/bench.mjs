// `npm run bench` (after `npm run build`): sizes beside Lit and peers, render timings beside a
// hand-written floor, request counts and layout shift; one table each, and
// test/bench/results.json. `--sizes` measures sizes only and writes nothing; `--check` fails when
// a bundle is over its ceiling in test/bench/size-ceilings.json (sizes are deterministic; timings
// are printed, never asserted).
import { mkdirSync, writeFileSync } from 'node:fs';
import { launch, startStaticServer } from './bench/browser.mjs';
import { firstPaintWithLatency, layoutShift, requestCounts } from './bench/page.mjs';
import { renderBenchmarks } from './bench/render.mjs';
import { breakdown, chunkRows, sizeRows } from './bench/sizes.mjs';

const sizesOnly = process.argv.includes('--sizes');
const started = Date.now();
const results = { date: new Date().toISOString(), sizes: await sizeRows() };
console.log('\nSizes (bytes; brotli quality 11, gzip level 9; each element bundled with Lit)');
console.table(results.sizes);
results.chunks = chunkRows();
console.log('\nWhat each page fetches through the one tag, chunk by chunk (brotli bytes; its largest modules)');
console.table(results.chunks);
results.breakdown = await breakdown();
console.log('\nWhere the bytes of all elements are (minified, before compression; largest first)');
console.table(results.breakdown);

if (!sizesOnly) {
  const server = await startStaticServer();
  const browser = await launch();
  try {
    results.render = await renderBenchmarks(browser, server.url);
    console.log('\nRender (medians in ms; "x floor" = ours / hand-written)');
    console.table(results.render.flatMap(renderRows));
    results.requests = await requestCounts(browser, server.url);
    console.log('\nRequests (a page with 20 elements sharing one src, through the one tag)');
    console.table([results.requests]);
    const secure = await startStaticServer({ http2: true });
    try {
      results.latency = await firstPaintWithLatency(browser, [{ protocol: 'HTTP/1.1', url: server.url }, { protocol: 'HTTP/2', url: secure.url }]);
    } finally {
      await secure.close();
    }
    console.log('\nEvery widget showing its event, each request 100 ms late: the one tag against the one file');
    console.table(results.latency);
    results.layoutShift = await layoutShift(browser);
    console.log('\nCumulative layout shift of the demo pages');
    console.table(results.layoutShift);
  } finally {
    await browser.close();
    await server.close();
  }
}
results.seconds = Math.round((Date.now() - started) / 1000);
console.log(`\nbench took ${results.seconds} s`);
if (!sizesOnly && !process.env.BENCH_ONLY) {
  mkdirSync('test/bench', { recursive: true });
  writeFileSync('test/bench/results.json', JSON.stringify(results, null, 2) + '\n');
}
if (process.argv.includes('--check')) {
  const over = results.sizes.filter((r) => r['within ceiling'] === 'NO');
  for (const r of over) console.error(`${r.bundle}: ${r.brotli} brotli bytes, over its ceiling of ${r.ceiling} (test/bench/size-ceilings.json).`);
  if (over.length) process.exit(1);
  console.log('sizes ok: every bundle within its ceiling.');
}

/** One table row per variant, with the ratio to the floor of the same case. */
function renderRows({ case: name, medians }) {
  const floor = medians.floor;
  return Object.entries(medians).map(([variant, m]) => ({
    case: name,
    variant,
    ...m,
    'x floor': variant === 'floor' || !floor.script ? '' : [m.script / floor.script, m.paint / floor.paint, m.built / floor.built].filter((r) => r >= 0).map((r) => r.toFixed(2)).join(' / '),
  }));
}
