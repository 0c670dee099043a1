// Writes test/fixtures/schema-org/vocabulary.json: the part of schema.org's vocabulary that the
// structured-data block can use, for @adobe/structured-data-validator in
// test/package/structured-data.test.mjs. The types the block writes, each with its ancestors, and
// every property whose domain includes one of them (@id, @type, subClassOf and domainIncludes only).
// Usage: node scripts/schema-org-vocabulary.mjs path/to/schemaorg-all-https.jsonld
// (from https://github.com/schemaorg/schemaorg, data/releases/<version>/).
import { readFileSync, writeFileSync } from 'node:fs';

const TYPES = ['Event', 'EventSeries', 'Place', 'VirtualLocation', 'PostalAddress', 'GeoCoordinates', 'Offer', 'Organization', 'Person', 'Schedule'];
const [source] = process.argv.slice(2);
const graph = JSON.parse(readFileSync(source, 'utf8'))['@graph'];
const typesOf = (entry) => [entry['@type']].flat();
const ids = (value) => [value ?? []].flat().map((v) => v['@id']);
const classes = new Map(graph.filter((e) => typesOf(e).includes('rdfs:Class')).map((e) => [e['@id'], e]));
const wanted = new Set();
const visit = (id) => {
  if (wanted.has(id) || !classes.has(id)) return;
  wanted.add(id);
  for (const parent of ids(classes.get(id)['rdfs:subClassOf'])) visit(parent);
};
for (const type of TYPES) visit(`schema:${type}`);
const pick = (entry) => Object.fromEntries(['@id', '@type', 'rdfs:subClassOf', 'schema:domainIncludes'].filter((k) => k in entry).map((k) => [k, entry[k]]));
const properties = graph.filter((e) => typesOf(e).includes('rdf:Property') && ids(e['schema:domainIncludes']).some((d) => wanted.has(d)));
const out = { '//': `schema.org vocabulary (${source.match(/releases\/([\d.]+)/)?.[1] ?? 'release'}), the part scripts/schema-org-vocabulary.mjs keeps; see ATTRIBUTION.md`, '@graph': [...[...wanted].map((id) => pick(classes.get(id))), ...properties.map(pick)] };
writeFileSync('test/fixtures/schema-org/vocabulary.json', `${JSON.stringify(out, null, 1)}\n`);
console.log(`${wanted.size} types, ${properties.length} properties`);
