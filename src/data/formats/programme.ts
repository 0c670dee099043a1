/**
 * The widgets' reader of the programme formats organisers keep, for a `src` that is not schema.org
 * JSON-LD: a frab/pretalx `schedule.json`, iCalendar (`.ics`) and a spreadsheet saved as CSV
 * (UTF-8 with or without BOM, or Windows-1252). The data path (`fetchJson`) imports it only for
 * such a source, so pages with JSON-LD load none of it; the iCalendar reader (with ical.js) is a
 * file of its own again, imported only for a calendar.
 *
 * frab's `schedule.xml` is read by the CLI and the reference server (src/convert.ts), which serve
 * it as JSON-LD: a browser could parse XML only through a Trusted Types sink.
 */
import type { EventLoadError } from '../load.js';
import type { DataIssue } from '../types.js';
import { isICalendar, isScheduleXml, MARKUP_MESSAGE } from './detect.js';
import { isScheduleJson, scheduleToJsonLd, type Converted } from './schedule-json.js';
import { decodeText, spreadsheetToJsonLd } from './spreadsheet.js';

/** What a programme was read as, and what came of it (`convertProgramme`). */
export interface ProgrammeReading extends Converted {
  /** The format recognised; undefined when the input is none of them (then `notData` says why). */
  readonly format?: 'schedule.json' | 'spreadsheet' | 'icalendar';
  /** Why the input is no event data at all (an HTML page, an XML file), for the console. */
  readonly notData?: string;
}

/**
 * `input` (a parsed JSON document, or the bytes of any other body) recognised by its content and
 * read as schema.org JSON-LD, with every problem at its place in the file (a line, a column, a
 * field). A JSON document that is no schedule.json comes back as `{ json: input }`, as it is.
 * For the builder (demo/builder.js), which lists the problems as it lists the data's own.
 *
 * @example const { format, json, issues } = await convertProgramme(new TextEncoder().encode(csv));
 */
export async function convertProgramme(input: object): Promise<ProgrammeReading> {
  if (!(input instanceof Uint8Array)) return isScheduleJson(input) ? { format: 'schedule.json', ...scheduleToJsonLd(input) } : { json: input as Record<string, unknown>, issues: [] };
  const text = decodeText(input).text.replace(/^\uFEFF/, '').trimStart();
  if (isICalendar(text)) return { format: 'icalendar', ...(await import('./icalendar.js')).icalendarToJsonLd(text) };
  if (text.startsWith('<')) return { issues: [], notData: markupMessage(text) };
  return { format: 'spreadsheet', ...spreadsheetToJsonLd(text) };
}

/**
 * `input` read as `convertProgramme` reads it, for the data path (`fetchJson`). Warnings go to the
 * console, each with its place in the file; errors reject with an `EventLoadError`: `invalid` when
 * the programme cannot be read, `not-json` when the body is none of the formats. The caller passes
 * its error class (`LoadError`), so the page has one `EventLoadError` even where this file is a
 * copy of its own (beside the self-contained `event-widgets-all.js`).
 *
 * @example const json = await readProgramme(new TextEncoder().encode('BEGIN:VCALENDAR…'), url, EventLoadError);
 */
export async function readProgramme(input: object, url: string, LoadError: typeof EventLoadError): Promise<unknown> {
  const reading = await convertProgramme(input);
  if (reading.notData) throw new LoadError('not-json', reading.notData, url);
  const said = (issue: DataIssue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message);
  const errors = reading.issues.filter((issue) => issue.level === 'error');
  for (const warning of reading.issues) if (warning.level === 'warning') console.warn(`[event-widgets] ${url}: ${said(warning)}`);
  if (errors.length > 0 || !reading.json) throw new LoadError('invalid', `the programme cannot be read: ${errors.map(said).join('; ')}`, url);
  return reading.json;
}

function markupMessage(text: string): string {
  return isScheduleXml(text)
    ? "a frab schedule.xml: the widgets read its schedule.json; or convert it (npx event-widgets convert) or serve it from the reference server's EVENTS_DIR, which give JSON-LD"
    : MARKUP_MESSAGE;
}
