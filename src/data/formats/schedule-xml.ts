/**
 * frab's `schedule.xml` (the same programme as its `schedule.json`, version 1, as XML), read into
 * that JSON shape, so the same rules apply (src/data/formats/schedule-json.ts). Parsed with
 * htmlparser2 in XML mode; for the CLI and the server (Node), not for widgets.
 */
import { parseDocument } from 'htmlparser2';

export { isScheduleXml } from './detect.js';

/** The element nodes htmlparser2 gives (its `domhandler` types, as far as this reader needs them). */
interface XmlElement {
  readonly type: string;
  readonly name: string;
  readonly attribs: Record<string, string>;
  readonly children: readonly (XmlElement | { readonly type: string; readonly data?: string })[];
}

const elements = (parent: XmlElement, name?: string): XmlElement[] =>
  parent.children.filter((c): c is XmlElement => c.type === 'tag' && (name === undefined || (c as XmlElement).name === name));

/** An element's text (entities decoded, CDATA included), or undefined when it has none. */
function textOf(element: XmlElement | undefined): string | undefined {
  if (!element) return undefined;
  const text = element.children.map((c) => (c.type === 'text' ? (c as { data: string }).data : c.type === 'cdata' ? textOf(c as XmlElement) ?? '' : '')).join('');
  return text === '' ? undefined : text;
}

const field = (parent: XmlElement, name: string) => textOf(elements(parent, name)[0]);

/** A talk's fields, as `schedule.json` names them. */
function talk(event: XmlElement): Record<string, unknown> {
  const fields = Object.fromEntries(['date', 'start', 'duration', 'room', 'slug', 'url', 'title', 'subtitle', 'track', 'type', 'language', 'abstract', 'description'].map((name) => [name, field(event, name)]));
  const persons = elements(event, 'persons').flatMap((p) => elements(p, 'person')).map((p) => ({ id: p.attribs['id'], public_name: textOf(p)?.trim() }));
  return { guid: event.attribs['guid'], id: event.attribs['id'], ...fields, persons };
}

/**
 * The XML as the version-1 `schedule.json` structure, or undefined when its root is not `<schedule>`.
 *
 * @example scheduleToJsonLd(scheduleXmlToJson(readFileSync('schedule.xml', 'utf8')))
 */
export function scheduleXmlToJson(text: string): unknown {
  const document = parseDocument(text, { xmlMode: true }) as unknown as XmlElement;
  const root = elements(document, 'schedule')[0];
  if (!root) return undefined;
  const conference = elements(root, 'conference')[0];
  const days = elements(root, 'day').map((day) => ({
    index: Number(day.attribs['index']),
    date: day.attribs['date'],
    day_start: day.attribs['start'],
    day_end: day.attribs['end'],
    rooms: Object.fromEntries(elements(day, 'room').map((room) => [room.attribs['name'] ?? '', elements(room, 'event').map(talk)])),
  }));
  const about = conference ? Object.fromEntries(['acronym', 'title', 'subtitle', 'start', 'end', 'days', 'timeslot_duration', 'time_zone_name', 'base_url'].map((name) => [name, field(conference, name)])) : {};
  return { schedule: { version: field(root, 'version'), conference: { ...about, days } } };
}
