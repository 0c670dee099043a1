// Checks what `npm run build` promises: every `exports` entry exists, the
// single-file bundle imports nothing (no bare specifiers, no lazy chunks), and
// each per-element entry registers its own tag only.
import { existsSync, readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const problems = [];

for (const [entry, target] of Object.entries(pkg.exports)) {
  for (const file of typeof target === 'string' ? [target] : Object.values(target)) {
    if (!existsSync(file)) problems.push(`exports["${entry}"] -> ${file} is missing`);
  }
}

const bundle = readFileSync('dist/event-widgets.js', 'utf8');
const imports = bundle.match(/(?:^|[;}\s])import\s*(?:[\w{}*,\s$]+from\s*)?["'][^"']+["']|import\(/g);
if (imports) problems.push(`dist/event-widgets.js must be self-contained, found: ${imports.slice(0, 3).join(' | ')}`);

for (const entry of Object.keys(pkg.exports).filter((e) => e.startsWith('./ev-'))) {
  const tag = entry.slice(2);
  const source = readFileSync(`src/define/${tag}.ts`, 'utf8');
  const defined = [...source.matchAll(/\.define\(([^)]*)\)/g)];
  if (defined.length !== 1) problems.push(`src/define/${tag}.ts must register exactly one element`);
}

if (problems.length) {
  for (const p of problems) console.error(p);
  process.exit(1);
}
console.log(`build ok: ${Object.keys(pkg.exports).length} exports, self-contained bundle of ${bundle.length} bytes.`);
