// Bundle sizes: ours as shipped in dist/ (each per-element entry bundled with Lit the way a
// partner's bundler or our single file would), beside Lit alone and peers bundled the same way.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { SourceMapConsumer } from 'source-map-js';

const CACHE = 'node_modules/.cache/bench';

/** Goals from issues 8 and 35, brotli bytes, each including Lit. Shown beside each size; not yet met. */
export const GOALS = { 'page: foyer screen': 24_000, 'all elements': 25_000, 'ev-card': 9_000, 'ev-countdown': 8_000, 'ev-agenda': 13_000, 'ev-registration': 15_000, 'page: one card': 20_000, 'page: card, countdown, agenda, form of one event': 38_000 };

/** What `--check` enforces: no bundle grows past its ceiling (today's size plus about 1%). */
const CEILINGS = JSON.parse(readFileSync('test/bench/size-ceilings.json', 'utf8'));

/** Which peer each of ours is compared with. */
const PEER_OF = {
  'ev-card': 'add-to-calendar-button 2.15',
  'ev-registration': 'Material Web form set 2.5',
  'all elements': 'add-to-calendar-button 2.15',
  'formatting: Intl (ours)': 'formatting: date-fns',
};
const FORMATTERS = 'formatLongDate, formatShortDay, formatTime, formatTimeRange, zoneAbbreviation';

const MATERIAL_FORM = [
  'textfield/outlined-text-field.js',
  'checkbox/checkbox.js',
  'radio/radio.js',
  'select/outlined-select.js',
  'select/select-option.js',
  'button/filled-button.js',
].map((f) => `import '@material/web/${f}';`);

/**
 * Raw, gzip (level 9) and brotli (quality 11) bytes of a file. The content hashes in the names of
 * the on-demand chunks it imports (`./english-CjV1gY_w.js`) are measured as `./english.js`: they
 * change with any edit anywhere, and their eight random characters alone moved a bundle's brotli
 * size by 66 bytes with not one other byte changed.
 */
