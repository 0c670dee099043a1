// Writes docs/api.md, the API of every element, from custom-elements.json: what all widgets share
// (attributes, events, parts, states, theme tokens) once, then each element's own.
// `--check` fails when docs/api.md is stale (npm test runs it).
import { readFileSync, writeFileSync } from 'node:fs';

const ORDER = ['ev-event', 'ev-card', 'ev-countdown', 'ev-agenda', 'ev-registration', 'ev-series'];
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const elements = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d) => d.tagName)
  .sort((a, b) => ORDER.indexOf(a.tagName) - ORDER.indexOf(b.tagName));
/** The widgets that draw something: everything but <ev-event>. */
const widgets = elements.filter((el) => el.tagName !== 'ev-event');

const cell = (text) => String(text ?? '').replace(/\|/g, '\\|').replace(/\n+/g, ' ').trim();
const code = (text) => (text ? `\`${cell(text)}\`` : '');
function table(head, rows) {
  if (rows.length === 0) return '';
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

/** Items of `key` that every element in `among` has with the same name and description. */
function sharedBy(among, key) {
  return (among[0][key] ?? []).filter((item) => among.every((el) => el[key]?.some((other) => other.name === item.name && other.description === item.description)));
}
const attributesOf = (el) => (el.attributes ?? []).filter((a) => a.fieldName || a.name === 'lang' || a.description);
/** The elements that show one event: <ev-series> (a list of them) has its own data attributes, listed in its section. */
const eventElements = elements.filter((el) => el.tagName !== 'ev-series');
const sharedAttributes = attributesOf(elements[0]).filter((a) => eventElements.every((el) => attributesOf(el).some((b) => b.name === a.name)));
const sharedEvents = sharedBy(elements, 'events');
const sharedParts = sharedBy(widgets, 'cssParts');
const sharedStates = sharedBy(widgets, 'cssStates');
const sharedTokens = sharedBy(elements, 'cssProperties');
const shared = (list, item) => list.some((s) => s.name === item.name);
const isSharedAttribute = (a) => shared(sharedAttributes, a);

const attributeTable = (attributes) => table(['attribute', 'type', 'default', ''], attributes.map((a) => [code(a.name), code(a.type?.text), code(a.default), cell(a.description ?? (a.name === 'lang' ? 'Language of the labels: `de` (default) or `en`; inherited from the page.' : ''))]));

const common = [
  '## What every element shares',
  'Every element that shows one event (all but `<ev-series>`, whose section lists its own) takes these attributes (the data source, the field overrides, the theme); every element fires these events; the widgets that draw something (all but `<ev-event>`) share these parts and custom states.',
  attributeTable(sharedAttributes),
  table(['event', ''], sharedEvents.map((e) => [code(e.name), cell(e.description)])),
  table(['part (widgets)', ''], sharedParts.map((p) => [code(p.name), cell(p.description)])),
  table(['custom state (widgets)', ''], sharedStates.map((s) => [code(`:state(${s.name})`), cell(s.description)])),
  '### Theme tokens',
  'Set on the page or any ancestor; every element reads them. See [theming.md](theming.md).',
  table(['custom property', 'default', ''], sharedTokens.map((p) => [code(p.name), cell(p.default), cell(p.description)])),
].filter(Boolean);

const sections = elements.map((el) => {
  const attributes = attributesOf(el).filter((a) => !eventElements.includes(el) || !isSharedAttribute(a));
  const attributeFields = new Set((el.attributes ?? []).map((a) => a.fieldName));
  const properties = (el.members ?? []).filter((m) => m.kind === 'field' && m.privacy !== 'private' && m.privacy !== 'protected' && !m.static && !attributeFields.has(m.name) && m.description);
  const methods = (el.members ?? []).filter((m) => m.kind === 'method' && !m.privacy && !m.static && m.description);
  return [
    `## \`<${el.tagName}>\``,
    [el.summary, el.description].filter(Boolean).join('\n\n'),
    attributeTable(attributes),
    table(['property', 'type', ''], properties.map((p) => [code(p.name), code(p.type?.text), cell(p.description)])),
    table(['method', ''], methods.map((m) => [code(`${m.name}()`), cell(m.description)])),
    table(['event', ''], (el.events ?? []).filter((e) => !shared(sharedEvents, e)).map((e) => [code(e.name), cell(e.description)])),
    table(['slot', ''], (el.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', cell(s.description)])),
    table(['part', ''], (el.cssParts ?? []).filter((p) => !shared(sharedParts, p)).map((p) => [code(p.name), cell(p.description)])),
    table(['custom property', ''], (el.cssProperties ?? []).filter((p) => !shared(sharedTokens, p)).map((p) => [code(p.name), cell(p.description)])),
    table(['custom state', ''], (el.cssStates ?? []).filter((s) => !shared(sharedStates, s)).map((s) => [code(`:state(${s.name})`), cell(s.description)])),
  ]
    .filter((block) => block !== '')
    .join('\n\n');
});

const text = `# API

<!-- Generated from custom-elements.json by scripts/api-docs.mjs (npm run analyze); do not edit. -->

Attributes, properties, events, slots, CSS parts, custom properties and custom states of every element. The same
reference, with a live example on top, is on each element's docs page in Storybook (\`npm run storybook\`).

${[...common, ...sections].join('\n\n')}
`;

const file = 'docs/api.md';
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(file, 'utf8');
  } catch {
    // missing counts as stale
  }
  if (current !== text) {
    console.error(`${file} is stale: run \`npm run analyze\` and commit the result.`);
    process.exit(1);
  }
  console.log(`${file} is up to date.`);
} else {
  writeFileSync(file, text);
}
