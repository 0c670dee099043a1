/**
 * A programme kept in a spreadsheet and saved as CSV, as German Excel saves it (`;`, Windows-1252
 * or UTF-8 with BOM, CRLF) or as English tools do (`,`, UTF-8), read as schema.org Event JSON-LD.
 *
 * Columns (the header row, in either language, in any order): `Datum`/`Date`, `Beginn`/`Start`,
 * `Ende`/`End` or `Dauer`/`Duration` (minutes or hh:mm), `Titel`/`Title`, `Raum`/`Room`,
 * `Referenten`/`Speakers` (several as lines in one cell), `Beschreibung`/`Description`, and
 * optionally `Art`/`Kind`, `Thema`/`Topic`, `Sprache`/`Language`, `Link`. Dates as `dd.mm.yyyy` or
 * `yyyy-mm-dd`, times as `hh:mm`, in the event's zone.
 *
 * The event itself (name, place, address, zone, link) comes from the options, else from a short
 * block of `key;value` rows above the table (`Veranstaltung`, `Ort`, `Adresse`, `Zeitzone`, `Link`,
 * or `Event`, `Place`, `Address`, `Time zone`, `Link`); the zone defaults to Europe/Berlin. A row
 * that cannot be read is named by its line and column; the other rows still convert.
 */
import { compact, isoWithOffset } from '../structured-data.js';
import { DEFAULT_TIME_ZONE, isValidTimeZone, wallTimeToInstant } from '../time.js';
import type { DataIssue } from '../types.js';
import type { Converted, ScheduleOptions } from './schedule-json.js';

/** The text of a file's bytes: UTF-8 (a BOM dropped), else Windows-1252, Excel's plain "CSV" on German Windows. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'windows-1252' } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

/** A cell with the line it starts on (1-based, as an editor's program counts). */
export interface Cell {
  readonly value: string;
  readonly line: number;
}

/**
 * Splits CSV text into rows of cells (RFC 4180: quoted cells may hold the delimiter, quotes as
 * `""` and line breaks; CRLF or LF). Each row keeps the line it starts on.
 */
export function parseCsv(text: string, delimiter: string): Cell[][] {
  const rows: Cell[][] = [];
  let row: Cell[] = [];
  let value = '';
  let quoted = false;
  let line = 1;
  let cellLine = 1;
  const endCell = () => {
    row.push({ value, line: cellLine });
    value = '';
    cellLine = line;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        value += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        value += c;
      }
    } else if (c === '"' && value === '') quoted = true;
    else if (c === delimiter) endCell();
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endCell();
      rows.push(row);
      row = [];
      line++;
      cellLine = line;
    } else value += c;
  }
  if (value !== '' || row.length > 0) {
    endCell();
    rows.push(row);
  }
  return rows;
}

/** `;` when the first lines have more of them than commas (German Excel), else `,`. */
export function detectDelimiter(text: string): ';' | ',' {
  const head = text.split(/\r?\n/).slice(0, 20).join('\n');
  return (head.match(/;/g)?.length ?? 0) >= (head.match(/,/g)?.length ?? 0) ? ';' : ',';
}

const COLUMNS = {
  date: ['datum', 'date', 'tag', 'day'],
  start: ['beginn', 'start', 'von', 'from', 'uhrzeit', 'time'],
  end: ['ende', 'end', 'bis', 'to', 'until'],
  duration: ['dauer', 'duration', 'minuten', 'minutes'],
  title: ['titel', 'title', 'programmpunkt', 'session'],
  room: ['raum', 'room', 'saal', 'ort', 'location'],
  speakers: ['referenten', 'referentinnen', 'referent', 'referentin', 'sprecher', 'speakers', 'speaker', 'referierende'],
  description: ['beschreibung', 'description', 'inhalt', 'abstract'],
  kind: ['art', 'kind', 'format', 'typ', 'type'],
  topic: ['thema', 'topic', 'track', 'themenbereich'],
  language: ['sprache', 'language'],
  link: ['link', 'url', 'webseite', 'website'],
} as const;
type Column = keyof typeof COLUMNS;

