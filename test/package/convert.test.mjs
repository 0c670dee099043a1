// Programmes as organisers export them, read as schema.org JSON-LD (issue 31): real frab and
// pretalx exports (voc/schedule's examples, test/fixtures/schedule/ATTRIBUTION.md) converted with
// every talk, time, room and speaker intact, compared field by field with the file; the CLI's
// `convert` and `validate` on them. `node --test test/package/` after `npm run build`.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { Validator } from '@cfworker/json-schema';
import { parse } from 'csv-parse/sync';
import { convert, convertFile, decodeText, detectDelimiter, parseCsv } from '../../dist/convert.js';
import ICAL from 'ical.js';
import { normalizeEvent, normalizeEvents } from '../../dist/index.js';

const read = (path) => JSON.parse(readFileSync(path, 'utf8'));
const EXPORTS = {
  'frab-camp2019.json': 'schema.json',
  'pretalx-democon.json': 'schema.json',
  'pretalx-rc3.json': 'schema.json',
  'hub-schedule2.json': 'schema2.json',
  // voc/schedule's example of a file its schema refuses (ids as text, a person without "name"):
  // nothing the reader needs is wrong, so it converts.
  'invalid-example.json': 'schema.json',
};

/** Every talk of a schedule.json as the file has it, in either version. */
function talks(json) {
  const schedule = json.schedule;
  if (Array.isArray(schedule.events)) return schedule.events.map((t) => ({ ...t, roomName: t.room?.name, begins: Date.parse(t.start), ends: Date.parse(t.end), speakers: (t.participants ?? []).filter((p) => p.role !== 'CONTRIBUTOR').map((p) => p.name) }));
  return schedule.conference.days.flatMap((day) =>
    Object.entries(day.rooms).flatMap(([room, list]) =>
      list.map((t) => {
        const [h, m] = t.duration.split(':').map(Number);
        return { ...t, roomName: room, begins: Date.parse(t.date), ends: Date.parse(t.date) + (h * 60 + m) * 60_000, speakers: (t.persons ?? []).map((p) => p.public_name ?? p.name) };
      }),
    ),
  );
}

/** What the reader takes from a schedule.json; the schema's other rules (slug and acronym patterns, `answers`) do not concern it. */
const READ_FIELDS = ['title', 'subtitle', 'date', 'start', 'end', 'duration', 'room', 'name', 'public_name', 'guid', 'id', 'url', 'track', 'type', 'language', 'abstract', 'description', 'time_zone_name', 'days', 'rooms', 'events', 'conference'];

const cli = (...args) => spawnSync(process.execPath, ['bin/event-widgets.mjs', ...args], { encoding: 'utf8', env: { ...process.env, LANG: 'de_DE.UTF-8', LC_ALL: '', LC_MESSAGES: '' } });

