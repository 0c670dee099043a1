// Fails when custom-elements.json is not what the analyzer makes of the sources now.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

// The analyzer resolves outdir against the project folder, so the scratch copy lives inside it.
const outdir = join('node_modules', '.cache', 'cem-check');
mkdirSync(outdir, { recursive: true });
try {
  execFileSync('npx', ['cem', 'analyze'], { env: { ...process.env, CEM_OUTDIR: outdir }, stdio: 'pipe' });
  const fresh = readFileSync(join(outdir, 'custom-elements.json'), 'utf8');
  const committed = readFileSync('custom-elements.json', 'utf8');
  if (fresh.trim() !== committed.trim()) {
    const a = committed.split('\n');
    const b = fresh.split('\n');
    const line = a.findIndex((text, i) => text !== b[i]);
    console.error(`custom-elements.json is stale: run \`npm run analyze\` and commit the result.\nline ${line + 1}: committed ${JSON.stringify(a[line])}, now ${JSON.stringify(b[line])}`);
    process.exit(1);
  }
  console.log('custom-elements.json is up to date.');
} finally {
  rmSync(outdir, { recursive: true, force: true });
}
