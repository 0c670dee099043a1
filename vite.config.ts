import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { minifyTemplatesPlugin } from './scripts/build/minify-templates.mjs';

/**
 * Two library builds:
 * - default: one ES module per element (`dist/ev-card.js` registers only <ev-card>),
 *   `dist/index.js` (classes and types, no side effects) and `dist/define.js`, with
 *   Lit and date helpers left as imports so an app's bundler shares them;
 * - `--mode bundle`: `dist/event-widgets.js`, every element and Lit in one
 *   self-contained file for a plain <script type="module" src> without a build step; beside it
 *   `dist/event-widgets-extras.js`, which that file imports only when it is needed (recurring dates, prices in words, a calendar download).
 */
const elements = ['ev-event', 'ev-card', 'ev-countdown', 'ev-agenda', 'ev-registration', 'ev-series'];

export default defineConfig(({ mode }) => {
  if (mode === 'extras') return extrasBuild();
  const bundle = mode === 'bundle';
  return {
    plugins: [minifyTemplatesPlugin()],
    build: {
      target: 'es2022',
      emptyOutDir: !bundle,
      sourcemap: true,
      // The single file partners load: rolldown's minifier, then two terser passes, which take
      // about 1 % more off (brotli bytes, `npm run bench`).
      minify: bundle ? 'terser' : false,
      terserOptions: { module: true, ecma: 2020, compress: { passes: 2 } },
      lib: bundle
        ? { entry: 'src/define.ts', formats: ['es'], fileName: () => 'event-widgets.js' }
        : {
            entry: {
              index: 'src/index.ts',
              define: 'src/define.ts',
              protocol: 'src/registration/protocol.ts',
              react: 'src/react/index.ts',
              ...Object.fromEntries(elements.map((tag) => [tag, `src/define/${tag}.ts`])),
            },
            formats: ['es'],
          },
      rollupOptions: bundle
        ? // What few page views need comes in a second file (`--mode extras`), fetched only when needed.
          { external: [EXTRAS], output: { codeSplitting: false, minify: true, paths: { [EXTRAS]: './event-widgets-extras.js' } } }
        : { external: [/^lit(\/|$)/, /^@lit\//, /^date-fns(\/|$)/, /^@date-fns\//, /^react(\/|$)/], output: { chunkFileNames: 'chunks/[name]-[hash].js' } },
    },
  };
});

/** src/data/extras.ts, which the single file imports on demand (src/data/extras-loader.ts). */
const EXTRAS = fileURLToPath(new URL('src/data/extras.ts', import.meta.url));

/**
 * `dist/event-widgets-extras.js`: src/data/extras.ts with the few helpers it shares with the
 * single file (zone offsets, date formats) copied in, so that file needs no shared chunk.
 * (Rolldown would move those helpers out of the single file into a third file: rolldown#10731.)
 */
function extrasBuild() {
  return {
    plugins: [minifyTemplatesPlugin()],
    build: {
      target: 'es2022',
      emptyOutDir: false,
      sourcemap: true,
      minify: 'terser' as const,
      terserOptions: { module: true, ecma: 2020 as const, compress: { passes: 2 } },
      lib: { entry: 'src/data/extras.ts', formats: ['es' as const], fileName: () => 'event-widgets-extras.js' },
      rollupOptions: { output: { codeSplitting: false, minify: true } },
    },
  };
}