describe('frab and pretalx schedule.json', () => {
  for (const [file, schema] of Object.entries(EXPORTS)) {
    const source = read(`test/fixtures/schedule/${file}`);

    it(`${file} against voc/schedule's ${schema}: valid, or its deviations (real exports have them) all in fields the reader does not read`, () => {
      const result = new Validator(read(`test/fixtures/schedule/${schema}`), '7', false).validate(source);
      // The leaves of the schema's complaints, each as the path of the field it concerns.
      // Extra fields (`false` schemas) and ids written as text instead of numbers (the reader takes either) do not concern it.
      const leaves = result.errors
        .filter((e) => !['$ref', 'properties', 'items', 'patternProperties', 'additionalProperties', 'false'].includes(e.keyword))
        .filter((e) => !(e.keyword === 'type' && e.instanceLocation.endsWith('/id')))
        .map((e) => decodeURIComponent(e.instanceLocation));
      const refused = leaves.filter((path) => {
        const field = path.split('/').at(-1);
        const within = path.split('/').slice(-3, -1);
        return READ_FIELDS.includes(field) && !within.some((p) => ['attachments', 'links', 'persons', 'participants'].includes(p) && field === 'url');
      });
      assert.deepEqual(refused, [], `the schema refuses fields the reader reads: ${refused.slice(0, 5).join(', ')}`);
      if (file.startsWith('pretalx-democon') || file.startsWith('hub-')) assert.equal(result.valid, true, JSON.stringify(result.errors.slice(0, 3)));
    });

    it(`${file}: every talk, time, room and speaker intact, field by field`, () => {
      const { format, json, issues } = convert(source);
      assert.equal(format, 'schedule.json');
      assert.deepEqual(issues.filter((i) => i.level === 'error'), []);
      const expected = talks(source);
      assert.equal(json.subEvent.length, expected.length, 'one session per talk');
      const byId = new Map(json.subEvent.map((s) => [s['@id'], s]));
      for (const talk of expected) {
        const session = byId.get(`urn:uuid:${talk.guid}`);
        assert.ok(session, `${talk.title}: its guid is the session's @id`);
        assert.equal(session.name, talk.title.trim());
        assert.equal(Date.parse(session.startDate), talk.begins, `${talk.title}: start`);
        assert.equal(Date.parse(session.endDate), talk.ends, `${talk.title}: end`);
        assert.match(session.startDate, /[+-]\d\d:\d\d$/, 'with its offset');
        assert.equal(session.location.name, talk.roomName, `${talk.title}: room`);
        assert.deepEqual((session.performer ?? []).map((p) => p.name), talk.speakers.map((s) => s.trim()), `${talk.title}: speakers`);
        if (talk.url) assert.equal(session.url, talk.url);
        if (talk.language) assert.equal(session.inLanguage, talk.language);
      }
      // And the widgets read it: every session, no error.
      const read = normalizeEvent(json, { now: Date.parse('2019-01-01') });
      assert.deepEqual(read.issues.filter((i) => i.level === 'error'), []);
      assert.equal(read.event.sessions.length, expected.length);
      assert.equal(read.event.name, source.schedule.conference.title);
    });
  }

  it("frab's schedule.xml (a real 31C3 export, its first day): every talk as the XML has it, read as schedule.json is", () => {
    const xml = readFileSync('test/fixtures/schedule/frab-31c3-day1.xml', 'utf8');
    const { format, json, issues } = convertFile(new TextEncoder().encode(xml));
    assert.equal(format, 'schedule.xml');
    assert.deepEqual(issues, []);
    assert.equal(json.name, '31. Chaos Communication Congress');
    // An independent reading of the XML: each <event>'s guid, title, date, duration, room and persons, by pattern.
    const decode = (t) => t.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    const events = [...xml.matchAll(/<event guid='([^']+)'[^>]*>([\s\S]*?)<\/event>/g)].map(([, guid, body]) => ({
      guid,
      title: decode(/<title>([\s\S]*?)<\/title>/.exec(body)[1]),
      begins: Date.parse(/<date>([^<]+)<\/date>/.exec(body)[1]),
      minutes: /<duration>(\d+):(\d+)<\/duration>/.exec(body).slice(1).reduce((h, m) => Number(h) * 60 + Number(m)),
      room: /<room>([^<]+)<\/room>/.exec(body)[1],
      persons: [...body.matchAll(/<person id='\d+'>([^<]+)<\/person>/g)].map((m) => decode(m[1]).trim()),
    }));
    assert.equal(events.length, 35);
    assert.equal(json.subEvent.length, events.length);
    const byId = new Map(json.subEvent.map((s) => [s.identifier, s]));
    for (const event of events) {
      const session = byId.get(event.guid);
      assert.ok(session, event.title);
      assert.equal(session.name, event.title.trim());
      assert.equal(Date.parse(session.startDate), event.begins);
      assert.equal(Date.parse(session.endDate) - event.begins, event.minutes * 60_000);
      assert.equal(session.location.name, event.room);
      assert.deepEqual((session.performer ?? []).map((p) => p.name), event.persons);
    }
    assert.equal(json.subEvent.find((s) => s.identifier === 'HOqeNIb6G7M4hYFKFRkCmQ')['@id'], undefined, 'a guid that is no UUID is no urn:uuid');
  });

  it('the offsets in the talks win over a time_zone_name that contradicts them, and a warning names the conflict', () => {
    const { json, issues } = convert(read('test/fixtures/schedule/pretalx-democon.json'));
    const warning = issues.find((i) => /time_zone_name "UTC" contradicts/.test(i.message));
    assert.ok(warning, JSON.stringify(issues));
    assert.match(warning.message, /Europe\/Berlin/);
    assert.equal(json.subEvent[0].startDate, '2020-12-14T09:00:00+01:00', 'shown at the time the organiser wrote');
    assert.equal(json.eventSchedule, undefined, 'Europe/Berlin, the widgets\' own default');
  });

  const conference = (rooms, extra = {}) => ({ schedule: { version: '1', conference: { title: 'Polizeitage Nacht', time_zone_name: 'Europe/Berlin', days: [{ index: 1, date: '2024-11-06', rooms }], ...extra } } });

  it('a talk after midnight keeps its own date; one with only "start" is placed on its day in the zone', () => {
    const { json, issues } = convert(conference({ Saal: [
      { guid: '00000000-0000-4000-8000-000000000001', title: 'Nachtschicht', date: '2024-11-07T00:30:00+01:00', start: '00:30', duration: '01:00', persons: [{ name: 'Kim Nacht' }] },
      { guid: '00000000-0000-4000-8000-000000000002', title: 'Ohne date', start: '18:00', duration: '00:45' },
    ] }));
    assert.deepEqual(issues, []);
    const [evening, night] = json.subEvent;
    assert.equal(evening.startDate, '2024-11-06T18:00:00+01:00');
    assert.equal(evening.endDate, '2024-11-06T18:45:00+01:00');
    assert.equal(night.startDate, '2024-11-07T00:30:00+01:00');
    assert.equal(night.endDate, '2024-11-07T01:30:00+01:00');
    assert.deepEqual(night.performer, [{ '@type': 'Person', name: 'Kim Nacht' }]);
  });

  it('a talk it cannot place is named by its place in the file; the others still convert', () => {
    const { json, issues } = convert(conference({ Saal: [
      { title: 'Gut', date: '2024-11-06T09:00:00+01:00', duration: '00:30' },
      { title: 'Kaputt', date: 'morgen früh', duration: 'lang' },
    ] }));
    assert.equal(json.subEvent.length, 1);
    assert.ok(issues.some((i) => i.path === 'schedule.conference.days[0].rooms["Saal"][1].date' && /"morgen früh" is not a date/.test(i.message)), JSON.stringify(issues));
  });

  it('another zone is kept for the widgets (a Schedule that repeats nothing carries it)', () => {
    const { json } = convert(conference({ Hall: [{ title: 'Keynote', date: '2024-11-06T09:00:00-05:00', duration: '01:00' }] }, { time_zone_name: 'America/New_York' }));
    assert.equal(json.subEvent[0].startDate, '2024-11-06T09:00:00-05:00');
    assert.deepEqual(json.eventSchedule, { '@type': 'Schedule', scheduleTimezone: 'America/New_York' });
    const read = normalizeEvent(json);
    assert.equal(read.event.timeZone, 'America/New_York');
    assert.deepEqual(read.issues, []);
  });

  it('`npx event-widgets convert` prints JSON-LD (exit 0), or names each problem and prints nothing (exit 1)', () => {
    const ok = cli('convert', 'test/fixtures/schedule/frab-camp2019.json', '--place', 'Ziegeleipark Mildenberg');
    assert.equal(ok.status, 0, ok.stderr);
    const json = JSON.parse(ok.stdout);
    assert.equal(json.name, 'Chaos Communication Camp 2019');
    assert.equal(json.location.name, 'Ziegeleipark Mildenberg');
    assert.match(ok.stderr, /gelesen als schedule\.json, 79 Programmpunkte/);
    const strange = join(mkdtempSync(join(tmpdir(), 'ev-convert-')), 'strange.json');
    writeFileSync(strange, JSON.stringify({ programm: [] }));
    const bad = cli('convert', strange);
    assert.equal(bad.status, 1);
    assert.equal(bad.stdout, '');
    assert.match(bad.stderr, /neither schema\.org JSON-LD .* nor a frab\/pretalx schedule\.json/);
    assert.equal(cli('convert', 'nowhere.json').status, 2);
  });

  it('`validate` reads a schedule.json as the widgets will and says so', () => {
    const { status, stdout, stderr } = cli('validate', 'test/fixtures/schedule/pretalx-rc3.json');
    assert.equal(status, 0, stderr);
    assert.match(stdout, /pretalx-rc3\.json: „rC3 Channels", 27\. Dezember 2020, 11:30 Uhr – 30\. Dezember 2020, 16:40 Uhr, 48 Programmpunkte.*\(gelesen als schedule\.json von frab\/pretalx\)/);
  });
});

