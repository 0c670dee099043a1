// What `npm install event-widgets` delivers: `node --test test/package/` (after `npm run build`).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { describe, it } from 'node:test';
import { languageOf, main } from '../../bin/validate.mjs';
// Built (npm run build): the builder's and validate's words for the data messages.
const { translateIssue } = await import('../../dist/issue-texts.js');

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

describe('package', () => {
  it('packs exactly dist/, types, the CLI, the manifest, README and licence', () => {
    const [{ files }] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }));
    const paths = files.map((f) => f.path).sort();
    const outside = paths.filter((p) => !/^(dist\/|bin\/(event-widgets|validate|structured-data|convert|source)\.mjs$|custom-elements\.json$|README\.md$|LICENSE$|package\.json$)/.test(p));
    assert.deepEqual(outside, []);
    for (const required of ['dist/event-widgets.js', 'dist/structured-data.js', 'bin/structured-data.mjs', 'bin/convert.mjs', 'dist/convert.js', 'dist/index.js', 'dist/types/index.d.ts', 'dist/event.schema.json', 'dist/vscode.html-custom-data.json', 'dist/jsx/global.d.ts', 'dist/jsx/react.d.ts', 'dist/jsx/preact.d.ts', 'dist/jsx/solid.d.ts', 'custom-elements.json', 'README.md', 'LICENSE']) {
      assert.ok(paths.includes(required), `${required} is packed`);
    }
    // Every map a shipped file names is shipped too, with its sources inside (src/ is not packed).
    for (const path of paths.filter((p) => p.endsWith('.js'))) {
      const url = readFileSync(path, 'utf8').match(/\/\/# sourceMappingURL=(\S+)\s*$/)?.[1];
      if (!url) continue;
      const map = posix.join(posix.dirname(path), url);
      assert.ok(paths.includes(map), `${path} names ${map}, which is packed`);
      const { sources, sourcesContent } = JSON.parse(readFileSync(map, 'utf8'));
      assert.equal(sourcesContent?.length, sources.length, `${map} carries its sources`);
    }
  });

  it('resolves every exports entry to a file', () => {
    for (const [entry, target] of Object.entries(pkg.exports)) {
      for (const file of typeof target === 'string' ? [target] : Object.values(target)) assert.ok(existsSync(file), `${entry} -> ${file}`);
    }
  });

  it('gives editors the tags and attribute values', () => {
    const data = JSON.parse(readFileSync('dist/vscode.html-custom-data.json', 'utf8'));
    const card = data.tags.find((t) => t.name === 'ev-card');
    assert.deepEqual(card.attributes.find((a) => a.name === 'variant').values, [{ name: 'full' }, { name: 'compact' }]);
    assert.deepEqual(data.tags.map((t) => t.name).sort(), ['ev-agenda', 'ev-card', 'ev-countdown', 'ev-event', 'ev-now', 'ev-registration', 'ev-series']);
    assert.match(readFileSync('dist/jsx/react.d.ts', 'utf8'), /declare module 'react' \{\n  namespace JSX \{\n    interface IntrinsicElements \{\n(.*\n)*      'ev-countdown': EventWidgetsTags\['ev-countdown'\]\['attributes'\]/);
  });
});

describe('npx event-widgets validate', () => {
  /** Runs the command; `out` is stdout, `err` stderr, `all` both in the order written. */
  const run = async (...args) => {
    const out = [];
    const err = [];
    const all = [];
    const code = await main(args, { stdout: (line) => all.push(out.push(line) && line), stderr: (line) => all.push(err.push(line) && line) });
    return { code, out: out.join('\n'), err: err.join('\n'), all: all.join('\n') };
  };

  it('speaks German to editors: the verdict with the date as the widgets show it, in the event\'s zone', async () => {
    const { code, out } = await run('validate', '--lang', 'de', 'demo/data/polizeitage-hamburg-2024.json');
    assert.equal(code, 0);
    assert.equal(out, '✓ demo/data/polizeitage-hamburg-2024.json: „Polizeitage Hamburg", Mittwoch, 6. November 2024, 08:30–17:30 Uhr, 14 Programmpunkte');
  });

  it('speaks English with --lang en', async () => {
    const { code, out } = await run('validate', '--lang', 'en', 'demo/data/polizeitage-hamburg-2024.json');
    assert.equal(code, 0);
    assert.equal(out, '✓ demo/data/polizeitage-hamburg-2024.json: "Polizeitage Hamburg", Wednesday, 6 November 2024, 08:30–17:30, 14 sessions');
  });

  it('is German unless the machine\'s locale is English', () => {
    assert.equal(languageOf({}), 'de');
    assert.equal(languageOf({ LANG: 'C.UTF-8' }), 'de');
    assert.equal(languageOf({ LANG: 'de_DE.UTF-8' }), 'de');
    assert.equal(languageOf({ LANG: 'en_GB.UTF-8' }), 'en');
    assert.equal(languageOf({ LANG: 'de_DE.UTF-8', LC_MESSAGES: 'en_US.UTF-8' }), 'en');
    assert.equal(languageOf({ LANG: 'en_US.UTF-8', LC_ALL: 'de_AT.UTF-8' }), 'de');
  });

  it('lists every problem of a file in one run, the fatal one first among them', async () => {
    const { code, err } = await run('validate', '--lang', 'de', 'test/fixtures/three-problems.json');
    assert.equal(code, 1);
    assert.equal(err, [
      '✗ test/fixtures/three-problems.json: Die Widgets können diese Veranstaltung nicht anzeigen.',
      '  Fehler  startDate: "2024-13-45T25:00" ist kein gültiges Datum (erwartet z. B. "2024-11-06T09:00").',
      '  Hinweis subEvent[0]: Programmpunkt „Begrüßung“ ausgelassen: startDate: "gestern" ist kein gültiges Datum (erwartet z. B. "2024-11-06T09:00").',
      '  Hinweis url: "/polizeitage-musterstadt" ist ein relativer Link: auf anderen Seiten führt er zu https://your-site.example/polizeitage-musterstadt. Schreiben Sie die volle Adresse (https://…).',
    ].join('\n'));
  });

  it('has German words for every message the programme readers give, with lines and columns in German', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'validate-programmes-'));
    const files = {
      'fehler.csv': 'Veranstaltung;Polizeitage\nRaumplan;siehe unten\n\nDatum;Beginn;Ende;Dauer;Titel\n31.02.2024;09:00;10:00;;Begrüßung\n06.11.2024;9 Uhr;10:00;;Vortrag\n06.11.2024;09:00;;lang;Podium\n06.11.2024;09:00;zehn;;Workshop\n06.11.2024;09:00;10:00;;\n06.11.2024;11:00;12:00;;Abschluss\n',
      'ohne-name.csv': 'Datum;Beginn;Titel\n06.11.2024;09:00;Begrüßung\n',
      'ohne-kopf.csv': 'nur;Text\n',
      'leer.csv': 'Veranstaltung;Polizeitage\n\nDatum;Beginn;Titel\n31.02.2024;09:00;Begrüßung\n',
      'schedule.json': JSON.stringify({ schedule: { version: '1', conference: { title: 'Tagung', time_zone_name: 'Mitteleuropa', days: [{ index: 1, date: '2024-11-06', rooms: { 'Saal 1': [{ guid: 'a', title: 'Begrüßung', date: '2024-11-06T09:00:00+01:00', duration: 'lang' }, { guid: 'b', title: 'Vortrag', date: 'morgens', duration: '00:30' }, { guid: 'c', date: '2024-11-06T10:00:00+01:00', duration: '00:30' }] } }] } } }),
      'kein-titel.json': JSON.stringify({ schedule: { conference: { days: [] } } }),
      'kalender.ics': 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nX-WR-TIMEZONE:Mitteleuropa\r\nBEGIN:VEVENT\r\nUID:1\r\nDTSTART:20271110T083000Z\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:2\r\nSUMMARY:Sitzung\r\nDTSTART:20271111T083000Z\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:3\r\nRECURRENCE-ID:20271112T083000Z\r\nSUMMARY:Verlegt\r\nDTSTART:20271113T083000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n',
      'leer.ics': 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n',
      'seite.html': '<!doctype html><title>Anmeldung</title>',
    };
    for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
    const { all } = await run('validate', '--lang', 'de', ...Object.keys(files).map((name) => join(dir, name)));
    const english = all.split('\n').filter((line) => /^ {2}(Fehler|Hinweis)|^✗/.test(line) && /\b(is|are|not|no|expected|got|missing|left out|skipped|ignored|used|found|write|read|leads|gives|line|column|row|above|without)\b/.test(line.replace(/"[^"]*"|„[^“]*“|\([^)]*\.(csv|json|ics|html)\)|\/\S+/g, '')));
    assert.deepEqual(english, [], all);
    for (const phrase of ['Zeile 5, Spalte Datum', 'Zeile 6, Spalte Beginn', 'Zeile 7, Spalte Dauer', 'Zeile 8, Spalte Ende', 'Kein Titel', 'keine Angabe zur Veranstaltung', 'nennen Sie die Veranstaltung', 'Keine Kopfzeile', 'Keine Zeile unter der Kopfzeile', 'keine Zeitzone', 'keine Dauer', 'keine Zeitangabe mit Abstand zu UTC', 'fehlt; der Programmpunkt', 'braucht einen Titel', 'Keine Tage', 'ohne Titel (SUMMARY)', 'ohne seine Terminreihe', 'weder eine IANA- noch eine Windows-Zeitzone', 'keine Termine (VEVENT)', 'eine HTML-Seite oder XML']) {
      assert.ok(all.includes(phrase), `${phrase} is missing from:\n${all}`);
    }
  });

  it('has German words for every message the widgets can give', async () => {
    const text = join(mkdtempSync(join(tmpdir(), 'validate-')), 'text.json');
    writeFileSync(text, '"Polizeitage"');
    const files = [text, ...readdirSync('test/fixtures').filter((f) => f.endsWith('.json')).map((f) => `test/fixtures/${f}`)];
    const { all } = await run('validate', '--lang', 'de', ...files);
    const english = all.split('\n').filter((line) => /^ {2}(Fehler|Hinweis)/.test(line) && /\b(is|are|not|expected|got|missing|left out|skipped|ignored|used|found|write|read|leads|gives|an? [A-Z]\w+)\b/.test(line.replace(/"[^"]*"|„[^“]*“/g, '')));
    assert.deepEqual(english, []);
    // One message needs an event id, which only the widgets give (<ev-series> handing an event on).
    assert.equal(translateIssue('no event with @id, identifier or url "x"; showing the next one instead', 'de'), 'Keine Veranstaltung mit der Kennung „x“; die nächste wird gezeigt.');
    // every-problem.json reaches the messages that are hard to reach: each appears in German.
    for (const phrase of ['kein JSON-Objekt (sondern Text)', 'Keine Veranstaltung gefunden', 'Ort (Place)', 'Angebot (Offer)', 'zweifach lesen', 'kein Wochentag', 'keine Zeitzone', 'Ohne "@type"', 'ergibt keinen Termin', 'keine Wiederholung', 'keine gültigen Koordinaten', 'keine ganze Zahl', 'Programmpunkt ausgelassen: name: Angabe fehlt']) {
      assert.ok(all.includes(phrase), `${phrase} is missing from:\n${all}`);
    }
  });

  it('prints the widgets\' messages and exits 1 on errors', async () => {
    const { code, out, err, all } = await run('validate', '--lang', 'en', 'test/fixtures/bad-session.json', 'test/fixtures/wrong-types.json', 'test/fixtures/malformed.json');
    assert.equal(code, 1);
    assert.match(out, /^✓ test\/fixtures\/bad-session\.json: .*\n(.*\n)* {2}warning subEvent\[2\]: startDate: "2024-11-32T09:00" is not a date/);
    assert.match(err, /^✗ test\/fixtures\/wrong-types\.json: The widgets cannot show this event\.\n(.*\n)* {2}error {3}name: expected text, got an object/);
    assert.match(err, /✗ test\/fixtures\/malformed\.json: is not JSON/);
    assert.ok(all.indexOf('✗ test/fixtures/wrong-types.json') < all.indexOf('error   name'), 'the verdict comes before its messages');
  });

  it('warns about relative links, which lead elsewhere on a partner site', async () => {
    const { code, out } = await run('validate', '--lang', 'en', 'test/fixtures/relative-links.json');
    assert.equal(code, 0);
    assert.match(out, /warning url: "\/polizeitage-musterstadt" is a relative link: on other sites it leads to https:\/\/your-site\.example\/polizeitage-musterstadt; write the full address/);
    assert.match(out, /warning offers\[0\]\.url: "#anmeldung" is a relative link/);
  });

  it('finds no relative link in any demo data file', async () => {
    // Series files (demo/data/series/) included: the widgets read them too.
    const files = readdirSync('demo/data', { recursive: true }).filter((f) => f.endsWith('.json')).map((f) => `demo/data/${f}`);
    const { code, out } = await run('validate', '--lang', 'en', ...files);
    assert.equal(code, 0);
    assert.doesNotMatch(out, /relative link/);
  });

  it('checks a series file as <ev-series> reads it: every event of the EventSeries', async () => {
    const { code, out } = await run('validate', '--lang', 'de', 'demo/data/series/polizeitage.json');
    assert.equal(code, 0);
    assert.match(out, /✓ demo\/data\/series\/polizeitage\.json: Reihe „Polizeitage", 5 Veranstaltungen/);
  });

  it('explains its use', async () => {
    assert.equal((await run('--lang', 'de')).code, 2);
    assert.match((await run('--lang', 'de')).err, /Aufruf: event-widgets validate/);
    assert.match((await run('--help', '--lang', 'de')).out, /Aufruf: event-widgets validate/);
    assert.match((await run('--help', '--lang', 'en')).out, /Usage: event-widgets validate/);
    assert.equal((await run('validate', '--lang', 'fr', 'demo/data/polizeitage-hamburg-2024.json')).code, 2);
    assert.equal((await run('validate', 'test/fixtures/nowhere.json')).code, 2);
  });
});
