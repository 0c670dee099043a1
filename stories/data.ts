/**
 * Event data for stories, dated relative to today so every time-dependent
 * state (upcoming, running, registration open or closed) looks right whenever
 * Storybook is opened.
 */
import { normalizeEvent } from '../src/data/normalize.js';
import { fingerprintsOf } from '../src/data/session-changes.js';

const DAY = 86_400_000;

function isoAt(dayOffset: number, hour: number, minute = 0): string {
  const d = new Date(Date.now() + dayOffset * DAY);
  d.setHours(hour, minute, 0, 0);
  return d.toISOString();
}

function dateOnly(dayOffset: number): string {
  return new Date(Date.now() + dayOffset * DAY).toISOString().slice(0, 10);
}

/** The Polizeitage Hamburg programme moved to `days` from today (the real event took place on 6 November 2024). */
export function polizeitage(days = 30, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BusinessEvent',
    '@id': 'https://polizeitage.example/hamburg-story',
    name: 'Polizeitage Hamburg',
    alternateName: 'Netzwerk Sicherheit – Metropolregion Hamburg',
    superEvent: { '@type': 'EventSeries', name: 'Polizeitage' },
    description:
      'Der zweitgrößten Stadt Deutschlands mit dem größten deutschen Hafen, dem Hauptbahnhof, dem Flughafen und vielen Versammlungen stellen sich besondere Herausforderungen an die Sicherheit.\n\nDas Zusammenspiel der Polizei Hamburg, der Bundespolizei und dem Zoll bildet die Basis des Sicherheitsverbunds der Metropole Hamburg.',
    startDate: isoAt(days, 8, 30),
    endDate: isoAt(days, 17, 30),
    location: {
      '@type': 'Place',
      name: 'Grand Elysée Hamburg',
      address: { '@type': 'PostalAddress', streetAddress: 'Rothenbaumchaussee 10', postalCode: '20148', addressLocality: 'Hamburg' },
      geo: { '@type': 'GeoCoordinates', latitude: 53.5627, longitude: 9.9868 },
    },
    organizer: [
      { '@type': 'Organization', name: 'Behörden Spiegel' },
      { '@type': 'Organization', name: 'Gewerkschaft der Polizei (GdP), Landesbezirk Hamburg' },
    ],
    contributor: ['Polizei Hamburg', 'Bundespolizei', 'Zoll'],
    about: [
      'Digitale Kommunikation/Informationsaustausch',
      'Durchleuchtung zur Bekämpfung des Menschen- und Drogenschmuggels',
      'Möglichkeiten der Videobeobachtung',
      'Containeridentifizierung mithilfe von KI-Lösungen',
      'Software für ressortübergreifende Stabsarbeit',
    ],
    maximumAttendeeCapacity: 100,
    offers: { '@type': 'Offer', price: 0, priceCurrency: 'EUR', availability: 'https://schema.org/InStock', validFrom: dateOnly(days - 60), validThrough: dateOnly(days - 2), url: '#anmeldung' },
    ...extra,
  };
}

/** An event happening right now. */
export function runningNow(): Record<string, unknown> {
  return polizeitage(0, { startDate: new Date(Date.now() - 3_600_000).toISOString(), endDate: new Date(Date.now() + 3 * 3_600_000).toISOString() });
}

/** A transport that never answers: the loading state. */
export const neverAnswers: typeof fetch = () => new Promise(() => {});

/** A transport that answers with an HTTP error. */
export const answersWith = (status: number): typeof fetch => async () => new Response('Not found', { status, statusText: 'Not Found' });

/**
 * A programme around the current time, so one session is always running:
 * the live state without faking the clock.
 */
export function liveProgramme(): Record<string, unknown> {
  const now = Date.now();
  const slot = (from: number, minutes: number) => ({ startDate: new Date(now + from * 60_000).toISOString(), endDate: new Date(now + (from + minutes) * 60_000).toISOString() });
  return polizeitage(0, {
    ...slot(-120, 300),
    subEvent: [
      { '@type': 'Event', name: 'Begrüßung', additionalType: 'Begrüßung', location: 'Plenum', ...slot(-120, 30) },
      { '@type': 'Event', name: 'Digitale Kommunikation im Sicherheitsverbund', location: 'Plenum', ...slot(-90, 60), performer: { '@type': 'Person', name: 'N. N.', jobTitle: 'Leitung Digitalisierung', affiliation: 'Polizei Hamburg' } },
      { '@type': 'Event', name: 'Kaffeepause', additionalType: 'Pause', location: 'Foyer', ...slot(-30, 20) },
      { '@type': 'Event', name: 'Möglichkeiten der Videobeobachtung', additionalType: 'Podiumsdiskussion', location: 'Plenum', ...slot(-10, 60), description: 'Rechtlicher Rahmen, Technik und Akzeptanz.' },
      { '@type': 'Event', name: 'Containeridentifizierung mithilfe von KI-Lösungen', location: 'Plenum', ...slot(50, 45) },
    ],
  });
}

