// Writes each element's API (attributes, properties, events, slots, parts, custom properties)
// from custom-elements.json into README.md between <!-- api:start --> and <!-- api:end -->.
// `--check` fails when the README is stale (npm test runs it).
import { readFileSync, writeFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const elements = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d) => d.tagName)
  .sort((a, b) => ['ev-event', 'ev-card', 'ev-countdown', 'ev-agenda', 'ev-registration'].indexOf(a.tagName) - ['ev-event', 'ev-card', 'ev-countdown', 'ev-agenda', 'ev-registration'].indexOf(b.tagName));

const cell = (text) => String(text ?? '').replace(/\|/g, '\\|').replace(/\n+/g, ' ').trim();
const code = (text) => (text ? `\`${cell(text)}\`` : '');
function table(head, rows) {
  if (rows.length === 0) return '';
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

/** Theme tokens every element reads are listed once, after the elements. */
const shared = (elements[0].cssProperties ?? []).filter((p) => elements.every((el) => el.cssProperties?.some((q) => q.name === p.name)));
const isShared = (p) => shared.some((q) => q.name === p.name);

const sections = elements.map((el) => {
  const attributes = (el.attributes ?? []).filter((a) => a.fieldName);
  const attributeFields = new Set(attributes.map((a) => a.fieldName));
  const properties = (el.members ?? []).filter((m) => m.kind === 'field' && m.privacy !== 'private' && m.privacy !== 'protected' && !m.static && !attributeFields.has(m.name) && m.description);
  const methods = (el.members ?? []).filter((m) => m.kind === 'method' && !m.privacy && !m.static && m.description);
  return [
    `### \`<${el.tagName}>\` API`,
    el.summary ?? '',
    table(['attribute', 'type', 'default', ''], attributes.map((a) => [code(a.name), code(a.type?.text), code(a.default), cell(a.description)])),
    table(['property', 'type', ''], properties.map((p) => [code(p.name), code(p.type?.text), cell(p.description)])),
    table(['method', ''], methods.map((m) => [code(`${m.name}()`), cell(m.description)])),
    table(['event', ''], (el.events ?? []).map((e) => [code(e.name), cell(e.description)])),
    table(['slot', ''], (el.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', cell(s.description)])),
    table(['part', ''], (el.cssParts ?? []).map((p) => [code(p.name), cell(p.description)])),
    table(['custom property', ''], (el.cssProperties ?? []).filter((p) => !isShared(p)).map((p) => [code(p.name), cell(p.description)])),
  ]
    .filter((block) => block !== '')
    .join('\n\n');
});

sections.push(['### Theme tokens of every element', table(['custom property', 'default', ''], shared.map((p) => [code(p.name), cell(p.default), cell(p.description)]))].join('\n\n'));

const generated = `<!-- api:start (generated from custom-elements.json by scripts/readme-api.mjs; do not edit) -->\n\n${sections.join('\n\n')}\n\n<!-- api:end -->`;
const readme = readFileSync('README.md', 'utf8');
const updated = readme.replace(/<!-- api:start[\s\S]*?<!-- api:end -->/, generated);
if (process.argv.includes('--check')) {
  if (updated !== readme) {
    console.error('README.md API section is stale: run `npm run analyze` and commit the result.');
    process.exit(1);
  }
  console.log('README.md API section is up to date.');
} else {
  writeFileSync('README.md', updated);
}
