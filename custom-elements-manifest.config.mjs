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

/** What each shared theme token colours; its default comes from src/internal/styles.ts. */
const TOKEN_ROLES = {
  'font-family': 'Font of every widget',
  'line-height': 'Line height',
  radius: 'Corner radius of boxes and buttons',
  space: 'Base spacing; gaps are half of it',
  'color-text': 'Text colour',
  'color-muted': 'Colour of secondary text (dates, hints)',
  'color-surface': 'Background of cards, forms and popups',
  'color-subtle': 'Background of quiet areas (breaks, the selected day)',
  'color-border': 'Border colour of boxes and fields',
  'color-accent': 'Accent: links, buttons, the series line (clamped to 4.5:1 against the surface)',
  'color-on-accent': 'Text on the accent (button labels)',
  'color-danger': 'Errors and cancelled events',
  'color-success': 'Confirmations and open registration',
  'color-focus': 'Focus ring',
};

/**
 * The theme tokens every widget reads (`--ev-color-*`, their `-dark` twins, font, spacing, radius),
 * added to each element from the one place that defines them, so none goes undocumented.
 */
const sharedTokens = {
  name: 'shared-tokens',
  packageLinkPhase({ customElementsManifest }) {
    const styles = readFileSync('src/internal/styles.ts', 'utf8');
    const tokens = new Map();
    for (const [, name, fallback] of styles.matchAll(/[a-z_-]+: var\(--ev-([a-z-]+), ((?:[^()]|\([^()]*\))+)\)/g)) {
      if (tokens.has(name)) continue;
      const light = name.replace(/-dark$/, '');
      const role = TOKEN_ROLES[light];
      if (!role) continue; // an element's own property (e.g. --ev-reserved-block-size), documented there
      const description = light === name ? `${role}.` : `${role} in the dark theme (\`theme="dark"\`, or \`auto\` on a dark system).`;
      tokens.set(name, { name: `--ev-${name}`, description, default: fallback.replace(/^var\((--ev-[a-z-]+), .*\)$/, 'the value of `$1`') });
    }
    for (const decl of customElementsManifest.modules.flatMap((m) => m.declarations ?? [])) {
      if (!decl.tagName) continue;
      const own = new Set((decl.cssProperties ?? []).map((p) => p.name));
      decl.cssProperties = [...(decl.cssProperties ?? []), ...[...tokens.values()].filter((t) => !own.has(t.name))];
    }
  },
};

/** Events named in JSDoc (`@fires {Type} name`) win; the analyzer's unnamed duplicates of them go. */
const namedEvents = {
  name: 'named-events',
  packageLinkPhase({ customElementsManifest }) {
    for (const decl of customElementsManifest.modules.flatMap((m) => m.declarations ?? [])) {
      if (!decl.events) continue;
      for (const event of decl.events.filter((e) => !e.name)) {
        if (!decl.events.some((e) => e.name && e.type?.text === event.type?.text)) throw new Error(`${decl.name} fires ${event.type?.text} without an @fires tag`);
      }
      decl.events = decl.events.filter((e) => e.name);
    }
  },
};

/**
 * Lit's `static properties` as decorators read: internal reactive state
 * (`paused: { state: true }`) has no attribute (the analyzer gives every entry one), and a public
 * field says nothing of its privacy (the analyzer writes `"public"` for these entries only, and
 * readers of the manifest take any `privacy` for not public).
 */
const litStates = {
  name: 'lit-states',
  packageLinkPhase({ customElementsManifest }) {
    for (const module of customElementsManifest.modules) {
      for (const declaration of module.declarations ?? []) {
        for (const member of declaration.members ?? []) if (member.privacy === 'public') delete member.privacy;
      }
      const source = readFileSync(module.path, 'utf8');
      const states = new Set([...source.matchAll(/^\s*(\w+): \{ state: true \},?$/gm)].map((m) => m[1]));
      if (states.size === 0) continue;
      for (const declaration of module.declarations ?? []) {
        for (const member of declaration.members ?? []) if (states.has(member.name)) delete member.attribute;
        if (declaration.attributes) declaration.attributes = declaration.attributes.filter((a) => !states.has(a.fieldName));
      }
    }
  },
};

/**
 * The manifest describes the package as installed, where src/ is not: each element's module is
 * its entry in dist/ (`dist/ev-card.js` registers <ev-card>), the classes are exported from
 * `dist/index.js`, and the internal modules are left out.
 */
const packagePaths = {
  name: 'package-paths',
  packageLinkPhase({ customElementsManifest }) {
    const elements = customElementsManifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.tagName).map((element) => ({ source: m.path, element })));
    const entryOf = new Map(elements.map(({ source, element }) => [source, `dist/${element.tagName}.js`]));
    const rewrite = (value) => {
      if (Array.isArray(value)) return value.forEach(rewrite);
      if (!value || typeof value !== 'object') return;
      if (typeof value.module === 'string' && /^\/?src\//.test(value.module)) value.module = entryOf.get(value.module) ?? 'dist/index.js';
      Object.values(value).forEach(rewrite);
    };
    const modules = elements.map(({ source, element }) => ({
      kind: 'javascript-module',
      path: entryOf.get(source),
      declarations: [element],
      exports: [{ kind: 'custom-element-definition', name: element.tagName, declaration: { name: element.name, module: entryOf.get(source) } }],
    }));
    modules.push({
      kind: 'javascript-module',
      path: 'dist/index.js',
      declarations: [],
      exports: modules.map((m) => ({ kind: 'js', name: m.declarations[0].name, declaration: { name: m.declarations[0].name, module: m.path } })),
    });
    rewrite(modules);
    customElementsManifest.modules = modules;
  },
};

export default {
  globs: ['src/**/*.ts'],
  // Styles are not API: leaving them out keeps a CSS change from touching the manifest.
  exclude: ['src/**/*.test.ts', 'src/data/**', 'src/**/*.styles.ts', 'src/internal/styles.ts'],
  outdir,
  litelement: true,
  packagejson: outdir === '.',
  plugins: [sortModules, resolveNames, sharedTokens, namedEvents, litStates, packagePaths],
};
