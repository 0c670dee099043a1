// `event-widgets validate`: checks event data before publishing, with the messages the widgets
// would give. Each file's verdict comes first, then its messages; a file that cannot be shown is
// reported on stderr. Exit codes: 0 all files can be shown, 1 at least one cannot,
// 2 a file is missing or the command is wrong. `--json` prints one report for machines.
import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';

export const usage = `Usage: event-widgets validate [--json] <event.json> [more.json …]
       Checks schema.org Event JSON-LD as the widgets read it.
       Exit code 0: every file can be shown; 1: one cannot; 2: a file is missing or unreadable.`;

/**
 * Reads and checks one file: `{ file, status: 'ok' | 'invalid' | 'missing', event?, error?, issues }`;
 * `error` says why a file could not be read at all.
 */
/** A series file: an EventSeries whose events are its subEvents, which `<ev-series>` shows as a list. */
const isSeries = (json) => [json?.['@type']].flat().some((t) => typeof t === 'string' && t.endsWith('EventSeries')) && Array.isArray(json.subEvent);

async function check(file, { normalizeEvent, normalizeEvents }) {
  let text;
  try {
    text = await readFile(resolve(file), 'utf8');
  } catch (error) {
    return { file, status: 'missing', error: `cannot be read (${error.code ?? error.message})`, issues: [] };
  }
  let json;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { file, status: 'invalid', error: `is not JSON (${error.message})`, issues: [] };
  }
  // Relative links resolve against where the file will be published, as they do in the widgets;
  // on a partner's site that is not the organiser's page, so each one is worth a warning.
  const options = { baseUrl: `https://your-site.example/${basename(file)}`, portable: true };
  if (isSeries(json)) {
    const { events, issues } = normalizeEvents(json, options);
    const series = { name: json.name, events: events.length };
    return { file, status: events.length ? 'ok' : 'invalid', ...(events.length && { series }), issues: issues.map(({ level, path, message }) => ({ level, path, message })) };
  }
  const { event, issues } = normalizeEvent(json, options);
  const summary = event && { name: event.name, start: new Date(event.start).toISOString(), sessions: event.sessions.length, ...(event.schedules && { schedules: event.schedules.length }) };
  return { file, status: event ? 'ok' : 'invalid', ...(summary && { event: summary }), issues: issues.map(({ level, path, message }) => ({ level, path, message })) };
}

function verdict({ file, event, series, error, issues }) {
  if (series) return `✓ ${file}: series "${series.name}", ${series.events} event(s)${issues.length ? `, ${issues.length} warning(s)` : ''}`;
  if (!event) return `✗ ${file}: ${error ?? 'the widgets cannot show this event'}`;
  const warnings = issues.length ? `, ${issues.length} warning(s)` : '';
  return `✓ ${file}: "${event.name}", ${event.start}, ${event.sessions} session(s)${warnings}`;
}

function print(report, { stdout, stderr }) {
  const out = report.status === 'ok' ? stdout : stderr;
  out(verdict(report));
  for (const issue of report.issues) out(`  ${issue.level === 'error' ? 'error  ' : 'warning'} ${issue.path || '(root)'}: ${issue.message}`);
}

/**
 * Runs the command line `args` and returns the exit code. `io` receives the lines
 * (default: the process's stdout and stderr).
 */
export async function main(args, io = { stdout: (line) => process.stdout.write(`${line}\n`), stderr: (line) => process.stderr.write(`${line}\n`) }) {
  const json = args.includes('--json');
  const [command, ...files] = args.filter((arg) => arg !== '--json');
  if (command === '--help' || command === '-h') {
    io.stdout(usage);
    return 0;
  }
  if (command !== 'validate' || files.length === 0 || files.some((file) => file.startsWith('-'))) {
    io.stderr(usage);
    return 2;
  }
  const protocol = await import(new URL('../dist/protocol.js', import.meta.url).href);
  await protocol.loadExtras(); // recurring events (eventSchedule) are read as the widgets read them
  const reports = [];
  for (const file of files) reports.push(await check(file, protocol));
  if (json) io.stdout(JSON.stringify({ ok: reports.every((r) => r.status === 'ok'), files: reports }, null, 2));
  else for (const report of reports) print(report, io);
  if (reports.some((r) => r.status === 'missing')) return 2;
  return reports.some((r) => r.status === 'invalid') ? 1 : 0;
}
