// Every Event example schema.org publishes (test/fixtures/schema-org/, with its attribution) is
// either shown by the widgets, or refused with an error that names the missing field; and the
// JSON Schema and `event-widgets validate` agree with the widgets on each: the schema accepts an
// example exactly when the widgets show it without a warning, and validate passes it exactly when
// the widgets show it.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { Validator } from '@cfworker/json-schema';
import { main as validate } from '../../bin/validate.mjs';
import { loadExtras, normalizeEvent } from '../../dist/protocol.js';

const corpus = JSON.parse(readFileSync('test/fixtures/schema-org/event-examples.json', 'utf8'));
const schema = new Validator(JSON.parse(readFileSync('dist/event.schema.json', 'utf8')), '2020-12', false);
/** 1 October 2026: the recurring examples' next dates are worked out from here. */
const NOW = Date.parse('2026-10-01T08:00:00Z');

/** The examples that cannot be shown, and the field each lacks. */
const REFUSED = {
  'eg-0191': 'startDate', // a SportsEvent with no date at all
  'eg-0419': 'startDate', // a ScreeningEvent with no date at all
  'eg-0313': '[2].name', // an EventSeries list whose third event has no name
};

/** The recurring examples (eventSchedule), with the date each shows on 1 October 2026. */
const RECURRING = {
  'eg-0240': '2017-12-27T19:00:00.000Z', // weekly in 2017: the last of its dates
  'eg-0241': '2026-10-01T12:00:00.000Z', // the 1st and 15th, 09:00 in America/Glace_Bay
  'eg-0242': '2017-01-02T09:00:00.000Z', // ten days from 24 December 2016: the last
  'eg-0243': '2026-10-01T12:00:00.000Z', // weekdays 09:00 and 14:00 in America/Glace_Bay
  'eg-0244': '2026-10-12T10:00:00.000Z', // the second Monday, 18:00 in Asia/Shanghai
  'eg-0303': '2026-10-07T18:00:00.000Z', // the first and third Wednesday, 20:00 (Europe/Berlin)
};

describe("schema.org's Event examples", () => {
  before(() => loadExtras());

  it('are all here: 27 examples, 6 of them recurring', () => {
    assert.equal(corpus.length, 27);
    assert.equal(corpus.filter(({ json }) => JSON.stringify(json).includes('eventSchedule')).length, 6);
  });

  for (const { id, source, json } of corpus) {
    it(`${id} (${source.split('/').pop()}): shown, or refused naming the missing field; the schema and validate agree`, async () => {
      const options = { baseUrl: 'https://your-site.example/event.json', portable: true, now: NOW };
      const { event, issues } = normalizeEvent(json, options);
      const errors = issues.filter((i) => i.level === 'error');
      if (REFUSED[id]) {
        assert.equal(event, undefined, 'refused');
        assert.deepEqual(errors.map((e) => `${e.path}: ${e.message}`), [`${REFUSED[id]}: missing`]);
      } else {
        assert.ok(event, `shown (${errors.map((e) => `${e.path}: ${e.message}`).join('; ')})`);
        if (RECURRING[id]) assert.equal(new Date(event.start).toISOString(), RECURRING[id]);
      }
      const clean = event !== undefined && issues.length === 0;
      const result = schema.validate(json);
      assert.equal(result.valid, clean, `schema ${result.valid ? 'accepts' : 'rejects'}; widgets: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ') || 'no warning'}`);

      const file = join(mkdtempSync(join(tmpdir(), 'sdo-')), `${id}.json`);
      writeFileSync(file, JSON.stringify(json));
      const lines = [];
      const code = await validate(['validate', '--json', file], { stdout: (l) => lines.push(l), stderr: (l) => lines.push(l) });
      assert.equal(code, event ? 0 : 1, 'validate exit code');
      assert.deepEqual(JSON.parse(lines.join('\n')).files[0].issues.map((i) => i.path), issues.map((i) => i.path));
    });
  }
});
