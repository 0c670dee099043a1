// The package as npm users get it: `npm pack`, installed from the tarball into a throwaway
// project outside this repository (dependencies from the npm cache that `npm ci` filled), then
// used the way consumers use it: the CLI through npx and node_modules/.bin, TypeScript and JSX
// types in Vite, React 19, Preact and Solid projects, every entry imported in Node, and
// server-side rendering with @lit-labs/ssr. Needs `npm run build` first.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { build } from 'esbuild';
import { chromium } from 'playwright';
import { chromiumArgs } from '../../web-test-runner.config.mjs';
import { createServer } from 'node:http';

const root = resolve('.');
const own = JSON.parse(readFileSync('package.json', 'utf8'));
/** The consumer's tools, at the versions this repository tests with, so the npm cache has them. */
const tools = ['typescript', 'vite', 'react', 'react-dom', '@types/react', '@types/react-dom', 'preact', 'solid-js', '@lit-labs/ssr', '@lit-labs/ssr-client'].map((name) => `${name}@${own.devDependencies[name]}`);

let project;
let tarball;
const run = (command, args, options = {}) => spawnSync(command, args, { cwd: project, encoding: 'utf8', ...options });

before(() => {
  project = mkdtempSync(join(tmpdir(), 'event-widgets-consumer-'));
  const [{ filename }] = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', project], { encoding: 'utf8' }));
  tarball = join(project, filename);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  cpSync(join(root, 'test/package/consumers'), project, { recursive: true });
  // The Hamburg programme two years ahead, registration open, so the form shows and the countdown counts.
  const year = new Date().getFullYear() + 2;
  const future = JSON.parse(readFileSync('demo/data/polizeitage-hamburg-2024.json', 'utf8').replace(/"2024-/g, `"${year}-`));
  delete future.offers.validFrom;
  writeFileSync(join(project, 'event.json'), JSON.stringify(future));
  const install = run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', tarball, ...tools]);
  assert.equal(install.status, 0, install.stderr);
});

after(() => rmSync(project, { recursive: true, force: true }));

describe('the tarball', () => {
  it('passes publint (strict) and attw for an ESM-only package', () => {
    const publint = spawnSync(join(root, 'node_modules/.bin/publint'), ['--strict'], { cwd: root, encoding: 'utf8' });
    assert.equal(publint.status, 0, publint.stdout + publint.stderr);
    assert.match(publint.stdout, /All good!/);
    // node10 and require() are out of scope: the package is ES modules only (engines: node >= 20).
    const attw = spawnSync(join(root, 'node_modules/.bin/attw'), [tarball, '--profile', 'esm-only', '--format', 'json'], { cwd: root, encoding: 'utf8' });
    assert.equal(attw.status, 0, attw.stdout.slice(0, 2000));
  });

  it('npm publish takes package.json as written (the bin path is valid)', () => {
    const { stderr } = spawnSync('npm', ['publish', '--dry-run', '--ignore-scripts'], { cwd: root, encoding: 'utf8' });
    assert.doesNotMatch(stderr, /auto-corrected|invalid and removed/);
  });
});

describe('the CLI, installed', () => {
  const good = () => join(root, 'demo/data/polizeitage-hamburg-2024.json');
  const bad = () => join(root, 'test/fixtures/wrong-types.json');
  const invalidDate = () => {
    const file = join(project, 'feb-30.json');
    writeFileSync(file, JSON.stringify({ '@context': 'https://schema.org', '@type': 'Event', name: 'Polizeitage', startDate: '2027-02-30T09:00' }));
    return file;
  };

  for (const [how, command, prefix] of [
    ['npx', 'npx', ['--no-install', 'event-widgets']],
    ['node_modules/.bin', () => join(project, 'node_modules/.bin/event-widgets'), []],
  ]) {
    // An editor's machine: German locale, nothing else set.
    const { LC_ALL, LC_MESSAGES, ...rest } = process.env;
    const env = { ...rest, LANG: 'de_DE.UTF-8' };
    const cli = (...args) => run(typeof command === 'function' ? command() : command, [...prefix, ...args], { env });

    it(`${how}: 0 for good data, with the verdict on stdout, in German`, () => {
      const { status, stdout, stderr } = cli('validate', good());
      assert.equal(status, 0, stderr);
      assert.match(stdout, /^✓ .*polizeitage-hamburg-2024\.json: „Polizeitage Hamburg", Mittwoch, 6\. November 2024, 08:30–17:30 Uhr, 14 Programmpunkte\n$/);
    });

    it(`${how}: 1 for data the widgets cannot show, the verdict first and on stderr; English with --lang en`, () => {
      const { status, stdout, stderr } = cli('validate', invalidDate(), bad());
      assert.equal(status, 1);
      assert.equal(stdout, '');
      const lines = stderr.trim().split('\n');
      assert.match(lines[0], /^✗ .*feb-30\.json: Die Widgets können diese Veranstaltung nicht anzeigen\.$/);
      assert.match(lines[1], /^ {2}Fehler {2}startDate: "2027-02-30T09:00" ist kein gültiges Datum/);
      assert.ok(lines.some((line) => /^✗ .*wrong-types\.json: Die Widgets können diese Veranstaltung nicht anzeigen\.$/.test(line)));
      const english = cli('validate', '--lang', 'en', invalidDate()).stderr.split('\n');
      assert.match(english[0], /^✗ .*feb-30\.json: The widgets cannot show this event\.$/);
      assert.match(english[1], /^ {2}error {3}startDate: "2027-02-30T09:00" is not a date/);
    });

    it(`${how}: structured-data prints the block for a page's head, and says in German why it cannot`, () => {
      const { status, stdout, stderr } = cli('structured-data', good());
      assert.equal(status, 0, stderr);
      assert.match(stdout, /^<script type="application\/ld\+json">\n\{/);
      const event = JSON.parse(stdout.slice(stdout.indexOf('\n') + 1, stdout.lastIndexOf('</script>')));
      assert.deepEqual([event['@type'], event.name, event.startDate], ['Event', 'Polizeitage Hamburg', '2024-11-06T08:30:00+01:00']);
      const missing = cli('structured-data', join(project, 'nowhere.json'));
      assert.equal(missing.status, 2);
      assert.match(missing.stderr, /nowhere\.json: nicht lesbar \(ENOENT\)/);
    });

    it(`${how}: 2 for a missing file or a wrong command`, () => {
      const missing = cli('validate', good(), join(project, 'nowhere.json'));
      assert.equal(missing.status, 2);
      assert.match(missing.stderr, /✗ .*nowhere\.json: kann nicht gelesen werden \(ENOENT\)/);
      assert.equal(cli().status, 2);
      assert.equal(cli('check', good()).status, 2);
      assert.equal(cli('--help').status, 0);
    });
  }

  it('--json gives machines one report', () => {
    const { status, stdout } = run('npx', ['--no-install', 'event-widgets', 'validate', '--json', good(), invalidDate()]);
    assert.equal(status, 1);
    const report = JSON.parse(stdout);
    assert.equal(report.ok, false);
    assert.deepEqual(report.files.map((f) => f.status), ['ok', 'invalid']);
    assert.deepEqual(report.files[0].event, { name: 'Polizeitage Hamburg', start: '2024-11-06T07:30:00.000Z', sessions: 14 });
    assert.deepEqual(report.files[1].issues[0], { level: 'error', path: 'startDate', message: report.files[1].issues[0].message });
    assert.match(report.files[1].issues[0].message, /is not a date/);
  });
});

