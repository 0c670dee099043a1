// Imports every JavaScript entry of the installed package in Node, as a server-side build or a
// test runner would, and prints what each one exports (or, for an element's entry, that it registered the tag). The single-file bundle is for browsers
// (it carries Lit's browser build) and is checked by the browser suite instead.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const pkg = JSON.parse(readFileSync(require.resolve('event-widgets/package.json'), 'utf8'));
const result = {};
for (const [entry, target] of Object.entries(pkg.exports)) {
  const specifier = entry === '.' ? 'event-widgets' : `event-widgets/${entry.slice(2)}`;
  if (entry === './bundle' || entry.startsWith('./jsx')) continue;
  const module = entry.endsWith('.json') ? await import(specifier, { with: { type: 'json' } }) : await import(specifier);
  // A per-element entry exports only types; what it does is register its tag.
  result[entry] = /^\.\/ev-/.test(entry) ? (globalThis.customElements?.get(entry.slice(2)) ? 'registered' : 0) : Object.keys(module).length;
}
console.log(JSON.stringify(result));