/**
 * A programme (`liveProgramme()`) after the changes of a morning, one of each kind: a new session, one moved
 * by a quarter of an hour, one cancelled, one in another room, one with another speaker.
 */
export function changedProgramme(programme: Record<string, unknown>): Record<string, unknown> {
  const sessions = programme.subEvent as Record<string, unknown>[];
  const later = (iso: unknown, minutes: number) => new Date(Date.parse(String(iso)) + minutes * 60_000).toISOString();
  const [welcome, talk, coffee, panel, last] = sessions;
  return {
    ...programme,
    subEvent: [
      welcome,
      { ...talk, location: 'Saal Alster' },
      { ...coffee, startDate: later(coffee.startDate, 15), endDate: later(coffee.endDate, 15) },
      { ...panel, eventStatus: 'https://schema.org/EventCancelled' },
      { ...last, performer: { '@type': 'Person', name: 'N. N.', jobTitle: 'Risikoanalyse', affiliation: 'Zoll' } },
      { '@type': 'Event', name: 'Aktuelle Lage: Hafen und Flughafen', location: 'Plenum', startDate: later(last.endDate, 0), endDate: later(last.endDate, 20) },
    ],
  };
}

/**
 * Stores `earlier` as what the visitor saw on their last visit (as the agenda's change marks keep
 * it), so an agenda with other data marks what changed since.
 */
export function seenBefore(earlier: Record<string, unknown>): { earlier: Record<string, unknown> } {
  const { event } = normalizeEvent(earlier);
  if (event) localStorage.setItem(`event-widgets:seen:${event.id}`, JSON.stringify(fingerprintsOf(event.sessions)));
  return { earlier };
}

/** A congress day of `n` sessions in four rooms, a slot every six minutes from 08:30, 30 days from today: a long day is built in batches. */
export function longDay(n = 300): Record<string, unknown> {
  const rooms = ['Saal 1', 'Saal 2', 'Saal 3', 'Saal 4'];
  const subEvent = Array.from({ length: n }, (_, i) => ({
    '@type': 'Event',
    '@id': `https://polizeitage.example/long-day#s${i}`,
    name: `Fachforum ${i + 1}: ${['Lagebild', 'Digitalfunk', 'Grenzschutz', 'Forensik'][i % 4]}`,
    startDate: isoAt(30, 8, 30 + Math.floor(i / 4) * 6),
    location: { '@type': 'Place', name: rooms[i % 4] },
    performer: { '@type': 'Person', name: `Referent ${i + 1}`, affiliation: { '@type': 'Organization', name: 'Bundespolizei' } },
  }));
  return polizeitage(30, { '@id': 'https://polizeitage.example/long-day', name: 'Polizeikongress (langer Tag)', subEvent });
}

/**
 * The Polizeitage as a series, dated around today: a past date, the next one with registration
 * open, a symposium that is sold out, the Digitaler Polizeitag online, a cancelled date and one in
 * another region. Marked as examples, as the demo's series is.
 */
