import { expect } from '@open-wc/testing';
import { addMessages, msg, setMessages, toLang, type MessagePart } from '../../src/data/i18n.js';
import * as agenda from '../../src/data/messages/agenda.js';
import * as calendar from '../../src/data/messages/calendar.js';
import * as card from '../../src/data/messages/card.js';
import * as common from '../../src/data/messages/common.js';
import * as countdown from '../../src/data/messages/countdown.js';
import * as registration from '../../src/data/messages/registration.js';
import * as status from '../../src/data/messages/status.js';

const parts: Record<string, MessagePart> = { common, calendar, card, countdown, agenda, registration, status };

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
    fresh.addMessages(agenda);
    expect(fresh.msg('de', 'agendaTitle')).to.equal(agenda.de.agendaTitle);
    expect(fresh.msg('en', 'agendaTitle')).to.equal(agenda.en.agendaTitle);
  });
  it('picks the language from a BCP 47 tag, German by default', () => {
    expect(toLang('en-GB')).to.equal('en');
    expect(toLang('EN')).to.equal('en');
    expect(toLang('de-AT')).to.equal('de');
    expect(toLang('fr')).to.equal('de');
    expect(toLang(undefined)).to.equal('de');
  });
  it('fills placeholders', () => {
    addMessages(status);
    expect(msg('en', 'errorHttp', { status: 404 })).to.equal('The server did not deliver the event details (error 404).');
  });
  it('lets a page override single strings', () => {
    addMessages(status);
    setMessages('de', { retry: 'Nochmal laden' });
    expect(msg('de', 'retry')).to.equal('Nochmal laden');
    expect(msg('en', 'retry')).to.equal('Try again');
    setMessages('de', { retry: status.de.retry });
  });
});
