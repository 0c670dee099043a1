// Every word the embed builder shows, in German (for the web editors it is made for) and English.
// Attributes come from custom-elements.json; how each is named and explained to an editor is here.
// The suite fails when the manifest gains an attribute the builder offers without a text here.

/** The widgets an editor places, by what they show. */
export const WIDGETS = {
  de: {
    'ev-card': ['Veranstaltungskarte', 'Name, Datum, Ort, Themen und der Knopf zur Anmeldung.'],
    'ev-countdown': ['Countdown', 'Die Zeit bis zum Beginn oder bis zum Anmeldeschluss.'],
    'ev-agenda': ['Programm', 'Alle Programmpunkte mit Suche, Filter und persönlicher Merkliste.'],
    'ev-registration': ['Anmeldeformular', 'Das Formular, mit dem sich Besucher beim Veranstalter anmelden.'],
    'ev-series': ['Terminliste der Reihe', 'Alle Termine einer Veranstaltungsreihe, als Liste oder Monatskalender, mit Filtern und Kalender-Abo.'],
  },
  en: {
    'ev-card': ['Event card', 'Name, date, venue, topics and the button to register.'],
    'ev-countdown': ['Countdown', 'The time until the start or until registration closes.'],
    'ev-agenda': ['Programme', 'Every session, with search, filters and a personal selection.'],
    'ev-registration': ['Registration form', 'The form visitors use to register with the organiser.'],
    'ev-series': ['Dates of the series', 'Every date of an event series, as a list or a month calendar, with filters and a calendar subscription.'],
  },
};

/**
 * Options an editor sets: label, help in plain words, and for choices what each one does.
 * `advanced` ones sit under "Weitere Einstellungen".
 */
