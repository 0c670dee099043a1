// The data messages of the widgets (English, for developers' consoles) in German, for editors
// running `event-widgets validate`. Each pattern matches one message the normaliser writes; the
// values in them are the data as written and stay as they are. A message no pattern knows is
// printed in English rather than lost; test/package/package.test.mjs runs a file that provokes
// every message and fails on any line left in English.

/** How a value is described when it is not text (`describe` in src/data/normalize/reader.ts). */
const VALUE_WORDS = { 'a list': 'eine Liste', 'an object': 'ein Objekt', nothing: 'nichts', string: 'Text', number: 'eine Zahl', boolean: 'ein Wahrheitswert' };
const value = (v) => VALUE_WORDS[v] ?? v;

/** What a message says after its last `;`: what became of the value. */
const OUTCOMES = [
  [/; session "(.*)" skipped$/, (m) => `; Programmpunkt „${m[1]}" übersprungen`],
  [/; session skipped$/, () => '; Programmpunkt übersprungen'],
  [/; schedule left out$/, () => '; Terminplan weggelassen'],
  [/; left out$/, () => '; weggelassen'],
  [/; ignored$/, () => '; nicht beachtet'],
];

const PROBLEMS = [
  [/^missing$/, () => 'fehlt'],
  [/^not an object$/, () => 'kein Objekt'],
  [/^expected text, got (.+)$/, (m) => `Text erwartet, gefunden: ${value(m[1])}`],
  [/^expected an Offer, got (.+)$/, (m) => `Offer erwartet, gefunden: ${value(m[1])}`],
  [/^expected a Place, got (.+)$/, (m) => `Place erwartet, gefunden: ${value(m[1])}`],
  [/^expected an Organization or Person with a name, got (.+)$/, (m) => `Organization oder Person mit Namen erwartet, gefunden: ${value(m[1])}`],
  [/^expected a JSON object, got (.+)$/, (m) => `JSON-Objekt erwartet, gefunden: ${value(m[1])}`],
  [/^(.+) is not a date \(expected ISO 8601 such as (".+")\)$/, (m) => `${value(m[1])} ist kein Datum (erwartet ISO 8601 wie ${m[2]})`],
  [/^(.+) is not a date$/, (m) => `${value(m[1])} ist kein Datum`],
  [/^(.+) is before startDate; the end is left out$/, (m) => `${m[1]} liegt vor startDate; das Ende wird weggelassen`],
  [/^(.+) is before startDate$/, (m) => `${m[1]} liegt vor startDate`],
  [/^(.+) is not a price$/, (m) => `${value(m[1])} ist kein Preis`],
  [/^(.+) can be read two ways \(1\.000: one thousand, or one\?\); write "1000" or "1\.00"$/, (m) => `${m[1]} ist nicht eindeutig (1.000: tausend oder eins?); bitte "1000" oder "1.00" schreiben`],
  [/^(.+) names (\S+), priceCurrency (\S+); \S+ is used$/, (m) => `${m[1]} nennt ${m[2]}, priceCurrency aber ${m[3]}; ${m[3]} gilt`],
  [/^latitude\/longitude are not valid coordinates$/, () => 'latitude/longitude sind keine gültigen Koordinaten'],
  [/^(".+") is not an IANA time zone; (\S+) is used$/, (m) => `${m[1]} ist keine IANA-Zeitzone; ${m[2]} gilt`],
  [/^(.+) is not an allowed link \(only https, http, mailto and tel\)$/, (m) => `${value(m[1])} ist kein erlaubter Link (nur https, http, mailto und tel)`],
  [/^(.+) is a relative link: on other sites it leads to (\S+); write the full address \(https:\/\/…\)$/, (m) => `${m[1]} ist ein relativer Link: auf anderen Seiten führt er zu ${m[2]}; bitte die volle Adresse schreiben (https://…)`],
  [/^(.+) is not one of (.+)$/, (m) => `${value(m[1])} ist keiner der Werte ${m[2]}`],
  [/^(.+) is not a whole number of people$/, (m) => `${value(m[1])} ist keine ganze Zahl von Personen`],
  [/^no schema\.org Event found \(expected "@type": "Event" or a subtype, "@graph", or an ItemList\)$/, () => 'kein schema.org-Event gefunden (erwartet "@type": "Event" oder ein Untertyp, "@graph" oder eine ItemList)'],
  [/^no event with @id, identifier or url (".*"); showing the next one instead$/, (m) => `keine Veranstaltung mit @id, identifier oder url ${m[1]}; gezeigt wird stattdessen die nächste`],
  [/^no "@type"; read as an Event$/, () => 'kein „@type"; als Event gelesen'],
  [/^(.+) is not an ISO 8601 duration \(expected e\.g\. (".+")\)$/, (m) => `${m[1]} ist keine ISO-8601-Dauer (erwartet z. B. ${m[2]})`],
  [/^gives no date \(see its startDate, endDate, repeatCount and exceptDate\)$/, () => 'ergibt keinen Termin (siehe startDate, endDate, repeatCount und exceptDate)'],
  [/^(.+) is not a repeat frequency \(expected an ISO 8601 duration such as (".+") or (".+")\)$/, (m) => `${m[1]} ist keine Wiederholung (erwartet eine ISO-8601-Dauer wie ${m[2]} oder ${m[3]})`],
  [/^(.+) is not a number from (-?\d+) to (-?\d+)$/, (m) => `${m[1]} ist keine Zahl von ${m[2]} bis ${m[3]}`],
  [/^(.+) is not a day of the week \(expected e\.g\. (".+") or (".+")\)$/, (m) => `${m[1]} ist kein Wochentag (erwartet z. B. ${m[2]} oder ${m[3]})`],
  [/^(.+) is not a time of day \(expected e\.g\. (".+")\)$/, (m) => `${m[1]} ist keine Uhrzeit (erwartet z. B. ${m[2]})`],
  [/^(.+) is not a number of dates \(1 or more\)$/, (m) => `${m[1]} ist keine Anzahl von Terminen (1 oder mehr)`],
];

const translate = (patterns, text) => {
  for (const [pattern, german] of patterns) {
    const match = pattern.exec(text);
    if (match) return { match, german: german(match) };
  }
  return undefined;
};

/** The problem itself: a field's name (a session's `startDate: …`) stays, the rest is translated. */
function problemInGerman(text) {
  const field = /^(name|startDate|endDate): (.+)$/.exec(text);
  if (field) {
    const inner = problemInGerman(field[2]);
    return inner === undefined ? undefined : `${field[1]}: ${inner}`;
  }
  return translate(PROBLEMS, text)?.german;
}

/** One data message in German, or the English one when no pattern knows it. */
export function inGerman(message) {
  const outcome = translate(OUTCOMES, message);
  const problem = problemInGerman(outcome ? message.slice(0, outcome.match.index) : message);
  return problem === undefined ? message : problem + (outcome?.german ?? '');
}
