// The widgets' data messages (English, for developers' consoles) in an editor's words, German and
// English: what the builder (demo/builder.js) and `event-widgets validate` (bin/validate.mjs) print.
// Built on its own into dist/issue-texts.js; no widget loads it.

/**
 * The widgets' data messages (English, for developers) in the editor's words. Each pattern
 * matches one message `normalizeEvent` or the attribute overrides write; `$1`… are its values.
 */
const ISSUES: [RegExp, Record<'de' | 'en', string>][] = [
  [/^missing: set the (\w+) attribute or give data$/, { de: 'fehlt: geben Sie Daten an', en: 'missing: give data' }],
  [/^missing$/, { de: 'Angabe fehlt', en: 'missing' }],
  [/^expected a JSON object, got (.+)$/, { de: 'Das ist kein JSON-Objekt (sondern $1).', en: 'This is not a JSON object (but $1).' }],
  [/^no schema\.org Event found/, { de: 'Keine Veranstaltung gefunden: es fehlt "@type": "Event" (oder ein Untertyp wie BusinessEvent).', en: 'No event found: "@type": "Event" (or a subtype such as BusinessEvent) is missing.' }],
  [/^no event with @id, identifier or url "(.*)"; showing the next one instead$/, { de: 'Keine Veranstaltung mit der Kennung „$1“; die nächste wird gezeigt.', en: 'No event with the identifier “$1”; the next one is shown.' }],
  [/^no "@type"; read as an Event$/, { de: 'Ohne "@type"; als Veranstaltung gelesen.', en: 'No "@type"; read as an event.' }],
  [/^(.+) is before startDate; the end is left out$/, { de: 'Das Ende $1 liegt vor dem Beginn; es wird weggelassen.', en: 'The end $1 is before the start; it is left out.' }],
  [/^(.+) is before startDate$/, { de: 'Das Ende $1 liegt vor dem Beginn.', en: 'The end $1 is before the start.' }],
  [/^is before the start; the end is left out$/, { de: 'Das Ende liegt vor dem Beginn; es wird weggelassen.', en: 'The end is before the start; it is left out.' }],
  [/^not an object; session skipped$/, { de: 'Kein Programmpunkt (kein Objekt); ausgelassen.', en: 'Not a session (not an object); skipped.' }],
  [/^(.+); session(?: "(.*)")? skipped$/, { de: 'Programmpunkt „$2“ ausgelassen: $1', en: 'Session “$2” skipped: $1' }],
  [/^(.+) is not an IANA time zone; (.+) is used$/, { de: '$1 ist keine Zeitzone (wie Europe/Berlin); $2 wird verwendet.', en: '$1 is not a time zone (such as Europe/Berlin); $2 is used.' }],
  [/^expected text, got (.+?)(; left out)?$/, { de: 'Hier gehört ein Text hin, nicht $1.', en: 'This should be text, not $1.' }],
  [/^(.+) is not a date \(expected ISO 8601 such as "2024-11-06T09:00"\)(; left out)?$/, { de: '$1 ist kein gültiges Datum (erwartet z. B. "2024-11-06T09:00").', en: '$1 is not a valid date (expected e.g. "2024-11-06T09:00").' }],
  [/^(.+) is not an allowed link \(only https, http, mailto and tel\); left out$/, { de: '$1 ist kein erlaubter Link (nur https, http, mailto und tel); weggelassen.', en: '$1 is not an allowed link (only https, http, mailto and tel); left out.' }],
  [/^(.+) is a relative link: on other sites it leads to (.+); write the full address \(https:\/\/…\)$/, { de: '$1 ist ein relativer Link: auf anderen Seiten führt er zu $2. Schreiben Sie die volle Adresse (https://…).', en: '$1 is a relative link: on other sites it leads to $2. Write the full address (https://…).' }],
  [/^(.+) is not one of (.+); ignored$/, { de: '$1 ist keiner der bekannten Werte ($2); nicht beachtet.', en: '$1 is none of the known values ($2); ignored.' }],
  [/^(.+) is not a whole number of people; left out$/, { de: '$1 ist keine ganze Zahl von Personen; weggelassen.', en: '$1 is not a whole number of people; left out.' }],
  [/^expected a Place, got (.+); left out$/, { de: 'Hier gehört ein Ort (Place) hin, nicht $1; weggelassen.', en: 'This should be a Place, not $1; left out.' }],
  [/^latitude\/longitude are not valid coordinates; left out$/, { de: 'Breite/Länge sind keine gültigen Koordinaten; weggelassen.', en: 'Latitude/longitude are not valid coordinates; left out.' }],
  [/^expected an Organization or Person with a name, got (.+); left out$/, { de: 'Hier gehört eine Organisation oder Person mit Namen hin, nicht $1; weggelassen.', en: 'This should be an organisation or person with a name, not $1; left out.' }],
  [/^expected an Offer, got (.+); left out$/, { de: 'Hier gehört ein Angebot (Offer) hin, nicht $1; weggelassen.', en: 'This should be an Offer, not $1; left out.' }],
  [/^(.+) is not a price; left out$/, { de: '$1 ist kein Preis; weggelassen.', en: '$1 is not a price; left out.' }],
  [/^(.+) can be read two ways \(1\.000: one thousand, or one\?\); write "1000" or "1\.00"; left out$/, { de: '$1 lässt sich zweifach lesen (1.000: tausend oder eins?); schreiben Sie "1000" oder "1.00". Weggelassen.', en: '$1 can be read two ways (1.000: a thousand, or one?); write "1000" or "1.00". Left out.' }],
  [/^(.+) names (\S+), priceCurrency (\S+); \S+ is used$/, { de: 'Der Preis $1 nennt $2, die Währung (priceCurrency) $3; es gilt $3.', en: 'The price $1 names $2, the currency (priceCurrency) $3; $3 is used.' }],
  [/^(.+) is not a repeat frequency \(expected an ISO 8601 duration such as "P1W" or "P1M"\); schedule left out$/, { de: '$1 ist keine Wiederholung (erwartet z. B. "P1W" für wöchentlich oder "P1M" für monatlich); die Terminreihe wird weggelassen.', en: '$1 is not a repeat frequency (expected e.g. "P1W" for weekly or "P1M" for monthly); the schedule is left out.' }],
  [/^(.+) is not a day of the week \(expected e\.g\. "https:\/\/schema\.org\/Wednesday" or "2MO"\); left out$/, { de: '$1 ist kein Wochentag (erwartet z. B. "https://schema.org/Wednesday" oder "2MO"); weggelassen.', en: '$1 is not a day of the week (expected e.g. "https://schema.org/Wednesday" or "2MO"); left out.' }],
  [/^(.+) is not a number from (-?\d+) to (\d+); left out$/, { de: '$1 ist keine Zahl von $2 bis $3; weggelassen.', en: '$1 is not a number from $2 to $3; left out.' }],
  [/^(.+) is not a date; left out$/, { de: '$1 ist kein gültiges Datum; weggelassen.', en: '$1 is not a valid date; left out.' }],
  [/^(.+) is not a time of day \(expected e\.g\. "(.+)"\); left out$/, { de: '$1 ist keine Uhrzeit (erwartet z. B. "$2"); weggelassen.', en: '$1 is not a time of day (expected e.g. "$2"); left out.' }],
  [/^(.+) is not a number of dates \(1 or more\); left out$/, { de: '$1 ist keine Anzahl von Terminen (1 oder mehr); weggelassen.', en: '$1 is not a number of dates (1 or more); left out.' }],
  [/^(.+) is not an ISO 8601 duration \(expected e\.g\. "PT90M"\); left out$/, { de: '$1 ist keine Dauer (erwartet z. B. "PT90M" für 90 Minuten); weggelassen.', en: '$1 is not a duration (expected e.g. "PT90M" for 90 minutes); left out.' }],
  [/^gives no date \(see its startDate, endDate, repeatCount and exceptDate\)$/, { de: 'Die Terminreihe ergibt keinen Termin (prüfen Sie startDate, endDate, repeatCount und exceptDate).', en: 'The schedule gives no date (check its startDate, endDate, repeatCount and exceptDate).' }],
  // The programme formats' readers (src/data/formats/): schedule.json, spreadsheets, iCalendar.
  [/^missing: the conference needs a title \(or --name\)$/, { de: 'fehlt: die Veranstaltung braucht einen Titel (conference.title, oder --name).', en: 'missing: the conference needs a title (or --name).' }],
  [/^missing: name the event in a row "Veranstaltung;…" above the table \(or --name\)$/, { de: 'fehlt: nennen Sie die Veranstaltung in einer Zeile „Veranstaltung;…“ über der Tabelle (oder --name).', en: 'missing: name the event in a row “Event;…” above the table (or --name).' }],
  [/^missing; the talk is left out$/, { de: 'fehlt; der Programmpunkt wird weggelassen.', en: 'missing; the talk is left out.' }],
  [/^missing, and no talk gives a time$/, { de: 'fehlt, und kein Programmpunkt nennt eine Zeit.', en: 'missing, and no talk gives a time.' }],
  [/^no days: the programme is empty$/, { de: 'Keine Tage: das Programm ist leer.', en: 'No days: the programme is empty.' }],
  [/^not a frab\/pretalx schedule\.json \(expected "schedule" with "conference" or "events"\)$/, { de: 'Kein schedule.json von frab oder pretalx (erwartet "schedule" mit "conference" oder "events").', en: 'Not a frab or pretalx schedule.json (expected "schedule" with "conference" or "events").' }],
  [/^"(.*)" is not an IANA time zone; the offsets of the talks decide$/, { de: '„$1“ ist keine Zeitzone (wie Europe/Berlin); es gelten die Zeitangaben der Programmpunkte.', en: '“$1” is not a time zone (such as Europe/Berlin); the times of the talks decide.' }],
  [/^"(.*)" is not an IANA time zone; (.+) is used$/, { de: '„$1“ ist keine Zeitzone (wie Europe/Berlin); $2 wird verwendet.', en: '“$1” is not a time zone (such as Europe/Berlin); $2 is used.' }],
  [/^time_zone_name "(.*)" contradicts the offset of "(.*)"; the offsets are used, times shown in (.+)$/, { de: 'Die Zeitzone „$1“ passt nicht zur Zeitangabe „$2“; es gelten die Zeitangaben, gezeigt in $3.', en: 'The time zone “$1” does not fit the time “$2”; the times are used, shown in $3.' }],
  [/^"(.*)" is not a date and time with offset \(expected e\.g\. "(.+)"\); "(.*)" is left out$/, { de: '„$1“ ist keine Zeitangabe mit Abstand zu UTC (erwartet z. B. „$2“); „$3“ wird weggelassen.', en: '“$1” is not a time with its UTC offset (expected e.g. “$2”); “$3” is left out.' }],
  [/^"(.*)" is not a duration \(expected "hh:mm"\); the end is left out$/, { de: '„$1“ ist keine Dauer (erwartet „hh:mm“); das Ende wird weggelassen.', en: '“$1” is not a duration (expected “hh:mm”); the end is left out.' }],
  [/^no header row naming a title and a date column \(Titel\/Title, Datum\/Date\)$/, { de: 'Keine Kopfzeile mit einer Spalte für Titel und Datum (Titel/Title, Datum/Date).', en: 'No header row with a title and a date column (Titel/Title, Datum/Date).' }],
  [/^no row below the header could be read$/, { de: 'Keine Zeile unter der Kopfzeile ließ sich lesen.', en: 'No row below the header could be read.' }],
  [/^"(.*)" above the table is not an event field \((.+)\); ignored$/, { de: '„$1“ über der Tabelle ist keine Angabe zur Veranstaltung ($2); nicht beachtet.', en: '“$1” above the table is not an event field ($2); ignored.' }],
  [/^no title; the row is left out$/, { de: 'Kein Titel; die Zeile wird weggelassen.', en: 'No title; the row is left out.' }],
  [/^"(.*)" is not a date \(expected dd\.mm\.yyyy or yyyy-mm-dd\); the row is left out$/, { de: '„$1“ ist kein Datum (erwartet TT.MM.JJJJ oder JJJJ-MM-TT); die Zeile wird weggelassen.', en: '“$1” is not a date (expected dd.mm.yyyy or yyyy-mm-dd); the row is left out.' }],
  [/^"(.*)" is not a time \(expected hh:mm\); the row is left out$/, { de: '„$1“ ist keine Uhrzeit (erwartet hh:mm); die Zeile wird weggelassen.', en: '“$1” is not a time (expected hh:mm); the row is left out.' }],
  [/^"(.*)" is not a duration \(expected minutes or hh:mm\); the row is left out$/, { de: '„$1“ ist keine Dauer (erwartet Minuten oder hh:mm); die Zeile wird weggelassen.', en: '“$1” is not a duration (expected minutes or hh:mm); the row is left out.' }],
  [/^not an iCalendar file ical\.js can read \((.*)\)$/, { de: 'Keine lesbare Kalenderdatei (iCalendar): $1', en: 'Not a calendar file (iCalendar) that can be read: $1' }],
  [/^no VEVENT: the calendar has no events$/, { de: 'Der Kalender enthält keine Termine (VEVENT).', en: 'The calendar holds no events (VEVENT).' }],
  [/^no event with a SUMMARY and a DTSTART$/, { de: 'Kein Termin mit Titel (SUMMARY) und Beginn (DTSTART).', en: 'No event with a title (SUMMARY) and a start (DTSTART).' }],
  [/^no DTSTART; left out$/, { de: 'Ohne Beginn (DTSTART); weggelassen.', en: 'No start (DTSTART); left out.' }],
  [/^(\d+) event\(s\) without SUMMARY left out$/, { de: '$1 Termin(e) ohne Titel (SUMMARY) weggelassen.', en: '$1 event(s) without a title (SUMMARY) left out.' }],
  [/^a changed date \(RECURRENCE-ID\) without its repeating event; left out$/, { de: 'Ein geänderter Termin (RECURRENCE-ID) ohne seine Terminreihe; weggelassen.', en: 'A changed date (RECURRENCE-ID) without its repeating event; left out.' }],
  [/^markup \(an HTML page or XML other than frab's schedule\.xml\), not event data$/, { de: 'eine HTML-Seite oder XML (aber kein schedule.xml von frab), keine Veranstaltungsdaten', en: 'an HTML page or XML (but no schedule.xml of frab), not event data' }],
  [/^time zone "(.*)" is neither an IANA nor a Windows zone name; times are shown in (.+)$/, { de: 'Die Zeitzone „$1“ ist weder eine IANA- noch eine Windows-Zeitzone; die Zeiten werden in $2 gezeigt.', en: 'The time zone “$1” is neither an IANA nor a Windows zone name; times are shown in $2.' }],
];

/**
 * Where a message points, in `lang`: a spreadsheet's `line 17, column Datum` as an editor's
 * program counts (`Zeile 17, Spalte Datum`); a field's path stays as the data names it.
 *
 * @example translatePath('line 17, column Datum', 'de') // 'Zeile 17, Spalte Datum'
 */
export function translatePath(path: string, lang: 'de' | 'en'): string {
  return lang === 'de' ? path.replace(/^line (\d+)/, 'Zeile $1').replace(/, column /, ', Spalte ') : path;
}

/** How a message describes a value that is not text (`describe` in normalize/reader.ts), in German. */
const VALUE_WORDS: Record<string, string> = { 'a list': 'eine Liste', 'an object': 'ein Objekt', nothing: 'nichts', null: 'null', string: 'Text', number: 'eine Zahl', boolean: 'ein Wahrheitswert' };

/** The message in `lang`, or undefined when no pattern knows it. A skipped session's reason ("startDate: …") is translated too. */
export function translateIssue(message: string, lang: 'de' | 'en'): string | undefined {
  for (const [pattern, texts] of ISSUES) {
    const match = pattern.exec(message);
    if (!match) continue;
    const values = match.map((value) => (lang === 'de' && value !== undefined ? VALUE_WORDS[value] ?? value : value));
    if (pattern.source.includes('session(?:')) {
      const [, path, reason] = /^([^:]+): (.*)$/.exec(values[1]) ?? [];
      const inner = reason && translateIssue(reason, lang);
      if (!inner) return undefined;
      values[1] = `${path}: ${inner}`;
    }
    // A session without a name is skipped without quotes around nothing.
    return texts[lang].replace(/\$(\d)/g, (_, i) => values[Number(i)] ?? '').replace(/ („“|“”)/, '');
  }
  return undefined;
}
