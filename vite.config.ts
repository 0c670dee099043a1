import { defineConfig } from 'vite';
import { minifyTemplatesPlugin } from './scripts/build/minify-templates.mjs';

/**
 * Two library builds:
 * - default: one ES module per element (`dist/ev-card.js` registers only <ev-card>),
 *   `dist/index.js` (classes and types, no side effects) and `dist/define.js`, with
 *   Lit and date helpers left as imports so an app's bundler shares them;
 * - `--mode bundle`: `dist/event-widgets.js`, every element and Lit in one
 *   self-contained file for a plain <script type="module" src> without a build step.
 */
const elements = ['ev-event', 'ev-card', 'ev-countdown', 'ev-agenda', 'ev-registration', 'ev-series'];

export default defineConfig(({ mode }) => {
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
        ? { output: { codeSplitting: false, minify: true } }
        : { external: [/^lit(\/|$)/, /^@lit\//, /^date-fns(\/|$)/, /^@date-fns\//, /^react(\/|$)/], output: { chunkFileNames: 'chunks/[name]-[hash].js' } },
    },
  };
});
