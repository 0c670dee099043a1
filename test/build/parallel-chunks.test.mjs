// Issue 35 §1: the one tag's element imports ask for every chunk the element needs at once, so a
// page pays one round trip for the loader and one for its chunks (scripts/build/parallel-chunks.mjs).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { parallelImports, shiftMappings } from '../../scripts/build/parallel-chunks.mjs';
import { decode, encode } from '@jridgewell/sourcemap-codec';

const STATIC_IMPORT = /(?:^|[;}\s])import\s*(?:[\w{}*,\s$]+from\s*)?["'`](\.\/[^"'`]+)["'`]/g;
/** The chunks `file` (in dist/loader/) imports statically, and theirs. */
function needs(file, found = new Set()) {
  for (const [, spec] of readFileSync(`dist/loader/${file}`, 'utf8').matchAll(STATIC_IMPORT)) {
    const dep = spec.slice(2);
    if (!found.has(dep)) found.add(dep) && needs(dep, found);
  }
  return found;
}

describe('the one tag loads an element in one round trip', () => {
  const loader = readFileSync('dist/event-widgets.js', 'utf8');

  it('imports each element chunk together with every chunk it needs', () => {
    const entries = [...loader.matchAll(/"(ev-[a-z]+)":\(\)=>(.*?)(?=,"ev-|\},)/g)];
    assert.equal(entries.length, 7, loader.slice(0, 300));
    for (const [, tag, body] of entries) {
      const asked = new Set([...body.matchAll(/import\(`\.\/loader\/([^`]+)`\)/g)].map((m) => m[1]));
      const [own] = asked;
      for (const dep of needs(own)) assert.ok(asked.has(dep), `<${tag}>: ${own} needs ${dep}, which the loader does not ask for with it: ${body}`);
    }
  });

  it('keeps the loader\'s source map exact after the rewrite', () => {
    const map = new TraceMap(JSON.parse(readFileSync('dist/event-widgets.js.map', 'utf8')));
    const source = readFileSync('src/autoload.ts', 'utf8').split('\n');
    for (const token of ['MutationObserver', 'Object.keys', 'console.warn', 'observe(document']) {
      const at = originalPositionFor(map, { line: 1, column: loader.indexOf(token) });
      assert.ok(source[at.line - 1]?.slice(at.column).startsWith(token), `${token} maps to ${at.line}:${at.column}`);
    }
  });

  it('rewrites an import and shifts the mappings after it by what it inserted', () => {
    const bundle = { 'loader/a.js': { imports: ['loader/core.js'] }, 'loader/core.js': { imports: ['loader/lit.js'] }, 'loader/lit.js': { imports: [] }, 'loader/b.js': { imports: [] } };
    const code = 'x=()=>import(`./loader/a.js`),y=()=>import(`./loader/b.js`),z';
    const { code: out, insertions } = parallelImports(code, bundle);
    assert.equal(out, 'x=()=>Promise.all([import(`./loader/a.js`),import(`./loader/core.js`),import(`./loader/lit.js`)]).then(m=>m[0]),y=()=>import(`./loader/b.js`),z');
    // A segment at "y" and one at "z": both move by the insertion's length.
    const mappings = encode([[[code.indexOf('y'), 0, 0, 0], [code.indexOf('z'), 0, 0, 5]]]);
    const [[y, z]] = decode(shiftMappings(mappings, insertions));
    assert.deepEqual([y[0], z[0]], [out.indexOf('y'), out.indexOf('z')]);
  });
});
