/**
 * The one tag's element imports fetch every chunk they need at once. Importing an element's chunk
 * finds its own imports (the core chunk, the session reader, …) only once that chunk has arrived:
 * one more round trip per level. This plugin rewrites each `import('./loader/x.js')` of the loader
 * entry to import x and every chunk x needs (transitively) in parallel, and resolves to x's module
 * as before. Modules still run once each, in their order; the browser only asks for them sooner.
 * The entry's source map is kept exact: every insertion shifts the mappings after it.
 */
import { decode, encode } from '@jridgewell/sourcemap-codec';

const DYNAMIC_IMPORT = /import\(`\.\/([^`]+\.js)`\)/g;

/** `file`'s static imports in `bundle`, and theirs, without `file`. */
function needs(bundle, file, found = new Set()) {
  for (const dep of bundle[file]?.imports ?? []) {
    if (found.has(dep) || dep === file) continue;
    found.add(dep);
    needs(bundle, dep, found);
  }
  return found;
}

/**
 * `code` with each dynamic import of a chunk that needs others made parallel, and the insertions
 * made (column in the old code, length), in order. Only the first line (a minified entry) is rewritten.
 */
export function parallelImports(code, bundle) {
  const insertions = [];
  const rewritten = code.replace(DYNAMIC_IMPORT, (call, file, at) => {
    const more = [...needs(bundle, file)];
    if (!more.length) return call;
    const prefix = 'Promise.all([';
    const suffix = `${more.map((dep) => `,import(\`./${dep}\`)`).join('')}]).then(m=>m[0])`;
    insertions.push({ at, length: prefix.length }, { at: at + call.length, length: suffix.length });
    return prefix + call + suffix;
  });
  return { code: rewritten, insertions };
}

/** `mappings` (one line) with each insertion's length added to the columns at and after it. */
export function shiftMappings(mappings, insertions) {
  const lines = decode(mappings);
  const first = lines[0] ?? [];
  for (const segment of first) {
    const column = segment[0];
    segment[0] += insertions.filter((i) => i.at <= column).reduce((sum, i) => sum + i.length, 0);
  }
  return encode(lines);
}

export function parallelChunksPlugin() {
  return {
    name: 'event-widgets:parallel-chunks',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.isEntry) continue;
        const firstLine = chunk.code.split('\n', 1)[0];
        const { code, insertions } = parallelImports(firstLine, bundle);
        if (!insertions.length) continue;
        chunk.code = code + chunk.code.slice(firstLine.length);
        if (chunk.map) chunk.map.mappings = shiftMappings(chunk.map.mappings, insertions);
        // The map as a file of its own, where the bundler emitted it already.
        const mapFile = bundle[`${chunk.fileName}.map`];
        if (mapFile?.type === 'asset') {
          const map = JSON.parse(String(mapFile.source));
          map.mappings = shiftMappings(map.mappings, insertions);
          mapFile.source = JSON.stringify(map);
        }
      }
    },
  };
}