export function polizeitageSeries(extra: Record<string, unknown> = {}): Record<string, unknown> {
  const place = (name: string, town: string, region: string) => ({ '@type': 'Place', name, address: { '@type': 'PostalAddress', addressLocality: town, addressRegion: region } });
  const date = (name: string, days: number, format: string, more: Record<string, unknown>) => ({
    '@type': 'BusinessEvent',
    '@id': `https://polizeitage.example/story/${days}`,
    name,
    additionalType: format,
    startDate: isoAt(days, 9),
    endDate: isoAt(days, 16, 30),
    ...more,
  });
  return {
    '@context': 'https://schema.org',
    '@type': 'EventSeries',
    name: 'Polizeitage',
    subEvent: [
      date('Polizeitage Hamburg (Beispiel)', -40, 'Polizeitag', { location: place('Grand Elysée Hamburg', 'Hamburg', 'Hamburg') }),
      date('Polizeitage Kiel (Beispiel)', 12, 'Polizeitag', {
        location: place('Halle 400', 'Kiel', 'Schleswig-Holstein'),
        offers: { '@type': 'Offer', price: 0, priceCurrency: 'EUR', availability: 'https://schema.org/InStock', validThrough: dateOnly(9) },
        url: 'https://polizeitage.example/kiel',
      }),
      date('Polizeisymposium Musterstadt (Beispiel)', 26, 'Polizeisymposium', { location: place('Rathaus Musterstadt', 'Musterstadt', 'Niedersachsen'), offers: { '@type': 'Offer', availability: 'https://schema.org/SoldOut' } }),
      date('Digitaler Polizeitag (Beispiel)', 33, 'Digitaler Polizeitag', { eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode', location: { '@type': 'VirtualLocation', url: 'https://polizeitage.example/online' } }),
      date('Polizeitage Hamburg, Frühjahr (Beispiel, abgesagt)', 61, 'Polizeitag', { eventStatus: 'https://schema.org/EventCancelled', location: place('Grand Elysée Hamburg', 'Hamburg', 'Hamburg') }),
      date('Polizeitage Hamburg, Herbst (Beispiel)', 160, 'Polizeitag', { location: place('Grand Elysée Hamburg', 'Hamburg', 'Hamburg') }),
    ],
    ...extra,
  };
}

/** A monthly online hour (schema.org eventSchedule): the card shows the rule and the next date. */
export function monthlyOfficeHour(): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: 'Digitaler Polizeitag: Sprechstunde',
    description: 'Fragen zur Digitalisierung der Polizeiarbeit, jeden ersten Mittwoch im Monat.',
    eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
    location: { '@type': 'VirtualLocation', url: 'https://polizeitage.example/sprechstunde' },
    offers: { '@type': 'Offer', price: '0,00 €', url: '#anmeldung' },
    eventSchedule: { '@type': 'Schedule', repeatFrequency: 'P1M', byDay: 'https://schema.org/Wednesday', byMonthWeek: 1, startTime: '10:00', endTime: '11:00', scheduleTimezone: 'Europe/Berlin' },
  };
}

/**
 * A congress day in five rooms around the present moment, for the foyer screen (<ev-now>):
 * `shift` moves the present (minutes) so a story shows the morning, a pause or the last session.
 */
export function foyerDay(shift = 0, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const now = Math.floor(Date.now() / 60_000) * 60_000 - shift * 60_000;
  const at = (minutes: number) => new Date(now + minutes * 60_000).toISOString();
  const session = (id: string, name: string, from: number, to: number, room: string, more: Record<string, unknown> = {}) => ({
    '@type': 'Event',
    '@id': `https://polizeitage.example/foyer#${id}`,
    url: `https://polizeitage.example/programm/${id}`,
    name,
    startDate: at(from),
    endDate: at(to),
    location: room,
    ...more,
  });
  const person = (name: string, affiliation: string) => ({ '@type': 'Person', name, affiliation });
  return {
    '@context': 'https://schema.org',
    '@type': 'BusinessEvent',
    '@id': 'https://polizeitage.example/foyer',
    url: 'https://polizeitage.example/foyer',
    name: 'Polizeikongress Musterstadt',
    startDate: at(-120),
    endDate: at(300),
    location: { '@type': 'Place', name: 'Kongresszentrum Musterstadt' },
    subEvent: [
      session('lagebild', 'Lagebild Cybercrime: Erkenntnisse aus zwei Jahren gemeinsamer Ermittlungen', -20, 25, 'Saal 1', { performer: [person('Jan Weber', 'Landeskriminalamt'), person('Eva Roth', 'Bundespolizei')] }),
      session('podium', 'Podium: Drohnenabwehr an Flughäfen', 40, 100, 'Saal 1'),
      session('digitalfunk', 'Workshop Digitalfunk', -40, 50, 'Saal 2', { performer: person('Tom Berger', 'Zoll') }),
      session('abschluss', 'Abschluss und Ausblick', 200, 230, 'Saal 2'),
      session('forensik', 'Forensik im Hafen', 15, 75, 'Saal 3'),
      session('ausstellung', 'Fachausstellung', -120, 300, 'Foyer'),
      session('recht', 'Recht der Videobeobachtung', -10, 50, 'Saal 4', { performer: person('Dr. Lena Vogt', 'Innenministerium') }),
    ],
    ...extra,
  };
}
