import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/define/ev-countdown.js';
import type { EvCountdown } from '../../src/countdown/ev-countdown.js';
import { clockSubscriberCount } from '../../src/internal/clock.js';
import { settled } from '../helpers/wait.js';
import { MONTHLY_OFFICE_HOUR } from '../helpers/recurring.js';

const START = '2024-11-06T09:00:00+01:00';
const END = '2024-11-06T17:00:00+01:00';
const event = { '@type': 'Event', name: 'Polizeitage Hamburg', startDate: START, endDate: END };
const t = Date.parse;
/** Timers the clock uses; animation frames stay real, since the test fixtures wait for them. */
type FakeTimerOptions = Exclude<Parameters<typeof sinon.useFakeTimers>[0], number | Date | undefined>;
const TIMERS: FakeTimerOptions['toFake'] = ['Date', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'];

/** axe schedules work with timers: run it on the real clock. */
async function expectAccessible(el: Element, clock: sinon.SinonFakeTimers) {
  clock.restore();
  await expect(el).to.be.accessible();
}

const segments = (el: EvCountdown) =>
  [...el.shadowRoot!.querySelectorAll('[part~="segment"]')].map((s) => s.textContent!.replace(/\s+/g, ' ').trim());
const sentence = (el: EvCountdown) => el.shadowRoot!.querySelector('[part~="base"] .visually-hidden')?.textContent?.trim();
const stateText = (el: EvCountdown) => el.shadowRoot!.querySelector('[part~="state"]')?.textContent?.trim();

function setHidden(hidden: boolean) {
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (hidden ? 'hidden' : 'visible') });
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('<ev-countdown>', () => {
  let clock: sinon.SinonFakeTimers;
  afterEach(() => {
    clock?.restore();
    delete (document as { hidden?: boolean }).hidden;
    delete (document as { visibilityState?: string }).visibilityState;
    sinon.restore();
  });

  async function countdown(now: string | number, template = html`<ev-countdown .data=${event}></ev-countdown>`) {
    clock = sinon.useFakeTimers({ now: typeof now === 'string' ? t(now) : now, toFake: TIMERS });
    const el = await fixture<EvCountdown>(template);
    await el.updateComplete;
    return el;
  }

  describe('caption', () => {
    const caption = (el: EvCountdown) => el.shadowRoot!.querySelector('[part~="caption"]')?.textContent?.replace(/\s+/g, ' ').trim();

    it('says what it counts to, with the event\'s name, in both formats and both languages', async () => {
      const el = await countdown('2024-11-03T08:00:00+01:00');
      expect(caption(el)).to.equal('Zeit bis zum Beginn: Polizeitage Hamburg');
      el.format = 'compact';
      el.lang = 'en';
      await el.updateComplete;
      expect(caption(el)).to.equal('Time until the start: Polizeitage Hamburg');
      await expectAccessible(el, clock);
    });

    it('names the registration deadline when it counts to that', async () => {
      const deadline = { ...event, offers: { '@type': 'Offer', validThrough: '2024-11-01T23:59:00+01:00' } };
      const el = await countdown('2024-10-20T08:00:00+02:00', html`<ev-countdown until="registration-end" .data=${deadline}></ev-countdown>`);
      expect(caption(el)).to.equal('Zeit bis zum Anmeldeschluss: Polizeitage Hamburg');
    });

    it('can be turned off with no-caption, and a countdown to its own target has none', async () => {
      const off = await countdown('2024-11-03T08:00:00+01:00', html`<ev-countdown no-caption .data=${event}></ev-countdown>`);
      expect(caption(off)).to.equal(undefined);
      clock.restore();
      const own = await countdown('2024-11-03T08:00:00+01:00', html`<ev-countdown target="2030-01-01T00:00"></ev-countdown>`);
      expect(caption(own)).to.equal(undefined);
    });
  });

  describe('a recurring event (eventSchedule)', () => {
    const monthly = MONTHLY_OFFICE_HOUR;

    it('counts to its next date, and goes on to the one after when a date ends, across the change to winter time', async () => {
      const { loadExtras } = await import('../../src/data/extras-loader.js');
      await loadExtras(); // loaded on demand in use (see the card's test); here the fake timers must not wait for it
      const el = await countdown('2026-10-07T09:00:00+02:00', html`<ev-countdown .data=${monthly}></ev-countdown>`);
      await settled(el);
      expect(segments(el)).to.deep.equal(['0 Tage', '01 Stunde', '00 Minuten']);
      const ends: number[] = [];
      el.addEventListener('ev-countdown-end', (e) => ends.push((e as CustomEvent<{ target: number }>).detail.target));
      clock.tick(90 * 60_000); // 10:30: the date is on
      await el.updateComplete;
      expect(el.countdownPhase).to.equal('running');
      clock.tick(30 * 60_000 + 1000); // 11:00:01: it has ended; the next is 4 November, 10:00 winter time
      await el.updateComplete;
      await el.updateComplete;
      expect(el.countdownPhase).to.equal('upcoming');
      expect(segments(el)).to.deep.equal(['27 Tage', '23 Stunden', '00 Minuten']);
      expect(ends).to.deep.equal([t('2026-10-07T11:00:00+02:00')]);
    });
  });

  describe('values', () => {
    const cases: [string, string[], string][] = [
      ['2024-11-03T08:00:00+01:00', ['3 Tage', '01 Stunde', '00 Minuten'], 'Noch 3 Tage und 1 Stunde bis zum Beginn'],
      ['2024-11-05T09:00:00+01:00', ['1 Tag', '00 Stunden', '00 Minuten'], 'Noch 1 Tag bis zum Beginn'],
      ['2024-11-06T08:58:30+01:00', ['0 Tage', '00 Stunden', '02 Minuten'], 'Noch 2 Minuten bis zum Beginn'],
      ['2024-11-06T06:15:00+01:00', ['0 Tage', '02 Stunden', '45 Minuten'], 'Noch 2 Stunden und 45 Minuten bis zum Beginn'],
    ];
    for (const [now, expected, spoken] of cases) {
      it(`at ${now}`, async () => {
        const el = await countdown(now);
        expect(segments(el)).to.deep.equal(expected);
        expect(sentence(el)).to.equal(spoken);
      });
    }

    it('counts calendar days across the DST change (a 25-hour day is one day)', async () => {
      const el = await countdown('2024-10-26T09:00:00+02:00', html`<ev-countdown .data=${{ ...event, startDate: '2024-10-27T09:00:00+01:00', endDate: '2024-10-27T17:00:00+01:00' }}></ev-countdown>`);
      expect(segments(el)).to.deep.equal(['1 Tag', '00 Stunden', '00 Minuten']);
    });

    it('counts calendar days across the spring change (a 23-hour day is one day)', async () => {
      const el = await countdown('2025-03-29T09:00:00+01:00', html`<ev-countdown .data=${{ ...event, startDate: '2025-04-05T09:00', endDate: '2025-04-05T17:00' }}></ev-countdown>`);
      expect(segments(el)).to.deep.equal(['7 Tage', '00 Stunden', '00 Minuten']);
    });

    it('shows seconds on request, with a pause control (WCAG 2.2.2)', async () => {
      const el = await countdown('2024-11-06T08:59:50+01:00', html`<ev-countdown precision="seconds" .data=${event}></ev-countdown>`);
      expect(segments(el)).to.deep.equal(['0 Tage', '00 Stunden', '00 Minuten', '10 Sekunden']);
      await clock.tickAsync(1000);
      await el.updateComplete;
      expect(segments(el)[3]).to.equal('09 Sekunden');
      const pause = el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="pause"]')!;
      expect(pause.getAttribute('aria-pressed')).to.equal('false');
      pause.click();
      await el.updateComplete;
      await clock.tickAsync(3000);
      await el.updateComplete;
      expect(segments(el)[3]).to.equal('09 Sekunden');
      expect(pause.getAttribute('aria-pressed')).to.equal('true');
      expect(pause.textContent!.trim()).to.equal('Sekundenanzeige fortsetzen');
      pause.click();
      await el.updateComplete;
      expect(segments(el)[3]).to.equal('06 Sekunden');
      await expectAccessible(el, clock);
    });

    it('writes one compact phrase', async () => {
      const el = await countdown('2024-11-05T18:00:00+01:00', html`<ev-countdown format="compact" .data=${event}></ev-countdown>`);
      expect(el.shadowRoot!.querySelector('[part~="phrase"]')!.textContent!.trim()).to.equal('morgen um 09:00 Uhr');
      el.setAttribute('lang', 'en');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part~="phrase"]')!.textContent!.trim()).to.equal('tomorrow at 09:00');
    });

    it('speaks English', async () => {
      const el = await countdown('2024-11-04T08:00:00+01:00', html`<ev-countdown lang="en" .data=${event}></ev-countdown>`);
      expect(segments(el)).to.deep.equal(['2 days', '01 hour', '00 minutes']);
      expect(sentence(el)).to.equal('2 days and 1 hour until the start');
    });

    it('counts down to the registration deadline', async () => {
      const data = { ...event, offers: { '@type': 'Offer', validThrough: '2024-11-04' } };
      const el = await countdown('2024-11-03T12:00:00+01:00', html`<ev-countdown until="registration-end" .data=${data}></ev-countdown>`);
      expect(segments(el)).to.deep.equal(['1 Tag', '12 Stunden', '00 Minuten']);
      expect(sentence(el)).to.equal('Noch 1 Tag und 12 Stunden bis zum Anmeldeschluss');
      // Jump close to the deadline (no ticks on the way), then let the shared timer fire once.
      clock.setSystemTime(t('2024-11-04T23:59:30+01:00'));
      await clock.tickAsync(60_000);
      await el.updateComplete;
      expect(stateText(el)).to.equal('Anmeldeschluss erreicht');
    });

    it('counts down to its own target without any event data', async () => {
      const el = await countdown('2024-12-31T23:00:00+01:00', html`<ev-countdown target="2025-01-01T00:00"></ev-countdown>`);
      expect(segments(el)).to.deep.equal(['0 Tage', '01 Stunde', '00 Minuten']);
    });

    it('says so when there is no deadline to count to', async () => {
      const el = await countdown('2024-11-03T12:00:00+01:00', html`<ev-countdown until="registration-end" .data=${event}></ev-countdown>`);
      expect(stateText(el)).to.equal('Für die Anmeldung ist kein Schluss angegeben.');
    });
  });

  describe('states and events', () => {
    it('goes from upcoming to running to ended, firing start and end once', async () => {
      const el = await countdown('2024-11-06T08:59:00+01:00');
      const starts = sinon.spy();
      const ends = sinon.spy();
      el.addEventListener('ev-countdown-start', starts);
      el.addEventListener('ev-countdown-end', ends);
      expect(el.countdownPhase).to.equal('upcoming');
      await clock.tickAsync(60_000);
      await el.updateComplete;
      expect(el.countdownPhase).to.equal('running');
      expect(stateText(el)).to.equal('Läuft gerade');
      expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim()).to.equal('Die Veranstaltung hat begonnen.');
      clock.setSystemTime(t('2024-11-06T16:59:30+01:00'));
      await clock.tickAsync(60_000);
      await el.updateComplete;
      expect(el.countdownPhase).to.equal('ended');
      expect(stateText(el)).to.equal('Beendet');
      clock.setSystemTime(t('2024-11-06T18:00:00+01:00'));
      await clock.tickAsync(120_000);
      await el.updateComplete;
      expect(starts.callCount).to.equal(1);
      expect(ends.callCount).to.equal(1);
      await expectAccessible(el, clock);
    });

    it('never shows a negative number', async () => {
      const el = await countdown('2025-01-01T00:00:00+01:00');
      expect(segments(el)).to.deep.equal([]);
      expect(stateText(el)).to.equal('Beendet');
    });
  });

  describe('accuracy whatever the tab did', () => {
    it('is right at once after the clock jumps without ticks and the tab becomes visible', async () => {
      const el = await countdown('2024-11-01T09:00:00+01:00');
      expect(segments(el)[0]).to.equal('5 Tage');
      setHidden(true);
      clock.setSystemTime(t('2024-11-05T09:00:00+01:00'));
      setHidden(false);
      await el.updateComplete;
      expect(segments(el)[0]).to.equal('1 Tag');
    });

    it('reaches zero while hidden and shows "running" on return', async () => {
      const el = await countdown('2024-11-06T08:30:00+01:00');
      setHidden(true);
      expect(clock.countTimers(), 'no timer while hidden').to.equal(0);
      clock.setSystemTime(t('2024-11-06T10:00:00+01:00'));
      setHidden(false);
      await el.updateComplete;
      expect(stateText(el)).to.equal('Läuft gerade');
    });

    it('leaves no timer behind when removed', async () => {
      const el = await countdown('2024-11-01T09:00:00+01:00');
      expect(clockSubscriberCount()).to.equal(1);
      el.remove();
      expect(clockSubscriberCount()).to.equal(0);
      expect(clock.countTimers()).to.equal(0);
    });

    it('runs 50 countdowns on one timer', async () => {
      clock = sinon.useFakeTimers({ now: t('2024-11-01T09:00:30+01:00'), toFake: TIMERS });
      const page = await fixture(html`<div>${Array.from({ length: 50 }, () => html`<ev-countdown precision="seconds" .data=${event}></ev-countdown>`)}</div>`);
      const all = [...page.querySelectorAll<EvCountdown>('ev-countdown')];
      await Promise.all(all.map((c) => c.updateComplete));
      expect(clockSubscriberCount()).to.equal(50);
      expect(clock.countTimers()).to.equal(1);
      await clock.tickAsync(60_000);
      await Promise.all(all.map((c) => c.updateComplete));
      expect(clock.countTimers()).to.equal(1);
      expect(new Set(all.map((c) => segments(c).join()))).to.have.length(1);
      expect(segments(all[0])[3]).to.equal('30 Sekunden');
    });

    it('ticks on minute boundaries when minutes are shown', async () => {
      const el = await countdown('2024-11-01T09:00:40+01:00');
      const renders = sinon.spy(el, 'requestUpdate');
      await clock.tickAsync(19_000);
      expect(renders.callCount).to.equal(0);
      await clock.tickAsync(1_000);
      expect(renders.callCount).to.equal(1);
    });
  });

  describe('clock correction', () => {
    it('corrects a device clock that is behind, using dateModified', async () => {
      const el = await countdown('2024-11-04T09:00:00+01:00', html`<ev-countdown .data=${{ ...event, dateModified: '2024-11-05T09:00:00+01:00' }}></ev-countdown>`);
      expect(segments(el)[0]).to.equal('1 Tag');
    });

    it('corrects a skewed device clock with the server Date header', async () => {
      const realNow = Date.now();
      const start = new Date(realNow + 3 * 3600_000).toISOString();
      const body = JSON.stringify({ ...event, startDate: start, endDate: new Date(realNow + 5 * 3600_000).toISOString() });
      const src = `/test-api/fixture?body=${encodeURIComponent(body)}&key=skew-${realNow}`;
      clock = sinon.useFakeTimers({ now: realNow - 2 * 3600_000, toFake: ['Date'] });
      const el = await fixture<EvCountdown>(html`<ev-countdown src=${src}></ev-countdown>`);
      await settled(el);
      // A clock this far off is believed once the server confirms it past every cache.
      await waitUntil(() => el.eventState.clockOffset !== 0, 'the clock was never corrected', { timeout: 5000 });
      await el.updateComplete;
      expect(el.eventState.clockOffset).to.be.closeTo(2 * 3600_000, 5_000);
      expect(segments(el)[1]).to.match(/^0[23] Stunden$/);
    });
    it('counts from the real time when the data is a CDN copy ten minutes old (Date ten minutes back, Age 600)', async () => {
      const realNow = Date.now();
      const body = JSON.stringify({ ...event, startDate: new Date(realNow + 90 * 60_000 - 30_000).toISOString(), endDate: new Date(realNow + 5 * 3600_000).toISOString() });
      const src = `/test-api/fixture?body=${encodeURIComponent(body)}&key=cdn-${realNow}&cache=${encodeURIComponent('public, max-age=3600')}&clock=-600000&age=600`;
      const el = await fixture<EvCountdown>(html`<ev-countdown src=${src}></ev-countdown>`);
      await settled(el);
      expect(el.eventState.clockOffset).to.equal(0);
      expect(segments(el).slice(1, 3)).to.deep.equal(['01 Stunde', '30 Minuten']);
    });
  });

  describe('accessibility', () => {
    it('is a quiet timer with a spoken sentence instead of ticking digits', async () => {
      const el = await countdown('2024-11-03T08:00:00+01:00');
      const base = el.shadowRoot!.querySelector('[part~="base"]')!;
      expect(base.getAttribute('role')).to.equal('timer');
      expect(base.getAttribute('aria-live')).to.equal(null);
      expect(el.shadowRoot!.querySelector('[part~="segments"]')!.getAttribute('aria-hidden')).to.equal('true');
      await expectAccessible(el, clock);
    });

    it('changes its spoken sentence at most once a minute', async () => {
      const el = await countdown('2024-11-06T08:50:00+01:00', html`<ev-countdown precision="seconds" .data=${event}></ev-countdown>`);
      const seen = new Set<string>();
      // From 08:50:00 to 08:51:59: one minute boundary, so two sentences.
      for (let i = 0; i < 119; i++) {
        await clock.tickAsync(1000);
        await el.updateComplete;
        seen.add(sentence(el)!);
      }
      expect(seen.size).to.equal(2);
    });
  });
});
