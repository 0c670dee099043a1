// Deterministic benchmark data: a schema.org Event with `n` sessions over `days` days, in the
// shape publishers write (speakers with organisations, rooms, tracks, breaks, descriptions).
const TOPICS = ['Cybercrime', 'Digitale Forensik', 'Grenzschutz', 'Einsatztechnik', 'Zoll und Logistik', 'Führung', 'Prävention', 'Funk und Leitstellen', 'Drohnenabwehr', 'Recht'];
const ORGS = ['Bundespolizei', 'Zoll', 'LKA Hamburg', 'BKA', 'Polizeiakademie', 'Hochschule der Polizei', 'Musterfirma GmbH', 'Bundesministerium des Innern'];

const pad = (n) => String(n).padStart(2, '0');

/** @returns {object} JSON-LD of one event with `n` sessions, `perDay = n / days` per day from 08:00 Berlin time. */
export function programme(n, days = 1) {
  const perDay = Math.ceil(n / days);
  const rooms = Math.max(1, Math.ceil(perDay / 30));
  const sessions = [];
  for (let i = 0; i < n; i++) {
    const day = Math.floor(i / perDay);
    const slot = Math.floor((i % perDay) / rooms);
    const room = i % rooms;
    const start = 8 * 60 + slot * 20;
    const date = `2027-03-${pad(1 + day)}`;
    const at = (m) => `${date}T${pad(Math.floor(m / 60))}:${pad(m % 60)}:00+01:00`;
    const isBreak = slot % 8 === 7 && room === 0;
    const topic = TOPICS[i % TOPICS.length];
    sessions.push({
      '@type': 'Event',
      '@id': `#s${i}`,
      name: isBreak ? 'Kaffeepause' : `${topic}: Erfahrungen aus der Praxis, Teil ${i + 1}`,
      startDate: at(start),
      endDate: at(start + 20),
      ...(isBreak ? { additionalType: 'break' } : {
        location: { '@type': 'Place', name: `Saal ${room + 1}` },
        keywords: topic,
        description: `Ein Beitrag über ${topic} mit Beispielen aus Bund und Ländern und Zeit für Fragen.`,
        performer: [{ '@type': 'Person', name: `N. N. ${i}`, jobTitle: 'Referent', affiliation: { '@type': 'Organization', name: ORGS[i % ORGS.length] } }],
      }),
    });
  }
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    '@id': 'https://bench.example/event',
    name: 'Benchmark-Kongress',
    startDate: sessions[0].startDate,
    endDate: sessions[sessions.length - 1].endDate,
    location: { '@type': 'Place', name: 'Kongresszentrum', address: { '@type': 'PostalAddress', streetAddress: 'Musterstraße 1', postalCode: '20095', addressLocality: 'Hamburg' } },
    eventStatus: 'https://schema.org/EventScheduled',
    subEvent: sessions,
  };
}
