// `npx event-widgets structured-data FILE|URL`: prints the <script type="application/ld+json">
// block(s) that the `structured-data` attribute writes, for pages that render on the server or
// without JavaScript (docs/ssr.md). `--series` writes every coming date of a list or a recurring
// event, `--event` the one event a card shows; by default a list gives its dates, an event itself.
// It reads what `convert` reads: JSON-LD, a schedule.json, a spreadsheet (CSV), a calendar (.ics).
// Messages in German unless the environment asks for English (as `validate`).
import { loadSource, terminal } from './source.mjs';
import { languageOf } from './validate.mjs';

const TEXTS = {
  de: {
    usage: 'Aufruf: event-widgets structured-data [--series|--event] DATEI|URL',
    unreadable: (source, why) => `${source}: nicht lesbar (${why})`,
    notJson: (source, why) => `${source}: nicht lesbar als Veranstaltungsdaten (${why})`,
    nothing: (source) => `${source}: keine Veranstaltung, für die Suchmaschinen einen Eintrag annehmen; nichts ausgegeben.`,
  },
  en: {
    usage: 'Usage: event-widgets structured-data [--series|--event] FILE|URL',
    unreadable: (source, why) => `${source}: cannot be read (${why})`,
    notJson: (source, why) => `${source}: not readable as event data (${why})`,
    nothing: (source) => `${source}: no event search engines would accept; nothing printed.`,
  },
};

export async function main(args, io = terminal, env = process.env) {
  const texts = TEXTS[languageOf(env)];
  const mode = args.includes('--series') ? 'series' : args.includes('--event') ? 'event' : undefined;
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(`${texts.usage}\n`);
    return 0;
  }
  const sources = args.filter((a) => !a.startsWith('-'));
  if (sources.length !== 1) {
    io.stderr(texts.usage);
    return 2;
  }
  const [source] = sources;
  let loaded;
  try {
    loaded = await loadSource(source);
  } catch (error) {
    io.stderr(texts.unreadable(source, error.code ?? error.message));
    return 2;
  }
  // Any format `convert` reads: JSON-LD as it is, an organiser's export converted first.
  const { convertFile } = await import(new URL('../dist/convert.js', import.meta.url).href);
  const { json, issues: read } = convertFile(loaded.bytes);
  if (json === undefined) {
    io.stderr(texts.notJson(source, read.map((i) => i.message).join('; ')));
    return 1;
  }
  const { structuredData, structuredDataHtml } = await import(new URL('../dist/structured-data.js', import.meta.url).href);
  const options = { baseUrl: loaded.baseUrl, mode };
  const { events, issues } = await structuredData(json, options);
  for (const issue of issues) if (issue.level === 'error' || /no block is written/.test(issue.message)) io.stderr(`${source}: ${issue.path || '(root)'}: ${issue.message}`);
  if (events.length === 0) {
    io.stderr(texts.nothing(source));
    return 1;
  }
  io.stdout(await structuredDataHtml(json, options));
  return 0;
}
