// Checks what `npm run build` promises: every `exports` entry exists, the self-contained file
// imports nothing but its on-demand files (no bare specifiers, no other chunks), the one-tag loader
// and its chunks import only each other, and each per-element entry registers its own tag only.
import { existsSync, readdirSync, readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const problems = [];

for (const [entry, target] of Object.entries(pkg.exports)) {
  for (const file of typeof target === 'string' ? [target] : Object.values(target)) {
    if (!existsSync(file)) problems.push(`exports["${entry}"] -> ${file} is missing`);
  }
}

const IMPORTS = /(?:^|[;}\s])import\s*(?:[\w{}*,\s$]+from\s*)?["'][^"']+["']|import\(\s*[^)]*\)/g;
const bundle = readFileSync('dist/event-widgets-all.js', 'utf8');
// Its imports are the files beside it that pages load only when they need them (extras, revalidation, English, structured data, programme readers, change marks).
const imports = (bundle.match(IMPORTS) ?? []).filter((i) => !/^import\(\s*["'`]\.\/event-widgets-(extras|revalidate|en|jsonld|programme|changes)\.js["'`]\s*\)$/.test(i));
if (imports.length) problems.push(`dist/event-widgets-all.js must be self-contained but for its extras, found: ${imports.slice(0, 3).join(' | ')}`);
// The one tag partners paste, and every chunk it loads: relative imports of dist/loader/ only (no bare
// specifier a browser cannot resolve, nothing outside dist/), so dist/ works wherever it is hosted.
for (const file of ['dist/event-widgets.js', ...readdirSync('dist/loader').filter((f) => f.endsWith('.js')).map((f) => `dist/loader/${f}`)]) {
  const outside = (readFileSync(file, 'utf8').match(IMPORTS) ?? []).filter((i) => !/["'`]\.\/(loader\/)?[\w.-]+\.js["'`]/.test(i));
  if (outside.length) problems.push(`${file} may import chunks of dist/loader/ only, found: ${outside.slice(0, 3).join(' | ')}`);
}
const extras = existsSync('dist/event-widgets-extras.js') ? readFileSync('dist/event-widgets-extras.js', 'utf8') : undefined;
if (!extras) problems.push('dist/event-widgets-extras.js is missing');
else if (extras.match(IMPORTS)) problems.push(`dist/event-widgets-extras.js must be self-contained, found: ${extras.match(IMPORTS).slice(0, 3).join(' | ')}`);
// The check whether data changed, the English texts and the structured-data writer (each imported when a page needs it).
// The programme formats' reader imports its iCalendar part (with ical.js) only for a calendar.
const BESIDE = { 'dist/event-widgets-programme.js': /^import\(\s*["'`]\.\/event-widgets-icalendar\.js["'`]\s*\)$/ };
for (const file of ['dist/event-widgets-revalidate.js', 'dist/event-widgets-en.js', 'dist/event-widgets-jsonld.js', 'dist/event-widgets-programme.js', 'dist/event-widgets-icalendar.js', 'dist/event-widgets-changes.js']) {
  const text = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  const imports = (text?.match(IMPORTS) ?? []).filter((i) => !BESIDE[file]?.test(i));
  if (!text) problems.push(`${file} is missing`);
  else if (imports.length) problems.push(`${file} must be self-contained, found: ${imports.slice(0, 3).join(' | ')}`);
}

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
console.log(`build ok: ${Object.keys(pkg.exports).length} exports, self-contained bundle of ${bundle.length} bytes, extras ${extras.length} bytes.`);
