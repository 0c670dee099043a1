/**
 * `event-widgets/convert`: the programme formats organisers keep, read as the schema.org Event
 * JSON-LD the widgets show: frab's and pretalx's `schedule.json` (both versions), a spreadsheet
 * saved as CSV, and iCalendar (`.ics`: Outlook, Exchange, Google, Thunderbird). For the CLI (`npx event-widgets convert`, and `validate`), the reference server and
 * build scripts. No DOM.
 *
 * @example
 * import { convert } from 'event-widgets/convert';
 * const { json, format, issues } = convert(JSON.parse(await readFile('schedule.json', 'utf8')));
 */
import { isNode } from './data/jsonld.js';
import { isScheduleJson, scheduleToJsonLd, type ScheduleOptions } from './data/formats/schedule-json.js';
import { decodeText, spreadsheetToJsonLd } from './data/formats/spreadsheet.js';
import { icalendarToJsonLd, isICalendar } from './data/formats/icalendar.js';
import { isScheduleXml, scheduleXmlToJson } from './data/formats/schedule-xml.js';
import { MARKUP_MESSAGE } from './data/formats/detect.js';
import type { DataIssue } from './data/types.js';

export { isScheduleJson, scheduleToJsonLd, type ScheduleOptions } from './data/formats/schedule-json.js';
export { decodeText, detectDelimiter, parseCsv, spreadsheetToJsonLd } from './data/formats/spreadsheet.js';
export { ianaZone, icalendarToJsonLd, isICalendar, WINDOWS_ZONES } from './data/formats/icalendar.js';
export { isScheduleXml, scheduleXmlToJson } from './data/formats/schedule-xml.js';

/** The formats `convert` recognises, by content (not by file name). */
export type SourceFormat = 'json-ld' | 'schedule.json' | 'schedule.xml' | 'spreadsheet' | 'icalendar';

export interface Conversion {
  /** What the document was read as; undefined when it is none of them. */
  readonly format?: SourceFormat;
  /** schema.org JSON-LD (for `json-ld`, the document itself); undefined when it cannot be read. */
  readonly json?: unknown;
  /** Problems, each with its place in the source (errors: nothing could be read). */
  readonly issues: readonly DataIssue[];
}

/** Recognises `input`'s format and reads it as schema.org JSON-LD; schema.org JSON-LD passes as it is. */
export function convert(input: unknown, options: ScheduleOptions = {}): Conversion {
  if (isScheduleJson(input)) return { format: 'schedule.json', ...scheduleToJsonLd(input, options) };
  const typed = (value: unknown) => isNode(value) && ('@type' in value || '@graph' in value);
  if (typed(input) || (Array.isArray(input) && input.some(typed))) return { format: 'json-ld', json: input, issues: [] };
  return { issues: [{ level: 'error', path: '', message: 'neither schema.org JSON-LD ("@type" or "@graph") nor a frab/pretalx schedule.json ("schedule")' }] };
}

/**
 * A file's bytes, whatever it is: JSON (schema.org JSON-LD or a schedule.json), frab's
 * schedule.xml, iCalendar, or a
 * spreadsheet saved as CSV (UTF-8 with or without BOM, or Windows-1252, detected). `encoding` says
 * which. `now` bounds the dates of a repeating calendar event.
 */
export function convertFile(bytes: Uint8Array, options: ScheduleOptions & { readonly now?: number } = {}): Conversion & { readonly encoding: string } {
  const { text, encoding } = decodeText(bytes);
  const content = text.replace(/^\uFEFF/, '').trimStart();
  if (/^[[{]/.test(content)) {
    try {
      return { encoding, ...convert(JSON.parse(content), options) };
    } catch (error) {
      return { encoding, issues: [{ level: 'error', path: '', message: `not valid JSON (${(error as Error).message})` }] };
    }
  }
  if (isICalendar(content)) return { encoding, format: 'icalendar', ...icalendarToJsonLd(content, options) };
  if (isScheduleXml(content)) return { encoding, format: 'schedule.xml', ...scheduleToJsonLd(scheduleXmlToJson(content), options) };
  if (content.startsWith('<')) return { encoding, issues: [{ level: 'error', path: '', message: MARKUP_MESSAGE }] };
  return { encoding, format: 'spreadsheet', ...spreadsheetToJsonLd(content, options) };
}
