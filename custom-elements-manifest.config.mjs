/** `npm run analyze` writes custom-elements.json; scripts/check-manifest.mjs writes elsewhere to compare. */
const outdir = process.env.CEM_OUTDIR ?? '.';

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/data/**'],
  outdir,
  litelement: true,
  packagejson: outdir === '.',
};
