// `event-widgets validate`: checks event data before publishing, with the messages the widgets
// would give. Each file's verdict comes first, with the event's date as the widgets show it, then
// every problem found; a file that cannot be shown is reported on stderr. German unless the
// machine's locale is English or `--lang en` is given. Exit codes: 0 all files can be shown, 1 at
// least one cannot, 2 a file is missing or the command is wrong. `--json` prints one report for
// machines (its messages in English, as the widgets log them).
import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';

const TEXTS = {
  de: {
    usage: `Aufruf: event-widgets validate [--json] [--lang de|en] <veranstaltung.json> [weitere.json …]
        Prüft schema.org-Event-JSON-LD so, wie die Widgets es lesen, und nennt jede Stelle, die nicht stimmt.
        Exit-Code 0: jede Datei kann angezeigt werden; 1: eine nicht; 2: eine Datei fehlt oder ist nicht lesbar.
       event-widgets structured-data [--series|--event] <veranstaltung.json|URL>
        Gibt den Block für Suchmaschinen aus (<script type="application/ld+json">), für den Kopf einer Seite.
       event-widgets convert <schedule.json|schedule.xml|programm.csv|kalender.ics|URL> [--name …] [--zone …] [--place …]
        Wandelt ein Programm aus frab oder pretalx (schedule.json, schedule.xml), einer Tabelle (CSV) oder einem Kalender (.ics) in schema.org-JSON-LD um.`,
    event: (name, date, sessions) => `„${name}", ${date}, ${sessions} ${sessions === 1 ? 'Programmpunkt' : 'Programmpunkte'}`,
    series: (name, events) => `Reihe „${name}", ${events} ${events === 1 ? 'Veranstaltung' : 'Veranstaltungen'}`,
    counts: (errors, warnings) => [errors && `${errors} Fehler`, warnings && `${warnings} ${warnings === 1 ? 'Hinweis' : 'Hinweise'}`],
    cannotShow: 'Die Widgets können diese Veranstaltung nicht anzeigen.',
    readAs: (format) => ({ spreadsheet: '(gelesen als Tabelle, CSV)', icalendar: '(gelesen als Kalender, iCalendar)' })[format] ?? `(gelesen als ${format} von frab/pretalx)`,
    missing: (code) => `kann nicht gelesen werden (${code})`,
    notJson: (why) => `ist kein JSON (${why})`,
    error: 'Fehler',
    warning: 'Hinweis',
    root: '(Dokument)',
  },
  en: {
    usage: `Usage: event-widgets validate [--json] [--lang de|en] <event.json> [more.json …]
       Checks schema.org Event JSON-LD as the widgets read it, and names every place that is wrong.
       Exit code 0: every file can be shown; 1: one cannot; 2: a file is missing or unreadable.
       event-widgets structured-data [--series|--event] <event.json|URL>
       Prints the block for search engines (<script type="application/ld+json">), for a page's head.
       event-widgets convert <schedule.json|schedule.xml|programm.csv|kalender.ics|URL> [--name …] [--zone …] [--place …]
       Converts a frab or pretalx programme (schedule.json, schedule.xml), a spreadsheet (CSV) or a calendar (.ics) into schema.org JSON-LD.`,
    event: (name, date, sessions) => `"${name}", ${date}, ${sessions} ${sessions === 1 ? 'session' : 'sessions'}`,
    series: (name, events) => `series "${name}", ${events} ${events === 1 ? 'event' : 'events'}`,
    counts: (errors, warnings) => [errors && `${errors} ${errors === 1 ? 'error' : 'errors'}`, warnings && `${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`],
    cannotShow: 'The widgets cannot show this event.',
    readAs: (format) => ({ spreadsheet: '(read as a spreadsheet, CSV)', icalendar: '(read as a calendar, iCalendar)' })[format] ?? `(read as a frab/pretalx ${format})`,
    missing: (code) => `cannot be read (${code})`,
    notJson: (why) => `is not JSON (${why})`,
    error: 'error',
    warning: 'warning',
    root: '(root)',
  },
};

/** The language of the machine's locale (LC_ALL, then LC_MESSAGES, then LANG): English only when it says so. */
export function languageOf(env) {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^en([_.@-]|$)/i.test(locale) ? 'en' : 'de';
}

/**
 * Reads and checks one file: `{ file, status: 'ok' | 'invalid' | 'missing', event?, error?, issues }`;
 * `error` says why a file could not be read at all.
 */
/** A series file: an EventSeries whose events are its subEvents, which `<ev-series>` shows as a list. */
const isSeries = (json) => [json?.['@type']].flat().some((t) => typeof t === 'string' && t.endsWith('EventSeries')) && Array.isArray(json.subEvent);