export const OPTIONS = {
  de: {
    variant: { label: 'Umfang', help: 'Wie viel die Karte zeigt.', choices: { full: 'Ausführlich: alle Angaben', compact: 'Kurz: Name, Datum, Ort und Anmeldung' } },
    'heading-level': { label: 'Überschriften-Ebene', help: 'Passt die Überschrift in die Gliederung Ihrer Seite ein. Steht das Widget unter einer Zwischenüberschrift (Ebene 2), wählen Sie 3.', choices: { 1: 'Ebene 1', 2: 'Ebene 2', 3: 'Ebene 3', 4: 'Ebene 4', 5: 'Ebene 5', 6: 'Ebene 6' } },
    'registration-href': { label: 'Ziel des Knopfs „Jetzt anmelden“', help: 'Leer lassen: der Knopf führt zum Anmeldeformular auf derselben Seite, sonst zur Anmeldeseite aus den Daten.', placeholder: 'https://…' },
    theme: { label: 'Farben', help: 'Hell oder dunkel, passend zum Hintergrund Ihrer Seite.', choices: { light: 'Hell', dark: 'Dunkel', auto: 'Wie beim Besucher eingestellt (hell oder dunkel)' } },
    lang: { label: 'Sprache der Beschriftungen', help: 'Die Texte der Veranstaltung selbst bleiben, wie sie sind.', choices: { de: 'Deutsch', en: 'Englisch' } },
    until: { label: 'Zählt bis', help: 'Zu welchem Zeitpunkt der Countdown zählt.', choices: { start: 'zum Beginn der Veranstaltung', 'registration-end': 'zum Anmeldeschluss' } },
    target: { label: 'Eigener Zeitpunkt', help: 'Nur ausfüllen, wenn der Countdown zu einem anderen Zeitpunkt zählen soll, z. B. 2027-03-01T09:00.', placeholder: 'JJJJ-MM-TTThh:mm', advanced: true },
    precision: { label: 'Genauigkeit', help: 'Mit Sekunden erscheint ein Knopf zum Anhalten.', choices: { minutes: 'Minuten', seconds: 'Sekunden' } },
    format: { label: 'Darstellung', help: 'Große Zahlen oder ein kurzer Satz.', choices: { full: 'Zahlen mit Einheiten', compact: 'Ein kurzer Satz („in 28 Tagen“)' } },
    'no-caption': { label: 'Ohne Beschriftung', help: 'Lässt die Zeile „Zeit bis zum Beginn: …“ weg, etwa wenn Ihre Überschrift es schon sagt.' },
    view: { label: 'Ansicht', help: 'Wie ausführlich jeder Programmpunkt erscheint.', choices: { list: 'Ausführlich: mit Beschreibung und Mitwirkenden', compact: 'Kompakt: Zeit und Titel' } },
    'sync-url': { label: 'Filter in der Adresse merken', help: 'Gewählte Filter stehen in der Adresse der Seite, so dass Besucher sie als Link weitergeben können.' },
    action: { label: 'Adresse des Anmeldedienstes', help: 'Wohin das Formular die Anmeldungen schickt. Das nennt Ihnen der Veranstalter.', placeholder: 'https://…/registrations' },
    'privacy-href': { label: 'Datenschutzhinweise', help: 'Adresse Ihrer Datenschutzhinweise. Ohne sie dürfen Sie keine Anmeldungen annehmen.', placeholder: 'https://…/datenschutz' },
    'consent-version': { label: 'Fassung der Einwilligung', help: 'Wird mit jeder Anmeldung gespeichert, z. B. das Datum Ihrer Datenschutzhinweise.', advanced: true },
    source: { label: 'Kennung dieser Seite', help: 'Erscheint in der Teilnehmerliste, damit der Veranstalter sieht, über welche Seite angemeldet wurde, z. B. gdp-hamburg.', advanced: true },
    'persist-draft': { label: 'Eingaben beim Neuladen behalten', help: 'Bis der Browser-Tab geschlossen wird (ohne die Einwilligung).', advanced: true },
    'submit-timeout': { label: 'Wartezeit beim Senden (Millisekunden)', help: 'So lange wartet das Formular auf den Anmeldedienst, bevor es einen neuen Versuch anbietet.', advanced: true },
    'event-id': { label: 'Veranstaltung aus einer Liste', help: 'Enthalten die Daten mehrere Veranstaltungen: deren Kennung (@id). Leer: die nächste.', advanced: true },
    timeout: { label: 'Wartezeit beim Laden (Millisekunden)', help: 'So lange wartet das Widget auf die Daten, bevor es einen Fehler zeigt.', advanced: true },
    'time-zone': { label: 'Zeitzone', help: 'Für Zeiten ohne Zeitzone in den Daten, z. B. Europe/Berlin.', advanced: true },
    'ev-series view': { label: 'Ansicht', help: 'Wie die Termine erscheinen; Besucher können umschalten.', choices: { list: 'Liste nach Monaten', month: 'Monatskalender mit Liste daneben' } },
    'ev-series format': { label: 'Nur dieses Format', help: 'Zeigt nur Termine dieses Formats, z. B. Polizeisymposium. Leer: alle.', placeholder: 'Polizeisymposium' },
    'ev-series target': { label: 'Termin zeigen in', help: 'Kennung (id) eines <ev-event> auf Ihrer Seite: „Anzeigen“ zeigt den gewählten Termin dort als Karte.', advanced: true },
    region: { label: 'Nur diese Region', help: 'Zeigt nur Termine in dieser Region oder Stadt, z. B. Hamburg, oder „online“. Leer: alle.', placeholder: 'Hamburg' },
    'group-by': { label: 'Gruppiert nach', help: 'Überschriften der Liste.', choices: { month: 'Monaten', year: 'Jahren' } },
    archive: { label: 'Vergangene Termine zeigen', help: 'Statt der kommenden; Besucher können umschalten.' },
    'week-numbers': { label: 'Kalenderwochen zeigen', help: 'Im Monatskalender eine Spalte mit der KW.' },
    feed: { label: 'Adresse des Kalender-Abos', help: 'Die .ics-Adresse der Reihe, vom Veranstalter, z. B. …/api/series/polizeitage.ics. Dann erscheint „Termine abonnieren“.', placeholder: 'https://…/api/series/….ics' },
  },
  en: {
    variant: { label: 'Extent', help: 'How much the card shows.', choices: { full: 'Full: every detail', compact: 'Short: name, date, venue and registration' } },
    'heading-level': { label: 'Heading level', help: 'Fits the heading into your page’s outline. Under a level-2 heading, choose 3.', choices: { 1: 'Level 1', 2: 'Level 2', 3: 'Level 3', 4: 'Level 4', 5: 'Level 5', 6: 'Level 6' } },
    'registration-href': { label: 'Where “Register now” leads', help: 'Leave empty: the button leads to the form on the same page, else to the registration page in the data.', placeholder: 'https://…' },
    theme: { label: 'Colours', help: 'Light or dark, to match your page’s background.', choices: { light: 'Light', dark: 'Dark', auto: 'As the visitor has set it (light or dark)' } },
    lang: { label: 'Language of the labels', help: 'The event’s own texts stay as they are.', choices: { de: 'German', en: 'English' } },
    until: { label: 'Counts to', help: 'Which moment the countdown counts to.', choices: { start: 'the start of the event', 'registration-end': 'the registration deadline' } },
    target: { label: 'Own moment', help: 'Only if the countdown should count to another moment, e.g. 2027-03-01T09:00.', placeholder: 'YYYY-MM-DDThh:mm', advanced: true },
    precision: { label: 'Precision', help: 'With seconds, a button to pause them appears.', choices: { minutes: 'Minutes', seconds: 'Seconds' } },
    format: { label: 'Display', help: 'Large numbers or a short sentence.', choices: { full: 'Numbers with units', compact: 'A short sentence (“in 28 days”)' } },
    'no-caption': { label: 'No caption', help: 'Leaves out the line “Time until the start: …”, e.g. when your heading already says it.' },
    view: { label: 'View', help: 'How much of each session appears.', choices: { list: 'Full: with description and speakers', compact: 'Compact: time and title' } },
    'sync-url': { label: 'Keep filters in the address', help: 'Chosen filters appear in the page’s address, so visitors can share them as a link.' },
    action: { label: 'Address of the registration service', help: 'Where the form sends registrations. The organiser tells you.', placeholder: 'https://…/registrations' },
    'privacy-href': { label: 'Privacy notice', help: 'The address of your privacy notice. Without one you may not accept registrations.', placeholder: 'https://…/privacy' },
    'consent-version': { label: 'Version of the consent', help: 'Stored with each registration, e.g. the date of your privacy notice.', advanced: true },
    source: { label: 'Name of this page', help: 'Appears in the list of participants, so the organiser sees where people registered, e.g. gdp-hamburg.', advanced: true },
    'persist-draft': { label: 'Keep entries on reload', help: 'Until the browser tab is closed (consent excepted).', advanced: true },
    'submit-timeout': { label: 'Time to wait when sending (milliseconds)', help: 'How long the form waits for the registration service before offering to try again.', advanced: true },
    'event-id': { label: 'Event from a list', help: 'When the data holds several events: the one’s identifier (@id). Empty: the next one.', advanced: true },
    timeout: { label: 'Time to wait when loading (milliseconds)', help: 'How long the widget waits for the data before it shows an error.', advanced: true },
    'time-zone': { label: 'Time zone', help: 'For times without a zone in the data, e.g. Europe/Berlin.', advanced: true },
    'ev-series view': { label: 'View', help: 'How the dates appear; visitors can switch.', choices: { list: 'A list by month', month: 'A month calendar with its list beside' } },
    'ev-series format': { label: 'Only this format', help: 'Shows only dates of this format, e.g. Polizeisymposium. Empty: all.', placeholder: 'Polizeisymposium' },
    'ev-series target': { label: 'Show a date in', help: 'The id of an <ev-event> on your page: “Show” puts the chosen date there as a card.', advanced: true },
    region: { label: 'Only this region', help: 'Shows only dates in this region or town, e.g. Hamburg, or “online”. Empty: all.', placeholder: 'Hamburg' },
    'group-by': { label: 'Grouped by', help: 'Headings of the list.', choices: { month: 'Months', year: 'Years' } },
    archive: { label: 'Show past dates', help: 'Instead of the coming ones; visitors can switch.' },
    'week-numbers': { label: 'Show week numbers', help: 'A column with the calendar week in the month view.' },
    feed: { label: 'Address of the calendar subscription', help: 'The series’ .ics address, from the organiser, e.g. …/api/series/polizeitage.ics. Then “Subscribe to the dates” appears.', placeholder: 'https://…/api/series/….ics' },
  },
};

