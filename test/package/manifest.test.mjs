// custom-elements.json as tools read it (Storybook, IDEs, @wc-toolkit, the builder, the docs):
// each element valid against the manifest schema, every path in the package, and every CSS part
// and custom property the sources use documented.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { Validator } from '@cfworker/json-schema';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const schema = JSON.parse(readFileSync('node_modules/custom-elements-manifest/schema.json', 'utf8'));
const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
const folderOf = { 'ev-event': 'event', 'ev-card': 'card', 'ev-countdown': 'countdown', 'ev-agenda': 'agenda', 'ev-registration': 'registration', 'ev-series': 'series', 'ev-now': 'now' };
const read = (dir) => readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
const constArray = (file, name) => JSON.parse(readFileSync(file, 'utf8').match(new RegExp(`${name} = (\\[[^\\]]*\\])`))[1].replace(/'/g, '"'));

describe('custom-elements.json', () => {
  it('has the seven elements', () => assert.deepEqual(elements.map((e) => e.tagName).sort(), Object.keys(folderOf).sort()));

  for (const element of elements) {
    it(`<${element.tagName}> is valid against the schema`, () => {
      const result = new Validator({ ...schema, $ref: '#/definitions/CustomElementDeclaration' }, '7', false).validate(element);
      const errors = result.errors.filter((e) => !['$ref', 'anyOf', 'items', 'properties'].includes(e.keyword)).map((e) => `${e.instanceLocation}: ${e.error}`);
      assert.deepEqual(errors, []);
      for (const event of element.events ?? []) assert.ok(event.name && event.type?.text, `event ${JSON.stringify(event)}`);
    });

    it(`<${element.tagName}> documents every CSS part and custom property it uses`, () => {
      const own = read(`src/${folderOf[element.tagName]}`);
      // The shared modules this element imports (badges, status lines …), not every one in src/internal.
      const shared = [...own.matchAll(/from '\.\.\/internal\/([\w-]+)\.js'/g)].map((m) => readFileSync(`src/internal/${m[1]}.ts`, 'utf8')).join('\n');
      const used = new Set([...`${own}\n${shared}`.matchAll(/part="([^"$]+)"/g)].flatMap((m) => m[1].split(' ')));
      if (element.tagName === 'ev-registration') constArray('src/registration/fields.ts', 'FIELD_TYPES').forEach((t) => used.add(`field-${t}`));
      if (element.tagName === 'ev-countdown') constArray('src/data/countdown.ts', 'COUNTDOWN_UNITS').forEach((u) => used.add(`segment-${u}`));
      const documented = new Set((element.cssParts ?? []).map((p) => p.name));
      assert.deepEqual([...used].filter((p) => !documented.has(p)), [], 'parts used but not documented');
      const properties = new Set([...`${own}\n${shared}`.matchAll(/var\((--ev-[a-z-]+)/g)].map((m) => m[1]));
      const documentedProperties = new Set((element.cssProperties ?? []).map((p) => p.name));
      assert.deepEqual([...properties].filter((p) => !documentedProperties.has(p)), [], 'custom properties used but not documented');
    });
  }

  it('names only modules the package contains', () => {
    const paths = JSON.stringify(manifest).match(/"(module|path)":\s*"[^"]+"/g).map((m) => m.split('"')[3]);
    assert.ok(paths.length > 10);
    for (const path of new Set(paths)) assert.ok(path.startsWith('dist/') && existsSync(path), `${path} is in the package`);
  });
});