describe('types, installed', () => {
  const tsc = (dir) => run(join(project, 'node_modules/.bin/tsc'), ['-p', dir]);
  for (const dir of ['vite-ts', 'classes', 'react', 'preact', 'solid']) {
    it(`type-checks the ${dir} project (one element's entry, JSX tags with their attribute values)`, () => {
      const { status, stdout } = tsc(dir);
      assert.equal(status, 0, stdout);
    });
  }

  it('a Vite app builds with one element from the package', () => {
    const { status, stderr } = run(join(project, 'node_modules/.bin/vite'), ['build', '--logLevel', 'error'], { cwd: join(project, 'vite-ts') });
    assert.equal(status, 0, stderr);
    assert.doesNotMatch(stderr, /sourcemap|source map/i);
  });
});

describe('Node and server-side rendering, installed', () => {
  it('imports every entry in Node', () => {
    const { status, stdout, stderr } = run('node', ['node-entries.mjs']);
    assert.equal(status, 0, stderr);
    const counts = JSON.parse(stdout);
    for (const entry of Object.keys(own.exports).filter((e) => e !== './bundle' && !e.startsWith('./jsx'))) assert.ok(counts[entry] > 0 || counts[entry] === 'registered', `${entry} exports something or registers its tag`);
  });

  it('renders every element to declarative shadow DOM with @lit-labs/ssr', () => {
    const { status, stdout, stderr } = run('node', ['ssr.mjs', 'event.json']);
    assert.equal(status, 0, stderr);
    const html = JSON.parse(stdout);
    const text = (tag) => html[tag].replace(/<style>[^]*?<\/style>/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    for (const tag of ['ev-card', 'ev-countdown', 'ev-agenda', 'ev-registration', 'ev-event', 'src', 'attributes']) {
      assert.match(html[tag], /<template shadowroot="open" shadowrootmode="open"[^>]*>/, tag);
    }
    assert.match(text('ev-card'), /Polizeitage Hamburg .*Grand Elysée Hamburg/);
    assert.match(text('ev-agenda'), /Programm .*Begrüßung/);
    // "01 Stunde" in the hour before the event's time of day, "Stunden" otherwise.
    assert.match(text('ev-countdown'), /\d+ Tage \d+ Stunden? \d+ Minuten?/);
    assert.match(html['ev-registration'], /<form[^>]*>/);
    assert.match(text('ev-registration'), /E-Mail/);
    assert.match(text('attributes'), /Noch [\d.]+ Tage/);
    // Without data of their own, the server renders the frame and the browser fills it.
    assert.match(text('src'), /Veranstaltungsdaten werden geladen/);
    assert.doesNotMatch(text('src'), /Polizeitage/);
    assert.match(text('ev-event'), /Veranstaltungsdaten werden geladen/);
  });

  it('hydrates the server’s HTML in a browser: the same nodes, no request, no error', async () => {
    const page = run('node', ['ssr.mjs', 'event.json', '--page']);
    assert.equal(page.status, 0, page.stderr);
    await build({ entryPoints: [join(project, 'client.mjs')], bundle: true, format: 'esm', outfile: join(project, 'client.js'), absWorkingDir: project, logLevel: 'error' });
    const requests = [];
    const server = createServer((req, res) => {
      requests.push(req.url);
      const file = { '/': 'hydrate.html', '/client.js': 'client.js' }[req.url];
      if (!file) return res.writeHead(req.url === '/favicon.ico' ? 204 : 404).end();
      res.writeHead(200, { 'content-type': file.endsWith('.js') ? 'text/javascript' : 'text/html; charset=utf-8' }).end(readFileSync(join(project, file)));
    });
    await new Promise((done) => server.listen(0, '127.0.0.1', done));
    const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: chromiumArgs });
    try {
      const tab = await browser.newPage();
      const problems = [];
      tab.on('pageerror', (error) => problems.push(error.message));
      tab.on('console', (message) => ['error', 'warning'].includes(message.type()) && problems.push(message.text()));
      await tab.goto(`http://127.0.0.1:${server.address().port}/`);
      const result = await tab.evaluate(async () => {
        const widgets = [...document.querySelectorAll('ev-card, ev-countdown, ev-agenda, ev-registration')];
        await Promise.all(widgets.map((el) => customElements.whenDefined(el.localName).then(() => el.updateComplete)));
        return {
          kept: window.ssrNodes.map((node) => node?.isConnected === true),
          // The agenda's change marks come in the browser only (no earlier visit on the server): their live region is new.
          counts: widgets.map((el, i) => el.shadowRoot.querySelectorAll('*:not([part~="changes-announcement"])').length - window.ssrCounts[i]),
          card: document.querySelector('ev-card').shadowRoot.querySelector('h2')?.textContent,
          hydrated: widgets.map((el) => !el.hasAttribute('defer-hydration') && el.shadowRoot.querySelectorAll('template').length === 0),
        };
      });
      assert.deepEqual(problems, []);
      assert.deepEqual(result.kept, [true, true, true, true], 'the server’s nodes stay: no second render, no flash');
      assert.deepEqual(result.counts, [0, 0, 0, 0], 'nothing rendered twice');
      assert.match(result.card, /Polizeitage Hamburg/);
      assert.deepEqual(result.hydrated, [true, true, true, true]);
      assert.deepEqual(requests.filter((url) => url !== '/favicon.ico'), ['/', '/client.js'], 'no request for data');
    } finally {
      await browser.close();
      server.close();
    }
  });
});
