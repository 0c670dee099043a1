import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** `npm run analyze` writes custom-elements.json; scripts/check-manifest.mjs writes elsewhere to compare. */
const outdir = process.env.CEM_OUTDIR ?? '.';

/** The analyzer reads files in whatever order the file system answers: sort, so the output is stable. */
const sortModules = {
  name: 'sort-modules',
  packageLinkPhase({ customElementsManifest }) {
    customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
  },
};

function* sources(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* sources(path);
    else if (name.endsWith('.ts')) yield readFileSync(path, 'utf8');
  }
}

/**
 * Spells out what the sources name: a type derived from a const array
 * (`export const CARD_VARIANTS = ['full', 'compact'] as const; export type CardVariant = …`)
 * becomes `'full' | 'compact'`, and a default that is a numeric constant becomes its number,
 * so the manifest (and the builder, README and editors reading it) show the real values.
 */
const resolveNames = {
  name: 'resolve-names',
  packageLinkPhase({ customElementsManifest }) {
    const arrays = new Map();
    const types = new Map();
    const numbers = new Map();
    for (const text of sources('src')) {
      for (const m of text.matchAll(/export const (\w+) = \[([^\]]*)\] as const;/g)) arrays.set(m[1], m[2].split(',').map((v) => v.trim()).filter(Boolean).join(' | '));
      for (const m of text.matchAll(/export type (\w+) = \(typeof (\w+)\)\[number\];/g)) types.set(m[1], m[2]);
      for (const m of text.matchAll(/export const (\w+) = ([\d_]+);/g)) numbers.set(m[1], m[2].replace(/_/g, ''));
    }
    const fix = (item) => {
      const name = item.type?.text;
      if (name && types.has(name) && arrays.has(types.get(name))) item.type.text = arrays.get(types.get(name));
      if (item.default && numbers.has(item.default)) item.default = numbers.get(item.default);
    };
    for (const mod of customElementsManifest.modules) {
      for (const decl of mod.declarations ?? []) {
        for (const item of [...(decl.members ?? []), ...(decl.attributes ?? [])]) fix(item);
      }
    }
  },
};

export default {
  globs: ['src/**/*.ts'],
  // Styles are not API: leaving them out keeps a CSS change from touching the manifest.
  exclude: ['src/**/*.test.ts', 'src/data/**', 'src/**/*.styles.ts', 'src/internal/styles.ts'],
  outdir,
  litelement: true,
  packagejson: outdir === '.',
  plugins: [sortModules, resolveNames],
};
