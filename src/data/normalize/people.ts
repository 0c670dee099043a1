// The people and organisations of an event or session: organisers, sponsors, speakers.
import { asArray, isNode, textOf, typesOf } from '../jsonld.js';
import type { Party } from '../types.js';
import { describe, freeze, type Reader, readUrl } from './reader.js';

/** Each Person or Organization with a name; one without is left out with a warning. */
export function readParties(reader: Reader, value: unknown, path: string): Party[] {
  return asArray(value).flatMap((raw, i): Party[] => {
    const item = reader.resolve(raw);
    const name = textOf(item);
    if (!name) {
      reader.warn(`${path}[${i}]`, `expected an Organization or Person with a name, got ${describe(item)}; left out`);
      return [];
    }
    if (!isNode(item)) return [{ kind: 'organization' as const, name }];
    const isPerson = typesOf(item).includes('Person');
    const affiliation = textOf(
      asArray(item['affiliation'] ?? item['worksFor'] ?? item['memberOf']).map((a) => reader.resolve(a)),
    );
    return [
      freeze({
        kind: isPerson ? ('person' as const) : ('organization' as const),
        name,
        url: readUrl(reader, item['url'], `${path}[${i}].url`),
        jobTitle: isPerson ? textOf(item['jobTitle']) : undefined,
        affiliation: isPerson ? affiliation : undefined,
      }),
    ];
  });
}
