// The pages the mails' links open: cancelling a registration and confirming the newsletter. Plain
// HTML without JavaScript, in the registration's language; opening a link changes nothing (mail
// scanners open links), one confirming click (a POST of the page's form) does.
import { readBody } from '../http/body.mjs';
import { escapeHtml, sendPage } from '../http/headers.mjs';

const TEXTS = {
  de: {
    cancelTitle: 'Anmeldung stornieren',
    cancelAsk: (what) => `Möchten Sie Ihre Anmeldung zu ${what} stornieren? Ihr Platz geht dann an die nächste Person auf der Warteliste.`,
    leaveAsk: (what) => `Möchten Sie sich von der Warteliste für ${what} abmelden?`,
    cancelButton: 'Anmeldung stornieren',
    cancelled: 'Ihre Anmeldung ist storniert. Sie erhalten eine Bestätigung per E-Mail.',
    back: 'Zur Seite der Veranstaltung',
    alreadyCancelled: 'Ihre Anmeldung ist bereits storniert.',
    closed: 'Die Anmeldung kann nicht mehr storniert werden: Die Veranstaltung hat begonnen.',
    gone: 'Diese Anmeldung gibt es nicht mehr.',
    expired: 'Dieser Link ist abgelaufen.',
    newsletterTitle: 'Newsletter bestätigen',
    newsletterAsk: (email) => `Bitte bestätigen Sie, dass Sie den Newsletter an ${email} erhalten möchten.`,
    newsletterButton: 'Newsletter bestätigen',
    newsletterDone: 'Vielen Dank: Ihre Anmeldung zum Newsletter ist bestätigt.',
    newsletterAlready: 'Ihre Anmeldung zum Newsletter ist bereits bestätigt.',
  },
  en: {
    cancelTitle: 'Cancel your registration',
    cancelAsk: (what) => `Do you want to cancel your registration for ${what}? Your place then goes to the next person on the waiting list.`,
    leaveAsk: (what) => `Do you want to leave the waiting list for ${what}?`,
    cancelButton: 'Cancel my registration',
    cancelled: 'Your registration is cancelled. You will receive a confirmation by email.',
    back: "To the event's page",
    alreadyCancelled: 'Your registration is already cancelled.',
    closed: 'The registration can no longer be cancelled: the event has begun.',
    gone: 'This registration no longer exists.',
    expired: 'This link has expired.',
    newsletterTitle: 'Confirm the newsletter',
    newsletterAsk: (email) => `Please confirm that you would like to receive the newsletter at ${email}.`,
    newsletterButton: 'Confirm the newsletter',
    newsletterDone: 'Thank you: your newsletter subscription is confirmed.',
    newsletterAlready: 'Your newsletter subscription is already confirmed.',
  },
};
/** For a link that names no registration: both languages. */
const INVALID = ['Dieser Link ist ungültig. Bitte verwenden Sie den vollständigen Link aus Ihrer E-Mail.', 'This link is not valid. Please use the complete link from your email.'];

const page = (res, status, lang, title, body) => sendPage(res, status, { lang, title, body });
const paragraph = (text) => `<p>${escapeHtml(text)}</p>`;
const confirmForm = (path, token, button) =>
  `<form method="post" action="${path}"><input type="hidden" name="token" value="${escapeHtml(token)}"><button type="submit">${escapeHtml(button)}</button></form>`;

/**
 * `GET|POST /registrations/cancel` and `GET|POST /registrations/newsletter`, with the signed token
 * in the query (GET: the question and a button) or in the form (POST: done). Cancelling moves the
 * first waiting person up in the same transaction and queues both mails.
 */