/** The page's own words. */
export const UI = {
  de: {
    pageTitle: 'Einbau-Baukasten – event-widgets (Demo)',
    skip: 'Zum Inhalt springen',
    siteName: 'Einbau-Baukasten für Redaktionen',
    pages: 'Demo-Seiten',
    navOrganiser: 'Veranstalter',
    navUnion: 'Gewerkschaft',
    navMinistry: 'Ministerium',
    navEnglish: 'Englische Seite',
    navBuilder: 'Einbau-Baukasten',
    title: 'Widget einbauen',
    intro: 'Wählen Sie, was Sie zeigen möchten und woher die Daten kommen. Die Vorschau zeigt das Ergebnis; den Code kopieren Sie in Ihre Seite.',
    stepWidget: '1. Was möchten Sie zeigen?',
    widgetLabel: 'Widget',
    stepData: '2. Woher kommen die Daten?',
    sourceUrl: 'Von einer Adresse (empfohlen: bleibt von selbst aktuell)',
    sourceInline: 'Direkt in die Seite eingefügt (JSON-LD)',
    urlLabel: 'Adresse der Veranstaltungsdaten',
    urlHelp: 'Die Adresse nennt Ihnen der Veranstalter.',
    jsonldLabel: 'Veranstaltungsdaten (JSON-LD)',
    jsonldHelp: 'Fügen Sie den Inhalt ein, der schon in Ihrer Seite steht, ohne die Zeilen <script> und </script>.',
    check: 'Daten prüfen',
    checking: 'Die Daten werden geprüft …',
    stepPartner: '3. Wo wird das Widget eingebaut?',
    partnerLabel: 'Adresse Ihrer Seite',
    partnerPlaceholder: 'https://www.ihre-seite.de/veranstaltungen',
    partnerHelp: 'Damit der Baukasten prüfen kann, ob alles auch dort funktioniert.',
    stepOptions: '4. Einstellungen',
    advanced: 'Weitere Einstellungen',
    defaultChoice: 'Standard',
    preview: 'Vorschau',
    code: 'Code zum Einfügen',
    codeHelp: 'Fügen Sie diesen Code in Ihrer Seite dort ein, wo das Widget erscheinen soll (im Redaktionssystem als HTML-Block).',
    copy: 'Code kopieren',
    copied: 'Der Code ist in der Zwischenablage.',
    selected: 'Der Code ist markiert: kopieren Sie ihn mit Strg+C.',
    css: 'Platz freihalten (für Ihr Stylesheet)',
    cssHelp: 'Damit die Seite nicht springt, während das Widget lädt: diese Regeln gehören in das Stylesheet Ihrer Seite.',
    copyCss: 'CSS kopieren',
    warnings: 'Vor dem Einbau beachten',
    noWarnings: 'Keine Hinweise für Ihre Seite.',
    switchLanguage: 'English',
    ok: 'In Ordnung: „{name}“ mit {sessions}.',
    sessions: ['keinem Programmpunkt', '1 Programmpunkt', '{n} Programmpunkten'],
    notes: ['', 'Dazu 1 Hinweis:', 'Dazu {n} Hinweise:'],
    cannotShow: 'Die Widgets können diese Daten nicht anzeigen.',
    unreadable: 'Die Daten konnten nicht gelesen werden.',
    error: 'Fehler',
    note: 'Hinweis',
    inlineBroken: 'Die eingefügten Daten sind kein gültiges JSON: {detail}',
    warnRelative: 'In den Daten stehen relative Links ({paths}). Auf Ihrer Seite führen sie woanders hin: bitten Sie den Veranstalter um volle Adressen (https://…).',
    warnOrigin: 'Der Anmeldedienst {service} nimmt keine Anmeldungen von {origin} an. Bitten Sie den Betreiber, Ihre Adresse freizugeben (beim Referenzserver: ALLOWED_ORIGINS={origin}); sonst kann auf Ihrer Seite niemand das Formular absenden.',
    warnOriginUnknown: 'Der Anmeldedienst {service} liegt nicht bei Ihrer Seite. Fragen Sie den Betreiber, ob er Anmeldungen von {origin} annimmt (CORS); sonst kann niemand das Formular absenden.',
    warnPrivacy: 'Es fehlt die Adresse Ihrer Datenschutzhinweise. Ohne sie dürfen Sie keine Anmeldungen annehmen, und das Formular zeigt keinen Link dazu.',
    warnInsecure: 'Die Datenadresse beginnt mit http://. Auf einer Seite mit https:// lädt der Browser sie nicht.',
    codeNote: 'Die Anmeldungen gehen an {origin}. Liegt Ihre Seite woanders, muss dieser Dienst Ihre Adresse zulassen (CORS; beim Referenzserver: ALLOWED_ORIGINS=https://ihre-seite.example), sonst kann niemand senden.',
  },
  en: {
    pageTitle: 'Embed builder – event-widgets (demo)',
    skip: 'Skip to content',
    siteName: 'Embed builder for web editors',
    pages: 'Demo pages',
    navOrganiser: 'Organiser',
    navUnion: 'Police union',
    navMinistry: 'Ministry',
    navEnglish: 'English page',
    navBuilder: 'Embed builder',
    title: 'Embed a widget',
    intro: 'Choose what to show and where the data comes from. The preview shows the result; copy the code into your page.',
    stepWidget: '1. What do you want to show?',
    widgetLabel: 'Widget',
    stepData: '2. Where does the data come from?',
    sourceUrl: 'From an address (recommended: stays current by itself)',
    sourceInline: 'Pasted into the page (JSON-LD)',
    urlLabel: 'Address of the event data',
    urlHelp: 'The organiser gives you the address.',
    jsonldLabel: 'Event data (JSON-LD)',
    jsonldHelp: 'Paste what is already in your page, without the <script> and </script> lines.',
    check: 'Check the data',
    checking: 'Checking the data …',
    stepPartner: '3. Where will the widget go?',
    partnerLabel: 'Address of your page',
    partnerPlaceholder: 'https://www.your-site.example/events',
    partnerHelp: 'So the builder can check that everything works there too.',
    stepOptions: '4. Settings',
    advanced: 'More settings',
    defaultChoice: 'Default',
    preview: 'Preview',
    code: 'Code to paste',
    codeHelp: 'Paste this code where the widget should appear in your page (in a CMS, as an HTML block).',
    copy: 'Copy code',
    copied: 'The code is on the clipboard.',
    selected: 'The code is selected: copy it with Ctrl+C.',
    css: 'Keep the space (for your style sheet)',
    cssHelp: 'So the page does not jump while the widget loads: these rules belong in your page’s style sheet.',
    copyCss: 'Copy CSS',
    warnings: 'Before you embed',
    noWarnings: 'Nothing to note for your page.',
    switchLanguage: 'Deutsch',
    ok: 'Fine: “{name}” with {sessions}.',
    sessions: ['no sessions', '1 session', '{n} sessions'],
    notes: ['', '1 note:', '{n} notes:'],
    cannotShow: 'The widgets cannot show this data.',
    unreadable: 'The data could not be read.',
    error: 'Error',
    note: 'Note',
    inlineBroken: 'The pasted data is not valid JSON: {detail}',
    warnRelative: 'The data holds relative links ({paths}). On your page they lead elsewhere: ask the organiser for full addresses (https://…).',
    warnOrigin: 'The registration service {service} does not accept registrations from {origin}. Ask its operator to allow your address (reference server: ALLOWED_ORIGINS={origin}); otherwise nobody can send the form on your page.',
    warnOriginUnknown: 'The registration service {service} is not on your site. Ask its operator whether it accepts registrations from {origin} (CORS); otherwise nobody can send the form.',
    warnPrivacy: 'The address of your privacy notice is missing. Without it you may not accept registrations, and the form shows no link to it.',
    warnInsecure: 'The data address starts with http://. On a page served over https:// the browser will not load it.',
    codeNote: 'Registrations go to {origin}. If your page is elsewhere, that service must allow your address (CORS; reference server: ALLOWED_ORIGINS=https://your-site.example), or nobody can send.',
  },
};

/**
 * The widgets' data messages (English, for developers) in the editor's words. Each pattern
 * matches one message `normalizeEvent` or the attribute overrides write; `$1`… are its values.
 */
export const ISSUES = [
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
];

/** The message in `lang`, or undefined when no pattern knows it. A skipped session's reason ("startDate: …") is translated too. */
export function translateIssue(message, lang) {
  for (const [pattern, texts] of ISSUES) {
    const match = pattern.exec(message);
    if (!match) continue;
    const values = [...match];
    if (pattern.source.includes('session(?:')) {
      const [, path, reason] = /^([^:]+): (.*)$/.exec(values[1]) ?? [];
      const inner = reason && translateIssue(reason, lang);
      if (!inner) return undefined;
      values[1] = `${path}: ${inner}`;
    }
    return texts[lang].replace(/\$(\d)/g, (_, i) => values[Number(i)] ?? '');
  }
  return undefined;
}

/** `template` with `{name}` filled in. */
export function fill(template, values = {}) {
  return template.replace(/\{(\w+)\}/g, (_, key) => String(values[key] ?? ''));
}

/** The form of `forms` ([none, one, many]) for `n`. */
export function plural(forms, n) {
  return fill(forms[Math.min(n, 2)], { n });
}