const EVENT_KEYS: Record<string, keyof ScheduleOptions | 'address' | 'url'> = {
  veranstaltung: 'name', event: 'name', name: 'name', titel: 'name', title: 'name',
  ort: 'place', place: 'place', venue: 'place', veranstaltungsort: 'place',
  adresse: 'address', anschrift: 'address', address: 'address',
  zeitzone: 'timeZone', 'time zone': 'timeZone', timezone: 'timeZone',
  link: 'url', url: 'url', webseite: 'url', website: 'url',
};

const key = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ').replace(/:$/, '');

/** The header row: the first whose cells name a title and a date column. */
function headerOf(rows: Cell[][]): { index: number; columns: Partial<Record<Column, number>> } | undefined {
  for (let index = 0; index < rows.length; index++) {
    const columns: Partial<Record<Column, number>> = {};
    rows[index]!.forEach((cell, i) => {
      const name = key(cell.value);
      for (const [column, names] of Object.entries(COLUMNS) as [Column, readonly string[]][]) if (columns[column] === undefined && names.includes(name)) columns[column] = i;
    });
    if (columns.title !== undefined && columns.date !== undefined) return { index, columns };
  }
  return undefined;
}

/** `dd.mm.yyyy`, `d.m.yyyy` or `yyyy-mm-dd` as [year, month, day]. */
function dateOf(text: string): [number, number, number] | undefined {
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text.trim());
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  const [year, month, day] = german ? [Number(german[3]), Number(german[2]), Number(german[1])] : iso ? [Number(iso[1]), Number(iso[2]), Number(iso[3])] : [];
  if (year === undefined || month === undefined || day === undefined) return undefined;
  const check = new Date(Date.UTC(year, month - 1, day));
  return check.getUTCMonth() === month - 1 && check.getUTCDate() === day ? [year, month, day] : undefined;
}

/** `hh:mm` (or `hh.mm`, `hh:mm Uhr`) as [hour, minute]. */
function timeOf(text: string): [number, number] | undefined {
  const match = /^(\d{1,2})[:.](\d{2})(?:\s*uhr)?$/i.exec(text.trim());
  return match && Number(match[1]) < 24 && Number(match[2]) < 60 ? [Number(match[1]), Number(match[2])] : undefined;
}

/** Minutes (`45`) or `hh:mm` as milliseconds. */
function durationOf(text: string): number | undefined {
  const minutes = /^(\d+)(?:\s*min(?:uten|utes)?\.?)?$/i.exec(text.trim());
  if (minutes) return Number(minutes[1]) * 60_000;
  const time = timeOf(text);
  return time ? (time[0] * 60 + time[1]) * 60_000 : undefined;
}

/** The names in a speakers cell: one per line (Alt+Enter in Excel), or separated by `;` when on one line. */
const speakersOf = (text: string) =>
  text
    .split(/\r?\n|;/)
    .map((s) => s.trim())
    .filter(Boolean)
    .map((name) => ({ '@type': 'Person', name }));

/**
 * The spreadsheet's text as schema.org Event JSON-LD; `delimiter` is detected when not given.
 *
 * @example spreadsheetToJsonLd(decodeText(bytes).text, { place: 'Congress Center Hamburg' }).json
 */
