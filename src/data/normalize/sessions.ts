// The programme: an Event's subEvents as sessions, and the topics (about, keywords) of an event or session.
import { asArray, isGiven, isNode, termName, textOf } from '../jsonld.js';
import { parseDateValue } from '../time.js';
import type { Session, SessionKind } from '../types.js';
import { readParties } from './people.js';
import { dateProblem, enumValue, freeze, identifierOf, optionalText, type Reader, readUrl, slug } from './reader.js';
import { SESSION_KIND_ALIASES } from './session-kinds.js';
import { STATUS_TERMS } from './terms.js';
import { readTopics } from './topics.js';

/** One session, or undefined (with a warning) when it has no name or no readable start. */
export function readSession(reader: Reader, value: unknown, path: string): Session | undefined {
  if (!isNode(value)) {
    reader.warn(path, 'not an object; session skipped');
    return undefined;
  }
  const name = textOf(value['name']);
  const start = parseDateValue(asArray(value['startDate'])[0], reader.zone);
  const end = parseDateValue(asArray(value['endDate'])[0], reader.zone);
  const skip = (why: string) => {
    reader.warn(path, `${why}; session${name ? ` "${name}"` : ''} skipped`);
    return undefined;
  };
  if (!name) return skip('name: missing');
  if (!start) return skip(dateProblem(value['startDate'], 'startDate'));
  if (isGiven(value['endDate']) && !end) return skip(dateProblem(value['endDate'], 'endDate'));
  if (end && end.ms < start.ms) return skip(`endDate: "${String(value['endDate'])}" is before startDate`);

  const kindTerm = asArray(value['additionalType']).find((t) => typeof t === 'string') as string | undefined;
  let kind: SessionKind = 'talk';
  let kindName: string | undefined;
  if (kindTerm) {
    // A kind the widgets do not know is shown in the data's words, never as another kind.
    const term = termName(kindTerm).trim();
    kind = SESSION_KIND_ALIASES[term.toLowerCase().replace(/\s+/g, '')] ?? 'other';
    if (kind === 'other') kindName = term;
  }
  const room = textOf(asArray(value['location']).map((l) => reader.resolve(l)));
  const status = enumValue(reader, value['eventStatus'], STATUS_TERMS, `${path}.eventStatus`);
  return freeze({
    id: identifierOf(value) ?? `${new Date(start.ms).toISOString()}-${slug(name)}`,
    name,
    start: start.ms,
    end: end?.ms,
    description: optionalText(reader, value, 'description', `${path}.description`),
    kind,
    kindName,
    performers: readParties(reader, value['performer'], `${path}.performer`),
    room,
    tracks: readTopics(reader, value),
    url: readUrl(reader, value['url'], `${path}.url`),
    status: status === 'scheduled' ? undefined : status,
  });
}