function sizes(file) {
  const raw = Buffer.from(readFileSync(file, 'utf8').replace(/(\.\/[\w/]+)-[\w-]{8}\.js\b/g, '$1.js'));
  return {
    raw: raw.length,
    gzip: gzipSync(raw, { level: 9 }).length,
    brotli: brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/**
 * src/data/extras.ts stays what it is in dist/: a file imported on demand, by pages whose data has
 * recurring events or prices written as text, and at the first calendar download
 * (src/data/extras-loader.ts). Its own row measures it.
 */
const onDemand = {
  name: 'extras-on-demand',
  setup(b) {
    b.onResolve({ filter: /(^|\/)(extras|revalidate|english|head-json-ld|programme|changes|screen-changes|qr)(-[\w-]+)?\.(js|ts)$/ }, (args) => (args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined));
  },
};

/** Bundles into node_modules/.cache/bench/<file>.js, which the render pages load. */
async function bundle(name, options, file = name) {
  const outfile = `${CACHE}/${file}.js`;
  await build({ bundle: true, minify: true, format: 'esm', target: 'es2022', conditions: ['production'], outfile, logLevel: 'error', plugins: [onDemand], ...options });
  return { name, ...sizes(outfile) };
}

const fromSource = (name, file, contents) => bundle(name, { stdin: { contents, resolveDir: process.cwd(), loader: 'js' } }, file);

/** Relative module specifiers a built file imports: `static` (fetched with it) and `dynamic` (on demand). */
function importsOf(file) {
  const text = readFileSync(file, 'utf8');
  const at = (pattern) => [...text.matchAll(pattern)].map((m) => join(dirname(file), m[1]));
  return { static: at(/(?:^|[;}\s])import\s*(?:[\w{}*,\s$]+from\s*)?["'`](\.\.?\/[^"'`]+)["'`]/g), dynamic: at(/import\(\s*["'`](\.\.?\/[^"'`]+)["'`]\s*\)/g) };
}

/** Each loader chunk's sizes, measured once per run: several pages share the core chunk. */
const measuredChunks = new Map();
const chunkSizes = (file) => {
  if (!measuredChunks.has(file)) measuredChunks.set(file, sizes(file));
  return measuredChunks.get(file);
};

/**
 * One on-demand chunk of the one tag's, by name: `qr`, <ev-now>'s QR writer (lean-qr), fetched once
 * a foyer screen draws; `overrides`, the override attributes' reader, fetched for an element that sets one.
 */
const loaderChunkSize = (name) => chunkSizes(join('dist/loader', readdirSync('dist/loader').find((f) => new RegExp(`^${name}-[\\w-]+\\.js$`).test(f))));

/** Several files' sizes added up: what a page fetches for one thing that comes in more than one file. */
const summed = (each) => Object.fromEntries(['raw', 'gzip', 'brotli'].map((key) => [key, each.reduce((total, f) => total + f[key], 0)]));

/** `file` and every file it imports statically, as the browser fetches them. */
function staticClosure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const next of importsOf(file).static) staticClosure(next, seen);
  return seen;
}

/**
 * What a page fetches through the README's one tag (`dist/event-widgets.js`) to show `tags`: the
 * loader, each tag's chunk (the one its `import()` names) and what those import statically;
 * on-demand modules (English, recurring dates, revalidation) are not counted. Brotli bytes summed
 * file by file, as the browser receives them; `files` lists them.
 */
export function pageSizes(tags, loader = 'dist/event-widgets.js') {
  const text = readFileSync(loader, 'utf8');
  const files = staticClosure(loader);
  for (const tag of tags) {
    // `"ev-card":()=>import(…)`, or, where the element needs more chunks, `()=>Promise.all([import(…),…])`.
    const chunk = new RegExp(`["']?${tag}["']?\\s*:\\s*\\(\\)\\s*=>\\s*(?:Promise\\.all\\(\\[)?import\\(\\s*["'\`](\\.\\/[^"'\`]+)["'\`]`).exec(text);
    if (!chunk) throw new Error(`${loader} does not load <${tag}>`);
    staticClosure(join(dirname(loader), chunk[1]), files);
  }
  const each = [...files].map((file) => ({ file, ...chunkSizes(file) }));
  return { ...summed(each), files: each };
}

/**
 * The largest source modules in a built file, by the bytes of it that each produced (read from its
 * source map: each mapped stretch of a line counts for the module it came from); packages summed.
 */
export function modulesOf(file, top = 4) {
  const map = new SourceMapConsumer(JSON.parse(readFileSync(`${file}.map`, 'utf8')));
  const lines = readFileSync(file, 'utf8').split('\n');
  const spans = [];
  map.eachMapping((m) => spans.push(m), null, SourceMapConsumer.GENERATED_ORDER);
  const bytes = new Map();
  spans.forEach((m, i) => {
    if (!m.source) return;
    const next = spans[i + 1];
    const end = next && next.generatedLine === m.generatedLine ? next.generatedColumn : lines[m.generatedLine - 1].length;
    const path = m.source.replace(/^(\.\.\/)+/, '');
    const name = path.startsWith('node_modules/') ? path.split('/').slice(1, path.split('/')[1].startsWith('@') ? 3 : 2).join('/') : path;
    bytes.set(name, (bytes.get(name) ?? 0) + end - m.generatedColumn);
  });
  return [...bytes].sort((a, b) => b[1] - a[1]).slice(0, top).map(([name, n]) => `${name} ${n}`).join(', ');
}

/** Each chunk a page fetches through the one tag, with its brotli bytes and what it holds. */
export function chunkRows() {
  return Object.entries(PAGES).flatMap(([page, tags]) =>
    pageSizes(tags).files.map((f) => ({ page, file: f.file.replace(/^dist\//, ''), brotli: f.brotli, 'largest modules (minified bytes)': modulesOf(f.file) })),
  );
}

/** The pages the budgets of issue 35 are about: what each fetches through the one tag. */
export const PAGES = {
  'page: one card': ['ev-card'],
  'page: card, countdown, agenda, form of one event': ['ev-event', 'ev-card', 'ev-countdown', 'ev-agenda', 'ev-registration'],
  'page: series list': ['ev-series'],
  'page: foyer screen': ['ev-now'],
};

export async function sizeRows() {
  const tags = ['ev-event', 'ev-card', 'ev-countdown', 'ev-agenda', 'ev-registration', 'ev-series', 'ev-now'];
  const rows = [
    await fromSource('lit (floor)', 'lit', "export * from 'lit';"),
    await fromSource('lit + @lit/context', 'lit-context', "export * from 'lit'; export * from '@lit/context';"),
    { name: 'all elements', ...sizes('dist/event-widgets-all.js') },
    ...Object.entries(PAGES).map(([name, tags]) => ({ name, ...pageSizes(tags) })),
    { name: 'extras (on demand)', ...sizes('dist/event-widgets-extras.js') },
    { name: 'revalidate (on demand)', ...sizes('dist/event-widgets-revalidate.js') },
    { name: 'English texts (on demand)', ...sizes('dist/event-widgets-en.js') },
    { name: 'structured data (on demand)', ...sizes('dist/event-widgets-jsonld.js') },
    { name: 'programme formats (on demand)', ...sizes('dist/event-widgets-programme.js') },
    { name: 'iCalendar reader (on demand)', ...sizes('dist/event-widgets-icalendar.js') },
    { name: 'change marks (on demand)', ...sizes('dist/event-widgets-changes.js') },
    { name: 'QR codes of <ev-now> (on demand)', ...loaderChunkSize('qr') },
    { name: 'override attributes (on demand)', ...loaderChunkSize('overrides') },
    { name: 'change marks of <ev-now> (on demand)', ...summed([loaderChunkSize('screen-changes'), loaderChunkSize('session-changes')]) },
    ...(await Promise.all(tags.map((tag) => bundle(tag, { entryPoints: [`dist/${tag}.js`] })))),
    await fromSource('add-to-calendar-button 2.15', 'add-to-calendar-button', "import 'add-to-calendar-button';"),
    await fromSource('Material Web form set 2.5', 'material-form', MATERIAL_FORM.join('\n')),
    // The same five formatting functions, with the browser's Intl (ours) and with date-fns.
    await fromSource('formatting: Intl (ours)', 'format-intl', `export { ${FORMATTERS} } from './src/data/format.ts';`),
    await fromSource('formatting: date-fns', 'format-date-fns', `export { ${FORMATTERS} } from './test/bench/format-date-fns.js';`),
  ];
  const floor = rows[0].brotli;
  const brotliOf = (name) => rows.find((r) => r.name === name)?.brotli;
  return rows.map((r) => {
    const peer = PEER_OF[r.name];
    const goal = GOALS[r.name];
    const ceiling = CEILINGS[r.name];
    return {
      bundle: r.name,
      raw: r.raw,
      gzip: r.gzip,
      brotli: r.brotli,
      'x lit': Number((r.brotli / floor).toFixed(2)),
      'vs peer': peer ? `${(r.brotli / brotliOf(peer)).toFixed(2)} of ${peer.split(/ \d/)[0]}` : '',
      goal: goal ?? '',
      'goal met': goal === undefined ? '' : r.brotli <= goal ? 'yes' : 'no',
      ceiling: ceiling ?? '',
      'within ceiling': ceiling === undefined ? '' : r.brotli <= ceiling ? 'yes' : 'NO',
    };
  });
}

/**
 * Where the bytes of all elements are: minified bytes per source module (packages summed
 * per package), largest first, so size work starts where it pays.
 */
export async function breakdown(top = 15) {
  const result = await build({
    entryPoints: ['src/define.ts'],
    plugins: [onDemand],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    metafile: true,
    outfile: `${CACHE}/breakdown.js`,
    logLevel: 'error',
  });
  const inputs = Object.values(result.metafile.outputs)[0].inputs;
  const groups = new Map();
  for (const [path, { bytesInOutput }] of Object.entries(inputs)) {
    const name = path.startsWith('node_modules/') ? path.split('/').slice(1, path.split('/')[1].startsWith('@') ? 3 : 2).join('/') : path;
    groups.set(name, (groups.get(name) ?? 0) + bytesInOutput);
  }
  const total = [...groups.values()].reduce((a, b) => a + b, 0);
  return [...groups]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([module, bytes]) => ({ module, 'minified bytes': bytes, share: `${((bytes / total) * 100).toFixed(1)}%` }));
}
