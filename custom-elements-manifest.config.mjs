/** `npm run analyze` writes custom-elements.json; scripts/check-manifest.mjs writes elsewhere to compare. */
const outdir = process.env.CEM_OUTDIR ?? '.';

/** The analyzer reads files in whatever order the file system answers: sort, so the output is stable. */
const sortModules = {
  name: 'sort-modules',
  packageLinkPhase({ customElementsManifest }) {
    customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
  },
};

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/data/**'],
  outdir,
  litelement: true,
  packagejson: outdir === '.',
  plugins: [sortModules],
};
