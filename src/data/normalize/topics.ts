// The topics (about, keywords) of an event or session.
import { asArray, textOf, type Node } from '../jsonld.js';
import type { Reader } from './reader.js';

/** The topics of an event or session: `about` and `keywords` (comma-separated text or terms), each once. */
export function readTopics(reader: Reader, node: Node): string[] {
  const about = asArray(node['about']).map((a) => textOf(reader.resolve(a)));
  const keywords = asArray(node['keywords']).flatMap((k) =>
    typeof k === 'string' ? k.split(',') : [textOf(reader.resolve(k))],
  );
  const all = [...about, ...keywords].map((t) => t?.trim()).filter((t): t is string => !!t);
  return [...new Set(all)];
}
