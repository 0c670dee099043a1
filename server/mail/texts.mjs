// What the server writes to participants, in German and English: plain text and HTML, with the
// event's date, place and link as the widgets show them, and its .ics from the widgets' writer.
import { escapeHtml } from '../http/headers.mjs';
import { schedulingCalendar } from './calendar.mjs';

const TEXTS = {
  de: {
    hello: (name) => (name ? `Guten Tag ${name},` : 'Guten Tag,'),
    confirmed: { subject: 'Anmeldebestätigung', intro: 'vielen Dank für Ihre Anmeldung. Ihr Platz ist bestätigt.' },
    waitlisted: {
      subject: 'Warteliste',
      intro: (n) => `vielen Dank für Ihre Anmeldung. Die Veranstaltung ist ausgebucht: Sie stehen auf Platz ${n} der Warteliste. Sobald ein Platz frei wird, rücken Sie nach und erhalten eine E-Mail.`,
    },
    promoted: { subject: 'Platz frei – Ihre Anmeldung ist bestätigt', intro: 'es ist ein Platz frei geworden: Sie haben einen Platz, Ihre Anmeldung ist bestätigt.' },
    cancelled: { subject: 'Stornierung Ihrer Anmeldung', intro: 'Ihre Anmeldung ist storniert. Falls Sie sich doch anmelden möchten, ist das über das Anmeldeformular wieder möglich, solange Plätze frei sind.' },
    newsletter: {
      subject: 'Bitte bestätigen Sie Ihre Newsletter-Anmeldung',
      intro: 'Sie haben bei Ihrer Anmeldung angegeben, dass Sie unseren Newsletter erhalten möchten. Bitte bestätigen Sie das über den folgenden Link. Ohne Ihre Bestätigung erhalten Sie keinen Newsletter; Ihre Einwilligung können Sie jederzeit widerrufen.',
      link: 'Newsletter bestätigen',
    },
    changed: {
      subject: 'Geändert',
      intro: 'die Veranstaltung, zu der Sie angemeldet sind, hat sich geändert. Ihre Anmeldung gilt weiter.',
      postponed: 'die Veranstaltung, zu der Sie angemeldet sind, ist verschoben; der neue Termin steht noch nicht fest. Ihre Anmeldung gilt weiter, und wir schreiben Ihnen, sobald er feststeht.',
      cancelledSubject: 'Abgesagt',
      cancelled: 'die Veranstaltung, zu der Sie angemeldet sind, ist leider abgesagt. Ihre Anmeldung ist damit hinfällig.',
      what: 'Was sich geändert hat',
      time: 'Termin',
      place: 'Ort',
      status: 'Stand',
      none: 'keine Angabe',
      statuses: { scheduled: 'findet statt', cancelled: 'abgesagt', postponed: 'verschoben, neuer Termin folgt', rescheduled: 'verlegt', 'moved-online': 'findet online statt' },
    },
    calendarUpdate: 'Mit dem Anhang wird der Termin in Ihrem Kalender geändert.',
    calendarRemove: 'Mit dem Anhang wird der Termin aus Ihrem Kalender entfernt.',
    event: 'Veranstaltung',
    details: 'Ihre Angaben',
    yes: 'ja',
    no: 'nein',
    cancel: 'Anmeldung stornieren (bis zum Beginn der Veranstaltung)',
    leave: 'Von der Warteliste abmelden',
    calendar: 'Den Termin für Ihren Kalender finden Sie im Anhang.',
    footer: 'Diese E-Mail wurde automatisch versandt. Falls Sie sich nicht angemeldet haben, können Sie sie ignorieren.',
  },
  en: {
    hello: (name) => (name ? `Hello ${name},` : 'Hello,'),
    confirmed: { subject: 'Registration confirmed', intro: 'thank you for registering. Your place is confirmed.' },
    waitlisted: {
      subject: 'Waiting list',
      intro: (n) => `thank you for registering. The event is fully booked: you are number ${n} on the waiting list. As soon as a place becomes free, you move up and we email you.`,
    },
    promoted: { subject: 'A place is free – your registration is confirmed', intro: 'a place has become free: you have a place, your registration is confirmed.' },
    cancelled: { subject: 'Cancellation of your registration', intro: 'your registration is cancelled. Should you wish to attend after all, you can register again with the form while places are free.' },
    newsletter: {
      subject: 'Please confirm your newsletter subscription',
      intro: 'When you registered, you asked to receive our newsletter. Please confirm this with the link below. Without your confirmation you receive no newsletter; you can withdraw your consent at any time.',
      link: 'Confirm the newsletter',
    },
    changed: {
      subject: 'Changed',
      intro: 'the event you registered for has changed. Your registration stays valid.',
      postponed: 'the event you registered for is postponed; its new date is not fixed yet. Your registration stays valid, and we will write to you as soon as it is.',
      cancelledSubject: 'Cancelled',
      cancelled: 'we are sorry: the event you registered for is cancelled. Your registration therefore lapses.',
      what: 'What changed',
      time: 'Date',
      place: 'Place',
      status: 'Status',
      none: 'not given',
      statuses: { scheduled: 'takes place', cancelled: 'cancelled', postponed: 'postponed, new date to follow', rescheduled: 'rescheduled', 'moved-online': 'takes place online' },
    },
    calendarUpdate: 'The attachment updates the entry in your calendar.',
    calendarRemove: 'The attachment removes the entry from your calendar.',
    event: 'Event',
    details: 'Your details',
    yes: 'yes',
    no: 'no',
    cancel: 'Cancel my registration (until the event begins)',
    leave: 'Leave the waiting list',
    calendar: 'The calendar entry is attached.',
    footer: 'This email was sent automatically. If you did not register, you can ignore it.',
  },
};

