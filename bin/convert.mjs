// `npx event-widgets convert FILE|URL [--name …] [--zone …] [--place …]`: reads a programme in the
// format an organiser keeps it (frab's and pretalx's schedule.json, frab's schedule.xml, a calendar
// (.ics), a spreadsheet saved as CSV in UTF-8 or Windows-1252; schema.org JSON-LD passes as it is)
// and prints schema.org Event JSON-LD on stdout, exit 0. Exit 1, with one message per problem (its
// place in the file) and nothing on stdout, when it cannot be read; 2 when the file cannot be
// opened. Warnings go to stderr. German unless the environment asks for English.
import { loadSource, terminal } from './source.mjs';
import { languageOf } from './validate.mjs';

const TEXTS = {
  de: {
    usage: 'Aufruf: event-widgets convert DATEI|URL [--name "Name"] [--zone Europe/Berlin] [--place "Ort"]',
    unreadable: (source, why) => `${source}: nicht lesbar (${why})`,
    readAs: (source, format, count, encoding) =>
      format === 'icalendar'
        ? `${source}: gelesen als Kalender (iCalendar), ${count} ${count === 1 ? 'Termin' : 'Termine'}`
        : `${source}: gelesen als ${format === 'spreadsheet' ? `Tabelle (CSV, ${encoding})` : format}, ${count} ${count === 1 ? 'Programmpunkt' : 'Programmpunkte'}`,
    failed: (source) => `${source}: nicht umgewandelt.`,
  },
  en: {
    usage: 'Usage: event-widgets convert FILE|URL [--name "Name"] [--zone Europe/Berlin] [--place "Venue"]',
    unreadable: (source, why) => `${source}: cannot be read (${why})`,
    readAs: (source, format, count, encoding) =>
      format === 'icalendar'
        ? `${source}: read as a calendar (iCalendar), ${count} ${count === 1 ? 'date' : 'dates'}`
        : `${source}: read as ${format === 'spreadsheet' ? `a spreadsheet (CSV, ${encoding})` : format}, ${count} ${count === 1 ? 'session' : 'sessions'}`,
    failed: (source) => `${source}: not converted.`,
  },
};

/** `--key value` pairs and the one source. */
function readArguments(args) {
  const options = {};
  const sources = [];
  for (let i = 0; i < args.length; i++) {
    const flag = /^--(name|zone|place)$/.exec(args[i]);
    if (flag && args[i + 1] !== undefined) options[{ name: 'name', zone: 'timeZone', place: 'place' }[flag[1]]] = args[++i];
    else sources.push(args[i]);
  }
  return { options, sources };
}

export async function main(args, io = terminal, env = process.env) {
  const texts = TEXTS[languageOf(env)];
  const { options, sources } = readArguments(args);
  if (sources.length !== 1 || sources[0].startsWith('-')) {
    io.stderr(texts.usage);
    return 2;
  }
  const [source] = sources;
  let bytes;
  try {
    ({ bytes } = await loadSource(source));
  } catch (error) {
    io.stderr(texts.unreadable(source, error.code ?? error.message));
    return 2;
  }
  const { convertFile } = await import(new URL('../dist/convert.js', import.meta.url).href);
  const { json, format, issues, encoding } = convertFile(bytes, options);
  for (const issue of issues) io.stderr(`${source}: ${issue.level === 'error' ? '✗' : '!'} ${issue.path || '(root)'}: ${issue.message}`);
  if (!json || issues.some((i) => i.level === 'error')) {
    io.stderr(texts.failed(source));
    return 1;
  }
  // A calendar counts its dates (a single event is one); the other formats their sessions.
  const count = Array.isArray(json.subEvent) ? json.subEvent.length : format === 'icalendar' ? 1 : 0;
  io.stderr(texts.readAs(source, format, count, encoding));
  io.stdout(`${JSON.stringify(json, null, 2)}\n`);
  return 0;
}