async function check(file, { normalizeEvent, normalizeEvents }, convert) {
  let bytes;
  try {
    bytes = await readFile(resolve(file));
  } catch (error) {
    return { file, status: 'missing', error: { missing: error.code ?? error.message }, issues: [] };
  }
  // As readFile(…, 'utf8') gives it: a BOM stays, and JSON.parse refuses it as before.
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  let json;
  let converted;
  try {
    json = JSON.parse(text);
    // A programme exported by frab or pretalx is read as the widgets will read it once converted (`convert`).
    converted = convert.convert(json);
  } catch (error) {
    // Not JSON: a calendar (.ics) or a spreadsheet saved as CSV is read as such; anything else is not JSON.
    const other = /^\s*[[{]/.test(text) ? undefined : convert.convertFile(bytes);
    if (!other?.format) return { file, status: 'invalid', error: { notJson: other?.issues[0]?.message ?? error.message }, issues: [] };
    converted = other;
  }
  const readAs = converted.format && converted.format !== 'json-ld' ? { readAs: converted.format } : {};
  const conversionIssues = readAs.readAs ? converted.issues.map(({ level, path, message }) => ({ level, path, message })) : [];
  if (readAs.readAs && !converted.json) return { file, status: 'invalid', ...readAs, issues: conversionIssues };
  if (readAs.readAs) json = converted.json;
  // Relative links resolve against where the file will be published, as they do in the widgets;
  // on a partner's site that is not the organiser's page, so each one is worth a warning.
  const options = { baseUrl: `https://your-site.example/${basename(file)}`, portable: true };
  if (isSeries(json)) {
    const { events, issues } = normalizeEvents(json, options);
    const series = { name: json.name, events: events.length };
    return { file, status: events.length ? 'ok' : 'invalid', ...readAs, ...(events.length && { series }), issues: [...conversionIssues, ...issues.map(({ level, path, message }) => ({ level, path, message }))] };
  }
  const { event, issues } = normalizeEvent(json, options);
  const summary = event && { name: event.name, start: new Date(event.start).toISOString(), sessions: event.sessions.length, ...(event.schedules && { schedules: event.schedules.length }) };
  // `shown`, the event as the widgets read it, gives the date line; `--json` leaves it out.
  return { file, status: event ? 'ok' : 'invalid', ...readAs, ...(summary && { event: summary, shown: event }), issues: [...conversionIssues, ...issues.map(({ level, path, message }) => ({ level, path, message }))] };
}

/**
 * How a report is printed in `lang`: the date line as the widgets show it, in the event's own
 * zone (named when it is not Berlin's), and the data messages in an editor's German
 * (dist/issue-texts.js, the builder's words) or as the widgets log them in English.
 */
function printer(lang, { formatEventDate }, { translateIssue, translatePath }) {
  const texts = TEXTS[lang];
  const dateLine = (event) => {
    const date = formatEventDate(event, event.timeZone, lang);
    return event.timeZone === 'Europe/Berlin' ? date : `${date} (${event.timeZone})`;
  };
  const message = (text) => (lang === 'de' ? translateIssue(text, 'de') ?? text : text);
  const verdict = ({ file, event, shown, series, error, issues, readAs }) => {
    const errors = issues.filter((issue) => issue.level === 'error').length;
    const counts = texts.counts(errors, issues.length - errors).filter(Boolean).map((count) => `, ${count}`).join('');
    const read = readAs ? ` ${texts.readAs(readAs)}` : '';
    if (series) return `✓ ${file}: ${texts.series(series.name, series.events)}${counts}${read}`;
    if (error) return `✗ ${file}: ${error.missing === undefined ? texts.notJson(message(error.notJson)) : texts.missing(error.missing)}`;
    if (!event) return `✗ ${file}: ${texts.cannotShow}`;
    return `✓ ${file}: ${texts.event(event.name, dateLine(shown), event.sessions)}${counts}${read}`;
  };
  const width = Math.max(texts.error.length, texts.warning.length);
  return (report, { stdout, stderr }) => {
    const out = report.status === 'ok' ? stdout : stderr;
    out(verdict(report));
    for (const issue of report.issues) {
      out(`  ${(issue.level === 'error' ? texts.error : texts.warning).padEnd(width)} ${translatePath(issue.path, lang) || texts.root}: ${message(issue.message)}`);
    }
  };
}

/** `--json`, `--lang de|en` and the rest of the command line; `lang` undefined when it names another language. */
function readArguments(args, env) {
  const rest = [];
  let json = false;
  let lang = languageOf(env);
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--json') json = true;
    else if (args[i] === '--lang') lang = TEXTS[args[++i]] ? args[i] : undefined;
    else rest.push(args[i]);
  }
  return { json, lang, rest };
}

/**
 * Runs the command line `args` and returns the exit code. `io` receives the lines
 * (default: the process's stdout and stderr); `env` gives the locale (default: the process's).
 */
export async function main(args, io = { stdout: (line) => process.stdout.write(`${line}\n`), stderr: (line) => process.stderr.write(`${line}\n`) }, env = process.env) {
  const { json, lang, rest: [command, ...files] } = readArguments(args, env);
  const texts = TEXTS[lang ?? languageOf(env)];
  if (lang && (command === '--help' || command === '-h')) {
    io.stdout(texts.usage);
    return 0;
  }
  if (!lang || command !== 'validate' || files.length === 0 || files.some((file) => file.startsWith('-'))) {
    io.stderr(texts.usage);
    return 2;
  }
  const protocol = await import(new URL('../dist/protocol.js', import.meta.url).href);
  await protocol.loadExtras(); // recurring events (eventSchedule) are read as the widgets read them
  const reports = [];
  const convert = await import(new URL('../dist/convert.js', import.meta.url).href);
  for (const file of files) reports.push(await check(file, protocol, convert));
  if (json) io.stdout(JSON.stringify({ ok: reports.every((r) => r.status === 'ok'), files: reports.map(inReport) }, null, 2));
  else {
    const print = printer(lang, protocol, await import(new URL('../dist/issue-texts.js', import.meta.url).href));
    for (const report of reports) print(report, io);
  }
  if (reports.some((r) => r.status === 'missing')) return 2;
  return reports.some((r) => r.status === 'invalid') ? 1 : 0;
}

/** A file's report as `--json` has always given it: `error` a sentence in English, no `shown`. */
function inReport({ error, ...report }) {
  delete report.shown;
  if (!error) return report;
  return { ...report, error: error.missing === undefined ? TEXTS.en.notJson(error.notJson) : TEXTS.en.missing(error.missing) };
}
