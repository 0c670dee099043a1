import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { minifyTemplatesPlugin } from './scripts/build/minify-templates.mjs';
import { parallelChunksPlugin } from './scripts/build/parallel-chunks.mjs';

/**
 * Three library builds:
 * - default: one ES module per element (`dist/ev-card.js` registers only <ev-card>),
 *   `dist/index.js` (classes and types, no side effects) and `dist/define.js`, with
 *   Lit and date helpers left as imports so an app's bundler shares them;
 * - `--mode loader`: `dist/event-widgets.js`, the one script tag partners paste, which loads each
 *   element's code from `dist/loader/` when its tag appears (`loaderBuild`);
 * - `--mode bundle`: `dist/event-widgets-all.js`, every element and Lit in one self-contained
 *   file with the package's exports, for a CMS that takes one uploaded file only; beside it the
 *   files it imports only when they are needed (`ON_DEMAND`, one `--mode` each).
 */
const elements = ['ev-event', 'ev-card', 'ev-countdown', 'ev-agenda', 'ev-registration', 'ev-series', 'ev-now'];

export default defineConfig(({ mode }) => {
  if (mode in ON_DEMAND) return onDemandBuild(mode as keyof typeof ON_DEMAND);
  if (mode === 'loader') return loaderBuild();
  const bundle = mode === 'bundle';
  return {
    plugins: [minifyTemplatesPlugin()],
    build: {
      target: 'es2022',
      emptyOutDir: !bundle,
      sourcemap: true,
      // The self-contained file: rolldown's minifier, then two terser passes, which take
      // about 1 % more off (brotli bytes, `npm run bench`).
      minify: bundle ? 'terser' : false,
      terserOptions: { module: true, ecma: 2020, compress: { passes: 2 } },
      lib: bundle
        ? { entry: 'src/bundle.ts', formats: ['es'], fileName: () => 'event-widgets-all.js' }
        : {
            entry: {
              index: 'src/index.ts',
              define: 'src/define.ts',
              protocol: 'src/registration/protocol.ts',
              // The data messages in an editor's words, for the builder and `validate`; no widget loads it.
              'issue-texts': 'src/data/messages/issue-texts.ts',
              // The block of the `structured-data` attribute, for server rendering and the CLI (docs/ssr.md).
              'structured-data': 'src/structured-data.ts',
              // The organisers' programme formats read as JSON-LD, for the CLI and the server (src/convert.ts).
              convert: 'src/convert.ts',
              react: 'src/react/index.ts',
              ...Object.fromEntries(elements.map((tag) => [tag, `src/define/${tag}.ts`])),
            },
            formats: ['es'],
          },
      rollupOptions: bundle
        ? // What few page views need comes in files of their own (`--mode extras`, `revalidate`, `structured-data`, `english`), fetched only when needed.
          {
            external: Object.values(ON_DEMAND).map((m) => m.source),
            output: { codeSplitting: false, minify: true, paths: Object.fromEntries(Object.values(ON_DEMAND).map((m) => [m.source, `./${m.file}`])) },
          }
        : { external: [/^lit(\/|$)/, /^@lit\//, /^date-fns(\/|$)/, /^@date-fns\//, /^react(\/|$)/, /^ical\.js$/, /^htmlparser2$/], output: { chunkFileNames: (chunk: { name: string }) => (ON_DEMAND_CHUNKS.includes(chunk.name) ? 'chunks/[name].js' : 'chunks/[name]-[hash].js') } },
    },
  };
});

const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * Chunks the npm build's elements import on demand, named without a hash: an element's file names
 * them, and a change inside them then leaves every element's file (and its measured size) as it was.
 */
const ON_DEMAND_CHUNKS = ['head-json-ld', 'extras', 'revalidate', 'english', 'programme', 'icalendar', 'changes', 'screen-changes'];

/** Shared by the elements that list and filter (programme, series), never needed by a card: kept out of the core chunk. */
const LISTS_ONLY = /[\\/]internal[\\/](hash-filters|filter-styles|stored-json)\.ts$/;

/** The programme's reader, for the agenda (and, inside `<ev-event>`, only once an agenda asks): never in the core chunk. */
const PROGRAMME_ONLY = /[\\/]normalize[\\/](sessions|session-kinds)\.ts$/;

/** What changed in a programme: the agenda's on-demand marks and the foyer screen's (with its first change) share it, no other page fetches it. */
const CHANGES = /[\\/](data[\\/]session-changes|messages[\\/](en[\\/])?changes)\.ts$/;

/** The JSON-LD writer's helpers, which the on-demand writer and the programme readers share. */
const STRUCTURED_DATA = /[\\/]data[\\/]structured-data\.ts$/;

/** The card, on most partner pages and beside most other elements: in the core chunk too; and Lit's directive base (the agenda's `guard`, the foyer screen's `keyed`), too small for a file of its own. */
const CARD = /[\\/](card[\\/][\w.-]+|define[\\/]ev-card)\.ts$|[\\/]lit-html[\\/]directive\.js$/;

/**
 * `--mode loader`: `dist/event-widgets.js`, the one tag partners paste. It defines each element
 * when its tag appears (src/autoload.ts) and imports that element's code from `dist/loader/`,
 * split so a page fetches only what its elements need: the core chunk (Lit, the data path, the
 * card) once, each other element's own code, and the on-demand modules (recurring dates,
 * revalidation, English) only when asked.
 */
function loaderBuild() {
  const core = [
    { name: 'core', test: CARD },
    // Shared by the structured-data writer and the programme formats' readers only.
    { name: 'structured-data', test: STRUCTURED_DATA },
    { name: 'session-changes', test: CHANGES },
    { name: 'core', minShareCount: 2, test: (id: string) => !LISTS_ONLY.test(id) && !PROGRAMME_ONLY.test(id) && !CHANGES.test(id) },
  ];
  const build = minifiedFile('src/autoload.ts', 'event-widgets.js', { chunkFileNames: 'loader/[name]-[hash].js', codeSplitting: { groups: core } });
  return {
    ...build,
    // Each element's chunks in one round trip (scripts/build/parallel-chunks.mjs).
    plugins: [...build.plugins, parallelChunksPlugin()],
    // The reader of override attributes (name, start, …) in a chunk of its own, fetched when an element sets one: most pages set none.
    resolve: { alias: [{ find: /^\.\/overrides-access\.js$/, replacement: source('src/internal/overrides-access.lazy.ts') }] },
  };
}

/** A minified ES module build of `entry` into `dist/<file>`, beside the other builds' files. */
function minifiedFile(entry: string, file: string, output: Record<string, unknown>) {
  return {
    plugins: [minifyTemplatesPlugin()],
    build: {
      target: 'es2022',
      emptyOutDir: false,
      sourcemap: true,
      minify: 'terser' as const,
      terserOptions: { module: true, ecma: 2020 as const, compress: { passes: 2, hoist_funs: true } },
      lib: { entry, formats: ['es' as const], fileName: () => file },
      // No comments: pure annotations help a bundler that reads the file again, and these files go to browsers only.
      rollupOptions: { output: { minify: true, comments: false, ...output } },
    },
  };
}

/** The modules the one file (`event-widgets-all.js`) imports on demand, each built into a self-contained file beside it. */
const ON_DEMAND = {
  /** Recurring dates, prices in words and the .ics writer (src/data/extras-loader.ts). */
  extras: { source: source('src/data/extras.ts'), file: 'event-widgets-extras.js' },
  /** The check whether a source's data changed (`SharedSource.refresh`), for pages that check again. */
  revalidate: { source: source('src/data/revalidate.ts'), file: 'event-widgets-revalidate.js' },
  /** The writer behind the `structured-data` attribute (src/internal/head-json-ld.ts), for pages that ask for it. */
  'structured-data': { source: source('src/internal/head-json-ld.ts'), file: 'event-widgets-jsonld.js' },
  /** Every widget's English texts (`loadLanguage`), for pages in English; German ships in the file itself. */
  english: { source: source('src/data/messages/english.ts'), file: 'event-widgets-en.js' },
  /** The programme formats' reader (a `src` that is a schedule.json or CSV), for pages whose data is one. */
  programme: { source: source('src/data/formats/programme.ts'), file: 'event-widgets-programme.js' },
  /** Its iCalendar part, with ical.js: for pages whose `src` is an `.ics`. */
  icalendar: { source: source('src/data/formats/icalendar.ts'), file: 'event-widgets-icalendar.js' },
  /** The agenda's marks of what changed since the last visit (src/agenda/changes.ts), for pages that show a programme. */
  changes: { source: source('src/agenda/changes.ts'), file: 'event-widgets-changes.js' },
};

/**
 * An on-demand file: its module with the few helpers it shares with the single file (zone
 * offsets, date formats, the fetch) copied in, so that file needs no shared chunk.
 * (Rolldown would move those helpers out of the single file into a third file: rolldown#10731.)
 */
function onDemandBuild(name: keyof typeof ON_DEMAND) {
  const { source: entry, file } = ON_DEMAND[name];
  const others = Object.values(ON_DEMAND).filter((m) => m.source !== entry);
  const build = minifiedFile(entry, file, { codeSplitting: false, paths: Object.fromEntries(others.map((m) => [m.source, `./${m.file}`])) });
  return { ...build, build: { ...build.build, rollupOptions: { ...build.build.rollupOptions, external: others.map((m) => m.source) } } };
}
