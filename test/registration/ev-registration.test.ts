import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { typeText } from '../helpers/engine.js';
import sinon from 'sinon';
import '../../src/define/ev-registration.js';
import '../../src/define/ev-event.js';
import type { EvRegisterEvent } from '../../src/registration/events.js';
import type { EvRegistration } from '../../src/registration/ev-registration.js';
import { settled } from '../helpers/wait.js';

const EVENT = '/api/events/open-event';
const ACTION = '/api/events/open-event/registrations';
const open = { '@type': 'Event', '@id': 'open-event', name: 'Polizeitage Teststadt', startDate: '2099-06-09T09:00:00+02:00', endDate: '2099-06-09T17:00:00+02:00', offers: { '@type': 'Offer', validFrom: '2020-01-01', validThrough: '2099-06-01' } };

let emails = 0;
const uniqueEmail = () => `person${Date.now()}-${++emails}@example.org`;
const q = <T extends Element = HTMLElement>(el: EvRegistration, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const qa = <T extends Element = HTMLElement>(el: EvRegistration, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const field = (el: EvRegistration, name: string) => q<HTMLInputElement>(el, `#f-${name}`)!;

/** Skips the bot check's minimum fill time: a test types faster than a person. */
function pretendTimePassed(el: EvRegistration) {
  (el as unknown as { startedAt: number }).startedAt = Date.now() - 60_000;
}

async function form(attrs: Partial<Record<string, string>> = {}, data?: object): Promise<EvRegistration> {
  const el = document.createElement('ev-registration');
  el.setAttribute('action', attrs.action ?? ACTION);
  el.setAttribute('privacy-href', '/datenschutz');
  el.setAttribute('consent-version', '2026-11');
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined) el.setAttribute(k, v);
  if (data) el.data = data;
  else if (!attrs.src) el.setAttribute('src', EVENT);
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.append(el);
  await settled(el);
  pretendTimePassed(el);
  return el;
}

function fill(el: EvRegistration, values: Record<string, string | boolean>) {
  for (const [name, value] of Object.entries(values)) {
    if (typeof value === 'boolean') {
      const box = field(el, name);
      if (box.checked !== value) box.click();
    } else if (name === 'group') {
      qa<HTMLInputElement>(el, 'input[name="group"]').find((r) => r.value === value)!.click();
    } else {
      const input = field(el, name);
      input.value = value;
      input.dispatchEvent(new Event(input.localName === 'select' ? 'change' : 'input'));
    }
  }
}

const valid = () => ({ givenName: 'Erika', familyName: 'Mustermann', organization: 'Polizei Hamburg', email: uniqueEmail(), group: 'behoerde', consent: true });

describe('<ev-registration>', () => {
  afterEach(() => sinon.restore());

  it('registers by keyboard alone, from the first field to the confirmation, against the real server', async () => {
    const el = await form();
    el.focus();
    expect(el.shadowRoot!.activeElement, 'focus lands on the first field').to.equal(field(el, 'salutation'));
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Tab' });
    await typeText('Dr.');
    await sendKeys({ press: 'Tab' });
    await typeText('Erika');
    await sendKeys({ press: 'Tab' });
    await typeText('Mustermann');
    await sendKeys({ press: 'Tab' });
    await typeText('Wasserschutzpolizei Hamburg');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    const email = uniqueEmail();
    await typeText(email);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(field(el, 'group'));
    await sendKeys({ press: ' ' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(field(el, 'consent'));
    await sendKeys({ press: ' ' });
    for (let i = 0; i < 30 && el.shadowRoot!.activeElement !== q(el, '[part~="submit"]'); i++) await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement, 'the submit button is reached by Tab').to.equal(q(el, '[part~="submit"]'));
    const registered = oneEvent(el, 'ev-register');
    await sendKeys({ press: 'Enter' });
    const event = (await registered) as EvRegisterEvent;
    expect(event.detail.status).to.equal('confirmed');
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement!.textContent).to.equal('Vielen Dank, Ihre Anmeldung ist eingegangen.');
    expect(q(el, '[part~="confirmation"] > p')!.textContent, 'the reference server mails a confirmation, and says so').to.equal(`Eine Bestätigung erhalten Sie per E-Mail an ${email}.`);
    const summary = q(el, '[part~="summary"]')!.innerText.replace(/\s+/g, ' ');
    expect(summary).to.contain('Anrede Frau');
    expect(summary).to.contain(`E-Mail ${email}`);
    expect(summary).to.contain('Teilnehmergruppe Behörde/öffentliche Verwaltung');
    const csv = await (await fetch('/api/events/open-event/registrations.csv', { headers: { Authorization: 'Bearer test-token-0123456789abcdef0123456789' } })).text();
    expect(csv).to.contain(email);
    expect(csv).to.contain('Wasserschutzpolizei Hamburg');
    await expect(el).to.be.accessible();
  });

  describe('validation', () => {
    it('summarises problems on submit, focuses the summary, and its links focus fields without changing the URL', async () => {
      const el = await form();
      const hash = location.hash;
      q<HTMLButtonElement>(el, '[part~="submit"]')!.click();
      await el.updateComplete;
      const summary = q(el, '[part~="error-summary"]')!;
      expect(el.shadowRoot!.activeElement).to.equal(summary);
      const links = [...summary.querySelectorAll<HTMLAnchorElement>('a')];
      expect(links.map((a) => a.textContent)).to.deep.equal([
        'Bitte füllen Sie „Vorname“ aus.',
        'Bitte füllen Sie „Nachname“ aus.',
        'Bitte füllen Sie „Behörde/Organisation“ aus.',
        'Bitte füllen Sie „E-Mail“ aus.',
        'Bitte wählen Sie „Teilnehmergruppe“ aus.',
        'Bitte stimmen Sie der Verarbeitung Ihrer Angaben zu, sonst können wir Sie nicht anmelden.',
      ]);
      links[3].click();
      expect(el.shadowRoot!.activeElement).to.equal(field(el, 'email'));
      expect(location.hash).to.equal(hash);
      expect(field(el, 'email').getAttribute('aria-invalid')).to.equal('true');
      expect(field(el, 'email').getAttribute('aria-describedby')).to.equal('f-email-hint f-email-error');
      await expect(el).to.be.accessible();
    });

    it('checks a field when a person leaves it after typing, and clears the message once fixed', async () => {
      const el = await form();
      field(el, 'email').focus();
      await typeText('erika@');
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(q(el, '#f-email-error')!.textContent).to.contain('Bitte geben Sie eine E-Mail-Adresse im Format name@beispiel.de an.');
      field(el, 'email').focus();
      await typeText('polizei.hamburg.de');
      await el.updateComplete;
      expect(q(el, '#f-email-error')).to.equal(null);
      expect(field(el, 'email').getAttribute('aria-invalid')).to.equal('false');
    });

    it('does not complain about a field a person only tabbed through', async () => {
      const el = await form();
      field(el, 'givenName').focus();
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(q(el, '#f-givenName-error')).to.equal(null);
    });

    it('shows and requires the GdP membership number only for GdP members', async () => {
      const el = await form();
      expect(q(el, '#f-gdpNumber')).to.equal(null);
      fill(el, { group: 'gdp' });
      await el.updateComplete;
      expect(q(el, '#f-gdpNumber')).to.exist;
      q<HTMLButtonElement>(el, '[part~="submit"]')!.click();
      await el.updateComplete;
      expect(q(el, '#f-gdpNumber-error')!.textContent).to.contain('GdP-Mitgliedsnummer');
      fill(el, { group: 'presse' });
      await el.updateComplete;
      expect(q(el, '#f-gdpNumber')).to.equal(null);
    });

    it('maps the server\'s 422 errors onto the fields and the summary', async () => {
      const fetcher = sinon.stub().callsFake(async (url: string) =>
        String(url).includes('/registrations') ? new Response(JSON.stringify({ errors: { email: 'Diese Adresse nimmt keine Post an.' } }), { status: 422 }) : fetch(url),
      );
      const el = await form();
      el.fetcher = fetcher as unknown as typeof fetch;
      fill(el, valid());
      q<HTMLButtonElement>(el, '[part~="submit"]')!.click();
      await waitUntil(() => q(el, '[part~="error-summary"]'));
      expect(q(el, '#f-email-error')!.textContent).to.contain('Diese Adresse nimmt keine Post an.');
      expect(el.shadowRoot!.activeElement).to.equal(q(el, '[part~="error-summary"]'));
    });
  });

  describe('sending', () => {
    it('sends once, however often the button is pressed', async () => {
      const calls: RequestInit[] = [];
      const el = await form();
      el.fetcher = (async (url: RequestInfo | URL, init?: RequestInit) => {
        if (init?.method === 'POST') calls.push(init);
        return fetch(url, init);
      }) as typeof fetch;
      fill(el, valid());
      const button = q<HTMLButtonElement>(el, '[part~="submit"]')!;
      button.click();
      button.click();
      q<HTMLFormElement>(el, 'form')!.requestSubmit();
      await el.updateComplete;
      expect(button.getAttribute('aria-disabled')).to.equal('true');
      expect(button.textContent!.trim()).to.equal('Anmeldung wird gesendet …');
      await oneEvent(el, 'ev-register');
      expect(calls).to.have.length(1);
      const body = JSON.parse(String(calls[0].body));
      expect(body).to.include({ eventId: 'open-event', consentVersion: '2026-11', lang: 'de', website: '' });
      expect(body.values).to.not.have.property('gdpNumber');
      expect(calls[0].credentials).to.equal('omit');
    });

    it('keeps everything typed when offline, and retries with the same Idempotency-Key', async () => {
      const keys: string[] = [];
      let offline = true;
      Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => !offline });
      const el = await form();
      el.fetcher = (async (url: RequestInfo | URL, init?: RequestInit) => {
        if (init?.method === 'POST') {
          keys.push(new Headers(init.headers).get('Idempotency-Key')!);
          if (offline) throw new TypeError('Failed to fetch');
        }
        return fetch(url, init);
      }) as typeof fetch;
      const values = valid();
      fill(el, { ...values, remarks: 'Bitte vegetarisches Essen.' });
      q<HTMLButtonElement>(el, '[part~="submit"]')!.click();
      await oneEvent(el, 'ev-register-error');
      await el.updateComplete;
      expect(q(el, '[part~="notice"]')!.textContent).to.contain('Keine Verbindung. Ihre Angaben bleiben erhalten');
      expect(field(el, 'givenName').value).to.equal('Erika');
      expect(q<HTMLTextAreaElement>(el, '#f-remarks')!.value).to.equal('Bitte vegetarisches Essen.');
      expect(field(el, 'consent').checked).to.equal(true);
      expect(el.shadowRoot!.activeElement).to.equal(q(el, '[part~="retry"]'));
      await expect(el).to.be.accessible();
      offline = false;
      q<HTMLButtonElement>(el, '[part~="retry"]')!.click();
      await oneEvent(el, 'ev-register');
      expect(keys).to.have.length(2);
      expect(keys[1]).to.equal(keys[0]);
      delete (navigator as { onLine?: boolean }).onLine;
    });

    it('online, a service on another origin that does not admit this page says registration works on the organiser\'s page, and the console names the setting', async () => {
      // The reference server admits no partner origin here; its /api/allowed-origins is readable from any page.
      const { url } = (await (await fetch('/test-api/registration-server')).json()) as { url: string };
      const action = `${url}${ACTION}`;
      expect(new URL(action).origin).to.not.equal(location.origin);
      const warn = sinon.spy(console, 'warn');
      const organiserPage = 'https://polizeitage.example/teststadt#anmeldung';
      const el = await form({ action }, { ...open, url: 'https://polizeitage.example/teststadt', offers: { ...open.offers, url: organiserPage } });
      const values = { ...valid(), remarks: 'Bitte vegetarisches Essen.' };
      fill(el, values);
      q<HTMLButtonElement>(el, '[part~="submit"]')!.click();
      await oneEvent(el, 'ev-register-error');
      await el.updateComplete;
      const notice = q(el, '[part~="notice"]')!;
      expect(notice.textContent).to.contain('Über diese Seite nimmt der Veranstalter keine Anmeldungen an. Ihre Angaben bleiben erhalten.');
      expect(notice.textContent).to.not.contain('später');
      const link = q<HTMLAnchorElement>(el, '[part~="notice"] a[part~="organiser-link"]')!;
      expect(link.href).to.equal(organiserPage);
      expect(link.textContent!.trim()).to.equal('Zur Anmeldung auf der Seite des Veranstalters');
      expect(q(el, '[part~="retry"]'), 'retrying cannot help').to.equal(null);
      const said = warn.getCalls().map((c) => String(c.args[0])).join('\n');
      expect(said).to.contain(`${new URL(url).origin} does not accept registrations from ${location.origin}: its operator must allow this origin (reference server: ALLOWED_ORIGINS=${location.origin})`);
      expect(field(el, 'givenName').value).to.equal('Erika');
      expect(q<HTMLTextAreaElement>(el, '#f-remarks')!.value).to.equal('Bitte vegetarisches Essen.');
      expect(el.shadowRoot!.activeElement).to.equal(notice);
      await expect(el).to.be.accessible();
    });

    it('online, a service on another origin that does not answer at all is "not reachable", with a retry, and the console says what to check', async () => {
      const action = `http://127.0.0.1:9${ACTION}`;
      const warn = sinon.spy(console, 'warn');
      const el = await form({ action }, open);
      fill(el, valid());
      q<HTMLButtonElement>(el, '[part~="submit"]')!.click();
      await oneEvent(el, 'ev-register-error');
      await el.updateComplete;
      const notice = q(el, '[part~="notice"]')!.textContent!;
      expect(notice).to.contain('Der Anmeldedienst ist gerade nicht erreichbar. Ihre Angaben bleiben erhalten');
      expect(notice).to.not.contain('online');
      const said = warn.getCalls().map((c) => String(c.args[0])).join('\n');
      expect(said).to.contain(`The service is on http://127.0.0.1:9, this page on ${location.origin}: the service must allow this origin by CORS (reference server: ALLOWED_ORIGINS=${location.origin})`);
      expect(field(el, 'givenName').value).to.equal('Erika');
      expect(el.shadowRoot!.activeElement).to.equal(q(el, '[part~="retry"]'));
    });

    it('says so when the e-mail address is registered already (409)', async () => {
      const values = valid();
      const first = await form();
      fill(first, values);
      q<HTMLButtonElement>(first, '[part~="submit"]')!.click();
      await oneEvent(first, 'ev-register');
      const second = await form();
      fill(second, { ...values, givenName: 'Erika Maria' });
      q<HTMLButtonElement>(second, '[part~="submit"]')!.click();
      const error = await oneEvent(second, 'ev-register-error');
      expect(error.detail).to.deep.equal({ kind: 'duplicate', status: 409 });
      await second.updateComplete;
      expect(q(second, '[part~="notice"]')!.textContent).to.contain('bereits eine Anmeldung');
    });

    it('shows a clear message on a timeout, a 5xx or an unexpected answer', async () => {
      for (const respond of [() => new Response('oops', { status: 502 }), () => new Response('<html>', { status: 200, headers: { 'Content-Type': 'text/html' } })]) {
        const el = await form();
        el.fetcher = (async (url: RequestInfo | URL, init?: RequestInit) => (init?.method === 'POST' ? respond() : fetch(url, init))) as typeof fetch;
        fill(el, valid());
        q<HTMLButtonElement>(el, '[part~="submit"]')!.click();
        await oneEvent(el, 'ev-register-error');
        await el.updateComplete;
        expect(q(el, '[part~="notice"]')!.textContent).to.contain('Die Anmeldung konnte nicht gesendet werden. Ihre Angaben bleiben erhalten');
      }
      const slow = await form({ 'submit-timeout': '200' });
      slow.fetcher = ((url: RequestInfo | URL, init?: RequestInit) =>
        init?.method === 'POST' ? new Promise((_, reject) => init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))) : fetch(url, init)) as typeof fetch;
      fill(slow, valid());
      q<HTMLButtonElement>(slow, '[part~="submit"]')!.click();
      const error = await oneEvent(slow, 'ev-register-error');
      expect(error.detail.kind).to.equal('failed');
    });

    it('promises a confirmation mail only when the server says it sends one, and shows the waiting-list position it gives', async () => {
      const answers: [object, string[], string[]][] = [
        [{ status: 'confirmed', id: 'a' }, [], ['E-Mail']],
        [{ status: 'confirmed', id: 'b', confirmationEmail: true }, ['Eine Bestätigung erhalten Sie per E-Mail an '], []],
        [{ status: 'waitlisted', id: 'c', waitlistPosition: 3 }, ['Sie stehen auf Platz 3 der Warteliste.'], ['E-Mail']],
        [{ status: 'waitlisted', id: 'd', waitlistPosition: 1, confirmationEmail: true }, ['Sie stehen auf Platz 1 der Warteliste.', 'Wir melden uns per E-Mail an '], []],
        [{ status: 'waitlisted', id: 'e', waitlistPosition: 'drei' }, [], ['Platz', 'E-Mail']],
      ];
      for (const [body, says, saysNot] of answers) {
        const el = await form();
        el.fetcher = (async (url: RequestInfo | URL, init?: RequestInit) =>
          init?.method === 'POST' ? new Response(JSON.stringify(body), { status: 201, headers: { 'Content-Type': 'application/json' } }) : fetch(url, init)) as typeof fetch;
        fill(el, valid());
        q<HTMLButtonElement>(el, '[part~="submit"]')!.click();
        await oneEvent(el, 'ev-register');
        await el.updateComplete;
        const text = [...qa(el, '[part~="confirmation"] > p')].map((p) => p.textContent).join(' ');
        for (const part of says) expect(text, JSON.stringify(body)).to.contain(part);
        for (const part of saysNot) expect(text, JSON.stringify(body)).not.to.contain(part);
      }
    });

    it('asks to wait a moment on 429 and offers a retry', async () => {
      const el = await form();
      el.fetcher = (async (url: RequestInfo | URL, init?: RequestInit) => (init?.method === 'POST' ? new Response('{}', { status: 429 }) : fetch(url, init))) as typeof fetch;
      fill(el, valid());
      q<HTMLButtonElement>(el, '[part~="submit"]')!.click();
      await oneEvent(el, 'ev-register-error');
      await el.updateComplete;
      expect(q(el, '[part~="notice"]')!.textContent).to.contain('Bitte versuchen Sie es in einer Minute noch einmal');
      expect(q(el, '[part~="retry"]')).to.exist;
    });

    it('puts a person on the waiting list when the event is full', async () => {
      const a = await form({ action: '/api/events/one-seat/registrations', src: '/api/events/one-seat' });
      fill(a, valid());
      q<HTMLButtonElement>(a, '[part~="submit"]')!.click();
      // The seat goes to the first person (in this run, or to the suite's run in the other time zone).
      expect(((await oneEvent(a, 'ev-register')) as EvRegisterEvent).detail.status).to.be.oneOf(['confirmed', 'waitlisted']);
      const b = await form({ action: '/api/events/one-seat/registrations', src: '/api/events/one-seat?fresh' });
      expect(q(b, '.waitlist')!.textContent).to.contain('Die Veranstaltung ist ausgebucht. Sie können sich auf die Warteliste setzen lassen');
      expect(q(b, '[part~="submit"]')!.textContent!.trim()).to.equal('Auf die Warteliste setzen');
      fill(b, valid());
      q<HTMLButtonElement>(b, '[part~="submit"]')!.click();
      expect(((await oneEvent(b, 'ev-register')) as EvRegisterEvent).detail.status).to.equal('waitlisted');
      await b.updateComplete;
      expect(b.shadowRoot!.activeElement!.textContent).to.equal('Sie stehen auf der Warteliste.');
      await expect(b).to.be.accessible();
    });
  });

  describe('states from the data', () => {
    const cases: [string, object, string][] = [
      ['not yet open', { ...open, offers: { '@type': 'Offer', validFrom: '2098-01-01' } }, 'Die Anmeldung ist ab Mittwoch, 1. Januar 2098 möglich.'],
      ['closed', { ...open, offers: { '@type': 'Offer', validThrough: '2020-01-01' } }, 'Die Anmeldung ist geschlossen.'],
      ['cancelled', { ...open, eventStatus: 'EventCancelled' }, 'Die Veranstaltung ist abgesagt. Eine Anmeldung ist nicht möglich.'],
      ['sold out', { ...open, offers: { '@type': 'Offer', availability: 'SoldOut' } }, 'Die Veranstaltung ist ausgebucht.'],
    ];
    for (const [label, data, text] of cases) {
      it(`shows no form when ${label}`, async () => {
        const el = await form({}, data);
        expect(q(el, 'form')).to.equal(null);
        expect(q(el, '[part~="closed"]')!.textContent).to.equal(text);
        await expect(el).to.be.accessible();
      });
    }

    it('names the deadline', async () => {
      const el = await form({}, open);
      expect(q(el, '[part~="info"]')!.textContent).to.contain('Anmeldeschluss: Montag, 1. Juni 2099');
    });
  });

  describe('language and configuration', () => {
    it('speaks English', async () => {
      const el = await form({ lang: 'en' }, open);
      expect(q(el, 'label[for="f-givenName"]')!.textContent).to.contain('First name');
      q<HTMLButtonElement>(el, '[part~="submit"]')!.click();
      await el.updateComplete;
      expect(q(el, '[part~="error-summary"] h3')!.textContent).to.equal('Please check your details');
      await expect(el).to.be.accessible();
    });

    it('takes fields from a child script, leaving out unknown types with a warning', async () => {
      const warn = sinon.stub(console, 'warn');
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      wrapper.innerHTML = `<ev-registration action="${ACTION}"><script type="application/json">[
        {"name": "fullName", "type": "text", "label": {"de": "Name", "en": "Name"}, "required": true, "autocomplete": "name"},
        {"name": "rank", "type": "slider", "label": "Dienstgrad"},
        {"name": "email", "type": "email", "label": "E-Mail", "required": true}
      ]</script></ev-registration>`;
      const el = wrapper.querySelector('ev-registration')!;
      el.data = open;
      await settled(el);
      expect(qa(el, '[part~="field"]').map((f) => f.querySelector('label')!.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal(['Name *', 'E-Mail *']);
      expect(field(el, 'fullName').getAttribute('autocomplete')).to.equal('name');
      expect(warn.args.flat().join(' ')).to.contain('type "slider" is not one of text, email, tel, select, radio, checkbox, textarea');
    });

    it('uses autocomplete tokens and visible labels for every field', async () => {
      const el = await form({}, open);
      const tokens = Object.fromEntries(qa<HTMLInputElement>(el, '[autocomplete]').map((i) => [i.name, i.getAttribute('autocomplete')]));
      expect(tokens).to.include({ givenName: 'given-name', familyName: 'family-name', email: 'email', organization: 'organization', phone: 'tel', salutation: 'honorific-prefix' });
      expect(field(el, 'newsletter').checked, 'newsletter consent is never pre-checked').to.equal(false);
      expect(q<HTMLAnchorElement>(el, '[part~="privacy-link"]')!.getAttribute('href')).to.equal(new URL('/datenschutz', location.href).href);
      const honeypot = q<HTMLInputElement>(el, 'input[name="website"]')!;
      expect(honeypot.tabIndex).to.equal(-1);
      expect(honeypot.closest('[aria-hidden="true"]')).to.exist;
    });

    it('keeps a draft across a reload with persist-draft, but never the consent', async () => {
      sessionStorage.clear();
      const first = await form({ 'persist-draft': '' }, open);
      fill(first, { givenName: 'Erika', email: 'erika@example.org', consent: true });
      first.remove();
      const again = await form({ 'persist-draft': '' }, open);
      expect(field(again, 'givenName').value).to.equal('Erika');
      expect(field(again, 'email').value).to.equal('erika@example.org');
      expect(field(again, 'consent').checked).to.equal(false);
      sessionStorage.clear();
    });

    it('stores nothing without persist-draft', async () => {
      sessionStorage.clear();
      const el = await form({}, open);
      fill(el, { givenName: 'Erika' });
      expect(sessionStorage.length).to.equal(0);
    });
  });
});