export function spreadsheetToJsonLd(text: string, options: ScheduleOptions = {}, delimiter = detectDelimiter(text)): Converted {
  const issues: DataIssue[] = [];
  const rows = parseCsv(text.replace(/^\uFEFF/, ''), delimiter).filter((row) => row.some((c) => c.value.trim() !== ''));
  const header = headerOf(rows);
  if (!header) return { issues: [{ level: 'error', path: 'line 1', message: 'no header row naming a title and a date column (Titel/Title, Datum/Date)' }] };

  const block: Record<string, string> = {};
  for (const row of rows.slice(0, header.index)) {
    const field = EVENT_KEYS[key(row[0]?.value ?? '')];
    const value = row.slice(1).map((c) => c.value.trim()).find(Boolean);
    if (field && value) block[field] ??= value;
    else if (row[0]?.value.trim()) issues.push({ level: 'warning', path: `line ${row[0].line}`, message: `"${row[0].value.trim()}" above the table is not an event field (Veranstaltung, Ort, Adresse, Zeitzone, Link); ignored` });
  }
  let zone = options.timeZone ?? block['timeZone'] ?? DEFAULT_TIME_ZONE;
  if (!isValidTimeZone(zone)) {
    issues.push({ level: 'warning', path: 'Zeitzone', message: `"${zone}" is not an IANA time zone; ${DEFAULT_TIME_ZONE} is used` });
    zone = DEFAULT_TIME_ZONE;
  }
  const name = options.name ?? block['name'];
  if (!name) issues.push({ level: 'error', path: 'Veranstaltung', message: 'missing: name the event in a row "Veranstaltung;…" above the table (or --name)' });

  const { columns } = header;
  const headerRow = rows[header.index]!;
  const columnName = (column: Column) => headerRow[columns[column]!]?.value.trim() ?? column;
  const sessions = rows.slice(header.index + 1).flatMap((row) => {
    const cell = (column: Column) => (columns[column] === undefined ? '' : row[columns[column]!]?.value.trim() ?? '');
    const line = row[0]?.line ?? 0;
    const problem = (column: Column, message: string) => {
      issues.push({ level: 'warning', path: `line ${line}, column ${columnName(column)}`, message: `${message}; the row is left out` });
      return [];
    };
    const title = cell('title');
    if (!title) return problem('title', 'no title');
    const date = dateOf(cell('date'));
    if (!date) return problem('date', `"${cell('date')}" is not a date (expected dd.mm.yyyy or yyyy-mm-dd)`);
    const begins = timeOf(cell('start'));
    if (!begins) return problem('start', `"${cell('start')}" is not a time (expected hh:mm)`);
    const at = ([hour, minute]: [number, number]) => wallTimeToInstant({ year: date[0], month: date[1], day: date[2], hour, minute }, zone);
    const start = at(begins);
    let end: number | undefined;
    if (cell('end')) {
      const ends = timeOf(cell('end'));
      if (!ends) return problem('end', `"${cell('end')}" is not a time (expected hh:mm)`);
      end = at(ends);
      // An end before the start runs past midnight.
      if (end <= start) end = wallTimeToInstant({ year: date[0], month: date[1], day: date[2] + 1, hour: ends[0], minute: ends[1] }, zone);
    } else if (cell('duration')) {
      const duration = durationOf(cell('duration'));
      if (duration === undefined) return problem('duration', `"${cell('duration')}" is not a duration (expected minutes or hh:mm)`);
      end = start + duration;
    }
    return [{
      start,
      node: compact({
        '@type': 'Event',
        name: title,
        startDate: isoWithOffset(start, zone),
        endDate: end === undefined ? undefined : isoWithOffset(end, zone),
        location: cell('room') ? { '@type': 'Place', name: cell('room') } : undefined,
        performer: speakersOf(cell('speakers')),
        description: cell('description') || undefined,
        additionalType: cell('kind') || undefined,
        keywords: cell('topic') || undefined,
        inLanguage: cell('language') || undefined,
        url: cell('link') || undefined,
      }),
    }];
  });
  if (!name) return { issues };
  if (sessions.length === 0) issues.push({ level: 'error', path: `line ${headerRow[0]?.line ?? 1}`, message: 'no row below the header could be read' });
  if (sessions.length === 0) return { issues };
  sessions.sort((a, b) => a.start - b.start);
  const ends = sessions.map((s) => Date.parse(String(s.node['endDate'] ?? s.node['startDate'])));
  const place = options.place ?? block['place'];
  const address = block['address'];
  return {
    json: compact({
      '@context': 'https://schema.org',
      '@type': 'Event',
      name,
      url: block['url'],
      startDate: sessions[0]!.node['startDate'],
      endDate: isoWithOffset(Math.max(...ends), zone),
      location: place || address ? compact({ '@type': 'Place', name: place, address }) : undefined,
      eventSchedule: zone === DEFAULT_TIME_ZONE ? undefined : { '@type': 'Schedule', scheduleTimezone: zone },
      subEvent: sessions.map((s) => s.node),
    }),
    issues,
  };
}