/** A field's value as a person reads it: an option's label, yes or no for a checkbox, else the text. */
export function fieldValueText(protocol, field, data, lang) {
  const value = data[field.name];
  if (field.type === 'checkbox') return TEXTS[lang][value ? 'yes' : 'no'];
  const option = field.options?.find((o) => o.value === value);
  return option ? protocol.localText(option.label, lang) : (value ?? '');
}

/**
 * What changed (`change`: the facts told before, `previous`, and now, `next`; `what` of them changed)
 * as `[label, "before → now"]` lines, dates written as the widgets write them.
 */
function changeLines(protocol, t, lang, event, change) {
  const when = (facts) => protocol.formatEventDate({ ...event, start: Date.parse(facts.start), end: facts.end ? Date.parse(facts.end) : undefined, allDay: facts.allDay }, event.timeZone, lang);
  const lines = { time: when, place: (facts) => facts.place ?? t.changed.none, status: (facts) => t.changed.statuses[facts.status] ?? facts.status };
  return change.what.map((key) => [t.changed[key], `${lines[key](change.previous)} → ${lines[key](change.next)}`]);
}

/**
 * Writes mails with the widgets' own formatting from `protocol` (event-widgets/protocol).
 * `compose(kind, { event, fields, registration, position, links, change, calendar })` gives `{ to, subject, text, html, attachments, icalEvent }`
 * for kind `confirmed`, `waitlisted` (with its `position`), `promoted`, `cancelled`, `newsletter` or
 * `changed` (with the announcer's `change`);
 * `registration` is the stored row (email, lang, data), `fields` the form's, whose filled-in values
 * the confirmations repeat (what the form's own summary shows), `links` the signed `cancel` and `newsletter` links.
 * `calendar` (`{ method, uid, sequence, organizer }`) adds the iTIP part that changes or removes the
 * entry the person's calendar holds (calendar.mjs).
 */
