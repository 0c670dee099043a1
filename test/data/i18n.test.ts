import { expect } from '@open-wc/testing';
import { addMessages, loadLanguage, msg, setMessages, toLang } from '../../src/data/i18n.js';
import * as agendaDe from '../../src/data/messages/agenda.js';
import * as badgesDe from '../../src/data/messages/badges.js';
import * as calendarDe from '../../src/data/messages/calendar.js';
import * as cardDe from '../../src/data/messages/card.js';
import * as commonDe from '../../src/data/messages/common.js';
import * as countdownDe from '../../src/data/messages/countdown.js';
import * as eventStatusDe from '../../src/data/messages/event-status.js';
import * as changesDe from '../../src/data/messages/changes.js';
import * as registrationDe from '../../src/data/messages/registration.js';
import * as seriesDe from '../../src/data/messages/series.js';
import * as statusDe from '../../src/data/messages/status.js';
import * as agendaEn from '../../src/data/messages/en/agenda.js';
import * as badgesEn from '../../src/data/messages/en/badges.js';
import * as calendarEn from '../../src/data/messages/en/calendar.js';
import * as cardEn from '../../src/data/messages/en/card.js';
import * as countdownEn from '../../src/data/messages/en/countdown.js';
import * as eventStatusEn from '../../src/data/messages/en/event-status.js';
import * as changesEn from '../../src/data/messages/en/changes.js';
import * as nowDe from '../../src/data/messages/now.js';
import * as nowEn from '../../src/data/messages/en/now.js';
import * as registrationEn from '../../src/data/messages/en/registration.js';
import * as seriesEn from '../../src/data/messages/en/series.js';
import * as statusEn from '../../src/data/messages/en/status.js';
import { english } from '../../src/data/messages/english.js';

type Part = { de: Record<string, string>; en: Record<string, string> };
const parts: Record<string, Part> = {
  common: { de: commonDe.de, en: commonDe.en },
  calendar: { de: calendarDe.de, en: calendarEn.en },
  card: { de: cardDe.de, en: cardEn.en },
  countdown: { de: countdownDe.de, en: countdownEn.en },
  agenda: { de: agendaDe.de, en: agendaEn.en },
  registration: { de: registrationDe.de, en: registrationEn.en },
  status: { de: statusDe.de, en: statusEn.en },
  badges: { de: badgesDe.de, en: badgesEn.en },
  series: { de: seriesDe.de, en: seriesEn.en },
  eventStatus: { de: eventStatusDe.de, en: eventStatusEn.en },
  // The change marks' module carries both languages itself (it is loaded on demand): not in english.ts.
  changes: { de: changesDe.de, en: changesEn.en },
  // So does the foyer screen (<ev-now>), which only foyer screens load.
  now: { de: nowDe.de, en: nowEn.en },
};
const agenda = parts.agenda;
const status = parts.status;

describe('i18n', () => {
  it('has every German text in English too, none empty, and no key in two widgets', () => {
    const seen = new Set<string>();
    for (const [name, { de, en }] of Object.entries(parts)) {
      expect(Object.keys(en).sort(), name).to.deep.equal(Object.keys(de).sort());
      for (const text of [...Object.values(de), ...Object.values(en)]) expect(text!.trim(), name).not.to.equal('');
      for (const key of Object.keys(de)) {
        expect(seen.has(key), `${key} in ${name} and elsewhere`).to.equal(false);
        seen.add(key);
      }
    }
  });
  it('knows only the common texts until a widget\'s module adds its own', async () => {
    // A fresh copy of the module, as on a page that has loaded no widget yet.
    const fresh = (await import(`../../src/data/i18n.ts?fresh=${Date.now()}`)) as typeof import('../../src/data/i18n.js');
    expect(fresh.msg('de', 'clockTime', { time: '09:00' })).to.equal('09:00 Uhr');
    // The loading and error texts come with the status view, which <ev-event> (drawing nothing) leaves out.
    expect(fresh.msg('de', 'retry')).to.equal('retry');
    expect(fresh.msg('de', 'agendaTitle')).to.equal('agendaTitle');
    fresh.addMessages({ de: agendaDe.de });
    expect(fresh.msg('de', 'agendaTitle')).to.equal(agenda.de.agendaTitle);
    expect(fresh.msg('en', 'agendaTitle'), 'German until the English texts are here').to.equal(agenda.de.agendaTitle);
    await fresh.loadLanguage('en');
    expect(fresh.msg('en', 'agendaTitle')).to.equal(agenda.en.agendaTitle);
  });
  it('ships English in one file of its own, with every English text of every widget', async () => {
    for (const [name, part] of Object.entries(parts)) {
      if (name === 'common' || name === 'changes' || name === 'now') continue; // ship in both languages with their module
      for (const [key, text] of Object.entries(part.en)) expect((english as Record<string, string>)[key], key).to.equal(text);
    }
    await loadLanguage('en');
    expect(msg('en', 'agendaTitle')).to.equal(agenda.en.agendaTitle);
  });
  it('picks the language from a BCP 47 tag, German by default', () => {
    expect(toLang('en-GB')).to.equal('en');
    expect(toLang('EN')).to.equal('en');
    expect(toLang('de-AT')).to.equal('de');
    expect(toLang('fr')).to.equal('de');
    expect(toLang(undefined)).to.equal('de');
  });
  it('fills placeholders', async () => {
    addMessages({ de: statusDe.de });
    await loadLanguage('en');
    expect(msg('en', 'errorHttp', { status: 404 })).to.equal('The server did not deliver the event details (error 404).');
  });
  it('lets a page override single strings', async () => {
    addMessages({ de: statusDe.de });
    await loadLanguage('en');
    setMessages('de', { retry: 'Nochmal laden' });
    expect(msg('de', 'retry')).to.equal('Nochmal laden');
    expect(msg('en', 'retry')).to.equal('Try again');
    setMessages('de', { retry: status.de.retry });
  });
});
