// A registration's whole life from where people meet it: the form on the demo page in Chromium,
// the mail at a real SMTP server, its .ics, the cancellation link opened in a browser without
// JavaScript, and the first person on the waiting list moving up and getting a mail.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ICAL from 'ical.js';
import { normalizeEvent } from '../../dist/protocol.js';
import { linkIn, startMailbox, to } from '../server/mailbox.mjs';
import { axeViolations, register, startDemo } from './visitor.mjs';

const EVENT = 'polizeitage-hamburg-2024';

describe('registration lifecycle on the demo page', () => {
  let demo;
  let mailbox;

  before(async () => {
    mailbox = await startMailbox();
    demo = await startDemo({ smtpUrl: mailbox.url });
  });
  after(async () => {
    await demo?.close();
    await mailbox?.close();
  });

  it('a registration on the page brings a mail with a valid .ics and a cancellation link; cancelling moves the first waiting person up, who is mailed', async () => {
    const { server } = demo;
    const first = await demo.visit('/');
    const form = await register(first.page, { organization: 'LKA Hamburg', email: 'erste@example.org' });
    await form.locator('[part~="confirmation"]').waitFor();
    assert.match(await form.locator('[part~="confirmation"]').textContent(), /Eine Bestätigung erhalten Sie per E-Mail an erste@example\.org\./);

    const mail = await mailbox.next(to('erste@example.org'));
    const event = await (await fetch(`${server.url}/api/events/${EVENT}`)).json();
    assert.equal(mail.subject, `Anmeldebestätigung: ${event.name}`);
    const calendar = new ICAL.Component(ICAL.parse(mail.attachments[0].content.toString('utf8')));
    const entry = calendar.getFirstSubcomponent('vevent');
    // The demo's dates are wall times in the event's zone, read as the widgets read them.
    assert.equal(entry.getFirstPropertyValue('dtstart').toJSDate().getTime(), normalizeEvent(event).event.start);
    assert.match(entry.getFirstPropertyValue('summary'), new RegExp(event.name));

    // The other seats go to people who registered elsewhere (a partner page, the API).
    const taken = await Promise.all(
      Array.from({ length: event.remainingAttendeeCapacity }, (_, i) =>
        fetch(`${server.url}/api/events/${EVENT}/registrations`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ values: { givenName: 'Max', familyName: `Platz ${i}`, organization: 'Zoll', email: `platz${i}@example.org`, group: 'behoerde', consent: true }, consentVersion: '2024-10', lang: 'de', elapsedMs: 9000 }),
        }).then((r) => r.json()),
      ),
    );
    assert.ok(taken.every((a) => a.status === 'confirmed'));

    const second = await demo.visit('/');
    const waiting = await register(second.page, { organization: 'Bundespolizei', email: 'zweite@example.org' });
    await waiting.locator('[part~="confirmation"]').waitFor();
    const confirmation = await waiting.locator('[part~="confirmation"]').textContent();
    assert.match(confirmation, /Sie stehen auf der Warteliste\./);
    assert.match(confirmation, /Sie stehen auf Platz 1 der Warteliste\./);
    assert.match((await mailbox.next(to('zweite@example.org'))).text, /Platz 1 der Warteliste/);

    // The link from the mail, in a browser without JavaScript: a question and one button.
    const link = linkIn(mail, `${server.url}/registrations/cancel?token=`);
    const cancelling = await demo.visit(new URL(link).pathname + new URL(link).search, { javaScriptEnabled: false });
    assert.equal(await cancelling.page.locator('h1').textContent(), 'Anmeldung stornieren');
    await Promise.all([cancelling.page.waitForNavigation(), cancelling.page.getByRole('button', { name: 'Anmeldung stornieren' }).click()]);
    assert.match(await cancelling.page.locator('main').textContent(), /Ihre Anmeldung ist storniert\./);
    assert.deepEqual(cancelling.problems, []);

    const moved = await mailbox.next((m) => to('zweite@example.org')(m) && /Platz frei/.test(m.subject));
    assert.match(moved.text, /Sie haben einen Platz/);
    ICAL.parse(moved.attachments[0].content.toString('utf8'));
    const after = await (await fetch(`${server.url}/api/events/${EVENT}`)).json();
    assert.equal(after.remainingAttendeeCapacity, 0, 'the seat went on at once');
    for (const { context } of [first, second, cancelling]) await context.close();
  });

  it('the cancellation page passes axe and fits a 320 px phone', async () => {
    const { server } = demo;
    await fetch(`${server.url}/api/events/${EVENT}/registrations`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ values: { givenName: 'Ada', familyName: 'Axe', organization: 'BKA', email: 'axe@example.org', group: 'behoerde', consent: true }, consentVersion: '2024-10', lang: 'en', elapsedMs: 9000 }),
    });
    const link = linkIn(await mailbox.next(to('axe@example.org')), `${server.url}/registrations/cancel?token=`);
    const { page, context } = await demo.visit(new URL(link).pathname + new URL(link).search, { bypassCSP: true, viewport: { width: 320, height: 640 } });
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    assert.equal(await page.evaluate(() => document.scrollingElement.scrollWidth - document.scrollingElement.clientWidth), 0);
    assert.deepEqual(await axeViolations(page), []);
    await context.close();
  });
});