export function createLifecyclePages({ db, events, protocol, signer, mails, kick, now }) {
  /**
   * The token from the query or the posted form, checked; the registration it names, and its event
   * as its data says today. `expired`: the link's own expiry has passed (what a newsletter link obeys).
   */
  async function resolve(req, url, purpose) {
    let token = url.searchParams.get('token');
    if (req.method === 'POST') {
      const bytes = await readBody(req, 4096);
      token = bytes && new URLSearchParams(bytes.toString('utf8')).get('token');
    }
    const checked = signer.check(purpose, token, now());
    if (checked.problem === 'invalid') return { token, problem: 'invalid' };
    const row = await db.registration(checked.id);
    if (!row) return { token, problem: 'gone' };
    const entry = await events.load(row.event_id);
    return { token, row, event: entry?.event, expired: checked.expired };
  }

  /**
   * Whether cancelling has closed: by the event's current dates, whatever the link was mailed with (a
   * postponed event moves them), once it has begun; never while it is postponed without a new date;
   * and for an event no longer in the data.
   */
  const cancellingClosed = (event) => !event || (event.status !== 'postponed' && now() >= event.start);

  async function cancel(req, res, url) {
    const { token, problem, row, event } = await resolve(req, url, 'cancel');
    if (problem === 'invalid') return page(res, 403, 'de', 'Link ungültig', INVALID.map(paragraph).join(''));
    const lang = row?.lang === 'en' ? 'en' : 'de';
    const t = TEXTS[lang];
    if (problem === 'gone') return page(res, 410, lang, t.cancelTitle, paragraph(t.gone));
    if (row.status === 'cancelled') return page(res, 200, lang, t.cancelTitle, paragraph(t.alreadyCancelled));
    if (cancellingClosed(event)) return page(res, 410, lang, t.cancelTitle, paragraph(t.closed));
    if (req.method !== 'POST') {
      const what = `„${event.name}“ (${protocol.formatEventDate(event, event.timeZone, lang)})`;
      const ask = (row.status === 'waitlisted' ? t.leaveAsk : t.cancelAsk)(lang === 'en' ? what.replace(/[„“]/g, '"') : what);
      return page(res, 200, lang, t.cancelTitle, paragraph(ask) + confirmForm('/registrations/cancel', token, t.cancelButton));
    }
    const fields = await events.fields(row.event_id);
    // The entry the confirmation put in the person's calendar is removed with the UID and a SEQUENCE above the last told.
    const told = await db.announced(row.event_id);
    const result = await db.cancel(row.id, new Date(now()).toISOString(), ({ row: cancelled, confirmed, next }) => {
      const promote = !!next && event.capacity !== undefined && confirmed < event.capacity;
      const queued = [mails.queued('cancelled', cancelled, { event, fields, told })];
      if (promote) queued.push(mails.queued('promoted', next, { event, fields }));
      return { promote, mails: queued };
    });
    if (result.state === 'cancelled') kick();
    // Back to where the person came from: the event's page, when the data names one.
    const back = /^https?:\/\//.test(event.url ?? '') ? `<p><a href="${escapeHtml(event.url)}">${escapeHtml(t.back)}</a></p>` : '';
    return page(res, 200, lang, t.cancelTitle, paragraph(result.state === 'cancelled' ? t.cancelled : t.alreadyCancelled) + back);
  }

  async function newsletter(req, res, url) {
    const { token, problem, row, event, expired } = await resolve(req, url, 'newsletter');
    if (problem === 'invalid' || (row && row.newsletter === 'no')) return page(res, 403, 'de', 'Link ungültig', INVALID.map(paragraph).join(''));
    const lang = row?.lang === 'en' ? 'en' : 'de';
    const t = TEXTS[lang];
    if (problem === 'gone' || expired || !event) return page(res, 410, lang, t.newsletterTitle, paragraph(problem === 'gone' ? t.gone : t.expired));
    if (row.newsletter === 'confirmed') return page(res, 200, lang, t.newsletterTitle, paragraph(t.newsletterAlready));
    if (req.method !== 'POST') return page(res, 200, lang, t.newsletterTitle, paragraph(t.newsletterAsk(row.email)) + confirmForm('/registrations/newsletter', token, t.newsletterButton));
    const result = await db.confirmNewsletter(row.id, new Date(now()).toISOString());
    return page(res, 200, lang, t.newsletterTitle, paragraph(result.state === 'confirmed' ? t.newsletterDone : t.newsletterAlready));
  }

  // Route handlers: (req, res, params, url).
  return { cancel: (req, res, _params, url) => cancel(req, res, url), newsletter: (req, res, _params, url) => newsletter(req, res, url) };
}