export function createMailWriter(protocol) {
  return function compose(kind, { event, fields = [], registration, position, links = {}, change, calendar }) {
    const lang = registration.lang === 'en' ? 'en' : 'de';
    const t = TEXTS[lang];
    const values = typeof registration.data === 'string' ? JSON.parse(registration.data) : registration.data;
    const name = [values.title, values.givenName, values.familyName].filter((v) => typeof v === 'string' && v.trim() !== '').join(' ');
    const changedIntro = event.status === 'cancelled' ? t.changed.cancelled : event.status === 'postponed' ? t.changed.postponed : t.changed.intro;
    const intro = kind === 'waitlisted' ? t.waitlisted.intro(position) : kind === 'changed' ? changedIntro : t[kind].intro;
    const place = protocol.placeLines(event.place).join(', ');
    const facts = [event.name, protocol.formatEventDate(event, event.timeZone, lang), place, event.onlineUrl ? `Online: ${event.onlineUrl}` : '', event.url ?? ''].filter(Boolean);
    const withCalendar = kind === 'confirmed' || kind === 'promoted';
    const calendarNote = withCalendar ? t.calendar : calendar ? (calendar.method === 'CANCEL' ? t.calendarRemove : t.calendarUpdate) : '';
    const details =
      kind === 'confirmed' || kind === 'waitlisted'
        ? fields
            .filter((f) => !f.consent && protocol.isVisible(f, values, fields) && values[f.name] !== undefined && values[f.name] !== '')
            .map((f) => [protocol.localText(f.label, lang).replace(/[.:]\s*$/, ''), fieldValueText(protocol, f, values, lang)])
        : kind === 'changed'
          ? changeLines(protocol, t, lang, event, change)
          : [];
    const detailsTitle = kind === 'changed' ? t.changed.what : t.details;
    /** [label, url] pairs under the text. */
    const actions = [];
    if (kind === 'newsletter') actions.push([t.newsletter.link, links.newsletter]);
    else if (kind !== 'cancelled' && links.cancel) actions.push([kind === 'waitlisted' ? t.leave : t.cancel, links.cancel]);

    const text = [
      t.hello(name),
      '',
      intro,
      '',
      ...(kind === 'newsletter' ? [] : [`${t.event}:`, ...facts.map((line) => `  ${line}`), '']),
      ...(details.length ? [`${detailsTitle}:`, ...details.map(([label, value]) => `  ${label}: ${value}`), ''] : []),
      ...(calendarNote ? [calendarNote, ''] : []),
      ...actions.flatMap(([label, url]) => [`${label}:`, url, '']),
      '-- ',
      t.footer,
      '',
    ].join('\n');

    const html = `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(t[kind].subject)}</title></head>
<body style="font-family: sans-serif; line-height: 1.5; color: #1a1a1a; max-width: 40em">
<p>${escapeHtml(t.hello(name))}</p>
<p>${escapeHtml(intro)}</p>
${kind === 'newsletter' ? '' : `<p><strong>${escapeHtml(event.name)}</strong><br>${facts.slice(1).map((line) => (/^https?:\/\//.test(line) ? `<a href="${escapeHtml(line)}">${escapeHtml(line)}</a>` : escapeHtml(line))).join('<br>')}</p>`}
${details.length ? `<h2 style="font-size: 1em">${escapeHtml(detailsTitle)}</h2>\n<table>${details.map(([label, value]) => `<tr><th style="text-align: left; padding-right: 1em">${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`).join('')}</table>` : ''}
${calendarNote ? `<p>${escapeHtml(calendarNote)}</p>` : ''}
${actions.map(([label, url]) => `<p><a href="${escapeHtml(url)}">${escapeHtml(label)}</a></p>`).join('\n')}
<p style="color: #555; font-size: 0.9em">${escapeHtml(t.footer)}</p>
</body></html>
`;
    const attachments = withCalendar
      ? [{ filename: protocol.icsFileName(event.name), contentType: 'text/calendar; charset=utf-8; method=PUBLISH', content: protocol.buildCalendar([protocol.eventEntry(event)], { timeZone: event.timeZone, name: event.name }) }]
      : [];
    const subject = kind === 'newsletter' ? t.newsletter.subject : `${kind === 'changed' && event.status === 'cancelled' ? t.changed.cancelledSubject : t[kind].subject}: ${event.name}`;
    // The iTIP part as the alternative calendar programs act on (nodemailer writes it with its method).
    const icalEvent = calendar
      ? { method: calendar.method, filename: protocol.icsFileName(event.name), content: schedulingCalendar(protocol, { event, ...calendar, attendee: { name, address: registration.email } }) }
      : undefined;
    return { to: registration.email, subject, text, html, attachments, ...(icalEvent && { icalEvent }) };
  };
}
