// Fails on code in src/ that would execute data or break a strict Content-Security-Policy.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const FORBIDDEN = [
  [/unsafeHTML|unsafeSVG/, 'renders data as markup'],
  [/\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML/, 'parses strings as markup'],
  [/(^|[^.\w])eval\(|new Function\(/, 'needs unsafe-eval'],
  [/\sstyle="|styleMap\(/, 'inline style attribute needs unsafe-inline'],
  [/document\.cookie|localStorage|sessionStorage/, 'storage is only allowed where the visitor asked for it (see README, Privacy)'],
];
/** The one module allowed to touch storage; see its comment for who may use it and why. */
const STORAGE_ALLOWED = [/src\/internal\/stored-json\.ts$/];

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (/\.(ts|js)$/.test(name)) yield path;
  }
}

let problems = 0;
for (const file of files('src')) {
  readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
    // Comments may name what the code must not do.
    if (/^\s*(\*|\/\/|\/\*)/.test(line)) return;
    for (const [pattern, why] of FORBIDDEN) {
      if (!pattern.test(line)) continue;
      if (why.startsWith('storage') && STORAGE_ALLOWED.some((ok) => ok.test(file))) continue;
      console.error(`${file}:${i + 1}: ${why}: ${line.trim()}`);
      problems += 1;
    }
  });
}
if (problems) process.exit(1);
console.log('src/ is free of innerHTML, eval, inline styles and unrequested storage.');