describe('a spreadsheet saved as CSV', () => {
  const bytes = (name) => readFileSync(`test/fixtures/spreadsheet/${name}`);
  const FILES = ['programm-utf8-bom.csv', 'programm-windows-1252.csv', 'programme-en.csv'];
  /** The German file's rows, as an editor typed them. */
  const GERMAN = [
    ['Begrüßung', '2024-11-06T09:00:00+01:00', '2024-11-06T09:30:00+01:00', 'Saal 1', ['Dr. Anna Beispiel', 'Max Mustermann']],
    ['Lagebild: Cybercrime', '2024-11-06T09:30:00+01:00', '2024-11-06T10:15:00+01:00', 'Saal 1', ['Jana Schäfer']],
    ['Podium: Drohnen, Abwehr und Recht', '2024-11-06T10:30:00+01:00', '2024-11-06T12:00:00+01:00', 'Saal 2', ['Ölaf Größe', 'María Núñez', 'Leitung: Tom Weiß']],
    ['Mittagspause', '2024-11-06T12:00:00+01:00', '2024-11-06T13:00:00+01:00', 'Foyer', []],
    ['Nachtsitzung', '2024-11-06T23:30:00+01:00', '2024-11-07T00:30:00+01:00', 'Saal 2', []],
  ];
  const rows = (json) => json.subEvent.map((s) => [s.name, s.startDate, s.endDate, s.location?.name, (s.performer ?? []).map((p) => p.name)]);

  for (const file of [...FILES, '../../../docs/vorlage-programm.csv']) {
    it(`${file}: its cells as csv-parse reads them (quotes, delimiters and line breaks inside cells, CRLF)`, () => {
      const { text } = decodeText(bytes(file));
      const delimiter = detectDelimiter(text);
      const ours = parseCsv(text.replace(/^\uFEFF/, ''), delimiter).map((row) => row.map((c) => c.value));
      const theirs = parse(text, { delimiter, bom: true, relax_column_count: true, skip_empty_lines: false });
      assert.deepEqual(ours.filter((r) => r.some(Boolean)), theirs.filter((r) => r.some(Boolean)));
    });
  }

  it('German Excel\'s file, UTF-8 with BOM and Windows-1252, gives every row with its times, room and speakers; the row it cannot read is named by line and column', () => {
    for (const [file, encoding] of [['programm-utf8-bom.csv', 'utf-8'], ['programm-windows-1252.csv', 'windows-1252']]) {
      const result = convertFile(bytes(file));
      assert.equal(result.format, 'spreadsheet');
      assert.equal(result.encoding, encoding);
      const expected = encoding === 'utf-8' ? GERMAN : GERMAN.map((r) => [r[0], r[1], r[2], r[3], r[4].map((n) => n.replace('María Núñez', 'Maria Nunez'))]);
      assert.deepEqual(rows(result.json), expected, file);
      assert.deepEqual(result.issues, [{ level: 'warning', path: 'line 17, column Datum', message: '"31.02.2024" is not a date (expected dd.mm.yyyy or yyyy-mm-dd); the row is left out' }]);
      assert.equal(result.json.name, 'Polizeitage Hamburg 2024');
      assert.deepEqual(result.json.location, { '@type': 'Place', name: 'Congress Center Hamburg', address: 'Congressplatz 1, 20355 Hamburg' });
      const lagebild = result.json.subEvent[1];
      assert.deepEqual([lagebild.description, lagebild.additionalType, lagebild.keywords, lagebild.inLanguage, lagebild.url], ['Wie sich Angriffe verändern; was Behörden tun', 'Vortrag', 'Cybercrime', 'de', 'https://polizeitage.example/lagebild']);
      const read = normalizeEvent(result.json);
      assert.deepEqual(read.issues, []);
      assert.equal(read.event.sessions.length, 5);
      assert.equal(read.event.sessions.find((s) => s.name === 'Lagebild: Cybercrime').kind, 'talk', 'Vortrag is a talk');
    }
  });

  it('the same in English: comma-separated, a duration in minutes or hh:mm', () => {
    const { json, issues, encoding } = convertFile(bytes('programme-en.csv'));
    assert.deepEqual(issues, []);
    assert.equal(encoding, 'utf-8');
    assert.deepEqual(rows(json), [
      ['Welcome', '2024-11-06T09:00:00+01:00', '2024-11-06T09:30:00+01:00', 'Hall 1', ['Dr. Anna Beispiel', 'Max Mustermann']],
      ['Threat picture: cybercrime, ransomware', '2024-11-06T09:30:00+01:00', '2024-11-06T10:15:00+01:00', 'Hall 1', ['Jana Schäfer']],
    ]);
  });

  it('the template in docs/ converts without a problem, and the event\'s name and place may come from the options', () => {
    const { json, issues } = convertFile(readFileSync('docs/vorlage-programm.csv'), { name: 'Polizeisymposium', place: 'Rathaus' });
    assert.deepEqual(issues, []);
    assert.equal(json.name, 'Polizeisymposium');
    assert.equal(json.location.name, 'Rathaus');
    assert.equal(json.subEvent.length, 2);
  });

  it('without a header row, or without the event\'s name, it says so and converts nothing', () => {
    assert.match(convertFile(new TextEncoder().encode('a;b\n1;2\n')).issues[0].message, /no header row naming a title and a date column/);
    const unnamed = convertFile(new TextEncoder().encode('Datum;Beginn;Titel\n06.11.2024;09:00;Begrüßung\n'));
    assert.equal(unnamed.json, undefined);
    assert.match(unnamed.issues[0].message, /missing: name the event/);
  });

  it('`npx event-widgets convert` and `validate` say what they read', () => {
    const converted = cli('convert', 'test/fixtures/spreadsheet/programm-windows-1252.csv');
    assert.equal(converted.status, 0, converted.stderr);
    assert.match(converted.stderr, /gelesen als Tabelle \(CSV, windows-1252\), 5 Programmpunkte/);
    assert.equal(JSON.parse(converted.stdout).subEvent.length, 5);
    const checked = cli('validate', 'docs/vorlage-programm.csv');
    assert.equal(checked.status, 0, checked.stderr);
    assert.match(checked.stdout, /vorlage-programm\.csv: „Name Ihrer Veranstaltung", .*2 Programmpunkte \(gelesen als Tabelle, CSV\)/);
  });
});

describe('a calendar (.ics)', () => {
  const file = (name) => readFileSync(`test/fixtures/icalendar/${name}`);
  const NOW = Date.parse('2026-12-06T12:00:00Z');
  /** What ical.js itself makes of every VEVENT's start (the trusted reading, where the file defines its zones). */
  function icalStarts(name) {
    const calendar = new ICAL.Component(ICAL.parse(readFileSync(`test/fixtures/icalendar/${name}`, 'utf8')));
    for (const vtimezone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(vtimezone);
    return calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  }

  it('a real Exchange 2010 export (collective/icalendar\'s test corpus): GMT Standard Time, all-day series whose EXDATE Outlook writes as midnight', () => {
    const { format, json, issues } = convertFile(file('exchange-2010-gmt-standard-time.ics'), { now: Date.parse('2024-10-05T00:00:00Z') });
    assert.equal(format, 'icalendar');
    assert.deepEqual(issues, []);
    assert.equal(json['@type'], 'EventSeries');
    assert.equal(json.name, 'Kalender');
    // Every other Monday from 1 July until 28 July: 1 and 15 July, and 15 July is excluded
    // (EXDATE;TZID=GMT Standard Time:20240715T000000 beside DTSTART;VALUE=DATE).
    assert.deepEqual(json.subEvent.map((e) => [e.name, e.startDate, e.endDate]), [
      ['test123', '2024-07-01', '2024-07-07'],
      ['test123 - edited event!!!!', '2024-07-01', '2024-07-07'],
      // 18:30 in London in October is British Summer Time.
      ['outlook event with alarm', '2024-10-04T18:30:00+01:00', '2024-10-04T19:00:00+01:00'],
    ]);
    assert.deepEqual(json.subEvent[0].eventSchedule, { '@type': 'Schedule', scheduleTimezone: 'Europe/London' }, 'GMT Standard Time is London');
    // The folded UID is one identifier.
    assert.equal(json.subEvent[2].identifier, '040000008200E00074C5B7101A82E00800000000EF8046288216DB010000000000000000100000000D748168D60A25439FA3E76297E80CB0');
  });

  it('Outlook: Windows zone names, a monthly RRULE with EXDATE and a moved date, a cancelled event, escaped text and folded lines', () => {
    const { format, json, issues } = convertFile(file('outlook-windows-zones.ics'), { now: NOW });
    assert.equal(format, 'icalendar');
    assert.deepEqual(issues, []);
    assert.equal(json['@type'], 'EventSeries');
    const dates = json.subEvent.map((e) => [e.name, e.startDate, e.endDate, e.eventStatus ?? '']);
    assert.deepEqual(dates, [
      ['Arbeitskreis Digitale Polizei', '2027-03-03T10:00:00+01:00', '2027-03-03T12:00:00+01:00', ''],
      ['Arbeitskreis Digitale Polizei', '2027-04-07T10:00:00+02:00', '2027-04-07T12:00:00+02:00', ''],
      // 5 May is an EXDATE; 2 June moved to 9 June, 14:00.
      ['Arbeitskreis Digitale Polizei (verlegt)', '2027-06-09T14:00:00+02:00', '2027-06-09T15:00:00+02:00', ''],
      ['Arbeitskreis Digitale Polizei', '2027-07-07T10:00:00+02:00', '2027-07-07T12:00:00+02:00', ''],
      ['Arbeitskreis Digitale Polizei', '2027-08-04T10:00:00+02:00', '2027-08-04T12:00:00+02:00', ''],
      ['Polizeitage Hamburg 2027 (abgesagt)', '2027-11-10T08:30:00+01:00', '2027-11-10T17:30:00+01:00', 'https://schema.org/EventCancelled'],
    ]);
    const first = json.subEvent[0];
    assert.equal(first.description, 'Arbeitstreffen der Länderpolizeien, Bundespolizei und des Zolls.\nBitte Ausweis mitbringen; Einlass ab 8:30 Uhr.', 'escapes undone, folded line joined');
    assert.deepEqual(first.location, { '@type': 'Place', name: 'Polizeipräsidium Hamburg', address: 'Bruno-Georges-Platz 1, 22297 Hamburg' });
    assert.deepEqual(first.organizer, { '@type': 'Organization', name: 'Behörden Spiegel' });
    // The same instants ical.js reads with the file's own VTIMEZONE.
    const [master] = icalStarts('outlook-windows-zones.ics');
    assert.equal(Date.parse(first.startDate), master.startDate.toJSDate().getTime());
    // The widgets read it as a series of dates, the cancelled one cancelled.
    const series = normalizeEvents(json, { now: NOW });
    assert.deepEqual(series.issues, []);
    assert.equal(series.events.length, 6);
    assert.equal(series.events.at(-1).status, 'cancelled');
  });

  it('without the VTIMEZONE, the Windows name is mapped to its IANA zone (CLDR) and gives the same instants', () => {
    const text = readFileSync('test/fixtures/icalendar/outlook-windows-zones.ics', 'utf8').replace(/BEGIN:VTIMEZONE[\s\S]*?END:VTIMEZONE\r\n/, '');
    const { json } = convertFile(new TextEncoder().encode(text), { now: NOW });
    const withZone = convertFile(file('outlook-windows-zones.ics'), { now: NOW }).json;
    assert.deepEqual(json.subEvent.map((e) => e.startDate), withZone.subEvent.map((e) => e.startDate));
  });

  it('Google: all-day dates (DTEND the day after), an IANA TZID without VTIMEZONE shown in its own zone, UTC times, the calendar\'s name', () => {
    const { json, issues } = convertFile(file('google-calendar.ics'), { now: NOW });
    assert.deepEqual(issues, []);
    assert.equal(json.name, 'Polizeitage 2027');
    const [messe, forum, digital] = json.subEvent;
    assert.deepEqual([messe.startDate, messe.endDate], ['2027-09-14', '2027-09-15']);
    assert.deepEqual([forum.startDate, forum.endDate], ['2027-10-20T09:00:00-04:00', '2027-10-20T17:00:00-04:00']);
    assert.deepEqual(forum.eventSchedule, { '@type': 'Schedule', scheduleTimezone: 'America/New_York' });
    assert.equal(digital.startDate, '2027-11-03T09:00:00+01:00');
    assert.equal(messe.url, 'https://polizeitage.example/fachmesse-2027');
    const read = normalizeEvents(json, { now: NOW });
    assert.deepEqual(read.issues, []);
    assert.equal(read.events.find((e) => e.name.startsWith('European')).timeZone, 'America/New_York');
    assert.equal(read.events.find((e) => e.name === 'Fachmesse Musterstadt').allDay, true);
  });

  it('a custom VTIMEZONE is read by its own rules, as ical.js reads it', () => {
    const { json } = convertFile(file('thunderbird-custom-zone.ics'), { now: NOW });
    assert.equal(json['@type'], 'Event', 'one event is an Event, not a series');
    assert.equal(json.startDate, '2027-07-01T09:30:00+02:00');
    assert.equal(Date.parse(json.startDate), icalStarts('thunderbird-custom-zone.ics')[0].startDate.toJSDate().getTime());
  });

  it('`npx event-widgets convert` and `validate` read it and say so; a broken file is named', () => {
    const ok = cli('convert', 'test/fixtures/icalendar/outlook-windows-zones.ics');
    assert.equal(ok.status, 0, ok.stderr);
    assert.match(ok.stderr, /gelesen als Kalender \(iCalendar\), \d+ Termine/);
    const checked = cli('validate', 'test/fixtures/icalendar/outlook-windows-zones.ics');
    assert.equal(checked.status, 0, checked.stderr);
    assert.match(checked.stdout, /Reihe „Arbeitskreis Digitale Polizei", \d+ Veranstaltungen \(gelesen als Kalender, iCalendar\)/);
    const broken = join(mkdtempSync(join(tmpdir(), 'ev-ics-')), 'kaputt.ics');
    writeFileSync(broken, 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n');
    const bad = cli('convert', broken);
    assert.equal(bad.status, 1);
    assert.match(bad.stderr, /no VEVENT/);
  });
});
